//! The preventionist's own lessons as app state: every edit goes through [`MyLessons::edit`],
//! which records undo in that lesson's own history and autosaves, as plan edits do
//! ([`crate::state::Plans::edit`]). The library sees them through `content::library`.

use crate::content;
use crate::storage;
use leptos::prelude::*;
use planner_domain::curriculum::custom::{self, CustomLessons};
use planner_domain::curriculum::exchange::{self, Preview};
use planner_domain::curriculum::validate;
use planner_domain::curriculum::Lesson;
use planner_domain::history::Histories;
use std::time::Duration;

/// How long another tab's saves must pause before the library screen shows what they brought.
const OTHER_TAB_PAUSE_MS: u64 = 400;

/// The lessons written, adapted or imported here, and everything that changes them.
#[derive(Clone, Copy)]
pub struct MyLessons {
    pub all: RwSignal<CustomLessons>,
    history: StoredValue<Histories<Lesson>>,
    /// Bumped on every history change so undo/redo buttons update.
    history_rev: RwSignal<u32>,
    /// Bumped when another tab's saves brought lessons in, once they pause and while this tab
    /// is in view, so the library screen shows them without rebuilding at each keystroke
    /// typed in the other tab.
    pub from_other_tab: RwSignal<u32>,
}

impl MyLessons {
    /// Takes the lessons storage read at start (its problems are the app's `StorageHealth`),
    /// and follows what other tabs save.
    pub fn load() -> MyLessons {
        let all = RwSignal::new(CustomLessons::from_packs(storage::load_lessons().0));
        all.with_untracked(content::set_custom);
        let from_other_tab = RwSignal::new(0);
        let waiting = StoredValue::new_local(None::<TimeoutHandle>);
        let show_soon = move || {
            let bump = move || from_other_tab.update(|n| *n += 1);
            let handle =
                set_timeout_with_handle(bump, Duration::from_millis(OTHER_TAB_PAUSE_MS)).ok();
            if let Some(Some(previous)) = waiting.try_update_value(|w| std::mem::replace(w, handle))
            {
                previous.clear();
            }
        };
        // Each showing keeps one more copy of the library (`content::library`), so a tab out of
        // view takes another tab's lessons in once, when it is looked at again.
        let behind = StoredValue::new_local(false);
        storage::on_lessons_merged(move |packs| {
            let merged = CustomLessons::from_packs(packs);
            content::set_custom(&merged);
            all.set(merged);
            if document().hidden() {
                behind.set_value(true);
            } else {
                show_soon();
            }
        });
        // The document's visibilitychange bubbles to the window.
        let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if !document().hidden() && behind.try_update_value(std::mem::take) == Some(true) {
                show_soon();
            }
        });
        MyLessons {
            all,
            history: StoredValue::new(Histories::default()),
            history_rev: RwSignal::new(0),
            from_other_tab,
        }
    }

    /// Takes in lessons written to storage elsewhere (a restored backup); their undo steps
    /// no longer apply.
    pub fn reload(&self) {
        let all = CustomLessons::from_packs(storage::load_lessons().0);
        content::set_custom(&all);
        self.history.set_value(Histories::default());
        self.history_rev.update(|r| *r += 1);
        self.all.set(all);
    }

    /// Saves in the background; storage reports the result to `StorageHealth` (which never
    /// lets a newer document be overwritten).
    fn save(&self) {
        self.all.with_untracked(content::set_custom);
        storage::save_lessons(self.all.with_untracked(|a| a.kept().packs));
    }

    /// Stores the lessons of confirmed import previews (`exchange::apply`) and saves; returns
    /// how many were added or replaced.
    pub fn import(&self, previews: Vec<Preview>) -> usize {
        let mut changed = 0;
        self.all.update(|a| {
            for p in previews {
                changed += exchange::apply(p, &mut a.packs);
            }
        });
        if changed > 0 {
            self.save();
        }
        changed
    }

    /// Adds a new lesson (written or adapted here) and saves it once it holds anything.
    pub fn create(&self, lesson: Lesson) {
        let blank = custom::is_blank(&lesson);
        self.all.update(|a| a.upsert(lesson));
        // A blank new lesson is stored with its first edit.
        if !blank {
            self.save();
        }
    }

    /// Edits lesson `id` as one undoable step (or joins the previous one when `key` names the
    /// same field being typed in), then saves.
    pub fn edit(&self, id: &str, key: Option<&str>, f: impl FnOnce(&mut Lesson)) {
        let Some(before) = self.all.with_untracked(|a| a.lesson(id).cloned()) else {
            return;
        };
        let mut after = before.clone();
        f(&mut after);
        // A lesson with problems is kept as a draft, marked as such.
        if let Some(library) = content::builtin() {
            after.draft = !validate::lesson_fields(&after, &library.vocabulary).is_empty();
        }
        if after == before {
            return;
        }
        self.history.update_value(|h| h.record(before, key));
        self.history_rev.update(|r| *r += 1);
        self.all.update(|a| a.upsert(after));
        self.save();
    }

    /// Drops lesson `id` if nothing was typed in it (leaving a new lesson at once), so no
    /// empty draft stays behind.
    pub fn discard_if_blank(&self, id: &str) {
        let blank = self
            .all
            .with_untracked(|a| a.lesson(id).is_some_and(custom::is_blank));
        if blank {
            self.all.update(|a| {
                a.remove(id);
            });
            self.history.update_value(|h| h.forget(id));
        }
    }

    /// Deletes lesson `id` (plans that use it keep their place for it, shown as missing).
    pub fn delete(&self, id: &str) {
        self.all.update(|a| {
            a.remove(id);
        });
        self.history.update_value(|h| h.forget(id));
        self.save();
    }

    /// Goes back one edit of lesson `id`.
    pub fn undo(&self, id: &str) {
        self.step(id, Histories::undo);
    }

    /// Goes forward one undone edit of lesson `id`.
    pub fn redo(&self, id: &str) {
        self.step(id, Histories::redo);
    }

    fn step(&self, id: &str, direction: fn(&mut Histories<Lesson>, Lesson) -> Option<Lesson>) {
        let Some(current) = self.all.with_untracked(|a| a.lesson(id).cloned()) else {
            return;
        };
        if let Some(state) = self
            .history
            .try_update_value(|h| direction(h, current))
            .flatten()
        {
            self.history_rev.update(|r| *r += 1);
            self.all.update(|a| a.upsert(state));
            self.save();
        }
    }

    /// Whether lesson `id` has an edit to undo.
    pub fn can_undo(&self, id: &str) -> bool {
        self.history_rev.track();
        self.history.with_value(|h| h.can_undo(id))
    }

    /// Whether lesson `id` has an undone edit to redo.
    pub fn can_redo(&self, id: &str) -> bool {
        self.history_rev.track();
        self.history.with_value(|h| h.can_redo(id))
    }
}
