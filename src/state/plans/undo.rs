//! Each plan's own undo and redo.

use super::Plans;
use leptos::prelude::*;
use planner_domain::history::PlanHistories;
use planner_domain::plan::Plan;

impl Plans {
    /// Keeps each of `before` (plans an import just updated, as they were) as an undo step of
    /// its plan, so the plan editor's Undo brings the version replaced back.
    pub fn keep_undo(&self, before: Vec<Plan>) {
        self.history.update(|h| {
            for plan in before {
                h.record(plan, None);
            }
        });
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
    pub(super) fn step(&self, id: &str, direction: fn(&mut PlanHistories, Plan) -> Option<Plan>) {
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
