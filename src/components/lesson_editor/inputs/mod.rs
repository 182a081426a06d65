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
