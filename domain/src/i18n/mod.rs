//! The UI string catalog, one per language, with keys checked by the compiler.
//!
//! Each language is a value of [`Strings`]: a missing string is a missing struct field, which
//! fails the build. Content (lessons, vocabulary) is not here; it lives in `curriculum/`.
//!
//! Why plain structs and not `leptos_i18n` (or Fluent): a struct catalog costs nothing in the
//! bundle (the strings are `&'static str` constants, plural and date rules are plain Rust
//! functions), every key is checked by the compiler in both languages, and it adds no
//! dependency or macro machinery. [`Strings::all`] lists every string for the tests that check
//! that no string is empty and that Spanish is really translated.

use crate::lang::Lang;

mod all;
pub mod checks;
pub mod daily;
mod data;
mod dates;
pub use data::DataStrings;
pub mod packet;
pub use dates::{long_date, month_year, short_date};

/// Every UI string the app shows.
pub struct Strings {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub intro: &'static str,
    pub language_label: &'static str,
    pub library_heading: &'static str,
    /// Shown under the static lesson list while the app itself is still loading.
    pub app_loading: &'static str,
    pub minutes: &'static str,
    pub grades: &'static str,
    pub levels: &'static str,
    pub topics: &'static str,
    pub forms: &'static str,
    pub privacy_note: &'static str,
    pub library_error: &'static str,
    /// Shown while the lessons a screen needs are still being read.
    pub lessons_loading: &'static str,
    /// "N lessons", with the plural rule of the language.
    pub lesson_count: fn(usize) -> String,
    pub skip_to_content: &'static str,
    pub main_nav: &'static str,
    pub nav_library: &'static str,
    pub nav_plans: &'static str,
    pub filters_heading: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub clear_filters: &'static str,
    /// "Showing N of M lessons".
    pub showing: fn(usize, usize) -> String,
    pub no_results: &'static str,
    /// Button under a long result list: render the next batch of lesson cards.
    pub show_more: fn(usize) -> String,
    pub facet_level: &'static str,
    pub facet_grade: &'static str,
    pub facet_form: &'static str,
    pub facet_topic: &'static str,
    pub facet_risk: &'static str,
    pub facet_protective: &'static str,
    pub facet_length: &'static str,
    pub facet_audience: &'static str,
    pub facet_nc: &'static str,
    pub length_short: &'static str,
    pub length_period: &'static str,
    pub length_long: &'static str,
    pub add_to_plan: &'static str,
    /// "Added to <plan>".
    pub added_to: fn(&str) -> String,
    pub back_to_library: &'static str,
    pub lesson_not_found: &'static str,
    pub objectives: &'static str,
    pub materials: &'static str,
    pub preparation: &'static str,
    pub procedure: &'static str,
    pub discussion: &'static str,
    pub safety: &'static str,
    pub handouts: &'static str,
    pub assessment: &'static str,
    pub answer: &'static str,
    pub adaptations: &'static str,
    pub sources: &'static str,
    pub optional_step: &'static str,
    pub light_green: &'static str,
    pub light_yellow: &'static str,
    pub light_red: &'static str,
    pub risk_factors: &'static str,
    pub protective_factors: &'static str,
    pub plans_heading: &'static str,
    pub new_plan: &'static str,
    pub default_plan_name: &'static str,
    /// "Copy of <name>".
    pub copy_of: fn(&str) -> String,
    pub duplicate: &'static str,
    pub delete: &'static str,
    /// "Deleted <name>".
    /// The plans list's notice after plans were added or removed, and after that was undone
    /// (`true`): the kind of change and the plans' names.
    pub list_notice: fn(crate::history::ListChangeKind, bool, &str) -> String,
    pub undo: &'static str,
    pub redo: &'static str,
    pub last_edited: &'static str,
    /// "N sessions".
    pub session_count: fn(usize) -> String,
    pub no_plans: &'static str,
    pub plan_details: &'static str,
    pub plan_name: &'static str,
    pub school: &'static str,
    pub facilitators: &'static str,
    pub organization: &'static str,
    pub grade: &'static str,
    /// "Grade N".
    pub grade_n: fn(u8) -> String,
    pub period_minutes: &'static str,
    pub packet_lang: &'static str,
    pub packet_en: &'static str,
    pub packet_es: &'static str,
    pub packet_both: &'static str,
    pub start_date: &'static str,
    pub meeting_days: &'static str,
    pub no_class_dates: &'static str,
    /// Beside a no-class date on a day the class does not meet (the weekday's name).
    pub no_class_idle: fn(&str) -> String,
    pub hide_intro: &'static str,
    pub add_date: &'static str,
    pub remove: &'static str,
    pub contacts: &'static str,
    pub counselor: &'static str,
    pub crisis_center: &'static str,
    pub other_contact: &'static str,
    pub contact_role: &'static str,
    pub contact_name: &'static str,
    pub contact_phone: &'static str,
    pub add_contact: &'static str,
    pub notes: &'static str,
    pub lessons_in_plan: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub drag_hint: &'static str,
    pub lesson_notes: &'static str,
    pub steps_to_teach: &'static str,
    pub skip: &'static str,
    /// "N min, longer than the M-minute period".
    pub too_long: fn(u32, u16) -> String,
    pub split_lesson: &'static str,
    /// "part P of N".
    pub part_of: fn(usize, usize) -> String,
    /// "This lesson (id) is no longer in the library; it stays in the plan until you remove it."
    pub missing_lesson: fn(&str) -> String,
    pub no_lessons_yet: &'static str,
    /// The coverage card, plan checks and language-guide advice.
    pub checks: &'static checks::CheckStrings,
    pub schedule_heading: &'static str,
    pub schedule_needs_dates: &'static str,
    pub schedule_runs_out: &'static str,
    /// "Session N".
    pub session_n: fn(usize) -> String,
    /// The short mark of session N inside a calendar day ("S1").
    pub session_mark: fn(usize) -> String,
    /// Symbols shown as text: before a warning, before a "back" link, and on a drag handle.
    pub warning_sign: &'static str,
    pub back_arrow: &'static str,
    pub drag_handle: &'static str,
    pub calendar_heading: &'static str,
    pub moved: fn(&str, usize) -> String,
    pub saved: &'static str,
    pub save_failed: &'static str,
    pub storage_unavailable: &'static str,
    pub storage_corrupt: &'static str,
    pub storage_newer: &'static str,
    pub min: &'static str,
    /// Weekday names, Monday first: short and long.
    pub weekdays_short: [&'static str; 7],
    pub weekdays_long: [&'static str; 7],
    pub months: [&'static str; 12],
    /// Export, import, sharing, storage and update messages.
    pub data: &'static DataStrings,
    /// Where lessons go, plan status, grade-band swaps, plan rows and the lead's review.
    pub daily: &'static daily::DailyStrings,
    /// The printed packet's strings (see [`packet`]).
    pub packet: &'static packet::PacketStrings,
}

/// English.
pub const EN: Strings = Strings {
    app_name: "Prevention Curriculum Planner",
    tagline:
        "Build trafficking and sexual-violence prevention lessons for middle and high schools.",
    intro: "Choose lessons organized by the social-ecological model, assemble them into a series \
            for a school and a class, and print Teach2Reach-style lesson plans and handouts in \
            English and Spanish.",
    language_label: "Language",
    library_heading: "Lesson library",
    app_loading: "Loading the planner. Filters, lesson details and your plans appear in a \
                  moment.",
    minutes: "min",
    grades: "Grades",
    levels: "Levels",
    topics: "Topics",
    forms: "Forms of trafficking",
    privacy_note: "Everything stays on this device: no account, no server, no tracking.",
    library_error: "The lessons could not be loaded. Check the connection and reload the \
                    page; your plans are safe on this device.",
    lessons_loading: "Loading the lessons…",
    lesson_count: |n| match n {
        1 => "1 lesson".to_string(),
        n => format!("{n} lessons"),
    },
    skip_to_content: "Skip to content",
    main_nav: "Main",
    nav_library: "Lesson library",
    nav_plans: "My plans",
    filters_heading: "Filter lessons",
    search_label: "Search titles, summaries and objectives",
    search_placeholder: "e.g. job offers",
    clear_filters: "Clear all filters",
    showing: |n, total| format!("Showing {n} of {total} lessons"),
    no_results: "No lesson matches these filters. Remove a filter or change the search.",
    show_more: |n| format!("Show {n} more lessons"),
    facet_level: "Social-ecological level",
    facet_grade: "Grade band",
    facet_form: "Form of trafficking",
    facet_topic: "Topic",
    facet_risk: "Risk factor",
    facet_protective: "Protective factor",
    facet_length: "Length",
    facet_audience: "For",
    facet_nc: "NC required elements (G.S. 115C-81.30)",
    length_short: "Up to 30 minutes",
    length_period: "31 to 45 minutes",
    length_long: "Over 45 minutes",
    add_to_plan: "Add to plan",
    added_to: |plan| format!("Added to “{plan}”"),
    back_to_library: "Back to the library",
    lesson_not_found: "This lesson is not in the library.",
    objectives: "Learning objectives",
    materials: "Materials",
    preparation: "Preparation",
    procedure: "Procedure",
    discussion: "Discussion questions",
    safety: "Facilitator safety notes",
    handouts: "Student handouts",
    assessment: "Pre/post assessment",
    answer: "Answer",
    adaptations: "Adaptation notes",
    sources: "Sources",
    optional_step: "optional",
    light_green: "Green: safe to change",
    light_yellow: "Yellow: change with care",
    light_red: "Red: keep as written",
    risk_factors: "Risk factors",
    protective_factors: "Protective factors",
    plans_heading: "My plans",
    new_plan: "New plan",
    default_plan_name: "Untitled plan",
    copy_of: |name| format!("Copy of {name}"),
    duplicate: "Duplicate",
    delete: "Delete",
    list_notice: |kind, undone, names| {
        use crate::history::ListChangeKind as K;
        match (kind, undone) {
            (K::Created, false) => format!("Created “{names}”."),
            (K::Imported, false) => format!("Imported “{names}”."),
            (K::Duplicated, false) => format!("Duplicated as “{names}”."),
            (K::Deleted, false) => format!("Deleted “{names}”."),
            (K::Deleted, true) => format!("Put back “{names}”."),
            (_, true) => format!("Removed “{names}”. Redo adds it again."),
        }
    },
    undo: "Undo",
    redo: "Redo",
    last_edited: "Last edited",
    session_count: |n| match n {
        1 => "1 session".to_string(),
        n => format!("{n} sessions"),
    },
    no_plans: "No plans yet. Create one, then add lessons from the library.",
    plan_details: "Plan details",
    plan_name: "Plan name",
    school: "School or organization",
    facilitators: "Facilitator(s)",
    organization: "Your organization (for the parent letter)",
    grade: "Grade",
    grade_n: |g| format!("Grade {g}"),
    period_minutes: "Class period (minutes)",
    packet_lang: "Packet language",
    packet_en: "English",
    packet_es: "Spanish",
    packet_both: "Bilingual (English and Spanish)",
    start_date: "Start date",
    meeting_days: "Meeting days",
    no_class_dates: "Dates with no class",
    no_class_idle: |day| format!("A {day}, not a meeting day: this date changes nothing."),
    hide_intro: "Hide this introduction",
    add_date: "Add date",
    remove: "Remove",
    contacts: "Local contacts for referrals",
    counselor: "School counselor",
    crisis_center: "Local rape crisis center",
    other_contact: "Other contact",
    contact_role: "Role",
    contact_name: "Name",
    contact_phone: "Phone",
    add_contact: "Add contact",
    notes: "Notes",
    lessons_in_plan: "Lessons in this plan",
    move_up: "Move up",
    move_down: "Move down",
    drag_hint: "Drag to reorder, or use Move up and Move down.",
    lesson_notes: "Notes for this class",
    steps_to_teach: "Steps (untick to skip)",
    skip: "Teach",
    too_long: |m, p| format!("{m} min: longer than the {p}-minute period"),
    split_lesson: "Split over as many sessions as fit the period",
    part_of: |p, n| format!("part {p} of {n}"),
    missing_lesson: |id| format!("The lesson “{id}” is no longer in the library. It stays in the plan until you remove it."),
    no_lessons_yet: "No lessons yet. Add some from the library.",
    checks: &checks::EN,
    schedule_heading: "Schedule",
    schedule_needs_dates: "Choose a start date and meeting days to see the dates.",
    schedule_runs_out: "no date found",
    session_n: |n| format!("Session {n}"),
    session_mark: |n| format!("S{n}"),
    warning_sign: "⚠",
    back_arrow: "←",
    drag_handle: "⠿",
    calendar_heading: "Calendar",
    moved: |title, pos| format!("Moved “{title}” to position {pos}."),
    saved: "All changes saved on this device.",
    save_failed: "Could not save: this browser's storage is full or blocked. Your changes are kept while this tab stays open.",
    storage_unavailable: "This browser does not allow saving (storage is disabled or private mode). Your work is kept only while this tab stays open.",
    storage_corrupt: "Your saved plans could not be read. The saved text was kept as a backup; nothing was deleted.",
    storage_newer: "Your plans were saved by a newer version of the planner. Reload to get the new version; nothing will be changed until then.",
    min: "min",
    weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    weekdays_long: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    months: [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ],
    data: &data::EN,
    daily: &daily::EN,
    packet: &packet::EN,
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
    app_loading: "Cargando el planificador. Los filtros, los detalles de las lecciones y sus \
                  planes aparecen en un momento.",
    minutes: "min",
    grades: "Grados",
    levels: "Niveles",
    topics: "Temas",
    forms: "Formas de trata",
    privacy_note: "Todo se queda en este dispositivo: sin cuenta, sin servidor, sin rastreo.",
    library_error: "No se pudieron cargar las lecciones. Revise la conexión y vuelva a \
                    cargar la página; sus planes están seguros en este dispositivo.",
    lessons_loading: "Cargando las lecciones…",
    lesson_count: |n| match n {
        1 => "1 lección".to_string(),
        n => format!("{n} lecciones"),
    },
    skip_to_content: "Ir al contenido",
    main_nav: "Principal",
    nav_library: "Biblioteca de lecciones",
    nav_plans: "Mis planes",
    filters_heading: "Filtrar lecciones",
    search_label: "Buscar en títulos, resúmenes y objetivos",
    search_placeholder: "p. ej., ofertas de trabajo",
    clear_filters: "Quitar todos los filtros",
    showing: |n, total| format!("Mostrando {n} de {total} lecciones"),
    no_results: "Ninguna lección coincide con estos filtros. Quite un filtro o cambie la búsqueda.",
    show_more: |n| format!("Mostrar {n} lecciones más"),
    facet_level: "Nivel socioecológico",
    facet_grade: "Grados",
    facet_form: "Forma de trata",
    facet_topic: "Tema",
    facet_risk: "Factor de riesgo",
    facet_protective: "Factor de protección",
    facet_length: "Duración",
    facet_audience: "Para",
    facet_nc: "Elementos que exige NC (G.S. 115C-81.30)",
    length_short: "Hasta 30 minutos",
    length_period: "De 31 a 45 minutos",
    length_long: "Más de 45 minutos",
    add_to_plan: "Añadir al plan",
    added_to: |plan| format!("Se añadió a «{plan}»"),
    back_to_library: "Volver a la biblioteca",
    lesson_not_found: "Esta lección no está en la biblioteca.",
    objectives: "Objetivos de aprendizaje",
    materials: "Materiales",
    preparation: "Preparación",
    procedure: "Procedimiento",
    discussion: "Preguntas para conversar",
    safety: "Notas de seguridad para quien facilita",
    handouts: "Hojas para estudiantes",
    assessment: "Evaluación inicial y final",
    answer: "Respuesta",
    adaptations: "Notas de adaptación",
    sources: "Fuentes",
    optional_step: "opcional",
    light_green: "Verde: se puede cambiar",
    light_yellow: "Amarillo: cambiar con cuidado",
    light_red: "Rojo: mantener tal cual",
    risk_factors: "Factores de riesgo",
    protective_factors: "Factores de protección",
    plans_heading: "Mis planes",
    new_plan: "Nuevo plan",
    default_plan_name: "Plan sin título",
    copy_of: |name| format!("Copia de {name}"),
    duplicate: "Duplicar",
    delete: "Eliminar",
    list_notice: |kind, undone, names| {
        use crate::history::ListChangeKind as K;
        match (kind, undone) {
            (K::Created, false) => format!("Se creó «{names}»."),
            (K::Imported, false) => format!("Se importó «{names}»."),
            (K::Duplicated, false) => format!("Se duplicó como «{names}»."),
            (K::Deleted, false) => format!("Se eliminó «{names}»."),
            (K::Deleted, true) => format!("Se restauró «{names}»."),
            (_, true) => format!("Se quitó «{names}». Rehacer lo vuelve a agregar."),
        }
    },
    undo: "Deshacer",
    redo: "Rehacer",
    last_edited: "Última edición",
    session_count: |n| match n {
        1 => "1 sesión".to_string(),
        n => format!("{n} sesiones"),
    },
    no_plans: "Todavía no hay planes. Cree uno y luego añada lecciones desde la biblioteca.",
    plan_details: "Datos del plan",
    plan_name: "Nombre del plan",
    school: "Escuela u organización",
    facilitators: "Persona(s) facilitadora(s)",
    organization: "Su organización (para la carta a las familias)",
    grade: "Grado",
    grade_n: |g| format!("{g}.º grado"),
    period_minutes: "Duración de la clase (minutos)",
    packet_lang: "Idioma del paquete",
    packet_en: "Inglés",
    packet_es: "Español",
    packet_both: "Bilingüe (inglés y español)",
    start_date: "Fecha de inicio",
    meeting_days: "Días de clase",
    no_class_dates: "Fechas sin clase",
    no_class_idle: |day| format!("Es {day}, un día sin clase de la serie: esta fecha no cambia nada."),
    hide_intro: "Ocultar esta introducción",
    add_date: "Añadir fecha",
    remove: "Quitar",
    contacts: "Contactos locales para derivaciones",
    counselor: "Consejero o consejera escolar",
    crisis_center: "Centro local de apoyo en crisis por violencia sexual",
    other_contact: "Otro contacto",
    contact_role: "Función",
    contact_name: "Nombre",
    contact_phone: "Teléfono",
    add_contact: "Añadir contacto",
    notes: "Notas",
    lessons_in_plan: "Lecciones de este plan",
    move_up: "Subir",
    move_down: "Bajar",
    drag_hint: "Arrastre para cambiar el orden, o use Subir y Bajar.",
    lesson_notes: "Notas para este grupo",
    steps_to_teach: "Pasos (desmarque para omitir)",
    skip: "Enseñar",
    too_long: |m, p| format!("{m} min: más larga que la clase de {p} minutos"),
    split_lesson: "Dividir en las sesiones necesarias para que quepa en la clase",
    part_of: |p, n| format!("parte {p} de {n}"),
    missing_lesson: |id| format!("La lección «{id}» ya no está en la biblioteca. Se queda en el plan hasta que la quite."),
    no_lessons_yet: "Todavía no hay lecciones. Añada algunas desde la biblioteca.",
    checks: &checks::ES,
    schedule_heading: "Calendario de sesiones",
    schedule_needs_dates: "Elija una fecha de inicio y los días de clase para ver las fechas.",
    schedule_runs_out: "sin fecha",
    session_n: |n| format!("Sesión {n}"),
    session_mark: |n| format!("S{n}"),
    warning_sign: "⚠",
    back_arrow: "←",
    drag_handle: "⠿",
    calendar_heading: "Calendario",
    moved: |title, pos| format!("«{title}» pasó a la posición {pos}."),
    saved: "Todos los cambios están guardados en este dispositivo.",
    save_failed: "No se pudo guardar: el almacenamiento del navegador está lleno o bloqueado. Sus cambios se conservan mientras esta pestaña siga abierta.",
    storage_unavailable: "Este navegador no permite guardar (almacenamiento desactivado o modo privado). Su trabajo se conserva solo mientras esta pestaña siga abierta.",
    storage_corrupt: "No se pudieron leer sus planes guardados. El texto guardado se conservó como copia de seguridad; no se borró nada.",
    storage_newer: "Sus planes se guardaron con una versión más nueva del planificador. Vuelva a cargar la página para obtenerla; no se cambiará nada hasta entonces.",
    min: "min",
    weekdays_short: ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    weekdays_long: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    months: [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre",
    ],
    data: &data::ES,
    daily: &daily::ES,
    packet: &packet::ES,
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

    /// Keys whose text may be the same in both languages: abbreviations, names of languages
    /// shown in their own language, and texts made only of sample arguments and symbols.
    const SAME_IN_BOTH: &[&str] = &[
        "minutes",
        "min",
        "packet.min",
        "checks.factor",
        "daily.comment_by",
        "session_mark",
        "warning_sign",
        "back_arrow",
        "drag_handle",
        "checks.mark_pass",
        "checks.mark_advice",
        "checks.mark_warning",
        "checks.mark_pending",
    ];

    #[test]
    fn both_catalogs_have_the_same_keys_and_no_empty_string() {
        let en = EN.all();
        let es = ES.all();
        let keys = |all: &[all::Entry]| all.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
        assert_eq!(keys(&en), keys(&es));
        assert!(
            en.len() > 300,
            "every nested catalog is listed ({})",
            en.len()
        );
        for (key, text) in en.iter().chain(&es) {
            assert!(!text.trim().is_empty(), "{key} is empty");
            assert!(
                !text.split('|').any(|t| t.trim().is_empty()),
                "{key} has an empty item"
            );
        }
    }

    #[test]
    fn every_spanish_string_is_translated() {
        let same: Vec<_> = EN
            .all()
            .into_iter()
            .zip(ES.all())
            .filter(|((key, en), (_, es))| en == es && !SAME_IN_BOTH.contains(&key.as_str()))
            .map(|((key, en), _)| format!("{key}: {en}"))
            .collect();
        assert!(
            same.is_empty(),
            "the same in English and Spanish: {same:#?}"
        );
        let keys: Vec<_> = EN.all().into_iter().map(|(k, _)| k).collect();
        for key in SAME_IN_BOTH {
            assert!(
                keys.iter().any(|k| k == key),
                "allow-listed key {key} does not exist"
            );
        }
    }

    #[test]
    fn spanish_differs_from_english_where_it_should() {
        assert_ne!(EN.app_name, ES.app_name);
        assert_ne!(EN.intro, ES.intro);
        assert_eq!(strings(Lang::Es).language_label, "Idioma");
    }
}
