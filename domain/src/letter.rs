//! When each section's family letter should go home, and whether it has.
//!
//! North Carolina lets parents and guardians review the objectives and materials of this
//! instruction (G.S. 115C-81.30(c), in `facts.md`); the packet's family letter is how they
//! hear of it. The law sets no date: sending the letter two weeks before a section's first
//! session is the agency practice the planner follows, so families have time to read it.

use crate::curriculum::Library;
use crate::plan::Plan;
use crate::schedule::section_sessions;
use crate::section::Section;
use chrono::{Days, NaiveDate};

/// How long before the first session the letter should go home.
pub const LEAD: Days = Days::new(14);

/// Where one section's family letter stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LetterState {
    /// No session has a date yet, so there is no date to send it by.
    Unscheduled,
    /// Marked sent home on `on`.
    Sent { on: NaiveDate },
    /// To send by `by`, two weeks before the first session on `first`.
    Due { by: NaiveDate, first: NaiveDate },
    /// `by` has passed and it is not marked sent; `started` once the first session's day
    /// has come.
    Late {
        by: NaiveDate,
        first: NaiveDate,
        started: bool,
    },
}

/// The day to send the letter for a series that begins on `first`.
pub fn send_by(first: NaiveDate) -> NaiveDate {
    first - LEAD
}

/// The first day students of `section` meet a lesson (a session moved earlier counts).
pub fn first_session(plan: &Plan, section: &Section, library: &Library) -> Option<NaiveDate> {
    section_sessions(plan, section, library)
        .iter()
        .filter_map(|s| s.date)
        .min()
}

/// Where `section`'s family letter stands on `today`.
pub fn state(plan: &Plan, section: &Section, library: &Library, today: NaiveDate) -> LetterState {
    if let Some(on) = section.letter_sent {
        return LetterState::Sent { on };
    }
    let Some(first) = first_session(plan, section, library) else {
        return LetterState::Unscheduled;
    };
    let by = send_by(first);
    if today <= by {
        LetterState::Due { by, first }
    } else {
        LetterState::Late {
            by,
            first,
            started: today >= first,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::shared_library;
    use chrono::Weekday::{Thu, Tue};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// Three lessons for a section meeting Tuesdays and Thursdays from `start`.
    fn plan(start: Option<&str>) -> Plan {
        let lib = shared_library();
        let mut p = Plan::new("p".into(), "Spring".into(), 0);
        for l in lib.lessons.iter().filter(|l| l.minutes <= 50).take(3) {
            p.add(&l.id);
        }
        let s = p.first_mut();
        s.start = start.map(d);
        s.days = vec![Tue, Thu];
        p
    }

    #[test]
    fn the_letter_is_due_two_weeks_before_the_first_session() {
        let lib = shared_library();
        let p = plan(Some("2027-01-19"));
        let s = p.first();
        assert_eq!(first_session(&p, s, lib), Some(d("2027-01-19")));
        let due = LetterState::Due {
            by: d("2027-01-05"),
            first: d("2027-01-19"),
        };
        assert_eq!(state(&p, s, lib, d("2026-12-01")), due);
        assert_eq!(
            state(&p, s, lib, d("2027-01-05")),
            due,
            "the day itself is on time"
        );
        assert_eq!(
            state(&p, s, lib, d("2027-01-06")),
            LetterState::Late {
                by: d("2027-01-05"),
                first: d("2027-01-19"),
                started: false
            }
        );
        assert!(matches!(
            state(&p, s, lib, d("2027-01-19")),
            LetterState::Late { started: true, .. }
        ));
    }

    #[test]
    fn a_no_class_first_day_or_a_postponed_start_moves_the_date() {
        let lib = shared_library();
        let mut p = plan(Some("2027-01-19"));
        p.first_mut().no_class = vec![d("2027-01-19")];
        let s = p.first();
        assert_eq!(first_session(&p, s, lib), Some(d("2027-01-21")));
        assert!(matches!(
            state(&p, s, lib, d("2027-01-01")),
            LetterState::Due { by, .. } if by == d("2027-01-07")
        ));
    }

    #[test]
    fn marked_sent_is_sent_and_no_dates_means_no_date_to_send_by() {
        let lib = shared_library();
        let mut p = plan(Some("2027-01-19"));
        p.first_mut().letter_sent = Some(d("2027-01-08"));
        assert_eq!(
            state(&p, p.first(), lib, d("2027-02-01")),
            LetterState::Sent {
                on: d("2027-01-08")
            }
        );
        let p = plan(None);
        assert_eq!(
            state(&p, p.first(), lib, d("2027-02-01")),
            LetterState::Unscheduled
        );
        // Without lessons there are no sessions either.
        let mut p = plan(Some("2027-01-19"));
        p.items.clear();
        assert_eq!(
            state(&p, p.first(), lib, d("2027-01-01")),
            LetterState::Unscheduled
        );
    }

    #[test]
    fn sections_have_their_own_dates_and_marks() {
        let lib = shared_library();
        let mut p = plan(Some("2027-01-19"));
        let mut later = p.first().like("s2".into());
        later.start = Some(d("2027-02-02"));
        p.sections.push(later);
        p.first_mut().letter_sent = Some(d("2027-01-04"));
        let today = d("2027-01-10");
        assert!(matches!(
            state(&p, &p.sections[0], lib, today),
            LetterState::Sent { .. }
        ));
        assert_eq!(
            state(&p, &p.sections[1], lib, today),
            LetterState::Due {
                by: d("2027-01-19"),
                first: d("2027-02-02")
            }
        );
    }
}
