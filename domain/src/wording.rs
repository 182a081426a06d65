//! The language guide applied to the preventionist's own text (plan and lesson notes).
//!
//! Phrases come from `curriculum/packet/language-guide.toml`, never from code. Matching folds
//! case and accents and respects word boundaries, so "pimp" flags "Pimps" but not "pimple".
//! A flag is advice: the app shows why and what to say instead, and never blocks.

use crate::curriculum::Library;
use crate::search::fold;

/// One phrase of the guide found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flag {
    /// Index of the guide entry (for its `instead` and `why`).
    pub entry: usize,
    /// The guide's phrase that matched, as written in the guide.
    pub phrase: String,
}

/// Folds `text` for matching: lowercase, no accents, curly apostrophes straightened and runs
/// of whitespace collapsed, so a phrase broken over two lines still matches.
fn normalise(text: &str) -> Vec<char> {
    let folded = fold(text).replace(['’', '‘'], "'");
    let mut out = Vec::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_whitespace() {
            if out.last().is_some_and(|&l: &char| l != ' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether `phrase` occurs in `text` as whole words (both already normalised).
fn contains_words(text: &[char], phrase: &[char]) -> bool {
    if phrase.is_empty() || phrase.len() > text.len() {
        return false;
    }
    (0..=text.len() - phrase.len()).any(|start| {
        let end = start + phrase.len();
        text[start..end] == *phrase
            && (start == 0 || !is_word_char(text[start - 1]) || !is_word_char(phrase[0]))
            && (end == text.len()
                || !is_word_char(text[end])
                || !is_word_char(phrase[phrase.len() - 1]))
    })
}

/// The language guide's phrases (English and Spanish) that `text` contains, one flag per entry, in the
/// guide's order.
pub fn flags(text: &str, library: &Library) -> Vec<Flag> {
    if text.trim().is_empty() {
        return Vec::new();
    }
    let text = normalise(text);
    library
        .packet
        .language_guide
        .entries
        .iter()
        .enumerate()
        .filter_map(|(entry, e)| {
            e.avoid_en
                .iter()
                .chain(&e.avoid_es)
                .find(|p| contains_words(&text, &normalise(p)))
                .map(|p| Flag {
                    entry,
                    phrase: p.clone(),
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::curriculum::source::load_library;
    use std::path::Path;

    fn library() -> Library {
        load_library(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../curriculum")).unwrap()
    }

    fn phrases(text: &str, lib: &Library) -> Vec<String> {
        flags(text, lib).into_iter().map(|f| f.phrase).collect()
    }

    #[test]
    fn finds_phrases_in_either_language_ignoring_case_accents_and_line_breaks() {
        let lib = library();
        let f = flags("We will talk about MODERN\n  Slavery today.", &lib);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].phrase, "modern slavery");
        let entry = &lib.packet.language_guide.entries[f[0].entry];
        assert!(entry.instead.en.contains("Human trafficking"));
        assert_eq!(
            phrases("Es una forma de ESCLAVITUD moderna", &lib),
            ["esclavitud moderna"]
        );
        assert_eq!(phrases("¿Por que no se fue?", &lib), ["por qué no se fue"]);
        assert_eq!(phrases("She should’ve known", &lib), ["should've known"]);
    }

    #[test]
    fn matches_whole_words_only() {
        let lib = library();
        assert!(phrases("A pimple on the chin; a pimpernel.", &lib).is_empty());
        assert_eq!(phrases("Pimps recruit online.", &lib), ["pimps"]);
        assert_eq!(phrases("(pimp)", &lib), ["pimp"]);
        assert!(phrases("", &lib).is_empty());
        assert!(phrases("Trafficker, exploiter, survivor; drogas ilegales.", &lib).is_empty());
    }
}
