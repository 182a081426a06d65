//! Plan checks: where a plan falls short of prevention practice, why, and what would fix it.
//!
//! Each check reads like advice from an experienced preventionist: a status, a short
//! explanation, the particulars (which lessons, which steps) and concrete fixes that name real
//! lessons from the library for the plan's grade band. The guidance comes from the facts
//! digest: comprehensive (several levels), labor trafficking in every presentation,
//! recruitment and fraudulent job offers, help-seeking, appropriate grade and length,
//! sufficient dosage, varied methods, outcome evaluation, the packet's language, adaptation
//! "traffic lights" and the language guide. Checks never block anything.

use crate::coverage;
use crate::curriculum::{
    Audience, Form, Lesson, Level, Library, Light, List, Method, NcElement, Topic,
};
use crate::i18n::checks::CheckStrings;
use crate::i18n::{check_strings, packet_strings, plan_strings, strings};
use crate::lang::Lang;
use crate::plan::{ContactKind, LengthFix, Plan};
use crate::schedule::{class_time, sessions};
use crate::wording;

/// How a plan fares on one check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// Nothing to check yet (no lessons in the plan).
    Pending,
    Pass,
    /// Worth considering; the plan still works.
    Advice,
    /// Something students or the school need is missing or cut.
    Warning,
}

impl Status {
    /// A stable id for attributes and styles.
    pub fn id(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Pass => "pass",
            Status::Advice => "advice",
            Status::Warning => "warning",
        }
    }
}

/// Which check a result is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckKind {
    Levels,
    Labor,
    Recruitment,
    HelpSeeking,
    Contacts,
    GradeBand,
    Length,
    Dosage,
    Methods,
    Evaluation,
    PacketLanguage,
    Adaptation,
    Wording,
    NcElements,
    Letter,
    Drafts,
}

impl CheckKind {
    /// A stable id for attributes and tests.
    pub fn id(self) -> &'static str {
        match self {
            CheckKind::Levels => "levels",
            CheckKind::Labor => "labor",
            CheckKind::Recruitment => "recruitment",
            CheckKind::HelpSeeking => "help-seeking",
            CheckKind::Contacts => "contacts",
            CheckKind::GradeBand => "grade-band",
            CheckKind::Length => "length",
            CheckKind::Dosage => "dosage",
            CheckKind::Methods => "methods",
            CheckKind::Evaluation => "evaluation",
            CheckKind::PacketLanguage => "packet-language",
            CheckKind::Adaptation => "adaptation",
            CheckKind::Wording => "wording",
            CheckKind::NcElements => "nc-elements",
            CheckKind::Letter => "letter",
            CheckKind::Drafts => "drafts",
        }
    }
}

/// The result of one check, in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    pub kind: CheckKind,
    pub status: Status,
    /// The adaptation traffic light, for the checks where it applies.
    pub light: Option<Light>,
    pub title: String,
    /// One or two sentences: what was found and why it matters.
    pub summary: String,
    /// The particulars: lessons, steps or phrases concerned.
    pub details: Vec<String>,
    /// Concrete fixes (a lesson to add, a step to keep); empty when the check passes.
    pub fixes: Vec<String>,
    /// What the fixes name as one click: lessons to add, lessons to swap in.
    pub actions: Vec<FixAction>,
}

/// A suggestion the plan editor can carry out at once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FixAction {
    /// Add this lesson to the plan.
    Add { lesson: String },
    /// Put this lesson in place of item `item`, which holds `from`.
    Swap {
        item: usize,
        from: String,
        lesson: String,
    },
}

/// The smallest number of distinct activity kinds a plan's taught steps should use.
pub const MIN_METHODS: usize = 3;

/// How many lessons a fix suggests at most.
const SUGGESTIONS: usize = 2;

/// Offers each suggested lesson as an Add button.
fn add_actions(c: &mut Check, lessons: &[&Lesson]) {
    c.actions.extend(lessons.iter().map(|l| FixAction::Add {
        lesson: l.id.clone(),
    }));
}

/// Runs every check on `plan`, with messages in `lang`.
pub fn run(plan: &Plan, library: &Library, lang: Lang) -> Vec<Check> {
    let cx = Cx {
        plan,
        library,
        lang,
        t: check_strings(lang),
    };
    [
        cx.levels(),
        cx.labor(),
        cx.recruitment(),
        cx.help_seeking(),
        cx.contacts(),
        cx.grade_band(),
        cx.length(),
        cx.dosage(),
        cx.methods(),
        cx.evaluation(),
        cx.packet_language(),
        cx.adaptation(),
        cx.wording(),
        cx.nc_elements(),
        cx.letter(),
    ]
    .into_iter()
    .chain(cx.drafts())
    .collect()
}

/// Whether every text a packet prints from `lesson` exists in `lang`.
pub fn lesson_complete_in(lesson: &Lesson, lang: Lang) -> bool {
    let ok = |t: &crate::lang::Text| !t.get(lang).trim().is_empty();
    ok(&lesson.title)
        && ok(&lesson.summary)
        && ok(&lesson.safety)
        && lesson
            .objectives
            .iter()
            .chain(&lesson.materials)
            .chain(&lesson.preparation)
            .chain(&lesson.discussion)
            .all(ok)
        && lesson
            .steps
            .iter()
            .all(|s| ok(&s.title) && ok(&s.instructions))
        && lesson.handouts.iter().all(|h| ok(&h.title) && ok(&h.body))
        && lesson
            .assessment
            .iter()
            .all(|a| ok(&a.prompt) && ok(&a.explanation) && a.choices.iter().all(ok))
        && lesson.adaptations.iter().all(|a| ok(&a.text))
}

/// What one check needs: the plan, the library and the language of the messages.
struct Cx<'a> {
    plan: &'a Plan,
    library: &'a Library,
    lang: Lang,
    t: &'static CheckStrings,
}

impl<'a> Cx<'a> {
    fn check(&self, kind: CheckKind, title: &str, status: Status, summary: String) -> Check {
        Check {
            kind,
            status,
            light: None,
            title: title.to_string(),
            summary,
            details: Vec::new(),
            fixes: Vec::new(),
            actions: Vec::new(),
        }
    }

    /// A check the plan passes.
    fn pass(&self, kind: CheckKind, title: &str, summary: String) -> Check {
        self.check(kind, title, Status::Pass, summary)
    }

    /// `c` with the lessons suggested for it: named in its fix (or "browse the library" when
    /// none fits) and offered as Add buttons.
    fn suggesting(&self, mut c: Check, lessons: &[&Lesson], fix: fn(&str) -> String) -> Check {
        c.fixes.push(self.fix_with(lessons, fix));
        add_actions(&mut c, lessons);
        c
    }

    /// The result of a check that looks at the plan's lessons, while there are none.
    fn pending(&self, kind: CheckKind, title: &str) -> Option<Check> {
        self.lessons().next().is_none().then(|| {
            self.check(
                kind,
                title,
                Status::Pending,
                self.t.needs_lessons.to_string(),
            )
        })
    }

    /// The plan's items whose lesson is in the library, with their index.
    fn lessons(&self) -> impl Iterator<Item = (usize, &'a Lesson)> + '_ {
        self.plan
            .items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| self.library.lesson(&item.lesson).map(|l| (i, l)))
    }

    fn has_topic(&self, topic: Topic) -> bool {
        self.lessons().any(|(_, l)| l.topics.contains(&topic))
    }

    fn quoted(&self, lesson: &Lesson) -> String {
        (strings(self.lang).quote)(lesson.title.get(lesson.text_lang(self.lang)))
    }

    fn name(&self, list: List, id: &str) -> String {
        self.library
            .vocabulary
            .name(list, id, self.lang)
            .to_string()
    }

    /// Lessons for the plan's grade band, not yet in the plan, that satisfy `pred`, best
    /// first by `score` (higher is better; library order breaks ties).
    fn suggest(
        &self,
        pred: impl Fn(&Lesson) -> bool,
        score: impl Fn(&Lesson) -> usize,
    ) -> Vec<&'a Lesson> {
        let band = self.plan.band();
        let mut found: Vec<&Lesson> = self
            .library
            .lessons
            .iter()
            .filter(|l| l.grades.contains(&band))
            .filter(|l| !self.plan.items.iter().any(|it| it.lesson == l.id))
            .filter(|l| pred(l))
            .collect();
        crate::order::sort_by_key(&mut found, |l| std::cmp::Reverse(score(l)));
        found.truncate(SUGGESTIONS);
        found
    }

    /// "“A” or “B”", or `None` when no lesson fits.
    fn or_titles(&self, lessons: &[&Lesson]) -> Option<String> {
        let titles: Vec<String> = lessons.iter().map(|l| self.quoted(l)).collect();
        (!titles.is_empty()).then(|| (self.t.or_list)(&titles))
    }

    /// A fix naming suggested lessons, or the generic "add a lesson from the library".
    fn fix_with(&self, lessons: &[&Lesson], f: fn(&str) -> String) -> String {
        self.or_titles(lessons)
            .map_or_else(|| self.t.browse_library.to_string(), |titles| f(&titles))
    }

    fn levels(&self) -> Check {
        let t = self.t;
        let covered: Vec<Level> = coverage::levels(self.plan, self.library)
            .into_iter()
            .filter(|c| c.sessions > 0)
            .map(|c| c.level)
            .collect();
        let names = self
            .library
            .vocabulary
            .names(List::Levels, &covered, self.lang);
        let missing: Vec<Level> = Level::ALL
            .into_iter()
            .filter(|l| !covered.contains(l))
            .collect();
        if missing.is_empty() {
            return self.pass(
                CheckKind::Levels,
                t.levels_title,
                (t.levels_pass)(&(t.and_list)(&names)),
            );
        }
        let summary = if names.is_empty() {
            t.levels_none.to_string()
        } else {
            let missing = self
                .library
                .vocabulary
                .names(List::Levels, &missing, self.lang);
            (t.levels_some)(names.len(), &(t.and_list)(&names), &(t.or_list)(&missing))
        };
        let c = self.check(CheckKind::Levels, t.levels_title, Status::Advice, summary);
        let lessons = self.suggest(
            |l| l.levels.iter().any(|lv| !covered.contains(lv)),
            |l| l.levels.iter().filter(|lv| !covered.contains(lv)).count(),
        );
        self.suggesting(c, &lessons, t.levels_fix)
    }

    fn labor(&self) -> Check {
        let t = self.t;
        let present = self.lessons().any(|(_, l)| l.forms.contains(&Form::Labor));
        if present {
            return self.pass(CheckKind::Labor, t.labor_title, t.labor_pass.into());
        }
        let c = self.check(
            CheckKind::Labor,
            t.labor_title,
            Status::Warning,
            t.labor_fail.into(),
        );
        let lessons = self.suggest(
            |l| l.forms.contains(&Form::Labor),
            // A lesson about labor trafficking alone first: it is a labor module.
            |l| 10 * usize::from(!l.forms.contains(&Form::Sex)) + l.levels.len(),
        );
        self.suggesting(c, &lessons, t.labor_fix)
    }

    fn recruitment(&self) -> Check {
        let t = self.t;
        let wanted = [Topic::RecruitmentTactics, Topic::FraudulentJobOffers];
        let missing: Vec<Topic> = wanted
            .into_iter()
            .filter(|&tp| !self.has_topic(tp))
            .collect();
        if missing.is_empty() {
            return self.pass(
                CheckKind::Recruitment,
                t.recruit_title,
                t.recruit_pass.into(),
            );
        }
        let summary = missing
            .iter()
            .map(|tp| match tp {
                Topic::RecruitmentTactics => t.recruit_no_tactics,
                _ => t.recruit_no_jobs,
            })
            .collect::<Vec<_>>()
            .join(" ");
        let c = self.check(
            CheckKind::Recruitment,
            t.recruit_title,
            Status::Advice,
            summary,
        );
        let lessons = self.suggest(
            |l| missing.iter().any(|tp| l.topics.contains(tp)),
            |l| missing.iter().filter(|tp| l.topics.contains(tp)).count(),
        );
        self.suggesting(c, &lessons, t.recruit_fix)
    }

    fn help_seeking(&self) -> Check {
        let t = self.t;
        if self.has_topic(Topic::HelpSeeking) {
            return self.pass(CheckKind::HelpSeeking, t.help_title, t.help_pass.into());
        }
        let c = self.check(
            CheckKind::HelpSeeking,
            t.help_title,
            Status::Warning,
            t.help_fail.into(),
        );
        let lessons = self.suggest(
            |l| l.topics.contains(&Topic::HelpSeeking),
            |l| l.levels.len(),
        );
        self.suggesting(c, &lessons, t.help_fix)
    }

    fn contacts(&self) -> Check {
        let t = self.t;
        let needed = [
            (ContactKind::Counselor, plan_strings(self.lang).counselor),
            (
                ContactKind::CrisisCenter,
                plan_strings(self.lang).crisis_center,
            ),
        ];
        let mut missing: Vec<String> = needed
            .iter()
            .filter(|(kind, _)| {
                !self
                    .plan
                    .contacts
                    .iter()
                    .any(|c| c.kind == *kind && c.is_filled())
            })
            .map(|(_, name)| name.to_string())
            .collect();
        // Other contacts the preventionist started but did not finish.
        missing.extend(
            self.plan
                .contacts
                .iter()
                .filter(|c| c.kind == ContactKind::Other && !c.is_filled())
                .filter(|c| {
                    !(c.label.trim().is_empty()
                        && c.name.trim().is_empty()
                        && c.phone.trim().is_empty())
                })
                .map(|c| {
                    if c.label.trim().is_empty() {
                        plan_strings(self.lang).other_contact.to_string()
                    } else {
                        c.label.clone()
                    }
                }),
        );
        if missing.is_empty() {
            return self.pass(
                CheckKind::Contacts,
                t.contacts_title,
                t.contacts_pass.into(),
            );
        }
        let mut c = self.check(
            CheckKind::Contacts,
            t.contacts_title,
            Status::Advice,
            (t.contacts_fail)(&(t.and_list)(&missing)),
        );
        c.fixes
            .push((t.contacts_fix)(plan_strings(self.lang).contacts));
        c
    }

    fn grade_band(&self) -> Check {
        let t = self.t;
        if let Some(c) = self.pending(CheckKind::GradeBand, t.band_title) {
            return c;
        }
        let band = self.plan.band();
        let band_name = self.name(List::Grades, band.id());
        let off: Vec<(usize, &Lesson)> = self
            .lessons()
            .filter(|(_, l)| !l.grades.contains(&band))
            .collect();
        if off.is_empty() {
            return self.pass(
                CheckKind::GradeBand,
                t.band_title,
                (t.band_pass)(&band_name),
            );
        }
        let mut c = self.check(
            CheckKind::GradeBand,
            t.band_title,
            Status::Warning,
            (t.band_fail)(&band_name),
        );
        for (item, lesson) in off {
            c.details.push(self.quoted(lesson));
            // The lesson's own counterpart for this band first, then lessons on its topics.
            let counterpart = lesson
                .counterpart
                .as_deref()
                .and_then(|id| self.library.lesson(id))
                .filter(|l| l.grades.contains(&band))
                .filter(|l| !self.plan.items.iter().any(|it| it.lesson == l.id));
            let mut alternatives = self.suggest(
                |l| l.topics.iter().any(|tp| lesson.topics.contains(tp)),
                |l| {
                    l.topics
                        .iter()
                        .filter(|tp| lesson.topics.contains(tp))
                        .count()
                },
            );
            if let Some(own) = counterpart {
                alternatives.retain(|l| l.id != own.id);
                alternatives.insert(0, own);
                alternatives.truncate(SUGGESTIONS);
            }
            c.fixes.push(match self.or_titles(&alternatives) {
                Some(other) => (t.band_fix)(&self.quoted(lesson), &other),
                None => (t.band_fix_none)(&self.quoted(lesson)),
            });
            c.actions
                .extend(alternatives.iter().map(|l| FixAction::Swap {
                    item,
                    from: lesson.id.clone(),
                    lesson: l.id.clone(),
                }));
        }
        c
    }

    fn length(&self) -> Check {
        let t = self.t;
        if let Some(c) = self.pending(CheckKind::Length, t.length_title) {
            return c;
        }
        let period = self.plan.period_minutes();
        let long: Vec<(&Lesson, LengthFix)> = self
            .lessons()
            .filter_map(|(i, l)| self.plan.items[i].length_fix(l, period).map(|fix| (l, fix)))
            .collect();
        // The pre- and post-test take class time in the first and last sessions for students.
        let with_tests: Vec<(usize, u32)> = sessions(self.plan, self.library)
            .iter()
            .filter(|s| s.total() > u32::from(period) && s.minutes <= u32::from(period))
            .map(|s| (s.number, s.total()))
            .collect();
        if long.is_empty() && with_tests.is_empty() {
            return self.pass(CheckKind::Length, t.length_title, (t.length_pass)(period));
        }
        let mut c = self.check(
            CheckKind::Length,
            t.length_title,
            Status::Warning,
            (t.length_fail)(period),
        );
        let step_title = |lesson: &Lesson, i: usize| {
            (strings(self.lang).quote)(lesson.steps[i].title.get(self.lang))
        };
        for (lesson, fix) in long {
            let title = self.quoted(lesson);
            // A lesson taught twice in the plan is named, and its fix given, once.
            if c.details.contains(&title) {
                continue;
            }
            c.details.push(title.clone());
            c.fixes.push(match fix {
                LengthFix::Split(n) => (t.length_fix_split)(&title, n),
                LengthFix::Skip { steps, split } => {
                    let steps: Vec<String> = steps.iter().map(|&i| step_title(lesson, i)).collect();
                    (t.length_fix_skip)(&title, &(t.and_list)(&steps), split)
                }
                LengthFix::NoSplitFits { step } => (t.length_fix_none)(
                    &title,
                    &step_title(lesson, step),
                    lesson.steps[step].minutes,
                    period,
                ),
            });
        }
        let p = packet_strings(self.lang).print;
        // One fix for every session the tests make too long: it is the same advice.
        if !with_tests.is_empty() {
            c.fixes.push(p.length_tests_fix.to_string());
        }
        for (n, total) in with_tests {
            c.details.push((p.length_tests)(n, total, period));
        }
        c
    }

    fn dosage(&self) -> Check {
        let t = self.t;
        let s = sessions(self.plan, self.library);
        let time = class_time(&s);
        let series = (packet_strings(self.lang).sessions_total)(s.len(), time.total(), time.tests);
        let goal = self.plan.min_sessions;
        if s.len() >= usize::from(goal) {
            return self.pass(
                CheckKind::Dosage,
                t.dosage_title,
                (t.dosage_pass)(&series, goal),
            );
        }
        let mut c = self.check(
            CheckKind::Dosage,
            t.dosage_title,
            Status::Advice,
            (t.dosage_fail)(&series, goal),
        );
        let more = usize::from(goal) - s.len();
        let covered: Vec<Level> = self.lessons().flat_map(|(_, l)| l.levels.clone()).collect();
        let lessons = self.suggest(
            |_| true,
            |l| l.levels.iter().filter(|lv| !covered.contains(lv)).count(),
        );
        c.fixes.push(match self.or_titles(&lessons) {
            Some(titles) => (t.dosage_fix)(more, &titles),
            None => t.browse_library.to_string(),
        });
        add_actions(&mut c, &lessons);
        c
    }

    /// The distinct methods of the steps this class is taught, in vocabulary order.
    fn taught_methods(&self) -> Vec<Method> {
        let mut used: Vec<Method> = Vec::new();
        for (i, lesson) in self.lessons() {
            let skipped = &self.plan.items[i].skipped;
            for (s, step) in lesson.steps.iter().enumerate() {
                if !skipped.contains(&s) && !used.contains(&step.method) {
                    used.push(step.method);
                }
            }
        }
        crate::order::sort(&mut used);
        used
    }

    fn methods(&self) -> Check {
        let t = self.t;
        let used = self.taught_methods();
        let names: Vec<String> = self
            .library
            .vocabulary
            .names(List::Methods, &used, self.lang)
            .iter()
            .map(|n| n.to_lowercase())
            .collect();
        let list = (t.and_list)(&names);
        if used.len() >= MIN_METHODS {
            return self.pass(
                CheckKind::Methods,
                t.methods_title,
                (t.methods_pass)(used.len(), &list),
            );
        }
        let c = self.check(
            CheckKind::Methods,
            t.methods_title,
            Status::Advice,
            (t.methods_fail)(used.len(), &list),
        );
        let lessons = self.suggest(
            |l| l.steps.iter().any(|s| !used.contains(&s.method)),
            |l| {
                let mut new: Vec<Method> = l
                    .steps
                    .iter()
                    .map(|s| s.method)
                    .filter(|m| !used.contains(m))
                    .collect();
                crate::order::sort(&mut new);
                new.dedup();
                new.len()
            },
        );
        self.suggesting(c, &lessons, t.methods_fix)
    }

    fn evaluation(&self) -> Check {
        let t = self.t;
        let has_items = self.lessons().any(|(_, l)| !l.assessment.is_empty());
        if self.plan.pre_test && self.plan.post_test {
            let mut c = self.pass(CheckKind::Evaluation, t.eval_title, t.eval_pass.into());
            if !has_items && !self.plan.items.is_empty() {
                c.status = Status::Advice;
                c.details.push(t.eval_no_items.into());
            }
            return c;
        }
        let mut c = self.check(
            CheckKind::Evaluation,
            t.eval_title,
            Status::Advice,
            t.eval_fail.into(),
        );
        c.fixes.push(t.eval_fix.into());
        c
    }

    fn packet_language(&self) -> Check {
        let t = self.t;
        let lang_name = |l: Lang| match l {
            Lang::En => t.lang_en,
            Lang::Es => t.lang_es,
        };
        let langs = self.plan.packet_lang.langs();
        let names: Vec<String> = langs.iter().map(|&l| lang_name(l).to_string()).collect();
        let incomplete: Vec<(&Lesson, Lang)> = self
            .lessons()
            .filter_map(|(_, l)| {
                langs
                    .iter()
                    .find(|&&lg| !lesson_complete_in(l, lg))
                    .map(|&lg| (l, lg))
            })
            .collect();
        if incomplete.is_empty() {
            return self.pass(
                CheckKind::PacketLanguage,
                t.lang_title,
                (t.lang_pass)(&(t.and_list)(&names)),
            );
        }
        let mut c = self.check(
            CheckKind::PacketLanguage,
            t.lang_title,
            Status::Warning,
            (t.lang_fail)(&(t.and_list)(&names)),
        );
        let editor = strings(self.lang).editor;
        for (lesson, missing) in incomplete {
            // A lesson written in one language only says so plainly.
            let version = match (lesson.missing_language(), missing) {
                (Some(Lang::En), Lang::En) => Some(editor.no_english),
                (Some(Lang::Es), Lang::Es) => Some(editor.no_spanish),
                _ => None,
            };
            c.details.push(match version {
                Some(v) => format!("{}: {v}", self.quoted(lesson)),
                None => self.quoted(lesson),
            });
            let other = if missing == Lang::Es {
                Lang::En
            } else {
                Lang::Es
            };
            // Printing in the other language helps only when the lesson is complete there.
            c.fixes.push(if lesson_complete_in(lesson, other) {
                (t.lang_fix)(&self.quoted(lesson), lang_name(other))
            } else {
                (t.finish_fix)(&self.quoted(lesson))
            });
        }
        c
    }

    /// Lessons of one's own saved as drafts (with problems the editor lists): named before the
    /// packet is printed. Absent while there are none, as it is for built-in lessons.
    fn drafts(&self) -> Option<Check> {
        let t = self.t;
        let mut drafts: Vec<&Lesson> = Vec::new();
        for (_, lesson) in self.lessons() {
            if lesson.draft && !drafts.iter().any(|d| d.id == lesson.id) {
                drafts.push(lesson);
            }
        }
        if drafts.is_empty() {
            return None;
        }
        let mut c = self.check(
            CheckKind::Drafts,
            t.draft_title,
            Status::Warning,
            t.draft_fail.into(),
        );
        for lesson in drafts {
            c.details.push(self.quoted(lesson));
            c.fixes.push((t.finish_fix)(&self.quoted(lesson)));
        }
        Some(c)
    }

    fn adaptation(&self) -> Check {
        let t = self.t;
        if let Some(c) = self.pending(CheckKind::Adaptation, t.adapt_title) {
            return c;
        }
        let mut light = Light::Green;
        let mut details = Vec::new();
        let mut fixes = Vec::new();
        for (i, lesson) in self.lessons() {
            let item = &self.plan.items[i];
            let title = self.quoted(lesson);
            for &s in &item.skipped {
                let Some(step) = lesson.steps.get(s) else {
                    continue;
                };
                let step_title = (strings(self.lang).quote)(step.title.get(self.lang));
                if step.method == Method::SkillPractice {
                    light = Light::Red;
                    details.push((t.adapt_skill)(&title, &step_title));
                    fixes.push((t.adapt_keep)(&step_title, &title));
                } else if !step.optional {
                    light = Light::Red;
                    details.push((t.adapt_core)(&title, &step_title));
                    fixes.push((t.adapt_keep)(&step_title, &title));
                } else {
                    if light == Light::Green {
                        light = Light::Yellow;
                    }
                    details.push((t.adapt_optional)(&title, &step_title));
                }
            }
            let minutes = item.minutes(lesson);
            if minutes < u32::from(lesson.min_minutes) {
                light = Light::Red;
                details.push((t.adapt_short)(&title, minutes, lesson.min_minutes));
                fixes.push((t.adapt_restore)(&title, lesson.min_minutes));
            }
        }
        let (status, summary) = match light {
            Light::Green => (Status::Pass, t.adapt_green),
            Light::Yellow => (Status::Advice, t.adapt_yellow),
            Light::Red => (Status::Warning, t.adapt_red),
        };
        let mut c = self.check(CheckKind::Adaptation, t.adapt_title, status, summary.into());
        c.light = Some(light);
        c.details = details;
        c.fixes = fixes;
        c
    }

    fn wording(&self) -> Check {
        let t = self.t;
        let mut details = Vec::new();
        let mut count = 0;
        let guide = wording::Guide::new(self.library);
        let mut add = |place: String, text: &str| {
            let flags = guide.flags(text);
            if !flags.is_empty() {
                count += flags.len();
                let phrases: Vec<String> = flags
                    .iter()
                    .map(|f| (strings(self.lang).quote)(&f.phrase))
                    .collect();
                details.push(format!("{place}: {}", phrases.join(", ")));
            }
        };
        add(t.wording_in_plan_notes.to_string(), &self.plan.notes);
        for item in &self.plan.items {
            let title = self.library.lesson(&item.lesson).map_or_else(
                || (strings(self.lang).quote)(&item.lesson),
                |l| self.quoted(l),
            );
            add((t.wording_in_item)(&title), &item.notes);
        }
        if count == 0 {
            return self.pass(CheckKind::Wording, t.wording_title, t.wording_pass.into());
        }
        let mut c = self.check(
            CheckKind::Wording,
            t.wording_title,
            Status::Advice,
            (t.wording_fail)(count),
        );
        c.details = details;
        c.fixes.push(t.wording_fix.into());
        c
    }

    /// North Carolina's required elements: which the student lessons teach, which are missing,
    /// and sex-trafficking content in a grade 6 plan.
    fn nc_elements(&self) -> Check {
        let t = self.t;
        if let Some(c) = self.pending(CheckKind::NcElements, t.nc_title) {
            return c;
        }
        let (covered, missing) = coverage::nc_elements(self.plan, self.library);
        let vocab = &self.library.vocabulary;
        let covered_names = (t.and_list)(&vocab.names(List::NcElements, &covered, self.lang));
        let early: Vec<&Lesson> = if self.plan.grade <= 6 {
            self.lessons()
                .map(|(_, l)| l)
                .filter(|l| l.nc_elements.contains(&NcElement::SexTrafficking))
                .collect()
        } else {
            Vec::new()
        };
        if missing.is_empty() && early.is_empty() {
            return self.pass(
                CheckKind::NcElements,
                t.nc_title,
                (t.nc_pass)(&covered_names),
            );
        }
        let status = if early.is_empty() {
            Status::Advice
        } else {
            Status::Warning
        };
        let summary = if missing.is_empty() {
            (t.nc_pass)(&covered_names)
        } else {
            let missing_names = (t.and_list)(&vocab.names(List::NcElements, &missing, self.lang));
            (t.nc_missing)(&covered_names, &missing_names)
        };
        let mut c = self.check(CheckKind::NcElements, t.nc_title, status, summary);
        c.details = early
            .iter()
            .map(|l| (t.nc_grade_6)(&self.quoted(l)))
            .collect();
        if !missing.is_empty() {
            let lessons = self.suggest(
                |l| {
                    l.audience == Audience::Students
                        && l.nc_elements.iter().any(|e| missing.contains(e))
                },
                |l| l.nc_elements.iter().filter(|e| missing.contains(e)).count(),
            );
            c.fixes.push(self.fix_with(&lessons, t.nc_fix));
            add_actions(&mut c, &lessons);
        }
        c
    }

    fn letter(&self) -> Check {
        let t = self.t;
        if !self.plan.organization.trim().is_empty() {
            return self.pass(CheckKind::Letter, t.letter_title, t.letter_pass.into());
        }
        let mut c = self.check(
            CheckKind::Letter,
            t.letter_title,
            Status::Warning,
            t.letter_fail.into(),
        );
        c.fixes.push(t.letter_fix.into());
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::PacketLang;
    use crate::test_support::library;

    fn plan(grade: u8, lessons: &[&str]) -> Plan {
        let mut p = Plan::new("p".into(), "Test".into(), 0);
        p.grade = grade;
        for l in lessons {
            p.add(l);
        }
        for (i, c) in p.contacts.iter_mut().enumerate() {
            c.name = format!("Contact {i}");
            c.phone = "555-0100".into();
        }
        p
    }

    /// A seventh-grade plan of one lesson, in a library where that lesson is about sex
    /// trafficking only: the plan lacks labor trafficking.
    fn without_labor() -> (Library, Plan) {
        let mut lib = library();
        let l = lib
            .lessons
            .iter_mut()
            .find(|l| l.id == "online-safety-6-8")
            .unwrap();
        l.forms = vec![Form::Sex];
        (lib, plan(7, &["online-safety-6-8"]))
    }

    fn get(plan: &Plan, lib: &Library, kind: CheckKind, lang: Lang) -> Check {
        run(plan, lib, lang)
            .into_iter()
            .find(|c| c.kind == kind)
            .unwrap()
    }

    fn en(plan: &Plan, lib: &Library, kind: CheckKind) -> Check {
        get(plan, lib, kind, Lang::En)
    }

    const HIGH_SCHOOL: [&str; 6] = [
        "what-is-trafficking-9-12",
        "recruitment-tactics-9-12",
        "fraudulent-job-offers-9-12",
        "labor-trafficking-industries-9-12",
        "community-supports-9-12",
        "consent-and-dating-violence-9-12",
    ];

    #[test]
    fn a_well_rounded_plan_passes_every_check() {
        let lib = library();
        let mut p = plan(10, &HIGH_SCHOOL);
        p.organization = "Hope Center".into();
        // Room for the pre- and post-test in the first and last sessions.
        p.first_mut().period_minutes = 60;
        for lang in Lang::ALL {
            for c in run(&p, &lib, lang) {
                assert_eq!(c.status, Status::Pass, "{c:?}");
                assert!(c.fixes.is_empty(), "{c:?}");
                assert!(!c.summary.is_empty());
            }
        }
        assert_eq!(
            en(&p, &lib, CheckKind::Adaptation).light,
            Some(Light::Green)
        );
    }

    #[test]
    fn one_individual_lesson_trips_levels_recruitment_dosage_and_contacts() {
        let lib = library();
        let mut p = plan(8, &["first-jobs-red-flags-6-8"]);
        p.contacts.iter_mut().for_each(|c| c.phone.clear());

        let levels = en(&p, &lib, CheckKind::Levels);
        assert_eq!(levels.status, Status::Advice);
        assert_eq!(
            levels.summary,
            "The plan works on the Individual level, but no session reaches Relationship, \
             Community or Society. Prevention is more effective when it acts on every level at once."
        );
        // Suggests middle-school lessons that add other levels.
        assert!(levels.fixes[0].starts_with("Add a lesson at another level, such as “"));
        assert!(!levels.fixes[0].contains("Debt"), "{}", levels.fixes[0]);

        let recruit = en(&p, &lib, CheckKind::Recruitment);
        assert_eq!(recruit.status, Status::Advice);
        assert!(recruit.summary.contains("recruitment tactics"));
        assert!(!recruit.summary.contains("fraudulent job offer"));

        let dosage = en(&p, &lib, CheckKind::Dosage);
        assert_eq!(dosage.status, Status::Advice);
        let (pre, post) = crate::assessment::plan_minutes(&p, &lib);
        let tests = pre + post;
        assert!(
            dosage.summary.starts_with(&format!(
                "1 session, {} minutes in all ({tests} for the tests): below your goal of 4",
                45 + tests
            )),
            "{}",
            dosage.summary
        );
        assert!(dosage.fixes[0].starts_with("Add 3 more lessons, such as"));

        let contacts = en(&p, &lib, CheckKind::Contacts);
        assert_eq!(contacts.status, Status::Advice);
        assert!(contacts
            .summary
            .contains("School counselor and Local rape crisis center"));

        // Labor trafficking and help-seeking are there.
        assert_eq!(en(&p, &lib, CheckKind::Labor).status, Status::Pass);
        assert_eq!(en(&p, &lib, CheckKind::HelpSeeking).status, Status::Pass);

        // Fixing them one by one clears each.
        p.add("healthy-relationships-6-8");
        let levels = en(&p, &lib, CheckKind::Levels);
        assert_eq!(
            levels.status,
            Status::Advice,
            "a level with 0 sessions is not covered"
        );
        assert!(
            !levels.summary.contains("reaches Relationship"),
            "{}",
            levels.summary
        );
        assert_eq!(en(&p, &lib, CheckKind::Recruitment).status, Status::Pass);
        p.contacts
            .iter_mut()
            .for_each(|c| c.phone = "555-0100".into());
        assert_eq!(en(&p, &lib, CheckKind::Contacts).status, Status::Pass);
        p.min_sessions = 2;
        assert_eq!(en(&p, &lib, CheckKind::Dosage).status, Status::Pass);

        // And in Spanish.
        p.min_sessions = 5;
        let es = get(&p, &lib, CheckKind::Dosage, Lang::Es);
        let (pre, post) = crate::assessment::plan_minutes(&p, &lib);
        let tests = pre + post;
        assert!(
            es.summary.starts_with(&format!(
                "2 sesiones, {} minutos en total ({tests} para las pruebas): menos que su meta de 5",
                90 + tests
            )),
            "{}",
            es.summary
        );
        assert!(es.fixes[0].starts_with("Añada 3 lecciones más, como «"));
    }

    #[test]
    fn a_plan_without_labor_trafficking_gets_a_labor_lesson_for_its_grades() {
        let (lib, p) = without_labor();
        let c = en(&p, &lib, CheckKind::Labor);
        assert_eq!(c.status, Status::Warning);
        assert!(c.summary.contains("every presentation"));
        assert_eq!(
            c.fixes,
            [
                "Add a labor trafficking lesson such as “Work in Our Community: Where Labor \
              Trafficking Hides” or “Know Your Rights at Work”."
            ]
        );
        let es = get(&p, &lib, CheckKind::Labor, Lang::Es);
        assert!(es.fixes[0].starts_with(
            "Añada una lección sobre trata laboral, como «El trabajo en nuestra comunidad"
        ));
    }

    #[test]
    fn help_seeking_is_needed() {
        let lib = library();
        let p = plan(10, &["recruitment-tactics-9-12", "debt-bondage-9-12"]);
        let c = en(&p, &lib, CheckKind::HelpSeeking);
        assert_eq!(c.status, Status::Warning);
        assert!(c.fixes[0].starts_with("Add a help-seeking lesson such as “"));
        let p = plan(10, &["recruitment-tactics-9-12", "community-supports-9-12"]);
        assert_eq!(en(&p, &lib, CheckKind::HelpSeeking).status, Status::Pass);
    }

    #[test]
    fn lessons_for_other_grades_and_longer_than_the_period_are_flagged() {
        let lib = library();
        let mut p = plan(7, &["debt-bondage-9-12", "trusted-adults-6-8"]);
        // No test questions: only the lessons' own length counts here.
        p.test_items = Some(Vec::new());
        let band = en(&p, &lib, CheckKind::GradeBand);
        assert_eq!(band.status, Status::Warning);
        assert!(band.summary.contains("(Grades 6–8)"));
        assert_eq!(band.details, ["“When a Debt Becomes a Trap”"]);
        assert!(band.fixes[0].starts_with(
            "Replace “When a Debt Becomes a Trap” with a lesson for these grades, such as “"
        ));
        p.grade = 10;
        let band = en(&p, &lib, CheckKind::GradeBand);
        assert_eq!(band.details, ["“Trusted Adults and Asking for Help”"]);

        p.first_mut().period_minutes = 45;
        let length = en(&p, &lib, CheckKind::Length);
        assert_eq!(length.status, Status::Warning);
        assert_eq!(length.details, ["“When a Debt Becomes a Trap”"]);
        assert_eq!(
            length.fixes,
            ["Split “When a Debt Becomes a Trap”: 2 sessions fit the period."]
        );
        // The same lesson taught twice: named, and its fix given, once.
        p.add("debt-bondage-9-12");
        let length = en(&p, &lib, CheckKind::Length);
        assert_eq!(length.details, ["“When a Debt Becomes a Trap”"]);
        assert_eq!(length.fixes.len(), 1, "{length:?}");
        p.items.pop();
        p.items[0].split = true;
        assert_eq!(en(&p, &lib, CheckKind::Length).status, Status::Pass);
    }

    #[test]
    fn the_tests_minutes_count_in_the_first_and_last_sessions() {
        let lib = library();
        let mut p = plan(10, &HIGH_SCHOOL);
        p.first_mut().period_minutes = 55;
        let (pre, post) = crate::assessment::plan_minutes(&p, &lib);
        assert!(pre > 5 && post == pre, "{pre} {post}");
        let length = en(&p, &lib, CheckKind::Length);
        assert_eq!(length.status, Status::Warning, "{length:?}");
        let total = 50 + pre;
        assert_eq!(
            length.details,
            [
                format!("Session 1 runs {total} minutes with its test, in a 55-minute period."),
                format!("Session 6 runs {total} minutes with its test, in a 55-minute period."),
            ]
        );
        // The same advice serves both sessions: it is given once, in each language.
        for lang in Lang::ALL {
            let fix = packet_strings(lang).print.length_tests_fix;
            let check = get(&p, &lib, CheckKind::Length, lang);
            assert_eq!(
                check.fixes.iter().filter(|f| *f == fix).count(),
                1,
                "{check:?}"
            );
        }
        assert!(get(&p, &lib, CheckKind::Length, Lang::Es).details[0].starts_with("La sesión 1"));
        // Without a post-test, only the first session carries one.
        p.post_test = false;
        assert_eq!(en(&p, &lib, CheckKind::Length).details.len(), 1);
        // Fewer questions fit.
        p.test_items = Some(vec![crate::plan::TestItem {
            lesson: HIGH_SCHOOL[0].into(),
            item: 0,
        }]);
        assert_eq!(en(&p, &lib, CheckKind::Length).status, Status::Pass);
    }

    /// The cover and the dosage check report one class time: the lessons without their
    /// skipped steps, and the tests' minutes on top, said apart.
    #[test]
    fn the_cover_and_the_dosage_check_count_the_same_minutes() {
        let lib = library();
        let mut p = plan(10, &HIGH_SCHOOL);
        let step = lib.lesson(HIGH_SCHOOL[0]).unwrap().steps[1].minutes;
        p.items[0].skipped = vec![1];
        let (pre, post) = crate::assessment::plan_minutes(&p, &lib);
        assert!(pre > 0 && post > 0);
        let lessons: u32 = HIGH_SCHOOL
            .iter()
            .map(|id| u32::from(lib.lesson(id).unwrap().minutes))
            .sum::<u32>()
            - u32::from(step);
        let time = class_time(&sessions(&p, &lib));
        assert_eq!(
            time,
            crate::schedule::ClassTime {
                lessons,
                tests: pre + post
            }
        );
        for lang in [Lang::En, Lang::Es] {
            p.packet_lang = PacketLang::Both;
            let cover =
                crate::packet::assemble(&p, &lib, &crate::packet::Options::for_plan(&p, lang))
                    .into_iter()
                    .find(|page| page.section == crate::packet::Section::Cover && page.lang == lang)
                    .unwrap();
            let sessions_fact = cover
                .blocks
                .iter()
                .find_map(|b| match b {
                    crate::packet::Block::Facts(f) => f.last().cloned(),
                    _ => None,
                })
                .unwrap();
            let dosage = get(&p, &lib, CheckKind::Dosage, lang);
            assert!(
                dosage.summary.starts_with(&sessions_fact.value),
                "{lang:?}: cover {:?}, dosage {:?}",
                sessions_fact.value,
                dosage.summary
            );
            assert!(sessions_fact.value.contains(&time.total().to_string()));
            assert!(sessions_fact.value.contains(&format!("({} ", pre + post)));
        }
        // Without tests, the minutes are the lessons' alone and no tests are named.
        p.pre_test = false;
        p.post_test = false;
        let summary = en(&p, &lib, CheckKind::Dosage).summary;
        assert!(
            summary.starts_with(&format!("6 sessions, {lessons} minutes in all: this meets")),
            "{summary}"
        );
    }

    #[test]
    fn methods_count_only_the_steps_taught() {
        let lib = library();
        // media-and-norms-9-12: reflection, mini-lesson, discussion, mini-lesson, media, writing.
        let mut p = plan(10, &["media-and-norms-9-12"]);
        assert_eq!(en(&p, &lib, CheckKind::Methods).status, Status::Pass);
        for s in [0, 4, 5] {
            p.toggle_skip(0, s);
        }
        let c = en(&p, &lib, CheckKind::Methods);
        assert_eq!(c.status, Status::Advice);
        assert!(
            c.summary.starts_with(
                "The steps you teach use 2 kinds of activity (discussion and mini-lesson)."
            ),
            "{}",
            c.summary
        );
        assert!(c.fixes[0].contains("such as “"));
        p.toggle_skip(0, 5);
        assert_eq!(en(&p, &lib, CheckKind::Methods).status, Status::Pass);
    }

    #[test]
    fn outcome_evaluation_needs_both_tests() {
        let lib = library();
        let mut p = plan(10, &HIGH_SCHOOL);
        p.post_test = false;
        let c = en(&p, &lib, CheckKind::Evaluation);
        assert_eq!(c.status, Status::Advice);
        assert!(c.fixes[0].contains("Post-test after the last session"));
        p.post_test = true;
        assert_eq!(en(&p, &lib, CheckKind::Evaluation).status, Status::Pass);
    }

    #[test]
    fn a_lesson_missing_spanish_text_fails_a_spanish_or_bilingual_packet() {
        let mut lib = library();
        let p0 = plan(10, &HIGH_SCHOOL);
        for lang in PacketLang::ALL {
            let mut p = p0.clone();
            p.packet_lang = lang;
            assert_eq!(en(&p, &lib, CheckKind::PacketLanguage).status, Status::Pass);
        }
        let l = lib
            .lessons
            .iter_mut()
            .find(|l| l.id == HIGH_SCHOOL[1])
            .unwrap();
        l.steps[2].instructions.es.clear();
        assert!(!lesson_complete_in(l, Lang::Es) && lesson_complete_in(l, Lang::En));
        let mut p = p0.clone();
        assert_eq!(en(&p, &lib, CheckKind::PacketLanguage).status, Status::Pass);
        for lang in [PacketLang::Es, PacketLang::Both] {
            p.packet_lang = lang;
            let c = en(&p, &lib, CheckKind::PacketLanguage);
            assert_eq!(c.status, Status::Warning);
            assert_eq!(c.details, ["“How Recruitment Works”"]);
            assert_eq!(
                c.fixes,
                ["Remove “How Recruitment Works”, or print the packet in English."]
            );
        }
        // Missing in English too, it can only be finished or removed.
        let l = lib
            .lessons
            .iter_mut()
            .find(|l| l.id == HIGH_SCHOOL[1])
            .unwrap();
        l.steps[2].instructions.en.clear();
        for lang in PacketLang::ALL {
            p.packet_lang = lang;
            let c = en(&p, &lib, CheckKind::PacketLanguage);
            assert_eq!(
                c.fixes,
                ["Finish “How Recruitment Works” in the lesson editor, or remove it from the plan."]
            );
        }
    }

    #[test]
    fn a_draft_of_ones_own_is_named_once_and_absent_otherwise() {
        let mut lib = library();
        let mut p = plan(10, &HIGH_SCHOOL);
        let kinds = |p: &Plan, lib: &Library| -> Vec<CheckKind> {
            run(p, lib, Lang::En).into_iter().map(|c| c.kind).collect()
        };
        assert!(!kinds(&p, &lib).contains(&CheckKind::Drafts));
        lib.lessons
            .iter_mut()
            .find(|l| l.id == HIGH_SCHOOL[1])
            .unwrap()
            .draft = true;
        // The same lesson twice in the plan is named once.
        let again = p.items[1].clone();
        p.items.push(again);
        let c = en(&p, &lib, CheckKind::Drafts);
        assert_eq!(c.status, Status::Warning);
        assert_eq!(c.details, ["“How Recruitment Works”"]);
        assert_eq!(
            c.fixes,
            ["Finish “How Recruitment Works” in the lesson editor, or remove it from the plan."]
        );
        let es = run(&p, &lib, Lang::Es)
            .into_iter()
            .find(|c| c.kind == CheckKind::Drafts)
            .unwrap();
        assert_eq!(es.title, "Lecciones en borrador");
        assert!(es.fixes[0].starts_with("Termine «"), "{:?}", es.fixes);
    }

    #[test]
    fn adaptations_are_graded_green_yellow_red() {
        let lib = library();
        let id = "first-jobs-red-flags-6-8";
        let lesson = lib.lesson(id).unwrap();
        let optional = lesson.steps.iter().position(|s| s.optional).unwrap();
        let skill = lesson
            .steps
            .iter()
            .position(|s| s.method == Method::SkillPractice)
            .unwrap();
        let core = lesson
            .steps
            .iter()
            .position(|s| !s.optional && s.method != Method::SkillPractice)
            .unwrap();
        let mut p = plan(8, &[id]);
        assert_eq!(
            en(&p, &lib, CheckKind::Adaptation).light,
            Some(Light::Green)
        );

        p.toggle_skip(0, optional);
        let c = en(&p, &lib, CheckKind::Adaptation);
        assert_eq!((c.status, c.light), (Status::Advice, Some(Light::Yellow)));
        assert!(c.details[0].contains("optional step"));
        assert!(c.fixes.is_empty());

        p.toggle_skip(0, skill);
        let c = en(&p, &lib, CheckKind::Adaptation);
        assert_eq!((c.status, c.light), (Status::Warning, Some(Light::Red)));
        assert!(c.fixes.contains(&"Keep step “Buying time and looping in” in “Too Good to Be True? First Jobs and Side Gigs”.".to_string()), "{:?}", c.fixes);

        p.toggle_skip(0, skill);
        p.toggle_skip(0, core);
        let c = en(&p, &lib, CheckKind::Adaptation);
        assert_eq!(c.light, Some(Light::Red));
        assert!(c.details.iter().any(|d| d.contains("core step")));

        // Cutting below the minimum is red even with optional steps only... here by core steps.
        let mut p = plan(8, &[id]);
        for s in 0..lesson.steps.len() - 1 {
            if !p.items[0].skipped.contains(&s) && s != skill {
                p.toggle_skip(0, s);
            }
        }
        let c = en(&p, &lib, CheckKind::Adaptation);
        assert!(
            c.details
                .iter()
                .any(|d| d.contains("below its minimum of 35 minutes")),
            "{:?}",
            c.details
        );
        assert!(c.fixes.iter().any(|f| f.starts_with("Restore steps in")));
        let es = get(&p, &lib, CheckKind::Adaptation, Lang::Es);
        assert!(es.summary.starts_with("Rojo"));
    }

    #[test]
    fn notes_are_checked_against_the_language_guide() {
        let lib = library();
        let mut p = plan(10, &HIGH_SCHOOL);
        p.notes = "Open with a slide on modern slavery.".into();
        p.items[2].notes = "Hablar de la esclavitud moderna y de un pimple.".into();
        let c = en(&p, &lib, CheckKind::Wording);
        assert_eq!(c.status, Status::Advice);
        assert!(c.summary.contains("2 phrases"));
        assert_eq!(
            c.details,
            [
                "Plan notes: “modern slavery”",
                "Notes for “Spotting a Fraudulent Job Offer”: “esclavitud moderna”"
            ]
        );
        let es = get(&p, &lib, CheckKind::Wording, Lang::Es);
        assert_eq!(es.details[0], "Notas del plan: «modern slavery»");
        p.notes = "Open with a slide on labor trafficking.".into();
        p.items[2].notes.clear();
        assert_eq!(en(&p, &lib, CheckKind::Wording).status, Status::Pass);
    }

    #[test]
    fn an_empty_plan_has_nothing_to_check_yet_rather_than_looking_good() {
        let lib = library();
        let p = plan(8, &[]);
        assert_eq!(en(&p, &lib, CheckKind::Levels).summary, EN_LEVELS_NONE);
        for kind in [
            CheckKind::GradeBand,
            CheckKind::Length,
            CheckKind::Adaptation,
        ] {
            let c = en(&p, &lib, kind);
            assert_eq!(c.status, Status::Pending, "{c:?}");
            assert_eq!(c.summary, "Add lessons to the plan and this is checked.");
        }
    }

    #[test]
    fn the_nc_elements_check_names_what_is_missing_and_grade_6_content() {
        let lib = library();
        let mut p = plan(8, &["know-your-rights-at-work"]);
        let c = en(&p, &lib, CheckKind::NcElements);
        assert_eq!(c.status, Status::Advice);
        assert!(
            c.summary.contains("Not yet: (a)(12) Healthy relationships"),
            "{}",
            c.summary
        );
        assert!(c.fixes[0].starts_with("Add a lesson that teaches them, such as “"));
        // Adult sessions teach adults: they do not count for the students' series.
        p.add("families-and-caregivers");
        assert_eq!(en(&p, &lib, CheckKind::NcElements).summary, c.summary);
        // Grade 6 with sex-trafficking content: a warning naming the lesson.
        let mut p = plan(6, &["what-is-trafficking-6-8"]);
        let c = en(&p, &lib, CheckKind::NcElements);
        assert_eq!(c.status, Status::Warning);
        assert_eq!(
            c.details,
            ["“What Is Human Trafficking?” teaches sex-trafficking prevention, which the statute \
              places from grade 7: in grade 6, use it only with the district's approval."]
        );
        p.grade = 7;
        assert_eq!(
            en(&p, &lib, CheckKind::NcElements).details,
            Vec::<String>::new()
        );
        let es = get(&p, &lib, CheckKind::NcElements, Lang::Es);
        assert!(es.summary.starts_with("La serie enseña"), "{}", es.summary);
    }

    #[test]
    fn a_blank_organization_is_a_check_for_the_letter() {
        let lib = library();
        let mut p = plan(8, &["first-jobs-red-flags-6-8"]);
        assert_eq!(en(&p, &lib, CheckKind::Letter).status, Status::Warning);
        p.organization = "  ".into();
        assert_eq!(en(&p, &lib, CheckKind::Letter).status, Status::Warning);
        p.organization = "Hope Center".into();
        assert_eq!(en(&p, &lib, CheckKind::Letter).status, Status::Pass);
    }

    const EN_LEVELS_NONE: &str = crate::i18n::checks::EN.levels_none;

    #[test]
    fn suggestions_that_name_lessons_carry_them_as_add_or_swap_actions() {
        let (lib, p) = without_labor();
        let labor = en(&p, &lib, CheckKind::Labor);
        let added: Vec<&str> = labor
            .actions
            .iter()
            .map(|a| match a {
                FixAction::Add { lesson } => lesson.as_str(),
                FixAction::Swap { .. } => panic!("the labor check adds"),
            })
            .collect();
        assert_eq!(added.len(), 2);
        for id in &added {
            let title = lib.lesson(id).unwrap().title.en.as_str();
            assert!(labor.fixes[0].contains(title), "{title} named in the fix");
        }
        // A middle-school lesson in a grade 10 plan: swap it, its counterpart first.
        let p = plan(
            10,
            &["healthy-relationships-6-8", "what-is-trafficking-6-8"],
        );
        let band = en(&p, &lib, CheckKind::GradeBand);
        assert_eq!(
            band.actions[0],
            FixAction::Swap {
                item: 1,
                from: "what-is-trafficking-6-8".into(),
                lesson: "what-is-trafficking-9-12".into(),
            }
        );
        assert!(band.fixes[0].contains("Understanding Human Trafficking"));
        // A passing check offers nothing.
        let p = plan(10, &HIGH_SCHOOL);
        assert!(en(&p, &lib, CheckKind::Labor).actions.is_empty());
    }
}
