//! The compiled library the app ships: vocabulary, lessons and the packet's fixed pieces.

use super::model::Lesson;
use super::vocabulary::Vocabulary;
use crate::lang::Text;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A titled document made of headed sections (letter, resource card, guides).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageGuide {
    pub title: Text,
    pub intro: Text,
    pub entries: Vec<GuideEntry>,
}

/// The pieces every packet carries besides the lessons.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PacketPieces {
    pub parent_letter: Document,
    pub resource_card: Document,
    pub facilitator_guide: Document,
    pub language_guide: LanguageGuide,
}

/// Everything in `curriculum/`, validated.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Library {
    pub vocabulary: Vocabulary,
    pub lessons: Vec<Lesson>,
    pub packet: PacketPieces,
}

impl Library {
    /// Reads the library the build script embedded (see [`Library::to_json`]); it was
    /// validated at build time.
    pub fn from_json(packed: &str) -> Result<Library, serde_json::Error> {
        let (mut tree, main, spanish): (Value, Vec<String>, Vec<String>) =
            serde_json::from_str(packed)?;
        let (mut main, mut spanish) = (main.into_iter(), spanish.into_iter());
        for (is_spanish, slot) in string_slots(&mut tree) {
            let stream = if is_spanish { &mut spanish } else { &mut main };
            *slot = stream
                .next()
                .ok_or_else(|| serde::de::Error::custom("packed library: strings missing"))?;
        }
        if main.next().is_some() || spanish.next().is_some() {
            return Err(serde::de::Error::custom(
                "packed library: strings left over",
            ));
        }
        serde_json::from_value(tree)
    }

    /// The JSON the build script embeds: the library's tree with its strings taken out, then
    /// every string that is not Spanish, then every Spanish one, in tree order. Gzip only
    /// looks 32 KB back, and with English and Spanish side by side each paragraph sits next
    /// to its translation instead of to text in its own language; apart, the download is
    /// about 30 KB (gzip) smaller.
    pub fn to_json(&self) -> String {
        let mut tree = serde_json::to_value(self)
            .expect("the library serialises: it has only strings, numbers and lists");
        let (mut main, mut spanish) = (Vec::new(), Vec::new());
        for (is_spanish, slot) in string_slots(&mut tree) {
            let text = std::mem::take(slot);
            if is_spanish {
                spanish.push(text);
            } else {
                main.push(text);
            }
        }
        serde_json::to_string(&(tree, main, spanish)).expect("a JSON tree serialises")
    }

    /// The lesson with `id`, if the library still has it.
    pub fn lesson(&self, id: &str) -> Option<&Lesson> {
        self.lessons.iter().find(|l| l.id == id)
    }
}

/// Every string in `tree`, in a fixed order (objects are sorted maps), each marked whether it is
/// the `es` side of a text.
fn string_slots(tree: &mut Value) -> Vec<(bool, &mut String)> {
    fn walk<'a>(value: &'a mut Value, is_spanish: bool, out: &mut Vec<(bool, &'a mut String)>) {
        match value {
            Value::String(s) => out.push((is_spanish, s)),
            Value::Array(items) => items.iter_mut().for_each(|v| walk(v, false, out)),
            Value::Object(fields) => fields
                .iter_mut()
                .for_each(|(key, v)| walk(v, key == "es", out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(tree, false, &mut out);
    out
}
