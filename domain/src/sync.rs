//! Two tabs on the same plans: merging another tab's saved plans with this tab's.
//!
//! Plans are compared against the version both tabs last agreed on (`base`). A plan changed
//! in only one tab takes that change; a plan changed in both keeps the other tab's version and
//! this tab's as a copy, so neither tab's work is ever silently discarded.

use crate::plan::Plan;

/// The outcome of a merge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    pub plans: Vec<Plan>,
    /// Names of this tab's copies kept because both tabs changed the same plan.
    pub conflicts: Vec<String>,
}

/// Merges `remote` (what another tab saved) into `local` (this tab), given `base` (what this
/// tab last saved or loaded). `copy_name` names this tab's copy of a conflicting plan.
pub fn merge(
    base: &[Plan],
    local: &[Plan],
    remote: &[Plan],
    mut new_id: impl FnMut() -> String,
    copy_name: impl Fn(&str) -> String,
) -> Merged {
    let find = |list: &'_ [Plan], id: &str| list.iter().find(|p| p.id == id).cloned();
    let mut plans: Vec<Plan> = Vec::new();
    let mut conflicts = Vec::new();
    // The other tab's list sets the order; this tab's new plans follow.
    for r in remote {
        let b = find(base, &r.id);
        match find(local, &r.id) {
            None => {
                // Not here: new in the other tab (keep), or deleted here (drop unless the
                // other tab changed it since, in which case its work wins).
                if b.is_none() || b.as_ref() != Some(r) {
                    plans.push(r.clone());
                }
            }
            Some(l) if l == *r => plans.push(r.clone()),
            Some(l) => {
                let local_changed = b.as_ref() != Some(&l);
                let remote_changed = b.as_ref() != Some(r);
                match (local_changed, remote_changed) {
                    (true, false) => plans.push(l),
                    (false, _) => plans.push(r.clone()),
                    (true, true) => {
                        plans.push(r.clone());
                        let mut copy = l;
                        copy.id = new_id();
                        copy.name = copy_name(&copy.name);
                        conflicts.push(copy.name.clone());
                        plans.push(copy);
                    }
                }
            }
        }
    }
    for l in local {
        if remote.iter().any(|r| r.id == l.id) {
            continue;
        }
        match find(base, &l.id) {
            // New in this tab: keep.
            None => plans.push(l.clone()),
            // Deleted in the other tab; keep it only if this tab changed it meanwhile.
            Some(b) if b != *l => {
                conflicts.push(l.name.clone());
                plans.push(l.clone());
            }
            Some(_) => {}
        }
    }
    Merged { plans, conflicts }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(id: &str, name: &str) -> Plan {
        Plan::new(id.into(), name.into(), 0)
    }

    fn names(m: &Merged) -> Vec<&str> {
        m.plans.iter().map(|p| p.name.as_str()).collect()
    }

    fn run(base: &[Plan], local: &[Plan], remote: &[Plan]) -> Merged {
        let mut n = 0;
        merge(
            base,
            local,
            remote,
            || {
                n += 1;
                format!("copy{n}")
            },
            |name| format!("{name} (this tab)"),
        )
    }

    #[test]
    fn changes_in_one_tab_are_taken() {
        let base = vec![plan("a", "A"), plan("b", "B")];
        let remote = vec![plan("a", "A2"), plan("b", "B")];
        let local = vec![plan("a", "A"), plan("b", "B3")];
        let m = run(&base, &local, &remote);
        assert_eq!(names(&m), ["A2", "B3"]);
        assert!(m.conflicts.is_empty());
    }

    #[test]
    fn the_same_plan_changed_in_both_keeps_both() {
        let base = vec![plan("a", "A")];
        let m = run(&base, &[plan("a", "Mine")], &[plan("a", "Theirs")]);
        assert_eq!(names(&m), ["Theirs", "Mine (this tab)"]);
        assert_eq!(m.conflicts, ["Mine (this tab)"]);
        assert_eq!(m.plans[1].id, "copy1");
    }

    #[test]
    fn new_and_deleted_plans() {
        let base = vec![plan("a", "A"), plan("b", "B")];
        // Other tab deleted b and created c; this tab created d.
        let remote = vec![plan("a", "A"), plan("c", "C")];
        let local = vec![plan("a", "A"), plan("b", "B"), plan("d", "D")];
        assert_eq!(names(&run(&base, &local, &remote)), ["A", "C", "D"]);
        // This tab deleted a; the other tab did not touch it.
        let m = run(&base, &[plan("b", "B")], &[plan("a", "A"), plan("b", "B")]);
        assert_eq!(names(&m), ["B"]);
        // This tab deleted a while the other tab edited it: the edit survives.
        let m = run(
            &base,
            &[plan("b", "B")],
            &[plan("a", "A edited"), plan("b", "B")],
        );
        assert_eq!(names(&m), ["A edited", "B"]);
        // The other tab deleted b while this tab edited it: this tab's work survives.
        let m = run(
            &base,
            &[plan("a", "A"), plan("b", "B mine")],
            &[plan("a", "A")],
        );
        assert_eq!(names(&m), ["A", "B mine"]);
        assert_eq!(m.conflicts, ["B mine"]);
    }
}

/// Merges the lesson packs another tab saved (`remote`) with this tab's (`local`), given what
/// this tab last saved or loaded (`base`), lesson by lesson as [`merge`] does plans: a lesson
/// changed or added in one tab takes that change, one deleted here goes unless the other tab
/// changed it since, and one changed in both keeps this tab's version under its id and the
/// other tab's under `new_id(id)`. Returns the merged packs and the ids of those copies.
pub fn merge_packs(
    base: &[crate::curriculum::pack::Pack],
    local: &[crate::curriculum::pack::Pack],
    remote: &[crate::curriculum::pack::Pack],
    mut new_id: impl FnMut(&str) -> String,
) -> (Vec<crate::curriculum::pack::Pack>, Vec<String>) {
    use crate::curriculum::Lesson;
    fn find<'a>(packs: &'a [crate::curriculum::pack::Pack], id: &str) -> Option<&'a Lesson> {
        packs.iter().flat_map(|p| &p.lessons).find(|l| l.id == id)
    }
    let mut out = remote.to_vec();
    let mut copies = Vec::new();
    // Deleted here, unchanged there: gone.
    for lesson in base.iter().flat_map(|p| &p.lessons) {
        if find(local, &lesson.id).is_none() && find(remote, &lesson.id) == Some(lesson) {
            for p in &mut out {
                p.lessons.retain(|l| l.id != lesson.id);
            }
        }
    }
    for (index, pack) in local.iter().enumerate() {
        for lesson in &pack.lessons {
            let before = find(base, &lesson.id);
            if before == Some(lesson) {
                continue;
            }
            let there = out
                .iter_mut()
                .flat_map(|p| p.lessons.iter_mut())
                .find(|l| l.id == lesson.id);
            match there {
                Some(there) => {
                    if before.is_some_and(|b| b != there) && there != lesson {
                        let mut theirs = there.clone();
                        theirs.id = new_id(&lesson.id);
                        copies.push(theirs.id.clone());
                        *there = lesson.clone();
                        let target = crate::backup::pack_for(&mut out, pack, index == 0);
                        out[target].lessons.push(theirs);
                    } else {
                        *there = lesson.clone();
                    }
                }
                None => {
                    let target = crate::backup::pack_for(&mut out, pack, index == 0);
                    out[target].lessons.push(lesson.clone());
                }
            }
        }
    }
    (out, copies)
}

#[cfg(test)]
mod pack_tests {
    use super::merge_packs;
    use crate::curriculum::pack::Pack;
    use crate::curriculum::Lesson;

    fn lesson(id: &str, title: &str) -> Lesson {
        let mut l: Lesson = serde_json::from_value(serde_json::json!({
            "id": id, "title": {"en": title, "es": title}, "summary": {"en": "", "es": ""},
            "grades": [], "minutes": 45, "min_minutes": 40, "levels": [], "risk_factors": [],
            "protective_factors": [], "topics": [], "forms": [], "objectives": [],
            "steps": [], "safety": {"en": "", "es": ""}, "assessment": [], "sources": []
        }))
        .expect("a minimal lesson");
        l.title.es = title.into();
        l
    }

    fn pack(lessons: Vec<Lesson>) -> Vec<Pack> {
        vec![serde_json::from_value(serde_json::json!({
            "format": "prevention-lesson-pack", "version": 1,
            "name": {"en": "Your lessons", "es": "Tus lecciones"}, "languages": ["en", "es"],
            "lessons": lessons,
        }))
        .expect("a pack")]
    }

    #[test]
    fn two_tabs_lessons_merge_and_both_versions_of_a_conflict_stay() {
        let base = pack(vec![lesson("a", "A"), lesson("b", "B"), lesson("c", "C")]);
        // Here: a changed, b deleted, d added. There: c changed, e added, a changed too.
        let local = pack(vec![
            lesson("a", "A here"),
            lesson("c", "C"),
            lesson("d", "D"),
        ]);
        let remote = pack(vec![
            lesson("a", "A there"),
            lesson("b", "B"),
            lesson("c", "C there"),
            lesson("e", "E"),
        ]);
        let (out, copies) = merge_packs(&base, &local, &remote, |id| format!("{id}-copy"));
        let got: Vec<(&str, &str)> = out[0]
            .lessons
            .iter()
            .map(|l| (l.id.as_str(), l.title.en.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("a", "A here"),
                ("c", "C there"),
                ("e", "E"),
                ("a-copy", "A there"),
                ("d", "D")
            ]
        );
        assert_eq!(copies, ["a-copy"]);
        // Nothing changed here: the other tab's packs as they are.
        let (same, none) = merge_packs(&base, &base, &remote, |id| id.to_string());
        assert_eq!((same, none.len()), (remote, 0));
    }
}
