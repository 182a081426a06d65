//! The embedded library's wire form: every bilingual [`Text`] becomes a number, and the texts
//! travel as two lists, all English, then all Spanish, ahead of the library's tree.
//!
//! Why: gzip only looks 32 KB back. With English and Spanish side by side each paragraph sits
//! next to its translation instead of next to text in its own language; apart, the download
//! is about 30 KB (gzip) smaller. Reading stays one typed pass over the JSON (no intermediate
//! `serde_json::Value`), so it costs no more at start-up than the plain form.
//!
//! While [`pack`] or [`unpack`] runs, `Text`'s serde impls (in `lang.rs`) write or read the
//! number through the thread-local lists here; outside them a `Text` is a plain `{en, es}` map,
//! as the TOML sources write it.

use super::Library;
use crate::lang::Text;
use serde::de::{self, SeqAccess, Visitor};
use serde::Deserializer as _;
use std::cell::RefCell;
use std::fmt;

#[derive(Default)]
struct Lists {
    en: Vec<String>,
    es: Vec<String>,
    /// While unpacking: how many texts were taken (each exactly once).
    taken: usize,
}

thread_local! {
    static LISTS: RefCell<Option<Lists>> = const { RefCell::new(None) };
}

/// The library in its wire form: `[[English…], [Spanish…], tree]`.
pub fn pack(library: &Library) -> String {
    LISTS.with(|l| *l.borrow_mut() = Some(Lists::default()));
    let tree = serde_json::to_string(library);
    let lists = LISTS.with(|l| l.borrow_mut().take()).unwrap_or_default();
    let tree = tree.expect("the library serialises: it has only strings, numbers and lists");
    let en = serde_json::to_string(&lists.en).expect("strings serialise");
    let es = serde_json::to_string(&lists.es).expect("strings serialise");
    format!("[{en},{es},{tree}]")
}

/// Reads what [`pack`] wrote; a damaged copy (a text missing, unused or used twice) is an error.
pub fn unpack(packed: &str) -> Result<Library, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(packed);
    let library = de.deserialize_seq(Wire)?;
    de.end()?;
    Ok(library)
}

/// Called by `Text`'s `Serialize` while packing: the number to write, or `None` when not
/// packing or the text is empty (then it is written as a map).
pub(crate) fn store(text: &Text) -> Option<usize> {
    if text.en.is_empty() && text.es.is_empty() {
        return None;
    }
    LISTS.with(|l| {
        let mut l = l.borrow_mut();
        let lists = l.as_mut()?;
        lists.en.push(text.en.clone());
        lists.es.push(text.es.clone());
        Some(lists.en.len() - 1)
    })
}

/// Called by `Text`'s `Deserialize` for a number: the text it stands for.
pub(crate) fn take<E: de::Error>(index: u64) -> Result<Text, E> {
    LISTS.with(|l| {
        let mut l = l.borrow_mut();
        let lists = l
            .as_mut()
            .ok_or_else(|| E::custom("a text is a number outside the packed library"))?;
        let i = usize::try_from(index).map_err(|_| E::custom("text number out of range"))?;
        match (lists.en.get_mut(i), lists.es.get_mut(i)) {
            // Stored texts are never empty in both languages, so an empty pair was taken already.
            (Some(en), Some(es)) if !(en.is_empty() && es.is_empty()) => {
                lists.taken += 1;
                Ok(Text {
                    en: std::mem::take(en),
                    es: std::mem::take(es),
                })
            }
            _ => Err(E::custom(format!("packed library: no text {i}"))),
        }
    })
}

struct Wire;

impl<'de> Visitor<'de> for Wire {
    type Value = Library;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a packed library: [[English texts], [Spanish texts], library]")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Library, A::Error> {
        let en: Vec<String> = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(0, &self))?;
        let es: Vec<String> = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(1, &self))?;
        if en.len() != es.len() {
            return Err(de::Error::custom(
                "packed library: text lists differ in length",
            ));
        }
        let count = en.len();
        LISTS.with(|l| *l.borrow_mut() = Some(Lists { en, es, taken: 0 }));
        let library = seq.next_element::<Library>();
        let lists = LISTS.with(|l| l.borrow_mut().take()).unwrap_or_default();
        let library = library?.ok_or_else(|| de::Error::invalid_length(2, &self))?;
        if lists.taken != count {
            return Err(de::Error::custom(format!(
                "packed library: {} of {count} texts unused",
                count - lists.taken
            )));
        }
        if seq.next_element::<de::IgnoredAny>()?.is_some() {
            return Err(de::Error::invalid_length(4, &self));
        }
        Ok(library)
    }
}
