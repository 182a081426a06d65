//! Swapping lessons for their other-band counterparts when a plan's grade changes band, so
//! a series moved from grade 8 to grade 10 keeps its shape instead of being rebuilt.

use crate::curriculum::{Lesson, Library};
use crate::plan::{Plan, PlanItem};

/// A lesson of the plan that no longer fits its grade band, and the counterpart that does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Swap {
    /// Index of the plan item.
    pub item: usize,
    pub from: String,
    pub to: String,
    /// The lesson swapped out is the preventionist's adapted copy (of a library lesson): the
    /// swap would trade her changes for the library's generic text, so it is offered on its
    /// own, said plainly, and never made by "Swap them all".
    pub adapted: bool,
}

/// The swaps "Swap them all" makes: every one but those of adapted lessons.
pub fn swap_all(swaps: &[Swap]) -> Vec<Swap> {
    swaps.iter().filter(|s| !s.adapted).cloned().collect()
}

/// Every item whose lesson is not for the plan's band but has a counterpart that is (and that
/// the plan does not already teach: a swap never makes a lesson appear twice).
pub fn band_swaps(plan: &Plan, library: &Library) -> Vec<Swap> {
    let band = plan.band();
    plan.items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let lesson = library.lesson(&item.lesson)?;
            if lesson.grades.contains(&band) {
                return None;
            }
            let other = library.lesson(lesson.counterpart.as_deref()?)?;
            let taught = plan.position_of_lesson(&other.id).is_some();
            (other.grades.contains(&band) && !taught).then(|| Swap {
                item: i,
                from: lesson.id.clone(),
                to: other.id.clone(),
                adapted: lesson.adapted_from.is_some(),
            })
        })
        .collect()
}

/// The item rewritten for `to`: the same place, notes and split; a skipped step stays
/// skipped where the counterpart has a step in that position of the same kind (method)
/// that may be skipped, since only then does the preventionist's choice still apply.
pub fn swapped(item: &PlanItem, from: &Lesson, to: &Lesson) -> PlanItem {
    let skipped = item
        .skipped
        .iter()
        .copied()
        .filter(|&s| match (from.steps.get(s), to.steps.get(s)) {
            (Some(a), Some(b)) => a.method == b.method && (b.optional || !a.optional),
            _ => false,
        })
        .collect();
    PlanItem {
        lesson: to.id.clone(),
        skipped,
        ..item.clone()
    }
}

impl Plan {
    /// Makes `swap` (from [`band_swaps`]) if the item still holds the lesson it names.
    pub fn apply_swap(&mut self, swap: &Swap, library: &Library) -> bool {
        let (Some(from), Some(to)) = (library.lesson(&swap.from), library.lesson(&swap.to)) else {
            return false;
        };
        match self.items.get_mut(swap.item) {
            Some(item) if item.lesson == swap.from => {
                *item = swapped(item, from, to);
                true
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::library;

    #[test]
    fn a_grade_change_offers_each_counterpart_and_the_swap_keeps_place_and_notes() {
        let lib = library();
        let mut p = Plan::new("p".into(), "P".into(), 0);
        p.grade = 8;
        // Both bands (stays), a middle-school pair, one with no counterpart.
        for id in [
            "healthy-relationships-6-8",
            "what-is-trafficking-6-8",
            "trusted-adults-6-8",
            "first-jobs-red-flags-6-8",
        ] {
            p.add(id);
        }
        assert!(band_swaps(&p, &lib).is_empty());
        p.grade = 10;
        let swaps = band_swaps(&p, &lib);
        let pairs: Vec<(usize, &str)> = swaps.iter().map(|s| (s.item, s.to.as_str())).collect();
        assert_eq!(
            pairs,
            [
                (1, "what-is-trafficking-9-12"),
                (3, "fraudulent-job-offers-9-12")
            ]
        );
        p.items[1].notes = "Use the county example".into();
        p.items[1].split = true;
        assert!(p.apply_swap(&swaps[0], &lib));
        assert_eq!(p.items[1].lesson, "what-is-trafficking-9-12");
        assert_eq!(p.items[1].notes, "Use the county example");
        assert!(p.items[1].split);
        assert_eq!(p.items[2].lesson, "trusted-adults-6-8");
        // Made twice, the second finds the lesson already changed and does nothing.
        assert!(!p.apply_swap(&swaps[0], &lib));
        // A counterpart already in the plan is not offered again.
        p.add("fraudulent-job-offers-9-12");
        assert!(band_swaps(&p, &lib).is_empty());
        p.items.pop();
        // Back to grade 8: the swap is offered the other way.
        p.grade = 7;
        assert_eq!(band_swaps(&p, &lib)[0].to, "what-is-trafficking-6-8");
    }

    #[test]
    fn an_adapted_lesson_is_never_swapped_with_the_others() {
        let lib = library();
        let original = lib.lesson("what-is-trafficking-6-8").unwrap();
        let mut c = crate::curriculum::custom::CustomLessons::default();
        c.upsert(crate::curriculum::custom::adapted_copy(
            original,
            "county".into(),
        ));
        let merged = c.with_builtin(&lib);
        let mut p = Plan::new("p".into(), "P".into(), 0);
        p.grade = 10;
        p.add("county");
        p.add("first-jobs-red-flags-6-8");
        let swaps = band_swaps(&p, &merged);
        assert_eq!(swaps.len(), 2);
        assert!(swaps[0].adapted && !swaps[1].adapted);
        let all = swap_all(&swaps);
        assert_eq!(all.len(), 1);
        for s in &all {
            p.apply_swap(s, &merged);
        }
        assert_eq!(p.items[0].lesson, "county", "the county lesson stays");
        assert_eq!(p.items[1].lesson, "fraudulent-job-offers-9-12");
    }

    #[test]
    fn skipped_steps_carry_over_only_where_they_still_apply() {
        let lib = library();
        let from = lib.lesson("what-is-trafficking-6-8").unwrap();
        let to = lib.lesson("what-is-trafficking-9-12").unwrap();
        let mut item = PlanItem::new(1, &from.id);
        item.skipped = (0..from.steps.len()).collect();
        let out = swapped(&item, from, to);
        for &s in &out.skipped {
            assert_eq!(from.steps[s].method, to.steps[s].method);
            assert!(to.steps[s].optional || !from.steps[s].optional);
        }
        let expected = (0..from.steps.len().min(to.steps.len()))
            .filter(|&s| {
                from.steps[s].method == to.steps[s].method
                    && (to.steps[s].optional || !from.steps[s].optional)
            })
            .count();
        assert_eq!(out.skipped.len(), expected);
        // Beyond the counterpart's last step nothing carries over.
        item.skipped = vec![to.steps.len() + 5];
        assert!(swapped(&item, from, to).skipped.is_empty());
    }
}
