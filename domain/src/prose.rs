//! Long texts in lessons and packet pieces: paragraphs separated by blank lines, and lines
//! starting with "- " as list items. Rendered as elements, never as HTML, so no Markdown
//! parser ships and no text can inject markup.

/// A block of prose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    List(Vec<String>),
}

/// Splits `text` into paragraphs and lists. A list item continues on following lines until a
/// blank line or the next "- ".
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    for chunk in text.split("\n\n") {
        let mut para: Vec<&str> = Vec::new();
        let mut items: Vec<String> = Vec::new();
        for line in chunk.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if let Some(item) = line.strip_prefix("- ") {
                if !para.is_empty() {
                    out.push(Block::Paragraph(para.join(" ")));
                    para.clear();
                }
                items.push(item.to_string());
            } else if let Some(last) = items.last_mut() {
                last.push(' ');
                last.push_str(line);
            } else {
                para.push(line);
            }
        }
        if !para.is_empty() {
            out.push(Block::Paragraph(para.join(" ")));
        }
        if !items.is_empty() {
            out.push(Block::List(items));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_lists() {
        let text = "Intro line\ncontinues.\n\n- one\n- two\n  wraps\n\nEnd.";
        assert_eq!(
            blocks(text),
            vec![
                Block::Paragraph("Intro line continues.".into()),
                Block::List(vec!["one".into(), "two wraps".into()]),
                Block::Paragraph("End.".into()),
            ]
        );
    }

    #[test]
    fn markup_stays_text() {
        assert_eq!(
            blocks("<script>alert(1)</script>"),
            vec![Block::Paragraph("<script>alert(1)</script>".into())]
        );
        assert!(blocks("\n\n").is_empty());
    }
}
