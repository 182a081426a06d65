//! The pages that help find and copy the rest: the table of contents and the copy list.

use super::pages::Builder;
use super::{Audience, Block, Page, Part, Section, CARDS_PER_PAGE};
use crate::i18n::{packet_strings, plan_strings};
use crate::lang::Lang;
use crate::plan::Plan;

/// The distinct pieces of `pages` in order, each with its pages (one per language).
fn pieces(pages: &[Page]) -> Vec<Vec<&Page>> {
    let mut out: Vec<Vec<&Page>> = Vec::new();
    for page in pages {
        match out.iter_mut().find(|p| p[0].piece == page.piece) {
            Some(piece) => piece.push(page),
            None => out.push(vec![page]),
        }
    }
    out
}

/// The page of a piece in `lang`, or its first.
fn in_lang<'a>(piece: &[&'a Page], lang: Lang) -> &'a Page {
    piece
        .iter()
        .find(|p| p.lang == lang)
        .copied()
        .unwrap_or(piece[0])
}

fn session_label(page: &Page, lang: Lang) -> String {
    let t = packet_strings(lang);
    match page.sessions.as_slice() {
        [] => String::new(),
        [one] => (plan_strings(lang).session_n)(*one),
        [first, .., last] => (t.print.sessions_n)(*first, *last),
    }
}

fn languages(piece: &[&Page]) -> String {
    piece
        .iter()
        .map(|p| p.lang.code().to_uppercase())
        .collect::<Vec<_>>()
        .join(", ")
}

/// How many copies a teacher makes of a piece for the plan's class.
fn copies(plan: &Plan, page: &Page, lang: Lang) -> String {
    let p = packet_strings(lang).print;
    let class = usize::from(plan.class_size);
    if page.section == Section::ResourceCard {
        class.div_ceil(CARDS_PER_PAGE).to_string()
    } else if page.piece.starts_with("sign-in") {
        "1".into()
    } else if page.audience == Audience::Facilitator {
        p.copies_per_participant.into()
    } else {
        class.to_string()
    }
}

/// The list of what to photocopy from `pages` (the student and family part): each piece, its
/// session, its languages and the copies for the class.
pub(super) fn copy_list(plan: &Plan, pages: &[Page], lang: Lang, b: &Builder) -> Page {
    let t = packet_strings(lang);
    let p = t.print;
    let mut page = b.page(Section::CopyList, lang, Audience::Facilitator, &plan.name);
    page.title = p.section_copy_list.into();
    let rows = pieces(pages)
        .iter()
        .map(|piece| {
            let first = in_lang(piece, lang);
            vec![
                first.title.clone(),
                session_label(first, lang),
                languages(piece),
                copies(plan, first, lang),
            ]
        })
        .collect();
    page.blocks = vec![
        Block::Prose((p.copy_list_intro)(plan.class_size)),
        Block::Table {
            head: vec![
                p.col_page.into(),
                t.col_session.into(),
                p.col_languages.into(),
                p.col_copies.into(),
            ],
            rows,
        },
    ];
    page
}

/// The table of contents of `pages`: each part of the packet and its pieces in order, named as
/// their running headers name them.
pub(super) fn contents(pages: &[Page], lang: Lang, b: &Builder) -> Page {
    let t = packet_strings(lang);
    let p = t.print;
    let mut page = b.page(
        Section::Contents,
        lang,
        Audience::Facilitator,
        t.packet_title,
    );
    page.title = p.section_contents.into();
    let all = pieces(pages);
    for (part, heading) in [
        (Part::Facilitator, p.part_facilitator),
        (Part::Sessions, p.part_sessions),
        (Part::Home, p.part_home),
    ] {
        let lines: Vec<String> = all
            .iter()
            .filter(|piece| piece[0].section.part() == part && piece[0].section != Section::Cover)
            .map(|piece| {
                let first = in_lang(piece, lang);
                let session = session_label(first, lang);
                let what = match first.section {
                    Section::Lessons => format!("{}: {}", t.lesson_plan_kicker, first.title),
                    _ => first.title.clone(),
                };
                let mut line = match session.is_empty() {
                    true => what,
                    false => format!("{session} · {what}"),
                };
                line = format!("{line} ({})", first.audience.name(lang));
                if piece.len() > 1 {
                    line = format!("{line}, {}", languages(piece));
                }
                line
            })
            .collect();
        if !lines.is_empty() {
            page.blocks.push(Block::Heading(heading.into()));
            page.blocks.push(Block::List(lines));
        }
    }
    page
}
