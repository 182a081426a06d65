//! The preventionist's lessons as storage keeps them: one record per lesson, and one small
//! index record (`planner.lessons`) naming the packs and, in order, the records of their
//! lessons with the stamp of the save that last wrote each.
//!
//! Written as one document, every save cost every lesson (docs/performance.md); with a
//! record each, a save writes the index and the lessons that changed, and a tab that hears of
//! another tab's save reads only the records whose stamp it has not seen. Storage
//! (`src/storage.rs`) does the reading and writing; what to write and how to read it back
//! into packs is decided here.
//!
//! The lessons document of earlier releases (`{"schema":1,"packs":[…]}`, [`LessonsDoc`]) is
//! read by [`read_index`] as [`IndexRead::Document`], to be written in this layout.

use crate::backup::LessonsDoc;
use crate::curriculum::pack::Pack;
use crate::curriculum::Lesson;
use crate::store::{schema_head, LoadError};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The version of the index and of the lesson records this code writes.
pub const SCHEMA: u32 = 2;
/// The start of every lesson record's key.
pub const RECORD_PREFIX: &str = "planner.lesson.";

/// The index record: the packs without their lessons, and where their lessons are.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub schema: u32,
    pub packs: Vec<PackEntry>,
}

impl Index {
    /// Every lesson record's key and the stamp of the save that wrote it, across the packs.
    fn records(&self) -> impl Iterator<Item = &(String, String)> {
        self.packs.iter().flat_map(|p| &p.lessons)
    }

    /// Each record's stamp by its key.
    fn stamps(&self) -> BTreeMap<&str, &str> {
        self.records()
            .map(|(k, s)| (k.as_str(), s.as_str()))
            .collect()
    }
}

/// One pack in the index.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackEntry {
    /// The pack, its `lessons` left empty.
    pub pack: Pack,
    /// Its lessons' records in order: the record's key and the stamp of the save that wrote it.
    pub lessons: Vec<(String, String)>,
}

/// One lesson record.
#[derive(Serialize, Deserialize)]
struct Record {
    schema: u32,
    lesson: Lesson,
}

/// What the index record holds.
#[derive(Clone, Debug, PartialEq)]
pub enum IndexRead {
    /// An index in this layout.
    Index(Index),
    /// A whole lessons document, as earlier releases stored it: to be written as records.
    Document(Vec<Pack>),
}

/// Reads the index record, or the whole document an earlier release kept under the same key.
/// A newer schema is [`LoadError::Newer`] (never overwritten); anything else unreadable is
/// [`LoadError::Corrupt`].
pub fn read_index(text: &str) -> Result<IndexRead, LoadError> {
    match schema_head(text, SCHEMA)? {
        Some(2) => serde_json::from_str(text)
            .map(IndexRead::Index)
            .map_err(|e| LoadError::Corrupt(e.to_string())),
        _ => LessonsDoc::load(text).map(|doc| IndexRead::Document(doc.packs)),
    }
}

/// Reads one lesson record.
pub fn read_record(text: &str) -> Result<Lesson, LoadError> {
    match schema_head(text, SCHEMA)? {
        Some(2) => serde_json::from_str::<Record>(text)
            .map(|r| r.lesson)
            .map_err(|e| LoadError::Corrupt(e.to_string())),
        _ => Err(LoadError::Corrupt("no schema version".into())),
    }
}

fn record_json(lesson: &Lesson) -> String {
    #[derive(Serialize)]
    struct Out<'a> {
        schema: u32,
        lesson: &'a Lesson,
    }
    serde_json::to_string(&Out {
        schema: SCHEMA,
        lesson,
    })
    .expect("lessons serialise")
}

/// The lessons as stored: the index and each record's lesson, as this tab last read or wrote
/// them (the base for the next save and for merging another tab's).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    pub index: Index,
    pub lessons: BTreeMap<String, Lesson>,
}

/// The writes of one save, to be made in one transaction and then read back.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Save {
    /// The index record's new text.
    pub index: String,
    /// The lesson records to write: key and text.
    pub put: Vec<(String, String)>,
    /// The lesson records no lesson uses any more.
    pub delete: Vec<String>,
}

/// The key of lesson `id`'s record (its `n`th use of that id, counting from 0, for packs that
/// hold one id twice).
fn record_key(id: &str, n: usize) -> String {
    if n == 0 {
        format!("{RECORD_PREFIX}{id}")
    } else {
        format!("{RECORD_PREFIX}{id}#{n}")
    }
}

impl Snapshot {
    /// The packs, with their lessons, in the index's order (a record not read is left out).
    pub fn packs(&self) -> Vec<Pack> {
        self.index
            .packs
            .iter()
            .map(|entry| {
                let mut pack = entry.pack.clone();
                pack.lessons = entry
                    .lessons
                    .iter()
                    .filter_map(|(key, _)| self.lessons.get(key).cloned())
                    .collect();
                pack
            })
            .collect()
    }

    /// What saving `packs` over this snapshot writes, and the snapshot once written: the
    /// index, the lessons that are new or changed (stamped `stamp`), and the deletion of
    /// records no lesson uses any more. Unchanged lessons keep their stamps and are not written.
    pub fn save(&self, packs: &[Pack], stamp: &str) -> (Snapshot, Save) {
        let mut next = Snapshot {
            index: Index {
                schema: SCHEMA,
                packs: Vec::new(),
            },
            lessons: BTreeMap::new(),
        };
        let mut save = Save::default();
        let stamps = self.index.stamps();
        let mut uses: BTreeMap<&str, usize> = BTreeMap::new();
        for pack in packs {
            let mut entry = PackEntry {
                pack: Pack {
                    lessons: Vec::new(),
                    ..pack.clone()
                },
                lessons: Vec::new(),
            };
            for lesson in &pack.lessons {
                let n = uses.entry(lesson.id.as_str()).or_default();
                let key = record_key(&lesson.id, *n);
                *n += 1;
                let kept = match (self.lessons.get(&key), stamps.get(key.as_str())) {
                    (Some(before), Some(s)) if before == lesson => Some((*s).to_string()),
                    _ => None,
                };
                let stamp = kept.unwrap_or_else(|| {
                    save.put.push((key.clone(), record_json(lesson)));
                    stamp.to_string()
                });
                entry.lessons.push((key.clone(), stamp));
                next.lessons.insert(key, lesson.clone());
            }
            next.index.packs.push(entry);
        }
        save.delete = stamps
            .keys()
            .filter(|k| !next.lessons.contains_key(**k))
            .map(|k| k.to_string())
            .collect();
        save.index = serde_json::to_string(&next.index).expect("the index serialises");
        (next, save)
    }

    /// The records of `index` this snapshot does not hold as they are there (new keys, or
    /// another stamp): the ones to read.
    pub fn to_read(&self, index: &Index) -> Vec<String> {
        let known = self.index.stamps();
        let mut out = BTreeSet::new();
        for (key, stamp) in index.records() {
            if known.get(key.as_str()) != Some(&stamp.as_str()) || !self.lessons.contains_key(key) {
                out.insert(key.clone());
            }
        }
        out.into_iter().collect()
    }

    /// The snapshot `index` describes, its lessons taken from this one where the stamps match
    /// and from `read` (the raw records of [`Snapshot::to_read`]; `None` where there was no
    /// record) otherwise. A record from a newer release is [`LoadError::Newer`]; the keys of
    /// damaged or missing records come back beside the snapshot, their lessons left out of it.
    pub fn with_index(
        &self,
        index: Index,
        read: &BTreeMap<String, Option<String>>,
    ) -> Result<(Snapshot, Vec<String>), LoadError> {
        let mut lessons = BTreeMap::new();
        let mut damaged = Vec::new();
        let known = self.index.stamps();
        for (key, stamp) in index.records() {
            let here = self
                .lessons
                .get(key)
                .filter(|_| known.get(key.as_str()) == Some(&stamp.as_str()));
            if let Some(lesson) = here {
                lessons.insert(key.clone(), lesson.clone());
                continue;
            }
            match read.get(key).and_then(Option::as_deref).map(read_record) {
                Some(Ok(lesson)) => {
                    lessons.insert(key.clone(), lesson);
                }
                Some(Err(LoadError::Newer(v))) => return Err(LoadError::Newer(v)),
                Some(Err(LoadError::Corrupt(_))) | None => damaged.push(key.clone()),
            }
        }
        // A damaged record's lesson is gone from the index too, so the next save does not
        // point at it.
        let mut index = index;
        for entry in &mut index.packs {
            entry.lessons.retain(|(k, _)| lessons.contains_key(k));
        }
        Ok((Snapshot { index, lessons }, damaged))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pack(ids: &[&str]) -> Pack {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/lessons-v1.json"
        ))
        .unwrap();
        let IndexRead::Document(packs) = read_index(&text).unwrap() else {
            panic!("the fixture is a whole document");
        };
        let lesson = packs[0].lessons[0].clone();
        let mut pack = packs[0].clone();
        pack.lessons = ids
            .iter()
            .map(|id| Lesson {
                id: (*id).to_string(),
                ..lesson.clone()
            })
            .collect();
        pack
    }

    /// Writes `save` into `db` as storage would.
    fn apply(db: &mut BTreeMap<String, String>, save: &Save) {
        db.insert("planner.lessons".into(), save.index.clone());
        for (k, v) in &save.put {
            db.insert(k.clone(), v.clone());
        }
        for k in &save.delete {
            db.remove(k);
        }
    }

    /// Reads `db` from nothing known, as a tab starting would.
    fn read(db: &BTreeMap<String, String>) -> (Snapshot, Vec<String>) {
        let IndexRead::Index(index) = read_index(&db["planner.lessons"]).unwrap() else {
            panic!("an index");
        };
        let none = Snapshot::default();
        let raw = none
            .to_read(&index)
            .into_iter()
            .map(|k| {
                let v = db.get(&k).cloned();
                (k, v)
            })
            .collect();
        none.with_index(index, &raw).unwrap()
    }

    #[test]
    fn a_save_writes_only_what_changed_and_reads_back_whole() {
        let mut db = BTreeMap::new();
        let packs = vec![pack(&["a", "b", "c"])];
        let (s1, save) = Snapshot::default().save(&packs, "t1");
        assert_eq!(save.put.len(), 3);
        apply(&mut db, &save);
        assert_eq!(read(&db).0.packs(), packs);

        let mut changed = packs.clone();
        changed[0].lessons[1].title.en = "Changed".into();
        changed[0].lessons.remove(2);
        let (s2, save) = s1.save(&changed, "t2");
        let keys: Vec<&str> = save.put.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["planner.lesson.b"]);
        assert_eq!(save.delete, ["planner.lesson.c"]);
        apply(&mut db, &save);
        assert_eq!(read(&db).0, s2);
        assert_eq!(s2.packs(), changed);
        assert!(!db.contains_key("planner.lesson.c"));

        // Nothing changed: only the index is written.
        let (_, save) = s2.save(&changed, "t3");
        assert!(save.put.is_empty() && save.delete.is_empty());
    }

    #[test]
    fn an_id_used_twice_gets_two_records() {
        let packs = vec![pack(&["a"]), pack(&["a"])];
        let (s, save) = Snapshot::default().save(&packs, "t1");
        assert_eq!(save.put.len(), 2);
        assert_eq!(s.packs(), packs);
    }

    #[test]
    fn another_tab_s_save_is_read_by_the_records_it_wrote() {
        let mut db = BTreeMap::new();
        let packs = vec![pack(&["a", "b"])];
        let (mine, save) = Snapshot::default().save(&packs, "t1");
        apply(&mut db, &save);
        let (theirs, _) = read(&db);
        let mut edited = packs.clone();
        edited[0].lessons[0].title.en = "Theirs".into();
        let (_, save) = theirs.save(&edited, "other-1");
        apply(&mut db, &save);
        let IndexRead::Index(index) = read_index(&db["planner.lessons"]).unwrap() else {
            panic!("an index");
        };
        assert_eq!(mine.to_read(&index), ["planner.lesson.a"]);
        let raw = [(
            "planner.lesson.a".to_string(),
            db.get("planner.lesson.a").cloned(),
        )]
        .into();
        let (now, damaged) = mine.with_index(index, &raw).unwrap();
        assert!(damaged.is_empty());
        assert_eq!(now.packs(), edited);
    }

    #[test]
    fn a_damaged_record_is_named_and_left_out_and_a_newer_one_stops_the_read() {
        let mut db = BTreeMap::new();
        let (_, save) = Snapshot::default().save(&[pack(&["a", "b"])], "t1");
        apply(&mut db, &save);
        db.insert(
            "planner.lesson.a".into(),
            "{\"schema\":2,\"lesson\":{".into(),
        );
        let (s, damaged) = read(&db);
        assert_eq!(damaged, ["planner.lesson.a"]);
        let ids: Vec<String> = s.packs()[0].lessons.iter().map(|l| l.id.clone()).collect();
        assert_eq!(ids, ["b"]);
        assert_eq!(s.index.packs[0].lessons.len(), 1);

        db.insert(
            "planner.lesson.a".into(),
            "{\"schema\":3,\"lesson\":{}}".into(),
        );
        let IndexRead::Index(index) = read_index(&db["planner.lessons"]).unwrap() else {
            panic!("an index");
        };
        let raw = [(
            "planner.lesson.a".to_string(),
            db.get("planner.lesson.a").cloned(),
        )]
        .into();
        assert_eq!(
            Snapshot::default().with_index(index, &raw),
            Err(LoadError::Newer(3))
        );
        assert_eq!(
            read_index("{\"schema\":3,\"packs\":[]}"),
            Err(LoadError::Newer(3))
        );
        assert!(matches!(
            read_index("{\"schema\":2,\"packs\":[{"),
            Err(LoadError::Corrupt(_))
        ));
    }

    #[test]
    fn the_whole_document_of_earlier_releases_migrates_to_records() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/lessons-v1.json"
        ))
        .unwrap();
        let IndexRead::Document(packs) = read_index(&text).unwrap() else {
            panic!("the fixture is a whole document");
        };
        assert!(!packs.is_empty() && !packs[0].lessons.is_empty());
        let mut db = BTreeMap::new();
        let (s, save) = Snapshot::default().save(&packs, "t1");
        apply(&mut db, &save);
        let (read_back, damaged) = read(&db);
        assert!(damaged.is_empty());
        assert_eq!(read_back, s);
        assert_eq!(read_back.packs(), packs);
        assert_eq!(
            db.len(),
            1 + packs.iter().map(|p| p.lessons.len()).sum::<usize>()
        );
    }
}
