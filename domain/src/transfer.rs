//! Moving plans between people: export files, share links, and the import that checks them.
//!
//! Everything that arrives from outside is untrusted: it is size-checked before parsing,
//! validated field by field, and either accepted whole or rejected with a reason. Nothing is
//! changed until the user confirms the preview, and nothing already stored is overwritten.

use crate::curriculum::Library;
use crate::plan::Plan;
use crate::store::SCHEMA_VERSION;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Marks a file as ours, so another JSON file is told apart from a plan export.
pub const FORMAT: &str = "prevention-planner-export";

/// The largest import accepted, checked before reading or parsing (1 MB holds hundreds of plans).
pub const MAX_IMPORT_BYTES: usize = 1_000_000;

/// Limits on imported text, so a hostile file cannot bloat storage or the page.
pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_NOTES_CHARS: usize = 10_000;
pub const MAX_PLANS: usize = 200;
pub const MAX_ITEMS: usize = 200;
pub const MAX_CONTACTS: usize = 30;
pub const MAX_COMMENTS: usize = 500;

/// An export file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Export {
    pub format: String,
    pub version: u32,
    pub plans: Vec<Plan>,
}

/// The JSON of an export file holding `plans`.
pub fn export(plans: &[Plan]) -> String {
    let export = Export {
        format: FORMAT.into(),
        version: SCHEMA_VERSION,
        plans: plans.to_vec(),
    };
    serde_json::to_string_pretty(&export).expect("plans serialise")
}

/// A file name for an export: the plan's name made safe, or "plans" for several.
pub fn file_name(plans: &[Plan]) -> String {
    let base = match plans {
        [one] => one
            .name
            .chars()
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
            .join("-"),
        _ => String::new(),
    };
    let base = if base.is_empty() {
        "plans".to_string()
    } else {
        base
    };
    format!("{base}.prevention-plan.json")
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

/// Reads an export (file contents or a share link's decoded text) and validates every plan.
/// Returns the plans to import; nothing is stored here.
pub fn parse_import(text: &str, library: &Library) -> Result<Vec<Plan>, ImportError> {
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
    let value: Value =
        serde_json::from_str(trimmed).map_err(|e| ImportError::InvalidJson(e.to_string()))?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotAnExport);
    }
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| ImportError::BadShape("no version".into()))?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(ImportError::NewerVersion(
            u32::try_from(version).unwrap_or(u32::MAX),
        ));
    }
    let export: Export =
        serde_json::from_value(value).map_err(|e| ImportError::BadShape(e.to_string()))?;
    validate(&export.plans, library)?;
    Ok(export.plans)
}

fn validate(plans: &[Plan], library: &Library) -> Result<(), ImportError> {
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
        if p.contacts.len() > MAX_CONTACTS || p.no_class.len() > 400 {
            return Err(too_long("contacts"));
        }
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
        if !crate::plan::GRADES.contains(&p.grade) || !(10..=240).contains(&p.period_minutes) {
            return Err(ImportError::BadShape(format!(
                "grade {} or period {} out of range",
                p.grade, p.period_minutes
            )));
        }
        for item in &p.items {
            if item.notes.chars().count() > MAX_NOTES_CHARS {
                return Err(too_long("notes"));
            }
            match library.lesson(&item.lesson) {
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

/// Adds imported plans to `existing`: a plan whose id is already taken gets a new id and a
/// marked name, so nothing is ever overwritten. Returns the names as imported.
pub fn merge_import(
    existing: &mut Vec<Plan>,
    imported: Vec<Plan>,
    mut new_id: impl FnMut() -> String,
    imported_suffix: &str,
    now: i64,
) -> Vec<String> {
    let mut names = Vec::new();
    for mut plan in imported {
        if existing.iter().any(|p| p.id == plan.id) {
            plan.id = new_id();
            plan.name = format!("{} ({imported_suffix})", plan.name);
        }
        plan.edited = now;
        names.push(plan.name.clone());
        existing.push(plan);
    }
    names
}

/// The fragment data of a share link for `plan`: compact JSON, base64url.
pub fn share_data(plan: &Plan) -> String {
    let export = Export {
        format: FORMAT.into(),
        version: SCHEMA_VERSION,
        plans: vec![plan.clone()],
    };
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(&export).expect("plan serialises"))
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
    use crate::curriculum::source::load_library;
    use std::path::Path;

    fn library() -> Library {
        load_library(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../curriculum")).unwrap()
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
        assert_eq!(parse_import(&export(&plans), &lib), Ok(plans));
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
        assert_eq!(parse_import(&file, &lib), Ok(vec![p.clone()]));
        // A file written before comments existed has none, and imports.
        let old = export(&[plan("b")]);
        assert!(!old.contains("comments"));
        assert!(parse_import(&old, &lib).unwrap()[0].comments.is_empty());
        // A hostile comment is refused, not stored.
        p.comments[0].text = "x".repeat(crate::review::MAX_COMMENT_CHARS + 1);
        assert!(matches!(
            parse_import(&export(&[p]), &lib),
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
        let data = share_data(&p);
        assert!(data
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        let text = decode_share(&data).unwrap();
        assert_eq!(parse_import(&text, &lib), Ok(vec![p]));
        assert_eq!(decode_share("%%%"), Err(ImportError::NotJson));
    }

    #[test]
    fn clashing_ids_are_renamed_never_overwritten() {
        let mut existing = vec![plan("a")];
        let mut n = 0;
        let names = merge_import(
            &mut existing,
            vec![plan("a"), plan("c")],
            || {
                n += 1;
                format!("new{n}")
            },
            "imported",
            9,
        );
        assert_eq!(names, ["Plan a (imported)", "Plan c"]);
        assert_eq!(existing.len(), 3);
        assert_eq!(existing[0].name, "Plan a");
        assert_eq!(existing[1].id, "new1");
        assert_eq!(existing[2].id, "c");
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
        assert_eq!(parse_import("hello", &lib), Err(ImportError::NotJson));
        assert!(matches!(
            parse_import("{\"format\":", &lib),
            Err(ImportError::InvalidJson(_))
        ));
        assert_eq!(
            parse_import("{\"a\":1}", &lib),
            Err(ImportError::NotAnExport)
        );
        assert_eq!(parse_import("[1,2]", &lib), Err(ImportError::NotAnExport));
        let newer = format!("{{\"format\":\"{FORMAT}\",\"version\":99,\"plans\":[]}}");
        assert_eq!(
            parse_import(&newer, &lib),
            Err(ImportError::NewerVersion(99))
        );
        let empty = format!("{{\"format\":\"{FORMAT}\",\"version\":1,\"plans\":[]}}");
        assert_eq!(parse_import(&empty, &lib), Err(ImportError::Empty));
        let shape = format!("{{\"format\":\"{FORMAT}\",\"version\":1,\"plans\":[{{\"id\":3}}]}}");
        assert!(matches!(
            parse_import(&shape, &lib),
            Err(ImportError::BadShape(_))
        ));

        let mut unknown = plan("u");
        unknown.add("no-such-lesson");
        assert_eq!(
            parse_import(&export(&[unknown]), &lib),
            Err(ImportError::UnknownLessons(vec!["no-such-lesson".into()]))
        );
        let mut long = plan("l");
        long.notes = "x".repeat(MAX_NOTES_CHARS + 1);
        assert!(matches!(
            parse_import(&export(&[long]), &lib),
            Err(ImportError::TooLong { field: "notes", .. })
        ));
        let mut skipped = plan("s");
        skipped.items[0].skipped = vec![99];
        assert!(matches!(
            parse_import(&export(&[skipped]), &lib),
            Err(ImportError::BadShape(_))
        ));
        let huge = " ".repeat(MAX_IMPORT_BYTES + 1);
        assert!(matches!(
            parse_import(&huge, &lib),
            Err(ImportError::TooLarge { .. })
        ));
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
