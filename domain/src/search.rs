//! Text folding for search: case- and accent-insensitive, so "ninos" finds "niños".
//!
//! The one definition: the first paint's search in `index.html` folds with the same table
//! ([`accent_table`], written into the first paint), and an end-to-end test checks that table
//! against Unicode's decomposition for every letter the lessons use.

/// The accented letters of English and Spanish text, each with the letter it folds to.
const ACCENTS: [(&str, char); 7] = [
    ("áàäâ", 'a'),
    ("éèëê", 'e'),
    ("íìïî", 'i'),
    ("óòöô", 'o'),
    ("úùüû", 'u'),
    ("ñ", 'n'),
    ("ç", 'c'),
];

/// Lowercases and strips the accents used in English and Spanish text.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| {
            if c.is_ascii() {
                return c;
            }
            ACCENTS
                .iter()
                .find(|(accented, _)| accented.contains(c))
                .map_or(c, |&(_, plain)| plain)
        })
        .collect()
}

/// The accented letters [`fold`] replaces and, at the same places, their plain letters: the
/// table the first paint's search in `index.html` folds with (`first_paint` writes it in).
pub fn accent_table() -> (String, String) {
    let accented = ACCENTS.iter().map(|(a, _)| *a).collect();
    let plain = ACCENTS
        .iter()
        .flat_map(|(a, p)| std::iter::repeat_n(*p, a.chars().count()))
        .collect();
    (accented, plain)
}

#[cfg(test)]
mod tests {
    use super::{accent_table, fold};

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Niños"), "ninos");
        assert_eq!(fold("LECCIÓN Única"), "leccion unica");
        assert!(fold("Trata de niños").contains(&fold("NINOS")));
        assert_eq!(fold("pingüino, façade, ÀÈÌÒÙ"), "pinguino, facade, aeiou");
    }

    #[test]
    fn the_table_pairs_each_accented_letter_with_what_fold_makes_of_it() {
        let (accented, plain) = accent_table();
        assert_eq!(accented.chars().count(), plain.chars().count());
        assert_eq!(fold(&accented), plain);
        assert_eq!(plain, "aaaaeeeeiiiioooouuuunc");
    }
}
