//! Undo and redo over snapshots of the plans.
//!
//! Plans are small (ids and the preventionist's own edits), so whole snapshots are simpler and
//! safer than inverse operations. Consecutive edits of the same text field share one entry, so
//! Ctrl+Z undoes a typed sentence, not a letter.

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

#[cfg(test)]
mod tests {
    use super::History;

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
}
