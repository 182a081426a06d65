//! The lesson pack: the one JSON format lessons travel in.
//!
//! The library the app ships, a pack a coalition publishes and the lessons a preventionist
//! writes are all lesson packs (documented in `curriculum/README.md`):
//!
//! ```json
//! { "format": "prevention-lesson-pack", "version": 1,
//!   "name": { "en": "…", "es": "…" }, "languages": ["en", "es"],
//!   "vocabulary": { … }, "lessons": [ … ], "packet": { … } }
//! ```
//!
//! Every field but `format`, `version`, `name` and `languages` is optional; the lessons,
//! vocabulary and packet pieces are the domain's own types, read with plain serde, each text a
//! `{"en": …, "es": …}` pair (a language the pack does not carry is left out).
//!
//! A pack whose `contents` is `"index"` holds, for each lesson, only what the library screen
//! lists and searches (see [`index_lesson`]); the app ships one per language so the library is
//! usable after a small download (docs/performance.md), and reads the full pack after it.

use super::library::{Library, PacketPieces};
use super::model::Lesson;
use super::vocabulary::Vocabulary;
use crate::lang::{Lang, Text};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The `format` every lesson pack names.
pub const FORMAT: &str = "prevention-lesson-pack";
/// The newest pack version this code reads (and the one it writes).
pub const VERSION: u32 = 1;
/// The largest pack read, in bytes of JSON: far beyond any real library (the shipped one's
/// size is in docs/performance.md), small enough that a hostile file cannot exhaust a phone's memory.
pub const MAX_BYTES: usize = 32 * 1024 * 1024;

/// What a pack's lessons hold.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Contents {
    /// Complete lessons.
    #[default]
    Full,
    /// Only what the library screen lists and searches: id, title, summary, grades, length,
    /// tags and objectives.
    Index,
}

/// A lesson pack (see the module's documentation).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    /// Always [`FORMAT`].
    pub format: String,
    /// The pack format's version, [`VERSION`] for what this code writes.
    pub version: u32,
    /// What the pack is called, as a library or an import screen would list it.
    pub name: Text,
    /// The languages its texts are written in.
    pub languages: Vec<Lang>,
    #[serde(default, skip_serializing_if = "is_full")]
    pub contents: Contents,
    /// The controlled vocabulary its lessons use; a pack without one uses the app's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vocabulary: Option<Vocabulary>,
    #[serde(default)]
    pub lessons: Vec<Lesson>,
    /// The pieces every printed packet carries (letter, resource card, guides).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub packet: Option<PacketPieces>,
}

fn is_full(contents: &Contents) -> bool {
    *contents == Contents::Full
}

/// Why a text is not a lesson pack this code can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackError {
    /// Larger than [`MAX_BYTES`].
    TooLarge { bytes: usize },
    /// Not JSON, or not a JSON object naming [`FORMAT`].
    NotAPack { reason: String },
    /// Written for a newer version of the format than this code reads.
    Newer { version: u64 },
    /// A lesson pack, but a field has the wrong shape (the message names it and where).
    Invalid { message: String },
    /// A pack without what a library needs (its vocabulary).
    Incomplete { missing: &'static str },
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackError::TooLarge { bytes } => write!(
                f,
                "the file is {} MB; a lesson pack may be at most {} MB",
                bytes.div_ceil(1024 * 1024),
                MAX_BYTES / (1024 * 1024)
            ),
            PackError::NotAPack { reason } => write!(f, "not a lesson pack: {reason}"),
            PackError::Newer { version } => write!(
                f,
                "this lesson pack is version {version}, made for a newer planner; \
                 this one reads up to version {VERSION}"
            ),
            PackError::Invalid { message } => write!(f, "lesson pack: {message}"),
            PackError::Incomplete { missing } => write!(f, "lesson pack has no {missing}"),
        }
    }
}

impl std::error::Error for PackError {}

/// What is read before the rest, so a file from elsewhere or from a newer planner is refused
/// with its reason rather than with the first field this version does not know.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: serde_json::Value,
    #[serde(default)]
    version: serde_json::Value,
}

impl Pack {
    /// Reads a pack, refusing (never panicking on) anything else: see [`PackError`].
    pub fn from_json(text: &str) -> Result<Pack, PackError> {
        if text.len() > MAX_BYTES {
            return Err(PackError::TooLarge { bytes: text.len() });
        }
        let header: Header = serde_json::from_str(text).map_err(|e| PackError::NotAPack {
            reason: if e.is_data() {
                "it is not a JSON object".to_string()
            } else {
                e.to_string()
            },
        })?;
        match &header.format {
            serde_json::Value::String(f) if f == FORMAT => {}
            serde_json::Value::String(other) => {
                return Err(PackError::NotAPack {
                    reason: format!("its format is {other:.40?}, not \"{FORMAT}\""),
                })
            }
            _ => {
                return Err(PackError::NotAPack {
                    reason: format!("it has no \"format\": \"{FORMAT}\""),
                })
            }
        }
        match header.version.as_u64() {
            Some(v) if v > u64::from(VERSION) => return Err(PackError::Newer { version: v }),
            Some(v) if v >= 1 => {}
            _ => {
                return Err(PackError::Invalid {
                    message: "\"version\" must be a whole number from 1".into(),
                })
            }
        }
        serde_json::from_str(text).map_err(|e| PackError::Invalid {
            message: e.to_string(),
        })
    }

    /// The pack as JSON, compact (it is for machines; the TOML sources are for people).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a pack has only strings, numbers and lists")
    }

    /// A full pack of `library`, in the languages it is written in.
    pub fn of_library(library: &Library, name: Text) -> Pack {
        Pack {
            format: FORMAT.into(),
            version: VERSION,
            name,
            languages: Lang::ALL.to_vec(),
            contents: Contents::Full,
            vocabulary: Some(library.vocabulary.clone()),
            lessons: library.lessons.clone(),
            packet: Some(library.packet.clone()),
        }
    }

    /// The index pack of `library` in `lang`: its vocabulary and, of each lesson, what the
    /// library screen needs ([`index_lesson`]), in that language only.
    pub fn index_of(library: &Library, name: Text, lang: Lang) -> Pack {
        let mut vocabulary = library.vocabulary.clone();
        for term in vocabulary.terms_mut() {
            keep_only(&mut term.name, lang);
            if let Some(d) = &mut term.description {
                keep_only(d, lang);
            }
        }
        let mut name = name;
        keep_only(&mut name, lang);
        Pack {
            format: FORMAT.into(),
            version: VERSION,
            name,
            languages: vec![lang],
            contents: Contents::Index,
            vocabulary: Some(vocabulary),
            lessons: library
                .lessons
                .iter()
                .map(|l| {
                    let mut l = index_lesson(l);
                    for t in [&mut l.title, &mut l.summary]
                        .into_iter()
                        .chain(&mut l.objectives)
                    {
                        keep_only(t, lang);
                    }
                    l
                })
                .collect(),
            packet: None,
        }
    }

    /// The pack as the app's library. A pack without packet pieces (an index) gets empty
    /// ones; one without a vocabulary cannot be a library on its own.
    pub fn into_library(self) -> Result<Library, PackError> {
        Ok(Library {
            vocabulary: self.vocabulary.ok_or(PackError::Incomplete {
                missing: "vocabulary",
            })?,
            lessons: self.lessons,
            packet: self.packet.unwrap_or_default(),
        })
    }
}

/// What an index pack keeps of a lesson: what the library screen's cards show, its facets
/// count and its search reads (`filter::SearchText`: title, summary, objectives).
pub fn index_lesson(lesson: &Lesson) -> Lesson {
    Lesson {
        id: lesson.id.clone(),
        title: lesson.title.clone(),
        summary: lesson.summary.clone(),
        grades: lesson.grades.clone(),
        counterpart: lesson.counterpart.clone(),
        minutes: lesson.minutes,
        min_minutes: lesson.min_minutes,
        levels: lesson.levels.clone(),
        risk_factors: lesson.risk_factors.clone(),
        protective_factors: lesson.protective_factors.clone(),
        topics: lesson.topics.clone(),
        forms: lesson.forms.clone(),
        audience: lesson.audience,
        nc_elements: lesson.nc_elements.clone(),
        objectives: lesson.objectives.clone(),
        adapted_from: lesson.adapted_from.clone(),
        draft: lesson.draft,
        // The rest (steps, handouts, tests…) only the full pack carries.
        ..super::custom::blank_lesson(String::new())
    }
}

fn keep_only(text: &mut Text, lang: Lang) {
    for other in Lang::ALL {
        if other != lang {
            text.get_mut(other).clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal(version: &str) -> String {
        format!(
            r#"{{"format":"{FORMAT}","version":{version},"name":{{"en":"Mine"}},"languages":["en"]}}"#
        )
    }

    #[test]
    fn a_minimal_pack_reads() {
        let pack = Pack::from_json(&minimal("1")).unwrap();
        assert_eq!(pack.name.en, "Mine");
        assert!(pack.lessons.is_empty() && pack.vocabulary.is_none());
        assert_eq!(pack.contents, Contents::Full);
        assert_eq!(
            pack.into_library(),
            Err(PackError::Incomplete {
                missing: "vocabulary"
            })
        );
    }

    #[test]
    fn other_files_and_newer_versions_are_refused_with_a_reason() {
        let reason = |text: &str| Pack::from_json(text).unwrap_err().to_string();
        assert!(reason("").starts_with("not a lesson pack"));
        assert!(reason("42").contains("not a JSON object"));
        assert!(reason("[1,2]").starts_with("not a lesson pack"));
        assert!(reason(r#"{"plans":[]}"#).contains("has no \"format\""));
        assert!(reason(r#"{"format":"prevention-planner-export"}"#).contains("its format is"));
        assert_eq!(
            Pack::from_json(&minimal("2")),
            Err(PackError::Newer { version: 2 })
        );
        assert!(reason(&minimal("2")).contains("newer planner"));
        assert!(reason(&minimal("0")).contains("\"version\""));
        assert!(reason(&minimal("\"1\"")).contains("\"version\""));
        let wrong_type = minimal("1").replace(r#""languages":["en"]"#, r#""languages":"en""#);
        assert!(
            reason(&wrong_type).contains("line 1 column"),
            "{}",
            reason(&wrong_type)
        );
        let huge = " ".repeat(MAX_BYTES + 1);
        assert!(matches!(
            Pack::from_json(&huge),
            Err(PackError::TooLarge { .. })
        ));
    }
}
