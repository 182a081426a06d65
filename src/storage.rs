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
//! settings stay in localStorage (small, read synchronously at start-up, and its `storage`
//! event carries two-tab merges); lessons get the same protections in IndexedDB: a damaged
//! document kept as a copy, a newer one never overwritten, saves read back, two tabs merged
//! (a `BroadcastChannel` tells the other tabs), and no IndexedDB meaning "kept in memory".
//!
//! This file holds the lessons' IndexedDB store; the plans document is in `storage/plans.rs`,
//! the preferences in `storage/settings.rs`, picked files and downloads in `storage/files.rs`.

use planner_domain::backup::LessonsDoc;
use planner_domain::curriculum::pack::Pack;
use planner_domain::store::LoadError;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

/// Prefix of backups of unreadable plan and lesson documents.
const BACKUP_PREFIX: &str = "planner.backup.";
/// Key of the lessons document: its IndexedDB record, and the localStorage key it had before
/// (migrated on start).
const LESSONS_KEY: &str = "planner.lessons";
/// The IndexedDB database and its one store of documents (the record key names each).
const DB_NAME: &str = "planner";
const DB_STORE: &str = "documents";
/// The channel a tab tells the others on when it saved lessons.
const LESSONS_CHANNEL: &str = "planner.lessons";

mod files;
mod plans;
mod settings;

pub use files::{download, download_parts, read_picked};
pub use plans::{backups, load_plans, on_plans_changed_elsewhere, save_plans, stored_plans};
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

// ---------------------------------------------------------------- lessons, in IndexedDB

/// Told the result of each lessons save.
type SaveListener = dyn Fn(Result<(), Problem>);

/// The lessons as this tab last read or saved them, and how saving them goes.
#[derive(Default)]
struct LessonStore {
    db: Option<IdbDatabase>,
    /// What this tab last read or saved: the base for merging another tab's save.
    synced: Vec<Pack>,
    /// This tab's lessons: the last handed to [`save_lessons`] (saved or not), or as read.
    current: Vec<Pack>,
    problem: Option<Problem>,
    /// The newest packs waiting to be written while a write is under way.
    pending: Option<Vec<Pack>>,
    writing: bool,
    channel: Option<web_sys::BroadcastChannel>,
    on_saved: Option<Rc<SaveListener>>,
    /// Told the lessons merged from another tab's save.
    on_merged: Option<Rc<dyn Fn(Vec<Pack>)>>,
}

thread_local! {
    static LESSONS: RefCell<LessonStore> = RefCell::new(LessonStore::default());
}

/// Waits for the event `listen` wires to the promise's resolve (success) or reject (error).
async fn settle(listen: impl FnOnce(&js_sys::Function, &js_sys::Function)) -> Result<(), JsValue> {
    let mut listen = Some(listen);
    let promise = js_sys::Promise::new(&mut |ok, err| {
        if let Some(listen) = listen.take() {
            listen(&ok, &err);
        }
    });
    JsFuture::from(promise).await.map(|_| ())
}

async fn request(req: IdbRequest) -> Result<JsValue, JsValue> {
    settle(|ok, err| {
        req.set_onsuccess(Some(ok));
        req.set_onerror(Some(err));
    })
    .await
    .map_err(|_| {
        req.error()
            .ok()
            .flatten()
            .map(JsValue::from)
            .unwrap_or_default()
    })?;
    req.result()
}

async fn committed(tx: &IdbTransaction) -> Result<(), JsValue> {
    settle(|ok, err| {
        tx.set_oncomplete(Some(ok));
        tx.set_onabort(Some(err));
        tx.set_onerror(Some(err));
    })
    .await
    .map_err(|_| tx.error().map(JsValue::from).unwrap_or_default())
}

async fn open_db() -> Result<IdbDatabase, JsValue> {
    let factory = web_sys::window()
        .ok_or(JsValue::NULL)?
        .indexed_db()?
        .ok_or(JsValue::NULL)?;
    let open = factory.open_with_u32(DB_NAME, 1)?;
    let upgrading = open.clone();
    let upgrade = wasm_bindgen::closure::Closure::once_into_js(move |_: web_sys::Event| {
        if let Ok(db) = upgrading.result() {
            let _ = db
                .unchecked_into::<IdbDatabase>()
                .create_object_store(DB_STORE);
        }
    });
    open.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    Ok(request(open.into()).await?.unchecked_into())
}

async fn get(db: &IdbDatabase, key: &str) -> Result<Option<String>, JsValue> {
    let tx = db.transaction_with_str(DB_STORE)?;
    let value = request(tx.object_store(DB_STORE)?.get(&key.into())?).await?;
    Ok(value.as_string())
}

async fn put(db: &IdbDatabase, key: &str, value: &str) -> Result<(), JsValue> {
    let tx = db.transaction_with_str_and_mode(DB_STORE, IdbTransactionMode::Readwrite)?;
    tx.object_store(DB_STORE)?
        .put_with_key(&value.into(), &key.into())?;
    committed(&tx).await
}

async fn delete(db: &IdbDatabase, key: &str) -> Result<(), JsValue> {
    let tx = db.transaction_with_str_and_mode(DB_STORE, IdbTransactionMode::Readwrite)?;
    tx.object_store(DB_STORE)?.delete(&key.into())?;
    committed(&tx).await
}

/// Opens the lessons store and reads the lessons, before the app starts (a few
/// milliseconds, while the library's index pack arrives). Lessons an earlier release kept in
/// localStorage move here, and are removed there only once read back from here. A damaged
/// document is kept as a copy under `planner.backup.<now>`, as plans are.
pub async fn open_lessons(now: i64) {
    let (packs, problem, db) = match open_db().await {
        Err(_) => (Vec::new(), Some(Problem::Unavailable), None),
        Ok(db) => {
            let (packs, problem) = read_lessons(&db, now).await;
            (packs, problem, Some(db))
        }
    };
    let channel = db
        .as_ref()
        .and_then(|_| web_sys::BroadcastChannel::new(LESSONS_CHANNEL).ok());
    if let Some(channel) = &channel {
        let listener = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MessageEvent)>::new(
            |_: web_sys::MessageEvent| wasm_bindgen_futures::spawn_local(take_other_tab()),
        );
        channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        listener.forget();
    }
    LESSONS.with(|l| {
        let mut l = l.borrow_mut();
        l.db = db;
        l.current = packs.clone();
        l.synced = packs;
        l.problem = problem;
        l.channel = channel;
    });
}

async fn read_lessons(db: &IdbDatabase, now: i64) -> (Vec<Pack>, Option<Problem>) {
    let Ok(mut raw) = get(db, LESSONS_KEY).await else {
        return (Vec::new(), Some(Problem::Unavailable));
    };
    if let Some(old) = local_storage().and_then(|s| s.get_item(LESSONS_KEY).ok().flatten()) {
        let moved = match &raw {
            // Already moved (its removal failed): keep the copy if it differs.
            Some(here) if *here == old => true,
            Some(_) => put(db, &format!("{BACKUP_PREFIX}{now}"), &old)
                .await
                .is_ok(),
            None => {
                put(db, LESSONS_KEY, &old).await.is_ok()
                    && get(db, LESSONS_KEY).await.ok().flatten().as_deref() == Some(&old)
            }
        };
        if moved {
            raw = raw.or(Some(old));
            if let Some(s) = local_storage() {
                let _ = s.remove_item(LESSONS_KEY);
            }
        } else {
            // Not moved: work from it in memory and leave it where it is.
            raw = Some(old);
        }
    }
    let Some(raw) = raw else {
        return (Vec::new(), None);
    };
    match LessonsDoc::load(&raw) {
        Ok(doc) => (doc.packs, None),
        Err(LoadError::Newer(_)) => (Vec::new(), Some(Problem::Newer)),
        Err(LoadError::Corrupt(_)) => {
            if put(db, &format!("{BACKUP_PREFIX}{now}"), &raw)
                .await
                .is_ok()
            {
                let _ = delete(db, LESSONS_KEY).await;
                (Vec::new(), Some(Problem::Corrupt))
            } else {
                (Vec::new(), Some(Problem::CorruptNotBackedUp))
            }
        }
    }
}

/// The lessons as last read or saved, and the problem reading them, if any.
pub fn load_lessons() -> (Vec<Pack>, Option<Problem>) {
    LESSONS.with(|l| {
        let l = l.borrow();
        (l.current.clone(), l.problem)
    })
}

/// The raw text of every copy kept of an unreadable lessons document, newest first.
pub async fn lesson_backups() -> Vec<(String, String)> {
    let Some(db) = LESSONS.with(|l| l.borrow().db.clone()) else {
        return Vec::new();
    };
    let Ok(tx) = db.transaction_with_str(DB_STORE) else {
        return Vec::new();
    };
    let Ok(Ok(keys)) = tx.object_store(DB_STORE).map(|s| s.get_all_keys()) else {
        return Vec::new();
    };
    let keys: Vec<String> = match request(keys).await {
        Ok(keys) => js_sys::Array::from(&keys)
            .iter()
            .filter_map(|k| k.as_string())
            .filter(|k| k.starts_with(BACKUP_PREFIX))
            .collect(),
        Err(_) => return Vec::new(),
    };
    let mut out = Vec::new();
    for key in keys {
        if let Ok(Some(text)) = get(&db, &key).await {
            out.push((key, text));
        }
    }
    out.sort_by(|a, b| b.0.cmp(&a.0));
    out
}

/// Calls `f` with the result of every lessons save (as [`save_lessons`] writes in the
/// background).
pub fn on_lessons_saved(f: impl Fn(Result<(), Problem>) + 'static) {
    LESSONS.with(|l| l.borrow_mut().on_saved = Some(Rc::new(f)));
}

/// Calls `f` with the lessons merged from another tab's save, whenever that happens.
pub fn on_lessons_merged(f: impl Fn(Vec<Pack>) + 'static) {
    LESSONS.with(|l| l.borrow_mut().on_merged = Some(Rc::new(f)));
}

/// Reads what another tab saved and merges it with this tab's lessons.
async fn take_other_tab() {
    let Some(db) = LESSONS.with(|l| l.borrow().db.clone()) else {
        return;
    };
    let Ok(Some(raw)) = get(&db, LESSONS_KEY).await else {
        return;
    };
    let Ok(remote) = LessonsDoc::load(&raw) else {
        return;
    };
    let (local, _) = load_lessons();
    let merged = merge_lessons(&local, remote.packs);
    if merged != local {
        LESSONS.with(|l| {
            let mut l = l.borrow_mut();
            l.current = merged.clone();
            if l.pending.is_some() {
                l.pending = Some(merged.clone());
            }
        });
    }
    let on_merged = LESSONS.with(|l| l.borrow().on_merged.clone());
    if let Some(f) = on_merged {
        f(merged);
    }
}

/// Merges `remote` into `local` against this tab's base, and makes `remote` the new base.
fn merge_lessons(local: &[Pack], remote: Vec<Pack>) -> Vec<Pack> {
    let base = LESSONS.with(|l| l.borrow().synced.clone());
    if base == remote {
        return local.to_vec();
    }
    let (merged, _) =
        planner_domain::sync::merge_packs(&base, local, &remote, |id| format!("{id}-other-tab"));
    LESSONS.with(|l| l.borrow_mut().synced = remote);
    merged
}

/// Saves the lessons: written in the background, one write at a time (the newest waits for
/// the one under way), merged with another tab's save first, and read back after. The
/// result goes to [`on_lessons_saved`]. Without IndexedDB they are kept in memory only.
pub fn save_lessons(packs: Vec<Pack>) {
    let start = LESSONS.with(|l| {
        let mut l = l.borrow_mut();
        if l.db.is_none()
            || matches!(
                l.problem,
                Some(Problem::Newer | Problem::CorruptNotBackedUp)
            )
        {
            let problem = l.problem.unwrap_or(Problem::Unavailable);
            l.current = packs;
            return Err(problem);
        }
        l.current = packs.clone();
        l.pending = Some(packs);
        Ok(!std::mem::replace(&mut l.writing, true))
    });
    match start {
        Ok(true) => leptos::task::spawn_local(write_lessons()),
        Ok(false) => {}
        Err(problem) => report(Err(problem)),
    }
}

fn report(result: Result<(), Problem>) {
    let on_saved = LESSONS.with(|l| {
        let mut l = l.borrow_mut();
        if !matches!(
            l.problem,
            Some(Problem::Newer | Problem::CorruptNotBackedUp)
        ) {
            l.problem = result.err();
        }
        l.on_saved.clone()
    });
    if let Some(f) = on_saved {
        f(result);
    }
}

async fn write_lessons() {
    let Some(db) = LESSONS.with(|l| l.borrow().db.clone()) else {
        return;
    };
    while let Some(mut packs) = LESSONS.with(|l| l.borrow_mut().pending.take()) {
        // Another tab may have saved since this one last read or wrote.
        if let Ok(Some(raw)) = get(&db, LESSONS_KEY).await {
            if let Ok(remote) = LessonsDoc::load(&raw) {
                let merged = merge_lessons(&packs, remote.packs);
                if merged != packs {
                    packs = merged;
                    LESSONS.with(|l| {
                        let mut l = l.borrow_mut();
                        if l.pending.is_none() {
                            l.current = packs.clone();
                        }
                    });
                    let on_merged = LESSONS.with(|l| l.borrow().on_merged.clone());
                    if let Some(f) = on_merged {
                        f(packs.clone());
                    }
                }
            }
        }
        let json = LessonsDoc::new(packs.clone()).to_json();
        let result = match put(&db, LESSONS_KEY, &json).await {
            Err(_) => Err(Problem::SaveFailed),
            Ok(()) => match get(&db, LESSONS_KEY).await {
                Ok(Some(kept)) if kept == json => Ok(()),
                _ => Err(Problem::NotKept),
            },
        };
        // On failure this tab's lessons stay in `current`, for the next save and a backup.
        if result.is_ok() {
            LESSONS.with(|l| {
                let l = &mut *l.borrow_mut();
                l.synced = packs;
                if let Some(channel) = &l.channel {
                    let _ = channel.post_message(&JsValue::from_str("saved"));
                }
            });
        }
        report(result);
    }
    LESSONS.with(|l| l.borrow_mut().writing = false);
}
