//! Undo and redo: each plan's own edits, and the changes to the list of plans.
//!
//! A plan's history holds snapshots of that plan alone, so undo in one plan never reaches into
//! another and can never remove a plan. Plans are small (ids and the preventionist's own
//! edits), so whole snapshots are simpler and safer than inverse operations. Consecutive edits
//! of the same text field share one entry, so Ctrl+Z undoes a typed sentence, not a letter.
//!
//! Adding and removing whole plans (create, import, duplicate, delete) is a [`ListChange`]:
//! it is undone from the plans list, under a notice that names the plans and offers Redo.

use crate::i18n::plan_strings;
use crate::lang::Lang;
use crate::plan::Plan;
use std::collections::HashMap;

/// Past and future states around the current one.
#[derive(Clone, Debug)]
pub struct History<T> {
    past: Vec<T>,
    future: Vec<T>,
    /// What the last recorded edit was, for coalescing typing into one entry.
    last_key: Option<String>,
    limit: usize,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History::new(200)
    }
}

impl<T> History<T> {
    /// A history that keeps at most `limit` undo steps.
    pub fn new(limit: usize) -> History<T> {
        History {
            past: Vec::new(),
            future: Vec::new(),
            last_key: None,
            limit,
        }
    }

    /// Records `before`, the state an edit is about to change. An edit with the same `key` as
    /// the previous one (typing in one field) joins it instead of adding a step.
    pub fn record(&mut self, before: T, key: Option<&str>) {
        let joins = key.is_some() && key == self.last_key.as_deref();
        self.last_key = key.map(str::to_string);
        self.future.clear();
        if joins {
            return;
        }
        self.past.push(before);
        if self.past.len() > self.limit {
            self.past.remove(0);
        }
    }

    /// The state to go back to, given the `current` one; `None` when there is nothing to undo.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let previous = self.past.pop()?;
        self.future.push(current);
        self.last_key = None;
        Some(previous)
    }

    /// The state to go forward to, given the `current` one; `None` when there is nothing to redo.
    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.future.pop()?;
        self.past.push(current);
        self.last_key = None;
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

/// Something with its own undo history, found by its id (a plan, a lesson).
pub trait Keyed {
    fn key(&self) -> &str;
}

impl Keyed for Plan {
    fn key(&self) -> &str {
        &self.id
    }
}

impl Keyed for crate::curriculum::Lesson {
    fn key(&self) -> &str {
        &self.id
    }
}

/// One undo history per item (plan or lesson), by id.
#[derive(Clone, Debug)]
pub struct Histories<T> {
    items: HashMap<String, History<T>>,
}

impl<T> Default for Histories<T> {
    fn default() -> Self {
        Histories {
            items: HashMap::new(),
        }
    }
}

/// Each plan's own history.
pub type PlanHistories = Histories<Plan>;

impl<T: Keyed> Histories<T> {
    /// Records `before`, the state of one item an edit is about to change (see
    /// [`History::record`]).
    pub fn record(&mut self, before: T, key: Option<&str>) {
        self.items
            .entry(before.key().to_string())
            .or_default()
            .record(before, key);
    }

    /// Undoes the last edit of the item `current` is the state of.
    pub fn undo(&mut self, current: T) -> Option<T> {
        self.items.get_mut(current.key())?.undo(current)
    }

    /// Redoes the last undone edit of the item `current` is the state of.
    pub fn redo(&mut self, current: T) -> Option<T> {
        self.items.get_mut(current.key())?.redo(current)
    }

    pub fn can_undo(&self, id: &str) -> bool {
        self.items.get(id).is_some_and(History::can_undo)
    }

    pub fn can_redo(&self, id: &str) -> bool {
        self.items.get(id).is_some_and(History::can_redo)
    }

    /// Drops the history of item `id`, whose stored state changed under it (another tab).
    pub fn forget(&mut self, id: &str) {
        self.items.remove(id);
    }
}

/// What added or removed whole plans.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListChangeKind {
    Created,
    Imported,
    Duplicated,
    Deleted,
}

/// A change that added or removed whole plans, kept so the plans list can undo and redo it.
#[derive(Clone, Debug, PartialEq)]
pub struct ListChange {
    pub kind: ListChangeKind,
    /// The plans concerned, each with the place it had in the list.
    pub plans: Vec<(usize, Plan)>,
    /// Whether the change is currently undone.
    pub undone: bool,
}

impl ListChange {
    /// A change that added the plans with these ids to `list` (already added).
    pub fn added(kind: ListChangeKind, list: &[Plan], ids: &[String]) -> ListChange {
        let plans = list
            .iter()
            .enumerate()
            .filter(|(_, p)| ids.contains(&p.id))
            .map(|(i, p)| (i, p.clone()))
            .collect();
        ListChange {
            kind,
            plans,
            undone: false,
        }
    }

    /// A change that removed `plan` from place `index`.
    pub fn deleted(index: usize, plan: Plan) -> ListChange {
        ListChange {
            kind: ListChangeKind::Deleted,
            plans: vec![(index, plan)],
            undone: false,
        }
    }

    /// Whether the plans are in the list as things stand (added and not undone, or deleted and
    /// undone).
    pub fn plans_present(&self) -> bool {
        (self.kind == ListChangeKind::Deleted) == self.undone
    }

    /// The names of the plans concerned, for the notice.
    pub fn names(&self) -> Vec<&str> {
        self.plans.iter().map(|(_, p)| p.name.as_str()).collect()
    }

    /// What the plans list's notice (and the screen reader) says about this change.
    pub fn notice(&self, lang: Lang) -> String {
        (plan_strings(lang).list_notice)(self.kind, self.undone, &self.names().join(", "))
    }

    /// Undoes the change if it is done, redoes it if it is undone. Removing keeps each plan's
    /// latest state (edits made since it was added come back on redo); putting back never
    /// duplicates a plan that is already in the list.
    pub fn toggle(&mut self, list: &mut Vec<Plan>) {
        if self.plans_present() {
            // Every place is read before anything is removed, so it is the place to put back.
            for (index, plan) in &mut self.plans {
                if let Some(i) = list.iter().position(|p| p.id == plan.id) {
                    *index = i;
                }
            }
            crate::order::sort_by_key(&mut self.plans, |(i, _)| *i);
            for (index, plan) in self.plans.iter_mut().rev() {
                if list.get(*index).is_some_and(|p| p.id == plan.id) {
                    *plan = list.remove(*index);
                }
            }
        } else {
            for (index, plan) in &self.plans {
                if !list.iter().any(|p| p.id == plan.id) {
                    list.insert((*index).min(list.len()), plan.clone());
                }
            }
        }
        self.undone = !self.undone;
    }
}

#[cfg(test)]
mod tests {
    use super::{History, ListChange, ListChangeKind, PlanHistories};
    use crate::plan::Plan;

    #[test]
    fn undo_and_redo_walk_the_states() {
        let mut h = History::new(10);
        let mut state = 1;
        for next in [2, 3] {
            h.record(state, None);
            state = next;
        }
        state = h.undo(state).unwrap();
        assert_eq!(state, 2);
        state = h.undo(state).unwrap();
        assert_eq!(state, 1);
        assert!(h.undo(state).is_none());
        state = h.redo(state).unwrap();
        assert_eq!(state, 2);
        h.record(state, None);
        state = 9;
        assert!(!h.can_redo(), "a new edit clears the redo steps");
        assert_eq!(h.undo(state), Some(2));
    }

    #[test]
    fn typing_in_one_field_is_one_step() {
        let mut h = History::new(10);
        h.record("", Some("name"));
        h.record("a", Some("name"));
        h.record("ab", Some("name"));
        h.record("abc", Some("notes"));
        assert_eq!(h.undo("abcd"), Some("abc"));
        assert_eq!(h.undo("abc"), Some(""));
        assert!(!h.can_undo());
    }

    #[test]
    fn the_limit_drops_the_oldest_steps() {
        let mut h = History::new(2);
        for s in 0..5 {
            h.record(s, None);
        }
        assert_eq!(h.undo(5), Some(4));
        assert_eq!(h.undo(4), Some(3));
        assert_eq!(h.undo(3), None);
    }

    fn plan(id: &str) -> Plan {
        Plan::new(id.into(), id.to_uppercase(), 0)
    }

    #[test]
    fn each_plan_undoes_only_its_own_edits() {
        let mut h = PlanHistories::default();
        let (mut a, mut b) = (plan("a"), plan("b"));
        h.record(a.clone(), None);
        a.school = "Riverside".into();
        h.record(b.clone(), None);
        b.school = "Lakeview".into();
        let b_before = h.undo(b.clone()).unwrap();
        assert_eq!(b_before.school, "");
        assert!(!h.can_undo("b") && h.can_redo("b"));
        assert!(h.can_undo("a"), "A's edit is still there to undo");
        assert!(!h.can_undo("c") && h.undo(plan("c")).is_none());
        assert_eq!(h.redo(b_before).unwrap().school, "Lakeview");
        h.forget("a");
        assert!(!h.can_undo("a"));
    }

    #[test]
    fn list_changes_undo_and_redo_whole_plans_in_their_places() {
        let mut list = vec![plan("a"), plan("b"), plan("c")];
        let mut deleted = ListChange::deleted(1, list.remove(1));
        assert!(!deleted.plans_present());
        deleted.toggle(&mut list);
        assert_eq!(ids(&list), "abc");
        assert!(deleted.undone && deleted.plans_present());
        deleted.toggle(&mut list);
        assert_eq!(ids(&list), "ac");

        list.push(plan("d"));
        list.push(plan("e"));
        let mut added =
            ListChange::added(ListChangeKind::Imported, &list, &["d".into(), "e".into()]);
        assert_eq!(added.names(), ["D", "E"]);
        list[2].school = "edited after import".into();
        added.toggle(&mut list);
        assert_eq!(ids(&list), "ac");
        added.toggle(&mut list);
        assert_eq!(ids(&list), "acde");
        assert_eq!(
            list[2].school, "edited after import",
            "redo keeps later edits"
        );
        added.toggle(&mut list);
        list.push(plan("d"));
        added.toggle(&mut list);
        assert_eq!(ids(&list), "acde", "putting back never duplicates a plan");
    }

    fn ids(list: &[Plan]) -> String {
        list.iter().map(|p| p.id.as_str()).collect()
    }
}
