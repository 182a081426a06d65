//! The editor's single-value inputs, each bound to a field path (`curriculum::fields`):
//! numbers, plain text, choices and tag checkboxes, one file each.

mod choice;
mod number;
mod plain;
mod tags;

pub use choice::Choice;
pub use number::NumberField;
pub use plain::PlainField;
pub use tags::TagGroup;

use super::Ed;
use leptos::prelude::*;
use planner_domain::curriculum::Lesson;

/// The edited lesson's value at field path `key` as `read` finds it, followed as the lesson
/// changes; empty when the path names nothing (yet).
fn field_value(
    ed: Ed,
    key: StoredValue<String>,
    read: fn(&Lesson, &str) -> Option<String>,
) -> Memo<String> {
    Memo::new(move |_| {
        ed.read(|l| read(l, &key.read_value()))
            .flatten()
            .unwrap_or_default()
    })
}
