//! The embedded library's wire form: every bilingual [`Text`] becomes a number in the
//! library's tree, and the texts travel apart from it, each language word-coded.
//!
//! Why: the download is mostly curriculum text, and gzip only looks 32 KB back. Kept beside
//! its translation, a paragraph never finds earlier text in its own language; apart, the
//! languages gzip about 30 KB smaller. Word-coding each language (a list of its distinct words,
//! then each text as word numbers, one byte for the 192 commonest) takes about 28 KB more off:
//! the same 32 KB window then holds about three times as much text. Decoding is a lookup per
//! word, and the tree is still read in one typed serde pass.
//!
//! A capitalised word is coded as a capital mark and the word in lower case (2 KB less).
//!
//! Layout, each part preceded by its length (4 bytes, little-endian): the tree (JSON), then for
//! English and then Spanish the words (UTF-8, each followed by the byte 0xFF, which UTF-8
//! never uses) and the texts (word numbers; 0 ends a text).
//!
//! While [`pack`] or [`unpack`] runs, `Text`'s serde impls (in `lang.rs`) write or read the
//! number through the thread-local lists here; outside them a `Text` is a plain `{en, es}` map,
//! as the TOML sources write it.

use super::Library;
use crate::lang::Text;
use serde::de;
use std::cell::RefCell;

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

/// The texts of a packed library and its tree, as [`split`] reads them and [`join`] writes
/// them: public so tests can damage a copy on purpose.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Parts {
    /// The library's tree as JSON, every text a number into the two lists.
    pub tree: String,
    pub en: Vec<String>,
    pub es: Vec<String>,
}

/// The library in its wire form (see the module's documentation).
pub fn pack(library: &Library) -> Vec<u8> {
    LISTS.with(|l| *l.borrow_mut() = Some(Lists::default()));
    let tree = serde_json::to_string(library);
    let lists = LISTS.with(|l| l.borrow_mut().take()).unwrap_or_default();
    join(&Parts {
        tree: tree.expect("the library serialises: it has only strings, numbers and lists"),
        en: lists.en,
        es: lists.es,
    })
}

/// Reads what [`pack`] wrote; a damaged copy (a text missing, unused or used twice, a word
/// number out of range, a part cut short) is an error.
pub fn unpack(bytes: &[u8]) -> Result<Library, serde_json::Error> {
    let Parts { tree, en, es } = split(bytes)?;
    if en.len() != es.len() {
        return Err(de::Error::custom(
            "packed library: text lists differ in length",
        ));
    }
    let count = en.len();
    LISTS.with(|l| *l.borrow_mut() = Some(Lists { en, es, taken: 0 }));
    let library = serde_json::from_str::<Library>(&tree);
    let lists = LISTS.with(|l| l.borrow_mut().take()).unwrap_or_default();
    let library = library?;
    if lists.taken != count {
        return Err(de::Error::custom(format!(
            "packed library: {} of {count} texts unused",
            count - lists.taken
        )));
    }
    Ok(library)
}

/// Writes the parts in the wire layout.
pub fn join(parts: &Parts) -> Vec<u8> {
    let mut out = Vec::new();
    let mut part = |bytes: &[u8]| {
        let len = u32::try_from(bytes.len()).expect("a part is under 4 GB");
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(bytes);
    };
    part(parts.tree.as_bytes());
    for texts in [&parts.en, &parts.es] {
        let (words, codes) = encode(texts);
        part(&words);
        part(&codes);
    }
    out
}

/// Reads the parts of the wire layout.
pub fn split(bytes: &[u8]) -> Result<Parts, serde_json::Error> {
    let mut rest = bytes;
    let mut part = || -> Result<&[u8], serde_json::Error> {
        let len = match rest {
            [a, b, c, d, ..] => u32::from_le_bytes([*a, *b, *c, *d]) as usize,
            _ => return Err(de::Error::custom("packed library: cut short")),
        };
        let body = rest
            .get(4..)
            .and_then(|r| r.get(..len))
            .ok_or_else(|| de::Error::custom("packed library: cut short"))?;
        rest = &rest[4 + len..];
        Ok(body)
    };
    let tree = std::str::from_utf8(part()?)
        .map_err(de::Error::custom)?
        .to_owned();
    let en = decode(part()?, part()?)?;
    let es = decode(part()?, part()?)?;
    if !rest.is_empty() {
        return Err(de::Error::custom("packed library: bytes after the end"));
    }
    Ok(Parts { tree, en, es })
}

/// The byte after each word in the word list; UTF-8 never uses it.
const WORD_END: u8 = 0xFF;
/// Word numbers below this take one byte; the two- and three-byte forms follow.
const ONE: usize = 192;
/// The first byte of a three-byte word number; two-byte ones start from `ONE` up to here.
const LONG: usize = 248;
const TWO: usize = ONE + (LONG - ONE) * 256;
const THREE: usize = TWO + (256 - LONG) * 65536;

/// Splits a text into words that concatenate back to it: a run of letters or digits, or one
/// other character, either taking the space before it. Only the build runs this, so its rules
/// change the size, never what is read back.
fn words(text: &str) -> Vec<&str> {
    let word_char = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let rest = &text[start..];
        let mut chars = rest.char_indices();
        let (_, first) = chars.next().expect("rest is not empty");
        // A space joins the word or punctuation mark after it.
        let (body, first) = match (first, chars.next()) {
            (' ', Some((i, c))) if !c.is_whitespace() => (i, c),
            _ => (0, first),
        };
        let len = if word_char(first) {
            rest[body..]
                .find(|c: char| !word_char(c))
                .map_or(rest.len(), |n| body + n)
        } else {
            body + first.len_utf8()
        };
        out.push(&rest[..len]);
        start += len;
    }
    out
}

/// The words of a text as they are coded: a capitalised word ("Students", " Labor") becomes
/// [`CAPITAL`] and the word in lower case, so it shares its number with the same word inside a
/// sentence. Only an ASCII capital is folded, so that reading needs no Unicode case tables.
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in words(text) {
        let core = word.trim_start_matches(' ');
        let mut chars = core.chars();
        let first = chars.next().unwrap_or(' ');
        let folds = first.is_ascii_uppercase()
            && chars.clone().next().is_some()
            && chars.all(|c| !c.is_uppercase());
        if folds {
            out.push(CAPITAL.to_string());
            let lead = word.len() - core.len();
            out.push(format!(
                "{}{}{}",
                &word[..lead],
                first.to_ascii_lowercase(),
                &core[1..]
            ));
        } else {
            out.push(word.to_string());
        }
    }
    out
}

/// The word that capitalises the next one: empty, which no real word is.
const CAPITAL: &str = "";

/// The word list (commonest first) and the texts as word numbers, each text ended by 0.
fn encode(texts: &[String]) -> (Vec<u8>, Vec<u8>) {
    let coded: Vec<Vec<String>> = texts.iter().map(|t| tokens(t)).collect();
    let mut counts: std::collections::HashMap<&str, usize> = Default::default();
    for word in coded.iter().flatten() {
        *counts.entry(word).or_default() += 1;
    }
    let mut list: Vec<(&str, usize)> = counts.into_iter().collect();
    // Commonest first, so they take one byte; the rest alphabetically, which gzips the list
    // better. Ties by the word itself, so a build is reproducible.
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let tail = list.len().min(ONE - 1);
    list[tail..].sort_by(|a, b| a.0.cmp(b.0));
    assert!(list.len() < THREE, "too many distinct words to pack");
    let number: std::collections::HashMap<&str, usize> = list
        .iter()
        .enumerate()
        .map(|(i, (w, _))| (*w, i + 1))
        .collect();
    let mut word_bytes = Vec::new();
    for (word, _) in &list {
        word_bytes.extend_from_slice(word.as_bytes());
        word_bytes.push(WORD_END);
    }
    let mut codes = Vec::new();
    for text in &coded {
        for word in text {
            match number[word.as_str()] {
                n if n < ONE => codes.push(n as u8),
                n if n < TWO => {
                    let n = n - ONE;
                    codes.extend_from_slice(&[(ONE + (n >> 8)) as u8, n as u8]);
                }
                n => {
                    let n = n - TWO;
                    codes.extend_from_slice(&[(LONG + (n >> 16)) as u8, (n >> 8) as u8, n as u8]);
                }
            }
        }
        codes.push(0);
    }
    (word_bytes, codes)
}

/// The texts back from a word list and word numbers.
fn decode(word_bytes: &[u8], codes: &[u8]) -> Result<Vec<String>, serde_json::Error> {
    let bad = || de::Error::custom("packed library: a damaged text");
    let mut list = vec![""];
    let mut rest = word_bytes;
    while let Some(end) = rest.iter().position(|&b| b == WORD_END) {
        list.push(std::str::from_utf8(&rest[..end]).map_err(|_| bad())?);
        rest = &rest[end + 1..];
    }
    if !rest.is_empty() {
        return Err(bad());
    }
    let mut texts = Vec::new();
    let mut text = String::new();
    let mut capital = false;
    let mut bytes = codes.iter().map(|&b| usize::from(b));
    while let Some(b) = bytes.next() {
        let mut next = || bytes.next().ok_or_else(bad);
        let n = match b {
            0 if capital => return Err(bad()),
            0 => {
                texts.push(std::mem::take(&mut text));
                continue;
            }
            b if b < ONE => b,
            b if b < LONG => ONE + ((b - ONE) << 8 | next()?),
            b => TWO + ((b - LONG) << 16 | next()? << 8 | next()?),
        };
        let word = *list.get(n).ok_or_else(bad)?;
        if word == CAPITAL {
            capital = true;
            continue;
        }
        let start = text.len();
        text.push_str(word);
        if std::mem::take(&mut capital) {
            let first = text.as_bytes()[start..].iter().position(|&b| b != b' ');
            let first = first.ok_or_else(bad)? + start;
            // ASCII only (see `tokens`), so a byte's case change keeps the text valid UTF-8.
            text[first..]
                .get_mut(..1)
                .ok_or_else(bad)?
                .make_ascii_uppercase();
        }
    }
    if !text.is_empty() || capital {
        return Err(bad());
    }
    Ok(texts)
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
