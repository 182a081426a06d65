//! Where a plan stands (draft, scheduled, in progress, delivered) and how the plans list
//! sorts. Decided from the schedule and today's date; one function, so a delivery log can
//! later be taken into account here and nowhere else.

use crate::curriculum::Library;
use crate::plan::Plan;
use crate::schedule::sessions;
use chrono::NaiveDate;

/// Where a plan stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlanStatus {
    /// No lessons, or not every session has a date yet.
    Draft,
    /// Every session dated, the first still ahead.
    Scheduled,
    /// The first session has come, the last not yet passed.
    InProgress,
    /// The last session is past.
    Delivered,
}

impl PlanStatus {
    pub const ALL: [PlanStatus; 4] = [
        PlanStatus::Draft,
        PlanStatus::Scheduled,
        PlanStatus::InProgress,
        PlanStatus::Delivered,
    ];

    /// A stable id for attributes and tests.
    pub fn id(self) -> &'static str {
        match self {
            PlanStatus::Draft => "draft",
            PlanStatus::Scheduled => "scheduled",
            PlanStatus::InProgress => "in-progress",
            PlanStatus::Delivered => "delivered",
        }
    }
}

/// The dates of the first and last sessions, when every session has one.
pub fn date_range(plan: &Plan, library: &Library) -> Option<(NaiveDate, NaiveDate)> {
    let dates: Option<Vec<NaiveDate>> = sessions(plan, library).iter().map(|s| s.date).collect();
    let dates = dates?;
    Some((*dates.first()?, *dates.last()?))
}

/// Where `plan` stands on `today`.
pub fn status(plan: &Plan, library: &Library, today: NaiveDate) -> PlanStatus {
    match date_range(plan, library) {
        None => PlanStatus::Draft,
        Some((first, _)) if today < first => PlanStatus::Scheduled,
        Some((_, last)) if today <= last => PlanStatus::InProgress,
        Some(_) => PlanStatus::Delivered,
    }
}

/// How the plans list is ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PlanSort {
    /// Most recently edited first.
    #[default]
    Edited,
    /// By name, A to Z.
    Name,
    /// By first session, soonest first; plans without dates last.
    Dates,
    /// Draft, scheduled, in progress, delivered; soonest first within each.
    Status,
}

impl PlanSort {
    pub const ALL: [PlanSort; 4] = [
        PlanSort::Edited,
        PlanSort::Name,
        PlanSort::Dates,
        PlanSort::Status,
    ];

    pub fn id(self) -> &'static str {
        match self {
            PlanSort::Edited => "edited",
            PlanSort::Name => "name",
            PlanSort::Dates => "dates",
            PlanSort::Status => "status",
        }
    }

    pub fn from_id(id: &str) -> Option<PlanSort> {
        PlanSort::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// One row of the plans list: the plan with its dates and status.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanRow {
    pub plan: Plan,
    pub dates: Option<(NaiveDate, NaiveDate)>,
    pub status: PlanStatus,
}

/// The plans as list rows, in `sort` order.
pub fn rows(plans: &[Plan], library: &Library, today: NaiveDate, sort: PlanSort) -> Vec<PlanRow> {
    let mut rows: Vec<PlanRow> = plans
        .iter()
        .map(|p| PlanRow {
            plan: p.clone(),
            dates: date_range(p, library),
            status: status(p, library, today),
        })
        .collect();
    let first = |r: &PlanRow| r.dates.map_or(NaiveDate::MAX, |d| d.0);
    match sort {
        PlanSort::Edited => {
            crate::order::sort_by_key(&mut rows, |r| std::cmp::Reverse(r.plan.edited))
        }
        PlanSort::Name => {
            crate::order::sort_by_key(&mut rows, |r| crate::search::fold(&r.plan.name))
        }
        PlanSort::Dates => crate::order::sort_by_key(&mut rows, first),
        PlanSort::Status => crate::order::sort_by_key(&mut rows, |r| (r.status, first(r))),
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn library() -> Library {
        crate::curriculum::source::load_library(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../curriculum"),
        )
        .unwrap()
    }

    /// A plan of two short lessons on Tuesdays and Thursdays from `start`.
    fn plan(lib: &Library, name: &str, start: Option<&str>) -> Plan {
        let mut p = Plan::new(name.into(), name.into(), 0);
        p.first_mut().period_minutes = 240;
        p.add(&lib.lessons[0].id);
        p.add(&lib.lessons[3].id);
        p.first_mut().days = vec![Weekday::Tue, Weekday::Thu];
        p.first_mut().start = start.map(d);
        p
    }

    #[test]
    fn status_follows_the_schedule_and_today() {
        let lib = library();
        let p = plan(&lib, "a", Some("2026-02-03"));
        assert_eq!(
            date_range(&p, &lib),
            Some((d("2026-02-03"), d("2026-02-05")))
        );
        assert_eq!(status(&p, &lib, d("2026-01-20")), PlanStatus::Scheduled);
        assert_eq!(status(&p, &lib, d("2026-02-03")), PlanStatus::InProgress);
        assert_eq!(status(&p, &lib, d("2026-02-05")), PlanStatus::InProgress);
        assert_eq!(status(&p, &lib, d("2026-02-06")), PlanStatus::Delivered);
        let undated = plan(&lib, "b", None);
        assert_eq!(status(&undated, &lib, d("2026-02-06")), PlanStatus::Draft);
        let empty = Plan::new("c".into(), "c".into(), 0);
        assert_eq!(date_range(&empty, &lib), None);
        assert_eq!(status(&empty, &lib, d("2026-02-06")), PlanStatus::Draft);
    }

    #[test]
    fn rows_sort_by_name_dates_and_status() {
        let lib = library();
        let mut plans = vec![
            plan(&lib, "Zeta", Some("2026-03-03")),
            plan(&lib, "alpha", None),
            plan(&lib, "Beta", Some("2026-01-06")),
        ];
        plans[1].edited = 9;
        let names = |sort| -> Vec<String> {
            rows(&plans, &lib, d("2026-02-01"), sort)
                .into_iter()
                .map(|r| r.plan.name)
                .collect()
        };
        assert_eq!(names(PlanSort::Edited), ["alpha", "Zeta", "Beta"]);
        assert_eq!(names(PlanSort::Name), ["alpha", "Beta", "Zeta"]);
        assert_eq!(names(PlanSort::Dates), ["Beta", "Zeta", "alpha"]);
        // Draft, scheduled (Zeta), delivered (Beta).
        assert_eq!(names(PlanSort::Status), ["alpha", "Zeta", "Beta"]);
    }
}
