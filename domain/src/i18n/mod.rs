//! The UI string catalog, one per language, with keys checked by the compiler.
//!
//! Every key is one line of a `catalog!` invocation (`catalog.rs`) with its English and Spanish
//! side by side; the macro writes the struct ([`Strings`] here), one value per language
//! ([`EN`], [`ES`]) and [`Strings::all`], which [`every_string`] gathers for the tests that
//! check no string is empty and Spanish is really translated. A key without its Spanish does not compile, nor
//! does a use of a key that does not exist. Content (lessons, vocabulary) is not here; it lives
//! in `curriculum/`.
//!
//! A feature with many strings keeps them in a sub-catalog of its own file, so that it grows
//! without touching this one. Where it hangs decides which wasm module carries its text: a
//! catalog reachable from [`strings`] is in the main module (its text is data the code points
//! to), so only what the library, the header, the notices and the lesson editor show hangs
//! off [`Strings`] (`editor: &'static editor::EditorStrings = &editor::EN, &editor::ES;`,
//! reached as `strings(lang).editor.key`). The catalogs of screens in chunks of their own
//! (`src/app/split.rs`) are reached through a function of their own instead
//! ([`check_strings`], [`packet_strings`], [`delivery_strings`], [`data_strings`],
//! [`daily_strings`], [`pack_strings`], [`plan_strings`], [`backup_strings`]; each is the
//! catalog's `of(lang)`), so each chunk carries its screen's text; a string
//! the main module shows too lives here. To add one: create the file with
//! `use super::catalog::catalog;` and a `catalog! { /// … pub struct EditorStrings; key =
//! "English", "Español"; … }` (the syntax is in `catalog.rs`), declare it here, hang it
//! off [`Strings`] or give it a function, and add it to [`every_string`], the list the tests
//! read.
//!
//! Words the screen and the packet both say (`grade_n`, `part_of`, `session_n` …) are written
//! once, here; the packet reads them from [`Strings`].
//!
//! Why a macro over plain structs and not `leptos_i18n` (or Fluent): a struct catalog costs
//! nothing in the bundle (the strings are `&'static str` constants, plural and date rules are
//! plain Rust functions), every key is checked by the compiler in both languages, and it adds
//! no dependency.

use crate::lang::Lang;

pub mod backup;
pub(crate) mod catalog;
pub mod checks;
pub mod daily;
mod data;
mod dates;
pub mod delivery;
pub mod editor;
pub use data::DataStrings;
pub mod packet;
pub mod packs;
pub mod plan;
pub mod print;
pub use dates::{date_span, long_date, month_year, short_date};

use catalog::catalog;

/// One catalog string: its key (nested catalogs prefixed, e.g. `data.cancel`) and its text
/// (texts with arguments are called with sample arguments).
pub type Entry = (String, String);

catalog! {
    /// Every UI string the app shows.
    pub struct Strings;
    app_name = "Prevention Curriculum Planner", "Planificador de Currículo de Prevención";
    /// The header's link to the delivery reports.
    nav_reports = "Reports", "Informes";
    tagline =
        "Build trafficking and sexual-violence prevention lessons for middle and high schools.",
        "Prepare lecciones de prevención de la trata y la violencia sexual para escuelas \
         intermedias y secundarias.";
    intro =
        "Choose lessons organized by the social-ecological model, assemble them into a series \
         for a school and a class, and print Teach2Reach-style lesson plans and handouts in \
         English and Spanish.",
        "Elija lecciones organizadas según el modelo socioecológico, reúnalas en una serie \
         para una escuela y un grupo, e imprima planes de lección al estilo Teach2Reach y \
         hojas para estudiantes en inglés y en español.";
    language_label = "Language", "Idioma";
    library_heading = "Lesson library", "Biblioteca de lecciones";
    /// Shown under the static lesson list while the app itself is still loading.
    app_loading =
        "Loading the planner. Filters, lesson details and your plans appear in a \
         moment.",
        "Cargando el planificador. Los filtros, los detalles de las lecciones y sus \
         planes aparecen en un momento.";
    minutes = "min", "min";
    grades = "Grades", "Grados";
    levels = "Levels", "Niveles";
    topics = "Topics", "Temas";
    forms = "Forms of trafficking", "Formas de trata";
    privacy_note =
        "Everything stays on this device: no account, no server, no tracking.",
        "Todo se queda en este dispositivo: sin cuenta, sin servidor, sin rastreo.";
    library_error =
        "The lessons could not be loaded. Check the connection and reload the \
         page; your plans are safe on this device.",
        "No se pudieron cargar las lecciones. Revise la conexión y vuelva a \
         cargar la página; sus planes están seguros en este dispositivo.";
    /// Shown while the lessons a screen needs are still being read.
    lessons_loading = "Loading the lessons…", "Cargando las lecciones…";
    /// Shown while a screen's part of the app (`src/app/split.rs`) is fetched, the first time.
    screen_loading = "Opening…", "Abriendo…";
    /// A screen's part of the app (`src/app/split.rs`) could not be loaded.
    screen_error =
        "This screen could not be loaded. Check the connection and reload the page; your \
         plans are safe on this device.",
        "No se pudo cargar esta pantalla. Revise la conexión y vuelva a cargar la página; \
         sus planes están seguros en este dispositivo.";
    /// "N lessons", with the plural rule of the language.
    lesson_count(usize) =
        |n| match n {
            1 => "1 lesson".to_string(),
            n => format!("{n} lessons"),
        },
        |n| match n {
            1 => "1 lección".to_string(),
            n => format!("{n} lecciones"),
        };
    skip_to_content = "Skip to content", "Ir al contenido";
    main_nav = "Main", "Principal";
    nav_library = "Lesson library", "Biblioteca de lecciones";
    nav_plans = "My plans", "Mis planes";
    filters_heading = "Filter lessons", "Filtrar lecciones";
    search_label =
        "Search titles, summaries and objectives",
        "Buscar en títulos, resúmenes y objetivos";
    search_placeholder = "e.g. job offers", "p. ej., ofertas de trabajo";
    clear_filters = "Clear all filters", "Quitar todos los filtros";
    /// "Showing N of M lessons".
    showing(usize, usize) =
        |n, total| format!("Showing {n} of {total} lessons"),
        |n, total| format!("Mostrando {n} de {total} lecciones");
    no_results =
        "No lesson matches these filters. Remove a filter or change the search.",
        "Ninguna lección coincide con estos filtros. Quite un filtro o cambie la búsqueda.";
    /// Button under a long result list: render the next batch of lesson cards.
    show_more(usize) =
        |n| format!("Show {n} more lessons"),
        |n| format!("Mostrar {n} lecciones más");
    facet_level = "Social-ecological level", "Nivel socioecológico";
    facet_grade = "Grade band", "Grados";
    facet_form = "Form of trafficking", "Forma de trata";
    facet_topic = "Topic", "Tema";
    facet_risk = "Risk factor", "Factor de riesgo";
    facet_protective = "Protective factor", "Factor de protección";
    facet_length = "Length", "Duración";
    facet_audience = "For", "Para";
    facet_nc = "NC required elements (G.S. 115C-81.30)", "Elementos que exige NC (G.S. 115C-81.30)";
    length_short = "Up to 30 minutes", "Hasta 30 minutos";
    length_period = "31 to 45 minutes", "De 31 a 45 minutos";
    length_long = "Over 45 minutes", "Más de 45 minutos";
    add_to_plan = "Add to plan", "Añadir al plan";
    back_to_library = "Back to the library", "Volver a la biblioteca";
    lesson_not_found =
        "This lesson is not in the library.",
        "Esta lección no está en la biblioteca.";
    objectives = "Learning objectives", "Objetivos de aprendizaje";
    materials = "Materials", "Materiales";
    preparation = "Preparation", "Preparación";
    procedure = "Procedure", "Procedimiento";
    discussion = "Discussion questions", "Preguntas para conversar";
    safety = "Facilitator safety notes", "Notas de seguridad para quien facilita";
    handouts = "Student handouts", "Hojas para estudiantes";
    assessment = "Pre/post assessment", "Prueba inicial y prueba final";
    answer = "Answer", "Respuesta";
    adaptations = "Adaptation notes", "Notas de adaptación";
    sources = "Sources", "Fuentes";
    optional_step = "optional", "opcional";
    /// An adaptation's light, before its text ("Green (may change): …"), on screen and in print.
    light_green = "Green (may change)", "Verde (se puede cambiar)";
    light_yellow = "Yellow (change with care)", "Amarillo (cambiar con cuidado)";
    light_red = "Red (must stay)", "Rojo (debe mantenerse)";
    risk_factors = "Risk factors", "Factores de riesgo";
    protective_factors = "Protective factors", "Factores de protección";
    default_plan_name = "Untitled plan", "Plan sin título";
    delete = "Delete", "Eliminar";
    undo = "Undo", "Deshacer";
    redo = "Redo", "Rehacer";
    packet_lang = "Packet language", "Idioma del paquete";
    hide_intro = "Hide this introduction", "Ocultar esta introducción";
    remove = "Remove", "Quitar";
    /// Symbols shown as text: before a warning, before a "back" link, and on a drag handle.
    warning_sign = "⚠", "⚠";
    back_arrow = "←", "←";
    saved =
        "All changes saved on this device.",
        "Todos los cambios están guardados en este dispositivo.";
    save_failed =
        "Could not save: this browser's storage is full or blocked. Your changes are kept while this tab stays open.",
        "No se pudo guardar: el almacenamiento del navegador está lleno o bloqueado. Sus cambios se conservan mientras esta pestaña siga abierta.";
    storage_unavailable =
        "This browser does not allow saving (storage is disabled or private mode). Your work is kept only while this tab stays open.",
        "Este navegador no permite guardar (almacenamiento desactivado o modo privado). Su trabajo se conserva solo mientras esta pestaña siga abierta.";
    storage_corrupt =
        "Your saved plans could not be read. The saved text was kept as a backup; nothing was deleted.",
        "No se pudieron leer sus planes guardados. El texto guardado se conservó como copia de seguridad; no se borró nada.";
    storage_corrupt_not_backed_up =
        "Your saved plans could not be read, and this browser has no room to keep a backup copy. \
         They were left as they are and nothing will be saved over them: export what you do in \
         this tab before you close it.",
        "No se pudieron leer sus planes guardados, y este navegador no tiene espacio para guardar \
         una copia de seguridad. Se dejaron como están y no se guardará nada encima: exporte lo \
         que haga en esta pestaña antes de cerrarla.";
    storage_newer =
        "Your plans were saved by a newer version of the planner. Reload to get the new version; nothing will be changed until then.",
        "Sus planes se guardaron con una versión más nueva del planificador. Vuelva a cargar la página para obtenerla; no se cambiará nada hasta entonces.";
    min = "min", "min";
    /// The library's link to that screen.
    open_link = "Import or export lessons", "Importar o exportar lecciones";
    /// Label of the plan "Add to plan" adds to, above the results.
    adding_to = "Adding lessons to", "Añadiendo lecciones a";
    /// The choice that starts a new plan.
    new_plan_option = "A new plan", "Un plan nuevo";
    /// `"After lesson N: <title>"`, where new lessons go.
    adding_after(usize, &str) =
        |n, title| format!("After lesson {n}: {title}"),
        |n, title| format!("Después de la lección {n}: {title}");
    adding_at_end = "At the end", "Al final";
    /// "Another tab changed … your version was kept as …".
    conflict_notice(&str) =
        |names| format!("This plan was changed in another tab at the same time. Both versions were kept; this tab's is named: {names}."),
        |names| format!("Este plan se cambió en otra pestaña al mismo tiempo. Se conservaron las dos versiones; la de esta pestaña se llama: {names}.");
    dismiss = "Dismiss", "Cerrar";
    download_backup = "Download the backup", "Descargar la copia de seguridad";
    reload = "Reload to update", "Volver a cargar para actualizar";
    update_ready =
        "A new version of the planner is ready.",
        "Hay una nueva versión del planificador.";
    /// Name of this tab's copy of a plan changed in two tabs at once.
    copy_from_this_tab(&str) =
        |name| format!("{name} (copy from this tab)"),
        |name| format!("{name} (copia de esta pestaña)");
    add_again = "Add again", "Añadir otra vez";
    /// Asked before adding a lesson the plan already has.
    already_in_plan(&str, &str, usize) =
        |title, plan, n| {
            format!("“{title}” is already lesson {n} of {plan}. Add it a second time?")
        },
        |title, plan, n| {
            format!("«{title}» ya es la lección {n} de {plan}. ¿Añadirla otra vez?")
        };
    cancel = "Cancel", "Cancelar";
    /// Shown on a card whose lesson is in the target plan: `"In <plan> (lesson N)"`.
    in_plan(&str, usize) =
        |plan, n| format!("In {plan} (lesson {n})"),
        |plan, n| format!("En {plan} (lección {n})");
    /// `"Added <title> to <plan> as lesson N."`
    added_as(&str, &str, usize) =
        |title, plan, n| format!("Added “{title}” to {plan} as lesson {n}."),
        |title, plan, n| format!("Se añadió «{title}» a {plan} como lección {n}.");
    /// The button that opens the navigation and the language switch on a narrow screen.
    menu = "Menu", "Menú";
    skip_to_results = "Skip to the results", "Ir a los resultados";
    /// Said in the live region once a file is offered: "Downloaded spring-series.ics".
    downloaded(&str) =
        |name| format!("Downloaded {name}"),
        |name| format!("Se descargó {name}");
    /// Typographic quotes around a title or phrase.
    quote(&str) = |s| format!("“{s}”"), |s| format!("«{s}»");
    /// The language guide's advice beside a text being written (a plan's note, a lesson's
    /// field): here, not with the checks, because the lesson editor shows it too.
    advice_intro =
        "The language guide suggests another way to say this:",
        "La guía de lenguaje sugiere otra forma de decirlo:";
    advice_instead = "Instead", "En su lugar";
    advice_why = "Why", "Por qué";
    /// The lesson editor's strings (see [`editor`]).
    editor: &'static editor::EditorStrings = &editor::EN, &editor::ES;
    /// The button that makes the one backup file, in the backup panel and in notices.
    back_up = "Back up everything", "Hacer una copia de todo";
    backup_reminder =
        "You have changes that are in no backup yet, and the last one is more than two weeks old. Browsers can clear saved data: back up everything to keep a copy.",
        "Tiene cambios que no están en ninguna copia, y la última tiene más de dos semanas. Los navegadores pueden borrar los datos guardados: haga una copia de todo para conservarlos.";
    backup_reminder_dismiss = "Not now", "Ahora no";
    /// The last save was written but not there when read back.
    not_kept =
        "Your browser did not keep your last change (it was gone when read back). Everything is still on this screen: back up everything now so nothing is lost.",
        "El navegador no conservó su último cambio (ya no estaba al volver a leerlo). Todo sigue en esta pantalla: haga ahora una copia de todo para no perder nada.";
    /// Lessons could not be saved (storage full or blocked).
    lessons_save_failed =
        "Could not save your lessons: this browser's storage is full or blocked. What you typed is kept while this tab stays open; back up everything to keep a copy.",
        "No se pudieron guardar sus lecciones: el almacenamiento del navegador está lleno o bloqueado. Lo que escribió se conserva mientras esta pestaña siga abierta; haga una copia de todo para conservarlo.";
    /// The stored lessons were written by a newer release: not read, never overwritten.
    lessons_newer =
        "Your lessons were saved by a newer version of the planner. Reload to get the new version; they will not be changed until then.",
        "Sus lecciones se guardaron con una versión más nueva del planificador. Vuelva a cargar la página para obtenerla; no se cambiarán hasta entonces.";
    lesson_storage_corrupt =
        "Your saved lessons could not be read. The saved text was kept as a copy in this browser; nothing was deleted.",
        "No se pudieron leer sus lecciones guardadas. El texto guardado se conservó como copia en este navegador; no se borró nada.";
}

/// The coverage card's, plan checks' and language-guide advice's strings for `lang`. This
/// catalog, the packet's and the delivery screens' are not fields of [`Strings`]: a catalog
/// reachable from [`strings`] is in the main module (its text is data the code points to), and
/// these are only shown by screens in chunks of their own (`src/app/split.rs`), which then
/// carry them.
pub fn check_strings(lang: Lang) -> &'static checks::CheckStrings {
    checks::CheckStrings::of(lang)
}

/// The printed packet's strings for `lang` (see [`packet`], and [`check_strings`] for why
/// they are apart).
pub fn packet_strings(lang: Lang) -> &'static packet::PacketStrings {
    packet::PacketStrings::of(lang)
}

/// The strings of sections, the delivery log, results, reports and calendars for `lang` (see
/// [`delivery`], and [`check_strings`] for why they are apart).
pub fn delivery_strings(lang: Lang) -> &'static delivery::DeliveryStrings {
    delivery::DeliveryStrings::of(lang)
}

/// Export, import, sharing and storage messages of the screens that move plans (see
/// [`check_strings`] for why they are apart from [`Strings`]).
pub fn data_strings(lang: Lang) -> &'static DataStrings {
    DataStrings::of(lang)
}

/// Plan status, grade-band swaps, plan rows, letters and the lead's review (see
/// [`check_strings`] for why they are apart from [`Strings`]).
pub fn daily_strings(lang: Lang) -> &'static daily::DailyStrings {
    daily::DailyStrings::of(lang)
}

/// Lesson packs' import and export, and the lessons a plan file carries (see [`packs`], and
/// [`check_strings`] for why they are apart from [`Strings`]).
pub fn pack_strings(lang: Lang) -> &'static packs::PackStrings {
    packs::PackStrings::of(lang)
}

/// The backup panel's and the restore preview's strings for `lang` (see [`backup`], and
/// [`check_strings`] for why they are apart from [`Strings`]).
pub fn backup_strings(lang: Lang) -> &'static backup::BackupStrings {
    backup::BackupStrings::of(lang)
}

/// The plans list's, the plan editor's and the schedule's strings for `lang`, which the
/// packet also reads (see [`check_strings`] for why they are apart from [`Strings`]).
pub fn plan_strings(lang: Lang) -> &'static plan::PlanStrings {
    plan::PlanStrings::of(lang)
}

/// Every UI string of `lang`, keys prefixed as nested ones are (`delivery.pre_date`), the
/// catalogs apart from [`Strings`] included: the list the tests read.
pub fn every_string(lang: Lang) -> Vec<Entry> {
    let mut out = strings(lang).all();
    let apart = [
        ("checks", check_strings(lang).all()),
        ("packet", packet_strings(lang).all()),
        ("delivery", delivery_strings(lang).all()),
        ("data", data_strings(lang).all()),
        ("daily", daily_strings(lang).all()),
        ("packs", pack_strings(lang).all()),
        ("plan", plan_strings(lang).all()),
        ("backup", backup_strings(lang).all()),
    ];
    for (name, entries) in apart {
        out.extend(entries.into_iter().map(|(k, t)| (format!("{name}.{k}"), t)));
    }
    out
}

/// The catalog for `lang`.
pub fn strings(lang: Lang) -> &'static Strings {
    Strings::of(lang)
}

/// `s` with its first letter in lower case, for a name (such as "Grados 6.º a 8.º") used in
/// the middle of a Spanish sentence.
pub fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
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
        assert_eq!((ES.quote)("x"), "«x»");
        assert_eq!((ES.lesson_count)(0), "0 lecciones");
    }

    /// Keys whose text may be the same in both languages: abbreviations, names of languages
    /// shown in their own language, and texts made only of sample arguments and symbols.
    const SAME_IN_BOTH: &[&str] = &[
        "minutes",
        "editor.material",
        "min",
        "checks.factor",
        "daily.comment_by",
        "plan.session_mark",
        "warning_sign",
        "back_arrow",
        "plan.drag_handle",
        "checks.mark_pass",
        "checks.mark_advice",
        "checks.mark_warning",
        "checks.mark_pending",
        "editor.entry",
    ];

    #[test]
    fn both_catalogs_have_the_same_keys_and_no_empty_string() {
        let en = every_string(Lang::En);
        let es = every_string(Lang::Es);
        let keys = |all: &[Entry]| all.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
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
        let same: Vec<_> = every_string(Lang::En)
            .into_iter()
            .zip(every_string(Lang::Es))
            .filter(|((key, en), (_, es))| en == es && !SAME_IN_BOTH.contains(&key.as_str()))
            .map(|((key, en), _)| format!("{key}: {en}"))
            .collect();
        assert!(
            same.is_empty(),
            "the same in English and Spanish: {same:#?}"
        );
        let keys: Vec<_> = every_string(Lang::En).into_iter().map(|(k, _)| k).collect();
        for key in SAME_IN_BOTH {
            assert!(
                keys.iter().any(|k| k == key),
                "allow-listed key {key} does not exist"
            );
        }
    }

    /// The tests have one name in Spanish ("prueba inicial", "prueba final") on every
    /// screen and in the packet, and people are named inclusively, as elsewhere.
    #[test]
    fn spanish_names_the_tests_one_way_and_people_inclusively() {
        let banned = [
            "prueba previa",
            "prueba posterior",
            "evaluación inicial",
            "evaluación final",
            "pre y post",
            "un estudiante",
            "otro estudiante",
            "del estudiante",
            "un mismo estudiante",
            "pocos participaron",
            "casi todos",
        ];
        let found: Vec<String> = every_string(Lang::Es)
            .into_iter()
            .filter(|(_, text)| {
                let text = text.to_lowercase();
                banned.iter().any(|b| text.contains(b))
            })
            .map(|(key, text)| format!("{key}: {text}"))
            .collect();
        assert!(found.is_empty(), "{found:#?}");
        assert_eq!(packet::ES.pre_test, "Prueba inicial");
        assert!(checks::ES.pre_test_label.starts_with("Prueba inicial"));
        assert!(delivery::ES.pre_date.ends_with("prueba inicial"));
    }

    /// Words the screen and the packet both say are written once, in [`Strings`]: no key of
    /// the packet's catalog has the name of one of its keys.
    #[test]
    fn the_packet_repeats_no_key_of_the_screen() {
        let screen: Vec<String> = EN
            .all()
            .into_iter()
            .map(|(k, _)| k)
            .filter(|k| !k.contains('.'))
            .collect();
        let both: Vec<String> = packet::EN
            .all()
            .into_iter()
            .map(|(k, _)| k)
            .filter(|k| screen.contains(k))
            .collect();
        assert!(both.is_empty(), "defined twice: {both:?}");
    }

    #[test]
    fn spanish_differs_from_english_where_it_should() {
        assert_ne!(EN.app_name, ES.app_name);
        assert_ne!(EN.intro, ES.intro);
        assert_eq!(strings(Lang::Es).language_label, "Idioma");
    }
}
