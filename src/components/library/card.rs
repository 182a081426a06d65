//! A lesson's card in the library, and the meta line it shares with the lesson page.

use crate::app::use_lang;
use crate::components::add_target::AddButton;
use crate::components::my_lesson::LessonMarks;
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::curriculum::{Lesson, List, TermId};
use planner_domain::i18n::strings;
use planner_domain::route::Route;
use planner_domain::Lang;

/// Names of vocabulary ids, joined for a card's meta line.
pub fn names<T: TermId>(list: List, values: &[T], lang: Lang) -> String {
    use_library()
        .vocabulary
        .names(list, values, lang)
        .join(", ")
}

/// A lesson's grades and length, as the library card and the lesson page show them.
#[component]
pub fn LessonMeta(lesson: &'static Lesson, lang: Lang) -> impl IntoView {
    view! {
        <p class="lesson-card__meta">
            <span>{names(List::Grades, &lesson.grades, lang)}</span>
            <span>{format!("{} {}", lesson.minutes, strings(lang).minutes)}</span>
        </p>
    }
}

/// One result of the library.
#[component]
pub fn LessonCard(lesson: &'static Lesson) -> impl IntoView {
    let lang = use_lang();
    let href = Route::Lesson(lesson.id.clone()).to_hash();
    // One reactive block per card: only a language switch re-renders it, so the library's
    // first render sets up one effect per card instead of one per text.
    move || {
        let lang = lang.get();
        let t = strings(lang);
        let shown = lesson.text_lang(lang);
        let title = lesson.title_in(lang);
        view! {
            <li class="lesson-card" data-lesson-id=lesson.id.clone()>
                <h3 class="lesson-card__title" lang=shown.code()>
                    <a href=href.clone()>{title}</a>
                </h3>
                <LessonMeta lesson lang/>
                <LessonMarks lesson lang/>
                <p class="lesson-card__summary" lang=shown.code()>{lesson.summary.get(shown).to_string()}</p>
                // A label with nothing after it is left out (a lesson of one's own may have none yet).
                {(!lesson.levels.is_empty() || !lesson.forms.is_empty()).then(|| view! {
                    <dl class="lesson-card__tags">
                        {(!lesson.levels.is_empty()).then(|| view! {
                            <dt>{t.levels}</dt>
                            <dd>{names(List::Levels, &lesson.levels, lang)}</dd>
                        })}
                        {(!lesson.forms.is_empty()).then(|| view! {
                            <dt>{t.forms}</dt>
                            <dd>{names(List::Forms, &lesson.forms, lang)}</dd>
                        })}
                    </dl>
                })}
                <AddButton lesson/>
            </li>
        }
    }
}
