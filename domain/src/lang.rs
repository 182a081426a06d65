//! Languages and bilingual text: every piece of content exists in English and Spanish.

use serde::{Deserialize, Serialize};

/// A language the app and its content are available in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    /// Every language, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The BCP 47 tag, for `<html lang>` and `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language's own name, as a switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    /// Parses a stored or URL code; anything else is `None` so callers choose the fallback.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().get(..2) {
            Some("en") => Some(Lang::En),
            Some("es") => Some(Lang::Es),
            _ => None,
        }
    }
}

/// A text in both languages, kept side by side so a translator sees both.
///
/// Written `{ en = "…", es = "…" }` in the TOML sources and `{"en": "…", "es": "…"}` in a
/// lesson pack. A missing language reads as empty rather than failing to parse, so validation
/// can name the exact field that lacks its Spanish (or English), and a pack that carries one
/// language only (the shipped library, split per language) leaves the other out.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Text {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub en: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub es: String,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Es => &self.es,
        }
    }

    /// The text in `lang`, to change it.
    pub fn get_mut(&mut self, lang: Lang) -> &mut String {
        match lang {
            Lang::En => &mut self.en,
            Lang::Es => &mut self.es,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_browser_tags_parse() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_code("EN-us"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn text_picks_the_language() {
        let t = Text {
            en: "Hello".into(),
            es: "Hola".into(),
        };
        assert_eq!(t.get(Lang::En), "Hello");
        assert_eq!(t.get(Lang::Es), "Hola");
    }
}
