//! The one place that touches browser storage.
//!
//! gloo-storage panics when localStorage is unavailable (disabled, some private modes), and a
//! panic aborts the whole app, so every access first checks availability through web-sys and
//! degrades to "nothing stored" instead. Plans are stored as one versioned document
//! (`planner_domain::store`); anything unreadable is kept as a backup, never overwritten.
//! Every save is read back, and a save the browser did not keep is reported at once.
//!
//! The preventionist's lessons live in IndexedDB, not localStorage: Chromium gives an origin
//! about five million characters of localStorage, and a collection of bilingual lessons of
//! one's own outgrows it (sizes in docs/performance.md). Plans and
//! settings stay in localStorage (small, read synchronously, and its `storage`
//! event carries two-tab merges); lessons get the same protections in IndexedDB: a damaged
//! document kept as a copy, a newer one never overwritten, saves read back, two tabs merged
//! (a `BroadcastChannel` tells the other tabs), and no IndexedDB meaning "kept in memory".
//!
//! This file holds what every store shares (availability, the problems reported); the plans
//! document is in `storage/plans.rs`, the lessons in `storage/lessons.rs` (reading them at
//! start-up in `lessons/read.rs`, another tab's saves in `lessons/tabs.rs`) over the IndexedDB
//! calls of `storage/idb.rs`, the preferences in `storage/settings.rs`, picked files and
//! downloads in `storage/files.rs`.

/// Prefix of backups of unreadable plan and lesson documents.
const BACKUP_PREFIX: &str = "planner.backup.";

mod files;
mod idb;
mod lessons;
mod plans;
mod settings;

pub use files::{download_parts, read_picked};
pub use lessons::{
    lesson_backups, load_lessons, on_lessons_merged, on_lessons_saved, open_lessons, save_lessons,
};
pub use plans::{
    backups, load_plans, loaded, on_plans_changed_elsewhere, save_plans, stored_plans,
};
pub use settings::{
    agency, backup_state, browser_lang, hide_intro, intro_hidden, load_lang, packet_left_out,
    restore_settings, save_agency, save_backup_state, save_lang, save_packet_left_out, settings,
};

/// Why plans are not (or not all) being saved or read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// No localStorage at all: work is kept in memory only.
    Unavailable,
    /// The last save failed (quota, blocked).
    SaveFailed,
    /// The stored document was unreadable; it was kept as a backup.
    Corrupt,
    /// The stored document was unreadable and could not be backed up (no room): it stays where
    /// it is, and saving is paused so it is not overwritten.
    CorruptNotBackedUp,
    /// The stored document is from a newer release; saving is paused to protect it.
    Newer,
    /// The browser accepted the save but did not have it when read back.
    NotKept,
}

/// The window's localStorage, or `None` where it is disabled (checked before gloo-storage,
/// which panics).
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// Whether localStorage can be used right now.
pub fn available() -> bool {
    local_storage().is_some()
}

/// Asks the browser to keep this site's storage when space runs low; `Some(true)` if granted.
pub async fn request_persistence() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let promise = manager.persist().ok()?;
    let granted = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    granted.as_bool()
}
