//! Delivering a series: class sections, the delivery log, pre/post results, reports and
//! calendars. Every decision is in the domain (`section`, `delivery`, `results`, `report`,
//! `calendar`); these components show it and pass edits to `state::Plans`.

pub mod adaptations;
pub mod charts;
pub mod fidelity;
pub mod grid;
pub mod grid_key;
pub mod letter;
pub mod log_form;
pub mod meeting_days;
pub mod no_class_dates;
pub mod outcomes;
pub mod postpone;
pub mod present;
pub mod report;
pub mod report_charts;
pub mod report_table;
pub mod results;
pub mod schedules;
pub mod section_schedule;
pub mod sections;
pub mod session_row;
pub mod sessions;
pub mod steps;
pub mod tally;

use crate::state::Plans;
use leptos::prelude::*;
use planner_domain::plan::Plan;
use planner_domain::section::Section;

/// A plan from the store, followed as it changes.
pub type PlanMemo = Memo<Option<Plan>>;

/// The plan `id`, followed as it changes.
pub fn plan_memo(plans: Plans, id: String) -> PlanMemo {
    Memo::new(move |_| {
        plans
            .list
            .with(|ps| ps.iter().find(|p| p.id == id).cloned())
    })
}

/// What `f` reads from section `index` of the followed plan (with the plan around it), or
/// `None` while the plan or the section is missing. Tracks the plan.
pub fn with_section<T>(
    plan: PlanMemo,
    index: usize,
    f: impl FnOnce(&Plan, &Section) -> T,
) -> Option<T> {
    plan.with(|p| {
        let p = p.as_ref()?;
        Some(f(p, p.sections.get(index)?))
    })
}

/// Edits section `index` of plan `plan` as one undoable step (typing in one field with `key`
/// joins the previous step).
pub fn edit_section(
    plans: Plans,
    plan: &str,
    index: usize,
    key: Option<&str>,
    f: impl FnOnce(&mut Section),
) {
    plans.edit(plan, key, move |p| {
        if let Some(s) = p.sections.get_mut(index) {
            f(s);
        }
    });
}

/// The index of section `id` in `plan`, if it is there.
pub fn section_index(plan: &Plan, id: &str) -> Option<usize> {
    plan.sections.iter().position(|s| s.id == id)
}

/// Today's date on this device, for the defaults of a delivery record.
pub fn today() -> chrono::NaiveDate {
    let d = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

/// A number typed into a field, or `None` when it is not one.
pub fn parse_number<T: std::str::FromStr>(text: &str) -> Option<T> {
    text.trim().parse().ok()
}
