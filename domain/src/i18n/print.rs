//! Strings of the packet's parts, running headers, copy list, tests and Word copy, in English
//! and Spanish (hung off [`super::packet::PacketStrings::print`]).

use super::catalog::catalog;

catalog! {
    /// Every string of the packet's parts, choices and Word copy.
    pub struct PrintStrings;
    section_contents = "Contents", "Contenido";
    section_copy_list = "Copy list", "Lista de copias";
    // Who a page is for, as its running header says.
    audience_facilitator = "Facilitator", "Facilitación";
    audience_student = "Student", "Estudiantes";
    audience_family = "Family", "Familias";
    /// "Sessions 2–3": a split lesson's sessions.
    sessions_n(usize, usize) = |a, b| format!("Sessions {a}–{b}"), |a, b| format!("Sesiones {a}–{b}");
    // Contents.
    part_facilitator = "For the facilitator", "Para la persona facilitadora";
    part_sessions =
        "Student and family pages, session by session",
        "Hojas para estudiantes y familias, sesión por sesión";
    part_home = "Pages that go home", "Hojas para llevar a casa";
    // Copy list.
    /// Above the list: the class size the copies are for.
    copy_list_intro(u16) =
        |n| format!(
            "Copies for a class of {n}. Card sheets: check the lesson's materials for how many \
             sets each group needs. In a class that reads both languages, split the copies \
             between them."
        ),
        |n| format!(
            "Copias para un grupo de {n}. Hojas de tarjetas: revise en los materiales de la \
             lección cuántos juegos necesita cada grupo. En un grupo que lee los dos idiomas, \
             reparta las copias entre ambos."
        );
    col_page = "Page", "Hoja";
    col_languages = "Languages", "Idiomas";
    col_copies = "Copies", "Copias";
    copies_per_participant = "One per participant", "Una por participante";
    // Tests.
    /// "Pre-test (session 1)": a lesson plan's line for the test given in its session.
    test_in_session(&str, usize) =
        |test, n| format!("{test} (session {n})"),
        |test, n| format!("{test} (sesión {n})");
    code_line = "Your code", "Tu código";
    code_hint =
        "Do not write your name. Your code is the first two letters of the first name of an \
         adult you live with, then the day of the month you were born (for example, MA07). \
         Write the same code on the pre-test and the post-test.",
        "No escribas tu nombre. Tu código son las dos primeras letras del nombre de una persona \
         adulta con quien vives y luego el día del mes en que naciste (por ejemplo, MA07). \
         Escribe el mismo código en la prueba inicial y en la final.";
    /// A session that runs over the period because of a test: session, minutes, period.
    length_tests(usize, u32, u16) =
        |n, total, period| format!(
            "Session {n} runs {total} minutes with its test, in a {period}-minute period."
        ),
        |n, total, period| format!(
            "La sesión {n} dura {total} minutos con su prueba, en una clase de {period} minutos."
        );
    length_tests_fix =
        "Give fewer test questions (in the print view), give the test in a separate class \
         period, or skip an optional step in that session.",
        "Ponga menos preguntas en la prueba (en la vista de impresión), haga la prueba en otra \
         clase o salte un paso opcional de esa sesión.";
    // The print view's choices (screen only).
    facilitator_lang = "Facilitator pages in", "Hojas de facilitación en";
    facilitator_lang_both = "Both languages (everything in both)", "Los dos idiomas (todo en ambos)";
    session_choice = "Sessions", "Sesiones";
    all_sessions = "All sessions", "Todas las sesiones";
    handouts_only = "Handouts only", "Solo hojas para copiar";
    everything = "Everything", "Todo";
    class_size = "Students in the class", "Estudiantes en el grupo";
    test_items_heading = "Pre- and post-test questions", "Preguntas de la prueba inicial y final";
    /// "N questions, about M minutes per test".
    test_items_summary(usize, u32) =
        |n, m| match n {
            1 => format!("1 question, about {m} minutes per test"),
            n => format!("{n} questions, about {m} minutes per test"),
        },
        |n, m| match n {
            1 => format!("1 pregunta, unos {m} minutos por prueba"),
            n => format!("{n} preguntas, unos {m} minutos por prueba"),
        };
    test_items_default = "Use the suggested questions", "Usar las preguntas sugeridas";
    // The Word copy.
    download_docx = "Download as Word (.docx)", "Descargar en Word (.docx)";
    lesson_docx = "Download this lesson as Word (.docx)", "Descargar esta lección en Word (.docx)";
    docx_preparing = "Preparing the Word file…", "Preparando el archivo de Word…";
    docx_failed =
        "The Word file could not be made. Printing still works; please try again.",
        "No se pudo crear el archivo de Word. La impresión sigue funcionando; inténtelo de nuevo.";
}
