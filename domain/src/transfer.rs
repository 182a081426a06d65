//! Moving plans between people: export files, share links, and the import that checks them.
//!
//! Everything that arrives from outside is untrusted: it is size-checked before parsing,
//! validated field by field, and either accepted whole or rejected with a reason. Nothing is
//! changed until the user confirms the preview, and nothing already stored is overwritten.
//!
//! A file carries the user's own lessons its plans use, as lesson packs (`lesson_packs`, one
//! per pack they come from), so whoever opens it sees the same lessons; they are read as
//! strictly as a pack file ([`exchange`]) and never replace the receiver's lessons. Files
//! without them (every earlier release) read as before.

use crate::curriculum::exchange::{self, Policy, Preview, Refusal};
use crate::curriculum::pack::Pack;
use crate::curriculum::{Lesson, Library};
use crate::lang::Text;
use crate::plan::Plan;
use crate::store::SCHEMA_VERSION;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::Serialize;
use serde_json::Value;

/// Marks a file as ours, so another JSON file is told apart from a plan export.
pub const FORMAT: &str = "prevention-planner-export";

/// The largest import accepted, checked before reading or parsing: the size of the largest
/// lesson pack, as a file may carry the lessons its plans use.
pub const MAX_IMPORT_BYTES: usize = exchange::MAX_BYTES;
/// The longest share link offered. RFC 9110 (section 4.1) asks software to handle addresses of
/// at least 8,000 characters; longer ones are cut or refused by some mail and chat programs.
pub const MAX_LINK_CHARS: usize = 8_000;

/// Limits on imported text, so a hostile file cannot bloat storage or the page.
pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_NOTES_CHARS: usize = 10_000;
pub const MAX_PLANS: usize = 200;
pub const MAX_ITEMS: usize = 200;
pub const MAX_CONTACTS: usize = 30;
pub const MAX_COMMENTS: usize = 500;

/// An export file.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Export {
    pub format: String,
    pub version: u32,
    pub plans: Vec<Plan>,
    /// The user's own lessons the plans use (see the module docs).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lesson_packs: Vec<Pack>,
}

impl Export {
    fn of(plans: &[Plan], lesson_packs: &[Pack]) -> Export {
        Export {
            format: FORMAT.into(),
            version: SCHEMA_VERSION,
            plans: plans.to_vec(),
            lesson_packs: lesson_packs.to_vec(),
        }
    }
}

/// The JSON of an export file holding `plans` and no lessons of their own.
pub fn export(plans: &[Plan]) -> String {
    export_with(plans, &[])
}

/// The JSON of an export file holding `plans` and the `lesson_packs` they use
/// ([`carried_packs`]).
pub fn export_with(plans: &[Plan], lesson_packs: &[Pack]) -> String {
    serde_json::to_string_pretty(&Export::of(plans, lesson_packs)).expect("plans serialise")
}

/// The user's lessons that `plans` use, as packs to carry in their file: one per pack they are
/// kept in, named as it is, except the user's own (`custom[0]`), which is named `own_name`
/// (the receiver would otherwise see them as "Your lessons").
pub fn carried_packs(
    plans: &[Plan],
    library: &Library,
    custom: &[Pack],
    own_name: Text,
) -> Vec<Pack> {
    let used: Vec<&str> = plans
        .iter()
        .flat_map(|p| &p.items)
        .map(|i| i.lesson.as_str())
        .filter(|id| library.lesson(id).is_none())
        .collect();
    custom
        .iter()
        .enumerate()
        .filter_map(|(i, pack)| {
            let lessons: Vec<Lesson> = pack
                .lessons
                .iter()
                .filter(|l| used.contains(&l.id.as_str()))
                .cloned()
                .collect();
            let name = if i == 0 {
                own_name.clone()
            } else {
                pack.name.clone()
            };
            (!lessons.is_empty()).then(|| exchange::pack_of(lessons, name))
        })
        .collect()
}

/// A file name for an export: the plan's name made safe, or "plans" for several.
pub fn file_name(plans: &[Plan]) -> String {
    let base = match plans {
        [one] => slug(&one.name),
        _ => String::new(),
    };
    let base = if base.is_empty() {
        "plans".to_string()
    } else {
        base
    };
    format!("{base}.prevention-plan.json")
}

/// `name` as a safe file name: lowercase letters and digits joined by hyphens.
pub fn slug(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// The name the user's own lessons travel under in a file of `plans`: `"Lessons from
/// <organization>"` (of the first plan that names one), else `"Lessons of the plan <name>"`.
pub fn own_lessons_name(plans: &[Plan]) -> Text {
    let text = |lang| {
        let t = crate::i18n::pack_strings(lang);
        match plans.iter().find(|p| !p.organization.trim().is_empty()) {
            Some(p) => (t.from_org)(p.organization.trim()),
            None => (t.from_plan)(plans.first().map_or("", |p| p.name.trim())),
        }
    };
    Text {
        en: text(crate::Lang::En),
        es: text(crate::Lang::Es),
    }
}

/// Why an import was refused. Each is shown to the user in their language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`]; not read at all.
    TooLarge { bytes: usize },
    /// Not a JSON file (by name or content).
    NotJson,
    /// Not valid JSON (truncated, edited by hand).
    InvalidJson(String),
    /// JSON, but not a plan export (another app's file).
    NotAnExport,
    /// Written by a newer version of the planner.
    NewerVersion(u32),
    /// Has the right marker but the plans are not in the expected shape.
    BadShape(String),
    /// Names lessons this library does not have.
    UnknownLessons(Vec<String>),
    /// A text or list is longer than allowed.
    TooLong { plan: String, field: &'static str },
    /// Holds no plans.
    Empty,
    /// The lessons it carries were refused, for this reason.
    Lessons(Refusal),
}

/// What an import file holds, checked: its plans (their lessons renamed where the receiver's
/// library has the id already) and a preview of each lesson pack it carries.
#[derive(Clone, Debug, PartialEq)]
pub struct Received {
    pub plans: Vec<Plan>,
    pub lessons: Vec<Preview>,
}

/// Checks an import file's name and size before reading it.
pub fn check_file(name: &str, bytes: usize) -> Result<(), ImportError> {
    if bytes > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes });
    }
    let lower = name.to_lowercase();
    if !lower.ends_with(".json") {
        return Err(ImportError::NotJson);
    }
    Ok(())
}

/// Reads an export (file contents or a share link's decoded text) and validates every plan
/// and the lessons it carries against the `library` and the user's lesson packs (`custom`).
/// Returns what to import; nothing is stored here.
pub fn parse_import(
    text: &str,
    library: &Library,
    custom: &[Pack],
) -> Result<Received, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if !trimmed.starts_with('{') {
        return Err(match trimmed.starts_with('[') {
            true => ImportError::NotAnExport,
            false => ImportError::NotJson,
        });
    }
    use crate::store::{HeadError, LoadError};
    let version =
        crate::store::read_head(trimmed, FORMAT, SCHEMA_VERSION).map_err(|e| match e {
            HeadError::Syntax(why) => ImportError::InvalidJson(why),
            HeadError::OtherFormat => ImportError::NotAnExport,
            HeadError::NoVersion => ImportError::BadShape("no version".into()),
            HeadError::Newer(v) => ImportError::NewerVersion(v),
        })?;
    let mut value: Value =
        serde_json::from_str(trimmed).map_err(|e| ImportError::InvalidJson(e.to_string()))?;
    let carried = match value.as_object_mut().and_then(|m| m.remove("lesson_packs")) {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(packs)) => packs,
        Some(_) => return Err(ImportError::BadShape("lesson_packs is not a list".into())),
    };
    // Export files of earlier releases take the stored document's migrations.
    let plans = value.as_object_mut().and_then(|m| m.remove("plans"));
    let mut plans =
        crate::store::read_plans(plans.unwrap_or_default(), version).map_err(|e| match e {
            LoadError::Newer(v) => ImportError::NewerVersion(v),
            LoadError::Corrupt(why) => ImportError::BadShape(why),
        })?;
    if carried.len() > MAX_PLANS {
        return Err(ImportError::Lessons(Refusal::TooManyLessons {
            count: carried.len(),
        }));
    }
    let lessons = carried
        .into_iter()
        .map(|v| {
            let pack =
                exchange::read_value(v, &library.vocabulary).map_err(ImportError::Lessons)?;
            let preview = exchange::preview(pack, library, custom, Policy::KeepExisting);
            for (from, to) in preview.renames() {
                for item in plans.iter_mut().flat_map(|p| &mut p.items) {
                    if item.lesson == from {
                        item.lesson.clone_from(&to);
                    }
                }
            }
            Ok(preview)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let lookup = |id: &str| {
        library
            .lesson(id)
            .or_else(|| custom.iter().flat_map(|p| &p.lessons).find(|l| l.id == id))
            .or_else(|| {
                lessons
                    .iter()
                    .flat_map(|p| &p.lessons)
                    .map(|i| &i.lesson)
                    .find(|l| l.id == id)
            })
    };
    validate(&plans, library, lookup)?;
    Ok(Received { plans, lessons })
}

fn validate<'a>(
    plans: &[Plan],
    library: &Library,
    lesson: impl Fn(&str) -> Option<&'a Lesson>,
) -> Result<(), ImportError> {
    if plans.is_empty() {
        return Err(ImportError::Empty);
    }
    if plans.len() > MAX_PLANS {
        return Err(ImportError::TooLong {
            plan: String::new(),
            field: "plans",
        });
    }
    let mut unknown = Vec::new();
    for p in plans {
        let too_long = |field: &'static str| ImportError::TooLong {
            plan: p.name.chars().take(60).collect(),
            field,
        };
        let short_fields = [
            ("name", &p.name),
            ("school", &p.school),
            ("facilitators", &p.facilitators),
            ("organization", &p.organization),
            ("id", &p.id),
        ];
        for (field, text) in short_fields {
            if text.chars().count() > MAX_NAME_CHARS {
                return Err(too_long(field));
            }
        }
        if p.notes.chars().count() > MAX_NOTES_CHARS {
            return Err(too_long("notes"));
        }
        if p.items.len() > MAX_ITEMS {
            return Err(too_long("items"));
        }
        if p.contacts.len() > MAX_CONTACTS {
            return Err(too_long("contacts"));
        }
        validate_sections(p, library)?;
        if p.comments.len() > MAX_COMMENTS
            || p.comments.iter().any(|c| {
                c.author.chars().count() > MAX_NAME_CHARS
                    || c.text.chars().count() > crate::review::MAX_COMMENT_CHARS
                    || c.lesson
                        .as_ref()
                        .is_some_and(|l| l.chars().count() > MAX_NAME_CHARS)
            })
        {
            return Err(too_long("comments"));
        }
        for c in &p.contacts {
            if [&c.label, &c.name, &c.phone]
                .iter()
                .any(|t| t.chars().count() > MAX_NAME_CHARS)
            {
                return Err(too_long("contacts"));
            }
        }
        if !crate::plan::GRADES.contains(&p.grade) {
            return Err(ImportError::BadShape(format!(
                "grade {} out of range",
                p.grade
            )));
        }
        if p.has_repeated_item_ids() {
            return Err(ImportError::BadShape("two lessons share an item id".into()));
        }
        for item in &p.items {
            if item.notes.chars().count() > MAX_NOTES_CHARS {
                return Err(too_long("notes"));
            }
            match lesson(&item.lesson) {
                None => {
                    if !unknown.contains(&item.lesson) {
                        unknown.push(item.lesson.chars().take(80).collect());
                    }
                }
                Some(lesson) => {
                    if item.skipped.iter().any(|&s| s >= lesson.steps.len()) {
                        return Err(ImportError::BadShape(format!(
                            "a skipped step of {} does not exist",
                            item.lesson
                        )));
                    }
                }
            }
        }
    }
    if unknown.is_empty() {
        Ok(())
    } else {
        Err(ImportError::UnknownLessons(unknown))
    }
}

/// The most sections, dates and logged sessions a plan may bring.
pub const MAX_SECTIONS: usize = 30;
pub const MAX_DATES: usize = 400;
pub const MAX_STUDENTS: usize = 300;

/// Checks a plan's sections and what they recorded: sizes, ranges, and student codes that
/// are codes (an imported file cannot bring a student's name in).
fn validate_sections(p: &Plan, library: &Library) -> Result<(), ImportError> {
    let too_long = |field: &'static str| ImportError::TooLong {
        plan: p.name.chars().take(60).collect(),
        field,
    };
    let bad = |what: String| ImportError::BadShape(what);
    if p.sections.is_empty() {
        return Err(bad("a plan without sections".into()));
    }
    if p.sections.len() > MAX_SECTIONS {
        return Err(too_long("sections"));
    }
    let tests = crate::results::test_items(p, library).len().max(1);
    for (i, s) in p.sections.iter().enumerate() {
        if p.sections[..i].iter().any(|o| o.id == s.id) {
            return Err(bad(format!(
                "two sections with the id {}",
                s.id.chars().take(40).collect::<String>()
            )));
        }
        for text in [&s.id, &s.name, &s.teacher, &s.room] {
            if text.chars().count() > MAX_NAME_CHARS {
                return Err(too_long("sections"));
            }
        }
        if !(10..=240).contains(&s.period_minutes) {
            return Err(bad(format!("period {} out of range", s.period_minutes)));
        }
        if [
            s.no_class.len(),
            s.postponed.len(),
            s.moved.len(),
            s.log.len(),
        ]
        .iter()
        .any(|&n| n > MAX_DATES)
        {
            return Err(too_long("dates"));
        }
        for log in &s.log {
            let texts = [&log.session, &log.facilitators];
            if texts.iter().any(|t| t.chars().count() > MAX_NAME_CHARS)
                || log.notes.chars().count() > MAX_NOTES_CHARS
                || log.changed.len() > MAX_ITEMS
                || log.adaptations.len() > MAX_ITEMS
                || log
                    .changed
                    .iter()
                    .any(|m| m.reason.chars().count() > MAX_NOTES_CHARS)
                || log
                    .adaptations
                    .iter()
                    .any(|a| a.what.chars().count() + a.why.chars().count() > MAX_NOTES_CHARS)
            {
                return Err(too_long("log"));
            }
            if log
                .engagement
                .is_some_and(|e| !crate::delivery::ENGAGEMENT.contains(&e))
            {
                return Err(bad(format!("engagement {:?} out of range", log.engagement)));
            }
        }
        let r = &s.results;
        if r.students.len() > MAX_STUDENTS || r.tally.len() > MAX_DATES || r.items.len() > MAX_DATES
        {
            return Err(too_long("results"));
        }
        let mut codes: Vec<&str> = Vec::new();
        for st in &r.students {
            if crate::results::check_code(&st.code, &codes).is_err() {
                return Err(bad("a student code that is not a short code".into()));
            }
            codes.push(&st.code);
            if st.pre.chars().count() > tests.max(r.items.len())
                || st.post.chars().count() > tests.max(r.items.len())
            {
                return Err(too_long("results"));
            }
        }
        if r.tally.iter().any(|t| {
            t.item.chars().count() > MAX_NAME_CHARS
                || t.pre.correct > t.pre.answered
                || t.post.correct > t.post.answered
        }) {
            return Err(bad("a tally with more correct than answered".into()));
        }
    }
    Ok(())
}

/// How an imported plan stands against the receiver's plans, matched by id (a plan keeps its
/// id through export and import, so the lead's reviewed file names the preventionist's plan).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// No plan here has its id.
    New,
    /// The same plan as here (apart, perhaps, from review comments).
    Same,
    /// The plan here, edited later elsewhere.
    Newer,
    /// The plan here in another version, not edited later than this one.
    Older,
}

/// `plan` apart from its review comments and edit time, to compare versions.
fn content(plan: &Plan) -> Plan {
    Plan {
        comments: Vec::new(),
        edited: 0,
        ..plan.clone()
    }
}

/// How `plan` stands against `existing` (see [`Standing`]).
pub fn standing(existing: &[Plan], plan: &Plan) -> Standing {
    match existing.iter().find(|p| p.id == plan.id) {
        None => Standing::New,
        Some(here) if content(here) == content(plan) => Standing::Same,
        Some(here) if plan.edited > here.edited => Standing::Newer,
        Some(_) => Standing::Older,
    }
}

/// The review comments of `here` followed by those of `other` it does not already hold (the
/// same author, time and text is the same comment; resolved if either copy resolved it).
pub fn merged_comments(
    here: &[crate::review::Comment],
    other: &[crate::review::Comment],
) -> Vec<crate::review::Comment> {
    let same = |a: &crate::review::Comment, b: &crate::review::Comment| {
        a.author == b.author && a.at == b.at && a.text == b.text && a.lesson == b.lesson
    };
    let mut out = here.to_vec();
    for c in other {
        match out.iter_mut().find(|h| same(h, c)) {
            Some(h) => h.resolved |= c.resolved,
            None => out.push(c.clone()),
        }
    }
    out
}

/// What an import did: the names of the plans added or updated, and each plan here as it was
/// before an update replaced or changed it (for its undo).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Merged {
    pub names: Vec<String>,
    pub replaced: Vec<Plan>,
}

/// Adds imported plans to `existing`, matching them by id. A plan not here is added. A plan
/// here is updated (replaced by the imported version, unless that is the same or older) unless
/// its id is in `keep_both`, which adds the import as a copy with a new id and a marked name.
/// Either way, the imported copy's review comments join the plan here, without repeats, so a
/// reviewed file's comments land on the plan they are about.
pub fn merge_import(
    existing: &mut Vec<Plan>,
    imported: Vec<Plan>,
    keep_both: &[String],
    mut new_id: impl FnMut() -> String,
    imported_suffix: &str,
    now: i64,
) -> Merged {
    let mut done = Merged::default();
    for mut plan in imported {
        let standing = standing(existing, &plan);
        let Some(here) = existing.iter_mut().find(|p| p.id == plan.id) else {
            plan.edited = now;
            done.names.push(plan.name.clone());
            existing.push(plan);
            continue;
        };
        let before = here.clone();
        let comments = merged_comments(&here.comments, &plan.comments);
        if keep_both.contains(&plan.id) {
            here.comments = comments;
            plan.id = new_id();
            plan.name = format!("{} ({imported_suffix})", plan.name);
            plan.edited = now;
            done.names.push(plan.name.clone());
            existing.push(plan);
        } else {
            if standing == Standing::Newer {
                *here = plan;
            }
            here.comments = comments;
            if *here == before {
                continue;
            }
            here.edited = now;
            done.names.push(here.name.clone());
        }
        if *existing
            .iter()
            .find(|p| p.id == before.id)
            .expect("still here")
            != before
        {
            done.replaced.push(before);
        }
    }
    done
}

/// The fragment data of a share link for `plan` and the `lesson_packs` it uses: compact JSON,
/// base64url.
pub fn share_data(plan: &Plan, lesson_packs: &[Pack]) -> String {
    let export = Export::of(std::slice::from_ref(plan), lesson_packs);
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(&export).expect("plan serialises"))
}

/// The share link for `plan` at the app's address `base` (origin and path), or its length when
/// it is longer than [`MAX_LINK_CHARS`] (the plan is then shared as a file).
pub fn share_link(base: &str, plan: &Plan, lesson_packs: &[Pack]) -> Result<String, usize> {
    let hash = crate::route::Route::Import(share_data(plan, lesson_packs)).to_hash();
    let link = format!("{base}{hash}");
    match link.len() {
        n if n > MAX_LINK_CHARS => Err(n),
        _ => Ok(link),
    }
}

/// Decodes a share link's data back to export text (then checked by [`parse_import`]).
pub fn decode_share(data: &str) -> Result<String, ImportError> {
    if data.len() > MAX_IMPORT_BYTES * 4 / 3 + 4 {
        return Err(ImportError::TooLarge { bytes: data.len() });
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(data.trim().trim_end_matches('='))
        .map_err(|_| ImportError::NotJson)?;
    String::from_utf8(bytes).map_err(|_| ImportError::NotJson)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::library;

    /// The plans of an import for a receiver with no lessons of their own.
    fn plans_of(text: &str, lib: &Library) -> Result<Vec<Plan>, ImportError> {
        parse_import(text, lib, &[]).map(|r| r.plans)
    }

    fn plan(id: &str) -> Plan {
        let mut p = Plan::new(id.into(), format!("Plan {id}"), 5);
        p.add("what-is-trafficking-6-8");
        p.items[0].notes = "<script>alert('x')</script> stays text".into();
        p
    }

    #[test]
    fn an_export_imports_back_unchanged() {
        let lib = library();
        let plans = vec![plan("a"), plan("b")];
        assert_eq!(plans_of(&export(&plans), &lib), Ok(plans));
    }

    #[test]
    fn review_comments_travel_in_the_file_and_old_files_still_import() {
        use crate::review::Comment;
        let lib = library();
        let mut p = plan("a");
        p.comment(Comment::new(
            "Dana (lead)",
            7,
            None,
            "Add the county hotline.",
        ));
        p.comment(Comment::new(
            "Dana (lead)",
            8,
            Some("what-is-trafficking-6-8"),
            "Keep the video.",
        ));
        let file = export(std::slice::from_ref(&p));
        assert!(file.contains("\"comments\""));
        assert_eq!(plans_of(&file, &lib), Ok(vec![p.clone()]));
        // A file written before comments existed has none, and imports.
        let old = export(&[plan("b")]);
        assert!(!old.contains("comments"));
        assert!(plans_of(&old, &lib).unwrap()[0].comments.is_empty());
        // A hostile comment is refused, not stored.
        p.comments[0].text = "x".repeat(crate::review::MAX_COMMENT_CHARS + 1);
        assert!(matches!(
            plans_of(&export(&[p]), &lib),
            Err(ImportError::TooLong {
                field: "comments",
                ..
            })
        ));
    }

    #[test]
    fn a_share_link_round_trips() {
        let lib = library();
        let p = plan("a");
        let data = share_data(&p, &[]);
        assert!(data
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        let text = decode_share(&data).unwrap();
        assert_eq!(plans_of(&text, &lib), Ok(vec![p.clone()]));
        assert_eq!(decode_share("%%%"), Err(ImportError::NotJson));
        assert!(share_link("https://example.org/", &p, &[]).is_ok());
        // A year of delivery records for one plan is a file, not a link.
        let year = crate::report::tests::year_plan(&lib, 0);
        assert!(share_link("https://example.org/", &year, &[]).is_err());
    }

    fn counter() -> impl FnMut() -> String {
        let mut n = 0;
        move || {
            n += 1;
            format!("new{n}")
        }
    }

    #[test]
    fn keep_both_adds_a_marked_copy_never_overwriting() {
        let mut existing = vec![plan("a")];
        let mut newer = plan("a");
        newer.school = "Elsewhere".into();
        newer.edited = 50;
        let done = merge_import(
            &mut existing,
            vec![newer, plan("c")],
            &["a".into()],
            counter(),
            "imported",
            9,
        );
        assert_eq!(done.names, ["Plan a (imported)", "Plan c"]);
        assert!(done.replaced.is_empty());
        assert_eq!(existing.len(), 3);
        assert_eq!(existing[0].name, "Plan a");
        assert_eq!(existing[0].school, "");
        assert_eq!(existing[1].id, "new1");
        assert_eq!(existing[2].id, "c");
    }

    #[test]
    fn plans_are_matched_by_id_and_a_newer_version_updates_in_place() {
        let here = plan("a");
        assert_eq!(
            standing(std::slice::from_ref(&here), &plan("b")),
            Standing::New
        );
        assert_eq!(standing(std::slice::from_ref(&here), &here), Standing::Same);
        let mut newer = here.clone();
        newer.school = "Valley Middle".into();
        newer.edited = here.edited + 1;
        assert_eq!(
            standing(std::slice::from_ref(&here), &newer),
            Standing::Newer
        );
        let mut older = newer.clone();
        older.edited = here.edited - 1;
        assert_eq!(
            standing(std::slice::from_ref(&here), &older),
            Standing::Older
        );

        let mut existing = vec![here.clone()];
        let done = merge_import(&mut existing, vec![newer], &[], counter(), "imported", 99);
        assert_eq!(existing.len(), 1, "updated, not duplicated");
        assert_eq!(existing[0].school, "Valley Middle");
        assert_eq!(existing[0].edited, 99);
        assert_eq!(
            done.replaced,
            std::slice::from_ref(&here),
            "the old version kept for undo"
        );
        assert_eq!(done.names, ["Plan a"]);

        // An older version never replaces the plan here.
        let mut existing = vec![here.clone()];
        let done = merge_import(&mut existing, vec![older], &[], counter(), "imported", 99);
        assert_eq!(existing, [here]);
        assert!(done.names.is_empty() && done.replaced.is_empty());
    }

    #[test]
    fn importing_the_same_file_twice_changes_nothing() {
        let mut existing = Vec::new();
        let file = vec![plan("a"), plan("b")];
        merge_import(&mut existing, file.clone(), &[], counter(), "imported", 5);
        let once = existing.clone();
        let done = merge_import(&mut existing, file, &[], counter(), "imported", 6);
        assert_eq!(existing, once, "no school counted twice");
        assert!(done.names.is_empty());
    }

    #[test]
    fn a_reviewed_copy_brings_its_comments_to_the_plan_here_once() {
        use crate::review::Comment;
        let mut here = plan("a");
        here.comment(Comment::new("Ana", 1, None, "Add the hotline"));
        let mut reviewed = here.clone();
        reviewed.comment(Comment::new("Lead", 2, Some("x"), "Keep step 2"));
        reviewed.comments[0].resolved = true;
        reviewed.edited = here.edited + 5;
        let mut existing = vec![here.clone()];
        let done = merge_import(
            &mut existing,
            vec![reviewed.clone()],
            &[],
            counter(),
            "imported",
            7,
        );
        assert_eq!(existing.len(), 1);
        assert_eq!(existing[0].comments.len(), 2);
        assert!(existing[0].comments[0].resolved);
        assert_eq!(done.replaced, [here.clone()]);
        // Again: nothing repeats.
        merge_import(&mut existing, vec![reviewed], &[], counter(), "imported", 8);
        assert_eq!(existing[0].comments.len(), 2);
        // Keep both: the copy is added and the comments still reach the plan here.
        let mut existing = vec![here.clone()];
        let mut copy = here.clone();
        copy.school = "Other".into();
        copy.comment(Comment::new("Lead", 3, None, "Looks good"));
        merge_import(
            &mut existing,
            vec![copy],
            &["a".into()],
            counter(),
            "imported",
            9,
        );
        assert_eq!(existing.len(), 2);
        assert_eq!(existing[0].comments.len(), 2);
    }

    #[test]
    fn each_bad_file_gets_its_own_reason() {
        let lib = library();
        assert_eq!(
            check_file("plans.json", MAX_IMPORT_BYTES + 1),
            Err(ImportError::TooLarge {
                bytes: MAX_IMPORT_BYTES + 1
            })
        );
        assert_eq!(check_file("photo.png", 10), Err(ImportError::NotJson));
        assert_eq!(check_file("Plans.JSON", 10), Ok(()));
        assert_eq!(plans_of("hello", &lib), Err(ImportError::NotJson));
        assert!(matches!(
            plans_of("{\"format\":", &lib),
            Err(ImportError::InvalidJson(_))
        ));
        assert_eq!(plans_of("{\"a\":1}", &lib), Err(ImportError::NotAnExport));
        assert_eq!(plans_of("[1,2]", &lib), Err(ImportError::NotAnExport));
        let newer = format!("{{\"format\":\"{FORMAT}\",\"version\":99,\"plans\":[]}}");
        assert_eq!(plans_of(&newer, &lib), Err(ImportError::NewerVersion(99)));
        let empty = format!("{{\"format\":\"{FORMAT}\",\"version\":1,\"plans\":[]}}");
        assert_eq!(plans_of(&empty, &lib), Err(ImportError::Empty));
        let shape = format!("{{\"format\":\"{FORMAT}\",\"version\":1,\"plans\":[{{\"id\":3}}]}}");
        assert!(matches!(
            plans_of(&shape, &lib),
            Err(ImportError::BadShape(_))
        ));

        let mut unknown = plan("u");
        unknown.add("no-such-lesson");
        assert_eq!(
            plans_of(&export(&[unknown]), &lib),
            Err(ImportError::UnknownLessons(vec!["no-such-lesson".into()]))
        );
        let mut long = plan("l");
        long.notes = "x".repeat(MAX_NOTES_CHARS + 1);
        assert!(matches!(
            plans_of(&export(&[long]), &lib),
            Err(ImportError::TooLong { field: "notes", .. })
        ));
        let mut skipped = plan("s");
        skipped.items[0].skipped = vec![99];
        assert!(matches!(
            plans_of(&export(&[skipped]), &lib),
            Err(ImportError::BadShape(_))
        ));
        let huge = " ".repeat(MAX_IMPORT_BYTES + 1);
        assert!(matches!(
            plans_of(&huge, &lib),
            Err(ImportError::TooLarge { .. })
        ));
    }

    /// One of the user's own lessons: a library lesson under a new id and title.
    fn own_lesson(id: &str, title: &str) -> Lesson {
        let mut l = library().lessons[0].clone();
        l.id = id.into();
        l.title.en = title.into();
        l
    }

    fn own(lessons: Vec<Lesson>) -> Vec<Pack> {
        let name = Text {
            en: "Your lessons".into(),
            es: "Tus lecciones".into(),
        };
        vec![exchange::pack_of(lessons, name)]
    }

    fn org() -> Text {
        Text {
            en: "Lessons from Valley".into(),
            es: "Lecciones de Valley".into(),
        }
    }

    #[test]
    fn a_plan_file_carries_the_own_lessons_it_uses_to_a_colleague() {
        let lib = library();
        let sender = own(vec![
            own_lesson("ours", "Ours"),
            own_lesson("unused", "Unused"),
        ]);
        let mut p = plan("a");
        p.add("ours");
        let packs = carried_packs(&[p.clone()], &lib, &sender, org());
        assert_eq!(packs.len(), 1);
        assert_eq!(packs[0].name, org());
        assert_eq!(packs[0].lessons.len(), 1);
        let file = export_with(&[p.clone()], &packs);

        // A colleague with an empty library sees the plan and its lesson, as new.
        let got = parse_import(&file, &lib, &[]).unwrap();
        assert_eq!(got.plans, vec![p.clone()]);
        assert_eq!(got.lessons.len(), 1);
        assert_eq!(got.lessons[0].lessons[0].outcome, exchange::Outcome::New);
        assert_eq!(got.lessons[0].lessons[0].lesson.title.en, "Ours");
        assert_eq!(got.lessons[0].name, org());

        // Without the lessons (a file of an earlier release), the lesson is unknown.
        assert_eq!(
            plans_of(&export(&[p.clone()]), &lib),
            Err(ImportError::UnknownLessons(vec!["ours".into()]))
        );

        // A colleague whose own lesson has that id keeps it; the plan points at the copy.
        let colleague = own(vec![own_lesson("ours", "Hers")]);
        let got = parse_import(&file, &lib, &colleague).unwrap();
        let incoming = &got.lessons[0].lessons[0];
        assert_eq!(incoming.lesson.id, "ours-2");
        assert!(matches!(
            incoming.outcome,
            exchange::Outcome::Renamed { .. }
        ));
        assert_eq!(got.plans[0].items[1].lesson, "ours-2");
        assert_eq!(got.plans[0].items[0].lesson, "what-is-trafficking-6-8");

        // And one who has the very same lesson already just uses it.
        let got = parse_import(&file, &lib, &sender).unwrap();
        assert_eq!(
            got.lessons[0].lessons[0].outcome,
            exchange::Outcome::AlreadyThere
        );
        assert_eq!(got.plans[0].items[1].lesson, "ours");
    }

    #[test]
    fn hostile_lessons_in_a_plan_file_refuse_the_whole_file() {
        let lib = library();
        let mut bad = own_lesson("ours", "Ours");
        bad.minutes = 60000;
        let mut p = plan("a");
        p.add("ours");
        let file = export_with(&[p], &[exchange::pack_of(vec![bad], org())]);
        assert!(matches!(
            parse_import(&file, &lib, &[]),
            Err(ImportError::Lessons(Refusal::Field { .. }))
        ));
        let not_a_list =
            format!("{{\"format\":\"{FORMAT}\",\"version\":1,\"plans\":[],\"lesson_packs\":3}}");
        assert!(matches!(
            parse_import(&not_a_list, &lib, &[]),
            Err(ImportError::BadShape(_))
        ));
    }

    #[test]
    fn a_share_link_carries_lessons_while_it_fits() {
        let lib = library();
        let base = "https://planner.example/";
        // A short lesson of one's own, as a preventionist might write for one class.
        let mut small = own_lesson("ours", "Ours");
        let short = |t: &mut Text| {
            t.en = t.en.chars().take(120).collect();
            t.es = t.es.chars().take(120).collect();
        };
        small.steps.truncate(1);
        small.objectives.truncate(1);
        small.assessment.truncate(1);
        small.sources.truncate(1);
        small.handouts.clear();
        small.discussion.clear();
        small.preparation.clear();
        small.materials.clear();
        small.adaptations.clear();
        for t in [
            &mut small.summary,
            &mut small.safety,
            &mut small.steps[0].instructions,
        ] {
            short(t);
        }
        let item = &mut small.assessment[0];
        for t in item.choices.iter_mut().chain([&mut item.explanation]) {
            short(t);
        }
        let mut p = plan("a");
        p.add("ours");
        let packs = carried_packs(&[p.clone()], &lib, &own(vec![small]), org());
        let link = share_link(base, &p, &packs).unwrap();
        assert!(link.len() <= MAX_LINK_CHARS && link.starts_with(base));
        let data = link.rsplit('/').next().unwrap();
        let got = parse_import(&decode_share(data).unwrap(), &lib, &[]).unwrap();
        assert_eq!(got.lessons[0].lessons[0].lesson.id, "ours");

        let packs = carried_packs(
            &[p.clone()],
            &lib,
            &own(vec![own_lesson("ours", "Ours")]),
            org(),
        );
        let too_long = share_link(base, &p, &packs).unwrap_err();
        assert!(too_long > MAX_LINK_CHARS);
    }

    #[test]
    fn file_names_are_safe() {
        let mut p = plan("a");
        p.name = "Lincoln MS / Spring: 8th grade!".into();
        assert_eq!(
            file_name(&[p.clone()]),
            "lincoln-ms-spring-8th-grade.prevention-plan.json"
        );
        assert_eq!(file_name(&[p.clone(), p]), "plans.prevention-plan.json");
    }
}
