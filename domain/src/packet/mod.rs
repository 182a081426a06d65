//! The printed packet: which pieces a plan's packet holds, in which order and language, with
//! every text resolved, so the print view (and the Word copy) only lay it out.
//!
//! A packet is a list of [`Page`]s; each starts on a new sheet of paper and is written in one
//! language for one audience (facilitator, student or family). It prints in three parts: the
//! facilitator's (cover, contents, scope and sequence, facilitator guide, lesson plans, answer
//! key, copy list), then the student and family pages session by session (the pre-test with
//! the first session, the post-test with the last), then the pages that go home. A bilingual
//! packet prints each student and family piece in English and then in Spanish, and the
//! facilitator's pages in one language unless asked for everything in both.

mod contents;
#[cfg(feature = "docx")]
pub mod docx;
mod pages;

use crate::assessment;
use crate::curriculum::{self, Library};
use crate::i18n::{packet_strings, plan_strings, strings};
use crate::lang::Lang;
use crate::plan::{PacketLang, Plan};
use crate::schedule::sessions;
use pages::Builder;
use serde::{Deserialize, Serialize};

/// A piece of the packet the preventionist can include or leave out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Section {
    Cover,
    Contents,
    Scope,
    FacilitatorGuide,
    Lessons,
    AnswerKey,
    CopyList,
    Tests,
    Handouts,
    ResourceCard,
    ParentLetter,
}

impl Section {
    /// Every section, in the order the packet prints them (tests and handouts interleave,
    /// session by session).
    pub const ALL: [Section; 11] = [
        Section::Cover,
        Section::Contents,
        Section::Scope,
        Section::FacilitatorGuide,
        Section::Lessons,
        Section::AnswerKey,
        Section::CopyList,
        Section::Tests,
        Section::Handouts,
        Section::ResourceCard,
        Section::ParentLetter,
    ];

    /// What a teacher photocopies for the class, with the copy list first.
    pub const HANDOUTS_ONLY: [Section; 5] = [
        Section::CopyList,
        Section::Tests,
        Section::Handouts,
        Section::ResourceCard,
        Section::ParentLetter,
    ];

    /// A stable id, for form values and test hooks.
    pub fn id(self) -> &'static str {
        match self {
            Section::Cover => "cover",
            Section::Contents => "contents",
            Section::Scope => "scope",
            Section::FacilitatorGuide => "facilitator-guide",
            Section::Lessons => "lessons",
            Section::AnswerKey => "answer-key",
            Section::CopyList => "copy-list",
            Section::Tests => "tests",
            Section::Handouts => "handouts",
            Section::ResourceCard => "resource-card",
            Section::ParentLetter => "parent-letter",
        }
    }

    /// The section's name in the checklist.
    pub fn name(self, lang: Lang) -> &'static str {
        let t = packet_strings(lang);
        let p = t.print;
        match self {
            Section::Cover => t.section_cover,
            Section::Contents => p.section_contents,
            Section::Scope => t.section_scope,
            Section::FacilitatorGuide => t.section_facilitator_guide,
            Section::Lessons => t.section_lessons,
            Section::AnswerKey => t.section_answer_key,
            Section::CopyList => p.section_copy_list,
            Section::Tests => t.section_tests,
            Section::Handouts => strings(lang).handouts,
            Section::ResourceCard => t.section_resource_card,
            Section::ParentLetter => t.section_parent_letter,
        }
    }

    /// The part of the packet it prints in.
    pub fn part(self) -> Part {
        match self {
            Section::Tests | Section::Handouts => Part::Sessions,
            Section::ResourceCard | Section::ParentLetter => Part::Home,
            _ => Part::Facilitator,
        }
    }
}

/// The three parts of a packet, in print order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Part {
    Facilitator,
    /// Student and family pages, session by session.
    Sessions,
    /// Pages that go home: the resource card and the letter to families.
    Home,
}

/// Who a page is written for; student pages never carry facilitator notes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
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

    /// The audience as the running header names it.
    pub fn name(self, lang: Lang) -> &'static str {
        let p = packet_strings(lang).print;
        match self {
            Audience::Facilitator => p.audience_facilitator,
            Audience::Student => p.audience_student,
            Audience::Family => p.audience_family,
        }
    }
}

/// What to print, chosen per print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    pub lang: PacketLang,
    /// In a bilingual packet, the one language of the facilitator's pages; `None` prints
    /// everything in both.
    pub facilitator_lang: Option<Lang>,
    pub sections: Vec<Section>,
    /// Only the pages of this session (its lesson plan, its tests and handouts, and the copy
    /// list for them); `None` for the whole series.
    pub session: Option<usize>,
}

impl Options {
    /// Everything, in the plan's packet language; a bilingual packet's facilitator pages in
    /// `ui`, the language the preventionist reads.
    pub fn for_plan(plan: &Plan, ui: Lang) -> Options {
        Options {
            lang: plan.packet_lang,
            facilitator_lang: Some(ui),
            sections: Section::ALL.to_vec(),
            session: None,
        }
    }

    /// The languages a page for `audience` prints in.
    fn langs(&self, audience: Audience) -> Vec<Lang> {
        match (self.lang, audience, self.facilitator_lang) {
            (PacketLang::Both, Audience::Facilitator, Some(l)) => vec![l],
            (lang, _, _) => lang.langs().to_vec(),
        }
    }
}

/// A label and its value (cover facts, a lesson's timing).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

/// One timed procedure step as the facilitator reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepView {
    /// "0–10 min": when in the session it runs.
    pub time: String,
    pub title: String,
    pub method: String,
    pub instructions: String,
}

/// A multiple-choice question as students see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub prompt: String,
    pub choices: Vec<String>,
}

/// A piece of a page; the view renders each kind with one small component.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Block {
    /// A heading inside the page.
    Heading(String),
    /// Paragraphs and "- " lists (see `prose::blocks`).
    Prose(String),
    List(Vec<String>),
    /// A lesson's sources, one line each, printed smaller than the plan above them.
    Sources(Vec<String>),
    Facts(Vec<Fact>),
    Table {
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    Steps(Vec<StepView>),
    /// Numbered questions, lettered choices.
    Questions(Vec<Question>),
    /// Labelled lines to write on (name and date, or an anonymous code and date).
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
    /// A handout's cards to cut apart: one card per cell of a grid with dashed cut lines
    /// (`wide` when the cards are long enough to need the full width).
    CardGrid {
        cards: Vec<String>,
        wide: bool,
    },
}

/// Cards longer than this print one per row, so each stays readable.
pub const WIDE_CARD_CHARS: usize = 320;

/// One piece of the packet, starting on a new sheet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    /// The same for a piece's English and Spanish pages ("handout:lesson-id:0").
    pub piece: String,
    pub section: Section,
    pub lang: Lang,
    pub audience: Audience,
    /// The sessions the page belongs to (empty for the packet-wide pages).
    pub sessions: Vec<usize>,
    /// The title of the page's lesson, in the page's language.
    pub lesson: Option<String>,
    /// The header on every sheet of the page but the cover, so a loose sheet can be put back:
    /// the plan, the session, the lesson and the audience.
    pub running: String,
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
                Block::List(items) | Block::Rings(items) | Block::Sources(items) => {
                    out.extend(items.iter().cloned())
                }
                Block::CardGrid { cards, .. } => out.extend(cards.iter().cloned()),
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

/// `text` as a CSS string literal (for a printed running header): quotes, backslashes and
/// control characters escaped, so no plan name can end the string or the rule.
pub fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\{:x} ", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The packet for `plan`: its pages in print order, each in the languages `options` asks for
/// (English first when both).
pub fn assemble(plan: &Plan, library: &Library, options: &Options) -> Vec<Page> {
    let b = Builder::new(plan, library);
    let on = |s: Section| options.sections.contains(&s) && options.session.is_none();
    let mut pages: Vec<Page> = Vec::new();
    // Each piece in the languages its audience reads; with one session asked for, only the
    // pieces of that session (a test is given in one session of a lesson that may run over
    // two, so the test page decides, not its lesson).
    let each = |pages: &mut Vec<Page>, make: &dyn Fn(Lang) -> Page| {
        for &lang in options.lang.langs() {
            let page = make(lang);
            let in_session = options.session.is_none_or(|n| page.sessions.contains(&n));
            if in_session && options.langs(page.audience).contains(&lang) {
                pages.push(page);
            }
        }
    };
    let pieces = &library.packet;
    if on(Section::Cover) {
        each(&mut pages, &|l| b.cover(l));
    }
    if on(Section::Scope) {
        each(&mut pages, &|l| b.scope(l));
    }
    if on(Section::FacilitatorGuide) {
        each(&mut pages, &|l| {
            b.document(&pieces.facilitator_guide, Section::FacilitatorGuide, l)
        });
        each(&mut pages, &|l| b.language_guide(l));
    }
    if options.sections.contains(&Section::Lessons) {
        for (i, item) in plan.items.iter().enumerate() {
            if let Some(lesson) = library.lesson(&item.lesson) {
                each(&mut pages, &|l| b.lesson_plan(i, item, lesson, l));
            }
        }
    }
    let has_tests =
        options.sections.contains(&Section::Tests) && !assessment::chosen(plan, library).is_empty();
    if on(Section::AnswerKey) && has_tests && (plan.pre_test || plan.post_test) {
        each(&mut pages, &|l| b.answer_key(l));
    }
    let facilitator_end = pages.len();
    // Session by session: the pre-test before the first student lesson's handouts, the
    // post-test after the last one's.
    let student_items: Vec<usize> = (0..plan.items.len())
        .filter(|&i| {
            library
                .lesson(&plan.items[i].lesson)
                .is_some_and(|l| l.audience == curriculum::Audience::Students)
        })
        .collect();
    for (i, item) in plan.items.iter().enumerate() {
        let Some(lesson) = library.lesson(&item.lesson) else {
            continue;
        };
        let test_here = |pre: bool| {
            let at = if pre {
                student_items.first()
            } else {
                student_items.last()
            };
            has_tests && at == Some(&i) && if pre { plan.pre_test } else { plan.post_test }
        };
        if test_here(true) {
            each(&mut pages, &|l| b.test(true, i, l));
        }
        if options.sections.contains(&Section::Handouts) {
            for h in 0..lesson.handouts.len() {
                each(&mut pages, &|l| b.handout(i, lesson, h, l));
            }
            if lesson.audience != curriculum::Audience::Students {
                each(&mut pages, &|l| b.sign_in(i, lesson, l));
            }
        }
        if test_here(false) {
            each(&mut pages, &|l| b.test(false, i, l));
        }
    }
    if on(Section::ResourceCard) {
        each(&mut pages, &|l| b.cards(l));
    }
    if on(Section::ParentLetter) {
        each(&mut pages, &|l| {
            b.document(&pieces.parent_letter, Section::ParentLetter, l)
        });
    }
    // The copy list closes the facilitator's part and lists what follows it.
    if options.sections.contains(&Section::CopyList) && pages.len() > facilitator_end {
        let at = facilitator_end;
        let lists: Vec<Page> = options
            .langs(Audience::Facilitator)
            .into_iter()
            .map(|l| contents::copy_list(plan, &pages[at..], l, &b))
            .collect();
        pages.splice(at..at, lists);
    }
    if on(Section::Contents) {
        let at = usize::from(on(Section::Cover)) * options.langs(Audience::Facilitator).len();
        let toc: Vec<Page> = options
            .langs(Audience::Facilitator)
            .into_iter()
            .map(|l| contents::contents(&pages, l, &b))
            .collect();
        pages.splice(at..at, toc);
    }
    for page in &mut pages {
        page.running = running(plan, page);
    }
    pages
}

/// The running header of a page: plan · session · lesson · audience (nothing on the cover).
fn running(plan: &Plan, page: &Page) -> String {
    if page.section == Section::Cover {
        return String::new();
    }
    let t = packet_strings(page.lang);
    let mut parts = vec![plan.name.trim().to_string()];
    match page.sessions.as_slice() {
        [] => {}
        [one] => parts.push((plan_strings(page.lang).session_n)(*one)),
        [first, .., last] => parts.push((t.print.sessions_n)(*first, *last)),
    }
    if let Some(lesson) = &page.lesson {
        parts.push(lesson.clone());
    } else if page.sessions.is_empty() {
        parts.push(page.section.name(page.lang).to_string());
    }
    parts.push(page.audience.name(page.lang).to_string());
    parts.retain(|p| !p.is_empty());
    parts.join(" · ")
}

/// The print rules that put each page's running header at the top of its sheets, and the class
/// each page takes (empty for the cover). Browsers print `@page` margin boxes but cannot fill
/// one from an element, so each distinct header gets a named page whose top margin says it.
pub fn running_css(pages: &[Page]) -> (Vec<String>, String) {
    let mut seen: Vec<&str> = Vec::new();
    let mut css = String::new();
    let classes = pages
        .iter()
        .map(|page| {
            if page.running.is_empty() {
                return String::new();
            }
            let n = match seen.iter().position(|r| *r == page.running) {
                Some(n) => n,
                None => {
                    seen.push(&page.running);
                    let n = seen.len() - 1;
                    css.push_str(&format!(
                        ".rh-{n} {{ page: rh-{n}; }}\n@page rh-{n} {{ @top-left {{ content: {}; }} }}\n",
                        css_string(&page.running)
                    ));
                    n
                }
            };
            format!("rh-{n}")
        })
        .collect();
    (classes, css)
}

/// One lesson on its own, as the lesson screen's Word copy holds it: its lesson plan and its
/// handouts in `lang`.
pub fn lesson_pages(lesson: &curriculum::Lesson, library: &Library, lang: Lang) -> Vec<Page> {
    let mut plan = Plan::new(String::new(), lesson.title.get(lang).to_string(), 0);
    plan.add(&lesson.id);
    let options = Options {
        lang: match lang {
            Lang::En => PacketLang::En,
            Lang::Es => PacketLang::Es,
        },
        facilitator_lang: None,
        sections: vec![Section::Lessons, Section::Handouts],
        session: None,
    };
    assemble(&plan, library, &options)
}

/// What the app asks the Word worker for: the pages to write and the title on every sheet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocxRequest {
    pub title: String,
    pub pages: Vec<Page>,
}

impl DocxRequest {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The sessions of a plan the print view offers to print alone.
pub fn session_count(plan: &Plan, library: &Library) -> usize {
    sessions(plan, library).len()
}
