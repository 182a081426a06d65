//! The plans document in localStorage: read (an unreadable one kept as a backup first),
//! saved and read back, and another tab's saves.
//!
//! Turning the document into plans and back is a chunk of its own ([`read_document`],
//! [`write_document`]): reading every field of a plan, with every past version's migration, is
//! a large part of the app's code, and the library does not need it to be shown and searched.
//! It is fetched once the library is usable, or with the first screen that shows plans
//! (`state::Plans::read`); saving, which only happens once the plans are read, then finds it
//! loaded and runs at once.

use super::{local_storage, Problem, BACKUP_PREFIX};
use futures::FutureExt;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use planner_domain::order;
use planner_domain::plan::Plan;
use planner_domain::store::{self, LoadError, Stored};
use std::future::Future;

/// The stored document read (any past version migrated), in the plans document's chunk.
#[wasm_split(store, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_store))]
fn read_document(raw: String) -> Result<Result<Stored, LoadError>, SplitLoaderError> {
    Ok(store::load(&raw))
}

/// The document written for `plans`, in the plans document's chunk.
#[wasm_split(store, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_writer))]
fn write_document(plans: Vec<Plan>) -> Result<String, SplitLoaderError> {
    Ok(Stored::new(plans).to_json())
}

/// The answer of a call into a chunk that is already loaded, at once; `None` if it is not.
pub fn loaded<T>(call: impl Future<Output = Result<T, SplitLoaderError>>) -> Option<T> {
    call.now_or_never()?.ok()
}

/// Fetches the plans document's chunk, and readies both of its functions (each split
/// function has a loader of its own), so that saving finds the writer loaded; `false` if it
/// cannot be loaded (offline before the service worker had it).
async fn load_store() -> bool {
    let reader = async { preload_store().await.is_ok() };
    let writer = async { preload_writer().await.is_ok() };
    futures::join!(reader, writer) == (true, true)
}

/// Key of the plans document.
const PLANS_KEY: &str = "planner.plans";

/// Reads the stored plans. On a problem the plans that could be read (none) are returned with
/// it; an unreadable document is first copied to a backup key so nothing is lost. `None` if
/// the plans document's chunk cannot be loaded: nothing is read, so nothing may be saved.
pub async fn load_plans(now: i64) -> Option<(Vec<Plan>, Option<Problem>)> {
    // First, so that the text read is the latest (another tab may save meanwhile), and so
    // that saving, which needs the chunk, works even when nothing is stored yet.
    if !load_store().await {
        return None;
    }
    let Some(storage) = local_storage() else {
        return Some((Vec::new(), Some(Problem::Unavailable)));
    };
    let raw = match storage.get_item(PLANS_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Some((Vec::new(), None)),
        Err(_) => return Some((Vec::new(), Some(Problem::Unavailable))),
    };
    let read = loaded(read_document(raw.clone()))?;
    Some(match read {
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
    })
}

/// The plans currently stored (possibly written by another tab), if they can be read.
pub fn stored_plans() -> Option<Vec<Plan>> {
    let raw = local_storage()?.get_item(PLANS_KEY).ok()??;
    loaded(read_document(raw))?.ok().map(|s| s.plans)
}

/// Saves every plan as one document, and reads it back. Only called once the plans are read,
/// so the plans document's chunk is loaded.
pub fn save_plans(plans: &[Plan]) -> Result<(), Problem> {
    let storage = local_storage().ok_or(Problem::Unavailable)?;
    let json = loaded(write_document(plans.to_vec())).ok_or(Problem::SaveFailed)?;
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
        if let Some(Ok(stored)) = ev.new_value().and_then(|raw| loaded(read_document(raw))) {
            on_change(stored.plans);
        }
    });
}
