//! The delivery log: what happened in each session of a section, as a fidelity log records it.
//!
//! A logged session was delivered on its date; a postponed one (a snow day) adds its date to
//! the section's postponed dates, which moves it and every later session to the next meeting
//! days. The log stores only what differs from the plan (steps not taught as written), so a
//! session taught as planned is a few bytes and a phone form can default to "as written".

use crate::curriculum::{Library, Light};
use crate::plan::Plan;
use crate::schedule::{section_sessions, Session};
use crate::section::Section;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How a step of the lesson was taught.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepStatus {
    #[default]
    AsWritten,
    WithChanges,
    NotTaught,
}

impl StepStatus {
    pub const ALL: [StepStatus; 3] = [
        StepStatus::AsWritten,
        StepStatus::WithChanges,
        StepStatus::NotTaught,
    ];

    pub fn id(self) -> &'static str {
        match self {
            StepStatus::AsWritten => "as-written",
            StepStatus::WithChanges => "with-changes",
            StepStatus::NotTaught => "not-taught",
        }
    }

    pub fn from_id(id: &str) -> Option<StepStatus> {
        StepStatus::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// A step that was not taught as written, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepMark {
    /// Index of the step in the lesson.
    pub step: usize,
    pub status: StepStatus,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// A change made to the lesson, with its traffic light.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdaptationNote {
    pub light: Light,
    #[serde(default)]
    pub what: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub why: String,
}

/// The lowest and highest engagement ratings (1 = few took part, 5 = nearly all, eagerly).
pub const ENGAGEMENT: std::ops::RangeInclusive<u8> = 1..=5;

/// What was delivered in one session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionLog {
    /// The session's key (see `schedule::Session::key`).
    pub session: String,
    /// The lesson taught, so the record still says what was taught when the lesson is
    /// later swapped or removed from the plan (empty in records from before it was kept).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lesson: String,
    /// The day it was taught.
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub facilitators: String,
    /// Students present.
    pub present: u16,
    /// Minutes actually taught.
    pub minutes: u16,
    /// Steps planned for the session when it was logged: the share taught as written is
    /// counted against it, so later edits to the plan do not rewrite past fidelity.
    pub steps: u16,
    /// Steps not taught as written; every other planned step was.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changed: Vec<StepMark>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub adaptations: Vec<AdaptationNote>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engagement: Option<u8>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

impl SessionLog {
    /// The form's starting point right after class: taught on its date (or today) as
    /// planned, by the plan's facilitators, every step as written. Students present starts
    /// at 0: the form asks for the count (see [`read_present`]), since a class size taken as
    /// attendance would be recorded unchecked by a hurried preventionist.
    pub fn draft(
        plan: &Plan,
        section: &Section,
        session: &Session,
        library: &Library,
        today: NaiveDate,
    ) -> SessionLog {
        SessionLog {
            session: session.key.clone(),
            lesson: plan
                .items
                .get(session.item)
                .map(|i| i.lesson.clone())
                .unwrap_or_default(),
            date: session.date.unwrap_or(today),
            facilitators: plan.facilitators.clone(),
            present: 0,
            minutes: u16::try_from(session.minutes).unwrap_or(u16::MAX),
            steps: u16::try_from(session_steps(plan, section, session, library).len())
                .unwrap_or(u16::MAX),
            changed: Vec::new(),
            adaptations: Vec::new(),
            engagement: None,
            notes: String::new(),
        }
    }

    /// How step `step` was taught.
    pub fn status(&self, step: usize) -> StepStatus {
        self.changed
            .iter()
            .find(|m| m.step == step)
            .map_or(StepStatus::AsWritten, |m| m.status)
    }

    /// The reason given for step `step`.
    pub fn reason(&self, step: usize) -> &str {
        self.changed
            .iter()
            .find(|m| m.step == step)
            .map_or("", |m| m.reason.as_str())
    }

    /// Marks step `step`; back to "as written" forgets its reason.
    pub fn mark(&mut self, step: usize, status: StepStatus, reason: &str) {
        self.changed.retain(|m| m.step != step);
        if status != StepStatus::AsWritten {
            self.changed.push(StepMark {
                step,
                status,
                reason: reason.to_string(),
            });
            crate::order::sort_by_key(&mut self.changed, |m| m.step);
        }
    }

    /// Planned steps taught as written.
    pub fn as_written(&self) -> u16 {
        let changed = self
            .changed
            .iter()
            .filter(|m| m.status != StepStatus::AsWritten)
            .count();
        self.steps
            .saturating_sub(u16::try_from(changed).unwrap_or(u16::MAX))
    }

    /// Steps marked "not taught" with no reason: the form asks for one before saving.
    pub fn missing_reasons(&self) -> Vec<usize> {
        self.changed
            .iter()
            .filter(|m| m.status == StepStatus::NotTaught && m.reason.trim().is_empty())
            .map(|m| m.step)
            .collect()
    }
}

/// Why the "students present" typed in the log form cannot be recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresentProblem {
    /// Left empty, or not a whole number.
    Missing,
    /// Zero: a session no student attended was not delivered (postpone it instead).
    Zero,
}

/// The "students present" field of the log form, read: a delivered session records how many
/// students were there, typed by the preventionist, never assumed from the class size.
pub fn read_present(typed: &str) -> Result<u16, PresentProblem> {
    match typed.trim().parse::<u16>() {
        Err(_) => Err(PresentProblem::Missing),
        Ok(0) => Err(PresentProblem::Zero),
        Ok(n) => Ok(n),
    }
}

/// What the log form shows in "students present" for `log`: empty for a new record, so it
/// must be typed; the recorded count when a saved record is opened again (empty when an
/// earlier release saved 0, a class size that was never set, so she sees it is missing).
pub fn present_field(log: &SessionLog, saved: bool) -> String {
    if saved && log.present > 0 {
        log.present.to_string()
    } else {
        String::new()
    }
}

/// The lesson steps taught in `session` (a part of a split lesson, skipped steps left out).
pub fn session_steps(
    plan: &Plan,
    section: &Section,
    session: &Session,
    library: &Library,
) -> Vec<usize> {
    let Some(item) = plan.items.get(session.item) else {
        return Vec::new();
    };
    let Some(lesson) = library.lesson(&item.lesson) else {
        return Vec::new();
    };
    item.parts(lesson, section.period_minutes)
        .into_iter()
        .nth(session.part.saturating_sub(1))
        .unwrap_or_default()
}

/// Where a session is in its section's delivery.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionState {
    Delivered,
    /// Not delivered yet and its date has passed.
    Due,
    Planned,
}

/// The state of `session` in `section` on `today`.
pub fn state(section: &Section, session: &Session, today: NaiveDate) -> SessionState {
    if section.log_of(&session.key).is_some() {
        SessionState::Delivered
    } else if session.date.is_some_and(|d| d <= today) {
        SessionState::Due
    } else {
        SessionState::Planned
    }
}

/// A session whose date a postponement changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shift {
    pub number: usize,
    pub item: usize,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// Section `section` (an index into the plan's sections) after postponing session `key`: its
/// date becomes a postponed date, so it and every later undelivered session move to the next
/// meeting days. A session moved once loses that move and takes the next meeting day too.
/// `None` when the session has no date or was already delivered.
pub fn postponed(plan: &Plan, section: &Section, key: &str, library: &Library) -> Option<Section> {
    let sessions = section_sessions(plan, section, library);
    let session = sessions.iter().find(|s| s.key == key)?;
    let date = session.date?;
    if section.log_of(key).is_some() {
        return None;
    }
    let mut after = section.clone();
    after.move_session(key, None);
    if !after.postponed.contains(&date) {
        after.postponed.push(date);
        crate::order::sort(&mut after.postponed);
    }
    Some(after)
}

/// What postponing session `key` would change, for the preview; empty when nothing would.
pub fn postpone_preview(
    plan: &Plan,
    section: &Section,
    key: &str,
    library: &Library,
) -> Vec<Shift> {
    let Some(after) = postponed(plan, section, key, library) else {
        return Vec::new();
    };
    let before = section_sessions(plan, section, library);
    let now = section_sessions(plan, &after, library);
    before
        .iter()
        .zip(&now)
        .filter(|(b, a)| b.date != a.date)
        .map(|(b, a)| Shift {
            number: b.number,
            item: b.item,
            from: b.date,
            to: a.date,
        })
        .collect()
}

/// Another section that meets on a postponed day: its session that day and what
/// postponing it too would move.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SameDay {
    /// Index into the plan's sections.
    pub section: usize,
    pub key: String,
    pub shifts: Vec<Shift>,
}

/// The other sections (not `except`) with an undelivered session on `date`: a snow day
/// closes the school, so postponing one period offers the others too.
pub fn same_day(plan: &Plan, date: NaiveDate, except: usize, library: &Library) -> Vec<SameDay> {
    plan.sections
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != except)
        .filter_map(|(i, section)| {
            let key = section_sessions(plan, section, library)
                .into_iter()
                .find(|s| s.date == Some(date) && section.log_of(&s.key).is_none())?
                .key;
            Some(SameDay {
                section: i,
                shifts: postpone_preview(plan, section, &key, library),
                key,
            })
        })
        .collect()
}

/// The packet's schedule of every section: a heading (section and teacher) and a table of
/// its sessions' dates, so a plan taught to several classes prints once.
pub fn schedule_tables(
    plan: &Plan,
    library: &Library,
    lang: crate::Lang,
) -> Vec<crate::packet::Block> {
    use crate::packet::Block;
    let mut blocks = Vec::new();
    for (i, section) in plan.sections.iter().enumerate() {
        let name = crate::report::section_name(plan, i, lang);
        blocks.push(Block::Heading((crate::i18n::delivery_strings(lang)
            .packet_schedule)(
            &name, &section.teacher
        )));
        let rows = section_sessions(plan, section, library)
            .iter()
            .map(|s| {
                let item = &plan.items[s.item];
                let title = library
                    .lesson(&item.lesson)
                    .map_or(item.lesson.clone(), |l| l.title.get(lang).to_string());
                let part = if s.parts > 1 {
                    format!(
                        " ({})",
                        (crate::i18n::plan_strings(lang).part_of)(s.part, s.parts)
                    )
                } else {
                    String::new()
                };
                vec![
                    s.number.to_string(),
                    s.date
                        .map(|d| crate::i18n::short_date(d, lang))
                        .unwrap_or_default(),
                    format!("{title}{part}"),
                ]
            })
            .collect();
        blocks.push(Block::Table {
            head: vec![
                crate::i18n::packet_strings(lang).col_session.into(),
                crate::i18n::packet_strings(lang).col_date.into(),
                crate::i18n::packet_strings(lang).col_lesson.into(),
            ],
            rows,
        });
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;
    pub(crate) use crate::test_support::library;
    use chrono::Weekday::{Mon, Thu, Tue, Wed};

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    /// Four lessons, Tuesdays and Thursdays from 3 February 2026.
    fn plan(lib: &Library) -> Plan {
        let mut p = Plan::new("p".into(), "Lincoln".into(), 0);
        for l in lib.lessons.iter().filter(|l| l.minutes <= 50).take(4) {
            p.add(&l.id);
        }
        let s = p.first_mut();
        s.start = Some(d(2, 3));
        s.days = vec![Tue, Thu];
        s.class_size = Some(25);
        p.facilitators = "A. Diaz".into();
        p
    }

    fn dates(p: &Plan, s: &Section, lib: &Library) -> Vec<NaiveDate> {
        section_sessions(p, s, lib)
            .iter()
            .filter_map(|s| s.date)
            .collect()
    }

    #[test]
    fn a_snow_day_offers_the_other_sections_that_meet_that_day() {
        let lib = library();
        let mut p = plan(&lib);
        let base = p.first().clone();
        // Period 4 meets the same days; period 6 on Mondays and Wednesdays; period 8 the same
        // days but already taught on Feb 5.
        p.sections.push(base.like("s4".into()));
        let mut other = base.like("s6".into());
        other.days = vec![Mon, Wed];
        p.sections.push(other);
        p.sections.push(base.like("s8".into()));
        let taught = section_sessions(&p, &p.sections[3], &lib)[1].clone();
        let log = SessionLog::draft(&p, &p.sections[3], &taught, &lib, d(2, 5));
        p.sections[3].record(log);
        let same = same_day(&p, d(2, 5), 0, &lib);
        assert_eq!(same.len(), 1, "{same:?}");
        assert_eq!(same[0].section, 1);
        let key = section_sessions(&p, &p.sections[1], &lib)[1].key.clone();
        assert_eq!(same[0].key, key);
        assert_eq!(same[0].shifts.len(), 3, "Feb 5 and the two after it move");
        assert_eq!(same[0].shifts[0].to, Some(d(2, 10)));
        assert!(
            same_day(&p, d(2, 6), 0, &lib).is_empty(),
            "nobody meets that day"
        );
    }

    #[test]
    fn a_snow_day_moves_that_session_and_every_later_one_after_a_preview() {
        let lib = library();
        let p = plan(&lib);
        let s = p.first().clone();
        assert_eq!(dates(&p, &s, &lib), [d(2, 3), d(2, 5), d(2, 10), d(2, 12)]);
        let second = section_sessions(&p, &s, &lib)[1].key.clone();
        let preview = postpone_preview(&p, &s, &second, &lib);
        assert_eq!(
            preview
                .iter()
                .map(|c| (c.number, c.from, c.to))
                .collect::<Vec<_>>(),
            [
                (2, Some(d(2, 5)), Some(d(2, 10))),
                (3, Some(d(2, 10)), Some(d(2, 12))),
                (4, Some(d(2, 12)), Some(d(2, 17))),
            ]
        );
        // The preview changed nothing; applying it does what it showed.
        assert_eq!(dates(&p, &s, &lib)[1], d(2, 5));
        let after = postponed(&p, &s, &second, &lib).unwrap();
        assert_eq!(after.postponed, [d(2, 5)]);
        assert_eq!(
            dates(&p, &after, &lib),
            [d(2, 3), d(2, 10), d(2, 12), d(2, 17)]
        );
    }

    #[test]
    fn a_delivered_session_keeps_its_day_and_cannot_be_postponed() {
        let lib = library();
        let p = plan(&lib);
        let mut s = p.first().clone();
        let sessions = section_sessions(&p, &s, &lib);
        let mut log = SessionLog::draft(&p, &s, &sessions[0], &lib, d(1, 1));
        // Attendance is never assumed from the class size of 25: the form asks for it.
        assert_eq!(
            (log.date, log.present, log.facilitators.as_str()),
            (d(2, 3), 0, "A. Diaz")
        );
        assert_eq!(present_field(&log, false), "");
        log.present = 22;
        assert_eq!(
            usize::from(log.steps),
            session_steps(&p, &s, &sessions[0], &lib).len()
        );
        assert!(log.steps > 0);
        log.date = d(2, 4);
        s.record(log);
        assert!(postponed(&p, &s, &sessions[0].key, &lib).is_none());
        assert!(postpone_preview(&p, &s, &sessions[0].key, &lib).is_empty());
        // Taught a day late: the schedule shows the day it was taught, the rest keep theirs.
        assert_eq!(dates(&p, &s, &lib), [d(2, 4), d(2, 5), d(2, 10), d(2, 12)]);
        assert_eq!(state(&s, &sessions[0], d(2, 4)), SessionState::Delivered);
        assert_eq!(state(&s, &sessions[1], d(2, 5)), SessionState::Due);
        assert_eq!(state(&s, &sessions[2], d(2, 5)), SessionState::Planned);
    }

    #[test]
    fn students_present_must_be_typed_and_a_saved_count_reopens_as_recorded() {
        assert_eq!(read_present(""), Err(PresentProblem::Missing));
        assert_eq!(read_present("  "), Err(PresentProblem::Missing));
        assert_eq!(read_present("twenty"), Err(PresentProblem::Missing));
        assert_eq!(read_present("-3"), Err(PresentProblem::Missing));
        assert_eq!(read_present("0"), Err(PresentProblem::Zero));
        assert_eq!(read_present(" 23 "), Ok(23));
        // A record of an earlier release, whose count was the class size, opens with it.
        let old: SessionLog = serde_json::from_str(
            r#"{"session":"1","date":"2026-02-03","present":28,"minutes":50,"steps":5}"#,
        )
        .unwrap();
        assert_eq!(old.present, 28);
        assert_eq!(present_field(&old, true), "28");
        let unset = SessionLog { present: 0, ..old };
        assert_eq!(present_field(&unset, true), "");
    }

    #[test]
    fn a_one_off_date_change_moves_only_that_session() {
        let lib = library();
        let p = plan(&lib);
        let mut s = p.first().clone();
        let key = section_sessions(&p, &s, &lib)[2].key.clone();
        s.move_session(&key, Some(d(2, 11)));
        assert_eq!(dates(&p, &s, &lib), [d(2, 3), d(2, 5), d(2, 11), d(2, 12)]);
        // Postponed from its new date, it drops the move and takes the next meeting day.
        let after = postponed(&p, &s, &key, &lib).unwrap();
        assert!(after.moved.is_empty());
        assert_eq!(after.postponed, [d(2, 11)]);
    }

    #[test]
    fn fidelity_counts_the_steps_not_taught_as_written() {
        let lib = library();
        let p = plan(&lib);
        let s = p.first();
        let session = &section_sessions(&p, s, &lib)[0];
        let mut log = SessionLog::draft(&p, s, session, &lib, d(1, 1));
        let steps = log.steps;
        assert_eq!(log.as_written(), steps);
        log.mark(1, StepStatus::WithChanges, "shorter video");
        log.mark(2, StepStatus::NotTaught, "");
        assert_eq!(log.as_written(), steps - 2);
        assert_eq!(log.missing_reasons(), [2]);
        assert_eq!(log.status(1), StepStatus::WithChanges);
        assert_eq!(log.reason(1), "shorter video");
        log.mark(2, StepStatus::NotTaught, "fire drill");
        assert!(log.missing_reasons().is_empty());
        log.mark(1, StepStatus::AsWritten, "ignored");
        assert_eq!((log.as_written(), log.reason(1)), (steps - 1, ""));
        for s in StepStatus::ALL {
            assert_eq!(StepStatus::from_id(s.id()), Some(s));
        }
    }

    #[test]
    fn the_packet_prints_a_schedule_table_per_section() {
        let lib = library();
        let mut p = plan(&lib);
        let mut b = p.first().like("s2".into());
        b.days = vec![chrono::Weekday::Wed];
        b.name = "Period 4".into();
        p.sections.push(b);
        let blocks = schedule_tables(&p, &lib, crate::Lang::En);
        assert_eq!(blocks.len(), 4);
        let crate::packet::Block::Table { rows, .. } = &blocks[3] else {
            panic!()
        };
        assert_eq!(rows.len(), 4);
        assert!(
            matches!(&blocks[2], crate::packet::Block::Heading(h) if h == "Schedule: Period 4")
        );
        // Section 2 meets on Wednesdays: its first session is 4 February.
        assert_eq!(
            rows[0][1],
            crate::i18n::short_date(d(2, 4), crate::Lang::En)
        );
        let pages = crate::packet::assemble(
            &p,
            &lib,
            &crate::packet::Options::for_plan(&p, crate::Lang::En),
        );
        let scope = pages
            .iter()
            .find(|pg| pg.blocks.iter().any(|b| b == &blocks[2]));
        assert!(scope.is_some(), "the scope page carries the tables");
    }

    #[test]
    fn a_log_taught_as_written_stays_small() {
        let lib = library();
        let p = plan(&lib);
        let s = p.first();
        let session = &section_sessions(&p, s, &lib)[0];
        let log = SessionLog::draft(&p, s, session, &lib, d(1, 1));
        let json = serde_json::to_string(&log).unwrap();
        assert!(json.len() < 160, "{json}");
        assert_eq!(serde_json::from_str::<SessionLog>(&json).unwrap(), log);
    }
}
