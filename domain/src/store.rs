//! The stored data: a versioned document holding every plan, and its migrations.
//!
//! The browser keeps one JSON document. Every change to its shape bumps [`SCHEMA_VERSION`] and
//! adds a step to [`migrate`], tested from a fixture of the older shape, so a plan saved by any
//! earlier release still opens.

use crate::plan::Plan;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The current version of the stored document.
pub const SCHEMA_VERSION: u32 = 3;

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

/// Reads stored JSON of any known version, migrating it to the current one.
pub fn load(json: &str) -> Result<Stored, LoadError> {
    let value: Value = serde_json::from_str(json).map_err(|e| LoadError::Corrupt(e.to_string()))?;
    let value = migrate(value)?;
    serde_json::from_value(value).map_err(|e| LoadError::Corrupt(e.to_string()))
}

/// Brings a stored document (or an export file: the same `version` and `plans`) of any known
/// version up to [`SCHEMA_VERSION`], one step per version.
pub fn migrate(mut value: Value) -> Result<Value, LoadError> {
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| LoadError::Corrupt("no schema version".into()))?;
    let version = u32::try_from(version).map_err(|_| LoadError::Newer(u32::MAX))?;
    match version {
        v if v > SCHEMA_VERSION => return Err(LoadError::Newer(v)),
        0 => return Err(LoadError::Corrupt("unknown schema version 0".into())),
        _ => {}
    }
    if version < 3 {
        each_plan(&mut value, schedule_to_section);
    }
    value["version"] = Value::from(SCHEMA_VERSION);
    Ok(value)
}

fn each_plan(value: &mut Value, step: fn(&mut serde_json::Map<String, Value>)) {
    if let Some(plans) = value.get_mut("plans").and_then(Value::as_array_mut) {
        for plan in plans.iter_mut().filter_map(Value::as_object_mut) {
            step(plan);
        }
    }
}

/// Version 3: a plan is taught to sections, each with its own schedule. An older plan's
/// period, start date, meeting days and no-class dates become its one section.
fn schedule_to_section(plan: &mut serde_json::Map<String, Value>) {
    if plan.contains_key("sections") {
        return;
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
