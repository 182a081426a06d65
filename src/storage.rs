//! The one place that touches browser storage.
//!
//! gloo-storage panics when localStorage is unavailable (disabled, some private modes), and a
//! panic aborts the whole app, so every access first checks availability through web-sys and
//! degrades to "nothing stored" instead.

use gloo_storage::{LocalStorage, Storage};
use planner_domain::Lang;

/// Key of the UI language preference.
const LANG_KEY: &str = "planner.lang";

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
