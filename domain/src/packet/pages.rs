//! The pages of the packet, one function per kind of page, each written for one language.

use super::CARDS_PER_PAGE;
use super::{choice_letter, fill, Audience, Block, Fact, Page, Question, Section, StepView};
use crate::assessment;
use crate::curriculum::{self, Document, HandoutKind, Lesson, Library, Light, List};
use crate::i18n::packet::PacketStrings;
use crate::i18n::plan::PlanStrings;
use crate::i18n::{long_date, lower_first, packet_strings, plan_strings, short_date, strings};
use crate::lang::Lang;
use crate::plan::{Contact, ContactKind, Plan, PlanItem};
use crate::schedule::{class_time, sessions, Session};
use chrono::NaiveDate;

/// The plan's lessons in plan order, each once, skipping ids the library no longer has.
pub(super) fn distinct_lessons<'a>(plan: &Plan, library: &'a Library) -> Vec<&'a Lesson> {
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

/// Blank rows on a sign-in sheet: a class-sized group on one page.
const SIGN_IN_ROWS: usize = 18;

/// The plan's filled-in contacts, one line each: name, role (in lower case mid-line), phone.
fn contact_lines(contacts: &[Contact], p: &PlanStrings) -> Vec<String> {
    contacts
        .iter()
        .filter(|c| c.is_filled())
        .map(|c| {
            let role = match c.kind {
                ContactKind::Counselor => lower_first(p.counselor),
                ContactKind::CrisisCenter => lower_first(p.crisis_center),
                ContactKind::Other if !c.label.trim().is_empty() => c.label.trim().to_string(),
                ContactKind::Other => lower_first(p.other_contact),
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
pub(super) struct Builder<'a> {
    plan: &'a Plan,
    library: &'a Library,
    sessions: Vec<Session>,
}

impl<'a> Builder<'a> {
    pub(super) fn new(plan: &'a Plan, library: &'a Library) -> Builder<'a> {
        Builder {
            plan,
            library,
            sessions: sessions(plan, library),
        }
    }

    /// The session numbers plan item `index` is taught in.
    pub(super) fn item_sessions(&self, index: usize) -> Vec<usize> {
        self.sessions
            .iter()
            .filter(|s| s.item == index)
            .map(|s| s.number)
            .collect()
    }

    fn dates(&self) -> Option<(NaiveDate, NaiveDate)> {
        let first = self.sessions.first()?.date?;
        let last = self.sessions.last()?.date?;
        Some((first, last))
    }

    fn date_range(&self, lang: Lang) -> String {
        let t = packet_strings(lang);
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
        crate::order::sort(&mut levels);
        levels.dedup();
        levels.iter().map(|l| l.id().to_string()).collect()
    }

    pub(super) fn page(
        &self,
        section: Section,
        lang: Lang,
        audience: Audience,
        kicker: &str,
    ) -> Page {
        Page {
            piece: section.id().to_string(),
            section,
            lang,
            audience,
            sessions: Vec::new(),
            lesson: None,
            running: String::new(),
            kicker: kicker.to_string(),
            title: String::new(),
            blocks: Vec::new(),
        }
    }

    /// A page of plan item `index`'s lesson: its sessions and title, and a piece id.
    fn lesson_page(&self, page: &mut Page, piece: String, index: usize, lesson: &Lesson) {
        page.piece = piece;
        page.sessions = self.item_sessions(index);
        page.lesson = Some(lesson.title.get(page.lang).to_string());
    }

    pub(super) fn cover(&self, lang: Lang) -> Page {
        let t = packet_strings(lang);
        let time = class_time(&self.sessions);
        let mut page = self.page(Section::Cover, lang, Audience::Facilitator, t.packet_title);
        page.title = self.plan.name.clone();
        let levels = self.levels();
        page.blocks = vec![
            Block::Prose(t.packet_subtitle.to_string()),
            Block::Facts(vec![
                Fact {
                    label: plan_strings(lang).school.into(),
                    value: or(&self.plan.school, t.not_set),
                },
                Fact {
                    label: plan_strings(lang).grade.into(),
                    value: (plan_strings(lang).grade_n)(self.plan.grade),
                },
                Fact {
                    label: plan_strings(lang).facilitators.into(),
                    value: or(&self.plan.facilitators, t.not_set),
                },
                Fact {
                    label: t.dates.into(),
                    value: self.date_range(lang),
                },
                Fact {
                    label: t.sessions.into(),
                    value: (t.sessions_total)(self.sessions.len(), time.total(), time.tests),
                },
            ]),
            Block::Rings(levels.clone()),
            Block::Heading(t.levels_covered.into()),
            Block::List(self.library.vocabulary.names(List::Levels, &levels, lang)),
        ];
        page
    }

    pub(super) fn scope(&self, lang: Lang) -> Page {
        let ui = strings(lang);
        let t = packet_strings(lang);
        let mut page = self.page(Section::Scope, lang, Audience::Facilitator, &self.plan.name);
        page.title = t.scope_title.into();
        let rows = self
            .sessions
            .iter()
            .map(|s| {
                let item = &self.plan.items[s.item];
                let date = s.date.map(|d| short_date(d, lang)).unwrap_or_default();
                let part = if s.parts > 1 {
                    format!(" ({})", (plan_strings(lang).part_of)(s.part, s.parts))
                } else {
                    String::new()
                };
                let Some(lesson) = self.library.lesson(&item.lesson) else {
                    return vec![
                        s.number.to_string(),
                        date,
                        format!("{} ({})", item.lesson, t.not_in_library),
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
                    format!("{}{part}", lesson.title.get(lesson.text_lang(lang))),
                    s.total().to_string(),
                    // One level a line: the column stays narrow without breaking a word.
                    self.library
                        .vocabulary
                        .names(List::Levels, &lesson.levels, lang)
                        .join("\n"),
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
                ui.levels.into(),
                t.col_factors.into(),
                ui.forms.into(),
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
        if self.plan.sections.len() > 1 {
            page.blocks.extend(crate::delivery::schedule_tables(
                self.plan,
                self.library,
                lang,
            ));
        }
        page
    }

    pub(super) fn lesson_plan(
        &self,
        index: usize,
        item: &PlanItem,
        lesson: &Lesson,
        lang: Lang,
    ) -> Page {
        let ui = strings(lang);
        let t = packet_strings(lang);
        let vocab = &self.library.vocabulary;
        let own: Vec<&Session> = self.sessions.iter().filter(|s| s.item == index).collect();
        let session_label = |s: &Session| {
            let mut label = (plan_strings(lang).session_n)(s.number);
            if s.parts > 1 {
                label = format!(
                    "{label} ({})",
                    (plan_strings(lang).part_of)(s.part, s.parts)
                );
            }
            if let Some(d) = s.date {
                label = format!("{label}: {}", long_date(d, lang));
            }
            label
        };
        let kicker = match own.first() {
            Some(s) => format!(
                "{} · {}",
                t.lesson_plan_kicker,
                (plan_strings(lang).session_n)(s.number)
            ),
            None => t.lesson_plan_kicker.to_string(),
        };
        let mut page = self.page(Section::Lessons, lang, Audience::Facilitator, &kicker);
        self.lesson_page(&mut page, format!("lesson:{index}"), index, lesson);
        // A lesson written in the other language only prints in it, and says so.
        let tl = lesson.text_lang(lang);
        page.title = lesson.title.get(tl).to_string();
        let texts = |list: &[crate::Text]| -> Vec<String> {
            list.iter().map(|x| x.get(tl).to_string()).collect()
        };
        let mut facts: Vec<Fact> = own
            .iter()
            .map(|s| Fact {
                label: session_label(s),
                value: format!("{} {}", s.minutes, ui.min),
            })
            .collect();
        // The tests given in these sessions take class time too.
        for s in &own {
            for (minutes, name) in [(s.pre_test, t.pre_test), (s.post_test, t.post_test)] {
                if minutes > 0 {
                    facts.push(Fact {
                        label: (t.print.test_in_session)(name, s.number),
                        value: format!("{minutes} {}", ui.min),
                    });
                }
            }
        }
        if facts.is_empty() {
            facts.push(Fact {
                label: t.minutes_label.into(),
                value: format!("{} {}", item.minutes(lesson), ui.min),
            });
        }
        let mut blocks = vec![Block::Facts(facts)];
        if tl != lang {
            blocks.push(Block::Prose((ui.editor.missing_version)(&page.title)));
        }
        blocks.push(Block::Prose(lesson.summary.get(tl).to_string()));
        let mut list = |title: &str, items: Vec<String>| {
            if !items.is_empty() {
                blocks.push(Block::Heading(title.to_string()));
                blocks.push(Block::List(items));
            }
        };
        list(ui.objectives, texts(&lesson.objectives));
        list(ui.materials, texts(&lesson.materials));
        list(ui.preparation, texts(&lesson.preparation));
        if !item.notes.trim().is_empty() {
            blocks.push(Block::Heading(plan_strings(lang).lesson_notes.into()));
            blocks.push(Block::Prose(item.notes.trim().to_string()));
        }
        blocks.push(Block::Heading(ui.procedure.into()));
        let parts = item.parts(lesson, self.plan.period_minutes());
        for (p, steps) in parts.iter().enumerate() {
            if parts.len() > 1 {
                let label = own
                    .get(p)
                    .map(|s| session_label(s))
                    .unwrap_or_else(|| (plan_strings(lang).part_of)(p + 1, parts.len()));
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
                        title: step.title.get(tl).to_string(),
                        method: vocab
                            .name(List::Methods, step.method.id(), lang)
                            .to_string(),
                        instructions: step.instructions.get(tl).to_string(),
                    };
                    at = end;
                    view
                })
                .collect();
            blocks.push(Block::Steps(views));
        }
        let discussion = texts(&lesson.discussion);
        if !discussion.is_empty() {
            blocks.push(Block::Heading(ui.discussion.into()));
            blocks.push(Block::List(discussion));
        }
        blocks.push(Block::Heading(ui.safety.into()));
        // A teacher reads this before a disclosure can happen: never an empty heading.
        let safety = lesson.safety.get(tl).trim();
        blocks.push(Block::Prose(if safety.is_empty() {
            t.safety_missing.to_string()
        } else {
            safety.to_string()
        }));
        blocks.push(Block::Heading(t.referral_contacts.into()));
        let mut contacts = contact_lines(&self.plan.contacts, plan_strings(lang));
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
                            Light::Green => ui.light_green,
                            Light::Yellow => ui.light_yellow,
                            Light::Red => ui.light_red,
                        };
                        format!("{light}: {}", a.text.get(tl))
                    })
                    .collect(),
            ));
        }
        // What a principal or parent asks first: where the content comes from.
        if !lesson.sources.is_empty() {
            blocks.push(Block::Heading(ui.sources.into()));
            blocks.push(Block::Sources(
                lesson.sources.iter().map(|s| s.line()).collect(),
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

    pub(super) fn handout(&self, index: usize, lesson: &Lesson, h: usize, lang: Lang) -> Page {
        let t = packet_strings(lang);
        let handout = &lesson.handouts[h];
        // Adult sessions hand out to adults: no student name line, and their own label.
        let (who, audience) = match lesson.audience {
            curriculum::Audience::Students => (t.handout_kicker, Audience::Student),
            curriculum::Audience::Families => (t.handout_kicker_families, Audience::Family),
            curriculum::Audience::Staff => (t.handout_kicker_staff, Audience::Facilitator),
        };
        let tl = lesson.text_lang(lang);
        let kicker = format!("{who} · {}", lesson.title.get(tl));
        let mut page = self.page(Section::Handouts, lang, audience, &kicker);
        self.lesson_page(&mut page, format!("handout:{index}:{h}"), index, lesson);
        page.title = handout.title.get(tl).to_string();
        if audience == Audience::Student {
            page.blocks.push(Self::name_line(t));
        }
        match handout.kind {
            HandoutKind::Page => page
                .blocks
                .push(Block::Prose(handout.body.get(tl).to_string())),
            HandoutKind::Cards => {
                let (intro, cards) = handout.cards(tl);
                if !intro.is_empty() {
                    page.blocks.push(Block::Prose(intro.join("\n\n")));
                }
                let wide = cards
                    .iter()
                    .any(|c| c.chars().count() > super::WIDE_CARD_CHARS);
                page.blocks.push(Block::CardGrid { cards, wide });
            }
        }
        page
    }

    /// The attendance sheet of a session for adults, which programs keep as a record of
    /// delivery.
    pub(super) fn sign_in(&self, index: usize, lesson: &Lesson, lang: Lang) -> Page {
        let t = packet_strings(lang);
        let title = lesson.title.get(lesson.text_lang(lang));
        let kicker = format!("{} · {}", t.sign_in, title);
        // Families sign in themselves, in their language.
        let audience = match lesson.audience {
            curriculum::Audience::Families => Audience::Family,
            _ => Audience::Facilitator,
        };
        let mut page = self.page(Section::Handouts, lang, audience, &kicker);
        self.lesson_page(&mut page, format!("sign-in:{index}"), index, lesson);
        page.title = t.sign_in.to_string();
        let school = filled(&self.plan.school).unwrap_or("______________________________");
        page.blocks = vec![
            Block::Prose((t.sign_in_record)(title, school)),
            Block::Table {
                head: t.sign_in_cols.iter().map(|c| c.to_string()).collect(),
                rows: vec![vec![String::new(); 3]; SIGN_IN_ROWS],
            },
        ];
        page
    }

    /// The assessment items the plan's tests ask, in order.
    /// Each with the language its lesson's text is shown in (see `Lesson::text_lang`).
    fn items(&self, lang: Lang) -> Vec<(&'a curriculum::AssessmentItem, Lang)> {
        assessment::chosen(self.plan, self.library)
            .iter()
            .filter_map(|t| {
                self.library
                    .lesson(&t.lesson)
                    .and_then(|l| l.assessment.get(t.item).map(|a| (a, l.text_lang(lang))))
            })
            .collect()
    }

    /// The pre-test (`pre`) or post-test, given in plan item `index`'s session. Students write
    /// an anonymous code, not their name, so the two can be matched without knowing who wrote
    /// them.
    pub(super) fn test(&self, pre: bool, index: usize, lang: Lang) -> Page {
        let t = packet_strings(lang);
        let p = t.print;
        let mut page = self.page(Section::Tests, lang, Audience::Student, t.test_kicker);
        let sessions = self.item_sessions(index);
        page.piece = if pre { "pre-test" } else { "post-test" }.to_string();
        page.sessions = match pre {
            true => sessions.first().copied().into_iter().collect(),
            false => sessions.last().copied().into_iter().collect(),
        };
        page.title = if pre { t.pre_test } else { t.post_test }.to_string();
        let questions = self
            .items(lang)
            .into_iter()
            .map(|(a, tl)| Question {
                prompt: a.prompt.get(tl).to_string(),
                choices: a.choices.iter().map(|c| c.get(tl).to_string()).collect(),
            })
            .collect();
        page.blocks = vec![
            Block::NameLine {
                name: p.code_line.into(),
                date: t.date_line.into(),
            },
            Block::Prose(format!("{} {}", p.code_hint, t.test_instructions)),
            Block::Questions(questions),
        ];
        page
    }

    pub(super) fn answer_key(&self, lang: Lang) -> Page {
        let t = packet_strings(lang);
        let mut page = self.page(
            Section::AnswerKey,
            lang,
            Audience::Facilitator,
            t.section_tests,
        );
        page.title = t.answer_key.into();
        let rows = self
            .items(lang)
            .into_iter()
            .enumerate()
            .map(|(n, (a, tl))| {
                let answer = a
                    .choices
                    .get(a.answer)
                    .map(|c| format!("{}) {}", choice_letter(a.answer), c.get(tl)))
                    .unwrap_or_default();
                vec![
                    (n + 1).to_string(),
                    answer,
                    a.explanation.get(tl).to_string(),
                ]
            })
            .collect();
        page.blocks = vec![
            Block::Prose(t.answer_key_intro.into()),
            Block::Table {
                head: vec![
                    t.col_number.into(),
                    strings(lang).answer.into(),
                    t.col_why.into(),
                ],
                rows,
            },
        ];
        page
    }

    /// The values of the parent letter's and resource card's `{placeholders}`.
    fn values(&self, lang: Lang) -> Vec<(&'static str, String)> {
        let t = packet_strings(lang);
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
        let mut contacts = contact_lines(&self.plan.contacts, plan_strings(lang));
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

    /// A fixed piece of the packet (the facilitator guide, the letter to families), with its
    /// placeholders filled.
    pub(super) fn document(&self, doc: &Document, section: Section, lang: Lang) -> Page {
        let t = packet_strings(lang);
        let (audience, kicker) = match section {
            Section::ParentLetter => (Audience::Family, t.letter_kicker),
            _ => (Audience::Facilitator, t.guide_kicker),
        };
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

    pub(super) fn cards(&self, lang: Lang) -> Page {
        let t = packet_strings(lang);
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

    pub(super) fn language_guide(&self, lang: Lang) -> Page {
        let t = packet_strings(lang);
        let guide = &self.library.packet.language_guide;
        let mut page = self.page(
            Section::FacilitatorGuide,
            lang,
            Audience::Facilitator,
            t.guide_kicker,
        );
        page.piece = "language-guide".into();
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
