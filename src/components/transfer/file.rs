//! The file picker of "Import plans".

use super::{check, Pending};
use crate::app::use_lang;
use crate::storage;
use leptos::prelude::*;
use planner_domain::i18n::data_strings;
use planner_domain::transfer::{self, ImportError};

/// The file picker for imports: checks name and size before reading anything.
#[component]
pub fn ImportFile(
    /// Where the file read goes, for the preview.
    pending: RwSignal<Pending>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move || data_strings(lang.get());
    let on_change = move |ev: leptos::ev::Event| {
        storage::read_picked(
            &ev,
            transfer::check_file,
            ImportError::NotJson,
            move |text| {
                pending.set(text.map_or_else(Pending::Refused, |text| check(&text)));
            },
        );
    };
    view! {
        <label class="field import-file">
            <span>{move || t().import_plans}</span>
            <input type="file" accept=".json,application/json" data-testid="import-file" on:change=on_change/>
            <span class="hint">{move || t().import_hint}</span>
        </label>
    }
}
