//! The compiled library the app ships: vocabulary, lessons and the packet's fixed pieces.

use super::model::Lesson;
use super::vocabulary::Vocabulary;
use crate::lang::Text;
use serde::{Deserialize, Serialize};

/// A titled document made of headed sections (letter, resource card, guides).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub title: Text,
    pub sections: Vec<Section>,
}

/// One headed part of a [`Document`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub heading: Text,
    /// Paragraphs separated by blank lines; lines starting with "- " are list items.
    /// May contain `{placeholders}` that a packet fills from the plan.
    pub body: Text,
}

/// A phrase to avoid in prevention materials, why, and what to say instead.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideEntry {
    /// Phrases to flag, per language (matched case- and accent-insensitively).
    pub avoid_en: Vec<String>,
    pub avoid_es: Vec<String>,
    pub instead: Text,
    pub why: Text,
}

/// The language guide: words to use and to avoid, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct LanguageGuide {
    pub title: Text,
    pub intro: Text,
    pub entries: Vec<GuideEntry>,
}

/// The pieces every packet carries besides the lessons.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct PacketPieces {
    pub parent_letter: Document,
    pub resource_card: Document,
    pub facilitator_guide: Document,
    pub language_guide: LanguageGuide,
}

/// Everything in `curriculum/`, validated.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct Library {
    pub vocabulary: Vocabulary,
    pub lessons: Vec<Lesson>,
    pub packet: PacketPieces,
}

impl Library {
    /// Reads a lesson pack as a library (see [`Pack`](super::pack::Pack)).
    pub fn from_pack_json(text: &str) -> Result<Library, super::pack::PackError> {
        super::pack::Pack::from_json(text)?.into_library()
    }

    /// The lesson with `id`, if the library still has it.
    pub fn lesson(&self, id: &str) -> Option<&Lesson> {
        self.lessons.iter().find(|l| l.id == id)
    }
}
