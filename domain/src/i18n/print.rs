//! Strings of the packet's parts, running headers, copy list, tests and Word copy, in English
//! and Spanish (hung off [`super::packet::PacketStrings::print`]).

use super::all::Entry;

/// Every string of the packet's parts, choices and Word copy.
pub struct PrintStrings {
    pub section_contents: &'static str,
    pub section_copy_list: &'static str,
    // Who a page is for, as its running header says.
    pub audience_facilitator: &'static str,
    pub audience_student: &'static str,
    pub audience_family: &'static str,
    /// "Sessions 2–3": a split lesson's sessions.
    pub sessions_n: fn(usize, usize) -> String,
    // Contents.
    pub part_facilitator: &'static str,
    pub part_sessions: &'static str,
    pub part_home: &'static str,
    // Copy list.
    /// Above the list: the class size the copies are for.
    pub copy_list_intro: fn(u16) -> String,
    pub col_page: &'static str,
    pub col_languages: &'static str,
    pub col_copies: &'static str,
    pub copies_per_participant: &'static str,
    // Tests.
    /// "Pre-test (session 1)": a lesson plan's line for the test given in its session.
    pub test_in_session: fn(&str, usize) -> String,
    pub code_line: &'static str,
    pub code_hint: &'static str,
    /// A session that runs over the period because of a test: session, minutes, period.
    pub length_tests: fn(usize, u32, u16) -> String,
    pub length_tests_fix: &'static str,
    // The print view's choices (screen only).
    pub facilitator_lang: &'static str,
    pub facilitator_lang_both: &'static str,
    pub session_choice: &'static str,
    pub all_sessions: &'static str,
    pub handouts_only: &'static str,
    pub everything: &'static str,
    pub class_size: &'static str,
    pub test_items_heading: &'static str,
    /// "N questions, about M minutes per test".
    pub test_items_summary: fn(usize, u32) -> String,
    pub test_items_default: &'static str,
    // The Word copy.
    pub download_docx: &'static str,
    pub lesson_docx: &'static str,
    pub docx_preparing: &'static str,
    pub docx_failed: &'static str,
}

/// English.
pub const EN: PrintStrings = PrintStrings {
    section_contents: "Contents",
    section_copy_list: "Copy list",
    audience_facilitator: "Facilitator",
    audience_student: "Student",
    audience_family: "Family",
    sessions_n: |a, b| format!("Sessions {a}–{b}"),
    part_facilitator: "For the facilitator",
    part_sessions: "Student and family pages, session by session",
    part_home: "Pages that go home",
    copy_list_intro: |n| {
        format!(
            "Copies for a class of {n}. Card sheets: check the lesson's materials for how many \
             sets each group needs. In a class that reads both languages, split the copies \
             between them."
        )
    },
    col_page: "Page",
    col_languages: "Languages",
    col_copies: "Copies",
    copies_per_participant: "One per participant",
    test_in_session: |test, n| format!("{test} (session {n})"),
    code_line: "Your code",
    code_hint: "Do not write your name. Your code is the first two letters of the first name \
                of an adult you live with, then the day of the month you were born (for \
                example, MA07). Write the same code on the pre-test and the post-test.",
    length_tests: |n, total, period| {
        format!("Session {n} runs {total} minutes with its test, in a {period}-minute period.")
    },
    length_tests_fix: "Give fewer test questions (in the print view), give the test in a \
                       separate class period, or skip an optional step in that session.",
    facilitator_lang: "Facilitator pages in",
    facilitator_lang_both: "Both languages (everything in both)",
    session_choice: "Sessions",
    all_sessions: "All sessions",
    handouts_only: "Handouts only",
    everything: "Everything",
    class_size: "Students in the class",
    test_items_heading: "Pre- and post-test questions",
    test_items_summary: |n, m| match n {
        1 => format!("1 question, about {m} minutes per test"),
        n => format!("{n} questions, about {m} minutes per test"),
    },
    test_items_default: "Use the suggested questions",
    download_docx: "Download as Word (.docx)",
    lesson_docx: "Download this lesson as Word (.docx)",
    docx_preparing: "Preparing the Word file…",
    docx_failed: "The Word file could not be made. Printing still works; please try again.",
};

/// Latin American Spanish.
pub const ES: PrintStrings = PrintStrings {
    section_contents: "Contenido",
    section_copy_list: "Lista de copias",
    audience_facilitator: "Facilitación",
    audience_student: "Estudiantes",
    audience_family: "Familias",
    sessions_n: |a, b| format!("Sesiones {a}–{b}"),
    part_facilitator: "Para la persona facilitadora",
    part_sessions: "Hojas para estudiantes y familias, sesión por sesión",
    part_home: "Hojas para llevar a casa",
    copy_list_intro: |n| {
        format!(
            "Copias para un grupo de {n}. Hojas de tarjetas: revise en los materiales de la \
             lección cuántos juegos necesita cada grupo. En un grupo que lee los dos idiomas, \
             reparta las copias entre ambos."
        )
    },
    col_page: "Hoja",
    col_languages: "Idiomas",
    col_copies: "Copias",
    copies_per_participant: "Una por participante",
    test_in_session: |test, n| format!("{test} (sesión {n})"),
    code_line: "Tu código",
    code_hint: "No escribas tu nombre. Tu código son las dos primeras letras del nombre de una \
                persona adulta con quien vives y luego el día del mes en que naciste (por \
                ejemplo, MA07). Escribe el mismo código en la prueba inicial y en la final.",
    length_tests: |n, total, period| {
        format!(
            "La sesión {n} dura {total} minutos con su prueba, en una clase de {period} minutos."
        )
    },
    length_tests_fix: "Ponga menos preguntas en la prueba (en la vista de impresión), haga la \
                       prueba en otra clase o salte un paso opcional de esa sesión.",
    facilitator_lang: "Hojas de facilitación en",
    facilitator_lang_both: "Los dos idiomas (todo en ambos)",
    session_choice: "Sesiones",
    all_sessions: "Todas las sesiones",
    handouts_only: "Solo hojas para copiar",
    everything: "Todo",
    class_size: "Estudiantes en el grupo",
    test_items_heading: "Preguntas de la prueba inicial y final",
    test_items_summary: |n, m| match n {
        1 => format!("1 pregunta, unos {m} minutos por prueba"),
        n => format!("{n} preguntas, unos {m} minutos por prueba"),
    },
    test_items_default: "Usar las preguntas sugeridas",
    download_docx: "Descargar en Word (.docx)",
    lesson_docx: "Descargar esta lección en Word (.docx)",
    docx_preparing: "Preparando el archivo de Word…",
    docx_failed: "No se pudo crear el archivo de Word. La impresión sigue funcionando; \
                  inténtelo de nuevo.",
};

impl PrintStrings {
    /// Every string in this catalog (see `all.rs`: no `..`, so a new field must be listed).
    pub fn all(&self) -> Vec<Entry> {
        macro_rules! text {
            ($field:ident) => {
                (stringify!($field).to_string(), $field.to_string())
            };
        }
        let PrintStrings {
            section_contents,
            section_copy_list,
            audience_facilitator,
            audience_student,
            audience_family,
            sessions_n,
            part_facilitator,
            part_sessions,
            part_home,
            copy_list_intro,
            col_page,
            col_languages,
            col_copies,
            copies_per_participant,
            test_in_session,
            code_line,
            code_hint,
            length_tests,
            length_tests_fix,
            facilitator_lang,
            facilitator_lang_both,
            session_choice,
            all_sessions,
            handouts_only,
            everything,
            class_size,
            test_items_heading,
            test_items_summary,
            test_items_default,
            download_docx,
            lesson_docx,
            docx_preparing,
            docx_failed,
        } = self;
        vec![
            text!(section_contents),
            text!(section_copy_list),
            text!(audience_facilitator),
            text!(audience_student),
            text!(audience_family),
            ("sessions_n".to_string(), sessions_n(2, 3)),
            text!(part_facilitator),
            text!(part_sessions),
            text!(part_home),
            ("copy_list_intro".to_string(), copy_list_intro(25)),
            text!(col_page),
            text!(col_languages),
            text!(col_copies),
            text!(copies_per_participant),
            ("test_in_session".to_string(), test_in_session("X", 1)),
            text!(code_line),
            text!(code_hint),
            ("length_tests".to_string(), length_tests(1, 62, 50)),
            text!(length_tests_fix),
            text!(facilitator_lang),
            text!(facilitator_lang_both),
            text!(session_choice),
            text!(all_sessions),
            text!(handouts_only),
            text!(everything),
            text!(class_size),
            text!(test_items_heading),
            ("test_items_summary".to_string(), test_items_summary(10, 13)),
            text!(test_items_default),
            text!(download_docx),
            text!(lesson_docx),
            text!(docx_preparing),
            text!(docx_failed),
        ]
    }
}
