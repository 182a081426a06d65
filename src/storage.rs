//! The one place that touches browser storage.
//!
//! gloo-storage panics when localStorage is unavailable (disabled, some private modes), and a
//! panic aborts the whole app, so every access first checks availability through web-sys and
//! degrades to "nothing stored" instead. Plans are stored as one versioned document
//! (`planner_domain::store`); anything unreadable is kept as a backup, never overwritten.
//! Every save is read back, and a save the browser did not keep is reported at once.
//!
//! The preventionist's lessons live in IndexedDB, not localStorage: Chromium gives an origin
//! about five million characters of localStorage, and a bilingual lesson of the library's
//! length is about 47,000 (docs/performance.md), so 200 of them cannot fit. Plans and
//! settings stay in localStorage (small, read synchronously at start-up, and its `storage`
//! event carries two-tab merges); lessons get the same protections in IndexedDB: a damaged
//! document kept as a copy, a newer one never overwritten, saves read back, two tabs merged
//! (a `BroadcastChannel` tells the other tabs), and no IndexedDB meaning "kept in memory".

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use planner_domain::backup::{BackupState, LessonsDoc, Settings};
use planner_domain::curriculum::pack::Pack;
use planner_domain::order;
use planner_domain::plan::Plan;
use planner_domain::store::{self, LoadError, Stored};
use planner_domain::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

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
/// Key of the lessons document: its IndexedDB record, and the localStorage key it had before
/// (migrated on start).
const LESSONS_KEY: &str = "planner.lessons";
/// Key of when the last backup was made and what changed since (for the reminder).
const BACKUP_STATE_KEY: &str = "planner.backup-state";
/// The IndexedDB database and its one store of documents (the record key names each).
const DB_NAME: &str = "planner";
const DB_STORE: &str = "documents";
/// The channel a tab tells the others on when it saved lessons.
const LESSONS_CHANNEL: &str = "planner.lessons";

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

/// Asks the browser to keep this site's storage when space runs low; `Some(true)` if granted.
pub async fn request_persistence() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let promise = manager.persist().ok()?;
    let granted = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    granted.as_bool()
}

/// The file chosen in a file input's change event, the input cleared so that choosing the
/// same file again fires another change. Every import (plans, lesson packs, backups) reads
/// its file through this and [`file_text`].
pub fn picked_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0))?;
    input.set_value("");
    Some(file)
}

/// A chosen file's text, or `None` when the browser cannot read it as text.
pub async fn file_text(file: web_sys::File) -> Option<String> {
    JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string())
}

/// Offers `text` to the user as a downloaded file.
pub fn download(file_name: &str, text: &str, mime: &str) {
    download_parts(
        file_name,
        &js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text)),
        mime,
    );
}

/// Offers `parts` (texts or byte arrays, such as a Word file) as a file download.
pub fn download_parts(file_name: &str, parts: &js_sys::Array, mime: &str) {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options) else {
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

/// Everything the app stores besides plans and lessons, for a backup.
pub fn settings() -> Settings {
    let mut settings = Settings {
        lang: load_lang(),
        intro_hidden: intro_hidden(),
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
