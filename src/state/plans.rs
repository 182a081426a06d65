//! The plans, their undo histories, and everything that changes them: editing here, saving
//! and another tab's saves in `plans/saving.rs`, whole plans added and removed (with the
//! plans list's Undo) in `plans/list_changes.rs`, each plan's undo and redo in `plans/undo.rs`.

mod list_changes;
mod saving;
mod undo;

use super::{new_id, now, Announcer, StorageHealth};
use crate::storage;
use leptos::prelude::*;
use planner_domain::history::{ListChange, ListChangeKind, PlanHistories};
use planner_domain::plan::Plan;

/// The plans, their undo histories, and everything that changes them.
#[derive(Clone, Copy)]
pub struct Plans {
    pub list: RwSignal<Vec<Plan>>,
    /// Each plan's own undo history (a signal, so undo and redo buttons follow it).
    history: RwSignal<PlanHistories>,
    /// The latest changes that added or removed whole plans, newest first, for the plans
    /// list's notices (each with its own Undo or Redo).
    pub list_changes: RwSignal<Vec<ListChange>>,
    /// The plan that "Add to plan" adds to (`None`: a new one).
    pub target: RwSignal<Option<String>>,
    /// The lesson of the target plan that new lessons go after (`None`: at the end).
    pub insert_after: RwSignal<Option<usize>>,
    /// The UI language, for naming conflict copies and announcing.
    lang: RwSignal<planner_domain::Lang>,
    /// What this tab last saved or loaded: the base for merging another tab's changes.
    synced: StoredValue<Vec<Plan>>,
    /// Whether the stored plans are read; nothing is saved before.
    read: RwSignal<bool>,
    health: StorageHealth,
    announcer: Announcer,
}

impl Plans {
    /// The plans, not yet read: [`Plans::read`] reads them.
    pub fn new(
        lang: RwSignal<planner_domain::Lang>,
        health: StorageHealth,
        announcer: Announcer,
    ) -> Plans {
        Plans {
            lang,
            synced: StoredValue::new(Vec::new()),
            list: RwSignal::new(Vec::new()),
            history: RwSignal::new(PlanHistories::default()),
            list_changes: RwSignal::new(Vec::new()),
            target: RwSignal::new(None),
            insert_after: RwSignal::new(None),
            read: RwSignal::new(false),
            health,
            announcer,
        }
    }

    /// Reads the stored plans once (later calls wait for nothing), keeping any problem in
    /// `health` to show; `false` if they cannot be read (the plans document's chunk did not
    /// load), and then nothing is saved either. Until they are read the list is empty and
    /// nothing changes it: the screens that show plans wait for this, and "Add to plan" in
    /// the library waits for it.
    pub async fn read(self) -> bool {
        if self.read.get_untracked() {
            return true;
        }
        let Some((plans, problem)) = storage::load_plans(now()).await else {
            return false;
        };
        // Another caller may have read them while this one waited for the chunk.
        if self.read.get_untracked() {
            return true;
        }
        self.health.problem.set(problem);
        self.target
            .set(plans.iter().max_by_key(|p| p.edited).map(|p| p.id.clone()));
        self.synced.set_value(plans.clone());
        self.list.set(plans);
        self.read.set(true);
        true
    }

    /// Whether the stored plans are read ([`Plans::read`]).
    pub fn is_read(&self) -> bool {
        self.read.get_untracked()
    }

    /// Edits one plan as one undoable step in that plan's history (or joins the previous step
    /// when `key` names the same text field), stamping its edit time, then saves.
    pub fn edit(&self, id: &str, key: Option<&str>, f: impl FnOnce(&mut Plan)) {
        let Some(before) = self
            .list
            .with_untracked(|ps| ps.iter().find(|p| p.id == id).cloned())
        else {
            return;
        };
        self.history.update(|h| h.record(before, key));
        self.stamped(id, key.is_some(), f);
    }

    /// Changes plan `id` from outside its editor ("Add to plan" in the library): no undo step,
    /// and the plan's undo history is dropped, since its snapshots no longer hold this change
    /// and undoing one would silently take it back.
    pub fn edit_elsewhere(&self, id: &str, f: impl FnOnce(&mut Plan)) {
        self.history.update(|h| h.forget(id));
        self.stamped(id, false, f);
    }

    /// Applies `f` to plan `id`, stamps its edit time and saves (its history already updated).
    fn stamped(&self, id: &str, typing: bool, f: impl FnOnce(&mut Plan)) {
        let stamp = now();
        self.change(typing, |plans| {
            if let Some(plan) = plans.iter_mut().find(|p| p.id == id) {
                f(plan);
                plan.edited = stamp;
            }
        });
    }

    /// Changes the list of plans without an undo step (callers record one), then saves.
    pub(super) fn change(&self, typing: bool, f: impl FnOnce(&mut Vec<Plan>)) {
        self.list.update(f);
        self.save();
        self.announce_saved(typing);
    }

    /// The target of "Add to plan" if that plan still exists (it may have been deleted).
    pub fn valid_target(&self) -> Option<String> {
        let target = self.target.get()?;
        self.list
            .with(|ps| ps.iter().any(|p| p.id == target))
            .then_some(target)
    }

    /// The name of plan `id` (empty if it is gone).
    pub fn name_of(&self, id: &str) -> String {
        self.list
            .with_untracked(|ps| ps.iter().find(|p| p.id == id).map(|p| p.name.clone()))
            .unwrap_or_default()
    }

    /// Adds a new plan and makes it the target of "Add to plan"; returns its id.
    pub fn create(&self, name: String) -> String {
        let mut plan = Plan::new(new_id(), name, now());
        // A Spanish-first preventionist gets Spanish packets by default; it can be changed.
        if self.lang.get_untracked() == planner_domain::Lang::Es {
            plan.packet_lang = planner_domain::plan::PacketLang::Es;
        }
        let id = plan.id.clone();
        self.add_plans(ListChangeKind::Created, |plans| plans.push(plan));
        self.target.set(Some(id.clone()));
        self.insert_after.set(None);
        id
    }
}
