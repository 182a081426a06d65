//! The UI string catalog, one per language, with keys checked by the compiler.
//!
//! Each language is a value of [`Strings`]: a missing string is a missing struct field, which
//! fails the build. Content (lessons, vocabulary) is not here; it lives in `curriculum/`.

use crate::lang::Lang;

/// Every UI string the app shows.
pub struct Strings {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub intro: &'static str,
    pub language_label: &'static str,
    pub library_heading: &'static str,
    pub minutes: &'static str,
    pub grades: &'static str,
    pub levels: &'static str,
    pub topics: &'static str,
    pub forms: &'static str,
    pub privacy_note: &'static str,
    pub library_error: &'static str,
    /// "N lessons", with the plural rule of the language.
    pub lesson_count: fn(usize) -> String,
}

/// English.
pub const EN: Strings = Strings {
    app_name: "Prevention Curriculum Planner",
    tagline:
        "Build trafficking and sexual-violence prevention lessons for middle and high schools.",
    intro: "Choose lessons organised by the social-ecological model, assemble them into a series \
            for a school and a class, and print Teach2Reach-style lesson plans and handouts in \
            English and Spanish.",
    language_label: "Language",
    library_heading: "Lesson library",
    minutes: "min",
    grades: "Grades",
    levels: "Levels",
    topics: "Topics",
    forms: "Forms of trafficking",
    privacy_note: "Everything stays on this device: no account, no server, no tracking.",
    library_error: "The lesson library could not be read. Please reload the page.",
    lesson_count: |n| match n {
        1 => "1 lesson".to_string(),
        n => format!("{n} lessons"),
    },
};

/// Spanish.
pub const ES: Strings = Strings {
    app_name: "Planificador de Currículo de Prevención",
    tagline: "Prepare lecciones de prevención de la trata y la violencia sexual para escuelas \
              intermedias y secundarias.",
    intro: "Elija lecciones organizadas según el modelo socioecológico, reúnalas en una serie \
            para una escuela y un grupo, e imprima planes de lección al estilo Teach2Reach y \
            hojas para estudiantes en inglés y en español.",
    language_label: "Idioma",
    library_heading: "Biblioteca de lecciones",
    minutes: "min",
    grades: "Grados",
    levels: "Niveles",
    topics: "Temas",
    forms: "Formas de trata",
    privacy_note: "Todo se queda en este dispositivo: sin cuenta, sin servidor, sin rastreo.",
    library_error: "No se pudo leer la biblioteca de lecciones. Vuelva a cargar la página.",
    lesson_count: |n| match n {
        1 => "1 lección".to_string(),
        n => format!("{n} lecciones"),
    },
};

/// The catalog for `lang`.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_follow_each_language() {
        assert_eq!((EN.lesson_count)(1), "1 lesson");
        assert_eq!((EN.lesson_count)(16), "16 lessons");
        assert_eq!((ES.lesson_count)(1), "1 lección");
        assert_eq!((ES.lesson_count)(0), "0 lecciones");
    }

    #[test]
    fn spanish_differs_from_english_where_it_should() {
        assert_ne!(EN.app_name, ES.app_name);
        assert_ne!(EN.intro, ES.intro);
        assert_eq!(strings(Lang::Es).language_label, "Idioma");
    }
}
