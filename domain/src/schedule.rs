//! Scheduling: which date each session of a plan falls on.
//!
//! Each section's sessions fall on its meeting days from its start date on, skipping the dates
//! with no class and the postponed ones; a session moved once keeps its own date. A split
//! lesson takes several sessions. Pure chrono, so it is tested natively.

use crate::curriculum::Library;
use crate::plan::Plan;
use crate::section::Section;
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// One class meeting of a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// 1-based session number.
    pub number: usize,
    /// Index of the plan item taught.
    pub item: usize,
    /// Which part of a split lesson (1 or 2), and how many parts it has.
    pub part: usize,
    pub parts: usize,
    /// Minutes planned for this session's lesson (0 when the lesson is missing from the
    /// library).
    pub minutes: u32,
    /// Minutes of the pre-test given in it (the first session for students).
    pub pre_test: u32,
    /// Minutes of the post-test given in it (the last session for students).
    pub post_test: u32,
    /// `None` until the section has a start date and meeting days.
    pub date: Option<NaiveDate>,
    /// Names the session in the delivery log and the calendar: the plan item's id and the
    /// part (see [`session_key`]), so a record stays with its lesson when lessons are added,
    /// removed, reordered or swapped for another version.
    pub key: String,
}

impl Session {
    /// Minutes of class time the session takes: its lesson and any test given in it.
    pub fn total(&self) -> u32 {
        self.minutes + self.pre_test + self.post_test
    }
}

/// The class time a series takes, split the way the packet and the dosage check both report
/// it: the lessons (their skipped steps left out) and the pre- and post-tests given in them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClassTime {
    pub lessons: u32,
    pub tests: u32,
}

impl ClassTime {
    /// Every minute the series takes from the class.
    pub fn total(self) -> u32 {
        self.lessons + self.tests
    }
}

/// The class time of `sessions`: one sum for every place that reports a series' minutes, so
/// the cover and the plan's checks never disagree.
pub fn class_time(sessions: &[Session]) -> ClassTime {
    sessions
        .iter()
        .fold(ClassTime::default(), |t, s| ClassTime {
            lessons: t.lessons + s.minutes,
            tests: t.tests + s.pre_test + s.post_test,
        })
}

/// How far ahead dates are looked for: a plan that cannot be scheduled within this many days
/// (e.g. every meeting day is a no-class date) leaves later sessions without a date.
const SEARCH_DAYS: i64 = 3 * 366;

/// The first `count` meeting dates on or after `start`.
pub fn meeting_dates(
    start: NaiveDate,
    days: &[Weekday],
    no_class: &[NaiveDate],
    count: usize,
) -> Vec<NaiveDate> {
    let mut dates = Vec::with_capacity(count);
    if days.is_empty() {
        return dates;
    }
    let mut day = start;
    let last = start + Duration::days(SEARCH_DAYS);
    while dates.len() < count && day <= last {
        if days.contains(&day.weekday()) && !no_class.contains(&day) {
            dates.push(day);
        }
        match day.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    dates
}

/// The key of part `part` (1-based) of plan item `item`: "7/1". A plan never gives a new
/// item the id of one its records name ([`Plan::add`]).
pub fn session_key(item: u32, part: usize) -> String {
    format!("{item}/{part}")
}

/// The plan item id a session key names (`None` for a key of another shape).
pub fn key_item(key: &str) -> Option<u32> {
    key.split_once('/')?.0.parse().ok()
}

/// Every session of the plan's first section, in order (see [`section_sessions`]).
pub fn sessions(plan: &Plan, library: &Library) -> Vec<Session> {
    section_sessions(plan, plan.first(), library)
}

/// Every session of `section`, in order, with its date when it can be known.
pub fn section_sessions(plan: &Plan, section: &Section, library: &Library) -> Vec<Session> {
    let mut out = Vec::new();
    for (item_index, item) in plan.items.iter().enumerate() {
        let minutes = match library.lesson(&item.lesson) {
            Some(lesson) => item.part_minutes(lesson, section.period_minutes),
            None => vec![0],
        };
        let parts = minutes.len();
        for (p, m) in minutes.into_iter().enumerate() {
            let key = session_key(item.id, p + 1);
            out.push(Session {
                number: out.len() + 1,
                item: item_index,
                part: p + 1,
                parts,
                minutes: m,
                pre_test: 0,
                post_test: 0,
                date: None,
                key,
            });
        }
    }
    // The tests are given in the first and last sessions for students.
    let for_students = |s: &&mut Session| {
        library
            .lesson(&plan.items[s.item].lesson)
            .is_some_and(|l| l.audience == crate::curriculum::Audience::Students)
    };
    let (pre, post) = crate::assessment::plan_minutes(plan, library);
    if let Some(first) = out.iter_mut().find(for_students) {
        first.pre_test = pre;
    }
    if let Some(last) = out.iter_mut().rev().find(for_students) {
        last.post_test = post;
    }
    if let Some(start) = section.start {
        let dates = meeting_dates(start, &section.days, &section.skipped_dates(), out.len());
        for (session, date) in out.iter_mut().zip(dates) {
            session.date = Some(date);
        }
    }
    // A delivered session is shown on the day it was taught, a moved one on its new date.
    for session in &mut out {
        let delivered = section.log_of(&session.key).map(|l| l.date);
        if let Some(date) = delivered.or_else(|| section.moved_to(&session.key)) {
            session.date = Some(date);
        }
    }
    out
}

/// The weeks (Monday first) of the month containing `day`, each day `None` outside the month.
pub fn month_grid(day: NaiveDate) -> Vec<[Option<NaiveDate>; 7]> {
    let first = day.with_day(1).unwrap_or(day);
    let mut weeks = Vec::new();
    let mut week = [None; 7];
    let mut d = first;
    while d.month() == first.month() {
        let col = d.weekday().num_days_from_monday() as usize;
        week[col] = Some(d);
        if col == 6 {
            weeks.push(week);
            week = [None; 7];
        }
        match d.succ_opt() {
            Some(next) => d = next,
            None => break,
        }
    }
    if week.iter().any(Option::is_some) {
        weeks.push(week);
    }
    weeks
}

/// The first day of every month that has a session, in order, for a small calendar.
pub fn months(dates: &[NaiveDate]) -> Vec<NaiveDate> {
    let mut months: Vec<NaiveDate> = dates.iter().filter_map(|d| d.with_day(1)).collect();
    crate::order::sort(&mut months);
    months.dedup();
    months
}

#[cfg(test)]
mod tests {
    use super::*;
    use Weekday::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn tuesdays_and_thursdays_skip_weekends_and_a_no_class_date() {
        // Journey 1: Tue/Thu from 3 February 2026, no class on 17 February.
        let dates = meeting_dates(d(2026, 2, 3), &[Tue, Thu], &[d(2026, 2, 17)], 6);
        assert_eq!(
            dates,
            vec![
                d(2026, 2, 3),
                d(2026, 2, 5),
                d(2026, 2, 10),
                d(2026, 2, 12),
                d(2026, 2, 19),
                d(2026, 2, 24)
            ]
        );
    }

    #[test]
    fn a_start_date_that_is_not_a_meeting_day_moves_to_the_next_one() {
        // 7 Feb 2026 is a Saturday.
        assert_eq!(
            meeting_dates(d(2026, 2, 7), &[Mon], &[], 1),
            vec![d(2026, 2, 9)]
        );
    }

    #[test]
    fn a_series_runs_past_the_end_of_the_year() {
        let dates = meeting_dates(
            d(2026, 12, 21),
            &[Mon, Wed, Fri],
            &[d(2026, 12, 25), d(2027, 1, 1)],
            5,
        );
        assert_eq!(
            dates,
            vec![
                d(2026, 12, 21),
                d(2026, 12, 23),
                d(2026, 12, 28),
                d(2026, 12, 30),
                d(2027, 1, 4)
            ]
        );
    }

    #[test]
    fn leap_days_are_real_school_days() {
        // 29 February 2028 is a Tuesday.
        let dates = meeting_dates(d(2028, 2, 28), &[Tue], &[], 2);
        assert_eq!(dates, vec![d(2028, 2, 29), d(2028, 3, 7)]);
        let skipped = meeting_dates(d(2028, 2, 28), &[Tue], &[d(2028, 2, 29)], 1);
        assert_eq!(skipped, vec![d(2028, 3, 7)]);
    }

    #[test]
    fn no_meeting_days_or_all_days_blocked_gives_no_dates_and_stops() {
        assert!(meeting_dates(d(2026, 1, 1), &[], &[], 3).is_empty());
        // Every Monday for years is a no-class date: the search gives up instead of looping.
        let mondays: Vec<NaiveDate> = (0..100)
            .map(|w| d(2026, 1, 5) + Duration::weeks(w))
            .collect();
        let dates = meeting_dates(d(2026, 1, 5), &[Mon], &mondays, 2);
        assert_eq!(dates.len(), 2);
        assert!(dates[0] > *mondays.last().unwrap());
        let all: Vec<NaiveDate> = (0..2000)
            .map(|i| d(2026, 1, 5) + Duration::days(i))
            .collect();
        assert!(meeting_dates(d(2026, 1, 5), &[Mon], &all, 2).is_empty());
    }

    #[test]
    fn month_grid_starts_on_monday() {
        let weeks = month_grid(d(2026, 2, 17));
        assert_eq!(weeks[0][6], Some(d(2026, 2, 1))); // 1 Feb 2026 is a Sunday
        assert_eq!(weeks[0][0], None);
        assert_eq!(
            weeks.last().unwrap().iter().flatten().last(),
            Some(&d(2026, 2, 28))
        );
        let all: usize = weeks.iter().map(|w| w.iter().flatten().count()).sum();
        assert_eq!(all, 28);
        assert_eq!(
            months(&[d(2026, 3, 9), d(2026, 2, 3), d(2026, 2, 5)]),
            vec![d(2026, 2, 1), d(2026, 3, 1)]
        );
    }
}
