//! The file picker of "Import plans".

use super::{check, Pending};
use crate::app::use_lang;
use crate::storage;
use leptos::prelude::*;
use planner_domain::i18n::strings;
use planner_domain::transfer::{self, ImportError};

/// The file picker for imports: checks name and size before reading anything.
#[component]
pub fn ImportFile(
    /// Where the file read goes, for the preview.
    pending: RwSignal<Pending>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move || strings(lang.get());
    let on_change = move |ev: leptos::ev::Event| {
        let Some(file) = storage::picked_file(&ev) else {
            return;
        };
        if let Err(e) = transfer::check_file(&file.name(), file.size() as usize) {
            pending.set(Pending::Refused(e));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = storage::file_text(file).await;
            pending.set(match text {
                Some(text) => check(&text),
                None => Pending::Refused(ImportError::NotJson),
            });
        });
    };
    view! {
        <label class="field import-file">
            <span>{move || t().data.import_plans}</span>
            <input type="file" accept=".json,application/json" data-testid="import-file" on:change=on_change/>
            <span class="hint">{move || t().data.import_hint}</span>
        </label>
    }
}
