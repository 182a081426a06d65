//! The plans, their undo histories, and everything that changes them.

use super::{after_pause, new_id, now, Announcer, StorageHealth};
use crate::storage::{self, Problem};
use leptos::prelude::*;
use planner_domain::history::{ListChange, ListChangeKind, PlanHistories};
use planner_domain::i18n::strings;
use planner_domain::plan::Plan;
use planner_domain::sync;
use std::time::Duration;

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
    health: StorageHealth,
    announcer: Announcer,
}

impl Plans {
    /// Loads the stored plans (or starts empty, keeping any problem in `health` to show).
    pub fn load(
        lang: RwSignal<planner_domain::Lang>,
        health: StorageHealth,
        announcer: Announcer,
    ) -> Plans {
        let (plans, problem) = storage::load_plans(now());
        health.problem.set(problem);
        let target = plans.iter().max_by_key(|p| p.edited).map(|p| p.id.clone());
        Plans {
            lang,
            synced: StoredValue::new(plans.clone()),
            list: RwSignal::new(plans),
            history: RwSignal::new(PlanHistories::default()),
            list_changes: RwSignal::new(Vec::new()),
            target: RwSignal::new(target),
            insert_after: RwSignal::new(None),
            health,
            announcer,
        }
    }

    fn save(&self) {
        // A newer or unbacked-up document is never overwritten.
        if matches!(
            self.health.problem.get_untracked(),
            Some(Problem::Newer | Problem::CorruptNotBackedUp)
        ) {
            return;
        }
        // Another tab may have saved since this one last did (its storage event not yet
        // handled): merge its plans in first, so writing never discards its work.
        self.take_stored();
        let result = self.list.with_untracked(|plans| storage::save_plans(plans));
        match result {
            Ok(()) => {
                self.synced.set_value(self.list.get_untracked());
                if matches!(
                    self.health.problem.get_untracked(),
                    Some(Problem::SaveFailed | Problem::Unavailable | Problem::NotKept)
                ) {
                    self.health.problem.set(None);
                }
                self.health.note_change();
            }
            Err(p) => self.health.problem.set(Some(p)),
        }
    }

    /// Replaces the list with `restored` (a backup's plans merged in: `backup::apply`): the
    /// new plans are a list change with Undo; a replaced plan's undo history goes, as its
    /// snapshots are of the version replaced.
    pub fn restore(&self, restored: Vec<Plan>) -> Vec<String> {
        self.list.with_untracked(|current| {
            self.history.update(|h| {
                for plan in &restored {
                    if current.iter().any(|p| p.id == plan.id && p != plan) {
                        h.forget(&plan.id);
                    }
                }
            })
        });
        self.add_plans(ListChangeKind::Imported, |list| *list = restored)
    }

    /// Keeps each of `before` (plans an import just updated, as they were) as an undo step of
    /// its plan, so the plan editor's Undo brings the version replaced back.
    pub fn keep_undo(&self, before: Vec<Plan>) {
        self.history.update(|h| {
            for plan in before {
                h.record(plan, None);
            }
        });
    }

    /// Merges in what is stored when another tab (or this page's other module) saved since
    /// this copy last saved or read.
    pub fn take_stored(&self) {
        if let Some(stored) = storage::stored_plans() {
            if self.synced.with_value(|base| *base != stored) {
                self.absorb(stored);
            }
        }
    }

    /// Merges plans another tab saved into this tab's, noting any conflict copies.
    fn absorb(&self, remote: Vec<Plan>) -> bool {
        let copy = strings(self.lang.get_untracked()).data.copy_from_this_tab;
        let merged = self.synced.with_value(|base| {
            self.list
                .with_untracked(|local| sync::merge(base, local, &remote, new_id, copy))
        });
        let differs = merged.plans != remote;
        // Undo steps from before the merge would bring back the other tab's old state of the
        // plans it changed.
        self.list.with_untracked(|local| {
            self.history.update(|h| {
                for plan in &merged.plans {
                    if !local.contains(plan) {
                        h.forget(&plan.id);
                    }
                }
            })
        });
        self.synced.set_value(remote);
        self.list.set(merged.plans);
        if !merged.conflicts.is_empty() {
            self.health.conflicts.update(|c| c.extend(merged.conflicts));
        }
        differs
    }

    /// Changes the list of plans without an undo step (callers record one), then saves.
    fn change(&self, typing: bool, f: impl FnOnce(&mut Vec<Plan>)) {
        self.list.update(f);
        self.save();
        self.announce_saved(typing);
    }

    /// Tells screen-reader users their change is saved: at once for a button or checkbox
    /// (callers may replace it with something more specific, like "Moved ..."), and for typing
    /// once, after a pause, rather than on every keystroke.
    fn announce_saved(&self, typing: bool) {
        let (health, lang, announcer) = (self.health, self.lang, self.announcer);
        let announce = move || {
            if health.problem.get_untracked().is_none() {
                announcer.say(strings(lang.get_untracked()).saved);
            }
        };
        let tick = announcer.save_tick;
        if typing {
            after_pause(tick, Duration::from_millis(1500), announce);
        } else {
            // Also cancels a pending announcement for earlier typing.
            tick.update_value(|t| *t = t.wrapping_add(1));
            announce();
        }
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

    /// Adds whole plans (`add` pushes them), remembering the change for the plans list's
    /// notice and its Undo; returns the ids added.
    pub fn add_plans(&self, kind: ListChangeKind, add: impl FnOnce(&mut Vec<Plan>)) -> Vec<String> {
        let before: Vec<String> = self
            .list
            .with_untracked(|ps| ps.iter().map(|p| p.id.clone()).collect());
        self.change(false, add);
        let added: Vec<String> = self.list.with_untracked(|ps| {
            ps.iter()
                .map(|p| p.id.clone())
                .filter(|id| !before.contains(id))
                .collect()
        });
        let change = self
            .list
            .with_untracked(|ps| ListChange::added(kind, ps, &added));
        self.remember(change);
        added
    }

    /// Deletes plan `id`, remembering it for the plans list's notice and its Undo.
    pub fn delete(&self, id: &str) {
        let mut removed = None;
        self.change(false, |ps| {
            if let Some(i) = ps.iter().position(|p| p.id == id) {
                removed = Some((i, ps.remove(i)));
            }
        });
        if let Some((i, plan)) = removed {
            let change = ListChange::deleted(i, plan);
            self.announce_list_change(&change);
            self.remember(change);
        }
    }

    /// Keeps `change` first among the notices, dropping the oldest beyond a few.
    fn remember(&self, change: ListChange) {
        self.list_changes.update(|l| {
            l.insert(0, change);
            l.truncate(LIST_NOTICES);
        });
    }

    /// Undoes list change `index` (0 is the newest) if it is done, redoes it if it is undone.
    pub fn toggle_list_change(&self, index: usize) {
        let Some(mut change) = self.list_changes.with_untracked(|l| l.get(index).cloned()) else {
            return;
        };
        self.change(false, |ps| change.toggle(ps));
        self.announce_list_change(&change);
        self.list_changes.update(|l| l[index] = change);
    }

    fn announce_list_change(&self, change: &ListChange) {
        self.announcer.say(change.notice(self.lang.get_untracked()));
    }

    /// Takes in what another tab saved, keeping this tab's work (see `planner_domain::sync`),
    /// and saves the merge if it differs from theirs.
    pub fn merge_from_other_tab(&self, remote: Vec<Plan>) {
        if self.absorb(remote) {
            self.save();
        }
    }

    /// Goes back one edit of plan `id`.
    pub fn undo(&self, id: &str) {
        self.step(id, PlanHistories::undo);
    }

    /// Goes forward one undone edit of plan `id`.
    pub fn redo(&self, id: &str) {
        self.step(id, PlanHistories::redo);
    }

    /// Moves plan `id` through its history in one direction and saves where it lands.
    fn step(&self, id: &str, direction: fn(&mut PlanHistories, Plan) -> Option<Plan>) {
        let Some(current) = self
            .list
            .with_untracked(|ps| ps.iter().find(|p| p.id == id).cloned())
        else {
            return;
        };
        if let Some(state) = self.history.try_update(|h| direction(h, current)).flatten() {
            self.change(false, |ps| {
                if let Some(plan) = ps.iter_mut().find(|p| p.id == state.id) {
                    *plan = state;
                }
            });
        }
    }

    /// Whether plan `id` has an edit to undo.
    pub fn can_undo(&self, id: &str) -> bool {
        self.history.with(|h| h.can_undo(id))
    }

    /// Whether plan `id` has an undone edit to redo.
    pub fn can_redo(&self, id: &str) -> bool {
        self.history.with(|h| h.can_redo(id))
    }
}

/// How many changes to the list of plans keep a notice with Undo.
const LIST_NOTICES: usize = 5;
