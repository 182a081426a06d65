//! Class sections: the periods one plan is taught to, each with its own schedule and records.
//!
//! A plan's lessons are shared; each section has its own teacher, class size, period length,
//! meeting days and no-class dates, so its own session dates (see `schedule.rs`), and keeps
//! what happened in class: the delivery log (`delivery.rs`) and the pre/post results
//! (`results.rs`).

use crate::delivery::SessionLog;
use crate::results::Results;
use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

/// The period length a new section starts with.
pub const DEFAULT_PERIOD: u16 = 50;

/// One class a plan is taught to (e.g. "Period 3").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// Unique within the plan; part of the calendar's event ids, so it never changes.
    pub id: String,
    /// Empty until named; screens then show "Section N".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub teacher: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub room: String,
    /// Students enrolled; the delivery log shows it next to "students present" ("of 28
    /// enrolled") without filling it in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class_size: Option<u16>,
    pub period_minutes: u16,
    /// When the class period begins ("09:15"), for timed calendar events; without it the
    /// calendar's events take the whole day.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "period_time")]
    pub period_start: Option<NaiveTime>,
    #[serde(default)]
    pub start: Option<NaiveDate>,
    #[serde(default)]
    pub days: Vec<Weekday>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub no_class: Vec<NaiveDate>,
    /// Dates a session was postponed from (a snow day): like a no-class date, that session
    /// and every later one move to the next meeting days.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub postponed: Vec<NaiveDate>,
    /// One-off date changes: only that session moves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub moved: Vec<Moved>,
    /// What was delivered, one entry per delivered session.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub log: Vec<SessionLog>,
    #[serde(default, skip_serializing_if = "Results::is_empty")]
    pub results: Results,
    /// The day the preventionist marked this section's family letter sent home (see
    /// `letter.rs`); absent in plans of earlier releases, which read as not sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letter_sent: Option<NaiveDate>,
}

/// A session that meets on another date than its turn in the schedule gives it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Moved {
    /// The session's key (see `schedule::Session::key`).
    pub session: String,
    pub date: NaiveDate,
}

impl Section {
    /// An empty section with a 50-minute period and no schedule yet.
    pub fn new(id: String) -> Section {
        Section {
            id,
            name: String::new(),
            teacher: String::new(),
            room: String::new(),
            class_size: None,
            period_minutes: DEFAULT_PERIOD,
            period_start: None,
            start: None,
            days: Vec::new(),
            no_class: Vec::new(),
            postponed: Vec::new(),
            moved: Vec::new(),
            log: Vec::new(),
            results: Results::default(),
            letter_sent: None,
        }
    }

    /// A new section with this one's schedule settings and none of its records, for the next
    /// period of the same teacher.
    pub fn like(&self, id: String) -> Section {
        Section {
            period_minutes: self.period_minutes,
            period_start: self.period_start,
            start: self.start,
            days: self.days.clone(),
            no_class: self.no_class.clone(),
            teacher: self.teacher.clone(),
            ..Section::new(id)
        }
    }

    /// Whether the class meets on `date`'s weekday (a no-class date on another day changes
    /// nothing).
    pub fn meets_on(&self, date: NaiveDate) -> bool {
        self.days.contains(&date.weekday())
    }

    /// Whether there is enough to give sessions dates.
    pub fn is_scheduled(&self) -> bool {
        self.start.is_some() && !self.days.is_empty()
    }

    /// The dates no session falls on: no-class dates and postponed ones, sorted.
    pub fn skipped_dates(&self) -> Vec<NaiveDate> {
        let mut all: Vec<NaiveDate> = self
            .no_class
            .iter()
            .chain(&self.postponed)
            .copied()
            .collect();
        crate::order::sort(&mut all);
        all.dedup();
        all
    }

    /// The one-off date of session `key`, if it was moved.
    pub fn moved_to(&self, key: &str) -> Option<NaiveDate> {
        self.moved.iter().find(|m| m.session == key).map(|m| m.date)
    }

    /// Moves only session `key` to `date` (or back to its turn with `None`).
    pub fn move_session(&mut self, key: &str, date: Option<NaiveDate>) {
        self.moved.retain(|m| m.session != key);
        if let Some(date) = date {
            self.moved.push(Moved {
                session: key.to_string(),
                date,
            });
        }
    }

    /// The log of session `key`, if it was delivered.
    pub fn log_of(&self, key: &str) -> Option<&SessionLog> {
        self.log.iter().find(|l| l.session == key)
    }

    /// Records (or replaces) what was delivered in a session.
    pub fn record(&mut self, log: SessionLog) {
        match self.log.iter_mut().find(|l| l.session == log.session) {
            Some(old) => *old = log,
            None => self.log.push(log),
        }
    }

    /// Forgets what was recorded for session `key` (it shows as planned again).
    pub fn unrecord(&mut self, key: &str) {
        self.log.retain(|l| l.session != key);
    }
}

/// A period's start time as a time input gives it and people write it: "09:15".
pub mod period_time {
    use chrono::{NaiveTime, Timelike};
    use serde::{Deserialize, Deserializer, Serializer};

    /// "09:15": hours and minutes, as `<input type="time">` shows and gives them. Written
    /// with `Timelike` rather than a strftime pattern, whose parser the app need not carry.
    pub fn text(t: NaiveTime) -> String {
        format!("{:02}:{:02}", t.hour(), t.minute())
    }

    /// A time input's value ("09:15", or "09:15:30" where seconds are shown), with chrono's
    /// ISO reader.
    pub fn parse(text: &str) -> Option<NaiveTime> {
        text.parse().ok()
    }

    pub fn serialize<S: Serializer>(t: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.serialize_str(&text(*t)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveTime>, D::Error> {
        let text: Option<String> = Option::deserialize(d)?;
        text.map(|t| parse(&t).ok_or_else(|| serde::de::Error::custom(format!("not a time: {t}"))))
            .transpose()
    }
}

/// A fresh section id: "s" and the first number no section of the plan uses.
pub fn next_id(sections: &[Section]) -> String {
    (1..)
        .map(|n| format!("s{n}"))
        .find(|id| sections.iter().all(|s| &s.id != id))
        .expect("some number is free")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_start_reads_and_writes_as_a_time_input_shows_it() {
        let t = period_time::parse("09:05").expect("hours and minutes");
        assert_eq!(period_time::text(t), "09:05");
        assert_eq!(
            period_time::parse("13:45:30")
                .map(period_time::text)
                .as_deref(),
            Some("13:45")
        );
        for bad in ["", "9", "25:00", "09:60", "nine"] {
            assert_eq!(period_time::parse(bad), None, "{bad:?}");
        }
        let mut s = Section::new("s1".into());
        s.period_start = Some(t);
        let json = serde_json::to_string(&s).unwrap();
        assert!(json.contains(r#""period_start":"09:05""#), "{json}");
        let back: Section = serde_json::from_str(&json).unwrap();
        assert_eq!(back.period_start, Some(t));
        let broken = json.replace("09:05", "late");
        assert!(serde_json::from_str::<Section>(&broken).is_err());
    }

    #[test]
    fn new_ids_never_clash_and_a_like_section_keeps_the_schedule_only() {
        let mut a = Section::new("s1".into());
        a.days = vec![Weekday::Tue];
        a.teacher = "Ms. Ruiz".into();
        a.class_size = Some(24);
        a.name = "Period 1".into();
        let mut sections = vec![a.clone(), Section::new("s3".into())];
        assert_eq!(next_id(&sections), "s2");
        sections.push(Section::new("s2".into()));
        assert_eq!(next_id(&sections), "s4");
        let b = a.like("s4".into());
        assert_eq!(
            (b.days.clone(), b.teacher.as_str()),
            (a.days.clone(), "Ms. Ruiz")
        );
        assert_eq!((b.name.as_str(), b.class_size), ("", None));
    }

    #[test]
    fn one_off_moves_replace_each_other() {
        let d = |day| NaiveDate::from_ymd_opt(2026, 2, day).unwrap();
        let mut s = Section::new("s1".into());
        s.move_session("a/1", Some(d(4)));
        s.move_session("a/1", Some(d(6)));
        assert_eq!(s.moved_to("a/1"), Some(d(6)));
        assert_eq!(s.moved.len(), 1);
        s.move_session("a/1", None);
        assert_eq!(s.moved_to("a/1"), None);
        s.no_class = vec![d(10), d(3)];
        s.postponed = vec![d(3), d(5)];
        assert_eq!(s.skipped_dates(), vec![d(3), d(5), d(10)]);
    }
}
