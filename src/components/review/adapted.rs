//! In the review, under a lesson of the plan that is an adapted copy: the lesson it was
//! adapted from and what it changed, field by field and per language.

use leptos::prelude::*;
use planner_domain::curriculum::Library;
use planner_domain::i18n::editor::change_line;
use planner_domain::i18n::strings;
use planner_domain::review::Adapted;
use planner_domain::Lang;

/// What `adapted` says about a copy, in `lang`.
pub fn adapted_copy(adapted: Adapted, library: &'static Library, lang: Lang) -> impl IntoView {
    let t = strings(lang).editor;
    let from = match library.lesson(&adapted.from) {
        Some(original) if adapted.changes.is_some() => (t.adapted_from)(&original.title_in(lang)),
        _ => (t.original_gone)(&adapted.from),
    };
    let changes = adapted.changes.map(|changes| {
        if changes.is_empty() {
            return view! { <p>{t.same_as_original}</p> }.into_any();
        }
        view! {
            <p>{t.differs}</p>
            <ul data-testid="adapted-changes">
                {changes.iter().map(|c| view! { <li>{change_line(c, lang)}</li> }).collect_view()}
            </ul>
        }
        .into_any()
    });
    view! {
        <div class="review__adapted" data-testid="adapted-copy">
            <p data-testid="adapted-from">{from}</p>
            {changes}
        </div>
    }
}
