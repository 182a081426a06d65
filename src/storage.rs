//! The one place that touches browser storage.
//!
//! gloo-storage panics when localStorage is unavailable (disabled, some private modes), and a
//! panic aborts the whole app, so every access first checks availability through web-sys and
//! degrades to "nothing stored" instead. Plans are stored as one versioned document
//! (`planner_domain::store`); anything unreadable is kept as a backup, never overwritten.

use gloo_storage::{LocalStorage, Storage};
use planner_domain::plan::Plan;
use planner_domain::store::{self, LoadError, Stored};
use planner_domain::Lang;

/// Key of the UI language preference.
const LANG_KEY: &str = "planner.lang";
/// Key of the plans document.
const PLANS_KEY: &str = "planner.plans";
/// Prefix of backups of unreadable plan documents.
const BACKUP_PREFIX: &str = "planner.backup.";

/// Why plans are not (or not all) being saved or read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// No localStorage at all: work is kept in memory only.
    Unavailable,
    /// The last save failed (quota, blocked).
    SaveFailed,
    /// The stored document was unreadable; it was kept as a backup.
    Corrupt,
    /// The stored document is from a newer release; saving is paused to protect it.
    Newer,
}

/// Whether localStorage can be used right now.
pub fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

/// The UI language the user chose before, if any.
pub fn load_lang() -> Option<Lang> {
    if !available() {
        return None;
    }
    LocalStorage::get::<String>(LANG_KEY)
        .ok()
        .and_then(|code| Lang::from_code(&code))
}

/// Remembers the UI language; failure (quota, disabled storage) only means it is not remembered.
pub fn save_lang(lang: Lang) {
    if available() {
        let _ = LocalStorage::set(LANG_KEY, lang.code());
    }
}

/// The browser's preferred language, for a first visit.
pub fn browser_lang() -> Option<Lang> {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .and_then(|code| Lang::from_code(&code))
}

/// Reads the stored plans. On a problem the plans that could be read (none) are returned with
/// it; an unreadable document is first copied to a backup key so nothing is lost.
pub fn load_plans(now: i64) -> (Vec<Plan>, Option<Problem>) {
    if !available() {
        return (Vec::new(), Some(Problem::Unavailable));
    }
    let raw = match LocalStorage::raw().get_item(PLANS_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return (Vec::new(), None),
        Err(_) => return (Vec::new(), Some(Problem::Unavailable)),
    };
    match store::load(&raw) {
        Ok(stored) => (stored.plans, None),
        Err(LoadError::Newer(_)) => (Vec::new(), Some(Problem::Newer)),
        Err(LoadError::Corrupt(_)) => {
            let backup = format!("{BACKUP_PREFIX}{now}");
            match LocalStorage::raw().set_item(&backup, &raw) {
                Ok(()) => {
                    let _ = LocalStorage::raw().remove_item(PLANS_KEY);
                    (Vec::new(), Some(Problem::Corrupt))
                }
                // Could not back it up: leave it where it is and do not overwrite it.
                Err(_) => (Vec::new(), Some(Problem::Newer)),
            }
        }
    }
}

/// Saves every plan as one document.
pub fn save_plans(plans: &[Plan]) -> Result<(), Problem> {
    if !available() {
        return Err(Problem::Unavailable);
    }
    let json = Stored::new(plans.to_vec()).to_json();
    LocalStorage::raw()
        .set_item(PLANS_KEY, &json)
        .map_err(|_| Problem::SaveFailed)
}
