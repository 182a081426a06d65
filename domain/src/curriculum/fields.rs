//! A lesson's fields by path, as the lesson editor edits them: the same paths validation
//! names (`steps[2].instructions`, `assessment[0].choices[1]`), so a problem shows beside the
//! field it is about and the undo history joins typing in one field into one step.

use super::model::{
    Adaptation, AssessmentItem, Form, GradeBand, Handout, Lesson, Level, Light, Method, NcElement,
    Source, Step, Topic,
};
use super::validate::{FieldProblem, Issue};
use super::vocabulary::TermId;
use crate::lang::{Lang, Text};

/// `name[i]` as (`name`, `Some(i)`), `name` as (`name`, `None`).
fn segment(s: &str) -> (&str, Option<usize>) {
    match s.strip_suffix(']').and_then(|s| s.split_once('[')) {
        Some((name, i)) => (name, i.parse().ok()),
        None => (s, None),
    }
}

/// The parts of a path: `steps[2].instructions` is (`steps`, 2), (`instructions`, none).
pub(crate) fn segments(path: &str) -> impl Iterator<Item = (&str, Option<usize>)> {
    path.split('.').map(segment)
}

macro_rules! text_at {
    ($name:ident, $($mut:ident)?) => {
        /// The text at `path` (see the module docs), if the lesson has it.
        pub fn $name<'a>(l: &'a $($mut)? Lesson, path: &str) -> Option<&'a $($mut)? Text> {
            let mut parts = path.split('.');
            let first = segment(parts.next()?);
            let second = parts.next().map(segment);
            if parts.next().is_some() {
                return None;
            }
            match (first, second) {
                (("title", None), None) => Some(& $($mut)? l.title),
                (("summary", None), None) => Some(& $($mut)? l.summary),
                (("safety", None), None) => Some(& $($mut)? l.safety),
                (("objectives", Some(i)), None) => (& $($mut)? l.objectives).get_mut_or(i),
                (("materials", Some(i)), None) => (& $($mut)? l.materials).get_mut_or(i),
                (("preparation", Some(i)), None) => (& $($mut)? l.preparation).get_mut_or(i),
                (("discussion", Some(i)), None) => (& $($mut)? l.discussion).get_mut_or(i),
                (("steps", Some(i)), Some(("title", None))) => (& $($mut)? l.steps).get_mut_or(i).map(|s| & $($mut)? s.title),
                (("steps", Some(i)), Some(("instructions", None))) => {
                    (& $($mut)? l.steps).get_mut_or(i).map(|s| & $($mut)? s.instructions)
                }
                (("handouts", Some(i)), Some(("title", None))) => (& $($mut)? l.handouts).get_mut_or(i).map(|h| & $($mut)? h.title),
                (("handouts", Some(i)), Some(("body", None))) => (& $($mut)? l.handouts).get_mut_or(i).map(|h| & $($mut)? h.body),
                (("assessment", Some(i)), Some(("prompt", None))) => {
                    (& $($mut)? l.assessment).get_mut_or(i).map(|a| & $($mut)? a.prompt)
                }
                (("assessment", Some(i)), Some(("explanation", None))) => {
                    (& $($mut)? l.assessment).get_mut_or(i).map(|a| & $($mut)? a.explanation)
                }
                (("assessment", Some(i)), Some(("choices", Some(j)))) => {
                    (& $($mut)? l.assessment).get_mut_or(i).and_then(|a| (& $($mut)? a.choices).get_mut_or(j))
                }
                (("adaptations", Some(i)), Some(("text", None))) => {
                    (& $($mut)? l.adaptations).get_mut_or(i).map(|a| & $($mut)? a.text)
                }
                _ => None,
            }
        }
    };
}

/// `get` or `get_mut`, by the receiver's mutability, so one macro writes both accessors.
trait GetOr<T> {
    fn get_mut_or(self, i: usize) -> Option<T>;
}

impl<'a, T> GetOr<&'a T> for &'a Vec<T> {
    fn get_mut_or(self, i: usize) -> Option<&'a T> {
        self.get(i)
    }
}

impl<'a, T> GetOr<&'a mut T> for &'a mut Vec<T> {
    fn get_mut_or(self, i: usize) -> Option<&'a mut T> {
        self.get_mut(i)
    }
}

text_at!(text,);
text_at!(text_mut, mut);

/// Adds an empty entry at the end of the list at `path` (`objectives`, `steps`,
/// `assessment[0].choices` …); false if there is no such list.
pub fn add(l: &mut Lesson, path: &str) -> bool {
    let blank = Text::default;
    match path {
        "objectives" => l.objectives.push(blank()),
        "materials" => l.materials.push(blank()),
        "preparation" => l.preparation.push(blank()),
        "discussion" => l.discussion.push(blank()),
        "steps" => l.steps.push(Step {
            title: blank(),
            minutes: 5,
            method: Method::Discussion,
            optional: false,
            instructions: blank(),
        }),
        "handouts" => l.handouts.push(Handout {
            title: blank(),
            body: blank(),
            kind: Default::default(),
        }),
        "assessment" => l.assessment.push(AssessmentItem {
            prompt: blank(),
            choices: vec![blank(), blank()],
            answer: 0,
            explanation: blank(),
        }),
        "adaptations" => l.adaptations.push(Adaptation {
            light: Light::Green,
            text: blank(),
        }),
        "sources" => l.sources.push(Source {
            citation: String::new(),
            url: None,
        }),
        other => match choices(l, other) {
            Some(c) => c.push(blank()),
            None => return false,
        },
    }
    true
}

/// The choices of `assessment[i].choices`.
fn choices<'a>(l: &'a mut Lesson, path: &str) -> Option<&'a mut Vec<Text>> {
    let (item, rest) = path.split_once('.')?;
    match (segment(item), rest) {
        (("assessment", Some(i)), "choices") => l.assessment.get_mut(i).map(|a| &mut a.choices),
        _ => None,
    }
}

/// Removes entry `i` of the list at `path` (an answer after a removed choice moves with it).
pub fn remove(l: &mut Lesson, path: &str, i: usize) {
    fn take<T>(v: &mut Vec<T>, i: usize) {
        if i < v.len() {
            v.remove(i);
        }
    }
    match path {
        "objectives" => take(&mut l.objectives, i),
        "materials" => take(&mut l.materials, i),
        "preparation" => take(&mut l.preparation, i),
        "discussion" => take(&mut l.discussion, i),
        "steps" => take(&mut l.steps, i),
        "handouts" => take(&mut l.handouts, i),
        "assessment" => take(&mut l.assessment, i),
        "adaptations" => take(&mut l.adaptations, i),
        "sources" => take(&mut l.sources, i),
        other => {
            let Some((item, _)) = other.split_once('.') else {
                return;
            };
            if let ("assessment", Some(a)) = segment(item) {
                if let Some(q) = l.assessment.get_mut(a) {
                    take(&mut q.choices, i);
                    if q.answer > i {
                        q.answer -= 1;
                    }
                }
            }
        }
    }
}

/// How many entries the list at `path` has (0 for no such list).
pub fn len(l: &Lesson, path: &str) -> usize {
    match path {
        "objectives" => l.objectives.len(),
        "materials" => l.materials.len(),
        "preparation" => l.preparation.len(),
        "discussion" => l.discussion.len(),
        "steps" => l.steps.len(),
        "handouts" => l.handouts.len(),
        "assessment" => l.assessment.len(),
        "adaptations" => l.adaptations.len(),
        "sources" => l.sources.len(),
        other => other
            .split_once('.')
            .and_then(|(item, _)| match segment(item) {
                ("assessment", Some(a)) => l.assessment.get(a).map(|q| q.choices.len()),
                _ => None,
            })
            .unwrap_or(0),
    }
}

/// `list[i].field` as (`list`, `i`, `field`).
fn entry_field(path: &str) -> Option<(&str, usize, &str)> {
    let (item, field) = path.split_once('.')?;
    match segment(item) {
        (list, Some(i)) => Some((list, i, field)),
        _ => None,
    }
}

/// The value of a field that is one choice, as its id (`audience`, `steps[i].method`,
/// `adaptations[i].light`, `assessment[i].answer` as a number from 0); the editor's selects
/// read and write it.
pub fn choice(l: &Lesson, path: &str) -> Option<String> {
    match path {
        "audience" => Some(l.audience.id().to_string()),
        _ => match entry_field(path)? {
            ("steps", i, "method") => l.steps.get(i).map(|s| s.method.id().to_string()),
            ("adaptations", i, "light") => l.adaptations.get(i).map(|a| a.light.id().to_string()),
            ("assessment", i, "answer") => l.assessment.get(i).map(|a| a.answer.to_string()),
            _ => None,
        },
    }
}

/// Sets a choice field (see [`choice`]) to the value with id `id`; an unknown id changes
/// nothing.
pub fn set_choice(l: &mut Lesson, path: &str, id: &str) {
    fn find<T: Copy + TermId>(all: &[T], id: &str) -> Option<T> {
        all.iter().copied().find(|v| v.term_id() == id)
    }
    if path == "audience" {
        if let Some(a) = find(&super::Audience::ALL, id) {
            l.audience = a;
        }
        return;
    }
    match entry_field(path) {
        Some(("steps", i, "method")) => {
            if let (Some(s), Some(m)) = (l.steps.get_mut(i), find(&Method::ALL, id)) {
                s.method = m;
            }
        }
        Some(("adaptations", i, "light")) => {
            let light = Light::ALL.into_iter().find(|x| x.id() == id);
            if let (Some(a), Some(light)) = (l.adaptations.get_mut(i), light) {
                a.light = light;
            }
        }
        Some(("assessment", i, "answer")) => {
            if let (Some(a), Ok(n)) = (l.assessment.get_mut(i), id.parse()) {
                a.answer = n;
            }
        }
        _ => {}
    }
}

/// A number of minutes: `minutes`, `min_minutes`, `steps[i].minutes`.
pub fn number(l: &Lesson, path: &str) -> Option<u16> {
    match path {
        "minutes" => Some(l.minutes),
        "min_minutes" => Some(l.min_minutes),
        _ => match entry_field(path)? {
            ("steps", i, "minutes") => l.steps.get(i).map(|s| s.minutes),
            _ => None,
        },
    }
}

/// Sets a number of minutes (see [`number`]).
pub fn set_number(l: &mut Lesson, path: &str, n: u16) {
    match path {
        "minutes" => {
            // The shortest length follows while it is the whole lesson (as a new lesson starts)
            // and never stays above it, so changing the length alone blocks nothing.
            if l.min_minutes == l.minutes || l.min_minutes > n {
                l.min_minutes = n;
            }
            l.minutes = n;
        }
        "min_minutes" => l.min_minutes = n,
        _ => {
            if let Some(("steps", i, "minutes")) = entry_field(path) {
                if let Some(s) = l.steps.get_mut(i) {
                    s.minutes = n;
                }
            }
        }
    }
}

/// A text in one language only: `sources[i].citation`, `sources[i].url`.
pub fn plain(l: &Lesson, path: &str) -> Option<String> {
    match entry_field(path)? {
        ("sources", i, "citation") => l.sources.get(i).map(|s| s.citation.clone()),
        ("sources", i, "url") => l.sources.get(i).map(|s| s.url.clone().unwrap_or_default()),
        _ => None,
    }
}

/// Sets a one-language text (see [`plain`]); a blank web address is no address.
pub fn set_plain(l: &mut Lesson, path: &str, text: String) {
    match entry_field(path) {
        Some(("sources", i, "citation")) => {
            if let Some(s) = l.sources.get_mut(i) {
                s.citation = text;
            }
        }
        Some(("sources", i, "url")) => {
            if let Some(s) = l.sources.get_mut(i) {
                s.url = Some(text).filter(|u| !u.trim().is_empty());
            }
        }
        _ => {}
    }
}

/// Whether `steps[i].optional` is set.
pub fn optional(l: &Lesson, i: usize) -> bool {
    l.steps.get(i).is_some_and(|s| s.optional)
}

/// Whether the tag list `list` (a vocabulary list's name: `grades`, `levels`, `forms`,
/// `topics`, `nc_elements`, `risk_factors`, `protective_factors`) has `id`.
pub fn has_tag(l: &Lesson, list: &str, id: &str) -> bool {
    tag_ids(l, list).iter().any(|t| t == id)
}

fn tag_ids(l: &Lesson, list: &str) -> Vec<String> {
    fn ids<T: TermId>(v: &[T]) -> Vec<String> {
        v.iter().map(|x| x.term_id().to_string()).collect()
    }
    match list {
        "grades" => ids(&l.grades),
        "levels" => ids(&l.levels),
        "forms" => ids(&l.forms),
        "topics" => ids(&l.topics),
        "nc_elements" => ids(&l.nc_elements),
        "risk_factors" => l.risk_factors.clone(),
        "protective_factors" => l.protective_factors.clone(),
        _ => Vec::new(),
    }
}

/// Adds `id` to the tag list `list` or takes it out; closed lists stay in vocabulary order.
pub fn toggle_tag(l: &mut Lesson, list: &str, id: &str) {
    fn flip<T: Copy + Ord + TermId>(v: &mut Vec<T>, all: &[T], id: &str) {
        let Some(value) = all.iter().copied().find(|x| x.term_id() == id) else {
            return;
        };
        match v.iter().position(|x| *x == value) {
            Some(i) => {
                v.remove(i);
            }
            None => {
                v.push(value);
                crate::order::sort(v);
            }
        }
    }
    fn flip_id(v: &mut Vec<String>, id: &str) {
        match v.iter().position(|x| x == id) {
            Some(i) => {
                v.remove(i);
            }
            None => v.push(id.to_string()),
        }
    }
    match list {
        "grades" => flip(&mut l.grades, &GradeBand::ALL, id),
        "levels" => flip(&mut l.levels, &Level::ALL, id),
        "forms" => flip(&mut l.forms, &Form::ALL, id),
        "topics" => flip(&mut l.topics, &Topic::ALL, id),
        "nc_elements" => flip(&mut l.nc_elements, &NcElement::ALL, id),
        "risk_factors" => flip_id(&mut l.risk_factors, id),
        "protective_factors" => flip_id(&mut l.protective_factors, id),
        _ => {}
    }
}

/// The path of every text the lesson has (`title`, `steps[0].instructions` …), in the order
/// the editor shows them: what [`text`] reads, for comparing a lesson with another field by
/// field.
pub fn text_paths(l: &Lesson) -> Vec<String> {
    let mut paths = vec!["title".to_string(), "summary".into()];
    let list = |paths: &mut Vec<String>, name: &str, n: usize| {
        paths.extend((0..n).map(|i| format!("{name}[{i}]")));
    };
    list(&mut paths, "objectives", l.objectives.len());
    list(&mut paths, "materials", l.materials.len());
    list(&mut paths, "preparation", l.preparation.len());
    for i in 0..l.steps.len() {
        paths.push(format!("steps[{i}].title"));
        paths.push(format!("steps[{i}].instructions"));
    }
    for (i, a) in l.assessment.iter().enumerate() {
        paths.push(format!("assessment[{i}].prompt"));
        list(
            &mut paths,
            &format!("assessment[{i}].choices"),
            a.choices.len(),
        );
        paths.push(format!("assessment[{i}].explanation"));
    }
    list(&mut paths, "discussion", l.discussion.len());
    paths.push("safety".into());
    for i in 0..l.handouts.len() {
        paths.push(format!("handouts[{i}].title"));
        paths.push(format!("handouts[{i}].body"));
    }
    paths.extend((0..l.adaptations.len()).map(|i| format!("adaptations[{i}].text")));
    paths
}

/// A problem's field as the field's path and the language of its text: `title.es` is
/// (`title`, Spanish), `steps` is (`steps`, none); what the editor moves the focus to.
pub fn split_lang(field: &str) -> (&str, Option<Lang>) {
    Lang::ALL
        .into_iter()
        .find_map(|lang| {
            field
                .strip_suffix(lang.code())
                .and_then(|rest| rest.strip_suffix('.'))
                .map(|path| (path, Some(lang)))
        })
        .unwrap_or((field, None))
}

/// The lesson length that makes the steps add up, when `issue` says they do not: the one-click
/// fix the editor offers beside the problem (none for a sum no lesson can be).
pub fn minutes_fix(issue: &Issue) -> Option<u16> {
    match *issue {
        Issue::StepsDoNotAddUp { steps, .. } => u16::try_from(steps)
            .ok()
            .filter(|&n| n > 0 && u64::from(n) <= super::exchange::MAX_MINUTES),
        _ => None,
    }
}

/// The problems about the field at `path` itself, or about its text in `lang`.
pub fn problems_at<'a>(
    problems: &'a [FieldProblem],
    path: &'a str,
    lang: Option<Lang>,
) -> impl Iterator<Item = &'a FieldProblem> + 'a {
    problems.iter().filter(move |p| match lang {
        Some(lang) => p
            .field
            .strip_prefix(path)
            .and_then(|rest| rest.strip_prefix('.'))
            .is_some_and(|code| code == lang.code()),
        None => p.field == path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::curriculum::custom::blank_lesson;
    use crate::curriculum::validate::{lesson_fields, Issue};
    use crate::test_support::library;

    #[test]
    fn every_text_validation_names_can_be_read_and_written_by_its_path() {
        let lib = library();
        let mut l = lib.lessons[0].clone();
        // Blank every English text the lesson has: each problem's path finds its text.
        let paths: Vec<String> = {
            let mut blanked = l.clone();
            // Every text the lesson has, by `text_paths`: validation finds each one blank.
            let paths = text_paths(&l);
            for p in &paths {
                text_mut(&mut blanked, p).unwrap().en.clear();
            }
            // Keep the title so the lesson is still written in both languages.
            blanked.title.en = "T".into();
            let problems = lesson_fields(&blanked, &lib.vocabulary);
            let missing: Vec<&str> = problems
                .iter()
                .filter(|p| p.issue == Issue::MissingText(Lang::En))
                .map(|p| p.field.strip_suffix(".en").unwrap())
                .collect();
            assert_eq!(missing.len(), paths.len() - 1, "{missing:?}");
            for m in missing {
                assert!(text(&blanked, m).is_some(), "{m}");
            }
            paths
        };
        text_mut(&mut l, &paths[0]).unwrap().es = "Nuevo".into();
        assert_eq!(l.title.es, "Nuevo");
        for bad in [
            "",
            "title.en",
            "steps[99].title",
            "steps.title",
            "nope",
            "steps[0].title.x",
        ] {
            assert!(text(&l, bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn a_problem_field_splits_into_its_path_and_language() {
        assert_eq!(split_lang("title.es"), ("title", Some(Lang::Es)));
        assert_eq!(
            split_lang("assessment[0].choices[1].en"),
            ("assessment[0].choices[1]", Some(Lang::En))
        );
        assert_eq!(split_lang("steps"), ("steps", None));
        assert_eq!(split_lang("steps[0].minutes"), ("steps[0].minutes", None));
        // "objectives" ends in "es" but not in ".es".
        assert_eq!(split_lang("objectives"), ("objectives", None));
    }

    #[test]
    fn the_minutes_fix_is_the_steps_sum_when_a_lesson_can_be_that_long() {
        let lib = library();
        let mut l = blank_lesson("x".into());
        add(&mut l, "steps");
        add(&mut l, "steps");
        set_number(&mut l, "steps[1].minutes", 20);
        let fix = lesson_fields(&l, &lib.vocabulary)
            .iter()
            .find_map(|p| minutes_fix(&p.issue));
        assert_eq!(fix, Some(25));
        set_number(&mut l, "minutes", 25);
        assert!(lesson_fields(&l, &lib.vocabulary)
            .iter()
            .all(|p| minutes_fix(&p.issue).is_none()));
        let sum = |steps| Issue::StepsDoNotAddUp { steps, minutes: 45 };
        assert_eq!(minutes_fix(&sum(0)), None);
        assert_eq!(minutes_fix(&sum(480)), Some(480));
        assert_eq!(minutes_fix(&sum(481)), None, "more than a pack may hold");
        assert_eq!(minutes_fix(&Issue::NoMinutes), None);
    }

    #[test]
    fn lists_grow_and_shrink_and_the_answer_follows_its_choice() {
        let mut l = blank_lesson("x".into());
        for list in [
            "objectives",
            "materials",
            "steps",
            "assessment",
            "sources",
            "handouts",
        ] {
            assert!(add(&mut l, list));
            assert_eq!(len(&l, list), 1, "{list}");
        }
        assert!(!add(&mut l, "nope"));
        assert!(add(&mut l, "assessment[0].choices"));
        assert_eq!(len(&l, "assessment[0].choices"), 3);
        l.assessment[0].answer = 2;
        remove(&mut l, "assessment[0].choices", 0);
        assert_eq!(l.assessment[0].answer, 1);
        remove(&mut l, "steps", 0);
        remove(&mut l, "steps", 7);
        assert_eq!(len(&l, "steps"), 0);
    }

    #[test]
    fn choices_numbers_and_plain_texts_by_path() {
        let mut l = blank_lesson("x".into());
        add(&mut l, "steps");
        add(&mut l, "adaptations");
        add(&mut l, "assessment");
        add(&mut l, "sources");
        set_choice(&mut l, "audience", "staff");
        set_choice(&mut l, "steps[0].method", "role-play");
        set_choice(&mut l, "adaptations[0].light", "red");
        set_choice(&mut l, "assessment[0].answer", "1");
        set_choice(&mut l, "steps[0].method", "juggling");
        set_choice(&mut l, "steps[5].method", "game");
        assert_eq!(choice(&l, "audience").as_deref(), Some("staff"));
        assert_eq!(choice(&l, "steps[0].method").as_deref(), Some("role-play"));
        assert_eq!(choice(&l, "adaptations[0].light").as_deref(), Some("red"));
        assert_eq!(choice(&l, "assessment[0].answer").as_deref(), Some("1"));
        assert_eq!(choice(&l, "steps[5].method"), None);
        set_number(&mut l, "steps[0].minutes", 12);
        set_number(&mut l, "min_minutes", 10);
        assert_eq!(number(&l, "steps[0].minutes"), Some(12));
        assert_eq!(number(&l, "min_minutes"), Some(10));
        set_number(&mut l, "minutes", 8);
        assert_eq!(number(&l, "min_minutes"), Some(8), "never above the lesson");
        set_number(&mut l, "minutes", 50);
        assert_eq!(
            number(&l, "min_minutes"),
            Some(50),
            "follows while it is the whole lesson"
        );
        set_plain(&mut l, "sources[0].citation", "A report".into());
        set_plain(&mut l, "sources[0].url", "  ".into());
        assert_eq!(
            plain(&l, "sources[0].citation").as_deref(),
            Some("A report")
        );
        assert_eq!(l.sources[0].url, None);
        assert!(!optional(&l, 0));
    }

    #[test]
    fn tags_toggle_in_vocabulary_order() {
        let mut l = blank_lesson("x".into());
        toggle_tag(&mut l, "levels", "community");
        toggle_tag(&mut l, "levels", "individual");
        assert_eq!(tag_ids(&l, "levels"), ["individual", "community"]);
        toggle_tag(&mut l, "levels", "community");
        toggle_tag(&mut l, "levels", "not-a-level");
        assert_eq!(tag_ids(&l, "levels"), ["individual"]);
        toggle_tag(&mut l, "risk_factors", "harmful-gender-norms");
        assert!(has_tag(&l, "risk_factors", "harmful-gender-norms"));
        toggle_tag(&mut l, "grades", "9-12");
        assert!(has_tag(&l, "grades", "9-12"));
    }

    #[test]
    fn problems_are_found_beside_their_field_and_language() {
        let lib = library();
        let mut l = blank_lesson("x".into());
        l.title.en = "Only English".into();
        add(&mut l, "objectives");
        l.minutes = 30;
        add(&mut l, "steps");
        let problems = lesson_fields(&l, &lib.vocabulary);
        // Written in English only: no Spanish is asked for.
        assert!(!problems
            .iter()
            .any(|p| p.issue == Issue::MissingText(Lang::Es)));
        assert_eq!(
            problems_at(&problems, "objectives[0]", Some(Lang::En)).count(),
            1
        );
        assert_eq!(
            problems_at(&problems, "objectives[0]", Some(Lang::Es)).count(),
            0
        );
        assert!(problems_at(&problems, "steps", None).any(|p| p.issue
            == Issue::StepsDoNotAddUp {
                steps: 5,
                minutes: 30
            }));
        assert!(problems_at(&problems, "sources", None).any(|p| p.issue == Issue::EmptyList));
        l.assessment.push(AssessmentItem {
            prompt: Text::default(),
            choices: vec![Text::default()],
            answer: 3,
            explanation: Text::default(),
        });
        let problems = lesson_fields(&l, &lib.vocabulary);
        assert!(
            problems_at(&problems, "assessment[0].answer", None).any(|p| p.issue
                == Issue::AnswerNotAChoice {
                    answer: 3,
                    choices: 1
                })
        );
        assert!(problems_at(&problems, "assessment[0].choices", None)
            .any(|p| p.issue == Issue::TooFewChoices));
    }
}
