//! The lesson editor: every field of one of the preventionist's own lessons, English and
//! Spanish side by side, with the build's validation and the language guide beside each field
//! as it is typed. Every change autosaves with undo (`my_lessons.rs`).

mod inputs;
mod items;
mod sections;
mod steps;
mod text_pair;

use crate::app::{navigate, use_lang, use_my_lessons};
use crate::content;
use crate::my_lessons::MyLessons;
use leptos::prelude::*;
use planner_domain::curriculum::validate::{self, FieldProblem};
use planner_domain::curriculum::Lesson;
use planner_domain::i18n::strings;
use planner_domain::route::Route;

/// The lesson being edited, for the editor's parts.
#[derive(Clone, Copy)]
pub struct Ed {
    id: StoredValue<String>,
    my: MyLessons,
    /// What validation finds now, field by field.
    pub problems: Memo<Vec<FieldProblem>>,
}

impl Ed {
    /// Reads the lesson (tracked: the caller re-runs when it changes).
    pub fn read<T>(&self, f: impl FnOnce(&Lesson) -> T) -> Option<T> {
        self.my.all.with(|a| a.lesson(&self.id.read_value()).map(f))
    }

    /// Changes the lesson as one undo step, or joins the last one when `key` (the field's
    /// path, while typing) is the same.
    pub fn edit(&self, key: Option<&str>, f: impl FnOnce(&mut Lesson)) {
        self.my.edit(&self.id.read_value(), key, f);
    }
}

#[component]
pub fn LessonEditor(id: String) -> impl IntoView {
    let my = use_my_lessons();
    let lang = use_lang();
    let t = move || strings(lang.get()).editor;
    let Some(library) = content::builtin() else {
        return ().into_any();
    };
    if my.all.with_untracked(|a| a.lesson(&id).is_none()) {
        return view! {
            <p class="notice" role="alert">{move || t().not_yours}</p>
            <a href="#/library">{move || strings(lang.get()).back_to_library}</a>
        }
        .into_any();
    }
    let leaving = id.clone();
    on_cleanup(move || my.discard_if_blank(&leaving));
    let id = StoredValue::new(id);
    let problems = Memo::new(move |_| {
        my.all.with(|a| {
            a.lesson(&id.read_value())
                .map(|l| validate::lesson_fields(l, &library.vocabulary))
                .unwrap_or_default()
        })
    });
    let ed = Ed { id, my, problems };
    provide_context(ed);
    let title = move || {
        let lang = lang.get();
        ed.read(|l| {
            let other = l.languages().first().map(|&o| l.title.get(o).to_string());
            Some(l.title.get(lang).to_string())
                .filter(|s| !s.trim().is_empty())
                .or(other)
        })
        .flatten()
        .unwrap_or_else(|| t().untitled.to_string())
    };
    let count = move || problems.with(Vec::len);
    view! {
        <section class="editor" aria-labelledby="editor-heading" data-testid="lesson-editor">
            <h2 id="editor-heading">{move || format!("{}: {}", t().heading, title())}</h2>
            <p>{move || t().intro}</p>
            <div class="editor__bar">
                <p class="editor__status" data-testid="editor-status" data-problems=move || count().to_string()>
                    {move || (t().problems)(count())}
                </p>
                <button type="button" class="button button--quiet" data-testid="lesson-undo"
                    disabled=move || !my.can_undo(&id.read_value())
                    on:click=move |_| my.undo(&id.read_value())>
                    {move || strings(lang.get()).undo}
                </button>
                <button type="button" class="button button--quiet" data-testid="lesson-redo"
                    disabled=move || !my.can_redo(&id.read_value())
                    on:click=move |_| my.redo(&id.read_value())>
                    {move || strings(lang.get()).redo}
                </button>
                <button type="button" class="button" data-testid="editor-done"
                    on:click=move |_| navigate(&Route::Lesson(id.get_value()))>
                    {move || if count() == 0 { t().save_done } else { t().save_draft }}
                </button>
            </div>
            <sections::Basics/>
            <sections::Tags/>
            <sections::TextLists/>
            <steps::Steps/>
            <steps::Assessment/>
            <sections::Extras/>
        </section>
    }
    .into_any()
}
