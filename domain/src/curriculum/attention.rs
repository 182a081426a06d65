//! Which of a lesson's problems the editor shows beside their fields.
//!
//! Validation ([`super::validate::lesson_fields`]) finds every problem at once, and a blank new
//! lesson has many: shown all together before anything is typed, they read as a wall of
//! errors. So a problem appears beside its field once that field was touched (edited, or left
//! after being in it), or once the person tried to finish the lesson; the editor's summary
//! still counts them all.

use super::fields::split_lang;
use super::validate::{FieldProblem, Issue};
use crate::lang::Lang;
use std::collections::BTreeSet;

/// What the person has touched in the editor, and whether she tried to finish the lesson.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attention {
    /// Paths of the fields touched, with the language of a text (`title.en`, `steps[0].minutes`,
    /// `grades`, and `steps` for a list an entry was added to or removed from).
    touched: BTreeSet<String>,
    /// Set by "Finish the lesson": from then on every problem shows.
    pub tried_to_finish: bool,
}

impl Attention {
    /// Notes that the field at `path` (its text in `lang`) was touched; false when it already
    /// was, so the caller changes nothing.
    pub fn touch(&mut self, path: &str, lang: Option<Lang>) -> bool {
        self.touched.insert(key(path, lang))
    }

    /// Whether the field at `path` (its text in `lang`) was touched.
    pub fn touched(&self, path: &str, lang: Option<Lang>) -> bool {
        self.touched.contains(&key(path, lang))
    }

    /// Whether the editor shows problem `p` beside its field.
    pub fn shows(&self, p: &FieldProblem) -> bool {
        self.tried_to_finish
            || std::iter::once(p.field.clone())
                .chain(also_about(p))
                .any(|field| self.touched.iter().any(|t| within(t, &field)))
    }

    /// The problems of `all` the editor shows.
    pub fn shown<'a>(&'a self, all: &'a [FieldProblem]) -> impl Iterator<Item = &'a FieldProblem> {
        all.iter().filter(|p| self.shows(p))
    }
}

/// A touched field's key: its path, and the language of a text (`title.en`), as problems name
/// their fields.
fn key(path: &str, lang: Option<Lang>) -> String {
    match lang {
        Some(lang) => format!("{path}.{}", lang.code()),
        None => path.to_string(),
    }
}

/// Whether the touched path `touched` is the field `field` or part of it (a step's minutes are
/// part of the steps, whose sum is checked on `steps`).
fn within(touched: &str, field: &str) -> bool {
    touched
        .strip_prefix(field)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

/// The other fields a problem is about, whose change makes it appear too: the steps' sum is
/// about the lesson's minutes as much as the steps.
fn also_about(p: &FieldProblem) -> Vec<String> {
    match p.issue {
        Issue::StepsDoNotAddUp { .. } | Issue::MinMinutesOutOfRange { .. } => {
            vec!["minutes".into()]
        }
        Issue::CoreTooLong { .. } => vec!["min_minutes".into()],
        Issue::AnswerNotAChoice { .. } => {
            let (path, _) = split_lang(&p.field);
            vec![path.replace(".answer", ".choices")]
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::curriculum::custom::blank_lesson;
    use crate::curriculum::fields::{add, set_number};
    use crate::curriculum::validate::lesson_fields;
    use crate::test_support::library;

    fn fields(shown: Vec<&FieldProblem>) -> Vec<&str> {
        shown.into_iter().map(|p| p.field.as_str()).collect()
    }

    #[test]
    fn a_new_lesson_shows_nothing_until_a_field_is_touched_and_everything_once_finishing_is_tried()
    {
        let lib = library();
        let l = blank_lesson("x".into());
        let all = lesson_fields(&l, &lib.vocabulary);
        assert!(all.len() > 10, "a blank lesson has many problems: {all:?}");
        let mut a = Attention::default();
        assert_eq!(a.shown(&all).count(), 0);

        assert!(a.touch("title", Some(Lang::En)));
        assert!(!a.touch("title", Some(Lang::En)), "touched once");
        assert!(a.touched("title", Some(Lang::En)) && !a.touched("title", Some(Lang::Es)));
        assert_eq!(fields(a.shown(&all).collect()), ["title.en"]);
        // The Spanish title is another field.
        a.touch("title", Some(Lang::Es));
        assert_eq!(fields(a.shown(&all).collect()), ["title.en", "title.es"]);

        a.tried_to_finish = true;
        assert_eq!(a.shown(&all).count(), all.len());
    }

    #[test]
    fn a_list_shows_its_own_problems_not_those_of_a_new_entry() {
        let lib = library();
        let mut l = blank_lesson("x".into());
        add(&mut l, "steps");
        let all = lesson_fields(&l, &lib.vocabulary);
        let mut a = Attention::default();
        a.touch("steps", None);
        let shown: Vec<&FieldProblem> = a.shown(&all).collect();
        assert!(shown.iter().all(|p| p.field == "steps"), "{shown:?}");
        assert!(shown
            .iter()
            .any(|p| matches!(p.issue, Issue::StepsDoNotAddUp { steps: 5, .. })));
    }

    #[test]
    fn a_problem_about_two_fields_shows_when_either_is_touched() {
        let lib = library();
        let mut l = blank_lesson("x".into());
        add(&mut l, "steps");
        let sum = |a: &Attention, l: &crate::curriculum::Lesson| {
            a.shown(&lesson_fields(l, &lib.vocabulary))
                .any(|p| matches!(p.issue, Issue::StepsDoNotAddUp { .. }))
        };
        let mut by_minutes = Attention::default();
        by_minutes.touch("minutes", None);
        assert!(sum(&by_minutes, &l));
        let mut by_step = Attention::default();
        by_step.touch("steps[0].minutes", None);
        assert!(sum(&by_step, &l));
        // "steps[0]" is not "steps[0]x": a path is only within a field at a boundary.
        let mut other = Attention::default();
        other.touch("stepsx", None);
        assert!(!sum(&other, &l));

        set_number(&mut l, "min_minutes", 0);
        let mut by_min = Attention::default();
        by_min.touch("minutes", None);
        assert!(by_min
            .shown(&lesson_fields(&l, &lib.vocabulary))
            .any(|p| p.field == "min_minutes"));

        add(&mut l, "assessment");
        l.assessment[0].answer = 5;
        let mut by_choice = Attention::default();
        by_choice.touch("assessment[0].choices[1]", Some(Lang::En));
        assert!(by_choice
            .shown(&lesson_fields(&l, &lib.vocabulary))
            .any(|p| p.field == "assessment[0].answer"));
    }
}
