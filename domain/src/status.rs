//! Where a plan stands (draft, scheduled, in progress, delivered, not recorded) and how the
//! plans list sorts. Decided from the sections' delivery logs, with the schedule and today's
//! date only telling a plan still ahead from one whose dates passed unrecorded.

use crate::curriculum::Library;
use crate::plan::Plan;
use crate::schedule::section_sessions;
use chrono::NaiveDate;

/// Where a plan stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlanStatus {
    /// No lessons, or not every session has a date yet.
    Draft,
    /// Every session dated, none recorded yet, the last still ahead.
    Scheduled,
    /// Some sessions recorded delivered, not all.
    InProgress,
    /// Every session's dates have passed and none is recorded: whether it was taught is
    /// not known (an imported plan, or a log never kept).
    NotRecorded,
    /// Every scheduled session of every section recorded delivered.
    Delivered,
}

impl PlanStatus {
    pub const ALL: [PlanStatus; 5] = [
        PlanStatus::Draft,
        PlanStatus::Scheduled,
        PlanStatus::InProgress,
        PlanStatus::NotRecorded,
        PlanStatus::Delivered,
    ];

    /// A stable id for attributes and tests.
    pub fn id(self) -> &'static str {
        match self {
            PlanStatus::Draft => "draft",
            PlanStatus::Scheduled => "scheduled",
            PlanStatus::InProgress => "in-progress",
            PlanStatus::NotRecorded => "not-recorded",
            PlanStatus::Delivered => "delivered",
        }
    }
}

/// The dates of the first and last sessions of all sections, when every session has one.
pub fn date_range(plan: &Plan, library: &Library) -> Option<(NaiveDate, NaiveDate)> {
    let mut dates = Vec::new();
    for section in &plan.sections {
        for s in section_sessions(plan, section, library) {
            dates.push(s.date?);
        }
    }
    Some((*dates.iter().min()?, *dates.iter().max()?))
}

/// Where `plan` stands on `today`: the delivery log says what was taught; dates alone
/// never make a plan delivered.
pub fn status(plan: &Plan, library: &Library, today: NaiveDate) -> PlanStatus {
    let (mut scheduled, mut recorded) = (0, 0);
    for section in &plan.sections {
        for s in section_sessions(plan, section, library) {
            scheduled += 1;
            recorded += usize::from(section.log_of(&s.key).is_some());
        }
    }
    match (date_range(plan, library), recorded) {
        _ if scheduled > 0 && recorded == scheduled => PlanStatus::Delivered,
        (_, r) if r > 0 => PlanStatus::InProgress,
        (None, _) => PlanStatus::Draft,
        (Some((_, last)), _) if today > last => PlanStatus::NotRecorded,
        (Some(_), _) => PlanStatus::Scheduled,
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
    use crate::test_support::library;
    use chrono::Weekday;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
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

    fn record(p: &mut Plan, section: usize, session: usize, lib: &Library) {
        let s = &section_sessions(p, &p.sections[section], lib)[session];
        let log =
            crate::delivery::SessionLog::draft(p, &p.sections[section], s, lib, d("2026-02-03"));
        p.sections[section].log.push(log);
    }

    #[test]
    fn status_follows_the_delivery_log_and_dates_alone_never_deliver() {
        let lib = library();
        let mut p = plan(&lib, "a", Some("2026-02-03"));
        assert_eq!(
            date_range(&p, &lib),
            Some((d("2026-02-03"), d("2026-02-05")))
        );
        assert_eq!(status(&p, &lib, d("2026-01-20")), PlanStatus::Scheduled);
        assert_eq!(status(&p, &lib, d("2026-02-04")), PlanStatus::Scheduled);
        // Past its dates with nothing recorded (say, just imported): not known.
        assert_eq!(status(&p, &lib, d("2026-02-06")), PlanStatus::NotRecorded);
        // A second section, later: its dates count, and so do its sessions.
        let mut second = p.sections[0].clone();
        second.id = "s2".into();
        second.start = Some(d("2026-02-10"));
        p.sections.push(second);
        assert_eq!(date_range(&p, &lib).unwrap().1, d("2026-02-12"));
        assert_eq!(status(&p, &lib, d("2026-02-06")), PlanStatus::Scheduled);
        record(&mut p, 0, 0, &lib);
        assert_eq!(status(&p, &lib, d("2026-01-01")), PlanStatus::InProgress);
        record(&mut p, 0, 1, &lib);
        record(&mut p, 1, 0, &lib);
        assert_eq!(status(&p, &lib, d("2026-03-01")), PlanStatus::InProgress);
        record(&mut p, 1, 1, &lib);
        assert_eq!(status(&p, &lib, d("2026-01-01")), PlanStatus::Delivered);
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
        // Draft, scheduled (Zeta), dates past with nothing recorded (Beta).
        assert_eq!(names(PlanSort::Status), ["alpha", "Zeta", "Beta"]);
    }
}
