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

/// Items no longer than this fit half the printed text column.
pub const SHORT_ITEM_CHARS: usize = 60;

/// Whether a list is only short lines (examples, statements to read out, materials), which
/// print in two columns: one a line, they left most of each line blank and pushed a lesson
/// plan onto a third sheet. Fewer than four items gain nothing from it.
pub fn is_short_list(items: &[String]) -> bool {
    items.len() >= 4 && items.iter().all(|i| i.chars().count() <= SHORT_ITEM_CHARS)
}

/// A piece of inline text: a phone number (kept on one line, on screen and on paper) or
/// anything else.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline<'a> {
    Text(&'a str),
    Phone(&'a str),
}

/// Splits `text` around phone numbers: a digit run of at least seven digits joined by hyphens,
/// dots, spaces or parentheses, such as "1-888-373-7888" or "(919) 555-0100".
pub fn inline(text: &str) -> Vec<Inline<'_>> {
    let joiner = |c: char| matches!(c, '-' | '.' | ' ' | '(' | ')' | '\u{2011}');
    let mut out = Vec::new();
    let mut rest_start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let opens = c == '(' && chars.get(i + 1).is_some_and(|(_, d)| d.is_ascii_digit());
        if !(c.is_ascii_digit() || opens) || (i > 0 && chars[i - 1].1.is_alphanumeric()) {
            i += 1;
            continue;
        }
        // Extend over digits and joiners, ending on a digit.
        let (mut j, mut end, mut digits) = (i, i, 0);
        while j < chars.len() && (chars[j].1.is_ascii_digit() || joiner(chars[j].1)) {
            if chars[j].1.is_ascii_digit() {
                digits += 1;
                end = j;
            }
            j += 1;
        }
        let after = chars.get(end + 1).map(|(_, c)| *c);
        if digits >= 7 && !after.is_some_and(char::is_alphanumeric) {
            let stop = chars[end].0 + 1;
            if start > rest_start {
                out.push(Inline::Text(&text[rest_start..start]));
            }
            out.push(Inline::Phone(&text[start..stop]));
            rest_start = stop;
            i = end + 1;
        } else {
            i = j.max(i + 1);
        }
    }
    if rest_start < text.len() {
        out.push(Inline::Text(&text[rest_start..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_are_found_and_other_numbers_left_alone() {
        use Inline::{Phone, Text};
        assert_eq!(
            inline("Call 1-888-373-7888 or text 233733."),
            [
                Text("Call "),
                Phone("1-888-373-7888"),
                Text(" or text 233733.")
            ]
        );
        assert_eq!(
            inline("Ms. Okafor: (919) 555-0100"),
            [Text("Ms. Okafor: "), Phone("(919) 555-0100")]
        );
        assert_eq!(
            inline("G.S. 14-318.6 and 115C-81.30"),
            [Text("G.S. 14-318.6 and 115C-81.30")]
        );
        assert_eq!(inline("555.0199"), [Phone("555.0199")]);
        assert_eq!(inline("ID A1234567"), [Text("ID A1234567")]);
        assert_eq!(inline("988"), [Text("988")]);
        assert_eq!(inline(""), []);
        assert_eq!(
            inline("Línea: 1-800-625-2267."),
            [Text("Línea: "), Phone("1-800-625-2267"), Text(".")]
        );
    }

    #[test]
    fn only_lists_of_four_or_more_short_items_are_short() {
        let items = |n: usize, len: usize| vec!["x".repeat(len); n];
        assert!(is_short_list(&items(4, SHORT_ITEM_CHARS)));
        assert!(!is_short_list(&items(3, 10)));
        let mut one_long = items(6, 20);
        one_long[3] = "y".repeat(SHORT_ITEM_CHARS + 1);
        assert!(!is_short_list(&one_long));
        // Counted in characters, not bytes: accents do not make a Spanish item long.
        assert!(is_short_list(&vec!["é".repeat(SHORT_ITEM_CHARS); 4]));
    }

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
