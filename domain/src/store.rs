//! The stored data: a versioned document holding every plan, and its migrations.
//!
//! The browser keeps one JSON document. Every change to its shape bumps [`SCHEMA_VERSION`] and
//! adds a step to `MIGRATIONS`, tested from a fixture of the older shape
//! (`domain/tests/fixtures/stored-v*.json`), so a plan saved by any earlier release still opens.
//! Export files carry the same version and go through the same steps.

use crate::plan::Plan;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The current version of the stored document.
pub const SCHEMA_VERSION: u32 = 4;

/// The steps from each version to the next, in order: `MIGRATIONS[0]` turns version 1 into
/// version 2, and so on. A new version appends its step (the array's length is checked
/// against [`SCHEMA_VERSION`]).
const MIGRATIONS: [fn(Value) -> Result<Value, LoadError>; SCHEMA_VERSION as usize - 1] =
    [v1_to_v2, v2_to_v3, v3_to_v4];

/// Everything the app stores about plans.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    pub version: u32,
    pub plans: Vec<Plan>,
}

impl Stored {
    pub fn new(plans: Vec<Plan>) -> Stored {
        Stored {
            version: SCHEMA_VERSION,
            plans,
        }
    }

    /// The compact JSON written to storage.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("plans serialise: strings, numbers, dates and lists")
    }
}

/// Why stored data could not be read. The raw text is never thrown away by the caller.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON, or not the shape of any version (hand-edited, truncated).
    Corrupt(String),
    /// Written by a newer release of the app; reading it here could lose data.
    Newer(u32),
}

/// The `schema` number at the head of a lessons document or record, read before its body so
/// that one written by a release newer than `newest` is [`LoadError::Newer`] (never
/// overwritten) rather than corrupt; `None` when it has none.
pub(crate) fn schema_head(text: &str, newest: u32) -> Result<Option<u64>, LoadError> {
    #[derive(Deserialize)]
    struct Head {
        schema: Option<u64>,
    }
    let head: Head = serde_json::from_str(text).map_err(|e| LoadError::Corrupt(e.to_string()))?;
    match head.schema {
        Some(v) if v > u64::from(newest) => {
            Err(LoadError::Newer(u32::try_from(v).unwrap_or(u32::MAX)))
        }
        schema => Ok(schema),
    }
}

/// Reads stored JSON of any known version, migrating it to the current one.
pub fn load(json: &str) -> Result<Stored, LoadError> {
    let value: Value = serde_json::from_str(json).map_err(|e| LoadError::Corrupt(e.to_string()))?;
    let value = migrate(value)?;
    serde_json::from_value(value).map_err(|e| LoadError::Corrupt(e.to_string()))
}

/// Brings a stored document of any known version up to [`SCHEMA_VERSION`], one step at a
/// time.
pub fn migrate(mut value: Value) -> Result<Value, LoadError> {
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| LoadError::Corrupt("no schema version".into()))?;
    let version = u32::try_from(version).map_err(|_| LoadError::Newer(u32::MAX))?;
    if version > SCHEMA_VERSION {
        return Err(LoadError::Newer(version));
    }
    if version == 0 {
        return Err(LoadError::Corrupt(format!(
            "unknown schema version {version}"
        )));
    }
    for (from, step) in MIGRATIONS.iter().enumerate().skip(version as usize - 1) {
        value = step(value)?;
        value["version"] = Value::from(from as u32 + 2);
    }
    Ok(value)
}

/// Reads the plans a file carries (an export's, a backup's), written in stored-document
/// version `version`: migrated to [`SCHEMA_VERSION`], then read as this version's plans. The
/// one reader of a plan file's shape.
pub fn read_plans(plans: Value, version: u32) -> Result<Vec<Plan>, LoadError> {
    let mut doc = migrate(serde_json::json!({ "version": version, "plans": plans }))?;
    Vec::<Plan>::deserialize(doc["plans"].take()).map_err(|e| LoadError::Corrupt(e.to_string()))
}

/// Why a planner file's head (its `format` marker and `version`) was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeadError {
    /// Not JSON (truncated, another kind of file); the parser's message.
    Syntax(String),
    /// JSON, but not a file of this format (another app's, or the planner's other file).
    OtherFormat,
    /// The format's marker but no version.
    NoVersion,
    /// Written by a newer planner.
    Newer(u32),
}

/// Reads the head every planner file starts with, before the rest, so that another app's file
/// or a newer planner's is refused with its reason; returns the file's version.
pub fn read_head(text: &str, format: &str, newest: u32) -> Result<u32, HeadError> {
    #[derive(Deserialize)]
    struct Head {
        #[serde(default)]
        format: Option<Value>,
        #[serde(default)]
        version: Option<Value>,
    }
    let head: Head = serde_json::from_str(text).map_err(|e| match e.is_data() {
        true => HeadError::OtherFormat,
        false => HeadError::Syntax(e.to_string()),
    })?;
    if head.format.as_ref().and_then(Value::as_str) != Some(format) {
        return Err(HeadError::OtherFormat);
    }
    let version = head
        .version
        .as_ref()
        .and_then(Value::as_u64)
        .ok_or(HeadError::NoVersion)?;
    match u32::try_from(version) {
        Ok(v) if v <= newest => Ok(v),
        _ => Err(HeadError::Newer(u32::try_from(version).unwrap_or(u32::MAX))),
    }
}

/// Version 2 gives every plan item an id, unique within its plan (1, 2, 3… in plan order), so
/// the editor can key its rows by it.
fn v1_to_v2(mut value: Value) -> Result<Value, LoadError> {
    let plans = value
        .get_mut("plans")
        .and_then(Value::as_array_mut)
        .ok_or_else(|| LoadError::Corrupt("no plans list".into()))?;
    for plan in plans {
        if let Some(items) = plan.get_mut("items").and_then(Value::as_array_mut) {
            for (i, item) in items.iter_mut().enumerate() {
                if let Some(item) = item.as_object_mut() {
                    item.insert("id".into(), Value::from(i as u32 + 1));
                }
            }
        }
    }
    Ok(value)
}

/// Version 3: a plan is taught to class sections, each with its own schedule. An older plan's
/// period, start date, meeting days and no-class dates become its one section.
fn v2_to_v3(mut value: Value) -> Result<Value, LoadError> {
    let plans = value
        .get_mut("plans")
        .and_then(Value::as_array_mut)
        .ok_or_else(|| LoadError::Corrupt("no plans list".into()))?;
    for plan in plans.iter_mut().filter_map(Value::as_object_mut) {
        if plan.contains_key("sections") {
            continue;
        }
        let mut section = serde_json::Map::new();
        section.insert("id".into(), "s1".into());
        section.insert(
            "period_minutes".into(),
            plan.remove("period_minutes")
                .unwrap_or(Value::from(crate::section::DEFAULT_PERIOD)),
        );
        for field in ["start", "days", "no_class"] {
            if let Some(v) = plan.remove(field) {
                section.insert(field.into(), v);
            }
        }
        plan.insert(
            "sections".into(),
            Value::Array(vec![Value::Object(section)]),
        );
    }
    Ok(value)
}

/// Version 4 keys a section's records by plan item id (`schedule::session_key`) instead of
/// lesson id and repeat, so they stay with their lesson when lessons move, repeat or are
/// removed; each delivery record also names the lesson it taught. A key whose lesson is no
/// longer in the plan keeps its old form (the record still counts in reports).
fn v3_to_v4(mut value: Value) -> Result<Value, LoadError> {
    let plans = value
        .get_mut("plans")
        .and_then(Value::as_array_mut)
        .ok_or_else(|| LoadError::Corrupt("no plans list".into()))?;
    for plan in plans.iter_mut().filter_map(Value::as_object_mut) {
        let items: Vec<(String, u64)> = plan
            .get("items")
            .and_then(Value::as_array)
            .map(|items| {
                items
                    .iter()
                    .filter_map(|i| {
                        Some((
                            i.get("lesson")?.as_str()?.to_string(),
                            i.get("id")?.as_u64()?,
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default();
        // "lesson/part" for a lesson's first place in the plan, "lesson/part/n" for its n-th.
        let new_key = |old: &str| -> Option<(String, String)> {
            let mut parts = old.split('/');
            let lesson = parts.next()?;
            let part: u32 = parts.next()?.parse().ok()?;
            let repeat: usize = match parts.next() {
                Some(n) => n.parse().ok()?,
                None => 1,
            };
            let id = items
                .iter()
                .filter(|(l, _)| l == lesson)
                .nth(repeat.checked_sub(1)?)
                .map(|(_, id)| *id);
            let key = match id {
                Some(id) => crate::schedule::session_key(u32::try_from(id).ok()?, part as usize),
                None => old.to_string(),
            };
            Some((lesson.to_string(), key))
        };
        let Some(sections) = plan.get_mut("sections").and_then(Value::as_array_mut) else {
            continue;
        };
        for section in sections.iter_mut() {
            for (list, is_log) in [("log", true), ("moved", false)] {
                let Some(records) = section.get_mut(list).and_then(Value::as_array_mut) else {
                    continue;
                };
                for record in records.iter_mut().filter_map(Value::as_object_mut) {
                    let Some((lesson, key)) = record
                        .get("session")
                        .and_then(Value::as_str)
                        .and_then(new_key)
                    else {
                        continue;
                    };
                    record.insert("session".into(), key.into());
                    if is_log {
                        record.insert("lesson".into(), lesson.into());
                    }
                }
            }
        }
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_round_trip_keeps_everything() {
        let mut plan = Plan::new("p1".into(), "Lincoln MS".into(), 1);
        plan.add("what-is-trafficking-6-8");
        plan.items[0].notes = "Use the gym example".into();
        let stored = Stored::new(vec![plan]);
        assert_eq!(load(&stored.to_json()), Ok(stored));
    }

    #[test]
    fn corrupt_and_newer_documents_are_told_apart() {
        assert!(matches!(
            load("{\"version\":1,\"plans\":[{\"id\""),
            Err(LoadError::Corrupt(_))
        ));
        assert!(matches!(load("[]"), Err(LoadError::Corrupt(_))));
        assert!(matches!(load("{\"plans\":[]}"), Err(LoadError::Corrupt(_))));
        assert_eq!(
            load("{\"version\":7,\"plans\":[]}"),
            Err(LoadError::Newer(7))
        );
        assert!(matches!(
            load("{\"version\":0,\"plans\":[]}"),
            Err(LoadError::Corrupt(_))
        ));
    }
}
