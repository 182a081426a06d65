//! The preferences kept in localStorage (UI language, hidden introduction, packet sections
//! left out, the backup reminder's state) and the settings a backup carries.

use super::{available, local_storage};
use gloo_storage::{LocalStorage, Storage};
use planner_domain::backup::{BackupState, Settings};
use planner_domain::Lang;

/// Key of the UI language preference.
const LANG_KEY: &str = "planner.lang";
/// Key of the "introduction hidden" preference.
const INTRO_KEY: &str = "planner.intro-hidden";
/// Key of the agency name printed on reports.
const AGENCY_KEY: &str = "planner.agency";
/// Prefix of each plan's packet sections left out of the print.
const PACKET_PREFIX: &str = "planner.packet-left-out.";
/// Key of when the last backup was made and what changed since (for the reminder).
const BACKUP_STATE_KEY: &str = "planner.backup-state";

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

/// The agency name printed on reports ("" until one is typed).
pub fn agency() -> String {
    if !available() {
        return String::new();
    }
    LocalStorage::get(AGENCY_KEY).unwrap_or_default()
}

/// Remembers the agency name; failure only means it is typed again next time.
pub fn save_agency(name: &str) {
    if available() {
        let _ = LocalStorage::set(AGENCY_KEY, name);
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

/// Everything the app stores besides plans and lessons, for a backup.
pub fn settings() -> Settings {
    let mut settings = Settings {
        lang: load_lang(),
        intro_hidden: intro_hidden(),
        agency: agency(),
        ..Settings::default()
    };
    if let Some(storage) = local_storage() {
        let len = storage.length().unwrap_or(0);
        for key in (0..len).filter_map(|i| storage.key(i).ok().flatten()) {
            if let Some(id) = key.strip_prefix(PACKET_PREFIX) {
                settings
                    .packet_left_out
                    .insert(id.to_string(), packet_left_out(id));
            }
        }
    }
    settings
}

/// Stores restored settings (the UI language stays the one in use: see `backup::apply`).
pub fn restore_settings(settings: &Settings) {
    if settings.intro_hidden {
        hide_intro();
    }
    if !settings.agency.is_empty() {
        save_agency(&settings.agency);
    }
    for (id, left_out) in &settings.packet_left_out {
        save_packet_left_out(id, left_out);
    }
}

/// When the last backup was made and what changed since.
pub fn backup_state() -> BackupState {
    if !available() {
        return BackupState::default();
    }
    LocalStorage::get(BACKUP_STATE_KEY).unwrap_or_default()
}

/// Remembers the backup state; failure only means the reminder may come early or late.
pub fn save_backup_state(state: &BackupState) {
    if available() {
        let _ = LocalStorage::set(BACKUP_STATE_KEY, state);
    }
}
