//! Moving plans in and out: export files and importing a file or a share link (always through
//! a preview; share links are made in `share.rs`). Validation lives in
//! `planner_domain::transfer`.

mod file;
mod preview;
mod row;
mod shared;

pub use file::ImportFile;
pub use preview::ImportPreview;
pub use shared::SharedPlan;

use crate::content;
use crate::my_lessons::MyLessons;
use crate::state::{new_id, now, Announcer, Plans};
use planner_domain::curriculum::pack::Pack;
use planner_domain::history::ListChangeKind;
use planner_domain::i18n::data_strings;
use planner_domain::plan::Plan;
use planner_domain::transfer::{self, ImportError, Received};

/// The user's own lessons that `plans` use, as packs for their file or link.
pub fn carried(plans: &[Plan]) -> Vec<Pack> {
    match content::builtin() {
        Some(lib) => content::with_custom(|c| {
            transfer::carried_packs(plans, lib, &c.packs, transfer::own_lessons_name(plans))
        }),
        None => Vec::new(),
    }
}

/// Downloads `plans` as an export file, with the user's own lessons they use.
pub fn export_plans(plans: &[Plan], announcer: Announcer) {
    announcer.download(
        &transfer::file_name(plans),
        &transfer::export_with(plans, &carried(plans)),
        "application/json",
    );
}

/// What an import currently shows: nothing, plans waiting for confirmation, or a refusal.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    None,
    Ready(Received),
    Refused(ImportError),
}

/// Checks `text` against the built-in library and the user's lessons, into a preview.
fn check(text: &str) -> Pending {
    let Some(library) = content::builtin() else {
        return Pending::None;
    };
    match content::with_custom(|c| transfer::parse_import(text, library, &c.packs)) {
        Ok(received) => Pending::Ready(received),
        Err(e) => Pending::Refused(e),
    }
}

/// Adds confirmed plans (updating those already here unless `keep_both` names them) and
/// says which.
fn confirm(
    plans: Plans,
    my: MyLessons,
    announcer: Announcer,
    imported: Received,
    keep_both: Vec<String>,
    lang: planner_domain::Lang,
) {
    let t = data_strings(lang);
    my.import(imported.lessons);
    let imported = imported.plans;
    let mut merged = transfer::Merged::default();
    plans.add_plans(ListChangeKind::Imported, |list| {
        merged =
            transfer::merge_import(list, imported, &keep_both, new_id, t.imported_suffix, now());
    });
    plans.keep_undo(merged.replaced);
    announcer.say(if merged.names.is_empty() {
        t.nothing_imported.to_string()
    } else {
        (t.imported)(&merged.names.join(", "))
    });
}
