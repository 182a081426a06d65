//! The language guide applied to the preventionist's own text (plan and lesson notes).
//!
//! Phrases come from `curriculum/packet/language-guide.toml`, never from code. Matching folds
//! case and accents, respects word boundaries and accepts each word's plural and other-gender
//! forms, so "pimp" flags "Pimps" but not "pimple", "child prostitute" flags "child
//! prostitutes" and "esclavo sexual" flags "esclavas sexuales".
//! A flag is advice: the app shows why and what to say instead, and never blocks.

use crate::curriculum::Library;
use crate::search::fold;
use std::collections::HashMap;

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

/// The words of a normalised text: runs of letters, digits and apostrophes.
fn words(text: &[char]) -> Vec<String> {
    text.split(|c| !(c.is_alphanumeric() || *c == '\''))
        .filter(|w| !w.is_empty())
        .map(|w| w.iter().collect())
        .collect()
}

/// The forms a guide word also stands for: English and Spanish plurals ("slaves",
/// "ilegales", "felices") and, for Spanish nouns and adjectives in -o/-a, the other gender.
fn forms(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    if word.chars().count() < 3 {
        return out;
    }
    let stem = |n: usize| word[..word.len() - n].to_string();
    out.push(format!("{word}s"));
    out.push(format!("{word}es"));
    if word.ends_with('y') {
        out.push(format!("{}ies", stem(1)));
    }
    if word.ends_with('z') {
        out.push(format!("{}ces", stem(1)));
    }
    if word.chars().count() >= 4 {
        for (from, to) in [("o", "a"), ("a", "o"), ("os", "as"), ("as", "os")] {
            if let Some(base) = word.strip_suffix(from) {
                out.push(format!("{base}{to}"));
                if from.len() == 1 {
                    out.push(format!("{base}{to}s"));
                }
            }
        }
    }
    out
}

/// A word of a text or of the guide, with its forms ([`forms`]) worked out once: matching a
/// long lesson against every phrase of the guide compares each pair of words many times.
struct Word {
    word: String,
    forms: Vec<String>,
}

impl Word {
    fn new(word: String) -> Word {
        Word {
            forms: forms(&word),
            word,
        }
    }

    /// Whether `other` is this word or one of its forms, either way round (so the guide's
    /// plural "pimps" also finds "pimp").
    fn same(&self, other: &Word) -> bool {
        self.forms.contains(&other.word) || other.forms.contains(&self.word)
    }
}

/// A text split into words, with where each word and each of its forms occurs, so a phrase is
/// looked for only where its first word could match.
struct Text {
    words: Vec<Word>,
    at: HashMap<String, Vec<usize>>,
}

impl Text {
    fn new(words: Vec<Word>) -> Text {
        let mut at: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, w) in words.iter().enumerate() {
            for f in &w.forms {
                at.entry(f.clone()).or_default().push(i);
            }
        }
        Text { words, at }
    }

    /// Whether the guide's `phrase` occurs here as consecutive whole words, word for word or,
    /// when `inflected`, in any of their forms.
    fn contains(&self, phrase: &[Word], inflected: bool) -> bool {
        let Some(first) = phrase.first() else {
            return false;
        };
        // Every place the first word can match: a text word with it among its forms, or one
        // of its forms (which is among that text word's own).
        let mut starts: Vec<usize> = first
            .forms
            .iter()
            .filter_map(|f| self.at.get(f))
            .flatten()
            .copied()
            .collect();
        starts.sort_unstable();
        starts.dedup();
        starts.into_iter().any(|i| {
            self.words.get(i..i + phrase.len()).is_some_and(|window| {
                window
                    .iter()
                    .zip(phrase)
                    .all(|(t, p)| t.word == p.word || inflected && t.same(p))
            })
        })
    }
}

/// The language guide's phrases, each split into words with their forms once, so checking a
/// text as it is typed (or every text of a plan) does not prepare the guide again each time.
pub struct Guide<'a> {
    /// Per guide entry, in the guide's order: its phrases (English, then Spanish) as written
    /// and as words.
    entries: Vec<Vec<(&'a String, Vec<Word>)>>,
}

impl<'a> Guide<'a> {
    /// The guide of `library`, prepared for [`Guide::flags`].
    pub fn new(library: &'a Library) -> Guide<'a> {
        let entries = library
            .packet
            .language_guide
            .entries
            .iter()
            .map(|e| {
                e.avoid_en
                    .iter()
                    .chain(&e.avoid_es)
                    .map(|p| (p, words(&normalise(p)).into_iter().map(Word::new).collect()))
                    .collect()
            })
            .collect();
        Guide { entries }
    }

    /// The guide's phrases (English and Spanish) that `text` contains, one flag per entry, in
    /// the guide's order.
    pub fn flags(&self, text: &str) -> Vec<Flag> {
        if text.trim().is_empty() {
            return Vec::new();
        }
        let text = Text::new(words(&normalise(text)).into_iter().map(Word::new).collect());
        self.entries
            .iter()
            .enumerate()
            .filter_map(|(entry, phrases)| {
                let found = |inflected: bool| {
                    phrases
                        .iter()
                        .find(|(_, words)| text.contains(words, inflected))
                        .map(|(p, _)| *p)
                };
                // The phrase as written when the text has it, else the one it inflects.
                found(false).or_else(|| found(true)).map(|p| Flag {
                    entry,
                    phrase: p.clone(),
                })
            })
            .collect()
    }
}

/// The language guide's phrases that `text` contains ([`Guide::flags`]), for one text: to
/// check several, prepare the [`Guide`] once.
pub fn flags(text: &str, library: &Library) -> Vec<Flag> {
    Guide::new(library).flags(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::library;

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

    #[test]
    fn matches_plurals_and_the_other_gender_in_both_languages() {
        let lib = library();
        let flagged = |text: &str| !flags(text, &lib).is_empty();
        for text in [
            "Child prostitutes are victims.",
            "teen prostitutes",
            "They were sex slaves.",
            "illegal aliens",
            "Illegal immigrants work there.",
            "juvenile prostitutes",
            "niñas prostitutas",
            "Eran esclavas sexuales.",
            "los inmigrantes ilegales",
            "una víctima indefensa y otras victimas indefensas",
            "Las secuestradas y vendidas",
            "child-prostitutes",
        ] {
            assert!(flagged(text), "{text}");
        }
        for text in [
            "A pimpernel grows.",
            "Slavery's history in the South.",
            "sexual health",
            "esposa y esposo",
            "childhood prostitution of ideas",
        ] {
            assert!(!flagged(text), "{text}");
        }
    }

    /// The matcher as first written: every phrase tried at every position of the text.
    fn flags_everywhere(text: &str, library: &Library) -> Vec<Flag> {
        let words: Vec<Word> = words(&normalise(text)).into_iter().map(Word::new).collect();
        let at = |phrase: &[Word], inflected: bool| {
            !phrase.is_empty()
                && words.windows(phrase.len()).any(|w| {
                    w.iter()
                        .zip(phrase)
                        .all(|(t, p)| t.word == p.word || inflected && t.same(p))
                })
        };
        if text.trim().is_empty() {
            return Vec::new();
        }
        let guide = &library.packet.language_guide.entries;
        let mut out = Vec::new();
        for (entry, e) in guide.iter().enumerate() {
            let phrases: Vec<(&String, Vec<Word>)> = e
                .avoid_en
                .iter()
                .chain(&e.avoid_es)
                .map(|p| {
                    (
                        p,
                        super::words(&normalise(p))
                            .into_iter()
                            .map(Word::new)
                            .collect(),
                    )
                })
                .collect();
            let found = |inflected| phrases.iter().find(|(_, w)| at(w, inflected));
            if let Some((p, _)) = found(false).or_else(|| found(true)) {
                out.push(Flag {
                    entry,
                    phrase: (*p).clone(),
                });
            }
        }
        out
    }

    #[test]
    fn looking_only_where_a_phrase_can_start_finds_what_trying_everywhere_finds() {
        let lib = library();
        let mut texts: Vec<String> = lib
            .packet
            .language_guide
            .entries
            .iter()
            .flat_map(|e| e.avoid_en.iter().chain(&e.avoid_es))
            .flat_map(|p| {
                [
                    p.clone(),
                    format!("The {p}s were here"),
                    format!("{p}as y {p}es"),
                ]
            })
            .collect();
        for lesson in &lib.lessons {
            for lang in [crate::Lang::En, crate::Lang::Es] {
                let mut t = lesson.summary.get(lang).to_string();
                for step in &lesson.steps {
                    t.push('\n');
                    t.push_str(step.instructions.get(lang));
                }
                texts.push(t);
            }
        }
        let mut flagged = 0;
        for t in &texts {
            let found = flags(t, &lib);
            flagged += found.len();
            assert_eq!(found, flags_everywhere(t, &lib), "{t}");
        }
        assert!(
            flagged > texts.len() / 2,
            "the texts hold the guide's phrases"
        );
    }
}
