//! The lesson editor: every field of one of the preventionist's own lessons, English and
//! Spanish side by side, with the build's validation and the language guide beside each field
//! as it is typed, once a field was touched (`curriculum::attention`). Every change autosaves
//! with undo (`my_lessons.rs`).

mod inputs;
mod items;
mod sections;
mod steps;
mod summary;
mod text_pair;
mod touch;

use crate::app::{use_lang, use_my_lessons};
use crate::content;
use crate::my_lessons::MyLessons;
use leptos::prelude::*;
use planner_domain::curriculum::attention::Attention;
use planner_domain::curriculum::diff::{check_mark, unchecked_one_language_edits, OneLanguageEdit};
use planner_domain::curriculum::validate::{self, FieldProblem};
use planner_domain::curriculum::Lesson;
use planner_domain::i18n::strings;
use planner_domain::Lang;

/// The lesson being edited, for the editor's parts.
#[derive(Clone, Copy)]
pub struct Ed {
    id: StoredValue<String>,
    my: MyLessons,
    /// What validation finds now, field by field.
    pub problems: Memo<Vec<FieldProblem>>,
    /// What was touched, which decides the problems shown beside their fields.
    pub attention: RwSignal<Attention>,
    /// Of `problems`, those shown beside their fields.
    pub shown: Memo<Vec<FieldProblem>>,
    /// For an adapted copy: its texts changed in one language only, and not yet confirmed.
    pub one_language: Memo<Vec<OneLanguageEdit>>,
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

    /// Confirms that the text at `path` in `lang`, left as the original had it while its other
    /// language changed, is still right: its note goes until that other language is reworded.
    pub fn confirm_unchanged(&self, path: &str, lang: Lang) {
        let Some(edit) = self.one_language.with_untracked(|edits| {
            edits
                .iter()
                .find(|e| e.unchanged == lang && e.field == path)
                .cloned()
        }) else {
            return;
        };
        // An edit like any other: saved with the lesson, and undone by Undo.
        self.edit(None, |l| {
            let mark = check_mark(&edit, l);
            l.translation_checked.push(mark);
        });
    }

    /// Notes that the field at `path` (its text in `lang`) was touched, so its problems show.
    /// A field leaving the page as the editor closes is no touch (its signals are gone).
    pub fn touch(&self, path: &str, lang: Option<Lang>) {
        if self.attention.try_with_untracked(|a| a.touched(path, lang)) == Some(false) {
            self.attention.try_update(|a| a.touch(path, lang));
        }
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
    // After the editor is gone: removing the lesson while its own memos and effects are being
    // disposed would wake them on values already disposed.
    on_cleanup(move || queue_microtask(move || my.discard_if_blank(&leaving)));
    let id = StoredValue::new(id);
    let problems = Memo::new(move |_| {
        my.all.with(|a| {
            a.lesson(&id.read_value())
                .map(|l| validate::lesson_fields(l, &library.vocabulary))
                .unwrap_or_default()
        })
    });
    let attention = RwSignal::new(Attention::default());
    let shown =
        Memo::new(move |_| attention.with(|a| problems.with(|ps| a.shown(ps).cloned().collect())));
    let original = my.all.with_untracked(|a| {
        a.lesson(&id.read_value())
            .and_then(|l| l.adapted_from.clone())
    });
    let original = original.and_then(|o| content::library().and_then(|lib| lib.lesson(&o)));
    let one_language = Memo::new(move |_| match original {
        Some(o) => my.all.with(|a| {
            a.lesson(&id.read_value())
                .map(|l| unchecked_one_language_edits(o, l))
                .unwrap_or_default()
        }),
        None => Vec::new(),
    });
    let ed = Ed {
        id,
        my,
        problems,
        attention,
        shown,
        one_language,
    };
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
    view! {
        <section class="editor" aria-labelledby="editor-heading" data-testid="lesson-editor"
            on:input=move |ev| touch::touched_by(ed, &ev, false)
            on:change=move |ev| touch::touched_by(ed, &ev, false)
            on:focusout=move |ev| touch::touched_by(ed, &ev, false)
            on:click=move |ev| touch::touched_by(ed, &ev, true)>
            <h2 id="editor-heading">{move || format!("{}: {}", t().heading, title())}</h2>
            <p>{move || t().intro}</p>
            <summary::Bar/>
            <summary::ProblemList/>
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
