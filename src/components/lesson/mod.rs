//! A lesson's detail: everything in it, in the UI language.

mod body;

use body::LessonBody;

use crate::app::use_lang;
use crate::components::add_target::AddButton;
use crate::components::my_lesson::{LessonActions, LessonMarks};
use crate::components::packet::LessonDocx;
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::i18n::strings;

#[component]
pub fn LessonDetail(id: String) -> impl IntoView {
    let lang = use_lang();
    let library = use_library();
    let lesson = library.lesson(&id);
    let Some(lesson) = lesson else {
        return view! {
            <p class="notice" role="alert">{move || strings(lang.get()).lesson_not_found}</p>
            <a href="#/library">{move || strings(lang.get()).back_to_library}</a>
        }
        .into_any();
    };
    view! {
        <article class="lesson" data-lesson-id=lesson.id.clone()>
            <p><a href="#/library">{move || { let t = strings(lang.get()); format!("{} {}", t.back_arrow, t.back_to_library) }}</a></p>
            {move || {
                let lang = lang.get();
                let shown = lesson.text_lang(lang);
                view! {
                    <LessonMarks lesson lang/>
                    <div lang=shown.code()><LessonBody lesson lang=shown/></div>
                }
            }}
            <LessonActions lesson/>
            <AddButton lesson/>
            <LessonDocx lesson/>
        </article>
    }
    .into_any()
}
