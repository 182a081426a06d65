//! The plans document in localStorage: read (an unreadable one kept as a backup first),
//! saved and read back, and another tab's saves.

use super::{local_storage, Problem, BACKUP_PREFIX};
use leptos::prelude::*;
use planner_domain::order;
use planner_domain::plan::Plan;
use planner_domain::store::{self, LoadError, Stored};

/// Key of the plans document.
const PLANS_KEY: &str = "planner.plans";

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

/// Saves every plan as one document, and reads it back.
pub fn save_plans(plans: &[Plan]) -> Result<(), Problem> {
    let storage = local_storage().ok_or(Problem::Unavailable)?;
    let json = Stored::new(plans.to_vec()).to_json();
    storage
        .set_item(PLANS_KEY, &json)
        .map_err(|_| Problem::SaveFailed)?;
    match storage.get_item(PLANS_KEY) {
        Ok(Some(kept)) if kept == json => Ok(()),
        _ => Err(Problem::NotKept),
    }
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
    order::sort_by(&mut out, |a, b| b.0.cmp(&a.0));
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
