//! Whole plans added (created, imported, restored) and deleted, each change kept for the plans
//! list's notice with its Undo.

use super::Plans;
use leptos::prelude::*;
use planner_domain::history::{ListChange, ListChangeKind};
use planner_domain::plan::Plan;

impl Plans {
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
    pub(super) fn remember(&self, change: ListChange) {
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

    pub(super) fn announce_list_change(&self, change: &ListChange) {
        self.announcer.say(change.notice(self.lang.get_untracked()));
    }
}

/// How many changes to the list of plans keep a notice with Undo.
const LIST_NOTICES: usize = 5;
