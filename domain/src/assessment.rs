//! The pre- and post-test of a plan: which assessment items they ask and how long they take,
//! so the packet prints them and the first and last sessions' fit checks count their minutes.

use crate::curriculum::{self, Lesson, Library};
use crate::plan::{Plan, TestItem};

/// Items a test asks by default: short enough to take a few minutes of a class period.
pub const DEFAULT_ITEMS: usize = 10;

/// Minutes to hand out, explain and collect a test, on top of its questions (half a minute
/// each, rounded up: short multiple-choice items).
pub const SETUP_MINUTES: u32 = 2;

/// The plan's distinct lessons for students (not the sessions for families or staff), in plan
/// order: the lessons whose assessment items make the pre- and post-test.
pub fn student_lessons<'a>(plan: &Plan, library: &'a Library) -> Vec<&'a Lesson> {
    let mut out: Vec<&Lesson> = Vec::new();
    for item in &plan.items {
        if let Some(lesson) = library.lesson(&item.lesson) {
            if lesson.audience == curriculum::Audience::Students
                && !out.iter().any(|l| l.id == lesson.id)
            {
                out.push(lesson);
            }
        }
    }
    out
}

/// The default choice from these lessons: at most [`DEFAULT_ITEMS`], yet at least one per
/// lesson that has items, taken in turn (each lesson's first item, then each one's second…).
pub fn default_items(lessons: &[&Lesson]) -> Vec<TestItem> {
    let with_items = lessons.iter().filter(|l| !l.assessment.is_empty()).count();
    let limit = DEFAULT_ITEMS.max(with_items);
    let mut chosen = Vec::new();
    let mut round = 0;
    while chosen.len() < limit {
        let before = chosen.len();
        for lesson in lessons {
            if round < lesson.assessment.len() && chosen.len() < limit {
                chosen.push(TestItem {
                    lesson: lesson.id.clone(),
                    item: round,
                });
            }
        }
        if chosen.len() == before {
            break;
        }
        round += 1;
    }
    in_plan_order(lessons, chosen)
}

fn in_plan_order(lessons: &[&Lesson], mut items: Vec<TestItem>) -> Vec<TestItem> {
    let rank = |t: &TestItem| lessons.iter().position(|l| l.id == t.lesson);
    crate::order::sort_by_key(&mut items, |t| (rank(t), t.item));
    items.dedup();
    items
}

/// The items the plan's tests ask, in plan order: the preventionist's choice (without items
/// whose lesson left the plan or the library), or the default.
pub fn chosen(plan: &Plan, library: &Library) -> Vec<TestItem> {
    let lessons = student_lessons(plan, library);
    match &plan.test_items {
        None => default_items(&lessons),
        Some(list) => {
            let kept = list
                .iter()
                .filter(|t| {
                    lessons
                        .iter()
                        .any(|l| l.id == t.lesson && t.item < l.assessment.len())
                })
                .cloned()
                .collect();
            in_plan_order(&lessons, kept)
        }
    }
}

/// Minutes a test of `items` questions takes (none without questions).
pub fn minutes(items: usize) -> u32 {
    match items {
        0 => 0,
        n => SETUP_MINUTES + (n as u32).div_ceil(2),
    }
}

/// The plan's tests that take class time: (pre-test minutes, post-test minutes).
pub fn plan_minutes(plan: &Plan, library: &Library) -> (u32, u32) {
    let m = minutes(chosen(plan, library).len());
    (
        if plan.pre_test { m } else { 0 },
        if plan.post_test { m } else { 0 },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::library;

    fn plan(lib: &Library, n: usize) -> Plan {
        let mut p = Plan::new("p".into(), "P".into(), 0);
        for l in lib
            .lessons
            .iter()
            .filter(|l| l.audience == curriculum::Audience::Students)
            .take(n)
        {
            p.add(&l.id);
        }
        p
    }

    #[test]
    fn the_default_asks_at_most_ten_items_and_one_per_lesson_at_least() {
        let lib = library();
        for n in [1, 3, 6, 12] {
            let p = plan(&lib, n);
            let items = chosen(&p, &lib);
            let lessons = student_lessons(&p, &lib);
            assert!(
                items.len() <= DEFAULT_ITEMS.max(n),
                "{n} lessons: {items:?}"
            );
            for l in lessons.iter().filter(|l| !l.assessment.is_empty()) {
                assert!(
                    items.iter().any(|t| t.lesson == l.id),
                    "{n}: {} has none",
                    l.id
                );
            }
            let total: usize = lessons.iter().map(|l| l.assessment.len()).sum();
            assert_eq!(items.len(), total.min(DEFAULT_ITEMS.max(n)));
        }
        // Twelve lessons: one each, more than ten.
        assert_eq!(chosen(&plan(&lib, 12), &lib).len(), 12);
    }

    #[test]
    fn a_chosen_list_is_kept_in_plan_order_without_items_that_left_the_plan() {
        let lib = library();
        let mut p = plan(&lib, 3);
        let ids: Vec<String> = p.items.iter().map(|i| i.lesson.clone()).collect();
        let item = |l: &str, i| TestItem {
            lesson: l.to_string(),
            item: i,
        };
        p.test_items = Some(vec![
            item(&ids[2], 0),
            item(&ids[0], 1),
            item("no-such-lesson", 0),
            item(&ids[1], 99),
        ]);
        assert_eq!(chosen(&p, &lib), vec![item(&ids[0], 1), item(&ids[2], 0)]);
        assert_eq!(
            plan_minutes(&p, &lib),
            (SETUP_MINUTES + 1, SETUP_MINUTES + 1)
        );
        p.post_test = false;
        assert_eq!(plan_minutes(&p, &lib).1, 0);
        p.test_items = Some(Vec::new());
        assert_eq!(plan_minutes(&p, &lib), (0, 0));
    }
}
