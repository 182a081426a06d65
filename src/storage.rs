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

use planner_domain::curriculum::pack::Pack;
use planner_domain::lesson_records::{self, Index, IndexRead, Save, Snapshot};
use planner_domain::order;
use planner_domain::store::LoadError;
use std::cell::RefCell;
use std::collections::BTreeMap;
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
pub use plans::{
    backups, load_plans, on_plans_changed_elsewhere, save_plans, stored_plans, tell_this_page,
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

impl Problem {
    const ALL: [Problem; 6] = [
        Problem::Unavailable,
        Problem::SaveFailed,
        Problem::Corrupt,
        Problem::CorruptNotBackedUp,
        Problem::Newer,
        Problem::NotKept,
    ];

    /// A name for the problem, to hand it from the second module to the shell (`crate::screens`).
    pub fn code(self) -> &'static str {
        match self {
            Problem::Unavailable => "unavailable",
            Problem::SaveFailed => "save-failed",
            Problem::Corrupt => "corrupt",
            Problem::CorruptNotBackedUp => "corrupt-not-backed-up",
            Problem::Newer => "newer",
            Problem::NotKept => "not-kept",
        }
    }

    /// The problem named `code` (see [`Problem::code`]).
    pub fn from_code(code: &str) -> Option<Problem> {
        Problem::ALL.into_iter().find(|p| p.code() == code)
    }
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
    /// What this tab last read or saved, record by record: the base for the next save (which
    /// writes only what differs) and for merging another tab's save.
    synced: Snapshot,
    /// The index record's text as this tab last read or wrote it: another tab saved when the
    /// stored one differs.
    synced_index: Option<String>,
    /// This tab's lessons: the last handed to [`save_lessons`] (saved or not), or as read.
    current: Vec<Pack>,
    problem: Option<Problem>,
    /// The newest packs waiting to be written while a write is under way.
    pending: Option<Vec<Pack>>,
    writing: bool,
    /// This tab's part of the stamps it writes, and how many saves it made.
    tab: String,
    saves: u64,
    channel: Option<web_sys::BroadcastChannel>,
    on_saved: Option<Rc<SaveListener>>,
    /// Told the lessons merged from another tab's save.
    on_merged: Option<Rc<dyn Fn(Vec<Pack>)>>,
}

thread_local! {
    static LESSONS: RefCell<LessonStore> = RefCell::new(LessonStore::default());
}

/// A promise settled by the event `listen` wires to its resolve (success) or reject (error),
/// wired at once, so a request that completes before it is awaited is not missed.
fn settle(listen: impl FnOnce(&js_sys::Function, &js_sys::Function)) -> JsFuture {
    let mut listen = Some(listen);
    let promise = js_sys::Promise::new(&mut |ok, err| {
        if let Some(listen) = listen.take() {
            listen(&ok, &err);
        }
    });
    JsFuture::from(promise)
}

/// A request's result; its handlers are wired when this is called, not when awaited.
fn request(req: IdbRequest) -> impl std::future::Future<Output = Result<JsValue, JsValue>> {
    let done = settle(|ok, err| {
        req.set_onsuccess(Some(ok));
        req.set_onerror(Some(err));
    });
    async move {
        done.await.map_err(|_| {
            req.error()
                .ok()
                .flatten()
                .map(JsValue::from)
                .unwrap_or_default()
        })?;
        req.result()
    }
}

fn committed(tx: &IdbTransaction) -> impl std::future::Future<Output = Result<(), JsValue>> {
    let done = settle(|ok, err| {
        tx.set_oncomplete(Some(ok));
        tx.set_onabort(Some(err));
        tx.set_onerror(Some(err));
    });
    let tx = tx.clone();
    async move {
        done.await
            .map(|_| ())
            .map_err(|_| tx.error().map(JsValue::from).unwrap_or_default())
    }
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
    Ok(get_many(db, &[key.to_string()])
        .await?
        .into_values()
        .next()
        .flatten())
}

/// Reads `keys` in one transaction, every request made before the first is awaited.
async fn get_many(
    db: &IdbDatabase,
    keys: &[String],
) -> Result<BTreeMap<String, Option<String>>, JsValue> {
    let tx = db.transaction_with_str(DB_STORE)?;
    let store = tx.object_store(DB_STORE)?;
    let mut asked = Vec::with_capacity(keys.len());
    for key in keys {
        asked.push((key.clone(), request(store.get(&key.into())?)));
    }
    let mut out = BTreeMap::new();
    for (key, value) in asked {
        out.insert(key, value.await?.as_string());
    }
    Ok(out)
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

/// Writes one save (the index, the changed lessons, the removed ones) in one transaction, so
/// the index never names a record that is not there; then reads back what it wrote.
async fn write_save(db: &IdbDatabase, save: &Save) -> Result<(), Problem> {
    let written = async {
        let tx = db.transaction_with_str_and_mode(DB_STORE, IdbTransactionMode::Readwrite)?;
        let done = committed(&tx);
        let store = tx.object_store(DB_STORE)?;
        for (key, text) in &save.put {
            store.put_with_key(&text.into(), &key.into())?;
        }
        for key in &save.delete {
            store.delete(&key.into())?;
        }
        store.put_with_key(&save.index.as_str().into(), &LESSONS_KEY.into())?;
        done.await
    };
    if written.await.is_err() {
        return Err(Problem::SaveFailed);
    }
    let keys: Vec<String> = std::iter::once(LESSONS_KEY.to_string())
        .chain(save.put.iter().map(|(k, _)| k.clone()))
        .collect();
    let kept = get_many(db, &keys).await.map_err(|_| Problem::NotKept)?;
    let same = kept.get(LESSONS_KEY).and_then(Option::as_deref) == Some(save.index.as_str())
        && save
            .put
            .iter()
            .all(|(k, text)| kept.get(k).and_then(Option::as_deref) == Some(text.as_str()));
    if same {
        Ok(())
    } else {
        Err(Problem::NotKept)
    }
}

/// A stamp no other save (of this tab or another) uses.
fn next_stamp() -> String {
    LESSONS.with(|l| {
        let mut l = l.borrow_mut();
        if l.tab.is_empty() {
            l.tab = format!(
                "{:x}{:06x}",
                js_sys::Date::now() as u64,
                (js_sys::Math::random() * f64::from(0xff_ffff)) as u32
            );
        }
        l.saves += 1;
        format!("{}-{}", l.tab, l.saves)
    })
}

/// Opens the lessons store and reads the lessons, before the app starts (a few
/// milliseconds, while the library's index pack arrives). Lessons an earlier release kept in
/// localStorage move here, and are removed there only once read back from here; a whole
/// lessons document an earlier release kept here is rewritten as one record per lesson. A
/// damaged document or record is kept as a copy under `planner.backup.<now>…`, as plans are.
pub async fn open_lessons(now: i64) {
    let (read, db) = match open_db().await {
        Err(_) => (Read::problem(Problem::Unavailable), None),
        Ok(db) => (read_lessons(&db, now).await, Some(db)),
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
        l.current = read.packs;
        l.synced = read.synced;
        l.synced_index = read.index;
        l.problem = read.problem;
        l.channel = channel;
    });
}

/// What reading the lessons found.
#[derive(Default)]
struct Read {
    /// The lessons to work with.
    packs: Vec<Pack>,
    /// What is stored, as far as it was read.
    synced: Snapshot,
    /// The stored index record's text.
    index: Option<String>,
    problem: Option<Problem>,
}

impl Read {
    fn problem(problem: Problem) -> Read {
        Read {
            problem: Some(problem),
            ..Read::default()
        }
    }
}

async fn read_lessons(db: &IdbDatabase, now: i64) -> Read {
    let Ok(mut raw) = get(db, LESSONS_KEY).await else {
        return Read::problem(Problem::Unavailable);
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
        return Read::default();
    };
    match lesson_records::read_index(&raw) {
        Ok(IndexRead::Document(packs)) => migrate(db, raw, packs).await,
        Ok(IndexRead::Index(index)) => read_records(db, raw, index, now).await,
        Err(LoadError::Newer(_)) => Read::problem(Problem::Newer),
        Err(LoadError::Corrupt(_)) => {
            if put(db, &format!("{BACKUP_PREFIX}{now}"), &raw)
                .await
                .is_ok()
            {
                let _ = delete(db, LESSONS_KEY).await;
                Read::problem(Problem::Corrupt)
            } else {
                Read::problem(Problem::CorruptNotBackedUp)
            }
        }
    }
}

/// Rewrites a whole lessons document as one record per lesson. Until that is written and
/// read back the document stays as it was, and this tab works from it in memory (its next
/// save writes every lesson).
async fn migrate(db: &IdbDatabase, raw: String, packs: Vec<Pack>) -> Read {
    let (snapshot, save) = Snapshot::default().save(&packs, &next_stamp());
    match write_save(db, &save).await {
        Ok(()) => Read {
            packs,
            synced: snapshot,
            index: Some(save.index),
            problem: None,
        },
        Err(problem) => Read {
            packs,
            synced: Snapshot::default(),
            index: Some(raw),
            problem: Some(problem),
        },
    }
}

/// Reads the records an index names. A damaged record is kept as a copy
/// (`planner.backup.<now>.<key>`) and its lesson left out; when the copy cannot be made, the
/// record stays and saving pauses.
async fn read_records(db: &IdbDatabase, raw: String, index: Index, now: i64) -> Read {
    let none = Snapshot::default();
    let Ok(records) = get_many(db, &none.to_read(&index)).await else {
        return Read::problem(Problem::Unavailable);
    };
    let (snapshot, damaged) = match none.with_index(index, &records) {
        Ok(read) => read,
        Err(_) => return Read::problem(Problem::Newer),
    };
    let mut problem = None;
    for key in damaged {
        let Some(Some(text)) = records.get(&key) else {
            // Named by the index but not there: nothing to keep.
            problem = problem.or(Some(Problem::Corrupt));
            continue;
        };
        if put(db, &format!("{BACKUP_PREFIX}{now}.{key}"), text)
            .await
            .is_ok()
        {
            let _ = delete(db, &key).await;
            problem = problem.or(Some(Problem::Corrupt));
        } else {
            problem = Some(Problem::CorruptNotBackedUp);
        }
    }
    Read {
        packs: snapshot.packs(),
        // With a record left out, the stored index is not this one: the next save writes it.
        index: problem.is_none().then_some(raw),
        synced: snapshot,
        problem,
    }
}

/// The lessons as last read or saved, and the problem reading them, if any.
pub fn load_lessons() -> (Vec<Pack>, Option<Problem>) {
    LESSONS.with(|l| {
        let l = l.borrow();
        (l.current.clone(), l.problem)
    })
}

/// The raw text of every copy kept of an unreadable lessons document or lesson record,
/// newest first.
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
    let Ok(texts) = get_many(&db, &keys).await else {
        return Vec::new();
    };
    let mut out: Vec<(String, String)> = texts
        .into_iter()
        .filter_map(|(k, v)| Some((k, v?)))
        .collect();
    order::sort_by(&mut out, |a, b| b.0.cmp(&a.0));
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

/// What another tab stored since this one last read or wrote, if anything: the packs and
/// what is stored as a snapshot (records this tab already holds are not read again).
/// `Err` when what is stored must not be written over (a newer release's).
async fn stored_elsewhere(db: &IdbDatabase) -> Result<Option<(Vec<Pack>, Snapshot)>, Problem> {
    let Ok(Some(raw)) = get(db, LESSONS_KEY).await else {
        return Ok(None);
    };
    if LESSONS.with(|l| l.borrow().synced_index.as_deref() == Some(raw.as_str())) {
        return Ok(None);
    }
    let synced = LESSONS.with(|l| l.borrow().synced.clone());
    match lesson_records::read_index(&raw) {
        Ok(IndexRead::Index(index)) => {
            let Ok(records) = get_many(db, &synced.to_read(&index)).await else {
                return Ok(None);
            };
            match synced.with_index(index, &records) {
                Ok((snapshot, _)) => {
                    LESSONS.with(|l| l.borrow_mut().synced_index = Some(raw));
                    Ok(Some((snapshot.packs(), snapshot)))
                }
                Err(_) => Err(Problem::Newer),
            }
        }
        // Another tab of an earlier release wrote the whole document: every lesson is written
        // again over it.
        Ok(IndexRead::Document(packs)) => Ok(Some((packs, Snapshot::default()))),
        Err(LoadError::Newer(_)) => Err(Problem::Newer),
        Err(LoadError::Corrupt(_)) => Ok(None),
    }
}

/// Reads what another tab saved and merges it with this tab's lessons.
async fn take_other_tab() {
    let Some(db) = LESSONS.with(|l| l.borrow().db.clone()) else {
        return;
    };
    let Ok(Some((remote, stored))) = stored_elsewhere(&db).await else {
        return;
    };
    let (local, _) = load_lessons();
    let merged = merge_lessons(&local, remote, stored);
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

/// Merges `remote` into `local` against this tab's base, and makes what is stored (`stored`,
/// holding `remote`) the new base.
fn merge_lessons(local: &[Pack], remote: Vec<Pack>, stored: Snapshot) -> Vec<Pack> {
    let base = LESSONS.with(|l| l.borrow().synced.packs());
    LESSONS.with(|l| l.borrow_mut().synced = stored);
    if base == remote {
        return local.to_vec();
    }
    let (merged, _) =
        planner_domain::sync::merge_packs(&base, local, &remote, |id| format!("{id}-other-tab"));
    merged
}

/// Saves the lessons: written in the background, one write at a time (the newest waits for
/// the one under way), merged with another tab's save first, and read back after. Only the
/// lessons that changed since the last save are written. The result goes to
/// [`on_lessons_saved`]. Without IndexedDB they are kept in memory only.
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
        match stored_elsewhere(&db).await {
            Err(problem) => {
                report(Err(problem));
                continue;
            }
            Ok(Some((remote, stored))) => {
                let merged = merge_lessons(&packs, remote, stored);
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
            Ok(None) => {}
        }
        let stamp = next_stamp();
        let (next, save) = LESSONS.with(|l| l.borrow().synced.save(&packs, &stamp));
        let result = write_save(&db, &save).await;
        // On failure this tab's lessons stay in `current`, for the next save and a backup.
        if result.is_ok() {
            LESSONS.with(|l| {
                let l = &mut *l.borrow_mut();
                l.synced = next;
                l.synced_index = Some(save.index);
                if let Some(channel) = &l.channel {
                    let _ = channel.post_message(&JsValue::from_str("saved"));
                }
            });
        }
        report(result);
    }
    LESSONS.with(|l| l.borrow_mut().writing = false);
}
