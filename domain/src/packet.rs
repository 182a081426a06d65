//! The printed packet: which pieces a plan's packet holds, in which order and language, with
//! every text resolved, so the print view only lays it out.
//!
//! A packet is a list of [`Page`]s; each starts on a new sheet of paper and is written in one
//! language for one audience (facilitator, student or family). A bilingual packet prints each
//! piece in English and then the same piece in Spanish.

use crate::curriculum::{self, Document, Lesson, Library, Light, List};
use crate::i18n::packet::PacketStrings;
use crate::i18n::{long_date, short_date, strings};
use crate::lang::Lang;
use crate::plan::{Contact, ContactKind, PacketLang, Plan, PlanItem};
use crate::schedule::{sessions, Session};
use chrono::NaiveDate;

/// A piece of the packet the preventionist can include or leave out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Cover,
    Scope,
    Lessons,
    Handouts,
    Tests,
    AnswerKey,
    ParentLetter,
    ResourceCard,
    FacilitatorGuide,
}

impl Section {
    /// Every section, in the order the packet prints them.
    pub const ALL: [Section; 9] = [
        Section::Cover,
        Section::Scope,
        Section::Lessons,
        Section::Handouts,
        Section::Tests,
        Section::AnswerKey,
        Section::ParentLetter,
        Section::ResourceCard,
        Section::FacilitatorGuide,
    ];

    /// A stable id, for form values and test hooks.
    pub fn id(self) -> &'static str {
        match self {
            Section::Cover => "cover",
            Section::Scope => "scope",
            Section::Lessons => "lessons",
            Section::Handouts => "handouts",
            Section::Tests => "tests",
            Section::AnswerKey => "answer-key",
            Section::ParentLetter => "parent-letter",
            Section::ResourceCard => "resource-card",
            Section::FacilitatorGuide => "facilitator-guide",
        }
    }

    /// The section's name in the checklist.
    pub fn name(self, t: &PacketStrings) -> &'static str {
        match self {
            Section::Cover => t.section_cover,
            Section::Scope => t.section_scope,
            Section::Lessons => t.section_lessons,
            Section::Handouts => t.section_handouts,
            Section::Tests => t.section_tests,
            Section::AnswerKey => t.section_answer_key,
            Section::ParentLetter => t.section_parent_letter,
            Section::ResourceCard => t.section_resource_card,
            Section::FacilitatorGuide => t.section_facilitator_guide,
        }
    }
}

/// Who a page is written for; student pages never carry facilitator notes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    Facilitator,
    Student,
    Family,
}

impl Audience {
    /// A stable id, for the page's `data-audience` (tests check student pages by it).
    pub fn id(self) -> &'static str {
        match self {
            Audience::Facilitator => "facilitator",
            Audience::Student => "student",
            Audience::Family => "family",
        }
    }
}

/// What to print: the language and the sections, chosen per print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    pub lang: PacketLang,
    pub sections: Vec<Section>,
}

impl Options {
    /// Everything, in the plan's packet language.
    pub fn for_plan(plan: &Plan) -> Options {
        Options {
            lang: plan.packet_lang,
            sections: Section::ALL.to_vec(),
        }
    }
}

/// A label and its value (cover facts, a lesson's timing).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

/// One timed procedure step as the facilitator reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepView {
    /// "0–10 min": when in the session it runs.
    pub time: String,
    pub title: String,
    pub method: String,
    pub instructions: String,
}

/// A multiple-choice question as students see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub prompt: String,
    pub choices: Vec<String>,
}

/// A piece of a page; the view renders each kind with one small component.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A heading inside the page.
    Heading(String),
    /// Paragraphs and "- " lists (see `prose::blocks`).
    Prose(String),
    List(Vec<String>),
    Facts(Vec<Fact>),
    Table {
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    Steps(Vec<StepView>),
    /// Numbered questions, lettered choices.
    Questions(Vec<Question>),
    /// Lines for a student to write their name and the date.
    NameLine {
        name: String,
        date: String,
    },
    /// The place the social-ecological rings go on the cover; the levels as ids.
    Rings(Vec<String>),
    /// Copies of a small card to cut out, each a title and headed sections.
    Cards {
        copies: usize,
        title: String,
        sections: Vec<(String, String)>,
    },
}

/// One piece of the packet, starting on a new sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    pub section: Section,
    pub lang: Lang,
    pub audience: Audience,
    /// A small label above the title ("Student handout").
    pub kicker: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

impl Page {
    /// Every text on the page, for tests and searching.
    pub fn text(&self) -> String {
        let mut out = vec![self.kicker.clone(), self.title.clone()];
        for b in &self.blocks {
            match b {
                Block::Heading(s) | Block::Prose(s) => out.push(s.clone()),
                Block::List(items) | Block::Rings(items) => out.extend(items.iter().cloned()),
                Block::Facts(facts) => {
                    for f in facts {
                        out.push(format!("{}: {}", f.label, f.value));
                    }
                }
                Block::Table { head, rows } => {
                    out.extend(head.iter().cloned());
                    out.extend(rows.iter().flatten().cloned());
                }
                Block::Steps(steps) => {
                    for s in steps {
                        out.extend([
                            s.time.clone(),
                            s.title.clone(),
                            s.method.clone(),
                            s.instructions.clone(),
                        ]);
                    }
                }
                Block::Questions(qs) => {
                    for q in qs {
                        out.push(q.prompt.clone());
                        out.extend(q.choices.iter().cloned());
                    }
                }
                Block::NameLine { name, date } => out.extend([name.clone(), date.clone()]),
                Block::Cards {
                    title, sections, ..
                } => {
                    out.push(title.clone());
                    for (h, b) in sections {
                        out.extend([h.clone(), b.clone()]);
                    }
                }
            }
        }
        out.join("\n")
    }
}

/// Copies of the resource card per sheet.
pub const CARDS_PER_PAGE: usize = 2;

/// The letter a choice is labelled with: a, b, c…
pub fn choice_letter(index: usize) -> char {
    (b'a' + (index % 26) as u8) as char
}

/// Replaces every `{key}` in `text` with its value; unknown placeholders stay as written.
pub fn fill(text: &str, values: &[(&str, String)]) -> String {
    let mut out = text.to_string();
    for (key, value) in values {
        out = out.replace(&format!("{{{key}}}"), value);
    }
    out
}

/// The plan's lessons in plan order, each once, skipping ids the library no longer has.
fn distinct_lessons<'a>(plan: &Plan, library: &'a Library) -> Vec<&'a Lesson> {
    let mut out: Vec<&Lesson> = Vec::new();
    for item in &plan.items {
        if let Some(lesson) = library.lesson(&item.lesson) {
            if !out.iter().any(|l| l.id == lesson.id) {
                out.push(lesson);
            }
        }
    }
    out
}

/// The plan's distinct lessons for students (not the sessions for families or staff), whose
/// assessment items make the pre- and post-test.
fn student_lessons<'a>(plan: &Plan, library: &'a Library) -> Vec<&'a Lesson> {
    distinct_lessons(plan, library)
        .into_iter()
        .filter(|l| l.audience == curriculum::Audience::Students)
        .collect()
}

/// Blank rows on a sign-in sheet: a class-sized group on one page.
const SIGN_IN_ROWS: usize = 18;

fn contact_lines(contacts: &[Contact], t: &PacketStrings) -> Vec<String> {
    contacts
        .iter()
        .filter(|c| c.is_filled())
        .map(|c| {
            let role = match c.kind {
                ContactKind::Counselor => t.counselor.to_string(),
                ContactKind::CrisisCenter => t.crisis_center.to_string(),
                ContactKind::Other if !c.label.trim().is_empty() => c.label.trim().to_string(),
                ContactKind::Other => t.other_contact.to_string(),
            };
            format!("{} ({role}): {}", c.name.trim(), c.phone.trim())
        })
        .collect()
}

fn as_list(lines: &[String]) -> String {
    lines
        .iter()
        .map(|l| format!("- {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// An objective ("Recognize warning signs.") as the end of "students learn to": "recognize
/// warning signs".
fn outcome(objective: &str) -> String {
    let text = objective.trim().trim_end_matches('.');
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The preventionist's text trimmed, or `None` when she left it blank.
fn filled(value: &str) -> Option<&str> {
    Some(value.trim()).filter(|v| !v.is_empty())
}

fn or(value: &str, fallback: &str) -> String {
    filled(value).unwrap_or(fallback).to_string()
}

/// Assembles everything the packet needs once, then writes each page per language.
struct Builder<'a> {
    plan: &'a Plan,
    library: &'a Library,
    sessions: Vec<Session>,
}

impl<'a> Builder<'a> {
    fn dates(&self) -> Option<(NaiveDate, NaiveDate)> {
        let first = self.sessions.first()?.date?;
        let last = self.sessions.last()?.date?;
        Some((first, last))
    }

    fn date_range(&self, lang: Lang) -> String {
        let t = strings(lang).packet;
        match self.dates() {
            Some((a, b)) => (t.date_range)(&long_date(a, lang), &long_date(b, lang)),
            None => t.dates_tbd.to_string(),
        }
    }

    fn levels(&self) -> Vec<String> {
        let mut levels: Vec<_> = distinct_lessons(self.plan, self.library)
            .iter()
            .flat_map(|l| l.levels.iter().copied())
            .collect();
        levels.sort();
        levels.dedup();
        levels.iter().map(|l| l.id().to_string()).collect()
    }

    fn page(&self, section: Section, lang: Lang, audience: Audience, kicker: &str) -> Page {
        Page {
            section,
            lang,
            audience,
            kicker: kicker.to_string(),
            title: String::new(),
            blocks: Vec::new(),
        }
    }

    fn cover(&self, lang: Lang, sections: &[Section]) -> Page {
        let ui = strings(lang);
        let t = ui.packet;
        let total: u32 = self.sessions.iter().map(|s| s.minutes).sum();
        let mut page = self.page(Section::Cover, lang, Audience::Facilitator, t.packet_title);
        page.title = self.plan.name.clone();
        let levels = self.levels();
        page.blocks = vec![
            Block::Prose(t.packet_subtitle.to_string()),
            Block::Facts(vec![
                Fact {
                    label: t.school.into(),
                    value: or(&self.plan.school, t.not_set),
                },
                Fact {
                    label: ui.grade.into(),
                    value: (ui.grade_n)(self.plan.grade),
                },
                Fact {
                    label: t.facilitators.into(),
                    value: or(&self.plan.facilitators, t.not_set),
                },
                Fact {
                    label: t.dates.into(),
                    value: self.date_range(lang),
                },
                Fact {
                    label: t.sessions.into(),
                    value: (t.sessions_total)(self.sessions.len(), total),
                },
            ]),
            Block::Rings(levels.clone()),
            Block::Heading(t.levels_covered.into()),
            Block::List(self.library.vocabulary.names(List::Levels, &levels, lang)),
            Block::Heading(t.in_this_packet.into()),
            Block::List(
                Section::ALL
                    .iter()
                    .filter(|s| **s != Section::Cover && sections.contains(s))
                    .map(|s| s.name(t).to_string())
                    .collect(),
            ),
        ];
        page
    }

    fn scope(&self, lang: Lang) -> Page {
        let ui = strings(lang);
        let t = ui.packet;
        let mut page = self.page(Section::Scope, lang, Audience::Facilitator, &self.plan.name);
        page.title = t.scope_title.into();
        let rows = self
            .sessions
            .iter()
            .map(|s| {
                let item = &self.plan.items[s.item];
                let date = s.date.map(|d| short_date(d, lang)).unwrap_or_default();
                let part = if s.parts > 1 {
                    format!(" ({})", (ui.part_of)(s.part, s.parts))
                } else {
                    String::new()
                };
                let Some(lesson) = self.library.lesson(&item.lesson) else {
                    return vec![
                        s.number.to_string(),
                        date,
                        format!("{} ({})", item.lesson, t.missing_lesson),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                    ];
                };
                let mut factors =
                    self.library
                        .vocabulary
                        .names(List::RiskFactors, &lesson.risk_factors, lang);
                factors.extend(self.library.vocabulary.names(
                    List::ProtectiveFactors,
                    &lesson.protective_factors,
                    lang,
                ));
                vec![
                    s.number.to_string(),
                    date,
                    format!("{}{part}", lesson.title.get(lang)),
                    s.minutes.to_string(),
                    self.library
                        .vocabulary
                        .names(List::Levels, &lesson.levels, lang)
                        .join(", "),
                    factors.join(", "),
                    self.library
                        .vocabulary
                        .names(List::Forms, &lesson.forms, lang)
                        .join(", "),
                    self.library
                        .vocabulary
                        .names(List::NcElements, &lesson.nc_elements, lang)
                        .join(", "),
                ]
            })
            .collect();
        page.blocks = vec![Block::Table {
            head: vec![
                t.col_session.into(),
                t.col_date.into(),
                t.col_lesson.into(),
                t.col_minutes.into(),
                t.col_levels.into(),
                t.col_factors.into(),
                t.col_forms.into(),
                t.col_nc.into(),
            ],
            rows,
        }];
        let (_, missing) = crate::coverage::nc_elements(self.plan, self.library);
        if !missing.is_empty() {
            let names = self
                .library
                .vocabulary
                .names(List::NcElements, &missing, lang);
            page.blocks
                .push(Block::Prose((t.nc_not_covered)(&names.join("; "))));
        }
        page
    }

    fn lesson_plan(&self, index: usize, item: &PlanItem, lesson: &Lesson, lang: Lang) -> Page {
        let ui = strings(lang);
        let t = ui.packet;
        let vocab = &self.library.vocabulary;
        let own: Vec<&Session> = self.sessions.iter().filter(|s| s.item == index).collect();
        let session_label = |s: &Session| {
            let mut label = (ui.session_n)(s.number);
            if s.parts > 1 {
                label = format!("{label} ({})", (ui.part_of)(s.part, s.parts));
            }
            if let Some(d) = s.date {
                label = format!("{label}: {}", long_date(d, lang));
            }
            label
        };
        let kicker = match own.first() {
            Some(s) => format!("{} · {}", t.lesson_plan_kicker, (ui.session_n)(s.number)),
            None => t.lesson_plan_kicker.to_string(),
        };
        let mut page = self.page(Section::Lessons, lang, Audience::Facilitator, &kicker);
        page.title = lesson.title.get(lang).to_string();
        let texts = |list: &[crate::Text]| -> Vec<String> {
            list.iter().map(|x| x.get(lang).to_string()).collect()
        };
        let mut facts: Vec<Fact> = own
            .iter()
            .map(|s| Fact {
                label: session_label(s),
                value: format!("{} {}", s.minutes, ui.min),
            })
            .collect();
        if facts.is_empty() {
            facts.push(Fact {
                label: t.minutes_label.into(),
                value: format!("{} {}", item.minutes(lesson), ui.min),
            });
        }
        let mut blocks = vec![
            Block::Facts(facts),
            Block::Prose(lesson.summary.get(lang).to_string()),
        ];
        let mut list = |title: &str, items: Vec<String>| {
            if !items.is_empty() {
                blocks.push(Block::Heading(title.to_string()));
                blocks.push(Block::List(items));
            }
        };
        list(t.objectives, texts(&lesson.objectives));
        list(ui.materials, texts(&lesson.materials));
        list(ui.preparation, texts(&lesson.preparation));
        if !item.notes.trim().is_empty() {
            blocks.push(Block::Heading(t.class_notes.into()));
            blocks.push(Block::Prose(item.notes.trim().to_string()));
        }
        blocks.push(Block::Heading(ui.procedure.into()));
        let parts = item.parts(lesson, self.plan.period_minutes);
        for (p, steps) in parts.iter().enumerate() {
            if parts.len() > 1 {
                let label = own
                    .get(p)
                    .map(|s| session_label(s))
                    .unwrap_or_else(|| (ui.part_of)(p + 1, parts.len()));
                blocks.push(Block::Heading(label));
            }
            let mut at = 0u32;
            let views = steps
                .iter()
                .map(|&i| {
                    let step = &lesson.steps[i];
                    let end = at + u32::from(step.minutes);
                    let view = StepView {
                        time: format!("{at}–{end} {}", ui.min),
                        title: step.title.get(lang).to_string(),
                        method: vocab
                            .name(List::Methods, step.method.id(), lang)
                            .to_string(),
                        instructions: step.instructions.get(lang).to_string(),
                    };
                    at = end;
                    view
                })
                .collect();
            blocks.push(Block::Steps(views));
        }
        let discussion = texts(&lesson.discussion);
        if !discussion.is_empty() {
            blocks.push(Block::Heading(t.discussion.into()));
            blocks.push(Block::List(discussion));
        }
        blocks.push(Block::Heading(ui.safety.into()));
        blocks.push(Block::Prose(lesson.safety.get(lang).to_string()));
        blocks.push(Block::Heading(t.referral_contacts.into()));
        let mut contacts = contact_lines(&self.plan.contacts, t);
        if contacts.is_empty() {
            contacts.push(t.no_contacts.into());
        }
        contacts.push(t.hotline_line.into());
        blocks.push(Block::List(contacts));
        if !lesson.adaptations.is_empty() {
            blocks.push(Block::Heading(ui.adaptations.into()));
            blocks.push(Block::List(
                lesson
                    .adaptations
                    .iter()
                    .map(|a| {
                        let light = match a.light {
                            Light::Green => t.light_green,
                            Light::Yellow => t.light_yellow,
                            Light::Red => t.light_red,
                        };
                        format!("{light}: {}", a.text.get(lang))
                    })
                    .collect(),
            ));
        }
        page.blocks = blocks;
        page
    }

    fn name_line(t: &PacketStrings) -> Block {
        Block::NameLine {
            name: t.name_line.into(),
            date: t.date_line.into(),
        }
    }

    fn handout(&self, lesson: &Lesson, h: usize, lang: Lang) -> Page {
        let t = strings(lang).packet;
        let handout = &lesson.handouts[h];
        // Adult sessions hand out to adults: no student name line, and their own label.
        let (who, audience) = match lesson.audience {
            curriculum::Audience::Students => (t.handout_kicker, Audience::Student),
            curriculum::Audience::Families => (t.handout_kicker_families, Audience::Family),
            curriculum::Audience::Staff => (t.handout_kicker_staff, Audience::Facilitator),
        };
        let kicker = format!("{who} · {}", lesson.title.get(lang));
        let mut page = self.page(Section::Handouts, lang, audience, &kicker);
        page.title = handout.title.get(lang).to_string();
        if audience == Audience::Student {
            page.blocks.push(Self::name_line(t));
        }
        page.blocks
            .push(Block::Prose(handout.body.get(lang).to_string()));
        page
    }

    /// The attendance sheet of a session for adults, which programs keep as a record of
    /// delivery.
    fn sign_in(&self, lesson: &Lesson, lang: Lang) -> Page {
        let t = strings(lang).packet;
        let kicker = format!("{} · {}", t.sign_in, lesson.title.get(lang));
        let mut page = self.page(Section::Handouts, lang, Audience::Facilitator, &kicker);
        page.title = t.sign_in.to_string();
        let school = filled(&self.plan.school).unwrap_or("______________________________");
        page.blocks = vec![
            Block::Prose((t.sign_in_record)(lesson.title.get(lang), school)),
            Block::Table {
                head: t.sign_in_cols.iter().map(|c| c.to_string()).collect(),
                rows: vec![vec![String::new(); 3]; SIGN_IN_ROWS],
            },
        ];
        page
    }

    /// The students' pre- and post-test: items of the student lessons only.
    fn questions(&self, lang: Lang) -> Vec<Question> {
        student_lessons(self.plan, self.library)
            .iter()
            .flat_map(|l| &l.assessment)
            .map(|a| Question {
                prompt: a.prompt.get(lang).to_string(),
                choices: a.choices.iter().map(|c| c.get(lang).to_string()).collect(),
            })
            .collect()
    }

    fn test(&self, title: &str, lang: Lang) -> Page {
        let t = strings(lang).packet;
        let mut page = self.page(Section::Tests, lang, Audience::Student, t.test_kicker);
        page.title = title.to_string();
        page.blocks = vec![
            Self::name_line(t),
            Block::Prose(t.test_instructions.into()),
            Block::Questions(self.questions(lang)),
        ];
        page
    }

    fn answer_key(&self, lang: Lang) -> Page {
        let t = strings(lang).packet;
        let mut page = self.page(
            Section::AnswerKey,
            lang,
            Audience::Facilitator,
            t.section_tests,
        );
        page.title = t.answer_key.into();
        let rows = student_lessons(self.plan, self.library)
            .iter()
            .flat_map(|l| &l.assessment)
            .enumerate()
            .map(|(n, a)| {
                let answer = a
                    .choices
                    .get(a.answer)
                    .map(|c| format!("{}) {}", choice_letter(a.answer), c.get(lang)))
                    .unwrap_or_default();
                vec![
                    (n + 1).to_string(),
                    answer,
                    a.explanation.get(lang).to_string(),
                ]
            })
            .collect();
        page.blocks = vec![
            Block::Prose(t.answer_key_intro.into()),
            Block::Table {
                head: vec![t.col_number.into(), t.col_answer.into(), t.col_why.into()],
                rows,
            },
        ];
        page
    }

    /// The values of the parent letter's and resource card's `{placeholders}`.
    fn values(&self, lang: Lang) -> Vec<(&'static str, String)> {
        let t = strings(lang).packet;
        let lessons = distinct_lessons(self.plan, self.library);
        let topics: Vec<String> = lessons
            .iter()
            .map(|l| l.title.get(lang).to_string())
            .collect();
        // What families read students will learn: each chosen lesson's first objective, as the
        // end of "students learn to: …".
        let outcomes: Vec<String> = lessons
            .iter()
            .filter_map(|l| l.objectives.first())
            .map(|o| outcome(o.get(lang)))
            .collect();
        let mut contacts = contact_lines(&self.plan.contacts, t);
        if contacts.is_empty() {
            contacts.push(t.no_contacts.into());
        }
        let people = filled(&self.plan.facilitators);
        let org = filled(&self.plan.organization);
        let school = filled(&self.plan.school).unwrap_or(t.letter_school_fallback);
        let dates = self
            .dates()
            .map(|(a, b)| (long_date(a, lang), long_date(b, lang)));
        let dates = dates.as_ref().map(|(a, b)| (a.as_str(), b.as_str()));
        let signature: Vec<&str> = [people, org].into_iter().flatten().collect();
        let signature = match signature.is_empty() {
            true => t.letter_signed_team.to_string(),
            false => signature.join("\n"),
        };
        vec![
            ("school", school.to_string()),
            ("topics", as_list(&topics)),
            ("outcomes", as_list(&outcomes)),
            ("contacts", as_list(&contacts)),
            ("about", (t.letter_about)(org)),
            (
                "schedule",
                (t.letter_schedule)(dates, self.sessions.len(), self.plan.grade, school),
            ),
            ("led_by", (t.letter_led_by)(people, org)),
            ("contact_who", (t.letter_contact_who)(people, org)),
            ("before_first", (t.letter_before_first)(dates.map(|d| d.0))),
            ("signature", signature),
        ]
    }

    fn document(
        &self,
        doc: &Document,
        section: Section,
        audience: Audience,
        kicker: &str,
        lang: Lang,
    ) -> Page {
        let values = self.values(lang);
        let mut page = self.page(section, lang, audience, kicker);
        page.title = fill(doc.title.get(lang), &values);
        for s in &doc.sections {
            page.blocks
                .push(Block::Heading(fill(s.heading.get(lang), &values)));
            page.blocks
                .push(Block::Prose(fill(s.body.get(lang), &values)));
        }
        page
    }

    fn cards(&self, lang: Lang) -> Page {
        let t = strings(lang).packet;
        let values = self.values(lang);
        let card = &self.library.packet.resource_card;
        let mut page = self.page(Section::ResourceCard, lang, Audience::Student, t.cut_hint);
        page.title = t.card_kicker.into();
        page.blocks = vec![Block::Cards {
            copies: CARDS_PER_PAGE,
            title: fill(card.title.get(lang), &values),
            sections: card
                .sections
                .iter()
                .map(|s| {
                    (
                        fill(s.heading.get(lang), &values),
                        fill(s.body.get(lang), &values),
                    )
                })
                .collect(),
        }];
        page
    }

    fn language_guide(&self, lang: Lang) -> Page {
        let t = strings(lang).packet;
        let guide = &self.library.packet.language_guide;
        let mut page = self.page(
            Section::FacilitatorGuide,
            lang,
            Audience::Facilitator,
            t.guide_kicker,
        );
        page.title = guide.title.get(lang).to_string();
        let rows = guide
            .entries
            .iter()
            .map(|e| {
                let avoid = match lang {
                    Lang::En => &e.avoid_en,
                    Lang::Es => &e.avoid_es,
                };
                let avoid = avoid.iter().map(|a| format!("“{a}”")).collect::<Vec<_>>();
                vec![
                    avoid.join(", "),
                    e.instead.get(lang).to_string(),
                    e.why.get(lang).to_string(),
                ]
            })
            .collect();
        page.blocks = vec![
            Block::Prose(guide.intro.get(lang).to_string()),
            Block::Table {
                head: vec![t.col_avoid.into(), t.col_instead.into(), t.col_why.into()],
                rows,
            },
        ];
        page
    }
}

/// The packet for `plan`: its pages in print order, each in the languages `options` asks for
/// (English first when both).
pub fn assemble(plan: &Plan, library: &Library, options: &Options) -> Vec<Page> {
    let b = Builder {
        plan,
        library,
        sessions: sessions(plan, library),
    };
    let langs = options.lang.langs();
    let mut pages = Vec::new();
    let mut each = |make: &dyn Fn(Lang) -> Page| {
        for &lang in langs {
            pages.push(make(lang));
        }
    };
    let pieces = &library.packet;
    for section in Section::ALL {
        if !options.sections.contains(&section) {
            continue;
        }
        match section {
            Section::Cover => each(&|l| b.cover(l, &options.sections)),
            Section::Scope => each(&|l| b.scope(l)),
            Section::Lessons => {
                for (i, item) in plan.items.iter().enumerate() {
                    if let Some(lesson) = library.lesson(&item.lesson) {
                        each(&|l| b.lesson_plan(i, item, lesson, l));
                    }
                }
            }
            Section::Handouts => {
                for lesson in distinct_lessons(plan, library) {
                    for h in 0..lesson.handouts.len() {
                        each(&|l| b.handout(lesson, h, l));
                    }
                    if lesson.audience != curriculum::Audience::Students {
                        each(&|l| b.sign_in(lesson, l));
                    }
                }
            }
            // The plan says whether it evaluates outcomes before and after the series.
            Section::Tests => {
                if plan.pre_test {
                    each(&|l| b.test(strings(l).packet.pre_test, l));
                }
                if plan.post_test {
                    each(&|l| b.test(strings(l).packet.post_test, l));
                }
            }
            Section::AnswerKey => each(&|l| b.answer_key(l)),
            Section::ParentLetter => each(&|l| {
                let t = strings(l).packet;
                b.document(
                    &pieces.parent_letter,
                    section,
                    Audience::Family,
                    t.letter_kicker,
                    l,
                )
            }),
            Section::ResourceCard => each(&|l| b.cards(l)),
            Section::FacilitatorGuide => {
                each(&|l| {
                    let t = strings(l).packet;
                    b.document(
                        &pieces.facilitator_guide,
                        section,
                        Audience::Facilitator,
                        t.guide_kicker,
                        l,
                    )
                });
                each(&|l| b.language_guide(l));
            }
        }
    }
    pages
}
