//! The one place that touches browser storage.
//!
//! gloo-storage panics when localStorage is unavailable (disabled, some private modes), and a
//! panic aborts the whole app, so every access first checks availability through web-sys and
//! degrades to "nothing stored" instead. Plans are stored as one versioned document
//! (`planner_domain::store`); anything unreadable is kept as a backup, never overwritten.

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use planner_domain::plan::Plan;
use planner_domain::store::{self, LoadError, Stored};
use planner_domain::Lang;
use wasm_bindgen::JsCast;

/// Key of the UI language preference.
const LANG_KEY: &str = "planner.lang";
/// Key of the "introduction hidden" preference.
const INTRO_KEY: &str = "planner.intro-hidden";
/// Prefix of each plan's packet sections left out of the print.
const PACKET_PREFIX: &str = "planner.packet-left-out.";
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
    /// The stored document was unreadable and could not be backed up (no room): it stays where
    /// it is, and saving is paused so it is not overwritten.
    CorruptNotBackedUp,
    /// The stored document is from a newer release; saving is paused to protect it.
    Newer,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// Whether localStorage can be used right now.
pub fn available() -> bool {
    local_storage().is_some()
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

/// Whether the preventionist hid the introduction for good.
pub fn intro_hidden() -> bool {
    available() && LocalStorage::get::<bool>(INTRO_KEY).unwrap_or(false)
}

/// Hides the introduction on later visits too; failure only means it shows again next time.
pub fn hide_intro() {
    if available() {
        let _ = LocalStorage::set(INTRO_KEY, true);
    }
}

/// Ids of the packet sections left out when plan `id` was last printed on this device.
pub fn packet_left_out(id: &str) -> Vec<String> {
    if !available() {
        return Vec::new();
    }
    LocalStorage::get(format!("{PACKET_PREFIX}{id}")).unwrap_or_default()
}

/// Remembers the packet sections left out for plan `id`; failure only means they reset.
pub fn save_packet_left_out(id: &str, ids: &[String]) {
    if available() {
        let _ = LocalStorage::set(format!("{PACKET_PREFIX}{id}"), ids);
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
    let Some(storage) = local_storage() else {
        return (Vec::new(), Some(Problem::Unavailable));
    };
    let raw = match storage.get_item(PLANS_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return (Vec::new(), None),
        Err(_) => return (Vec::new(), Some(Problem::Unavailable)),
    };
    match store::load(&raw) {
        Ok(stored) => (stored.plans, None),
        Err(LoadError::Newer(_)) => (Vec::new(), Some(Problem::Newer)),
        Err(LoadError::Corrupt(_)) => {
            let backup = format!("{BACKUP_PREFIX}{now}");
            match storage.set_item(&backup, &raw) {
                Ok(()) => {
                    let _ = storage.remove_item(PLANS_KEY);
                    (Vec::new(), Some(Problem::Corrupt))
                }
                // Could not back it up: leave it where it is and do not overwrite it.
                Err(_) => (Vec::new(), Some(Problem::CorruptNotBackedUp)),
            }
        }
    }
}

/// The plans currently stored (possibly written by another tab), if they can be read.
pub fn stored_plans() -> Option<Vec<Plan>> {
    let raw = local_storage()?.get_item(PLANS_KEY).ok()??;
    store::load(&raw).ok().map(|s| s.plans)
}

/// Saves every plan as one document.
pub fn save_plans(plans: &[Plan]) -> Result<(), Problem> {
    let storage = local_storage().ok_or(Problem::Unavailable)?;
    let json = Stored::new(plans.to_vec()).to_json();
    storage
        .set_item(PLANS_KEY, &json)
        .map_err(|_| Problem::SaveFailed)
}

/// The raw text of every backup of an unreadable document, newest first.
pub fn backups() -> Vec<(String, String)> {
    let Some(storage) = local_storage() else {
        return Vec::new();
    };
    let len = storage.length().unwrap_or(0);
    let mut out: Vec<(String, String)> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .filter_map(|k| storage.get_item(&k).ok().flatten().map(|v| (k, v)))
        .collect();
    out.sort_by(|a, b| b.0.cmp(&a.0));
    out
}

/// Calls `on_change` with the plans another tab saved, whenever it saves them.
pub fn on_plans_changed_elsewhere(on_change: impl Fn(Vec<Plan>) + 'static) {
    let _ = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        if ev.key().as_deref() != Some(PLANS_KEY) {
            return;
        }
        if let Some(raw) = ev.new_value() {
            if let Ok(stored) = store::load(&raw) {
                on_change(stored.plans);
            }
        }
    });
}

/// Asks the browser to keep this site's storage when space runs low; `Some(true)` if granted.
pub async fn request_persistence() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let promise = manager.persist().ok()?;
    let granted = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    granted.as_bool()
}

/// Offers `text` to the user as a downloaded file.
pub fn download(file_name: &str, text: &str, mime: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(file_name);
            let _ = document().body().map(|b| b.append_child(&a));
            a.click();
            a.remove();
        }
    }
    // Revoke later: revoking at once can cancel the download in some browsers.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
}
