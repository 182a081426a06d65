//! Validation of the curriculum: what the build refuses to ship.
//!
//! Each problem names the file, the field and what is wrong, so whoever edited a lesson in a
//! text editor can find and fix it without reading Rust.

use super::library::{Document, PacketPieces};
use super::model::{GradeBand, Lesson, Level, Method, Topic};
use super::vocabulary::{List, TermId, Vocabulary};
use crate::lang::Text;
use std::collections::HashSet;
use std::fmt;

/// One thing wrong with a curriculum file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file, relative to `curriculum/`.
    pub file: String,
    /// The field, as a path inside the file (e.g. `steps[2].instructions.es`).
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.field, self.message)
    }
}

/// Collects problems for one file.
struct Report<'a> {
    file: &'a str,
    problems: &'a mut Vec<Problem>,
}

impl Report<'_> {
    fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            file: self.file.to_string(),
            field: field.into(),
            message: message.into(),
        });
    }

    /// Both languages must be present and non-blank, and the English in US spelling.
    fn text(&mut self, field: &str, text: &Text) {
        if text.en.trim().is_empty() {
            self.add(format!("{field}.en"), "missing English text");
        }
        self.us_spelling(&format!("{field}.en"), &text.en);
        if text.es.trim().is_empty() {
            self.add(format!("{field}.es"), "missing Spanish text");
        }
    }

    /// English text uses US spelling: each British form found is one problem.
    fn us_spelling(&mut self, field: &str, english: &str) {
        for (british, us) in british_spellings(english) {
            self.add(
                field,
                format!("British spelling \"{british}\": write \"{us}\" (US English)"),
            );
        }
    }

    fn texts(&mut self, field: &str, texts: &[Text]) {
        for (i, t) in texts.iter().enumerate() {
            self.text(&format!("{field}[{i}]"), t);
        }
    }

    fn not_empty<T>(&mut self, field: &str, items: &[T]) {
        if items.is_empty() {
            self.add(field, "must list at least one entry");
        }
    }
}

/// British stems and their US form; a word is British when it is a stem followed by one of
/// the stem's endings (so "analyses", a US plural, and "emphasis" stay allowed).
const BRITISH: &[(&str, &str, &[&str])] = {
    const IZE: &[&str] = &[
        "e", "es", "ed", "ing", "er", "ers", "ation", "ations", "ational", "able",
    ];
    const OUR: &[&str] = &[
        "", "s", "ed", "ing", "al", "ally", "hood", "hoods", "ly", "ite", "ites", "able", "ful",
        "er", "ers", "less",
    ];
    const DOUBLED: &[&str] = &["ed", "ing", "er", "ers", "or", "ors"];
    const NOUN: &[&str] = &["", "s"];
    &[
        ("organis", "organiz", IZE),
        ("recognis", "recogniz", IZE),
        ("realis", "realiz", IZE),
        ("apologis", "apologiz", IZE),
        ("criticis", "criticiz", IZE),
        ("emphasis", "emphasiz", &["e", "es", "ed", "ing"]),
        ("summaris", "summariz", IZE),
        ("prioritis", "prioritiz", IZE),
        ("minimis", "minimiz", IZE),
        ("maximis", "maximiz", IZE),
        ("categoris", "categoriz", IZE),
        ("normalis", "normaliz", IZE),
        ("stigmatis", "stigmatiz", IZE),
        ("marginalis", "marginaliz", IZE),
        ("victimis", "victimiz", IZE),
        ("traumatis", "traumatiz", IZE),
        ("memoris", "memoriz", IZE),
        ("personalis", "personaliz", IZE),
        ("customis", "customiz", IZE),
        ("specialis", "specializ", IZE),
        ("authoris", "authoriz", IZE),
        ("standardis", "standardiz", IZE),
        ("utilis", "utiliz", IZE),
        ("visualis", "visualiz", IZE),
        ("characteris", "characteriz", IZE),
        ("familiaris", "familiariz", IZE),
        ("sensitis", "sensitiz", IZE),
        ("empathis", "empathiz", IZE),
        ("sympathis", "sympathiz", IZE),
        ("mobilis", "mobiliz", IZE),
        ("glamoris", "glamoriz", IZE),
        ("sexualis", "sexualiz", IZE),
        ("sensationalis", "sensationaliz", IZE),
        ("romanticis", "romanticiz", IZE),
        ("idealis", "idealiz", IZE),
        ("criminalis", "criminaliz", IZE),
        ("legitimis", "legitimiz", IZE),
        ("trivialis", "trivializ", IZE),
        ("analys", "analyz", &["e", "ed", "ing", "er", "ers"]),
        ("paralys", "paralyz", &["e", "ed", "ing"]),
        ("practis", "practic", &["e", "es", "ed", "ing"]),
        ("behaviour", "behavior", OUR),
        ("colour", "color", OUR),
        ("neighbour", "neighbor", OUR),
        ("honour", "honor", OUR),
        ("favour", "favor", OUR),
        ("labour", "labor", OUR),
        ("harbour", "harbor", OUR),
        ("humour", "humor", OUR),
        ("rumour", "rumor", OUR),
        ("endeavour", "endeavor", OUR),
        ("centre", "center", NOUN),
        ("centred", "centered", &[""]),
        ("theatre", "theater", NOUN),
        ("metre", "meter", NOUN),
        ("programme", "program", NOUN),
        ("licence", "license", NOUN),
        ("defence", "defense", NOUN),
        ("offence", "offense", NOUN),
        ("pretence", "pretense", NOUN),
        ("travell", "travel", DOUBLED),
        ("counsell", "counsel", DOUBLED),
        ("modell", "model", DOUBLED),
        ("labell", "label", DOUBLED),
        ("cancell", "cancel", &["ed", "ing"]),
        ("signalling", "signaling", &[""]),
        ("enrolment", "enrollment", NOUN),
        ("fulfil", "fulfill", &["", "s", "ment"]),
        ("judgement", "judgment", NOUN),
        ("ageing", "aging", &[""]),
    ]
};

/// The British spellings in `english`, each with its US form, in the order they occur.
///
/// Words are runs of ASCII letters, compared without case, so "Organisations" and
/// "neighbour's" are found and "analysis" or "emphasis" are not.
pub fn british_spellings(english: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for word in english
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() > 3)
    {
        let lower = word.to_ascii_lowercase();
        for (stem, us, endings) in BRITISH {
            if let Some(ending) = lower.strip_prefix(stem) {
                if endings.contains(&ending) {
                    found.push((word.to_string(), format!("{us}{ending}")));
                }
            }
        }
    }
    found
}

/// Checks the vocabulary: unique ids, both names, and a term for every closed-list value.
pub fn vocabulary(file: &str, vocab: &Vocabulary) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut r = Report {
        file,
        problems: &mut problems,
    };
    for &list in List::ALL {
        let (terms, list) = (vocab.terms(list), list.key());
        let mut seen = HashSet::new();
        for (i, term) in terms.iter().enumerate() {
            if !seen.insert(term.id.as_str()) {
                r.add(
                    format!("{list}[{i}].id"),
                    format!("duplicate id \"{}\"", term.id),
                );
            }
            r.text(&format!("{list}[{i}].name"), &term.name);
            if let Some(d) = &term.description {
                r.text(&format!("{list}[{i}].description"), d);
            }
        }
    }
    require_all(&mut r, vocab, List::Levels, &Level::ALL);
    require_all(&mut r, vocab, List::Grades, &GradeBand::ALL);
    require_all(&mut r, vocab, List::Forms, &super::model::Form::ALL);
    require_all(&mut r, vocab, List::Topics, &Topic::ALL);
    require_all(&mut r, vocab, List::Methods, &Method::ALL);
    require_all(&mut r, vocab, List::Audiences, &super::model::Audience::ALL);
    require_all(
        &mut r,
        vocab,
        List::NcElements,
        &super::model::NcElement::ALL,
    );
    problems
}

fn require_all<T: TermId>(r: &mut Report<'_>, vocab: &Vocabulary, list: List, values: &[T]) {
    for v in values {
        let id = v.term_id();
        if !vocab.terms(list).iter().any(|t| t.id == id) {
            r.add(list.key(), format!("no entry for \"{id}\""));
        }
    }
}

/// Checks one lesson against the vocabulary and the format's rules.
pub fn lesson(file: &str, lesson: &Lesson, vocab: &Vocabulary) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut r = Report {
        file,
        problems: &mut problems,
    };
    let l = lesson;
    if l.id.is_empty()
        || !l
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        r.add(
            "id",
            format!("\"{}\" must be lowercase letters, digits and hyphens", l.id),
        );
    }
    r.text("title", &l.title);
    r.text("summary", &l.summary);
    r.not_empty("grades", &l.grades);
    r.not_empty("levels", &l.levels);
    r.not_empty("topics", &l.topics);
    // A principal signs off on student lessons by the statute's elements.
    if l.audience == super::model::Audience::Students {
        r.not_empty("nc_elements", &l.nc_elements);
    }
    r.not_empty("objectives", &l.objectives);
    r.not_empty("steps", &l.steps);
    r.not_empty("assessment", &l.assessment);
    r.not_empty("sources", &l.sources);
    for (field, ids, list) in [
        ("risk_factors", &l.risk_factors, &vocab.risk_factors),
        (
            "protective_factors",
            &l.protective_factors,
            &vocab.protective_factors,
        ),
    ] {
        for (i, id) in ids.iter().enumerate() {
            if !list.iter().any(|t| &t.id == id) {
                r.add(
                    format!("{field}[{i}]"),
                    format!("unknown factor \"{id}\" (not in vocabulary.toml)"),
                );
            }
        }
    }
    if l.minutes == 0 {
        r.add("minutes", "must be more than 0");
    }
    let steps = l.step_minutes();
    if steps != u32::from(l.minutes) {
        r.add(
            "steps",
            format!(
                "step minutes add up to {steps}, but the lesson says minutes = {}",
                l.minutes
            ),
        );
    }
    let core: u32 = l
        .steps
        .iter()
        .filter(|s| !s.optional)
        .map(|s| u32::from(s.minutes))
        .sum();
    if core > u32::from(l.min_minutes) {
        r.add(
            "steps",
            format!(
                "the steps not marked optional add up to {core} minutes, more than \
                 min_minutes = {}: mark more steps `optional = true` or shorten them",
                l.min_minutes
            ),
        );
    }
    if l.min_minutes == 0 || l.min_minutes > l.minutes {
        r.add(
            "min_minutes",
            format!(
                "{} must be between 1 and the lesson's {} minutes",
                l.min_minutes, l.minutes
            ),
        );
    }
    r.texts("objectives", &l.objectives);
    r.texts("materials", &l.materials);
    r.texts("preparation", &l.preparation);
    r.texts("discussion", &l.discussion);
    r.text("safety", &l.safety);
    for (i, s) in l.steps.iter().enumerate() {
        r.text(&format!("steps[{i}].title"), &s.title);
        r.text(&format!("steps[{i}].instructions"), &s.instructions);
        if s.minutes == 0 {
            r.add(format!("steps[{i}].minutes"), "must be more than 0");
        }
    }
    for (i, h) in l.handouts.iter().enumerate() {
        r.text(&format!("handouts[{i}].title"), &h.title);
        r.text(&format!("handouts[{i}].body"), &h.body);
    }
    for (i, a) in l.assessment.iter().enumerate() {
        r.text(&format!("assessment[{i}].prompt"), &a.prompt);
        r.texts(&format!("assessment[{i}].choices"), &a.choices);
        r.text(&format!("assessment[{i}].explanation"), &a.explanation);
        if a.choices.len() < 2 {
            r.add(
                format!("assessment[{i}].choices"),
                "needs at least two choices",
            );
        }
        if a.answer >= a.choices.len() {
            r.add(
                format!("assessment[{i}].answer"),
                format!(
                    "{} is not a choice (choices are numbered from 0 to {})",
                    a.answer,
                    a.choices.len().saturating_sub(1)
                ),
            );
        }
    }
    for (i, a) in l.adaptations.iter().enumerate() {
        r.text(&format!("adaptations[{i}].text"), &a.text);
    }
    for (i, s) in l.sources.iter().enumerate() {
        if s.citation.trim().is_empty() {
            r.add(format!("sources[{i}].citation"), "is empty");
        }
        r.us_spelling(&format!("sources[{i}].citation"), &s.citation);
    }
    problems
}

fn document(r: &mut Report<'_>, doc: &Document) {
    r.text("title", &doc.title);
    r.not_empty("sections", &doc.sections);
    for (i, s) in doc.sections.iter().enumerate() {
        r.text(&format!("sections[{i}].heading"), &s.heading);
        r.text(&format!("sections[{i}].body"), &s.body);
    }
}

/// Checks the packet pieces; `files` names the file each came from, in field order.
pub fn packet(files: [&str; 4], p: &PacketPieces) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (file, doc) in files
        .iter()
        .zip([&p.parent_letter, &p.resource_card, &p.facilitator_guide])
    {
        document(
            &mut Report {
                file,
                problems: &mut problems,
            },
            doc,
        );
    }
    let mut r = Report {
        file: files[3],
        problems: &mut problems,
    };
    let g = &p.language_guide;
    r.text("title", &g.title);
    r.text("intro", &g.intro);
    r.not_empty("entries", &g.entries);
    for (i, e) in g.entries.iter().enumerate() {
        r.not_empty(&format!("entries[{i}].avoid_en"), &e.avoid_en);
        r.not_empty(&format!("entries[{i}].avoid_es"), &e.avoid_es);
        r.text(&format!("entries[{i}].instead"), &e.instead);
        r.text(&format!("entries[{i}].why"), &e.why);
    }
    problems
}

/// Ids used by more than one lesson; `lessons` pairs each file with its lesson.
pub fn duplicate_ids(lessons: &[(String, Lesson)]) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (i, (file, lesson)) in lessons.iter().enumerate() {
        if let Some((first, _)) = lessons[..i].iter().find(|(_, l)| l.id == lesson.id) {
            problems.push(Problem {
                file: file.clone(),
                field: "id".into(),
                message: format!("duplicate id \"{}\", already used in {first}", lesson.id),
            });
        }
    }
    problems
}

/// Counterparts that do not pair up: each must name another lesson that names it back and
/// is written for a band this one is not. In a `complete` folder (the curriculum) every
/// counterpart is among `lessons`; a coalition's folder may name a lesson of the library.
pub fn counterparts(lessons: &[(String, Lesson)], complete: bool) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (file, lesson) in lessons {
        let Some(id) = &lesson.counterpart else {
            continue;
        };
        let mut problem = |message: String| {
            problems.push(Problem {
                file: file.clone(),
                field: "counterpart".into(),
                message,
            })
        };
        match lessons.iter().find(|(_, l)| &l.id == id) {
            _ if id == &lesson.id => problem("a lesson cannot be its own counterpart".into()),
            None if complete => problem(format!("no lesson has the id \"{id}\"")),
            None => {}
            Some((_, other)) => {
                if other.counterpart.as_deref() != Some(lesson.id.as_str()) {
                    problem(format!(
                        "\"{id}\" does not name \"{}\" as its counterpart",
                        lesson.id
                    ));
                }
                if other.grades.iter().all(|g| lesson.grades.contains(g)) {
                    problem(format!(
                        "\"{id}\" is for no grade band this lesson is not already for"
                    ));
                }
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::british_spellings;
    use crate::curriculum::source::parse;
    use crate::curriculum::{Lesson, Vocabulary};

    #[test]
    fn core_steps_longer_than_min_minutes_are_refused() {
        let vocab: Vocabulary = parse(
            "vocabulary.toml",
            include_str!("../../../curriculum/vocabulary.toml"),
        )
        .unwrap();
        let text = include_str!("../../../curriculum/lessons/01-what-is-trafficking-6-8.toml");
        let lesson: Lesson = parse("lessons/01.toml", text).unwrap();
        assert!(super::lesson("lessons/01.toml", &lesson, &vocab).is_empty());
        let all_core = text.replace("optional = true\n", "");
        let lesson: Lesson = parse("lessons/01.toml", &all_core).unwrap();
        let problems = super::lesson("lessons/01.toml", &lesson, &vocab);
        assert!(
            problems.iter().any(|p| p.field == "steps"
                && p.message
                    .contains("not marked optional add up to 45 minutes")
                && p.message.contains("min_minutes = 35")),
            "{problems:?}"
        );
        let british = text.replacen("organization", "organisation", 1);
        let lesson: Lesson = parse("lessons/01.toml", &british).unwrap();
        let problems = super::lesson("lessons/01.toml", &lesson, &vocab);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            problems[0].to_string(),
            "lessons/01.toml: steps[0].instructions.en: British spelling \"organisation\": \
             write \"organization\" (US English)"
        );
    }

    fn found(text: &str) -> Vec<String> {
        british_spellings(text)
            .into_iter()
            .map(|(b, _)| b)
            .collect()
    }

    #[test]
    fn british_forms_and_their_inflections_are_found_with_the_us_form() {
        assert_eq!(
            british_spellings("Two Organisations recognised it."),
            vec![
                ("Organisations".to_string(), "organizations".to_string()),
                ("recognised".to_string(), "recognized".to_string()),
            ]
        );
        for word in [
            "behaviour",
            "behaviours",
            "practise",
            "practising",
            "neighbourhood",
            "neighbour's",
            "colours",
            "analyse",
            "centre",
            "programme",
            "favourite",
            "honour",
            "licence",
            "travelling",
            "counsellor",
            "harbouring",
            "labour",
        ] {
            assert_eq!(found(word).len(), 1, "{word} not found");
        }
    }

    #[test]
    fn us_forms_and_look_alikes_are_not_flagged() {
        for text in [
            "organization recognize behavior practice practiced neighborhood color analyze",
            "analysis analyses emphasis center program favorite honor license counselor",
            "exercise advertise surprise compromise otherwise revise supervisor promise",
            "centered labor harboring traveling enrollment judgment fulfill",
        ] {
            assert_eq!(found(text), Vec::<String>::new(), "{text}");
        }
    }
}
