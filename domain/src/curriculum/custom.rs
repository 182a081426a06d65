//! The preventionist's own lessons: those written or adapted in the app, and those imported
//! from a coalition's pack, kept beside the built-in library.
//!
//! They are stored as lesson packs (the one format, [`Pack`]) in one document,
//! `{"schema": 1, "packs": [Pack, …]}`. The first pack is always "Your lessons" (written or
//! adapted here); each imported pack keeps its own name, which the library shows on its
//! lessons. Ids never clash with a built-in lesson or with each other: [`unique_id`].

use super::library::Library;
use super::model::{Audience, Lesson};
use super::pack::{self, Pack};
use crate::lang::{Lang, Text};
use crate::plan::Plan;
use crate::search::fold;
use crate::store::LoadError;
use serde::{Deserialize, Serialize};

/// The current version of the stored document.
pub const SCHEMA: u32 = 1;

/// Every lesson the preventionist has beside the built-in library, pack by pack.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomLessons {
    pub schema: u32,
    /// "Your lessons" first, then imported packs in the order they were added.
    pub packs: Vec<Pack>,
}

impl Default for CustomLessons {
    fn default() -> Self {
        CustomLessons {
            schema: SCHEMA,
            packs: vec![own_pack()],
        }
    }
}

/// The pack lessons written or adapted in the app go in.
fn own_pack() -> Pack {
    Pack {
        format: pack::FORMAT.into(),
        version: pack::VERSION,
        name: Text {
            en: "Your lessons".into(),
            es: "Tus lecciones".into(),
        },
        languages: Lang::ALL.to_vec(),
        contents: pack::Contents::Full,
        vocabulary: None,
        lessons: Vec::new(),
        packet: None,
    }
}

/// The versions in a stored document, read before the rest.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    schema: Option<u64>,
    #[serde(default)]
    packs: Option<Vec<PackHeader>>,
}

#[derive(Deserialize)]
struct PackHeader {
    #[serde(default)]
    version: Option<u64>,
}

/// Where a lesson came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin<'a> {
    /// Written or adapted in the app ("Your lesson").
    Own,
    /// Imported with the pack of this name.
    Pack(&'a Text),
}

impl CustomLessons {
    /// Reads the stored document. Anything unreadable is [`LoadError::Corrupt`] (the caller
    /// keeps the raw text as a backup); a document or pack of a newer release is
    /// [`LoadError::Newer`], never to be overwritten.
    pub fn from_json(text: &str) -> Result<CustomLessons, LoadError> {
        let corrupt = |e: serde_json::Error| LoadError::Corrupt(e.to_string());
        // The versions first, so a newer document is never taken for a broken one; then the
        // whole document straight from the text (one deserializer for packs in the wasm).
        let header: Header = serde_json::from_str(text).map_err(corrupt)?;
        let schema = header
            .schema
            .ok_or_else(|| LoadError::Corrupt("no schema version".into()))?;
        let newer = |v: u64| LoadError::Newer(u32::try_from(v).unwrap_or(u32::MAX));
        if schema > u64::from(SCHEMA) {
            return Err(newer(schema));
        }
        let packs = header
            .packs
            .ok_or_else(|| LoadError::Corrupt("no list of packs".into()))?;
        if let Some(v) = packs
            .iter()
            .filter_map(|p| p.version)
            .find(|&v| v > u64::from(pack::VERSION))
        {
            return Err(newer(v));
        }
        let out: CustomLessons = serde_json::from_str(text).map_err(corrupt)?;
        Ok(CustomLessons::from_packs(out.packs))
    }

    /// The collection of stored `packs` ("Your lessons" first; added when there are none).
    pub fn from_packs(packs: Vec<Pack>) -> CustomLessons {
        let mut out = CustomLessons {
            schema: SCHEMA,
            packs,
        };
        if out.packs.is_empty() {
            out.packs.push(own_pack());
        }
        out
    }

    /// The compact JSON written to storage.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("packs have only strings, numbers and lists")
    }

    /// Every lesson with the index of its pack (0 is "Your lessons").
    pub fn lessons(&self) -> impl Iterator<Item = (usize, &Lesson)> {
        self.packs
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.lessons.iter().map(move |l| (i, l)))
    }

    /// The lesson with `id`, if the preventionist has one.
    pub fn lesson(&self, id: &str) -> Option<&Lesson> {
        self.lessons().find(|(_, l)| l.id == id).map(|(_, l)| l)
    }

    /// Where the lesson with `id` came from, or `None` for a lesson not held here.
    pub fn origin(&self, id: &str) -> Option<Origin<'_>> {
        let (pack, _) = self.lessons().find(|(_, l)| l.id == id)?;
        Some(if pack == 0 {
            Origin::Own
        } else {
            Origin::Pack(&self.packs[pack].name)
        })
    }

    /// The lessons adapted from the lesson with `id`, to offer in its place in a plan.
    pub fn adapted_copies<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Lesson> + 'a {
        self.lessons()
            .map(|(_, l)| l)
            .filter(move |l| l.adapted_from.as_deref() == Some(id))
    }

    /// Saves `lesson`: it replaces the lesson with its id where that one is (an imported
    /// lesson stays in its pack), or joins "Your lessons".
    pub fn upsert(&mut self, lesson: Lesson) {
        for p in &mut self.packs {
            if let Some(slot) = p.lessons.iter_mut().find(|l| l.id == lesson.id) {
                *slot = lesson;
                return;
            }
        }
        self.packs[0].lessons.push(lesson);
    }

    /// Removes the lesson with `id`, returning it (plans keep their place for it as missing).
    pub fn remove(&mut self, id: &str) -> Option<Lesson> {
        for p in &mut self.packs {
            if let Some(i) = p.lessons.iter().position(|l| l.id == id) {
                return Some(p.lessons.remove(i));
            }
        }
        None
    }

    /// Adds an imported pack after the others; the caller has made its ids unique
    /// ([`CustomLessons::fresh_id`]).
    pub fn add_pack(&mut self, pack: Pack) {
        self.packs.push(pack);
    }

    /// An id like `wanted` that no built-in lesson and no lesson here has.
    pub fn fresh_id(&self, wanted: &str, builtin: &Library) -> String {
        unique_id(wanted, |id| {
            builtin.lesson(id).is_some() || self.lesson(id).is_some()
        })
    }

    /// The built-in library with these lessons after its own (a lesson whose id a built-in one
    /// already has is left out: the built-in one is what plans mean by that id).
    pub fn with_builtin(&self, builtin: &Library) -> Library {
        let mut library = builtin.clone();
        for (_, lesson) in self.lessons() {
            if library.lesson(&lesson.id).is_none() {
                library.lessons.push(lesson.clone());
            }
        }
        library
    }
}

/// A valid lesson id made from `wanted` (lowercase ASCII letters, digits and hyphens), with
/// `-2`, `-3` … added until `taken` says it is free.
pub fn unique_id(wanted: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut base = String::new();
    for c in fold(wanted).chars() {
        if c.is_ascii_alphanumeric() {
            base.push(c.to_ascii_lowercase());
        } else if !base.is_empty() && !base.ends_with('-') {
            base.push('-');
        }
    }
    let base = base.trim_end_matches('-');
    let base = if base.is_empty() { "lesson" } else { base };
    let base: String = base.chars().take(60).collect();
    if !taken(&base) {
        return base;
    }
    (2u32..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .expect("some number is free")
}

/// A new, empty lesson with `id`, a class period long, for the editor to fill.
pub fn blank_lesson(id: String) -> Lesson {
    Lesson {
        id,
        title: Text::default(),
        summary: Text::default(),
        grades: Vec::new(),
        minutes: 45,
        // The whole lesson, so one activity as long as the lesson is not a problem.
        min_minutes: 45,
        levels: Vec::new(),
        risk_factors: Vec::new(),
        protective_factors: Vec::new(),
        topics: Vec::new(),
        forms: Vec::new(),
        audience: Audience::Students,
        nc_elements: Vec::new(),
        objectives: Vec::new(),
        materials: Vec::new(),
        preparation: Vec::new(),
        steps: Vec::new(),
        discussion: Vec::new(),
        safety: Text::default(),
        handouts: Vec::new(),
        assessment: Vec::new(),
        adaptations: Vec::new(),
        sources: Vec::new(),
        adapted_from: None,
        counterpart: None,
        draft: true,
        translation_checked: Vec::new(),
    }
}

/// Whether `lesson` is still as [`blank_lesson`] made it: nothing typed or chosen yet, so it
/// is neither stored nor listed (leaving "Write a new lesson" at once leaves nothing behind).
pub fn is_blank(lesson: &Lesson) -> bool {
    Lesson {
        draft: true,
        ..lesson.clone()
    } == blank_lesson(lesson.id.clone())
}

impl CustomLessons {
    /// These lessons without the blank ones ([`is_blank`]): what is stored and listed.
    pub fn kept(&self) -> CustomLessons {
        let mut kept = self.clone();
        for pack in &mut kept.packs {
            pack.lessons.retain(|l| !is_blank(l));
        }
        kept
    }
}

/// A copy of `original` under `id` to adapt, naming the lesson it came from.
pub fn adapted_copy(original: &Lesson, id: String) -> Lesson {
    Lesson {
        id,
        adapted_from: Some(original.id.clone()),
        draft: false,
        translation_checked: Vec::new(),
        ..original.clone()
    }
}

/// The plans that use the lesson with `id`, to name them before it is deleted.
pub fn plans_using<'a>(plans: &'a [Plan], id: &str) -> Vec<&'a Plan> {
    plans
        .iter()
        .filter(|p| p.items.iter().any(|item| item.lesson == id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::library;

    #[test]
    fn a_blank_new_lesson_is_not_kept_until_something_is_typed() {
        let mut c = CustomLessons::default();
        c.upsert(blank_lesson("untitled-lesson".into()));
        assert!(c.kept().lesson("untitled-lesson").is_none());
        let mut typed = blank_lesson("untitled-lesson".into());
        typed.summary.en = "A".into();
        assert!(!is_blank(&typed));
        typed.draft = false;
        typed.summary.en.clear();
        assert!(is_blank(&typed), "the draft mark alone is not content");
        c.upsert(Lesson {
            minutes: 50,
            ..blank_lesson("untitled-lesson".into())
        });
        assert!(c.kept().lesson("untitled-lesson").is_some());
    }

    #[test]
    fn a_lesson_with_no_title_is_shown_as_untitled() {
        let l = blank_lesson("x".into());
        assert_eq!(l.title_in(Lang::En), "Untitled lesson");
        assert_eq!(l.title_in(Lang::Es), "Lección sin título");
        let mut l = l;
        l.title.es = "Solo en español".into();
        assert_eq!(l.title_in(Lang::En), "Solo en español");
    }

    #[test]
    fn an_empty_collection_has_your_lessons_first_and_round_trips() {
        let mut c = CustomLessons::default();
        assert_eq!(c.packs.len(), 1);
        assert_eq!(c.packs[0].name.en, "Your lessons");
        assert_eq!(c.packs[0].name.es, "Tus lecciones");
        c.upsert(blank_lesson("mine".into()));
        let json = c.to_json();
        assert!(json.starts_with(r#"{"schema":1,"packs":[{"format":"prevention-lesson-pack""#));
        assert_eq!(CustomLessons::from_json(&json), Ok(c));
        let empty = CustomLessons::from_json(r#"{"schema":1,"packs":[]}"#).unwrap();
        assert_eq!(empty, CustomLessons::default());
    }

    #[test]
    fn unreadable_and_newer_documents_are_refused() {
        for bad in [
            "",
            "[]",
            r#"{"packs":[]}"#,
            r#"{"schema":1}"#,
            r#"{"schema":1,"packs":[{"x":1}]}"#,
        ] {
            assert!(
                matches!(CustomLessons::from_json(bad), Err(LoadError::Corrupt(_))),
                "{bad}"
            );
        }
        assert_eq!(
            CustomLessons::from_json(r#"{"schema":2,"packs":[]}"#),
            Err(LoadError::Newer(2))
        );
        let newer_pack = r#"{"schema":1,"packs":[{"format":"prevention-lesson-pack","version":9,"name":{},"languages":[]}]}"#;
        assert_eq!(
            CustomLessons::from_json(newer_pack),
            Err(LoadError::Newer(9))
        );
    }

    #[test]
    fn lessons_are_inserted_replaced_in_their_pack_and_removed() {
        let mut c = CustomLessons::default();
        let mut imported = own_pack();
        imported.name = Text {
            en: "County pack".into(),
            es: "Paquete del condado".into(),
        };
        imported.lessons.push(blank_lesson("county".into()));
        c.add_pack(imported);
        c.upsert(blank_lesson("mine".into()));
        assert_eq!(c.origin("mine"), Some(Origin::Own));
        assert!(matches!(c.origin("county"), Some(Origin::Pack(n)) if n.en == "County pack"));
        assert_eq!(c.origin("nope"), None);

        let mut changed = blank_lesson("county".into());
        changed.title.en = "Changed".into();
        c.upsert(changed);
        assert_eq!(c.packs[1].lessons[0].title.en, "Changed");
        assert_eq!(c.packs[0].lessons.len(), 1);

        assert_eq!(c.remove("mine").map(|l| l.id), Some("mine".to_string()));
        assert_eq!(c.remove("mine"), None);
        assert_eq!(c.lessons().count(), 1);
    }

    #[test]
    fn fresh_ids_are_valid_and_never_clash() {
        let lib = library();
        let mut c = CustomLessons::default();
        let builtin = lib.lessons[0].id.clone();
        let id = c.fresh_id(&builtin, &lib);
        assert_eq!(id, format!("{builtin}-2"));
        c.upsert(adapted_copy(&lib.lessons[0], id.clone()));
        assert_eq!(c.fresh_id(&builtin, &lib), format!("{builtin}-3"));
        assert_eq!(
            c.fresh_id("  Mi Lección: ¡Señales! ", &lib),
            "mi-leccion-senales"
        );
        assert_eq!(c.fresh_id("¡¿?!", &lib), "lesson");
        let long = c.fresh_id(&"a".repeat(500), &lib);
        assert_eq!(long.len(), 60);
    }

    #[test]
    fn an_adapted_copy_names_its_original_and_joins_the_library_after_the_built_in_ones() {
        let lib = library();
        let original = &lib.lessons[3];
        let copy = adapted_copy(original, "copy".into());
        assert_eq!(copy.adapted_from.as_deref(), Some(original.id.as_str()));
        assert_eq!(copy.steps, original.steps);
        let mut c = CustomLessons::default();
        c.upsert(copy);
        // A lesson with a built-in id never shadows the built-in one.
        c.upsert(blank_lesson(original.id.clone()));
        let merged = c.with_builtin(&lib);
        assert_eq!(merged.lessons.len(), lib.lessons.len() + 1);
        assert_eq!(merged.lessons.last().map(|l| l.id.as_str()), Some("copy"));
        assert_eq!(merged.lesson(&original.id), Some(original));
        let copies: Vec<&str> = c
            .adapted_copies(&original.id)
            .map(|l| l.id.as_str())
            .collect();
        assert_eq!(copies, ["copy"]);
    }

    #[test]
    fn new_fields_are_left_out_when_unset_and_read_when_set() {
        let lib = library();
        let json = serde_json::to_string(&lib.lessons[0]).unwrap();
        assert!(!json.contains("adapted_from") && !json.contains("draft"));
        let copy = adapted_copy(&lib.lessons[0], "x".into());
        let json = serde_json::to_string(&blank_lesson("y".into())).unwrap();
        assert!(json.contains(r#""draft":true"#));
        let back: Lesson = serde_json::from_str(&serde_json::to_string(&copy).unwrap()).unwrap();
        assert_eq!(back, copy);
    }

    #[test]
    fn plans_using_a_lesson_are_named() {
        let mut a = Plan::new("a".into(), "Fall".into(), 0);
        a.add("x");
        let b = Plan::new("b".into(), "Spring".into(), 0);
        let plans = [a, b];
        let using: Vec<&str> = plans_using(&plans, "x")
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(using, ["Fall"]);
    }

    #[test]
    fn a_lesson_in_one_language_says_which_it_lacks() {
        let mut l = blank_lesson("x".into());
        assert_eq!(l.missing_language(), None);
        l.title.es = "Solo español".into();
        assert_eq!(l.missing_language(), Some(Lang::En));
        l.title.en = "Both".into();
        assert_eq!(l.missing_language(), None);
    }
}
