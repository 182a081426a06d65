//! Whether saving works: the storage problem to show, conflicts with another tab, the backup reminder.

use super::now;
use crate::storage::{self, Problem};
use leptos::prelude::*;
use planner_domain::backup::BackupState;

/// Whether saving works: what went wrong with storage, whether the browser keeps it when
/// space runs low, the plans kept as copies because two tabs changed them at once, and when
/// the last backup was made.
#[derive(Clone, Copy)]
pub struct StorageHealth {
    pub problem: RwSignal<Option<Problem>>,
    /// Why the lessons are not (or not all) being saved or read.
    pub lessons_problem: RwSignal<Option<Problem>>,
    /// When the last backup was made and what changed since, for the reminder.
    pub backup: RwSignal<BackupState>,
    /// Whether the browser agreed to keep storage when space runs low (`None`: not known).
    pub persisted: RwSignal<Option<bool>>,
    /// Names of plans kept as copies because two tabs changed them at once.
    pub conflicts: RwSignal<Vec<String>>,
}

impl StorageHealth {
    pub fn new() -> StorageHealth {
        // No IndexedDB only matters once there are lessons to save (see `lessons_saved`).
        let lessons_problem = storage::load_lessons()
            .1
            .filter(|p| *p != Problem::Unavailable);
        StorageHealth {
            problem: RwSignal::new(None),
            lessons_problem: RwSignal::new(lessons_problem),
            backup: RwSignal::new(storage::backup_state()),
            persisted: RwSignal::new(None),
            conflicts: RwSignal::new(Vec::new()),
        }
    }

    /// Remembers that something changed since the last backup (stored once per backup).
    pub fn note_change(&self) {
        let mut state = storage::backup_state();
        if state.changed(now()) {
            storage::save_backup_state(&state);
            self.backup.set(state);
        }
    }

    /// Takes in the result of a lessons save (see `storage::save_lessons`).
    pub fn lessons_saved(&self, result: Result<(), Problem>) {
        match result {
            Ok(()) => {
                if self.lessons_problem.get_untracked().is_some() {
                    self.lessons_problem.set(None);
                }
                self.note_change();
            }
            Err(p) => {
                if self.lessons_problem.get_untracked() != Some(p) {
                    self.lessons_problem.set(Some(p));
                }
            }
        }
    }

    /// Notes a backup just made, so the reminder waits for the next change and two weeks.
    pub fn backed_up(&self) {
        let mut state = storage::backup_state();
        state.backed_up(now());
        storage::save_backup_state(&state);
        self.backup.set(state);
    }

    /// Hides the backup reminder for two weeks.
    pub fn dismiss_reminder(&self) {
        let mut state = storage::backup_state();
        state.dismiss(now());
        storage::save_backup_state(&state);
        self.backup.set(state);
    }
}

impl Default for StorageHealth {
    fn default() -> StorageHealth {
        StorageHealth::new()
    }
}
