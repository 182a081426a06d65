//! UI components: thin views over the domain, one file per screen or screen part.

pub mod add_target;
pub mod coverage;
pub mod field;
pub mod header;
pub mod lesson;
pub mod library;
pub mod packet;
pub mod plan_editor;
pub mod plans;
pub mod schedule;
pub mod text;
pub mod transfer;
