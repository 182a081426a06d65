//! Text folding for search: case- and accent-insensitive, so "ninos" finds "niños".

/// Lowercases and strips the accents used in English and Spanish text.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Niños"), "ninos");
        assert_eq!(fold("LECCIÓN Única"), "leccion unica");
        assert!(fold("Trata de niños").contains(&fold("NINOS")));
    }
}
