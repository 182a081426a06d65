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

/// What an input bound to field path `path` needs: the edited lesson, the path kept for its
/// handlers, and the lesson's value there as `read` finds it, followed as the lesson changes
/// (empty when the path names nothing yet).
fn bind(
    path: &str,
    read: fn(&Lesson, &str) -> Option<String>,
) -> (Ed, StoredValue<String>, Memo<String>) {
    let ed = expect_context::<Ed>();
    let key = StoredValue::new(path.to_string());
    let value = Memo::new(move |_| {
        ed.read(|l| read(l, &key.read_value()))
            .flatten()
            .unwrap_or_default()
    });
    (ed, key, value)
}
