//! What the library and the lesson page show and offer for the preventionist's own lessons:
//! the marks ("Your lesson" or the pack's name, draft, a missing language, what it was adapted
//! from, `marks.rs`) and the actions (write a new lesson, adapt a copy, edit, delete:
//! `actions.rs`; swap a plan's lesson for an adapted copy: `swap.rs`).

mod actions;
mod marks;
mod swap;

pub use actions::LessonActions;
pub use marks::LessonMarks;
pub use swap::SwapForCopy;

use crate::app::navigate;
use crate::content;
use crate::my_lessons::MyLessons;
use leptos::prelude::*;
use planner_domain::curriculum::custom::blank_lesson;
use planner_domain::i18n::strings;
use planner_domain::route::Route;
use planner_domain::Lang;

/// Starts a new lesson and opens it in the editor.
pub fn new_lesson(my: MyLessons, lang: Lang) {
    let Some(builtin) = content::builtin() else {
        return;
    };
    let id = my
        .all
        .with_untracked(|a| a.fresh_id(strings(lang).editor.untitled, builtin));
    my.create(blank_lesson(id.clone()));
    navigate(&Route::Edit(id));
}
