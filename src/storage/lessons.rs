//! The preventionist's lessons in IndexedDB: one record per lesson and an index record,
//! written in the background one save at a time and read back. Reading them at start-up is in
//! `lessons/read.rs`, merging another tab's saves in `lessons/tabs.rs`.

mod read;
mod tabs;

use super::idb::{self, committed, get_many, open_db, DB_STORE};
use super::{Problem, BACKUP_PREFIX};
use planner_domain::curriculum::pack::Pack;
use planner_domain::lesson_records::{Save, Snapshot};
use planner_domain::order;
use read::{read_lessons, Read};
use std::cell::RefCell;
use std::rc::Rc;
use tabs::{merge_lessons, other_tab_saved, stored_elsewhere};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{IdbDatabase, IdbTransactionMode};

/// Key of the lessons document: its IndexedDB record, and the localStorage key it had before
/// (migrated on start).
const LESSONS_KEY: &str = "planner.lessons";
/// The channel a tab tells the others on when it saved lessons.
const LESSONS_CHANNEL: &str = "planner.lessons";

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
    /// Another tab said it saved: what it stored is read before anything else is written.
    other_tab: bool,
    /// Whether [`work`] is running (it takes `pending` and `other_tab` in turn).
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
            |_: web_sys::MessageEvent| other_tab_saved(),
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
    let keys: Vec<String> = match idb::keys(&db).await {
        Ok(keys) => keys
            .into_iter()
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
        Ok(true) => leptos::task::spawn_local(work()),
        Ok(false) => {}
        Err(problem) => report(Err(problem)),
    }
}

/// Records a save's result (a newer or unbacked-up document keeps saving paused) and tells
/// the listener.
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

/// Marks `<html data-lessons-writing="yes">` while [`work`] runs, so the end-to-end tests reload
/// only once the lessons are written (the browser aborts a write the page leaves).
fn mark_writing(writing: bool) {
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = root.set_attribute("data-lessons-writing", if writing { "yes" } else { "no" });
    }
}

/// The one task that reads and writes the lessons, so a save and another tab's save are
/// never merged against two different bases at once (which could drop a lesson). It runs
/// until no save waits and no other tab has said it saved: each round first takes in what
/// another tab stored, merged into this tab's newest lessons in one step, then writes them
/// when a save was asked for.
async fn work() {
    mark_writing(true);
    let Some(db) = LESSONS.with(|l| l.borrow().db.clone()) else {
        LESSONS.with(|l| l.borrow_mut().writing = false);
        return mark_writing(false);
    };
    loop {
        let more = LESSONS.with(|l| {
            let mut l = l.borrow_mut();
            let more = l.pending.is_some() || std::mem::take(&mut l.other_tab);
            l.writing = more;
            more
        });
        if !more {
            return mark_writing(false);
        }
        let elsewhere = stored_elsewhere(&db).await;
        // From here to the write, nothing is awaited: the lessons merged are this tab's
        // newest, and the base they are merged against is the one they are written over.
        let (save, merged) = LESSONS.with(|l| {
            let l = &mut *l.borrow_mut();
            let pending = l.pending.take();
            let saving = pending.is_some();
            let local = pending.unwrap_or_else(|| l.current.clone());
            let remote = match elsewhere {
                Err(problem) => return (saving.then_some(Err(problem)), None),
                Ok(remote) => remote,
            };
            let packs = match remote {
                Some((remote, stored)) => merge_lessons(l, &local, remote, stored),
                None => local.clone(),
            };
            l.current = packs.clone();
            let merged = (packs != local).then(|| packs.clone());
            (saving.then_some(Ok(packs)), merged)
        });
        if let Some(packs) = merged {
            let on_merged = LESSONS.with(|l| l.borrow().on_merged.clone());
            if let Some(f) = on_merged {
                f(packs);
            }
        }
        match save {
            None => {}
            Some(Err(problem)) => report(Err(problem)),
            Some(Ok(packs)) => {
                let result = write(&db, &packs).await;
                report(result);
            }
        }
    }
}

/// Writes `packs` over what this tab last read or wrote and, once kept, tells the other tabs.
/// On failure this tab's lessons stay in `current`, for the next save and a backup.
async fn write(db: &IdbDatabase, packs: &[Pack]) -> Result<(), Problem> {
    let stamp = next_stamp();
    let (next, save) = LESSONS.with(|l| l.borrow().synced.save(packs, &stamp));
    write_save(db, &save).await?;
    LESSONS.with(|l| {
        let l = &mut *l.borrow_mut();
        l.synced = next;
        l.synced_index = Some(save.index);
        if let Some(channel) = &l.channel {
            let _ = channel.post_message(&JsValue::from_str("saved"));
        }
    });
    Ok(())
}
