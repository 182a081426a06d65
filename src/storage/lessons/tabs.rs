//! Two tabs: what another tab saved is read and merged with this tab's lessons, when it says
//! so (a `BroadcastChannel` message) and before each save, by the lessons' one task.

use super::super::idb::{get, get_many};
use super::super::Problem;
use super::{work, LessonStore, LESSONS, LESSONS_KEY};
use planner_domain::curriculum::pack::Pack;
use planner_domain::lesson_records::{self, IndexRead, Snapshot};
use planner_domain::store::LoadError;
use web_sys::IdbDatabase;

/// What another tab stored since this one last read or wrote, if anything: the packs and
/// what is stored as a snapshot (records this tab already holds are not read again).
/// `Err` when what is stored must not be written over (a newer release's).
pub(super) async fn stored_elsewhere(
    db: &IdbDatabase,
) -> Result<Option<(Vec<Pack>, Snapshot)>, Problem> {
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

/// Another tab said it saved: what it stored is read and merged by the lessons' one task
/// ([`work`]), started if it is not running.
pub(super) fn other_tab_saved() {
    let start = LESSONS.with(|l| {
        let mut l = l.borrow_mut();
        l.other_tab = true;
        l.db.is_some() && !std::mem::replace(&mut l.writing, true)
    });
    if start {
        leptos::task::spawn_local(work());
    }
}

/// Merges `remote` into `local` against this tab's base, and makes what is stored (`stored`,
/// holding `remote`) the new base.
pub(super) fn merge_lessons(
    l: &mut LessonStore,
    local: &[Pack],
    remote: Vec<Pack>,
    stored: Snapshot,
) -> Vec<Pack> {
    let base = std::mem::replace(&mut l.synced, stored).packs();
    if base == remote {
        return local.to_vec();
    }
    let (merged, _) =
        planner_domain::sync::merge_packs(&base, local, &remote, |id| format!("{id}-other-tab"));
    merged
}
