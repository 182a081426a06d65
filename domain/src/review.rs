//! Review by the program lead: comments on a plan or on one of its lessons, carried in the
//! exported plan file, and the changes a preventionist made to each lesson, which the lead
//! reads for fidelity before the plan goes out.

use crate::curriculum::diff::{self, Change};
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
    /// When the lesson is an adapted copy: the lesson it came from and what it changed.
    pub adapted: Option<Adapted>,
}

/// An adapted copy in a plan, for the lead to see it is not the library's lesson as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Adapted {
    /// The id of the lesson it was adapted from.
    pub from: String,
    /// What the copy changed from it, or `None` when that lesson is no longer in the library.
    pub changes: Option<Vec<Change>>,
}

/// The plan's lessons that were changed from the library's version, in plan order: steps
/// skipped, split, notes, or an adapted copy in place of the library's lesson.
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
                adapted: lesson.adapted_from.as_ref().map(|from| Adapted {
                    from: from.clone(),
                    changes: library.lesson(from).map(|o| diff::changes(o, lesson)),
                }),
            };
            (!a.skipped.is_empty() || a.split || a.has_notes || a.adapted.is_some()).then_some(a)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::curriculum::custom::{adapted_copy, CustomLessons};
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
        assert_eq!(a[1].adapted, None);
    }

    #[test]
    fn an_adapted_copy_in_a_plan_names_its_original_and_what_it_changed() {
        let lib = library();
        let original = &lib.lessons[2];
        let mut copy = adapted_copy(original, "county-copy".into());
        copy.title.es = "Versión del condado".into();
        let mut custom = CustomLessons::default();
        custom.upsert(copy);
        let merged = custom.with_builtin(&lib);
        let mut p = Plan::new("p".into(), "P".into(), 0);
        p.add(&lib.lessons[0].id);
        p.add("county-copy");
        let a = adaptations(&p, &merged);
        assert_eq!(a.len(), 1, "the copy, though nothing was skipped or noted");
        assert_eq!(a[0].item, 1);
        let adapted = a[0].adapted.as_ref().unwrap();
        assert_eq!(adapted.from, original.id);
        assert_eq!(
            adapted.changes.as_deref(),
            Some(
                &[Change::Text {
                    field: "title".into(),
                    langs: vec![crate::Lang::Es]
                }][..]
            )
        );

        // The original gone from the library: still named as adapted, its changes unknown.
        let mut orphan = adapted_copy(original, "orphan".into());
        orphan.adapted_from = Some("gone".into());
        custom.upsert(orphan);
        let merged = custom.with_builtin(&lib);
        let mut p = Plan::new("q".into(), "Q".into(), 0);
        p.add("orphan");
        let a = adaptations(&p, &merged);
        assert_eq!(
            a[0].adapted,
            Some(Adapted {
                from: "gone".into(),
                changes: None
            })
        );
    }
}
