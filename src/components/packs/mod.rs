//! The Share lessons screen: import a lesson pack file through a preview, export one's lessons
//! as one. What a pack may hold, and what an import does, is decided in
//! `planner_domain::curriculum::exchange`; these components show it.

mod export;
mod import;

use crate::app::use_lang;
use leptos::prelude::*;
use planner_domain::curriculum::exchange::Preview;
use planner_domain::i18n::pack_strings;
use planner_domain::i18n::packs::{describe, shown};

pub use export::PackExport;
pub use import::PackImport;

/// The screen at `#/packs`.
#[component]
pub fn ShareLessons() -> impl IntoView {
    let lang = use_lang();
    let t = move || pack_strings(lang.get());
    view! {
        <section class="share-lessons" aria-labelledby="packs-heading">
            <h2 id="packs-heading">{move || t().heading}</h2>
            <p>{move || t().intro}</p>
            <PackImport/>
            <PackExport/>
        </section>
    }
}

/// Each lesson of a pack being imported, with what importing it will do.
#[component]
pub fn LessonOutcomes(preview: Preview) -> impl IntoView {
    let lang = use_lang();
    let rows = move || {
        let lang = lang.get();
        preview
            .lessons
            .iter()
            .map(|i| {
                let title = shown(&i.lesson.title, lang).to_string();
                let what = describe(i, lang);
                view! {
                    <li data-testid="pack-lesson">
                        <strong>{title}</strong>" — "<span data-testid="pack-outcome">{what}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! { <ul class="pack-outcomes">{rows}</ul> }
}
