//! Strings for delivering a series: class sections, the delivery log, pre/post results,
//! reports and calendars.

use super::catalog::{catalog, Sample};
use crate::delivery::PresentProblem;
use crate::results::CodeProblem;

impl Sample for PresentProblem {
    fn sample() -> Self {
        PresentProblem::Missing
    }
}

impl Sample for CodeProblem {
    fn sample() -> Self {
        CodeProblem::LooksLikeName
    }
}

impl Sample for i64 {
    fn sample() -> Self {
        12
    }
}

catalog! {
    /// UI strings about delivery, one value per language.
    pub struct DeliveryStrings;
    sections_heading = "Class sections", "Grupos";
    sections_hint =
        "Teach this plan to several classes: each section has its own schedule; the lessons are shared.",
        "Enseñe este plan a varios grupos: cada grupo tiene su propio horario; las lecciones se comparten.";
    /// "Section N", for a section without a name.
    section_n(usize) = |n| format!("Section {n}"), |n| format!("Grupo {n}");
    section_name = "Section name", "Nombre del grupo";
    section_name_hint = "For example, Period 3", "Por ejemplo, 3.er periodo";
    teacher = "Teacher", "Docente";
    room = "Room", "Salón";
    class_size = "Class size", "Estudiantes inscritos";
    add_section = "Add a section", "Agregar un grupo";
    remove_section = "Remove this section", "Quitar este grupo";
    deliver_link = "Record delivery and results", "Registrar sesiones y resultados";
    /// `"Delivery: <plan>"`.
    deliver_heading(&str) =
        |plan| format!("Delivery: {plan}"),
        |plan| format!("Sesiones impartidas: {plan}");
    choose_section = "Section", "Grupo";
    sessions_heading = "Sessions", "Sesiones";
    /// `"Delivered <date>"`.
    state_delivered(&str) =
        |date| format!("Delivered {date}"),
        |date| format!("Impartida el {date}");
    state_due = "Not recorded yet", "Sin registrar";
    state_planned = "Planned", "Programada";
    no_date = "No date yet", "Sin fecha todavía";
    record = "Record", "Registrar";
    edit_record = "Edit the record", "Editar el registro";
    postpone = "Postpone", "Posponer";
    postpone_preview =
        "Postponing moves these sessions to the next meeting days:",
        "Al posponer, estas sesiones pasan a los siguientes días de clase:";
    /// `"Session N: <from> → <to>"`.
    postpone_shift(usize, &str, &str) =
        |n, from, to| format!("Session {n}: {from} → {to}"),
        |n, from, to| format!("Sesión {n}: {from} → {to}");
    postpone_confirm = "Postpone these sessions", "Posponer estas sesiones";
    /// `"Postponed: session N moves to <date>."`
    postponed_notice(usize, &str) =
        |n, date| format!("Postponed: session {n} moves to {date}."),
        |n, date| format!("Pospuesta: la sesión {n} pasa al {date}.");
    postponed_dates = "Postponed dates", "Fechas pospuestas";
    restore = "Restore", "Restablecer";
    change_date = "Change only this date", "Cambiar solo esta fecha";
    /// "New date for session N".
    new_date_for(usize) =
        |n| format!("New date for session {n}"),
        |n| format!("Nueva fecha para la sesión {n}");
    apply = "Apply", "Aplicar";
    moved_once = "date changed", "fecha cambiada";
    print_blank_logs = "Print blank fidelity logs", "Imprimir registros de fidelidad en blanco";
    calendar_export = "Download the calendar (.ics)", "Descargar el calendario (.ics)";
    period_start = "Class starts at", "La clase empieza a las";
    schedule_of = "Show the schedule of", "Mostrar el calendario de";
    period_start_hint =
        "Optional: the calendar then shows each session at this time; without it, as all-day events.",
        "Opcional: así el calendario muestra cada sesión a esta hora; sin ella, como eventos de todo el día.";
    calendar_hint =
        "Import it into your calendar or the teacher's. Exporting again updates the same events.",
        "Impórtelo en su calendario o en el del docente. Si lo exporta de nuevo, se actualizan los mismos eventos.";
    results_link = "Pre/post results", "Resultados de las pruebas inicial y final";
    needs_schedule =
        "Give this section a start date and meeting days (in the plan) to date its sessions.",
        "Indique en el plan la fecha de inicio y los días de clase de este grupo para fechar sus sesiones.";
    /// `"Session N: <lesson>"`.
    log_heading(usize, &str) =
        |n, lesson| format!("Session {n}: {lesson}"),
        |n, lesson| format!("Sesión {n}: {lesson}");
    delivered_on = "Delivered on", "Impartida el";
    present = "Students present", "Estudiantes presentes";
    minutes_taught = "Minutes taught", "Minutos impartidos";
    steps_heading = "Steps", "Pasos";
    steps_hint =
        "Every step starts as taught as written; change only the ones that were not.",
        "Cada paso empieza como impartido tal como está escrito; cambie solo los que no lo fueron.";
    step_as_written = "As written", "Tal como está escrito";
    step_with_changes = "With changes", "Con cambios";
    step_not_taught = "Not taught", "No impartido";
    step_reason = "What changed, or why it was not taught", "Qué cambió, o por qué no se impartió";
    reason_needed =
        "Say why this step was not taught.",
        "Indique por qué no se impartió este paso.";
    adaptations_heading = "Adaptations", "Adaptaciones";
    add_adaptation = "Add an adaptation", "Agregar una adaptación";
    adaptation_what = "What changed", "Qué cambió";
    adaptation_why = "Why", "Por qué";
    adaptation_light = "Traffic light", "Semáforo";
    /// One adaptation of the log, when it has no description yet: "Adaptation 2".
    adaptation = "Adaptation", "Adaptación";
    /// The traffic lights as a change the preventionist made (the lesson's own adaptation
    /// notes say what may change; these say what did).
    made_green = "Green: a safe change", "Verde: un cambio seguro";
    made_yellow = "Yellow: a change made with care", "Amarillo: un cambio hecho con cuidado";
    made_red = "Red: changed a part meant to stay as written", "Rojo: se cambió una parte que debía quedar tal cual";
    engagement = "Engagement", "Participación";
    engagement_none = "Not rated", "Sin calificar";
    /// "3", "1 of 5 (few took part)", "5 of 5 (nearly all, eagerly)".
    engagement_level(u8) =
        |n| match n {
        1 => "1 of 5 (few took part)".into(),
        5 => "5 of 5 (nearly all, eagerly)".into(),
        n => format!("{n} of 5"),
    },
        |n| match n {
        1 => "1 de 5 (participaron pocas personas)".into(),
        5 => "5 de 5 (casi todo el grupo, con entusiasmo)".into(),
        n => format!("{n} de 5"),
    };
    log_notes = "Notes", "Notas";
    save_log = "Save the record", "Guardar el registro";
    /// "Session N recorded."
    log_saved(usize) = |n| format!("Session {n} recorded."), |n| format!("Sesión {n} registrada.");
    delete_log = "Delete this record", "Eliminar este registro";
    back_to_sessions = "Back to the sessions", "Volver a las sesiones";
    session_not_found =
        "This session is no longer in the plan.",
        "Esta sesión ya no está en el plan.";
    /// `"Pre/post results: <section>"`.
    results_heading(&str) =
        |section| format!("Pre/post results: {section}"),
        |section| format!("Resultados de la prueba inicial y la final: {section}");
    anonymous_note =
        "Anonymous: never enter a student's name here. Enter tallies, or short codes (like P3-07) that pair one student's pre- and post-test.",
        "Anónimo: nunca escriba aquí el nombre de un o una estudiante. Anote conteos, o códigos cortos (como P3-07) que unen la prueba inicial y la prueba final de un o una misma estudiante.";
    entry_label = "How to enter the results", "Cómo anotar los resultados";
    entry_tally = "Tally per question", "Conteo por pregunta";
    entry_grid = "Answers by student code", "Respuestas por código de estudiante";
    pre_date = "Pre-test date", "Fecha de la prueba inicial";
    post_date = "Post-test date", "Fecha de la prueba final";
    col_question = "Question", "Pregunta";
    share_too_long =
        "This plan carries too much delivery history for a link. Export it as a file instead; the file keeps everything.",
        "Este plan lleva demasiado historial de sesiones para un enlace. Expórtelo como archivo; el archivo conserva todo.";
    /// "Question N".
    item_n(usize) = |n| format!("Question {n}"), |n| format!("Pregunta {n}");
    pre_answered = "Pre-test: answered", "Prueba inicial: respondieron";
    pre_correct = "Pre-test: correct", "Prueba inicial: correctas";
    post_answered = "Post-test: answered", "Prueba final: respondieron";
    post_correct = "Post-test: correct", "Prueba final: correctas";
    student_code = "Student code (not a name)", "Código de estudiante (no su nombre)";
    pre_answers = "Pre-test answers", "Respuestas de la prueba inicial";
    post_answers = "Post-test answers", "Respuestas de la prueba final";
    /// The hint under the answer fields: one letter per question, N questions.
    answers_hint(usize) =
        |n| format!("One letter per question ({n} questions), - for no answer, for example ABDC."),
        |n| format!("Una letra por pregunta ({n} preguntas), - si no respondió; por ejemplo, ABDC.");
    add_student = "Add a student code", "Agregar un código de estudiante";
    code_error(CodeProblem) =
        |p| match p {
        CodeProblem::Empty => "Enter a code.".into(),
        CodeProblem::LooksLikeName => "This looks like a name. Use a short code with no spaces, like P3-07: names never go here.".into(),
        CodeProblem::TooLong => "Codes are at most 12 characters.".into(),
        CodeProblem::Duplicate => "Another student already has this code.".into(),
    },
        |p| match p {
        CodeProblem::Empty => "Escriba un código.".into(),
        CodeProblem::LooksLikeName => "Esto parece un nombre. Use un código corto sin espacios, como P3-07: aquí nunca van nombres.".into(),
        CodeProblem::TooLong => "Los códigos tienen como máximo 12 caracteres.".into(),
        CodeProblem::Duplicate => "Otro u otra estudiante ya tiene este código.".into(),
    };
    outcome_heading = "Before and after", "Antes y después";
    col_before = "Before", "Antes";
    col_after = "After", "Después";
    col_change = "Change", "Cambio";
    all_questions = "All questions", "Todas las preguntas";
    too_few = "too few answers", "muy pocas respuestas";
    /// "+12 points", "−3 points".
    points(i64) =
        |p| match p {
        p if p > 0 => format!("+{p} points"),
        0 => "no change".into(),
        p => format!("−{} points", -p),
    },
        |p| match p {
        p if p > 0 => format!("+{p} puntos"),
        0 => "sin cambio".into(),
        p => format!("−{} puntos", -p),
    };
    percent(u32) = |n| format!("{n}%"), |n| format!("{n} %");
    /// "N students took both tests".
    paired(usize) =
        |n| match n {
        1 => "1 student took both tests".into(),
        n => format!("{n} students took both tests"),
    },
        |n| match n {
        1 => "1 estudiante hizo ambas pruebas".into(),
        n => format!("{n} estudiantes hicieron ambas pruebas"),
    };
    /// With tallies (no codes): how many took each test, at most, as far as the counts tell.
    tally_known(u32, u32) =
        |pre, post| format!("From the tallies: up to {pre} students answered the pre-test and up to {post} the post-test (the most answers to one question). Tallies do not pair students; answers by student code do."),
        |pre, post| format!("Según los conteos: hasta {pre} estudiantes respondieron la prueba inicial y hasta {post} la prueba final (la pregunta con más respuestas). Los conteos no unen las dos pruebas de cada estudiante; las respuestas por código sí.");
    /// A session's button named for screen readers: its visible action, then which session
    /// ("Record: session 3, Tuesday, February 10"), so eight "Record" buttons differ.
    action_for_session(&str, usize, &str) =
        |action, n, date| format!("{action}: session {n}, {date}"),
        |action, n, date| format!("{action}: sesión {n}, {date}");
    no_test_items =
        "This plan's lessons have no test questions.",
        "Las lecciones de este plan no tienen preguntas de prueba.";
    more_correct_than_answered =
        "More correct than answered: check the numbers.",
        "Hay más correctas que respuestas: revise los números.";
    report_heading = "Delivery report", "Informe de sesiones impartidas";
    /// Names the scrolling table of the report's figures (a landmark of its own).
    report_table = "Delivery report in numbers", "Informe de sesiones impartidas en cifras";
    report_intro =
        "Reach, dosage, fidelity and outcomes of what was delivered, per plan and in total, for your program and its funders.",
        "Alcance, dosis, fidelidad y resultados de lo impartido, por plan y en total, para su programa y quienes lo financian.";
    from = "From", "Desde";
    to = "To", "Hasta";
    plans_in_report = "Plans in the report", "Planes del informe";
    total = "Total", "Total general";
    col_measure = "Measure", "Medida";
    m_sections = "Sections", "Grupos";
    m_planned = "Sessions planned", "Sesiones programadas";
    m_delivered = "Sessions delivered", "Sesiones impartidas";
    m_postponed = "Sessions postponed", "Sesiones pospuestas";
    m_minutes = "Minutes delivered (dosage)", "Minutos impartidos (dosis)";
    m_reached = "Students reached", "Estudiantes alcanzados";
    m_attendance = "Average attendance", "Asistencia promedio";
    m_fidelity =
        "Fidelity: steps taught as written",
        "Fidelidad: pasos impartidos tal como están escritos";
    m_green = "Green adaptations", "Adaptaciones verdes";
    m_yellow = "Yellow adaptations", "Adaptaciones amarillas";
    m_red = "Red adaptations", "Adaptaciones rojas";
    m_change = "Pre/post change, all questions", "Cambio entre la prueba inicial y la final, todas las preguntas";
    m_levels = "Social-ecological levels covered", "Niveles del modelo socioecológico cubiertos";
    m_factors =
        "Risk and protective factors covered",
        "Factores de riesgo y de protección cubiertos";
    reached_hint =
        "Students reached counts, per section, the most students present at one session.",
        "Estudiantes alcanzados cuenta, por grupo, el mayor número de presentes en una sesión.";
    chart_delivery =
        "Sessions planned and delivered, per plan",
        "Sesiones programadas e impartidas, por plan";
    chart_fidelity =
        "Fidelity per plan (percent of steps taught as written)",
        "Fidelidad por plan (porcentaje de pasos impartidos tal como están escritos)";
    chart_lights = "Adaptations by traffic light", "Adaptaciones según el semáforo";
    chart_outcomes =
        "Percent correct before and after, per question",
        "Porcentaje de respuestas correctas antes y después, por pregunta";
    chart_note =
        "The same numbers are in the table below each chart.",
        "Los mismos números están en la tabla debajo de cada gráfica.";
    legend_planned = "Planned", "Programadas";
    legend_delivered = "Delivered", "Impartidas";
    download_sessions_csv = "Download sessions (CSV)", "Descargar sesiones (CSV)";
    download_summary_csv = "Download summary (CSV)", "Descargar resumen (CSV)";
    /// In a postponement's preview: another section meeting that day, with its moves below.
    also_postpone(&str) =
        |section| format!("Postpone {section} too (it meets this day)"),
        |section| format!("Posponer también {section} (se reúne ese día)");
    print_report = "Print the report", "Imprimir el informe";
    agency_label =
        "Agency name (printed at the top of the report)",
        "Nombre de la agencia (se imprime arriba del informe)";
    /// The days a report covers, at its top: `"Sessions from <date> to <date>"`.
    report_range(&str, &str) =
        |a, b| format!("Sessions from {a} to {b}"),
        |a, b| format!("Sesiones del {a} al {b}");
    report_all_dates =
        "All dates: nothing delivered yet",
        "Todas las fechas: aún no hay sesiones impartidas";
    /// Under the pre/post chart: questions with no answers are not drawn.
    unanswered_items(usize) =
        |n| match n {
        1 => "1 question had no answers and is left out of the chart.".into(),
        n => format!("{n} questions had no answers and are left out of the chart."),
    },
        |n| match n {
        1 => "1 pregunta no tuvo respuestas y no aparece en el gráfico.".into(),
        n => format!("{n} preguntas no tuvieron respuestas y no aparecen en el gráfico."),
    };
    no_plans_selected = "Choose at least one plan.", "Elija al menos un plan.";
    fidelity_heading = "Fidelity log", "Registro de fidelidad";
    fidelity_intro =
        "For the facilitator or an observer: fill it in during or right after the session.",
        "Para quien facilita o quien observa: llénelo durante la sesión o justo después.";
    fl_date = "Date", "Fecha";
    fl_place = "School and room", "Escuela y salón";
    fl_time = "Start and end time", "Hora de inicio y de fin";
    fl_attending = "Number attending", "Número de asistentes";
    fl_step = "Step", "Paso";
    fl_reason = "Reason or changes", "Motivo o cambios";
    fl_adaptations =
        "Adaptations made (what, traffic light, why)",
        "Adaptaciones hechas (qué, semáforo, por qué)";
    fl_engagement =
        "Engagement (1 to 5) and facilitator comfort",
        "Participación (1 a 5) y comodidad de quien facilita";
    fl_pre_post = "Pre- and post-test dates", "Fechas de la prueba inicial y la prueba final";
    print = "Print", "Imprimir";
    /// The packet's schedule table of one section: `"Schedule: <section>, <teacher>"`.
    packet_schedule(&str, &str) =
        |section, teacher| match teacher.trim() {
        "" => format!("Schedule: {section}"),
        t => format!("Schedule: {section}, {t}"),
    },
        |section, teacher| match teacher.trim() {
        "" => format!("Horario: {section}"),
        t => format!("Horario: {section}, {t}"),
    };
    /// Next to "Students present": the class size, shown, never filled in.
    present_of(u16) =
        |n| format!("of {n} enrolled"),
        |n| format!("de {n} inscritos");
    /// Why "Students present" cannot be saved as typed.
    present_error(PresentProblem) =
        |p| match p {
        PresentProblem::Missing => "Enter how many students were present.".into(),
        PresentProblem::Zero => "No students were present, so the session was not delivered: postpone it instead.".into(),
    },
        |p| match p {
        PresentProblem::Missing => "Escriba cuántos estudiantes estuvieron presentes.".into(),
        PresentProblem::Zero => "No hubo estudiantes presentes, así que la sesión no se dio: posponga la sesión.".into(),
    };
    /// Above the answers grid: which question each letter answers.
    grid_key_heading = "Question key", "Clave de las preguntas";
    grid_key_hint =
        "Answers go in question order: the first letter answers question 1, the second \
         question 2, and so on.",
        "Las respuestas van en el orden de las preguntas: la primera letra responde a la \
         pregunta 1, la segunda a la pregunta 2, y así sucesivamente.";
}
