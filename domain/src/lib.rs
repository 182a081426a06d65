//! The pure domain of the prevention curriculum planner.
//!
//! Nothing here touches the browser: the curriculum model, the UI string catalog and
//! (later) plans, scheduling and checks are plain Rust, compiled and tested natively.
//! The web layer in the root crate renders what this crate computes.

pub mod curriculum;
pub mod i18n;
pub mod lang;
pub mod search;

pub use curriculum::{Lesson, Library};
pub use lang::{Lang, Text};
