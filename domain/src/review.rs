//! Review by the program lead: comments on a plan or on one of its lessons, carried in the
//! exported plan file, and the changes a preventionist made to each lesson, which the lead
//! reads for fidelity before the plan goes out.

use crate::curriculum::Library;
use crate::plan::Plan;
use serde::{Deserialize, Serialize};

/// The longest comment kept (an imported file is cut to this, see `transfer`).
pub const MAX_COMMENT_CHARS: usize = 2_000;

/// One review comment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    /// Who wrote it, as they typed their name.
    pub author: String,
    /// When, in milliseconds since the Unix epoch.
    pub at: i64,
    /// The lesson (id) it is about; `None` for the whole plan. A lesson id rather than a
    /// position, so reordering keeps the comment on its lesson.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lesson: Option<String>,
    pub text: String,
    /// Marked done by the preventionist.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub resolved: bool,
}

impl Comment {
    pub fn new(author: &str, at: i64, lesson: Option<&str>, text: &str) -> Comment {
        Comment {
            author: author.trim().to_string(),
            at,
            lesson: lesson.map(str::to_string),
            text: text.trim().to_string(),
            resolved: false,
        }
    }
}

impl Plan {
    /// Adds a comment unless its text is blank; returns whether it was added.
    pub fn comment(&mut self, comment: Comment) -> bool {
        if comment.text.is_empty() {
            return false;
        }
        self.comments.push(comment);
        true
    }

    /// Marks comment `index` resolved, or open again.
    pub fn toggle_resolved(&mut self, index: usize) {
        if let Some(c) = self.comments.get_mut(index) {
            c.resolved = !c.resolved;
        }
    }

    /// The comments still to resolve, with their index, oldest first.
    pub fn open_comments(&self) -> impl Iterator<Item = (usize, &Comment)> {
        self.comments
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.resolved)
    }
}

/// What the preventionist changed in one lesson of the plan, for the lead's fidelity review.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Adaptation {
    /// Index of the plan item.
    pub item: usize,
    /// Indexes of the lesson's steps skipped.
    pub skipped: Vec<usize>,
    /// Of those, the ones the lesson does not mark optional (a fidelity concern).
    pub required_skipped: Vec<usize>,
    pub split: bool,
    pub has_notes: bool,
}

/// The plan's lessons that were changed from the library's version, in plan order.
pub fn adaptations(plan: &Plan, library: &Library) -> Vec<Adaptation> {
    plan.items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let lesson = library.lesson(&item.lesson)?;
            let required_skipped = item
                .skipped
                .iter()
                .copied()
                .filter(|&s| lesson.steps.get(s).is_some_and(|st| !st.optional))
                .collect();
            let a = Adaptation {
                item: i,
                skipped: item.skipped.clone(),
                required_skipped,
                split: item.split,
                has_notes: !item.notes.trim().is_empty(),
            };
            (!a.skipped.is_empty() || a.split || a.has_notes).then_some(a)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::library;

    #[test]
    fn comments_are_added_resolved_and_listed() {
        let mut p = Plan::new("p".into(), "P".into(), 0);
        assert!(!p.comment(Comment::new("Lead", 1, None, "   ")));
        assert!(p.comment(Comment::new(" Ana ", 2, None, "Add the hotline")));
        assert!(p.comment(Comment::new("Ana", 3, Some("x"), "Keep step 2")));
        assert_eq!(p.comments[0].author, "Ana");
        p.toggle_resolved(0);
        let open: Vec<usize> = p.open_comments().map(|(i, _)| i).collect();
        assert_eq!(open, [1]);
        p.toggle_resolved(0);
        assert_eq!(p.open_comments().count(), 2);
    }

    #[test]
    fn adaptations_list_changed_lessons_and_flag_required_steps_skipped() {
        let lib = library();
        let lesson = &lib.lessons[0];
        let required = lesson.steps.iter().position(|s| !s.optional).unwrap();
        let mut p = Plan::new("p".into(), "P".into(), 0);
        p.add(&lesson.id);
        p.add(&lib.lessons[1].id);
        assert!(adaptations(&p, &lib).is_empty());
        p.toggle_skip(0, required);
        p.items[1].notes = "local example".into();
        let a = adaptations(&p, &lib);
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].required_skipped, [required]);
        assert!(a[1].has_notes && a[1].skipped.is_empty());
    }
}
