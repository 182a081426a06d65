//! Strings of the printed packet and its print view, in English and Spanish.
//!
//! Kept apart from the main catalog (and hung off [`super::Strings::packet`] by one field) so
//! the packet can grow without touching the rest of the UI strings.

/// The first and last dates of a series, written out, when the plan has them.
pub type FirstAndLast<'a> = Option<(&'a str, &'a str)>;

/// Every string the packet and the print view show.
pub struct PacketStrings {
    // The print view (screen only).
    pub print_heading: &'static str,
    pub print_link: &'static str,
    pub print_button: &'static str,
    pub back_to_plan: &'static str,
    pub include_heading: &'static str,
    pub language: &'static str,
    pub print_hint: &'static str,
    /// Above the preview when checks still warn about something the packet prints.
    pub print_warnings: &'static str,
    // Sections, as the checklist names them.
    pub section_cover: &'static str,
    pub section_scope: &'static str,
    pub section_lessons: &'static str,
    pub section_handouts: &'static str,
    pub section_tests: &'static str,
    pub section_answer_key: &'static str,
    pub section_parent_letter: &'static str,
    pub section_resource_card: &'static str,
    pub section_facilitator_guide: &'static str,
    // Cover.
    pub packet_title: &'static str,
    pub packet_subtitle: &'static str,
    pub school: &'static str,
    pub grade: &'static str,
    /// "Grade 8" / "8.º grado".
    pub grade_n: fn(u8) -> String,
    pub facilitators: &'static str,
    pub dates: &'static str,
    /// "From A to B".
    pub date_range: fn(&str, &str) -> String,
    pub sessions: &'static str,
    /// "N sessions, M minutes in all".
    pub sessions_total: fn(usize, u32) -> String,
    pub levels_covered: &'static str,
    pub dates_tbd: &'static str,
    pub not_set: &'static str,
    /// The letter's sentences that depend on what the plan fills in (`None`: left blank).
    /// Organization.
    pub letter_about: fn(Option<&str>) -> String,
    /// First and last date, sessions, grade, school.
    pub letter_schedule: fn(FirstAndLast<'_>, usize, u8, &str) -> String,
    /// Facilitators, organization.
    pub letter_led_by: fn(Option<&str>, Option<&str>) -> String,
    pub letter_contact_who: fn(Option<&str>, Option<&str>) -> String,
    /// The first date.
    pub letter_before_first: fn(Option<&str>) -> String,
    /// The school when the plan names none.
    pub letter_school_fallback: &'static str,
    /// Who signs when neither facilitators nor organization are filled in.
    pub letter_signed_team: &'static str,
    // Scope and sequence.
    pub scope_title: &'static str,
    pub col_session: &'static str,
    pub col_date: &'static str,
    pub col_lesson: &'static str,
    pub col_minutes: &'static str,
    pub col_levels: &'static str,
    pub col_factors: &'static str,
    pub col_forms: &'static str,
    pub col_nc: &'static str,
    /// Below the scope and sequence: the statute's elements no lesson teaches.
    pub nc_not_covered: fn(&str) -> String,
    pub missing_lesson: &'static str,
    /// "part P of N".
    pub part_of: fn(usize, usize) -> String,
    // Lesson plan.
    pub lesson_plan_kicker: &'static str,
    /// "Session N".
    pub session_n: fn(usize) -> String,
    pub minutes_label: &'static str,
    pub min: &'static str,
    pub objectives: &'static str,
    pub materials: &'static str,
    pub preparation: &'static str,
    pub class_notes: &'static str,
    pub procedure: &'static str,
    pub discussion: &'static str,
    pub safety: &'static str,
    pub referral_contacts: &'static str,
    pub hotline_line: &'static str,
    pub adaptations: &'static str,
    pub light_green: &'static str,
    pub light_yellow: &'static str,
    pub light_red: &'static str,
    // Student pages.
    pub handout_kicker: &'static str,
    pub handout_kicker_families: &'static str,
    pub handout_kicker_staff: &'static str,
    /// The attendance sheet an adult session prints instead of student pages.
    pub sign_in: &'static str,
    /// Columns of the sign-in sheet: name, role, signature.
    pub sign_in_cols: [&'static str; 3],
    /// Above the sheet's table: the session, school and date lines a program keeps.
    pub sign_in_record: fn(&str, &str) -> String,
    pub name_line: &'static str,
    pub date_line: &'static str,
    pub pre_test: &'static str,
    pub post_test: &'static str,
    pub test_kicker: &'static str,
    pub test_instructions: &'static str,
    pub answer_key: &'static str,
    pub answer_key_intro: &'static str,
    pub col_number: &'static str,
    pub col_answer: &'static str,
    pub col_why: &'static str,
    // Families, cards and guides.
    pub letter_kicker: &'static str,
    pub card_kicker: &'static str,
    pub cut_hint: &'static str,
    pub guide_kicker: &'static str,
    pub col_avoid: &'static str,
    pub col_instead: &'static str,
    pub no_contacts: &'static str,
    pub counselor: &'static str,
    pub crisis_center: &'static str,
    pub other_contact: &'static str,
    /// The packet's parts, running headers, copy list, tests and Word copy.
    pub print: &'static super::print::PrintStrings,
}

/// English.
pub const EN: PacketStrings = PacketStrings {
    print_heading: "Print packet",
    print_link: "Print packet",
    print_button: "Print",
    back_to_plan: "Back to the plan",
    include_heading: "Sections to include",
    language: "Packet language",
    print_hint: "The preview below is what prints. Use US Letter or A4, portrait.",
    print_warnings: "Before you print, the plan still needs attention:",
    section_cover: "Cover",
    section_scope: "Scope and sequence",
    section_lessons: "Facilitator lesson plans",
    section_handouts: "Student handouts",
    section_tests: "Pre-test and post-test",
    section_answer_key: "Answer key",
    section_parent_letter: "Letter to families",
    section_resource_card: "Student resource card",
    section_facilitator_guide: "Facilitator guide",
    packet_title: "Prevention lesson packet",
    packet_subtitle: "Human trafficking and sexual violence prevention",
    school: "School",
    grade: "Grade",
    grade_n: |g| format!("Grade {g}"),
    facilitators: "Facilitators",
    dates: "Dates",
    date_range: |a, b| format!("{a} to {b}"),
    sessions: "Sessions",
    sessions_total: |n, m| {
        let s = if n == 1 { "" } else { "s" };
        format!("{n} session{s}, {m} minutes in all")
    },
    levels_covered: "Social-ecological levels covered",
    dates_tbd: "dates to be confirmed",
    not_set: "to be confirmed",
    letter_about: |org| match org {
        Some(o) => format!(
            "The lessons are offered by {o} and focus on preventing human trafficking and sexual violence."
        ),
        None => "The lessons focus on preventing human trafficking and sexual violence.".into(),
    },
    letter_schedule: |dates, n, grade, school| match (dates, n) {
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
    letter_led_by: |people, org| match (people, org) {
        (Some(p), Some(o)) => format!("They will be led by {p}, of {o}."),
        (Some(p), None) => format!("They will be led by {p}."),
        (None, Some(o)) => format!("They will be led by the prevention team of {o}."),
        (None, None) => "They will be led by a trained prevention educator.".into(),
    },
    letter_contact_who: |people, org| match (people, org) {
        (Some(p), Some(o)) => format!("{p} at {o}"),
        (Some(p), None) => p.to_string(),
        (None, Some(o)) => format!("the prevention team at {o}"),
        (None, None) => "the school".into(),
    },
    letter_before_first: |date| match date {
        Some(d) => format!("before {d}"),
        None => "before the first session".into(),
    },
    letter_school_fallback: "your child's school",
    letter_signed_team: "The prevention team",
    scope_title: "Scope and sequence",
    col_session: "Session",
    col_date: "Date",
    col_lesson: "Lesson",
    col_minutes: "Minutes",
    col_levels: "Levels",
    col_factors: "Risk and protective factors",
    col_forms: "Forms of trafficking",
    col_nc: "NC elements (G.S. 115C-81.30)",
    nc_not_covered: |missing| format!("Elements of G.S. 115C-81.30 this series does not teach: {missing}."),
    missing_lesson: "no longer in the library",
    part_of: |p, n| format!("part {p} of {n}"),
    lesson_plan_kicker: "Facilitator lesson plan",
    session_n: |n| format!("Session {n}"),
    minutes_label: "Minutes",
    min: "min",
    objectives: "Objectives",
    materials: "Materials",
    preparation: "Preparation",
    class_notes: "Notes for this class",
    procedure: "Procedure",
    discussion: "Discussion questions",
    safety: "Facilitator safety notes",
    referral_contacts: "Local referral contacts",
    hotline_line: "National Human Trafficking Hotline: call 1-888-373-7888 or text 233733 (24/7, confidential). In an emergency, call 911.",
    adaptations: "Adaptation notes",
    light_green: "Green (may change)",
    light_yellow: "Yellow (change with care)",
    light_red: "Red (must stay)",
    handout_kicker: "Student handout",
    handout_kicker_families: "For families",
    handout_kicker_staff: "For school staff",
    sign_in: "Sign-in sheet",
    sign_in_cols: ["Name", "Role or relationship to a student", "Signature"],
    sign_in_record: |session, school| {
        format!(
            "Session: {session}\n\nSchool: {school}   Date: ____________   Minutes: ______\n\n\
             Presenter(s) and organization: ______________________________\n\n\
             By signing, I confirm that I attended this session."
        )
    },
    name_line: "Name:",
    date_line: "Date:",
    pre_test: "Pre-test",
    post_test: "Post-test",
    test_kicker: "Student survey",
    test_instructions: "Circle the best answer for each question. This is not graded: it helps us see what the lessons teach.",
    answer_key: "Answer key",
    answer_key_intro: "The pre-test and the post-test ask the same questions in the same order.",
    col_number: "No.",
    col_answer: "Answer",
    col_why: "Why",
    letter_kicker: "For families",
    card_kicker: "Student resource card",
    cut_hint: "Cut along the dashed lines.",
    guide_kicker: "Facilitator guide",
    col_avoid: "Instead of",
    col_instead: "Say",
    no_contacts: "Ask the school office for the school counselor's contact.",
    counselor: "school counselor",
    crisis_center: "local rape crisis center",
    other_contact: "local contact",
    print: &super::print::EN,
};

/// Spanish.
pub const ES: PacketStrings = PacketStrings {
    print_heading: "Imprimir el paquete",
    print_link: "Imprimir el paquete",
    print_button: "Imprimir",
    back_to_plan: "Volver al plan",
    include_heading: "Secciones que se incluyen",
    language: "Idioma del paquete",
    print_hint: "La vista previa es lo que se imprime. Use papel carta (Letter) o A4, en vertical.",
    print_warnings: "Antes de imprimir, el plan todavía requiere atención:",
    section_cover: "Portada",
    section_scope: "Alcance y secuencia",
    section_lessons: "Planes de lección para facilitar",
    section_handouts: "Hojas para estudiantes",
    section_tests: "Prueba inicial y prueba final",
    section_answer_key: "Clave de respuestas",
    section_parent_letter: "Carta a las familias",
    section_resource_card: "Tarjeta de recursos para estudiantes",
    section_facilitator_guide: "Guía para personas facilitadoras",
    packet_title: "Paquete de lecciones de prevención",
    packet_subtitle: "Prevención de la trata de personas y de la violencia sexual",
    school: "Escuela",
    grade: "Grado",
    grade_n: |g| format!("{g}.º grado"),
    facilitators: "Personas facilitadoras",
    dates: "Fechas",
    date_range: |a, b| format!("Del {a} al {b}"),
    sessions: "Sesiones",
    sessions_total: |n, m| {
        let s = if n == 1 { "sesión" } else { "sesiones" };
        format!("{n} {s}, {m} minutos en total")
    },
    levels_covered: "Niveles del modelo socioecológico que se tratan",
    dates_tbd: "fechas por confirmar",
    not_set: "por confirmar",
    letter_about: |org| match org {
        Some(o) => format!(
            "Las lecciones las ofrece {o} y tratan sobre la prevención de la trata de personas y \
             de la violencia sexual."
        ),
        None => "Las lecciones tratan sobre la prevención de la trata de personas y de la \
                 violencia sexual."
            .into(),
    },
    letter_schedule: |dates, n, grade, school| match (dates, n) {
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
    },
    letter_led_by: |people, org| match (people, org) {
        (Some(p), Some(o)) => format!("Estarán a cargo de {p}, de {o}."),
        (Some(p), None) => format!("Estarán a cargo de {p}."),
        (None, Some(o)) => format!("Estarán a cargo del equipo de prevención de {o}."),
        (None, None) => "Estarán a cargo de un equipo de prevención con formación.".into(),
    },
    letter_contact_who: |people, org| match (people, org) {
        (Some(p), Some(o)) => format!("{p}, de {o}"),
        (Some(p), None) => p.to_string(),
        (None, Some(o)) => format!("el equipo de prevención de {o}"),
        (None, None) => "la escuela".into(),
    },
    letter_before_first: |date| match date {
        Some(d) => format!("antes del {d}"),
        None => "antes de la primera sesión".into(),
    },
    letter_school_fallback: "la escuela de su hijo o hija",
    letter_signed_team: "El equipo de prevención",
    scope_title: "Alcance y secuencia",
    col_session: "Sesión",
    col_date: "Fecha",
    col_lesson: "Lección",
    col_minutes: "Minutos",
    col_levels: "Niveles",
    col_factors: "Factores de riesgo y de protección",
    col_forms: "Formas de trata",
    col_nc: "Elementos de NC (G.S. 115C-81.30)",
    nc_not_covered: |missing| format!("Elementos de la G.S. 115C-81.30 que esta serie no enseña: {missing}."),
    missing_lesson: "ya no está en la biblioteca",
    part_of: |p, n| format!("parte {p} de {n}"),
    lesson_plan_kicker: "Plan de lección para facilitar",
    session_n: |n| format!("Sesión {n}"),
    minutes_label: "Minutos",
    min: "min",
    objectives: "Objetivos",
    materials: "Materiales",
    preparation: "Preparación",
    class_notes: "Notas para este grupo",
    procedure: "Procedimiento",
    discussion: "Preguntas para el diálogo",
    safety: "Notas de seguridad para quien facilita",
    referral_contacts: "Contactos locales para derivar",
    hotline_line: "Línea Nacional contra la Trata de Personas: llame al 1-888-373-7888 o envíe un mensaje de texto al 233733 (las 24 horas, confidencial). En una emergencia, llame al 911.",
    adaptations: "Notas de adaptación",
    light_green: "Verde (se puede cambiar)",
    light_yellow: "Amarillo (cambiar con cuidado)",
    light_red: "Rojo (debe mantenerse)",
    handout_kicker: "Hoja para estudiantes",
    handout_kicker_families: "Para las familias",
    handout_kicker_staff: "Para el personal escolar",
    sign_in: "Hoja de asistencia",
    sign_in_cols: ["Nombre", "Función o relación con un estudiante", "Firma"],
    sign_in_record: |session, school| {
        format!(
            "Sesión: {session}\n\nEscuela: {school}   Fecha: ____________   Minutos: ______\n\n\
             Presentador(es) y organización: ______________________________\n\n\
             Con mi firma confirmo que asistí a esta sesión."
        )
    },
    name_line: "Nombre:",
    date_line: "Fecha:",
    pre_test: "Prueba inicial",
    post_test: "Prueba final",
    test_kicker: "Encuesta para estudiantes",
    test_instructions: "Encierra en un círculo la mejor respuesta de cada pregunta. No lleva calificación: nos ayuda a ver lo que enseñan las lecciones.",
    answer_key: "Clave de respuestas",
    answer_key_intro: "La prueba inicial y la prueba final tienen las mismas preguntas en el mismo orden.",
    col_number: "N.º",
    col_answer: "Respuesta",
    col_why: "Por qué",
    letter_kicker: "Para las familias",
    card_kicker: "Tarjeta de recursos para estudiantes",
    cut_hint: "Recorte por las líneas discontinuas.",
    guide_kicker: "Guía para personas facilitadoras",
    col_avoid: "En lugar de",
    col_instead: "Diga",
    no_contacts: "Pida en la oficina de la escuela el contacto de la persona consejera escolar.",
    counselor: "consejero o consejera escolar",
    crisis_center: "centro local de apoyo en crisis por violencia sexual",
    other_contact: "contacto local",
    print: &super::print::ES,
};
