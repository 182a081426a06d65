//! The lesson library as static HTML, put into `index.html` at build time, so the list shows,
//! and its search works, while the app's wasm is still downloading and compiling (seconds on a
//! school laptop or a phone on a slow network). The app replaces it when it starts, keeping
//! what was typed into the search box.
//!
//! Its search looks at what the cards show (title, grades, summary); the app's own search,
//! a moment later, also covers the objectives. Both languages are written; a small script in
//! `index.html` shows the one the app will use (and neither when the URL opens another
//! screen); it folds case and accents with the app's table (`search::accent_table`, written on
//! the first paint's element). Everything is escaped: lesson text is data.

use crate::curriculum::{Library, List};
use crate::filter::CARDS_PER_PAGE;
use crate::i18n::strings;
use crate::route::Route;
use crate::Lang;
use std::fmt::Write;

/// The static first paint of the library screen (see the module docs).
pub fn html(library: &Library) -> String {
    let (accented, plain) = crate::search::accent_table();
    let mut out = format!(
        "<div id=\"first-paint\" class=\"first-paint\" data-fold-from=\"{}\" data-fold-to=\"{}\">",
        escape(&accented),
        escape(&plain),
    );
    for lang in Lang::ALL {
        let t = strings(lang);
        let code = lang.code();
        let _ = write!(
            out,
            "<div class=\"first-paint__lang\" data-lang=\"{code}\" lang=\"{code}\">\
             <header class=\"site-header\"><div class=\"site-header__inner\"><div class=\"brand\">\
             <h1 class=\"brand__name\">{}</h1><p class=\"brand__tagline\">{}</p></div></div></header>\
             <main class=\"main\"><section class=\"library\"><h2>{}</h2>\
             <p class=\"notice\" role=\"status\">{}</p>\
             <label class=\"field\"><span>{}</span>\
             <input type=\"search\" class=\"first-paint__search\" placeholder=\"{}\"></label>\
             <ul class=\"lesson-list\">",
            escape(t.app_name),
            escape(t.tagline),
            escape(t.library_heading),
            escape(t.app_loading),
            escape(t.search_label),
            escape(t.search_placeholder),
        );
        for lesson in library.lessons.iter().take(CARDS_PER_PAGE) {
            let grades = library
                .vocabulary
                .names(List::Grades, &lesson.grades, lang)
                .join(", ");
            let _ = write!(
                out,
                "<li class=\"lesson-card\">\
                 <h3 class=\"lesson-card__title\"><a href=\"{}\">{}</a></h3>\
                 <p class=\"lesson-card__meta\"><span>{}</span> <span>{} {}</span></p>\
                 <p class=\"lesson-card__summary\">{}</p></li>",
                escape(&Route::Lesson(lesson.id.clone()).to_hash()),
                escape(lesson.title.get(lang)),
                escape(&grades),
                lesson.minutes,
                escape(t.minutes),
                escape(lesson.summary.get(lang)),
            );
        }
        out.push_str("</ul></section></main></div>");
    }
    out.push_str("</div>");
    out
}

/// Text as HTML text or a quoted attribute value.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape(r#"<b onclick="x">Tom & 'Jerry'</b>"#),
            "&lt;b onclick=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;"
        );
    }
}
