//! The pure domain of the prevention curriculum planner.
//!
//! Nothing here touches the browser: the curriculum model, library filtering, plans,
//! scheduling, undo history, the stored schema and the UI string catalog are plain Rust,
//! compiled and tested natively. The web layer in the root crate renders what this computes.

pub mod assessment;
pub mod backup;
pub mod calendar;
pub mod checks;
pub mod coverage;
pub mod curriculum;
pub mod delivery;
pub mod filter;
pub mod first_paint;
pub mod history;
pub mod i18n;
pub mod lang;
pub mod lesson_records;
pub mod letter;
pub mod order;
pub mod packet;
pub mod plan;
pub mod prose;
pub mod report;
pub mod results;
pub mod review;
pub mod route;
pub mod schedule;
pub mod search;
pub mod section;
pub mod status;
pub mod store;
pub mod swap;
pub mod sync;
pub mod transfer;
pub mod wording;

/// The built-in library for tests (unit tests, and integration tests through `test-support`).
#[cfg(any(test, feature = "test-support"))]
#[doc(hidden)]
pub mod test_support;

pub use curriculum::{Lesson, Library};
pub use lang::{Lang, Text};
