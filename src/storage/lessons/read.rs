//! Reading the lessons when the app starts: the index and its records, an earlier release's
//! forms (a localStorage copy, a whole document) moved to the current one, and a damaged
//! document or record kept as a copy.

use super::super::idb::{delete, get, get_many, put};
use super::super::{local_storage, Problem, BACKUP_PREFIX};
use super::{next_stamp, write_save, LESSONS_KEY};
use planner_domain::curriculum::pack::Pack;
use planner_domain::lesson_records::{self, Index, IndexRead, Snapshot};
use planner_domain::store::LoadError;
use web_sys::IdbDatabase;

/// What reading the lessons found.
#[derive(Default)]
pub(super) struct Read {
    /// The lessons to work with.
    pub(super) packs: Vec<Pack>,
    /// What is stored, as far as it was read.
    pub(super) synced: Snapshot,
    /// The stored index record's text.
    pub(super) index: Option<String>,
    pub(super) problem: Option<Problem>,
}

impl Read {
    pub(super) fn problem(problem: Problem) -> Read {
        Read {
            problem: Some(problem),
            ..Read::default()
        }
    }
}

/// Reads the lessons at start-up, moving an earlier release's localStorage copy here first.
pub(super) async fn read_lessons(db: &IdbDatabase, now: i64) -> Read {
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
