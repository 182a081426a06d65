//! Plans: a series of lessons for one school and class, with the preventionist's own edits.
//!
//! A plan stores lesson ids, never lesson text, so it stays small and picks up curriculum
//! corrections; a lesson that disappears from the library shows as missing but keeps its place.

use crate::curriculum::{GradeBand, Lesson, Library};
use crate::lang::Lang;
use crate::section::Section;
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
    /// Unique within its plan and kept when the item moves, so the editor can key its rows by
    /// it (the same lesson may be in a plan twice). [`Plan::add`] gives the next free one.
    pub id: u32,
    pub lesson: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Indexes of the lesson's steps this class skips.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<usize>,
    /// Taught over more than one class period (as many as it takes to fit; see
    /// [`PlanItem::parts`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub split: bool,
}

impl PlanItem {
    /// An item for `lesson` with id `id` (see [`Plan::add`] for a plan's next id).
    pub fn new(id: u32, lesson: &str) -> PlanItem {
        PlanItem {
            id,
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

    /// The steps taught in each session: one list, or, when the lesson is split, as few parts
    /// as let every part fit a `period`-minute class, cut at step boundaries and as even as
    /// the steps allow (two parts when no split fits, because a step alone is too long).
    pub fn parts(&self, lesson: &Lesson, period: u16) -> Vec<Vec<usize>> {
        let kept: Vec<usize> = (0..lesson.steps.len())
            .filter(|i| !self.skipped.contains(i))
            .collect();
        if !self.split || kept.len() < 2 {
            return vec![kept];
        }
        let minutes: Vec<u32> = kept
            .iter()
            .map(|&i| u32::from(lesson.steps[i].minutes))
            .collect();
        let sizes = (2..=kept.len())
            .map(|n| even_split(&minutes, n))
            .find(|sizes| part_sums(&minutes, sizes).all(|m| m <= u32::from(period)))
            .unwrap_or_else(|| even_split(&minutes, 2));
        let mut rest = kept.as_slice();
        sizes
            .iter()
            .map(|&n| {
                let (part, after) = rest.split_at(n);
                rest = after;
                part.to_vec()
            })
            .collect()
    }

    /// Minutes of each session this item takes in a `period`-minute class.
    pub fn part_minutes(&self, lesson: &Lesson, period: u16) -> Vec<u32> {
        self.parts(lesson, period)
            .iter()
            .map(|p| p.iter().map(|&i| u32::from(lesson.steps[i].minutes)).sum())
            .collect()
    }

    /// Whether some session of this item runs longer than a `period`-minute class.
    pub fn overruns(&self, lesson: &Lesson, period: u16) -> bool {
        self.part_minutes(lesson, period)
            .iter()
            .any(|&m| m > u32::from(period))
    }

    /// What would make this lesson fit a `period`-minute class, or `None` when it fits.
    /// Never advises what is already done: a split lesson is never told to split.
    pub fn length_fix(&self, lesson: &Lesson, period: u16) -> Option<LengthFix> {
        let over = |item: &PlanItem| item.overruns(lesson, period);
        if !over(self) {
            return None;
        }
        if !self.split {
            let split = PlanItem {
                split: true,
                ..self.clone()
            };
            if !over(&split) {
                return Some(LengthFix::Split(split.parts(lesson, period).len()));
            }
        }
        // No split fits as planned: skipping the optional steps still taught may, alone or
        // with a split.
        let optional: Vec<usize> = (0..lesson.steps.len())
            .filter(|i| lesson.steps[*i].optional && !self.skipped.contains(i))
            .collect();
        if !optional.is_empty() {
            for split in [false, true] {
                let mut trimmed = PlanItem {
                    split,
                    ..self.clone()
                };
                trimmed.skipped.extend(&optional);
                if !over(&trimmed) {
                    return Some(LengthFix::Skip {
                        steps: optional,
                        split: split && !self.split,
                    });
                }
            }
        }
        let longest = (0..lesson.steps.len())
            .filter(|i| !self.skipped.contains(i))
            .max_by_key(|&i| lesson.steps[i].minutes)
            .unwrap_or(0);
        Some(LengthFix::NoSplitFits { step: longest })
    }
}

/// What the length check advises for a lesson longer than the class period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LengthFix {
    /// Split it: this many sessions fit the period.
    Split(usize),
    /// No split fits as planned; skipping these optional steps does (with a split when
    /// `split`).
    Skip { steps: Vec<usize>, split: bool },
    /// Nothing fits: this step alone is longer than the period.
    NoSplitFits { step: usize },
}

/// The sizes of the `n` consecutive parts of `minutes` whose longest part is as short as
/// possible (earlier parts take the extra when there is a tie).
fn even_split(minutes: &[u32], n: usize) -> Vec<usize> {
    let len = minutes.len();
    let n = n.clamp(1, len.max(1));
    let sum = |a: usize, b: usize| minutes[a..b].iter().sum::<u32>();
    // best[k][i]: the shortest possible longest part when the first i steps make k parts.
    let mut best = vec![vec![u32::MAX; len + 1]; n + 1];
    let mut cut = vec![vec![0usize; len + 1]; n + 1];
    best[0][0] = 0;
    for k in 1..=n {
        for i in k..=len {
            for j in (k - 1)..i {
                if best[k - 1][j] == u32::MAX {
                    continue;
                }
                let longest = best[k - 1][j].max(sum(j, i));
                // `<=` keeps the latest cut, so earlier parts take the extra on a tie.
                if longest <= best[k][i] {
                    best[k][i] = longest;
                    cut[k][i] = j;
                }
            }
        }
    }
    let mut sizes = vec![0; n];
    let mut i = len;
    for k in (1..=n).rev() {
        let j = cut[k][i];
        sizes[k - 1] = i - j;
        i = j;
    }
    sizes
}

/// The minutes of each consecutive part of `minutes` with these `sizes`.
fn part_sums<'a>(minutes: &'a [u32], sizes: &'a [usize]) -> impl Iterator<Item = u32> + 'a {
    let mut start = 0;
    sizes.iter().map(move |&n| {
        let total = minutes[start..start + n].iter().sum();
        start += n;
        total
    })
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
    #[serde(default)]
    pub packet_lang: PacketLang,
    /// The classes the plan is taught to, each with its own schedule; never empty (the
    /// stored-data migration makes an older plan's schedule its one section).
    pub sections: Vec<Section>,
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
    /// The assessment items the pre- and post-test ask, when the preventionist chose them;
    /// `None` lets [`crate::assessment::chosen`] pick a short default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_items: Option<Vec<TestItem>>,
    /// Students in the class, for the copy list of handouts to photocopy.
    #[serde(default = "default_class_size")]
    pub class_size: u16,
    /// The program lead's review comments, carried in exported files so a review travels
    /// with the plan it is about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<crate::review::Comment>,
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

/// A class size a middle or high school class commonly has, until the preventionist sets hers.
pub const DEFAULT_CLASS_SIZE: u16 = 25;

fn default_class_size() -> u16 {
    DEFAULT_CLASS_SIZE
}

/// One assessment item of a lesson, as a plan's pre- and post-test refer to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestItem {
    pub lesson: String,
    /// Index into the lesson's `assessment`.
    pub item: usize,
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
            packet_lang: PacketLang::En,
            sections: vec![Section::new("s1".into())],
            contacts: vec![
                Contact::new(ContactKind::Counselor),
                Contact::new(ContactKind::CrisisCenter),
            ],
            notes: String::new(),
            items: Vec::new(),
            min_sessions: DEFAULT_MIN_SESSIONS,
            pre_test: true,
            post_test: true,
            test_items: None,
            class_size: DEFAULT_CLASS_SIZE,
            comments: Vec::new(),
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

    /// Whether any section has a session logged or results entered: a plan being taught,
    /// whose preventionist's next screens are the delivery log and the report.
    pub fn has_delivery_records(&self) -> bool {
        self.sections
            .iter()
            .any(|s| !s.log.is_empty() || !s.results.is_empty())
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

    /// The first section: the one the plan editor's schedule and the checks start from.
    pub fn first(&self) -> &Section {
        self.sections
            .first()
            .expect("a plan always has a section (see `Plan::sections`)")
    }

    /// The first section, to edit.
    pub fn first_mut(&mut self) -> &mut Section {
        self.sections
            .first_mut()
            .expect("a plan always has a section (see `Plan::sections`)")
    }

    /// The section with this id.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The shortest class period among the sections: a lesson must fit every section, so
    /// the length checks use it.
    pub fn period_minutes(&self) -> u16 {
        self.sections
            .iter()
            .map(|s| s.period_minutes)
            .min()
            .unwrap_or(crate::section::DEFAULT_PERIOD)
    }

    /// Adds a lesson at the end, with an item id no other item of the plan has.
    pub fn add(&mut self, lesson: &str) {
        let id = self.next_item_id();
        self.items.push(PlanItem::new(id, lesson));
    }

    /// An item id no item has, nor any delivery record: the records of a removed lesson
    /// keep its id (see `schedule::session_key`), so a lesson added later never takes them.
    fn next_item_id(&self) -> u32 {
        let recorded = self.sections.iter().flat_map(|s| {
            s.log
                .iter()
                .map(|l| l.session.as_str())
                .chain(s.moved.iter().map(|m| m.session.as_str()))
                .filter_map(crate::schedule::key_item)
        });
        self.items
            .iter()
            .map(|i| i.id)
            .chain(recorded)
            .max()
            .map_or(1, |m| m + 1)
    }

    /// Where the item with id `item` is now.
    pub fn position_of(&self, item: u32) -> Option<usize> {
        self.items.iter().position(|i| i.id == item)
    }

    /// Whether two items share an id (a hand-edited file; the app never writes one).
    pub fn has_repeated_item_ids(&self) -> bool {
        let mut ids: Vec<u32> = self.items.iter().map(|i| i.id).collect();
        crate::order::sort(&mut ids);
        ids.windows(2).any(|w| w[0] == w[1])
    }

    /// Adds a lesson right after item `after` (the one the preventionist selected), or at the
    /// end when nothing is selected; returns where it went.
    pub fn insert_after(&mut self, after: Option<usize>, lesson: &str) -> usize {
        let at = after.map_or(self.items.len(), |i| (i + 1).min(self.items.len()));
        let id = self.next_item_id();
        self.items.insert(at, PlanItem::new(id, lesson));
        at
    }

    /// Where `lesson` already is in the plan, if it is (adding it again asks first).
    pub fn position_of_lesson(&self, lesson: &str) -> Option<usize> {
        self.items.iter().position(|it| it.lesson == lesson)
    }

    /// A copy for next semester or another school: new id, name and school, every section's
    /// dates moved by as many days as the first section's start moves (no-class dates
    /// included), and what the old term recorded (delivery log, results, postponed and moved
    /// sessions, family letters sent, review comments) left behind with the old plan.
    pub fn for_new_term(
        &self,
        id: String,
        name: String,
        school: String,
        start: chrono::NaiveDate,
        now: i64,
    ) -> Plan {
        let shift = self.first().start.map(|old| start - old);
        let mut copy = self.duplicate(id, name, now);
        copy.school = school;
        for section in &mut copy.sections {
            section.start = match (section.start, shift) {
                (Some(old), Some(shift)) => Some(old + shift),
                _ => Some(start),
            };
            section.no_class = match shift {
                Some(shift) => section.no_class.iter().map(|&d| d + shift).collect(),
                None => Vec::new(),
            };
            section.postponed.clear();
            section.moved.clear();
            section.log.clear();
            section.results = Default::default();
            section.letter_sent = None;
        }
        copy.comments.clear();
        copy
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

    /// Puts lesson `lesson` in place of item `index`'s (an adapted copy for its original),
    /// keeping the item's place, notes, skipped steps and split: an adapted copy starts as the
    /// same steps.
    pub fn swap_lesson(&mut self, index: usize, lesson: &str) {
        if let Some(item) = self.items.get_mut(index) {
            item.lesson = lesson.to_string();
        }
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
                crate::order::sort(&mut item.skipped);
            }
        }
    }

    /// Whether item `index` runs longer than the class period as planned.
    pub fn too_long(&self, index: usize, library: &Library) -> bool {
        let Some(item) = self.items.get(index) else {
            return false;
        };
        library
            .lesson(&item.lesson)
            .is_some_and(|lesson| item.overruns(lesson, self.period_minutes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_ids_stay_with_their_items_and_are_never_shared() {
        let mut p = Plan::new("p".into(), "P".into(), 0);
        for lesson in ["a", "b", "a"] {
            p.add(lesson);
        }
        assert_eq!(p.items.iter().map(|i| i.id).collect::<Vec<_>>(), [1, 2, 3]);
        p.move_item(0, 2);
        assert_eq!(p.position_of(1), Some(2));
        p.remove(0);
        p.add("c");
        assert_eq!(p.items.iter().map(|i| i.id).collect::<Vec<_>>(), [3, 1, 4]);
        assert!(!p.has_repeated_item_ids());
        p.items[1].id = 3;
        assert!(p.has_repeated_item_ids());
    }

    #[test]
    fn a_plan_has_delivery_records_once_a_session_is_logged() {
        let mut p = plan();
        assert!(!p.has_delivery_records());
        p.sections[0].log.push(crate::delivery::SessionLog {
            session: "s1-1".into(),
            lesson: "a".into(),
            date: chrono::NaiveDate::from_ymd_opt(2026, 9, 8).unwrap(),
            facilitators: String::new(),
            present: 24,
            minutes: 50,
            steps: 4,
            changed: Vec::new(),
            adaptations: Vec::new(),
            engagement: None,
            notes: String::new(),
        });
        assert!(p.has_delivery_records());
    }

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
    fn a_lesson_swaps_for_its_copy_in_place() {
        let mut p = Plan::new("p".into(), "P".into(), 0);
        p.add("a");
        p.add("b");
        p.items[0].notes = "keep".into();
        p.swap_lesson(0, "a-2");
        p.swap_lesson(9, "x");
        assert_eq!(p.items[0].lesson, "a-2");
        assert_eq!(p.items[0].notes, "keep");
        assert_eq!(p.items[1].lesson, "b");
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
    fn new_lessons_go_after_the_selected_one() {
        let mut p = plan();
        assert_eq!(p.insert_after(Some(1), "x"), 2);
        assert_eq!(order(&p), "abxcd");
        assert_eq!(p.insert_after(None, "y"), 5);
        assert_eq!(order(&p), "abxcdy");
        assert_eq!(p.insert_after(Some(40), "z"), 6);
        assert_eq!(p.position_of_lesson("x"), Some(2));
        assert_eq!(p.position_of_lesson("nope"), None);
    }

    #[test]
    fn a_new_term_copy_moves_every_date_and_takes_the_new_school() {
        let d = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
        let mut p = plan();
        p.first_mut().start = Some(d("2026-02-03"));
        p.first_mut().no_class = vec![d("2026-02-17"), d("2026-03-10")];
        p.school = "Old MS".into();
        p.first_mut().letter_sent = Some(d("2026-01-16"));
        p.comments
            .push(crate::review::Comment::new("Lead", 1, None, "ok"));
        let c = p.for_new_term(
            "p9".into(),
            "Spring".into(),
            "New HS".into(),
            d("2026-08-25"),
            7,
        );
        assert_eq!(c.first().start, Some(d("2026-08-25")));
        // 203 days later, each.
        assert_eq!(c.first().no_class, vec![d("2026-09-08"), d("2026-09-29")]);
        assert_eq!((c.school.as_str(), c.id.as_str()), ("New HS", "p9"));
        assert_eq!(c.items, p.items);
        assert!(c.comments.is_empty());
        assert_eq!(
            c.first().letter_sent,
            None,
            "the new term's families get a new letter"
        );
        // No old start: the old no-class dates cannot be moved and are dropped.
        p.first_mut().start = None;
        let c = p.for_new_term("p8".into(), "S".into(), "X".into(), d("2026-08-25"), 7);
        assert!(c.first().no_class.is_empty());
    }

    #[test]
    fn grade_bands() {
        let mut p = plan();
        p.grade = 8;
        assert_eq!(p.band(), GradeBand::Middle);
        p.grade = 9;
        assert_eq!(p.band(), GradeBand::High);
    }

    /// A lesson with steps of these minutes; the `optional` ones may be skipped.
    fn lesson(steps: &[(u16, bool)]) -> Lesson {
        let lib = crate::curriculum::source::load_library(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../curriculum"),
        )
        .unwrap();
        let mut l = lib.lessons[0].clone();
        let model = l.steps[0].clone();
        l.steps = steps
            .iter()
            .map(|&(minutes, optional)| crate::curriculum::Step {
                minutes,
                optional,
                ..model.clone()
            })
            .collect();
        l.minutes = steps.iter().map(|s| s.0).sum();
        l
    }

    fn split(item: &PlanItem, lesson: &Lesson, period: u16) -> Vec<u32> {
        item.part_minutes(lesson, period)
    }

    #[test]
    fn a_split_cuts_at_step_boundaries_so_every_part_fits_the_period() {
        // 45 minutes in a 30-minute period: the old halving gave 12 and 33.
        let l = lesson(&[(5, false), (7, false), (15, true), (10, false), (8, false)]);
        let mut item = PlanItem::new(1, &l.id);
        assert_eq!(split(&item, &l, 30), [45]);
        assert_eq!(item.length_fix(&l, 30), Some(LengthFix::Split(2)));
        item.split = true;
        let parts = split(&item, &l, 30);
        assert_eq!(parts, [27, 18]);
        assert!(parts.iter().all(|&m| m <= 30));
        assert_eq!(
            item.length_fix(&l, 30),
            None,
            "a split that fits is not advised again"
        );

        // 70 minutes in 30: three parts.
        let l = lesson(&[
            (10, false),
            (15, false),
            (10, true),
            (15, false),
            (20, false),
        ]);
        let mut item = PlanItem::new(1, &l.id);
        assert_eq!(item.length_fix(&l, 30), Some(LengthFix::Split(3)));
        item.split = true;
        assert_eq!(split(&item, &l, 30), [25, 25, 20]);
        assert_eq!(item.length_fix(&l, 30), None);
        // Skipped steps are left out of every part.
        item.skipped = vec![2];
        assert_eq!(split(&item, &l, 30), [25, 15, 20]);
        assert_eq!(split(&item, &l, 50), [25, 35]);
    }

    #[test]
    fn when_no_split_fits_the_fix_names_the_optional_steps_or_the_step_too_long() {
        // A 35-minute optional step in a 30-minute period: only skipping it helps.
        let l = lesson(&[(10, false), (35, true), (10, false)]);
        let mut item = PlanItem::new(1, &l.id);
        assert_eq!(
            item.length_fix(&l, 30),
            Some(LengthFix::Skip {
                steps: vec![1],
                split: false
            })
        );
        item.split = true;
        assert_eq!(
            item.length_fix(&l, 30),
            Some(LengthFix::Skip {
                steps: vec![1],
                split: false
            }),
            "a split lesson is never told to split"
        );
        // The same step required: nothing fits.
        let l = lesson(&[(10, false), (35, false), (10, true)]);
        let item = PlanItem {
            split: true,
            ..PlanItem::new(1, &l.id)
        };
        assert_eq!(
            item.length_fix(&l, 30),
            Some(LengthFix::NoSplitFits { step: 1 })
        );
        // Steps that pair up with none of their neighbours: one session each.
        let l = lesson(&[(20, false), (25, true), (20, false), (15, false)]);
        let item = PlanItem::new(1, &l.id);
        assert_eq!(item.length_fix(&l, 30), Some(LengthFix::Split(4)));
        // Skipping plus splitting.
        let l = lesson(&[(20, false), (45, true), (20, false), (15, false)]);
        assert_eq!(
            PlanItem::new(1, &l.id).length_fix(&l, 30),
            Some(LengthFix::Skip {
                steps: vec![1],
                split: true
            })
        );
    }
}
