//! Plans: a series of lessons for one school and class, with the preventionist's own edits.
//!
//! A plan stores lesson ids, never lesson text, so it stays small and picks up curriculum
//! corrections; a lesson that disappears from the library shows as missing but keeps its place.

use crate::curriculum::{GradeBand, Lesson, Library};
use crate::lang::Lang;
use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// The language a plan's packet is printed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum PacketLang {
    #[default]
    En,
    Es,
    /// Each piece in English, then in Spanish.
    Both,
}

impl PacketLang {
    pub const ALL: [PacketLang; 3] = [PacketLang::En, PacketLang::Es, PacketLang::Both];

    /// The languages printed, in order.
    pub fn langs(self) -> &'static [Lang] {
        match self {
            PacketLang::En => &[Lang::En],
            PacketLang::Es => &[Lang::Es],
            PacketLang::Both => &[Lang::En, Lang::Es],
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            PacketLang::En => "en",
            PacketLang::Es => "es",
            PacketLang::Both => "both",
        }
    }

    pub fn from_id(id: &str) -> Option<PacketLang> {
        PacketLang::ALL.into_iter().find(|p| p.id() == id)
    }
}

/// Who a local referral contact is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContactKind {
    Counselor,
    CrisisCenter,
    Other,
}

/// A local contact for referrals, printed in the packet and on the resource card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub kind: ContactKind,
    /// The role, for `Other` contacts (e.g. "School nurse").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub phone: String,
}

impl Contact {
    pub fn new(kind: ContactKind) -> Contact {
        Contact {
            kind,
            label: String::new(),
            name: String::new(),
            phone: String::new(),
        }
    }

    /// Whether the preventionist has filled it in enough to refer someone.
    pub fn is_filled(&self) -> bool {
        !self.name.trim().is_empty() && !self.phone.trim().is_empty()
    }
}

/// One lesson in a plan, with this class's edits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanItem {
    pub lesson: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Indexes of the lesson's steps this class skips.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<usize>,
    /// Taught over two class periods.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub split: bool,
}

impl PlanItem {
    pub fn new(lesson: &str) -> PlanItem {
        PlanItem {
            lesson: lesson.to_string(),
            notes: String::new(),
            skipped: Vec::new(),
            split: false,
        }
    }

    /// Minutes this class will spend: the lesson without its skipped steps.
    pub fn minutes(&self, lesson: &Lesson) -> u32 {
        lesson
            .steps
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.skipped.contains(i))
            .map(|(_, s)| u32::from(s.minutes))
            .sum()
    }

    /// The steps taught in each session: one list, or two when the lesson is split.
    pub fn parts(&self, lesson: &Lesson) -> Vec<Vec<usize>> {
        let kept: Vec<usize> = (0..lesson.steps.len())
            .filter(|i| !self.skipped.contains(i))
            .collect();
        if !self.split || kept.len() < 2 {
            return vec![kept];
        }
        let total = self.minutes(lesson);
        let mut first = Vec::new();
        let mut so_far = 0;
        for &i in &kept {
            // Keep adding while the first part stays at or under half (at least one step).
            let m = u32::from(lesson.steps[i].minutes);
            if !first.is_empty() && (so_far + m) * 2 > total {
                break;
            }
            so_far += m;
            first.push(i);
        }
        if first.len() == kept.len() {
            first.pop();
        }
        let second = kept[first.len()..].to_vec();
        vec![first, second]
    }

    /// Minutes of each session this item takes.
    pub fn part_minutes(&self, lesson: &Lesson) -> Vec<u32> {
        self.parts(lesson)
            .iter()
            .map(|p| p.iter().map(|&i| u32::from(lesson.steps[i].minutes)).sum())
            .collect()
    }
}

/// A plan for one school and class.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub school: String,
    #[serde(default)]
    pub facilitators: String,
    /// The preventionist's organisation (rape crisis center, coalition), for the parent letter.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organization: String,
    /// School grade, 6 to 12.
    pub grade: u8,
    pub period_minutes: u16,
    #[serde(default)]
    pub packet_lang: PacketLang,
    #[serde(default)]
    pub start: Option<NaiveDate>,
    #[serde(default)]
    pub days: Vec<Weekday>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub no_class: Vec<NaiveDate>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default)]
    pub items: Vec<PlanItem>,
    /// The dosage the preventionist aims for; the checks advise when the plan has fewer
    /// sessions. Comparable youth programs run 4 to 10 sessions.
    #[serde(default = "default_min_sessions")]
    pub min_sessions: u8,
    /// Whether the packet carries a pre-test before the first session and a post-test after
    /// the last (built from the lessons' assessment items), for outcome evaluation.
    #[serde(default = "yes")]
    pub pre_test: bool,
    #[serde(default = "yes")]
    pub post_test: bool,
    /// Milliseconds since the Unix epoch; the web layer passes the clock in.
    pub created: i64,
    pub edited: i64,
}

/// The session count comparable programs start at (Love146 Not a Number runs 5, Safe Dates 10).
pub const DEFAULT_MIN_SESSIONS: u8 = 4;

fn default_min_sessions() -> u8 {
    DEFAULT_MIN_SESSIONS
}

fn yes() -> bool {
    true
}

/// Grades a plan can be for.
pub const GRADES: std::ops::RangeInclusive<u8> = 6..=12;

impl Plan {
    /// A new, empty plan with sensible defaults (grade 8, 50-minute periods, the two contacts
    /// every packet needs).
    pub fn new(id: String, name: String, now: i64) -> Plan {
        Plan {
            id,
            name,
            school: String::new(),
            facilitators: String::new(),
            organization: String::new(),
            grade: 8,
            period_minutes: 50,
            packet_lang: PacketLang::En,
            start: None,
            days: Vec::new(),
            no_class: Vec::new(),
            contacts: vec![
                Contact::new(ContactKind::Counselor),
                Contact::new(ContactKind::CrisisCenter),
            ],
            notes: String::new(),
            items: Vec::new(),
            min_sessions: DEFAULT_MIN_SESSIONS,
            pre_test: true,
            post_test: true,
            created: now,
            edited: now,
        }
    }

    /// The grade band the plan's grade belongs to.
    pub fn band(&self) -> GradeBand {
        if self.grade <= 8 {
            GradeBand::Middle
        } else {
            GradeBand::High
        }
    }

    /// A copy with a new id and name, for next semester or another school.
    pub fn duplicate(&self, id: String, name: String, now: i64) -> Plan {
        Plan {
            id,
            name,
            created: now,
            edited: now,
            ..self.clone()
        }
    }

    /// Adds a lesson at the end.
    pub fn add(&mut self, lesson: &str) {
        self.items.push(PlanItem::new(lesson));
    }

    /// Moves the item at `from` so it ends up at `to` (both clamped to the list).
    pub fn move_item(&mut self, from: usize, to: usize) {
        if from >= self.items.len() {
            return;
        }
        let to = to.min(self.items.len() - 1);
        let item = self.items.remove(from);
        self.items.insert(to, item);
    }

    /// Removes the item at `index`, if there is one.
    pub fn remove(&mut self, index: usize) {
        if index < self.items.len() {
            self.items.remove(index);
        }
    }

    /// Skips or restores step `step` of item `index`.
    pub fn toggle_skip(&mut self, index: usize, step: usize) {
        if let Some(item) = self.items.get_mut(index) {
            if let Some(pos) = item.skipped.iter().position(|&s| s == step) {
                item.skipped.remove(pos);
            } else {
                item.skipped.push(step);
                item.skipped.sort();
            }
        }
    }

    /// Whether item `index` runs longer than the class period as planned (not split).
    pub fn too_long(&self, index: usize, library: &Library) -> bool {
        let Some(item) = self.items.get(index) else {
            return false;
        };
        library.lesson(&item.lesson).is_some_and(|lesson| {
            item.part_minutes(lesson)
                .iter()
                .any(|&m| m > u32::from(self.period_minutes))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> Plan {
        let mut p = Plan::new("p1".into(), "Test".into(), 0);
        for id in ["a", "b", "c", "d"] {
            p.add(id);
        }
        p
    }

    fn order(p: &Plan) -> String {
        p.items.iter().map(|i| i.lesson.as_str()).collect()
    }

    #[test]
    fn moving_items_keeps_every_item_once() {
        let mut p = plan();
        p.move_item(0, 2);
        assert_eq!(order(&p), "bcad");
        p.move_item(3, 0);
        assert_eq!(order(&p), "dbca");
        p.move_item(1, 99);
        assert_eq!(order(&p), "dcab");
        p.move_item(99, 0);
        assert_eq!(order(&p), "dcab");
    }

    #[test]
    fn removing_and_skipping() {
        let mut p = plan();
        p.remove(1);
        p.remove(17);
        assert_eq!(order(&p), "acd");
        p.toggle_skip(0, 3);
        p.toggle_skip(0, 1);
        assert_eq!(p.items[0].skipped, vec![1, 3]);
        p.toggle_skip(0, 3);
        assert_eq!(p.items[0].skipped, vec![1]);
    }

    #[test]
    fn duplicates_get_a_new_identity_and_keep_the_content() {
        let p = plan();
        let d = p.duplicate("p2".into(), "Copy".into(), 99);
        assert_eq!(
            (d.id.as_str(), d.name.as_str(), d.created),
            ("p2", "Copy", 99)
        );
        assert_eq!(d.items, p.items);
    }

    #[test]
    fn grade_bands() {
        let mut p = plan();
        p.grade = 8;
        assert_eq!(p.band(), GradeBand::Middle);
        p.grade = 9;
        assert_eq!(p.band(), GradeBand::High);
    }
}
