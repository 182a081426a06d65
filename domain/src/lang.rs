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
/// A missing language reads as empty rather than failing to parse, so validation can name
/// the exact field that lacks its Spanish (or English).
///
/// Serialised as a `{en, es}` map, except inside the embedded library's packed form, where it
/// is a number (see `curriculum::packed`).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Text {
    pub en: String,
    pub es: String,
}

/// The map form of a [`Text`], as the TOML sources and plain JSON write it.
#[derive(Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct TextMap<S> {
    en: S,
    es: S,
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match crate::curriculum::packed::store(self) {
            Some(index) => s.serialize_u64(index as u64),
            None => TextMap {
                en: &self.en,
                es: &self.es,
            }
            .serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        struct TextVisitor;
        impl<'de> serde::de::Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text with `en` and `es`")
            }
            fn visit_u64<E: serde::de::Error>(self, index: u64) -> Result<Text, E> {
                crate::curriculum::packed::take(index)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Text, A::Error> {
                let m = TextMap::<String>::deserialize(
                    serde::de::value::MapAccessDeserializer::new(map),
                )?;
                Ok(Text { en: m.en, es: m.es })
            }
        }
        d.deserialize_any(TextVisitor)
    }
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Es => &self.es,
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
