//! The lesson library: every lesson in `curriculum/`, in the current language.

use crate::app::use_lang;
use crate::content;
use leptos::prelude::*;
use planner_domain::curriculum::{id_of, Lesson};
use planner_domain::i18n::strings;
use planner_domain::Lang;

#[component]
pub fn LibraryView() -> impl IntoView {
    let lang = use_lang();
    let Some(library) = content::library() else {
        return view! {
            <p class="notice notice--error" role="alert">
                {move || strings(lang.get()).library_error}
            </p>
        }
        .into_any();
    };
    view! {
        <section class="library" aria-labelledby="library-heading">
            <div class="library__head">
                <h2 id="library-heading">{move || strings(lang.get()).library_heading}</h2>
                <p class="library__count" data-testid="lesson-count">
                    {move || (strings(lang.get()).lesson_count)(library.lessons.len())}
                </p>
            </div>
            <ul class="lesson-list" data-testid="lesson-list">
                {library
                    .lessons
                    .iter()
                    .map(|lesson| view! { <LessonCard lesson=lesson/> })
                    .collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

/// Names of vocabulary ids, joined for a card's meta line.
fn names<T: serde::Serialize>(list: &'static str, values: &[T], lang: Lang) -> String {
    let vocab = &content::library().expect("library loaded").vocabulary;
    values
        .iter()
        .map(|v| vocab.name(list, &id_of(v), lang).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

#[component]
fn LessonCard(lesson: &'static Lesson) -> impl IntoView {
    let lang = use_lang();
    let t = move || strings(lang.get());
    view! {
        <li class="lesson-card" data-lesson-id=lesson.id.clone()>
            <h3 class="lesson-card__title">{move || lesson.title.get(lang.get()).to_string()}</h3>
            <p class="lesson-card__meta">
                <span>{move || names("grades", &lesson.grades, lang.get())}</span>
                <span>{move || format!("{} {}", lesson.minutes, t().minutes)}</span>
            </p>
            <p class="lesson-card__summary">{move || lesson.summary.get(lang.get()).to_string()}</p>
            <dl class="lesson-card__tags">
                <dt>{move || t().levels}</dt>
                <dd>{move || names("levels", &lesson.levels, lang.get())}</dd>
                <dt>{move || t().forms}</dt>
                <dd>{move || names("forms", &lesson.forms, lang.get())}</dd>
            </dl>
        </li>
    }
}
