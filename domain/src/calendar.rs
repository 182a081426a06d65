//! A section's sessions as an iCalendar (.ics) file, for the preventionist's and the
//! teacher's calendars.
//!
//! One event per dated session, titled with the lesson, placed at the school and room: from
//! the section's period start for the period's length when it has one (local "floating"
//! time, as a school bell is), the whole day otherwise. Each event's UID is made from the
//! plan, section and session keys and its SEQUENCE from the plan's last edit, so importing a
//! later export updates the same events instead of adding copies.

use crate::curriculum::Library;
use crate::i18n::plan_strings;
use crate::lang::Lang;
use crate::plan::Plan;
use crate::schedule::section_sessions;
use crate::section::Section;
use chrono::{DateTime, Duration, Utc};
use icalendar::{Calendar, Component, Event, EventLike};

/// The stable event id of a session: the same plan, section and session always give it.
pub fn uid(plan: &Plan, section: &Section, key: &str) -> String {
    let safe = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect()
    };
    format!(
        "{}.{}.{}@prevention-planner",
        safe(&plan.id),
        safe(&section.id),
        safe(key)
    )
}

/// Revision numbers count seconds from here: 32 bits of them last until 2094.
const SEQUENCE_EPOCH_MS: i64 = 1_767_225_600_000; // 2026-01-01T00:00:00Z

/// The revision of every event of a plan: later edits give higher numbers, so a calendar
/// takes a re-export after a change as an update, and an unchanged plan keeps its number.
pub fn sequence(plan: &Plan) -> u32 {
    u32::try_from((plan.edited - SEQUENCE_EPOCH_MS).max(0) / 1000).unwrap_or(u32::MAX)
}

/// The .ics text of `section`'s dated sessions; `now_ms` (milliseconds since the epoch)
/// stamps the events (DTSTAMP: when this file was written).
pub fn ics(plan: &Plan, section: &Section, library: &Library, lang: Lang, now_ms: i64) -> String {
    let stamp = DateTime::<Utc>::from_timestamp_millis(now_ms).unwrap_or_default();
    let edited = DateTime::<Utc>::from_timestamp_millis(plan.edited).unwrap_or_default();
    let section_index = plan
        .sections
        .iter()
        .position(|s| s.id == section.id)
        .unwrap_or(0);
    let section_name = crate::report::section_name(plan, section_index, lang);
    let mut cal = Calendar::new();
    cal.name(&format!("{} · {section_name}", plan.name));
    let location = [plan.school.trim(), section.room.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    for s in section_sessions(plan, section, library) {
        let Some(date) = s.date else { continue };
        let item = &plan.items[s.item];
        let title = library
            .lesson(&item.lesson)
            .map_or(item.lesson.as_str(), |l| l.title.get(lang));
        let summary = if s.parts > 1 {
            format!(
                "{title} ({})",
                (plan_strings(lang).part_of)(s.part, s.parts)
            )
        } else {
            title.to_string()
        };
        let mut description = vec![
            plan.name.clone(),
            format!(
                "{} · {}",
                section_name,
                (plan_strings(lang).session_n)(s.number)
            ),
        ];
        if !section.teacher.trim().is_empty() {
            description.push(section.teacher.trim().to_string());
        }
        let mut event = Event::new();
        event
            .uid(&uid(plan, section, &s.key))
            .timestamp(stamp)
            .last_modified(edited)
            .sequence(sequence(plan))
            .summary(&summary)
            .description(&description.join("\n"));
        match section.period_start {
            Some(time) => {
                let start = date.and_time(time);
                event
                    .starts(start)
                    .ends(start + Duration::minutes(i64::from(section.period_minutes)))
            }
            None => event.starts(date).ends(date + Duration::days(1)),
        };
        if !location.is_empty() {
            event.location(&location);
        }
        cal.push(event.done());
    }
    cal.done().to_string()
}

/// The file name of a section's calendar.
pub fn file_name(plan: &Plan, section: &Section) -> String {
    let base = crate::transfer::file_name(std::slice::from_ref(plan));
    let base = base.trim_end_matches(".prevention-plan.json");
    format!("{base}-{}.ics", section.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::{delivered_plan, library};
    use icalendar::parser::{read_calendar, unfold};

    #[test]
    fn one_event_per_session_with_title_school_room_and_stable_uids() {
        let lib = library();
        let mut plan = delivered_plan(&lib, "p-1");
        plan.sections[1].room = "Room 114; gym".into();
        plan.sections[1].name = "Period 3, Ms. Ruiz".into();
        let section = plan.sections[1].clone();
        let text = ics(&plan, &section, &lib, Lang::Es, 1_767_225_600_000);
        let unfolded = unfold(&text);
        let cal = read_calendar(&unfolded).expect("the output parses");
        let events: Vec<_> = cal
            .components
            .iter()
            .filter(|c| c.name == "VEVENT")
            .collect();
        let sessions = section_sessions(&plan, &section, &lib);
        assert_eq!(events.len(), sessions.len());
        let prop = |i: usize, name: &str| {
            events[i]
                .properties
                .iter()
                .find(|p| p.name == name)
                .map(|p| p.val.to_string())
                .unwrap_or_default()
        };
        let first = lib.lesson(&plan.items[0].lesson).unwrap();
        assert_eq!(prop(0, "SUMMARY"), first.title.es);
        assert_eq!(prop(0, "LOCATION"), "Lincoln MS, Room 114; gym");
        assert!(
            text.contains("LOCATION:Lincoln MS\\, Room 114\\; gym\r\n"),
            "escaped as RFC 5545 asks"
        );
        assert_eq!(
            prop(0, "DTSTART"),
            sessions[0].date.unwrap().format("%Y%m%d").to_string()
        );
        assert_eq!(prop(0, "DTSTAMP"), "20260101T000000Z");
        assert!(prop(0, "DESCRIPTION").contains("Sesión 1"));
        // Exported again later, after a snow day, every session keeps its event id.
        let key = sessions[1].key.clone();
        let moved = crate::delivery::postponed(&plan, &section, &key, &lib).unwrap();
        let again = ics(&plan, &moved, &lib, Lang::Es, 1_767_312_000_000);
        let again = unfold(&again);
        let again = read_calendar(&again).unwrap();
        let uids = |c: &icalendar::parser::Calendar| -> Vec<String> {
            c.components
                .iter()
                .flat_map(|e| e.properties.iter().filter(|p| p.name == "UID"))
                .map(|p| p.val.to_string())
                .collect()
        };
        assert_eq!(uids(&cal), uids(&again));
        let first_prop = |c: &icalendar::parser::Calendar, name: &str| {
            c.components[0]
                .properties
                .iter()
                .find(|p| p.name == name)
                .map(|p| p.val.to_string())
                .unwrap_or_default()
        };
        assert_eq!(first_prop(&again, "DTSTAMP"), "20260102T000000Z");
        assert_eq!(first_prop(&again, "SEQUENCE"), first_prop(&cal, "SEQUENCE"));
        let all = uids(&cal);
        assert!(all
            .iter()
            .all(|u| all.iter().filter(|x| *x == u).count() == 1));
        assert_eq!(file_name(&plan, &section), "plan-p-1-s2.ics");
    }

    #[test]
    fn a_period_start_gives_timed_events_and_an_edit_a_higher_sequence() {
        let lib = library();
        let mut plan = delivered_plan(&lib, "p-2");
        plan.edited = 1_767_225_600_000 + 90_000;
        let all_day = ics(&plan, &plan.sections[0], &lib, Lang::En, 1_767_225_600_000);
        assert!(all_day.contains("DTSTART;VALUE=DATE:"), "{all_day}");
        plan.sections[0].period_start = chrono::NaiveTime::from_hms_opt(9, 15, 0);
        plan.sections[0].period_minutes = 50;
        let text = ics(&plan, &plan.sections[0], &lib, Lang::En, 1_767_225_600_000);
        let unfolded = unfold(&text);
        let cal = read_calendar(&unfolded).unwrap();
        let event = cal.components.iter().find(|c| c.name == "VEVENT").unwrap();
        let prop = |name: &str| {
            event
                .properties
                .iter()
                .find(|p| p.name == name)
                .map(|p| (p.val.to_string(), p.params.len()))
                .unwrap()
        };
        let day = section_sessions(&plan, &plan.sections[0], &lib)[0]
            .date
            .unwrap()
            .format("%Y%m%d");
        // Floating local times: no "Z", no VALUE=DATE.
        assert_eq!(prop("DTSTART"), (format!("{day}T091500"), 0));
        assert_eq!(prop("DTEND"), (format!("{day}T100500"), 0));
        assert_eq!(prop("SEQUENCE").0, "90");
        assert_eq!(prop("LAST-MODIFIED").0, "20260101T000130Z");
        // Edited later, exported again: the same event, a higher revision.
        plan.edited += 60_000;
        let again = ics(&plan, &plan.sections[0], &lib, Lang::En, 1_767_312_000_000);
        assert!(again.contains("SEQUENCE:150\r\n"));
        // The time travels in plan files as a time input writes it.
        let json = serde_json::to_string(&plan.sections[0]).unwrap();
        assert!(json.contains("\"period_start\":\"09:15\""), "{json}");
        let back: Section = serde_json::from_str(&json).unwrap();
        assert_eq!(back, plan.sections[0]);
    }
}
