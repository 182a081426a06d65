//! Moving lessons between people: the lesson pack files a preventionist exports and imports,
//! and the packs a plan file carries.
//!
//! A pack from outside is untrusted. [`read`] refuses anything this planner should not hold,
//! with a reason ([`Refusal`]) the UI words in its language, and neutralises what is harmless
//! once cleaned (control and text-direction characters). What it accepts is then compared with
//! the library and the user's own lessons by [`preview`]: which lessons are new, which replace
//! an earlier version from the same pack, which are renamed because their id is taken, which
//! are already there. Nothing is stored until the preview is [`apply`]ed.

use super::custom::unique_id;
use super::pack::{self, Pack};
use super::validate::{self, FieldProblem};
use super::{Lesson, Library, Vocabulary};
use crate::lang::{Lang, Text};
use serde_json::{Map, Value};
use std::collections::HashSet;

/// The largest pack file read, checked before reading it: room for hundreds of full lessons in
/// both languages, small enough that a hostile file cannot exhaust a phone's memory.
pub const MAX_BYTES: usize = 8_000_000;
/// The most lessons one pack may bring.
pub const MAX_LESSONS: usize = 1000;
/// The longest text of one field in one language (a long handout is a few thousand).
pub const MAX_TEXT_CHARS: usize = 20_000;
/// The longest title, pack name or source address.
pub const MAX_LINE_CHARS: usize = 300;
/// The most entries of any one list in a lesson (steps, objectives, choices…).
pub const MAX_ENTRIES: usize = 100;
/// The longest lesson or step, in minutes: a school day.
pub const MAX_MINUTES: u64 = 480;
/// The longest lesson id.
pub const MAX_ID_CHARS: usize = 80;

/// Why a pack was refused. The UI words each in its language (`i18n::packs`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Larger than [`MAX_BYTES`]; not read at all.
    TooLarge { bytes: usize },
    /// Not a `.json` file, or not JSON at all.
    NotJson,
    /// JSON that breaks off or is damaged at this place (a truncated download, a hand edit).
    Damaged { line: usize, column: usize },
    /// Lists or objects nested deeper than any lesson pack is.
    TooDeep,
    /// A plan export, which is imported as plans, not as lessons.
    PlanFile,
    /// JSON, but not a lesson pack (another program's file, or a library index).
    NotAPack,
    /// Made by a newer planner, in a pack format this one does not read yet.
    Newer { version: u64 },
    /// The pack's `version` is not a whole number from 1.
    BadVersion,
    /// A pack without lessons.
    NoLessons,
    /// More than [`MAX_LESSONS`] lessons.
    TooManyLessons { count: usize },
    /// One field of the pack or of one of its lessons is wrong.
    Field {
        /// The lesson's id (or its position, `#3`, when it has no readable id); `None` for the
        /// pack's own fields.
        lesson: Option<String>,
        /// Where in the lesson, as in a lesson file (`steps[2].minutes`).
        field: String,
        issue: Issue,
    },
}

/// What is wrong with a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Issue {
    /// A value the planner's vocabulary does not have (a topic, method, factor…).
    UnknownTerm { value: String },
    /// Minutes that are not a whole number from 0 to [`MAX_MINUTES`].
    Minutes { value: String },
    /// Longer than allowed, in characters.
    TooLong { max: usize },
    /// More entries than allowed.
    TooMany { max: usize },
    /// An id that is not lowercase letters, digits and hyphens, up to [`MAX_ID_CHARS`].
    Id { value: String },
    /// A source address that is not a web address (`https://…`).
    Url { value: String },
    /// The wrong kind of value, a missing or an unknown field: serde's own words.
    Shape { detail: String },
}

/// Checks an import file's name and size before reading it.
pub fn check_file(name: &str, bytes: usize) -> Result<(), Refusal> {
    if bytes > MAX_BYTES {
        return Err(Refusal::TooLarge { bytes });
    }
    if !name.to_lowercase().ends_with(".json") {
        return Err(Refusal::NotJson);
    }
    Ok(())
}

/// Reads a pack file's text: the pack with its lessons checked and cleaned, or why not.
/// Its vocabulary and packet pieces are not kept: imported lessons use the planner's.
pub fn read(text: &str, vocabulary: &Vocabulary) -> Result<Pack, Refusal> {
    if text.len() > MAX_BYTES {
        return Err(Refusal::TooLarge { bytes: text.len() });
    }
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if !trimmed.starts_with('{') {
        return Err(match trimmed.starts_with('[') {
            true => Refusal::NotAPack,
            false => Refusal::NotJson,
        });
    }
    let value: Value = serde_json::from_str(trimmed).map_err(|e| syntax(&e))?;
    read_value(value, vocabulary)
}

/// What a JSON syntax error means to the person who chose the file.
fn syntax(e: &serde_json::Error) -> Refusal {
    if e.to_string().contains("recursion limit") {
        Refusal::TooDeep
    } else {
        Refusal::Damaged {
            line: e.line(),
            column: e.column(),
        }
    }
}

/// Reads a pack already parsed as JSON (as a plan file carries it): see [`read`].
pub fn read_value(value: Value, vocabulary: &Vocabulary) -> Result<Pack, Refusal> {
    let Value::Object(mut map) = value else {
        return Err(Refusal::NotAPack);
    };
    match map.get("format").and_then(Value::as_str) {
        Some(pack::FORMAT) => {}
        Some(crate::transfer::FORMAT) => return Err(Refusal::PlanFile),
        _ => return Err(Refusal::NotAPack),
    }
    match map.get("version").map(|v| (v.as_u64(), v)) {
        Some((Some(v), _)) if v > u64::from(pack::VERSION) => {
            return Err(Refusal::Newer { version: v })
        }
        Some((Some(v), _)) if v >= 1 => {}
        Some((None, v)) if v.as_f64().is_some_and(|f| f > f64::from(pack::VERSION)) => {
            return Err(Refusal::Newer { version: u64::MAX })
        }
        _ => return Err(Refusal::BadVersion),
    }
    if map.get("contents").and_then(Value::as_str) == Some("index") {
        return Err(Refusal::NotAPack);
    }
    let lessons = match map.remove("lessons") {
        Some(Value::Array(lessons)) => lessons,
        None | Some(Value::Null) => Vec::new(),
        Some(_) => {
            return Err(Refusal::Field {
                lesson: None,
                field: "lessons".into(),
                issue: Issue::Shape {
                    detail: "must be a list".into(),
                },
            })
        }
    };
    if lessons.is_empty() {
        return Err(Refusal::NoLessons);
    }
    if lessons.len() > MAX_LESSONS {
        return Err(Refusal::TooManyLessons {
            count: lessons.len(),
        });
    }
    map.remove("vocabulary");
    map.remove("packet");
    let mut head = Value::Object(map);
    clean(&mut head, "", None)?;
    let mut pack: Pack = serde_path_to_error::deserialize(head).map_err(|e| Refusal::Field {
        lesson: None,
        field: e.path().to_string(),
        issue: Issue::Shape {
            detail: e.inner().to_string(),
        },
    })?;
    pack.version = pack::VERSION;
    pack.lessons = lessons
        .into_iter()
        .enumerate()
        .map(|(i, l)| read_lesson(i, l, vocabulary))
        .collect::<Result<_, _>>()?;
    Ok(pack)
}

/// Checks one lesson: its vocabulary and numbers first (so the reason names them), then its
/// shape with plain serde, then its addresses.
fn read_lesson(index: usize, mut value: Value, vocab: &Vocabulary) -> Result<Lesson, Refusal> {
    let named = value
        .get("id")
        .and_then(Value::as_str)
        .filter(|id| !id.is_empty() && id.chars().count() <= MAX_ID_CHARS)
        .map_or_else(|| format!("#{}", index + 1), str::to_string);
    let refuse = |field: String, issue: Issue| Refusal::Field {
        lesson: Some(named.clone()),
        field,
        issue,
    };
    let Value::Object(map) = &value else {
        return Err(refuse(
            String::new(),
            Issue::Shape {
                detail: "a lesson must be an object".into(),
            },
        ));
    };
    terms(map, vocab).map_err(|(f, i)| refuse(f, i))?;
    clean(&mut value, "", Some(&named))?;
    let lesson: Lesson = serde_path_to_error::deserialize(value).map_err(|e| {
        refuse(
            e.path().to_string(),
            Issue::Shape {
                detail: e.inner().to_string(),
            },
        )
    })?;
    if !valid_id(&lesson.id) {
        return Err(refuse(
            "id".into(),
            Issue::Id {
                value: lesson.id.chars().take(MAX_ID_CHARS).collect(),
            },
        ));
    }
    for (i, s) in lesson.sources.iter().enumerate() {
        if let Some(url) = &s.url {
            let lower = url.to_ascii_lowercase();
            if !(lower.starts_with("https://") || lower.starts_with("http://")) {
                return Err(refuse(
                    format!("sources[{i}].url"),
                    Issue::Url {
                        value: url.chars().take(80).collect(),
                    },
                ));
            }
        }
    }
    Ok(lesson)
}

/// Whether `id` can name a lesson: lowercase letters, digits and hyphens.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.chars().count() <= MAX_ID_CHARS
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The vocabulary list each tag field of a lesson draws from.
fn tag_lists(vocab: &Vocabulary) -> [(&'static str, Vec<&str>); 8] {
    fn ids(terms: &[super::Term]) -> Vec<&str> {
        terms.iter().map(|t| t.id.as_str()).collect()
    }
    [
        ("levels", ids(&vocab.levels)),
        ("grades", ids(&vocab.grades)),
        // Retired topics still read (and are dropped: see `RETIRED_TOPICS`).
        (
            "topics",
            ids(&vocab.topics)
                .into_iter()
                .chain(super::model::RETIRED_TOPICS.iter().map(|(id, _)| *id))
                .collect(),
        ),
        ("forms", ids(&vocab.forms)),
        ("nc_elements", ids(&vocab.nc_elements)),
        ("risk_factors", ids(&vocab.risk_factors)),
        ("protective_factors", ids(&vocab.protective_factors)),
        ("audience", ids(&vocab.audiences)),
    ]
}

/// Every vocabulary value and number of a lesson, before serde reads it, so an unknown value
/// or absurd minutes are named as such (serde would only say "unknown variant" in English).
fn terms(map: &Map<String, Value>, vocab: &Vocabulary) -> Result<(), (String, Issue)> {
    let unknown = |field: String, v: &Value| {
        (
            field,
            Issue::UnknownTerm {
                value: v.as_str().map_or_else(|| v.to_string(), str::to_string),
            },
        )
    };
    let check = |field: String, v: &Value, known: &[&str]| match v.as_str() {
        Some(s) if known.contains(&s) => Ok(()),
        Some(_) => Err(unknown(field, v)),
        // Not a string: serde names the wrong type.
        None => Ok(()),
    };
    for (field, known) in tag_lists(vocab) {
        match map.get(field) {
            Some(Value::Array(values)) => {
                for (i, v) in values.iter().enumerate() {
                    check(format!("{field}[{i}]"), v, &known)?;
                }
            }
            Some(v @ Value::String(_)) => check(field.into(), v, &known)?,
            _ => {}
        }
    }
    let minutes = |field: String, v: &Value| match v.as_u64() {
        Some(m) if m <= MAX_MINUTES => Ok(()),
        _ => Err((
            field,
            Issue::Minutes {
                value: v.to_string().chars().take(40).collect(),
            },
        )),
    };
    for field in ["minutes", "min_minutes"] {
        if let Some(v) = map.get(field) {
            minutes(field.into(), v)?;
        }
    }
    let methods: Vec<&str> = vocab.methods.iter().map(|t| t.id.as_str()).collect();
    if let Some(Value::Array(steps)) = map.get("steps") {
        for (i, step) in steps.iter().enumerate() {
            if let Some(v) = step.get("minutes") {
                minutes(format!("steps[{i}].minutes"), v)?;
            }
            if let Some(v) = step.get("method") {
                check(format!("steps[{i}].method"), v, &methods)?;
            }
        }
    }
    if let Some(Value::Array(adaptations)) = map.get("adaptations") {
        for (i, a) in adaptations.iter().enumerate() {
            if let Some(v) = a.get("light") {
                check(
                    format!("adaptations[{i}].light"),
                    v,
                    &["green", "yellow", "red"],
                )?;
            }
        }
    }
    Ok(())
}

/// Walks a value: refuses over-long texts and lists, and removes control and text-direction
/// characters from every text (they can hide or reorder what a reader sees).
fn clean(value: &mut Value, path: &str, lesson: Option<&String>) -> Result<(), Refusal> {
    let refuse = |issue: Issue| Refusal::Field {
        lesson: lesson.cloned(),
        field: path.to_string(),
        issue,
    };
    match value {
        Value::String(s) => {
            let field = path
                .strip_suffix(".en")
                .or_else(|| path.strip_suffix(".es"))
                .unwrap_or(path);
            let key = field.rsplit('.').next().unwrap_or("");
            let key = key.split('[').next().unwrap_or("");
            let line = matches!(key, "id" | "title" | "url" | "name");
            let max = if line { MAX_LINE_CHARS } else { MAX_TEXT_CHARS };
            if s.chars().count() > max {
                return Err(refuse(Issue::TooLong { max }));
            }
            if s.chars().any(hidden) {
                s.retain(|c| !hidden(c));
            }
        }
        Value::Array(items) => {
            if items.len() > MAX_ENTRIES {
                return Err(refuse(Issue::TooMany { max: MAX_ENTRIES }));
            }
            for (i, item) in items.iter_mut().enumerate() {
                clean(item, &format!("{path}[{i}]"), lesson)?;
            }
        }
        Value::Object(map) => {
            if map.len() > MAX_ENTRIES {
                return Err(refuse(Issue::TooMany { max: MAX_ENTRIES }));
            }
            for (k, v) in map.iter_mut() {
                let key: String = k.chars().take(40).collect();
                let path = match path {
                    "" => key,
                    p => format!("{p}.{key}"),
                };
                clean(v, &path, lesson)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Characters removed from imported text: controls other than line breaks and tabs, and the
/// bidirectional overrides and isolates that can make text read differently from what it is.
fn hidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// How one incoming lesson would land.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A lesson the library does not have yet.
    New,
    /// A newer version of a lesson imported earlier from a pack of the same name.
    Replaces,
    /// Its id was taken; it is imported under a fresh id (its `lesson.id`), nothing replaced.
    Renamed { from: String, taken_by: Taken },
    /// Exactly this lesson is already in the library: nothing to do.
    AlreadyThere,
}

/// Whose lesson already has an id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Taken {
    /// A lesson the planner ships, with its title.
    BuiltIn { title: Text },
    /// One of the user's lessons, with its title and the name of the pack it is in.
    Custom { title: Text, pack: Text },
    /// An earlier lesson of the same pack.
    SamePack,
}

/// One lesson of a pack being imported, as it would be stored.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    pub lesson: Lesson,
    pub outcome: Outcome,
    /// What the build's validation finds in it, in its languages; a lesson with problems is
    /// kept as a draft.
    pub problems: Vec<FieldProblem>,
}

/// What an import would do, shown before anything is stored.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    pub name: Text,
    pub languages: Vec<Lang>,
    pub lessons: Vec<Incoming>,
}

/// Whether a lesson with the id of one in a same-named pack replaces it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    /// A lesson pack file: a newer version of a coalition's pack replaces its lessons.
    UpdatePack,
    /// Lessons a plan file carries: they never replace anything (the sender's copy may be
    /// older), they are renamed instead.
    KeepExisting,
}

impl Preview {
    /// The lessons that change the library (new, replacing or renamed).
    pub fn changes(&self) -> impl Iterator<Item = &Incoming> {
        self.lessons
            .iter()
            .filter(|i| i.outcome != Outcome::AlreadyThere)
    }

    /// Each renamed id with the id it is imported under, for the plans that name it.
    pub fn renames(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        for i in &self.lessons {
            if let Outcome::Renamed { from, .. } = &i.outcome {
                if !out.iter().any(|(f, _)| f == from) {
                    out.push((from.clone(), i.lesson.id.clone()));
                }
            }
        }
        out
    }
}

/// Compares a read pack with the library and the user's packs (`custom[0]` is their own).
pub fn preview(pack: Pack, library: &Library, custom: &[Pack], policy: Policy) -> Preview {
    let same = same_pack(&pack.name, custom).filter(|_| policy == Policy::UpdatePack);
    let mut taken: HashSet<String> = library
        .lessons
        .iter()
        .chain(custom.iter().flat_map(|p| &p.lessons))
        .map(|l| l.id.clone())
        .collect();
    let mut seen = HashSet::new();
    let lessons = pack
        .lessons
        .into_iter()
        .map(|mut lesson| {
            let problems = validate::lesson_fields(&lesson, &library.vocabulary);
            lesson.draft |= !problems.is_empty();
            let id = lesson.id.clone();
            let first = seen.insert(id.clone());
            let identical = library.lesson(&id) == Some(&lesson)
                || custom.iter().flat_map(|p| &p.lessons).any(|l| *l == lesson);
            let outcome = if first && identical {
                Outcome::AlreadyThere
            } else if first && same.is_some_and(|p| custom[p].lessons.iter().any(|l| l.id == id)) {
                Outcome::Replaces
            } else if taken.contains(&id) {
                lesson.id = unique_id(&id, |c| taken.contains(c));
                Outcome::Renamed {
                    from: id.clone(),
                    taken_by: taken_by(&id, library, custom),
                }
            } else {
                Outcome::New
            };
            taken.insert(lesson.id.clone());
            Incoming {
                lesson,
                outcome,
                problems,
            }
        })
        .collect();
    Preview {
        name: pack.name,
        languages: pack.languages,
        lessons,
    }
}

/// The user's imported pack (never their own, `custom[0]`) with this name.
fn same_pack(name: &Text, custom: &[Pack]) -> Option<usize> {
    custom
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, p)| p.name == *name)
        .map(|(i, _)| i)
}

fn taken_by(id: &str, library: &Library, custom: &[Pack]) -> Taken {
    if let Some(l) = library.lesson(id) {
        return Taken::BuiltIn {
            title: l.title.clone(),
        };
    }
    custom
        .iter()
        .find_map(|p| {
            p.lessons
                .iter()
                .find(|l| l.id == id)
                .map(|l| Taken::Custom {
                    title: l.title.clone(),
                    pack: p.name.clone(),
                })
        })
        .unwrap_or(Taken::SamePack)
}

/// Stores what a confirmed preview changes into the user's packs (`custom[0]` is their own
/// and is never written to): into the imported pack of the same name, or a new pack after the
/// others. Returns how many lessons were added or replaced.
pub fn apply(preview: Preview, custom: &mut Vec<Pack>) -> usize {
    let target = same_pack(&preview.name, custom);
    let mut changed = 0;
    let mut added = Vec::new();
    for incoming in preview.lessons {
        if incoming.outcome == Outcome::AlreadyThere {
            continue;
        }
        changed += 1;
        let existing = target.and_then(|t| {
            custom[t]
                .lessons
                .iter()
                .position(|l| l.id == incoming.lesson.id)
        });
        match (target, existing, &incoming.outcome) {
            (Some(t), Some(i), Outcome::Replaces) => custom[t].lessons[i] = incoming.lesson,
            _ => added.push(incoming.lesson),
        }
    }
    if !added.is_empty() {
        match target {
            Some(t) => custom[t].lessons.extend(added),
            None => custom.push(Pack {
                format: pack::FORMAT.into(),
                version: pack::VERSION,
                name: preview.name,
                languages: preview.languages,
                contents: pack::Contents::Full,
                vocabulary: None,
                lessons: added,
                packet: None,
            }),
        }
    }
    changed
}

/// A pack of `lessons` named `name`, in the languages their titles are written in.
pub fn pack_of(lessons: Vec<Lesson>, name: Text) -> Pack {
    let languages = Lang::ALL
        .into_iter()
        .filter(|&lang| lessons.iter().any(|l| !l.title.get(lang).trim().is_empty()))
        .collect();
    Pack {
        format: pack::FORMAT.into(),
        version: pack::VERSION,
        name,
        languages,
        contents: pack::Contents::Full,
        vocabulary: None,
        lessons,
        packet: None,
    }
}

/// A pack file's text: indented, so a coalition can read and review it.
pub fn export(lessons: Vec<Lesson>, name: Text) -> String {
    serde_json::to_string_pretty(&pack_of(lessons, name)).expect("a pack serialises")
}

/// The name an exported pack carries. While the person keeps the `suggested` name (shown to
/// her in her language) the pack carries it in both languages, so each receiver reads it in
/// her own; a name she typed is kept as typed, in both. `typed` is `None` until she types;
/// `None` back means there is no name yet.
pub fn export_name(typed: Option<&str>, suggested: Option<&Text>) -> Option<Text> {
    let written = |t: &Text| Lang::ALL.into_iter().any(|l| !t.get(l).trim().is_empty());
    let Some(typed) = typed.map(str::trim) else {
        return suggested.filter(|s| written(s)).cloned();
    };
    if typed.is_empty() {
        return None;
    }
    match suggested {
        Some(s) if Lang::ALL.into_iter().any(|l| s.get(l).trim() == typed) => Some(s.clone()),
        _ => Some(Text {
            en: typed.to_string(),
            es: typed.to_string(),
        }),
    }
}

/// A file name for a pack named `name`.
pub fn file_name(name: &str) -> String {
    let slug = crate::transfer::slug(name);
    let slug = if slug.is_empty() { "lessons" } else { &slug };
    format!("{slug}.lesson-pack.json")
}

#[cfg(test)]
mod tests;
