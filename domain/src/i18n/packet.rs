//! Strings of the printed packet and its print view, in English and Spanish.
//!
//! Kept apart from the main catalog and reached through [`super::packet_strings`], so the
//! packet can grow without touching the rest of the UI strings, and only its screens carry it. Words the screens say too
//! (the school, the facilitators, the lesson's headings, the adaptation lights, the contact
//! kinds) are not repeated here: the packet reads them from [`super::Strings`].

use super::catalog::catalog;

/// The first and last dates of a series, written out, when the plan has them.
pub type FirstAndLast<'a> = Option<(&'a str, &'a str)>;

catalog! {
    /// Every string the packet and the print view show.
    pub struct PacketStrings;
    // The print view (screen only).
    print_heading = "Print packet", "Imprimir el paquete";
    print_link = "Print packet", "Imprimir el paquete";
    print_button = "Print", "Imprimir";
    back_to_plan = "Back to the plan", "Volver al plan";
    include_heading = "Sections to include", "Secciones que se incluyen";
    print_hint =
        "The preview below is what prints. Use US Letter or A4, portrait.",
        "La vista previa es lo que se imprime. Use papel carta (Letter) o A4, en vertical.";
    /// Above the preview when checks still warn about something the packet prints.
    print_warnings =
        "Before you print, the plan still needs attention:",
        "Antes de imprimir, el plan todavía requiere atención:";
    // Sections, as the checklist names them.
    section_cover = "Cover", "Portada";
    section_scope = "Scope and sequence", "Alcance y secuencia";
    section_lessons = "Facilitator lesson plans", "Planes de lección para facilitar";
    section_tests = "Pre-test and post-test", "Prueba inicial y prueba final";
    section_answer_key = "Answer key", "Clave de respuestas";
    section_parent_letter = "Letter to families", "Carta a las familias";
    section_resource_card = "Student resource card", "Tarjeta de recursos para estudiantes";
    section_facilitator_guide = "Facilitator guide", "Guía para personas facilitadoras";
    // Cover.
    packet_title = "Prevention lesson packet", "Paquete de lecciones de prevención";
    packet_subtitle =
        "Human trafficking and sexual violence prevention",
        "Prevención de la trata de personas y de la violencia sexual";
    dates = "Dates", "Fechas";
    /// "From A to B".
    date_range(&str, &str) = |a, b| format!("{a} to {b}"), |a, b| format!("Del {a} al {b}");
    sessions = "Sessions", "Sesiones";
    /// "N sessions, M minutes in all", and how many of them the tests take (sessions, total
    /// minutes, minutes of tests).
    sessions_total(usize, u32, u32) =
        |n, m, tests| {
            let s = if n == 1 { "" } else { "s" };
            let tests = if tests > 0 { format!(" ({tests} for the tests)") } else { String::new() };
            format!("{n} session{s}, {m} minutes in all{tests}")
        },
        |n, m, tests| {
            let s = if n == 1 { "sesión" } else { "sesiones" };
            let tests = if tests > 0 { format!(" ({tests} para las pruebas)") } else { String::new() };
            format!("{n} {s}, {m} minutos en total{tests}")
        };
    levels_covered =
        "Social-ecological levels covered",
        "Niveles del modelo socioecológico que se tratan";
    dates_tbd = "dates to be confirmed", "fechas por confirmar";
    not_set = "to be confirmed", "por confirmar";
    /// The letter's sentences that depend on what the plan fills in (`None`: left blank).
    /// Organization.
    letter_about(Option<&str>) =
        |org| match org {
            Some(o) => format!(
                "The lessons are offered by {o} and focus on preventing human trafficking and sexual violence."
            ),
            None => "The lessons focus on preventing human trafficking and sexual violence.".into(),
        },
        |org| match org {
            Some(o) => format!(
                "Las lecciones las ofrece {o} y tratan sobre la prevención de la trata de personas y \
                 de la violencia sexual."
            ),
            None => "Las lecciones tratan sobre la prevención de la trata de personas y de la \
                     violencia sexual."
                .into(),
        };
    /// First and last date, sessions, grade, school.
    letter_schedule(FirstAndLast<'_>, usize, u8, &str) =
        |dates, n, grade, school| match (dates, n) {
            (_, 0) => format!(
                "The dates and the number of sessions will be confirmed soon; the lessons are for \
                 grade {grade} students at {school}."
            ),
            (Some((a, _)), 1) => {
                format!("The lesson will take place on {a}, with grade {grade} students at {school}.")
            }
            (Some((a, b)), n) => format!(
                "The lessons will take place from {a} to {b}, in {n} sessions, with grade {grade} \
                 students at {school}."
            ),
            (None, 1) => format!(
                "The series is one session, with grade {grade} students at {school}; its date will \
                 be confirmed soon."
            ),
            (None, n) => format!(
                "The series has {n} sessions, with grade {grade} students at {school}; the dates \
                 will be confirmed soon."
            ),
        },
        |dates, n, grade, school| match (dates, n) {
            (_, 0) => format!(
                "Las fechas y el número de sesiones se confirmarán pronto; las lecciones son para \
                 estudiantes de {grade}.º grado de {school}."
            ),
            (Some((a, _)), 1) => format!(
                "La lección se dará el {a}, con estudiantes de {grade}.º grado de {school}."
            ),
            (Some((a, b)), n) => format!(
                "Las lecciones se darán del {a} al {b}, en {n} sesiones, con estudiantes de \
                 {grade}.º grado de {school}."
            ),
            (None, 1) => format!(
                "La serie es de una sesión, con estudiantes de {grade}.º grado de {school}; la fecha \
                 se confirmará pronto."
            ),
            (None, n) => format!(
                "La serie tiene {n} sesiones, con estudiantes de {grade}.º grado de {school}; las \
                 fechas se confirmarán pronto."
            ),
        };
    /// Facilitators, organization.
    letter_led_by(Option<&str>, Option<&str>) =
        |people, org| match (people, org) {
            (Some(p), Some(o)) => format!("They will be led by {p}, of {o}."),
            (Some(p), None) => format!("They will be led by {p}."),
            (None, Some(o)) => format!("They will be led by the prevention team of {o}."),
            (None, None) => "They will be led by a trained prevention educator.".into(),
        },
        |people, org| match (people, org) {
            (Some(p), Some(o)) => format!("Estarán a cargo de {p}, de {o}."),
            (Some(p), None) => format!("Estarán a cargo de {p}."),
            (None, Some(o)) => format!("Estarán a cargo del equipo de prevención de {o}."),
            (None, None) => "Estarán a cargo de un equipo de prevención con formación.".into(),
        };
    letter_contact_who(Option<&str>, Option<&str>) =
        |people, org| match (people, org) {
            (Some(p), Some(o)) => format!("{p} at {o}"),
            (Some(p), None) => p.to_string(),
            (None, Some(o)) => format!("the prevention team at {o}"),
            (None, None) => "the school".into(),
        },
        |people, org| match (people, org) {
            (Some(p), Some(o)) => format!("{p}, de {o}"),
            (Some(p), None) => p.to_string(),
            (None, Some(o)) => format!("el equipo de prevención de {o}"),
            (None, None) => "la escuela".into(),
        };
    /// The first date.
    letter_before_first(Option<&str>) =
        |date| match date {
            Some(d) => format!("before {d}"),
            None => "before the first session".into(),
        },
        |date| match date {
            Some(d) => format!("antes del {d}"),
            None => "antes de la primera sesión".into(),
        };
    /// The school when the plan names none.
    letter_school_fallback = "your child's school", "la escuela de su hijo o hija";
    /// Who signs when neither facilitators nor organization are filled in.
    letter_signed_team = "The prevention team", "El equipo de prevención";
    // Scope and sequence.
    scope_title = "Scope and sequence", "Alcance y secuencia";
    col_session = "Session", "Sesión";
    col_date = "Date", "Fecha";
    col_lesson = "Lesson", "Lección";
    col_minutes = "Minutes", "Minutos";
    col_factors = "Risk and protective factors", "Factores de riesgo y de protección";
    col_nc = "NC elements (G.S. 115C-81.30)", "Elementos de NC (G.S. 115C-81.30)";
    /// Below the scope and sequence: the statute's elements no lesson teaches.
    nc_not_covered(&str) =
        |missing| format!("Elements of G.S. 115C-81.30 this series does not teach: {missing}."),
        |missing| format!("Elementos de la G.S. 115C-81.30 que esta serie no enseña: {missing}.");
    /// After the id of a plan's lesson that is no longer in the library, in the scope and
    /// sequence (the plan editor says more: `Strings::missing_lesson`).
    not_in_library = "no longer in the library", "ya no está en la biblioteca";
    // Lesson plan.
    lesson_plan_kicker = "Facilitator lesson plan", "Plan de lección para facilitar";
    minutes_label = "Minutes", "Minutos";
    /// Under a lesson's safety heading when the lesson (one's own draft) has no notes yet.
    safety_missing =
        "This lesson has no safety notes of its own yet. Follow the facilitator guide on \
         responding to a disclosure and on reporting, and use the contacts below.",
        "Esta lección todavía no tiene notas de seguridad propias. Siga la guía para quien \
         facilita sobre cómo responder a una revelación y cómo reportar, y use los contactos \
         de abajo.";
    referral_contacts = "Local referral contacts", "Contactos locales para derivar";
    hotline_line =
        "National Human Trafficking Hotline: call 1-888-373-7888 or text 233733 (24/7, confidential). In an emergency, call 911.",
        "Línea Nacional contra la Trata de Personas: llame al 1-888-373-7888 o envíe un mensaje de texto al 233733 (las 24 horas, confidencial). En una emergencia, llame al 911.";
    // Student pages.
    handout_kicker = "Student handout", "Hoja para estudiantes";
    handout_kicker_families = "For families", "Para las familias";
    handout_kicker_staff = "For school staff", "Para el personal escolar";
    /// The attendance sheet an adult session prints instead of student pages.
    sign_in = "Sign-in sheet", "Hoja de asistencia";
    /// Columns of the sign-in sheet: name, role, signature.
    sign_in_cols: [&'static str; 3] =
        ["Name", "Role or relationship to a student", "Signature"],
        ["Nombre", "Función o relación con el o la estudiante", "Firma"];
    /// Above the sheet's table: the session, school and date lines a program keeps.
    sign_in_record(&str, &str) =
        |session, school| {
            format!(
                "Session: {session}\n\nSchool: {school}   Date: ____________   Minutes: ______\n\n\
                 Presenter(s) and organization: ______________________________\n\n\
                 By signing, I confirm that I attended this session."
            )
        },
        |session, school| {
            format!(
                "Sesión: {session}\n\nEscuela: {school}   Fecha: ____________   Minutos: ______\n\n\
                 Presentador(es) y organización: ______________________________\n\n\
                 Con mi firma confirmo que asistí a esta sesión."
            )
        };
    name_line = "Name:", "Nombre:";
    date_line = "Date:", "Fecha:";
    pre_test = "Pre-test", "Prueba inicial";
    post_test = "Post-test", "Prueba final";
    test_kicker = "Student survey", "Encuesta para estudiantes";
    test_instructions =
        "Circle the best answer for each question. This is not graded: it helps us see what the lessons teach.",
        "Encierra en un círculo la mejor respuesta de cada pregunta. No lleva calificación: nos ayuda a ver lo que enseñan las lecciones.";
    answer_key = "Answer key", "Clave de respuestas";
    answer_key_intro =
        "The pre-test and the post-test ask the same questions in the same order.",
        "La prueba inicial y la prueba final tienen las mismas preguntas en el mismo orden.";
    col_number = "No.", "N.º";
    col_why = "Why", "Por qué";
    // Families, cards and guides.
    letter_kicker = "For families", "Para las familias";
    card_kicker = "Student resource card", "Tarjeta de recursos para estudiantes";
    cut_hint = "Cut along the dashed lines.", "Recorte por las líneas discontinuas.";
    guide_kicker = "Facilitator guide", "Guía para personas facilitadoras";
    col_avoid = "Instead of", "En lugar de";
    col_instead = "Say", "Diga";
    no_contacts =
        "Ask the school office for the school counselor's contact.",
        "Pida en la oficina de la escuela el contacto de la persona consejera escolar.";
    /// The packet's parts, running headers, copy list, tests and Word copy.
    print: &'static super::print::PrintStrings = &super::print::EN, &super::print::ES;
}
