//! UI components: thin views over the domain, one file per screen or screen part.

pub mod add_target;
pub mod backup;
pub mod band_swap;
pub mod comments;
pub mod coverage;
pub mod delivery;
pub mod field;
pub mod fix_actions;
pub mod header;
pub mod lesson;
pub mod lesson_editor;
pub mod library;
pub mod my_lesson;
pub mod new_term;
pub mod packet;
pub mod packs;
pub mod plan_editor;
pub mod plans;
pub mod restore;
pub mod review;
pub mod schedule;
pub mod share;
pub mod text;
pub mod transfer;
