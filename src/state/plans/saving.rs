//! Saving the plans (read back, never over a newer or unbacked-up document) and taking in what
//! another tab saved.

use super::super::{after_pause, new_id};
use super::Plans;
use crate::storage::{self, Problem};
use leptos::prelude::*;
use planner_domain::i18n::strings;
use planner_domain::plan::Plan;
use planner_domain::sync;
use std::time::Duration;

impl Plans {
    pub(super) fn save(&self) {
        // Plans not yet read would overwrite the stored ones; a newer or unbacked-up document
        // is never overwritten.
        if !self.is_read() {
            return;
        }
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

    /// Merges in what is stored when another tab saved since this one last saved or read.
    fn take_stored(&self) {
        if let Some(stored) = storage::stored_plans() {
            if self.synced.with_value(|base| *base != stored) {
                self.absorb(stored);
            }
        }
    }

    /// Merges plans another tab saved into this tab's, noting any conflict copies.
    pub(super) fn absorb(&self, remote: Vec<Plan>) -> bool {
        let copy = strings(self.lang.get_untracked()).copy_from_this_tab;
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

    /// Takes in what another tab saved, keeping this tab's work (see `planner_domain::sync`),
    /// and saves the merge if it differs from theirs.
    ///
    /// Before this tab has read its plans there is nothing to merge: reading them will find
    /// the other tab's.
    pub fn merge_from_other_tab(&self, remote: Vec<Plan>) {
        if self.is_read() && self.absorb(remote) {
            self.save();
        }
    }

    /// Tells screen-reader users their change is saved: at once for a button or checkbox
    /// (callers may replace it with something more specific, like "Moved ..."), and for typing
    /// once, after a pause, rather than on every keystroke.
    pub(super) fn announce_saved(&self, typing: bool) {
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
}
