//! Strings for daily use: where lessons go, plan status and dates, grade-band swaps, the
//! collapsed plan rows and the program lead's review.

use super::catalog::catalog;
use crate::status::{PlanSort, PlanStatus};

catalog! {
    /// UI strings for daily use, one value per language.
    pub struct DailyStrings;
    show_filters = "Filters", "Filtros";
    /// In a plan row: choose it as where new lessons go, and open the library.
    add_after_this = "Add lessons after this one", "Añadir lecciones después de esta";
    dates = "Dates", "Fechas";
    status = "Status", "Estado";
    no_dates = "Not scheduled yet", "Todavía sin fechas";
    sort_by = "Sort by", "Ordenar por";
    /// The dialog that copies a plan for another term or school.
    new_term_heading(&str) =
        |name| format!("Copy “{name}” for a new term"),
        |name| format!("Copiar «{name}» para un nuevo período escolar");
    new_term_start = "New start date", "Nueva fecha de inicio";
    new_term_school = "School", "Escuela";
    new_term_hint =
        "Every session and no-class date moves with the new start date.",
        "Todas las sesiones y los días sin clase se mueven con la nueva fecha de inicio.";
    new_term_create = "Create the copy", "Crear la copia";
    /// "N lessons are written for another grade band…"
    band_swap_offer(usize, &str) =
        |n, band| match n {
            1 => format!("1 lesson is written for another grade band. Swap it for its version for {band}?"),
            n => format!("{n} lessons are written for another grade band. Swap each for its version for {band}?"),
        },
        |n, band| match n {
            1 => format!("1 lección está escrita para otro nivel de grados. ¿Cambiarla por su versión para {band}?"),
            n => format!("{n} lecciones están escritas para otro nivel de grados. ¿Cambiar cada una por su versión para {band}?"),
        };
    /// `"Swap <a> for <b>"`.
    swap_for(&str, &str) =
        |from, to| format!("Swap “{from}” for “{to}”"),
        |from, to| format!("Cambiar «{from}» por «{to}»");
    swap_all = "Swap them all", "Cambiarlas todas";
    /// The swap of a lesson the preventionist adapted: it trades her changes for the library's.
    swap_adapted(&str, &str) =
        |from, to| format!("Swap your adapted “{from}” for the library's “{to}” (your changes are not in it)"),
        |from, to| format!("Cambiar su adaptación «{from}» por «{to}» de la biblioteca (no lleva sus cambios)");
    /// Beside "Swap them all" when adapted lessons are left out of it.
    swap_all_not_adapted =
        "“Swap them all” leaves your adapted lessons as they are: swap those one by one if you want to.",
        "«Cambiarlas todas» deja sus lecciones adaptadas como están: cámbielas una por una si lo desea.";
    /// Button on a check's suggestion.
    add = "Add", "Añadir";
    swap_in = "Swap in", "Cambiar por esta";
    /// The summary that opens a collapsed row's notes and steps.
    row_details = "Notes and steps", "Notas y pasos";
    flag_notes = "notes", "notas";
    flag_skipped(usize) =
        |n| match n {
            1 => "1 step skipped".to_string(),
            n => format!("{n} steps skipped"),
        },
        |n| match n {
            1 => "1 paso omitido".to_string(),
            n => format!("{n} pasos omitidos"),
        };
    flag_split = "split", "dividida";
    review = "Review", "Revisar";
    /// `"Review: <plan>"`.
    review_heading(&str) = |name| format!("Review: {name}"), |name| format!("Revisión: {name}");
    review_intro =
        "What the plan covers, what the checks found, what was changed in the lessons and when each session is. Comments you leave travel with the exported plan file.",
        "Lo que cubre el plan, lo que encontraron las revisiones, lo que se cambió en las lecciones y cuándo es cada sesión. Los comentarios que deje viajan con el archivo exportado del plan.";
    open_editor = "Open in the editor", "Abrir en el editor";
    adaptations_heading = "Changes to the lessons", "Cambios en las lecciones";
    no_adaptations =
        "No lesson was changed: each is taught as written.",
        "No se cambió ninguna lección: cada una se imparte tal como está escrita.";
    /// `"Skips: <steps>"`.
    skips(&str) = |steps| format!("Skips: {steps}"), |steps| format!("Omite: {steps}");
    skips_required =
        "Skips a step the lesson does not mark optional.",
        "Omite un paso que la lección no marca como opcional.";
    has_notes = "Has notes for this class.", "Tiene notas para esta clase.";
    comments_heading = "Review comments", "Comentarios de revisión";
    comments_to_resolve(usize) =
        |n| match n {
            1 => "1 review comment to resolve".to_string(),
            n => format!("{n} review comments to resolve"),
        },
        |n| match n {
            1 => "1 comentario de revisión por resolver".to_string(),
            n => format!("{n} comentarios de revisión por resolver"),
        };
    no_comments = "No review comments yet.", "Todavía no hay comentarios de revisión.";
    your_name = "Your name", "Su nombre";
    comment = "Comment", "Comentario";
    comment_about = "About", "Sobre";
    whole_plan = "The whole plan", "Todo el plan";
    add_comment = "Add the comment", "Añadir el comentario";
    comment_added =
        "Comment added. Export the plan to send it back.",
        "Comentario añadido. Exporte el plan para devolverlo.";
    /// `"<author>, <date>"`.
    comment_by(&str, &str) =
        |author, date| format!("{author}, {date}"),
        |author, date| format!("{author}, {date}");
    /// `"On <lesson>"`.
    comment_on(&str) = |lesson| format!("On “{lesson}”"), |lesson| format!("Sobre «{lesson}»");
    mark_resolved = "Mark resolved", "Marcar como resuelto";
    reopen = "Reopen", "Reabrir";
    resolved = "Resolved", "Resuelto";
    /// Draft, scheduled, in progress, delivered (see [`DailyStrings::status_name`]).
    status_names: [&'static str; 5] =
        ["Draft", "Scheduled", "In progress", "Dates past, nothing recorded", "Delivered"],
        ["Borrador", "Programado", "En curso", "Fechas pasadas, sin registro", "Impartido"];
    /// The plans list's orders (see [`DailyStrings::sort_name`]).
    sort_names: [&'static str; 4] =
        ["Last edited", "Name", "First session", "Status"],
        ["Última edición", "Nombre", "Primera sesión", "Estado"];
    letter_heading = "Family letter", "Carta a las familias";
    /// Why the letter goes home ahead (facts.md: G.S. 115C-81.30(c)); the two weeks are
    /// practice, not law.
    letter_why =
        "Under G.S. 115C-81.30, North Carolina parents and guardians may review the objectives \
         and materials of the health instruction where sexual assault awareness and \
         sex-trafficking prevention are taught. Two weeks ahead gives families time to read the \
         letter and ask questions; it is good practice, not a legal deadline.",
        "Según la G.S. 115C-81.30, en Carolina del Norte madres, padres y tutores pueden revisar \
         los objetivos y los materiales de la enseñanza de salud en la que se tratan la \
         prevención del abuso sexual y de la trata con fines sexuales. Dos semanas de \
         anticipación dan tiempo a las familias para leer la carta y hacer preguntas; es una \
         buena práctica, no un plazo legal.";
    /// The send-by date and the first session's date.
    letter_due(&str, &str) =
        |by, first| format!("Send the family letter by {by}, two weeks before the first session on {first}."),
        |by, first| format!("Envíe la carta a las familias a más tardar el {by}, dos semanas antes de la primera sesión, el {first}.");
    /// The send-by date has passed, the first session (its date) has not come.
    letter_late(&str, &str) =
        |by, first| format!("The family letter was to go home by {by}. If it has not gone out yet, send it now, so families can review the materials before the first session on {first}."),
        |by, first| format!("La carta a las familias debía enviarse a más tardar el {by}. Si todavía no se envió, envíela ahora, para que las familias puedan revisar los materiales antes de la primera sesión, el {first}.");
    /// The send-by date has passed and the sessions have begun.
    letter_late_started(&str) =
        |by| format!("The family letter was to go home by {by}, and the sessions have begun. If it has not gone out yet, send it now: families can still review the materials."),
        |by| format!("La carta a las familias debía enviarse a más tardar el {by} y las sesiones ya empezaron. Si todavía no se envió, envíela ahora: las familias aún pueden revisar los materiales.");
    letter_sent_on(&str) =
        |on| format!("Family letter marked sent on {on}."),
        |on| format!("Carta a las familias marcada como enviada el {on}.");
    letter_unscheduled =
        "The date to send the family letter shows here once this section has a start date and \
         meeting days.",
        "La fecha para enviar la carta a las familias aparece aquí cuando este grupo tenga fecha \
         de inicio y días de clase.";
    mark_letter_sent = "Mark the letter sent", "Marcar la carta como enviada";
    mark_letter_unsent = "Mark as not sent", "Marcar como no enviada";
    letter_unmarked = "Family letter marked not sent.", "Carta a las familias marcada como no enviada.";

}

impl DailyStrings {
    /// The name of a plan status.
    pub fn status_name(&self, status: PlanStatus) -> &'static str {
        let i = PlanStatus::ALL
            .iter()
            .position(|s| *s == status)
            .unwrap_or(0);
        self.status_names[i]
    }

    /// The name of an order of the plans list.
    pub fn sort_name(&self, sort: PlanSort) -> &'static str {
        let i = PlanSort::ALL.iter().position(|s| *s == sort).unwrap_or(0);
        self.sort_names[i]
    }
}
