//! Importing a lesson pack file: name and size checked before reading, then a preview of what
//! each lesson will do, and nothing stored until it is confirmed.

use super::LessonOutcomes;
use crate::app::{use_announcer, use_lang, use_my_lessons};
use crate::content;
use crate::storage;
use leptos::prelude::*;
use planner_domain::curriculum::exchange::{self, Policy, Preview, Refusal};
use planner_domain::i18n::packs::shown;
use planner_domain::i18n::{data_strings, pack_strings, strings};
use planner_domain::route::Route;

/// What the import shows: nothing, a preview waiting for confirmation, a refusal, or what the
/// last import did.
#[derive(Clone, Debug, PartialEq)]
enum Pending {
    None,
    Ready(Preview),
    Refused(Refusal),
    Done(String),
}

/// Reads a pack file's text into a preview against the library and the user's lessons.
fn check(text: &str) -> Pending {
    let Some(library) = content::builtin() else {
        return Pending::None;
    };
    match exchange::read(text, &library.vocabulary) {
        Ok(pack) => Pending::Ready(content::with_custom(|c| {
            exchange::preview(pack, library, &c.packs, Policy::UpdatePack)
        })),
        Err(r) => Pending::Refused(r),
    }
}

/// The file picker and the preview of the chosen pack.
#[component]
pub fn PackImport() -> impl IntoView {
    let lang = use_lang();
    let my = use_my_lessons();
    let announcer = use_announcer();
    let pending = RwSignal::new(Pending::None);
    let t = move || pack_strings(lang.get());
    let on_change = move |ev: leptos::ev::Event| {
        storage::read_picked(&ev, exchange::check_file, Refusal::NotJson, move |text| {
            pending.set(text.map_or_else(Pending::Refused, |text| check(&text)));
        });
    };
    let confirm = move |_| {
        if let Pending::Ready(preview) = pending.get_untracked() {
            let name = shown(&preview.name, lang.get_untracked()).to_string();
            let n = my.import(vec![preview]);
            let said = (pack_strings(lang.get_untracked()).imported)(n, &name);
            announcer.say(said.clone());
            pending.set(Pending::Done(said));
        }
    };
    let body = move || {
        match pending.get() {
        Pending::None => ().into_any(),
        Pending::Refused(r) => view! {
            <div class="notice notice--error" role="alert" data-testid="pack-error">
                <p>{(t().refusal)(&r)}</p>
            </div>
        }
        .into_any(),
        Pending::Done(said) => view! {
            <div class="notice" data-testid="pack-imported">
                <p>{said}</p>
                <a href=Route::Library(String::new()).to_hash()>{strings(lang.get()).back_to_library}</a>
            </div>
        }
        .into_any(),
        Pending::Ready(preview) => {
            let changes = preview.changes().count();
            let name = shown(&preview.name, lang.get()).to_string();
            view! {
                <section class="card import-preview" aria-labelledby="pack-preview-heading" data-testid="pack-preview">
                    <h4 id="pack-preview-heading">{(t().preview_heading)(&name)}</h4>
                    <LessonOutcomes preview/>
                    {(changes == 0).then(|| view! { <p>{t().nothing_new}</p> })}
                    <div class="toolbar__actions">
                        {(changes > 0).then(|| view! {
                            <button type="button" class="button" data-testid="pack-confirm" on:click=confirm>
                                {(t().import_confirm)(changes)}
                            </button>
                        })}
                        <button type="button" class="button button--quiet" data-testid="pack-cancel" on:click=move |_| pending.set(Pending::None)>
                            {data_strings(lang.get()).cancel}
                        </button>
                    </div>
                </section>
            }
            .into_any()
        }
    }
    };
    view! {
        <section class="card" aria-labelledby="pack-import-heading">
            <h3 id="pack-import-heading">{move || t().import_heading}</h3>
            <label class="field">
                <span>{move || t().import_label}</span>
                <input type="file" accept=".json,application/json" data-testid="pack-file" on:change=on_change/>
                <span class="hint">{move || t().import_hint}</span>
            </label>
            {body}
        </section>
    }
}
