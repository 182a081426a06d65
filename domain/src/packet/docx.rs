//! The packet as a Word file (.docx), with the same pages, headings, tables and page breaks as
//! the printed one, so teachers can share and edit it. Written with `docx-rs`; built only with
//! the `docx` feature (by the Word worker and the tests), so the app's first load never
//! carries it.

use super::{choice_letter, Block, Page};
use crate::prose;
use docx_rs::{
    AlignmentType, BorderType, Docx, Header, PageNum, Paragraph, Run, Style, StyleType, Table,
    TableCell, TableCellBorder, TableCellBorderPosition, TableCellBorders, TableRow,
};

/// Style ids: the page title, the headings inside a page, a step's title, the small label
/// above the title.
const TITLE: &str = "Heading1";
const HEADING: &str = "Heading2";
const STEP: &str = "Heading3";
const KICKER: &str = "Kicker";

fn styles(doc: Docx) -> Docx {
    doc.add_style(
        Style::new(TITLE, StyleType::Paragraph)
            .name("Heading 1")
            .size(36)
            .bold()
            .outline_lvl(0),
    )
    .add_style(
        Style::new(HEADING, StyleType::Paragraph)
            .name("Heading 2")
            .size(26)
            .bold()
            .outline_lvl(1),
    )
    .add_style(
        Style::new(STEP, StyleType::Paragraph)
            .name("Heading 3")
            .size(22)
            .bold()
            .outline_lvl(2),
    )
    .add_style(
        Style::new(KICKER, StyleType::Paragraph)
            .name("Kicker")
            .size(18)
            .bold(),
    )
}

fn text(s: &str) -> Paragraph {
    // A line break inside a text (a letter's signature) stays a line break.
    let mut p = Paragraph::new();
    for (i, line) in s.split('\n').enumerate() {
        let mut run = Run::new();
        if i > 0 {
            run = run.add_break(docx_rs::BreakType::TextWrapping);
        }
        p = p.add_run(run.add_text(line));
    }
    p
}

fn styled(s: &str, style: &str) -> Paragraph {
    text(s).style(style)
}

fn bullet(s: &str) -> Paragraph {
    text(&format!("•\u{a0}{s}")).indent(Some(360), None, None, None)
}

fn prose_paragraphs(s: &str) -> Vec<Paragraph> {
    prose::blocks(s)
        .into_iter()
        .flat_map(|b| match b {
            prose::Block::Paragraph(p) => vec![text(&p)],
            prose::Block::List(items) => items.iter().map(|i| bullet(i)).collect(),
        })
        .collect()
}

fn cell(paragraphs: Vec<Paragraph>) -> TableCell {
    let mut c = TableCell::new();
    for p in paragraphs {
        c = c.add_paragraph(p);
    }
    c
}

fn bold_cell(s: &str) -> TableCell {
    TableCell::new().add_paragraph(Paragraph::new().add_run(Run::new().add_text(s).bold()))
}

/// A cut-out card: a cell with dashed borders.
fn card_cell(paragraphs: Vec<Paragraph>) -> TableCell {
    let dashed = |pos| {
        TableCellBorder::new(pos)
            .border_type(BorderType::Dashed)
            .size(8)
    };
    let borders = TableCellBorders::new()
        .set(dashed(TableCellBorderPosition::Top))
        .set(dashed(TableCellBorderPosition::Bottom))
        .set(dashed(TableCellBorderPosition::Left))
        .set(dashed(TableCellBorderPosition::Right));
    cell(paragraphs).set_borders(borders)
}

/// A grid of cells, `columns` to a row (the last row filled with empty cells).
fn grid(cells: Vec<TableCell>, columns: usize) -> Table {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    for c in cells {
        row.push(c);
        if row.len() == columns {
            rows.push(TableRow::new(std::mem::take(&mut row)));
        }
    }
    if !row.is_empty() {
        while row.len() < columns {
            row.push(TableCell::new().add_paragraph(Paragraph::new()));
        }
        rows.push(TableRow::new(row));
    }
    Table::new(rows)
}

/// Something added to the document body.
enum Part {
    P(Box<Paragraph>),
    T(Box<Table>),
}

fn para(p: Paragraph) -> Part {
    Part::P(Box::new(p))
}

fn table(t: Table) -> Part {
    Part::T(Box::new(t))
}

fn block(b: &Block) -> Vec<Part> {
    match b {
        Block::Heading(h) => vec![para(styled(h, HEADING))],
        Block::Prose(s) => prose_paragraphs(s).into_iter().map(para).collect(),
        Block::List(items) | Block::Sources(items) => {
            items.iter().map(|i| para(bullet(i))).collect()
        }
        Block::Rings(_) => Vec::new(),
        Block::Facts(facts) => vec![table(Table::new(
            facts
                .iter()
                .map(|f| TableRow::new(vec![bold_cell(&f.label), cell(vec![text(&f.value)])]))
                .collect(),
        ))],
        Block::Table { head, rows } => {
            let mut all = vec![TableRow::new(head.iter().map(|h| bold_cell(h)).collect())];
            all.extend(
                rows.iter()
                    .map(|r| TableRow::new(r.iter().map(|c| cell(vec![text(c)])).collect())),
            );
            vec![table(Table::new(all))]
        }
        Block::Steps(steps) => steps
            .iter()
            .flat_map(|s| {
                let mut out = vec![para(styled(
                    &format!("{}: {} ({})", s.time, s.title, s.method),
                    STEP,
                ))];
                out.extend(prose_paragraphs(&s.instructions).into_iter().map(para));
                out
            })
            .collect(),
        Block::Questions(qs) => qs
            .iter()
            .enumerate()
            .flat_map(|(n, q)| {
                let prompt = Paragraph::new().add_run(
                    Run::new()
                        .add_text(format!("{}. {}", n + 1, q.prompt))
                        .bold(),
                );
                let mut out = vec![para(prompt)];
                out.extend(q.choices.iter().enumerate().map(|(i, c)| {
                    para(text(&format!("{}) {c}", choice_letter(i))).indent(
                        Some(360),
                        None,
                        None,
                        None,
                    ))
                }));
                out
            })
            .collect(),
        Block::NameLine { name, date } => vec![para(text(&format!(
            "{name}: ______________________________   {date}: ______________"
        )))],
        Block::Cards {
            copies,
            title,
            sections,
        } => {
            let card = || {
                let mut ps = vec![styled(title, HEADING)];
                for (h, body) in sections {
                    ps.push(Paragraph::new().add_run(Run::new().add_text(h).bold()));
                    ps.extend(prose_paragraphs(body));
                }
                card_cell(ps)
            };
            vec![table(grid((0..*copies).map(|_| card()).collect(), 1))]
        }
        Block::CardGrid { cards, wide } => {
            let cells = cards.iter().map(|c| card_cell(vec![text(c)])).collect();
            vec![table(grid(cells, if *wide { 1 } else { 2 }))]
        }
    }
}

/// The Word file of `pages`, each page starting on a new sheet; `title` heads every sheet
/// with the page number.
pub fn to_docx(pages: &[Page], title: &str) -> Result<Vec<u8>, String> {
    let header = Header::new().add_paragraph(
        Paragraph::new()
            .align(AlignmentType::Right)
            .add_run(Run::new().add_text(format!("{title} · ")).size(16))
            .add_page_num(PageNum::new()),
    );
    let mut doc = styles(Docx::new()).header(header);
    for (i, page) in pages.iter().enumerate() {
        let kicker = styled(&page.kicker, KICKER).page_break_before(i > 0);
        doc = doc.add_paragraph(kicker);
        doc = doc.add_paragraph(styled(&page.title, TITLE));
        for part in page.blocks.iter().flat_map(block) {
            doc = match part {
                Part::P(p) => doc.add_paragraph(*p),
                Part::T(t) => doc.add_table(*t).add_paragraph(Paragraph::new()),
            };
        }
    }
    let mut out = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut out).map_err(|e| e.to_string())?;
    Ok(out.into_inner())
}
