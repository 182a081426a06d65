//! The marks of one of the preventionist's own lessons, beside its title.

use crate::content;
use leptos::prelude::*;
use planner_domain::curriculum::Lesson;
use planner_domain::i18n::strings;
use planner_domain::Lang;

/// The marks of a lesson that is not built in (nothing for built-in lessons).
#[component]
pub fn LessonMarks(lesson: &'static Lesson, lang: Lang) -> impl IntoView {
    let t = strings(lang).editor;
    content::origin(&lesson.id, lang).map(|origin| {
        let missing = lesson.missing_language().map(|l| match l {
            Lang::En => t.no_english,
            Lang::Es => t.no_spanish,
        });
        let original = lesson.adapted_from.as_deref().map(|id| {
            let title = content::library()
                .and_then(|lib| lib.lesson(id))
                .map_or(id.to_string(), |l| l.title_in(lang));
            (t.adapted_from)(&title)
        });
        view! {
            <p class="lesson-marks">
                <span class="tag tag--mine" data-testid="lesson-origin">{origin}</span>
                {lesson.draft.then(|| view! { <span class="tag" data-testid="lesson-draft">{t.draft}</span> })}
                {missing.map(|m| view! { <span class="tag" data-testid="lesson-missing-lang">{m}</span> })}
                {original.map(|o| view! { <span class="lesson-marks__from">{o}</span> })}
            </p>
        }
    })
}
