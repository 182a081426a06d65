//! Validation of the curriculum: what the build refuses to ship.
//!
//! Each problem names the file, the field and what is wrong, so whoever edited a lesson in a
//! text editor can find and fix it without reading Rust.

use super::library::{Document, PacketPieces};
use super::model::{GradeBand, HandoutKind, Lesson, Level, Method, Topic, MAX_CARD_CHARS};
use super::vocabulary::{List, TermId, Vocabulary};
use crate::lang::{Lang, Text};
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

/// What is wrong with one field, as data, so the build can print it in English and the
/// lesson editor can show it in the UI language (`i18n::editor`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Issue {
    /// A text without its English or Spanish.
    MissingText(Lang),
    /// An English text with a British spelling, and the US form to write.
    BritishSpelling { british: String, us: String },
    /// A list that must have at least one entry.
    EmptyList,
    /// An id that is not lowercase letters, digits and hyphens.
    BadId(String),
    /// A risk or protective factor id the vocabulary does not have.
    UnknownFactor(String),
    /// A number of minutes that must be more than 0.
    NoMinutes,
    /// The step minutes do not add up to the lesson's.
    StepsDoNotAddUp { steps: u32, minutes: u16 },
    /// The steps not marked optional are longer than the shortest the lesson may be cut to.
    CoreTooLong { core: u32, min_minutes: u16 },
    /// The minimum minutes are not between 1 and the lesson's minutes.
    MinMinutesOutOfRange { min_minutes: u16, minutes: u16 },
    /// An assessment item with fewer than two choices.
    TooFewChoices,
    /// An assessment answer that is not one of the choices (numbered from 0).
    AnswerNotAChoice { answer: usize, choices: usize },
    /// A source without a citation.
    EmptyCitation,
    /// An id another lesson already has.
    DuplicateId { id: String, first: String },
    /// A vocabulary term whose id another term of its list has.
    DuplicateTerm(String),
    /// A vocabulary list without a term for a value the app reasons about.
    NoEntry(String),
    /// A card handout with fewer than two cards.
    TooFewCards,
    /// A card handout with a different number of cards in English and Spanish.
    CardCountsDiffer { en: usize, es: usize },
    /// A card too long to read once cut out (1-based card number).
    CardTooLong { card: usize, max: usize },
}

impl fmt::Display for Issue {
    /// The build's wording (English, naming the TOML fields).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Issue::MissingText(Lang::En) => write!(f, "missing English text"),
            Issue::MissingText(Lang::Es) => write!(f, "missing Spanish text"),
            Issue::BritishSpelling { british, us } => {
                write!(
                    f,
                    "British spelling \"{british}\": write \"{us}\" (US English)"
                )
            }
            Issue::EmptyList => write!(f, "must list at least one entry"),
            Issue::BadId(id) => write!(f, "\"{id}\" must be lowercase letters, digits and hyphens"),
            Issue::UnknownFactor(id) => {
                write!(f, "unknown factor \"{id}\" (not in vocabulary.toml)")
            }
            Issue::NoMinutes => write!(f, "must be more than 0"),
            Issue::StepsDoNotAddUp { steps, minutes } => write!(
                f,
                "step minutes add up to {steps}, but the lesson says minutes = {minutes}"
            ),
            Issue::CoreTooLong { core, min_minutes } => write!(
                f,
                "the steps not marked optional add up to {core} minutes, more than \
                 min_minutes = {min_minutes}: mark more steps `optional = true` or shorten them"
            ),
            Issue::MinMinutesOutOfRange {
                min_minutes,
                minutes,
            } => write!(
                f,
                "{min_minutes} must be between 1 and the lesson's {minutes} minutes"
            ),
            Issue::TooFewChoices => write!(f, "needs at least two choices"),
            Issue::AnswerNotAChoice { answer, choices } => write!(
                f,
                "{answer} is not a choice (choices are numbered from 0 to {})",
                choices.saturating_sub(1)
            ),
            Issue::EmptyCitation => write!(f, "is empty"),
            Issue::DuplicateId { id, first } => {
                write!(f, "duplicate id \"{id}\", already used in {first}")
            }
            Issue::DuplicateTerm(id) => write!(f, "duplicate id \"{id}\""),
            Issue::NoEntry(id) => write!(f, "no entry for \"{id}\""),
            Issue::TooFewCards => write!(
                f,
                "a card handout needs at least two cards (\"- \" list items)"
            ),
            Issue::CardCountsDiffer { en, es } => write!(
                f,
                "{en} cards in English but {es} in Spanish: each card needs both"
            ),
            Issue::CardTooLong { card, max } => write!(
                f,
                "card {card} is longer than {max} characters and will not read when cut out"
            ),
        }
    }
}

/// One thing wrong with one field of a lesson (or other curriculum document).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    /// The field, as a path (e.g. `steps[2].instructions.es`).
    pub field: String,
    pub issue: Issue,
}

/// Collects problems for one document, in the languages it is written in.
struct Report {
    problems: Vec<FieldProblem>,
    langs: Vec<Lang>,
}

impl Report {
    fn new(langs: &[Lang]) -> Report {
        Report {
            problems: Vec::new(),
            langs: langs.to_vec(),
        }
    }

    fn add(&mut self, field: impl Into<String>, issue: Issue) {
        self.problems.push(FieldProblem {
            field: field.into(),
            issue,
        });
    }

    /// The problems as the build reports them, for `file`.
    fn into_problems(self, file: &str) -> Vec<Problem> {
        self.problems
            .into_iter()
            .map(|p| Problem {
                file: file.to_string(),
                field: p.field,
                message: p.issue.to_string(),
            })
            .collect()
    }

    /// Each language written must be present and non-blank, and the English in US spelling.
    fn text(&mut self, field: &str, text: &Text) {
        for lang in self.langs.clone() {
            if text.get(lang).trim().is_empty() {
                self.add(format!("{field}.{}", lang.code()), Issue::MissingText(lang));
            }
        }
        self.us_spelling(&format!("{field}.en"), &text.en);
    }

    /// English text uses US spelling: each British form found is one problem.
    fn us_spelling(&mut self, field: &str, english: &str) {
        for (british, us) in british_spellings(english) {
            self.add(field, Issue::BritishSpelling { british, us });
        }
    }

    fn texts(&mut self, field: &str, texts: &[Text]) {
        for (i, t) in texts.iter().enumerate() {
            self.text(&format!("{field}[{i}]"), t);
        }
    }

    fn not_empty<T>(&mut self, field: &str, items: &[T]) {
        if items.is_empty() {
            self.add(field, Issue::EmptyList);
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
    let mut r = Report::new(&Lang::ALL);
    for &list in List::ALL {
        let (terms, list) = (vocab.terms(list), list.key());
        let mut seen = HashSet::new();
        for (i, term) in terms.iter().enumerate() {
            if !seen.insert(term.id.as_str()) {
                r.add(
                    format!("{list}[{i}].id"),
                    Issue::DuplicateTerm(term.id.clone()),
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
    r.into_problems(file)
}

fn require_all<T: TermId>(r: &mut Report, vocab: &Vocabulary, list: List, values: &[T]) {
    for v in values {
        let id = v.term_id();
        if !vocab.terms(list).iter().any(|t| t.id == id) {
            r.add(list.key(), Issue::NoEntry(id.to_string()));
        }
    }
}

/// Checks one lesson against the vocabulary and the format's rules, as the build does.
pub fn lesson(file: &str, lesson: &Lesson, vocab: &Vocabulary) -> Vec<Problem> {
    let mut r = Report::new(&Lang::ALL);
    lesson_into(&mut r, lesson, vocab);
    r.into_problems(file)
}

/// The one lesson check, field by field: what [`lesson`] reports to the build and what the
/// lesson editor shows beside each field. Texts are checked in the languages the lesson is
/// written in ([`Lesson::languages`]; both for a lesson with no title yet), so a lesson
/// written in one language only is not a list of missing translations.
pub fn lesson_fields(lesson: &Lesson, vocab: &Vocabulary) -> Vec<FieldProblem> {
    let mut langs = lesson.languages();
    if langs.is_empty() {
        langs = Lang::ALL.to_vec();
    }
    let mut r = Report::new(&langs);
    lesson_into(&mut r, lesson, vocab);
    r.problems
}

fn lesson_into(r: &mut Report, lesson: &Lesson, vocab: &Vocabulary) {
    let l = lesson;
    if l.id.is_empty()
        || !l
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        r.add("id", Issue::BadId(l.id.clone()));
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
                r.add(format!("{field}[{i}]"), Issue::UnknownFactor(id.clone()));
            }
        }
    }
    if l.minutes == 0 {
        r.add("minutes", Issue::NoMinutes);
    }
    let steps = l.step_minutes();
    if steps != u32::from(l.minutes) {
        r.add(
            "steps",
            Issue::StepsDoNotAddUp {
                steps,
                minutes: l.minutes,
            },
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
            Issue::CoreTooLong {
                core,
                min_minutes: l.min_minutes,
            },
        );
    }
    if l.min_minutes == 0 || l.min_minutes > l.minutes {
        r.add(
            "min_minutes",
            Issue::MinMinutesOutOfRange {
                min_minutes: l.min_minutes,
                minutes: l.minutes,
            },
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
            r.add(format!("steps[{i}].minutes"), Issue::NoMinutes);
        }
    }
    for (i, h) in l.handouts.iter().enumerate() {
        r.text(&format!("handouts[{i}].title"), &h.title);
        r.text(&format!("handouts[{i}].body"), &h.body);
        if h.kind == HandoutKind::Cards {
            let (_, en) = h.cards(Lang::En);
            let (_, es) = h.cards(Lang::Es);
            let field = format!("handouts[{i}].body");
            if en.len() < 2 {
                r.add(field.clone(), Issue::TooFewCards);
            }
            if en.len() != es.len() {
                r.add(
                    field.clone(),
                    Issue::CardCountsDiffer {
                        en: en.len(),
                        es: es.len(),
                    },
                );
            }
            for (n, card) in en.iter().chain(&es).enumerate() {
                if card.chars().count() > MAX_CARD_CHARS {
                    r.add(
                        field.clone(),
                        Issue::CardTooLong {
                            card: n % en.len().max(1) + 1,
                            max: MAX_CARD_CHARS,
                        },
                    );
                }
            }
        }
    }
    for (i, a) in l.assessment.iter().enumerate() {
        r.text(&format!("assessment[{i}].prompt"), &a.prompt);
        r.texts(&format!("assessment[{i}].choices"), &a.choices);
        r.text(&format!("assessment[{i}].explanation"), &a.explanation);
        if a.choices.len() < 2 {
            r.add(format!("assessment[{i}].choices"), Issue::TooFewChoices);
        }
        if a.answer >= a.choices.len() {
            r.add(
                format!("assessment[{i}].answer"),
                Issue::AnswerNotAChoice {
                    answer: a.answer,
                    choices: a.choices.len(),
                },
            );
        }
    }
    for (i, a) in l.adaptations.iter().enumerate() {
        r.text(&format!("adaptations[{i}].text"), &a.text);
    }
    for (i, s) in l.sources.iter().enumerate() {
        if s.citation.trim().is_empty() {
            r.add(format!("sources[{i}].citation"), Issue::EmptyCitation);
        }
        r.us_spelling(&format!("sources[{i}].citation"), &s.citation);
    }
}

fn document(r: &mut Report, doc: &Document) {
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
        let mut r = Report::new(&Lang::ALL);
        document(&mut r, doc);
        problems.extend(r.into_problems(file));
    }
    let mut r = Report::new(&Lang::ALL);
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
    problems.extend(r.into_problems(files[3]));
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
                message: Issue::DuplicateId {
                    id: lesson.id.clone(),
                    first: first.clone(),
                }
                .to_string(),
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
