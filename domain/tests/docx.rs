//! The Word copy read back: it is a valid .docx (a zip with the parts Word needs) whose
//! document holds every page's title and headings in order, its tables and a page break
//! before every page but the first.

use planner_domain::packet::docx::to_docx;
use planner_domain::packet::{assemble, lesson_pages, Block, Options};
use planner_domain::plan::{PacketLang, Plan};
use planner_domain::test_support::library;
use planner_domain::Lang;
use std::io::Read;

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
    let mut file = zip.by_name(name).expect(name);
    let mut out = String::new();
    file.read_to_string(&mut out).unwrap();
    out
}

/// The text of document.xml, run by run, without the markup.
fn texts(xml: &str) -> String {
    let mut out = String::new();
    for piece in xml.split("<w:t").skip(1) {
        let Some(start) = piece.find('>') else {
            continue;
        };
        if let Some(end) = piece[start..].find("</w:t>") {
            out.push_str(&piece[start + 1..start + end]);
            out.push('\n');
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn the_packet_as_word_has_its_pages_headings_tables_and_page_breaks() {
    let lib = library();
    let mut plan = Plan::new("p".into(), "Spring & <series>".into(), 0);
    for id in [
        "what-is-trafficking-6-8",
        "healthy-relationships-6-8",
        "online-safety-6-8",
    ] {
        plan.add(id);
    }
    plan.packet_lang = PacketLang::Both;
    let pages = assemble(&plan, &lib, &Options::for_plan(&plan, Lang::En));
    let bytes = to_docx(&pages, &plan.name).unwrap();
    for name in ["[Content_Types].xml", "word/styles.xml", "_rels/.rels"] {
        part(&bytes, name);
    }
    let xml = part(&bytes, "word/document.xml");
    let text = texts(&xml);
    // Every page's title, in order.
    let mut at = 0;
    for page in &pages {
        let found = text[at..].find(&page.title);
        assert!(
            found.is_some(),
            "title missing or out of order: {}",
            page.title
        );
        at += found.unwrap();
    }
    // Headings keep their styles; every page but the first starts a new sheet.
    let titles = xml.matches("<w:pStyle w:val=\"Heading1\" />").count();
    assert_eq!(titles, pages.len());
    let headings: usize = pages
        .iter()
        .flat_map(|p| &p.blocks)
        .filter(|b| matches!(b, Block::Heading(_)))
        .count();
    assert!(xml.matches("<w:pStyle w:val=\"Heading2\" />").count() >= headings);
    assert_eq!(
        xml.matches("<w:pageBreakBefore />").count(),
        pages.len() - 1
    );
    // Tables: one per table, facts and card grid block.
    let tables: usize = pages
        .iter()
        .flat_map(|p| &p.blocks)
        .filter(|b| {
            matches!(
                b,
                Block::Table { .. }
                    | Block::Facts(_)
                    | Block::Cards { .. }
                    | Block::CardGrid { .. }
            )
        })
        .count();
    assert_eq!(xml.matches("<w:tbl>").count(), tables);
    // Card handouts print as dashed cells; user text is escaped, never markup.
    assert!(xml.contains("w:val=\"dashed\""));
    let styles = part(&bytes, "word/styles.xml");
    assert!(styles.contains("Heading 1") && styles.contains("Heading 2"));
    assert!(text.contains("Prueba inicial") && text.contains("Pre-test"));
    let header = (1..4)
        .map(|n| {
            let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
            let mut s = String::new();
            if let Ok(mut f) = zip.by_name(&format!("word/header{n}.xml")) {
                f.read_to_string(&mut s).unwrap();
            }
            s
        })
        .collect::<String>();
    assert!(header.contains("Spring &amp; &lt;series&gt;"), "{header}");
}

#[test]
fn a_single_lesson_as_word_holds_its_plan_and_handouts() {
    let lib = library();
    let lesson = lib.lesson("healthy-relationships-6-8").unwrap();
    for lang in Lang::ALL {
        let pages = lesson_pages(lesson, &lib, lang);
        assert_eq!(pages.len(), 1 + lesson.handouts.len());
        let text = texts(&part(
            &to_docx(&pages, lesson.title.get(lang)).unwrap(),
            "word/document.xml",
        ));
        assert!(text.contains(lesson.title.get(lang)));
        for h in &lesson.handouts {
            assert!(text.contains(h.title.get(lang)));
        }
        assert!(text.contains(lesson.steps[0].title.get(lang)));
    }
}
