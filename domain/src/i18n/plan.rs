//! Strings of the plans list, the plan editor, its schedule and contacts, which the printed
//! packet also reads: the screens in the plans' chunk carry them (see [`super::plan_strings`]).

use super::catalog::catalog;

catalog! {
    /// Every string of the plan screens.
    pub struct PlanStrings;
    plans_heading = "My plans", "Mis planes";
    new_plan = "New plan", "Nuevo plan";
    /// `"Copy of <name>"`.
    copy_of(&str) = |name| format!("Copy of {name}"), |name| format!("Copia de {name}");
    duplicate = "Duplicate", "Duplicar";
    /// The plans list's notice after plans were added or removed, and after that was undone
    /// (`true`): the kind of change and the plans' names.
    list_notice(crate::history::ListChangeKind, bool, &str) =
        |kind, undone, names| {
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
        |kind, undone, names| {
            use crate::history::ListChangeKind as K;
            match (kind, undone) {
                (K::Created, false) => format!("Se creó «{names}»."),
                (K::Imported, false) => format!("Se importó «{names}»."),
                (K::Duplicated, false) => format!("Se duplicó como «{names}»."),
                (K::Deleted, false) => format!("Se eliminó «{names}»."),
                (K::Deleted, true) => format!("Se restauró «{names}»."),
                (_, true) => format!("Se quitó «{names}». Rehacer lo vuelve a agregar."),
            }
        };
    last_edited = "Last edited", "Última edición";
    /// "N sessions".
    session_count(usize) =
        |n| match n {
            1 => "1 session".to_string(),
            n => format!("{n} sessions"),
        },
        |n| match n {
            1 => "1 sesión".to_string(),
            n => format!("{n} sesiones"),
        };
    no_plans =
        "No plans yet. Create one, then add lessons from the library.",
        "Todavía no hay planes. Cree uno y luego añada lecciones desde la biblioteca.";
    plan_details = "Plan details", "Datos del plan";
    plan_name = "Plan name", "Nombre del plan";
    /// The plan's school: its field, and its line on the packet's cover.
    school = "School", "Escuela";
    facilitators = "Facilitators", "Personas facilitadoras";
    organization =
        "Your organization (for the parent letter)",
        "Su organización (para la carta a las familias)";
    grade = "Grade", "Grado";
    /// "Grade N".
    grade_n(u8) = |g| format!("Grade {g}"), |g| format!("{g}.º grado");
    period_minutes = "Class period (minutes)", "Duración de la clase (minutos)";
    packet_en = "English", "Inglés";
    packet_es = "Spanish", "Español";
    packet_both = "Bilingual (English and Spanish)", "Bilingüe (inglés y español)";
    start_date = "Start date", "Fecha de inicio";
    meeting_days = "Meeting days", "Días de clase";
    no_class_dates = "Dates with no class", "Fechas sin clase";
    /// A calendar day the class does not meet, after its date.
    no_class = "no class", "sin clase";
    /// Beside a no-class date on a day the class does not meet (the weekday's name).
    no_class_idle(&str) =
        |day| format!("A {day}, not a meeting day: this date changes nothing."),
        |day| format!("Es {day}, un día sin clase de la serie: esta fecha no cambia nada.");
    add_date = "Add date", "Añadir fecha";
    contacts = "Local contacts for referrals", "Contactos locales para derivaciones";
    /// A contact's kind: its choice here, and in the packet's contact lines, where it reads in
    /// lower case ("Ms. Lee (school counselor): …").
    counselor = "School counselor", "Consejero o consejera escolar";
    crisis_center =
        "Local rape crisis center",
        "Centro local de apoyo en crisis por violencia sexual";
    other_contact = "Other contact", "Otro contacto";
    contact_role = "Role", "Función";
    contact_name = "Name", "Nombre";
    contact_phone = "Phone", "Teléfono";
    add_contact = "Add contact", "Añadir contacto";
    notes = "Notes", "Notas";
    lessons_in_plan = "Lessons in this plan", "Lecciones de este plan";
    move_up = "Move up", "Subir";
    move_down = "Move down", "Bajar";
    drag_hint =
        "Drag to reorder, or use Move up and Move down.",
        "Arrastre para cambiar el orden, o use Subir y Bajar.";
    lesson_notes = "Notes for this class", "Notas para este grupo";
    steps_to_teach = "Steps (untick to skip)", "Pasos (desmarque para omitir)";
    skip = "Teach", "Enseñar";
    /// "N min, longer than the M-minute period".
    too_long(u32, u16) =
        |m, p| format!("{m} min: longer than the {p}-minute period"),
        |m, p| format!("{m} min: más larga que la clase de {p} minutos");
    split_lesson =
        "Split over as many sessions as fit the period",
        "Dividir en las sesiones necesarias para que quepa en la clase";
    /// "part P of N".
    part_of(usize, usize) = |p, n| format!("part {p} of {n}"), |p, n| format!("parte {p} de {n}");
    /// "This lesson (id) is no longer in the library; it stays in the plan until you remove it."
    missing_lesson(&str) =
        |id| format!("The lesson “{id}” is no longer in the library. It stays in the plan until you remove it."),
        |id| format!("La lección «{id}» ya no está en la biblioteca. Se queda en el plan hasta que la quite.");
    no_lessons_yet =
        "No lessons yet. Add some from the library.",
        "Todavía no hay lecciones. Añada algunas desde la biblioteca.";
    schedule_heading = "Schedule", "Calendario de sesiones";
    schedule_needs_dates =
        "Choose a start date and meeting days to see the dates.",
        "Elija una fecha de inicio y los días de clase para ver las fechas.";
    schedule_runs_out = "no date found", "sin fecha";
    /// "Session N".
    session_n(usize) = |n| format!("Session {n}"), |n| format!("Sesión {n}");
    /// The short mark of session N inside a calendar day ("S1").
    session_mark(usize) = |n| format!("S{n}"), |n| format!("S{n}");
    drag_handle = "⠿", "⠿";
    calendar_heading = "Calendar", "Calendario";
    moved(&str, usize) =
        |title, pos| format!("Moved “{title}” to position {pos}."),
        |title, pos| format!("«{title}» pasó a la posición {pos}.");
    /// Weekday names, Monday first: short and long.
    weekdays_short: [&'static str; 7] =
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"];
    weekdays_long: [&'static str; 7] =
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"];
    months: [&'static str; 12] =
        [
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December",
        ],
        [
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
            "octubre", "noviembre", "diciembre",
        ];
}
