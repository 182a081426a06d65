//! Validation of the curriculum: what the build refuses to ship.
//!
//! Each problem names the file, the field and what is wrong, so whoever edited a lesson in a
//! text editor can find and fix it without reading Rust.

use super::library::{Document, PacketPieces};
use super::model::{GradeBand, Lesson, Level, Method, Topic};
use super::vocabulary::{id_of, Vocabulary};
use crate::lang::Text;
use serde::Serialize;
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

    /// Both languages must be present and non-blank.
    fn text(&mut self, field: &str, text: &Text) {
        if text.en.trim().is_empty() {
            self.add(format!("{field}.en"), "missing English text");
        }
        if text.es.trim().is_empty() {
            self.add(format!("{field}.es"), "missing Spanish text");
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

/// Checks the vocabulary: unique ids, both names, and a term for every closed-list value.
pub fn vocabulary(file: &str, vocab: &Vocabulary) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut r = Report {
        file,
        problems: &mut problems,
    };
    for (list, terms) in vocab.lists() {
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
    require_all(&mut r, "levels", &vocab.levels, &Level::ALL);
    require_all(&mut r, "grades", &vocab.grades, &GradeBand::ALL);
    require_all(&mut r, "forms", &vocab.forms, &super::model::Form::ALL);
    require_all(&mut r, "topics", &vocab.topics, &Topic::ALL);
    require_all(&mut r, "methods", &vocab.methods, &Method::ALL);
    problems
}

fn require_all<T: Serialize>(
    r: &mut Report<'_>,
    list: &str,
    terms: &[super::vocabulary::Term],
    values: &[T],
) {
    for v in values {
        let id = id_of(v);
        if !terms.iter().any(|t| t.id == id) {
            r.add(list, format!("no entry for \"{id}\""));
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
