//! Strings of the lesson editor and of the preventionist's own lessons in the library.

use super::catalog::catalog;
use crate::curriculum::validate::Issue;
use crate::lang::Lang;

catalog! {
    /// UI strings of the lesson editor, one value per language.
    pub struct EditorStrings;
    /// The mark on a lesson written or adapted here.
    your_lesson = "Your lesson", "Tu lección";
    new_lesson = "Write a new lesson", "Escribir una lección nueva";
    adapt_copy = "Adapt a copy", "Adaptar una copia";
    edit = "Edit this lesson", "Editar esta lección";
    delete = "Delete this lesson", "Eliminar esta lección";
    /// Asked before deleting a lesson no plan uses.
    delete_ask = "Delete this lesson for good?", "¿Eliminar esta lección para siempre?";
    /// Asked before deleting a lesson plans use, naming them.
    delete_ask_used(&str) =
        |plans| format!("These plans use this lesson: {plans}. They keep its place, shown as a missing lesson. Delete it for good?"),
        |plans| format!("Estos planes usan esta lección: {plans}. Conservan su lugar, que se muestra como una lección que falta. ¿Eliminarla para siempre?");
    delete_confirm = "Delete", "Eliminar";
    cancel = "Cancel", "Cancelar";
    /// "Deleted “<title>”."
    deleted(&str) = |t| format!("Deleted “{t}”."), |t| format!("Se eliminó «{t}».");
    draft = "Draft", "Borrador";
    no_english = "No English version", "Sin versión en inglés";
    no_spanish = "No Spanish version", "Sin versión en español";
    /// "Adapted from “<title>”".
    adapted_from(&str) = |t| format!("Adapted from “{t}”"), |t| format!("Adaptada de «{t}»");
    english = "English", "inglés";
    spanish = "Spanish", "español";
    heading = "Lesson editor", "Editor de lecciones";
    untitled = "Untitled lesson", "Lección sin título";
    intro =
        "Changes are saved as you type. Write in English, Spanish or both: a lesson in one language says plainly that the other version is missing.",
        "Los cambios se guardan mientras escribe. Escriba en inglés, en español o en ambos: una lección en un solo idioma dice claramente que falta la otra versión.";
    /// The editor's status: how many problems keep the lesson a draft.
    problems(usize) =
        |n| match n {
            0 => "No problems found: the lesson is complete.".to_string(),
            1 => "1 problem to fix. The lesson is saved as a draft until then.".to_string(),
            n => format!("{n} problems to fix. The lesson is saved as a draft until then."),
        },
        |n| match n {
            0 => "No se encontraron problemas: la lección está completa.".to_string(),
            1 => "1 problema por resolver. Mientras tanto, la lección se guarda como borrador.".to_string(),
            n => format!("{n} problemas por resolver. Mientras tanto, la lección se guarda como borrador."),
        };
    save_draft = "Save as draft", "Guardar como borrador";
    save_done = "Save and close", "Guardar y cerrar";
    basics = "About the lesson", "Sobre la lección";
    title = "Title", "Título";
    summary = "Summary", "Resumen";
    lesson_minutes = "Minutes", "Minutos";
    min_minutes = "Shortest length (minutes)", "Duración mínima (minutos)";
    tags = "Tags", "Etiquetas";
    steps = "Steps", "Pasos";
    step = "Step", "Paso";
    step_title = "Step title", "Título del paso";
    method = "Method", "Método";
    instructions = "Instructions", "Instrucciones";
    handout = "Handout", "Material";
    handout_title = "Handout title", "Título del material";
    handout_body = "Handout text", "Texto del material";
    prompt = "Question", "Pregunta";
    choices = "Choices", "Opciones";
    choice = "Choice", "Opción";
    correct = "Correct answer", "Respuesta correcta";
    explanation = "Why it is right", "Por qué es correcta";
    light = "What it is", "Qué es";
    adaptation = "Adaptation", "Adaptación";
    source = "Source", "Fuente";
    citation = "Citation", "Cita";
    url = "Web address (optional)", "Dirección web (opcional)";
    /// "Add an <entry>", the button under a list, from the name of one entry ("Objective").
    add(&str) =
        |entry| {
            let entry = entry.to_lowercase();
            let a = if entry.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
            format!("Add {a} {entry}")
        },
        |entry| format!("Agregar: {}", entry.to_lowercase());
    /// One entry of each text list, to number it ("Objective 2") and to add one.
    objective = "Objective", "Objetivo";
    material = "Material", "Material";
    preparation_step = "Preparation step", "Paso de preparación";
    question = "Question", "Pregunta";
    /// What a list with no entry lacks, by the list's field (the lesson format's name).
    empty_list(&str) = empty_en, empty_es;
    /// "Remove <item>".
    remove(&str) = |item| format!("Remove {item}"), |item| format!("Quitar {item}");
    /// "<entry> <n>", naming an entry of a list ("Step 2").
    entry(&str, usize) = |list, n| format!("{list} {n}"), |list, n| format!("{list} {n}");
    not_yours = "This lesson is not one you wrote or adapted here.", "Esta lección no es una que usted haya escrito o adaptado aquí.";
    /// In a plan: replace a lesson by the adapted copy, keeping its place.
    use_copy(&str) = |t| format!("Use your adapted copy: {t}"), |t| format!("Usar su copia adaptada: {t}");
    /// "Now using your adapted copy “<title>”."
    swapped(&str) = |t| format!("Now using your adapted copy “{t}”."), |t| format!("Ahora se usa su copia adaptada «{t}».");
    /// What is written in a lesson with one language only, in the packet and the checks.
    missing_version(&str) =
        |t| format!("“{t}” has no English version yet: its text below is in Spanish."),
        |t| format!("«{t}» todavía no tiene versión en español: su texto está en inglés.");
    /// What one validation problem says beside its field.
    issue(&Issue) = issue_en, issue_es;
}

fn issue_en(issue: &Issue) -> String {
    match issue {
        Issue::MissingText(Lang::En) => "The English is blank here. Write it, or make the lesson Spanish-only by clearing its English title.".into(),
        Issue::MissingText(Lang::Es) => "The Spanish is blank here. Write it, or make the lesson English-only by clearing its Spanish title.".into(),
        Issue::BritishSpelling { british, us } => format!("“{british}” is British spelling: write “{us}”."),
        Issue::EmptyList => "Add at least one.".into(),
        Issue::BadId(id) => format!("“{id}” can only have lowercase letters, digits and hyphens."),
        Issue::UnknownFactor(id) => format!("“{id}” is not a factor the planner knows."),
        Issue::NoMinutes => "Must be more than 0 minutes.".into(),
        Issue::StepsDoNotAddUp { steps, minutes } => format!("The steps add up to {steps} minutes, but the lesson is {minutes} minutes long."),
        Issue::CoreTooLong { core, min_minutes } => format!("The steps not marked optional add up to {core} minutes, more than the shortest length ({min_minutes} minutes): mark more steps optional or shorten them."),
        Issue::MinMinutesOutOfRange { min_minutes, minutes } => format!("{min_minutes} minutes: the shortest length must be from 1 to the lesson's {minutes} minutes."),
        Issue::TooFewChoices => "Give at least two choices.".into(),
        Issue::AnswerNotAChoice { answer, .. } => format!("The answer is choice {}, which does not exist.", answer + 1),
        Issue::EmptyCitation => "Write the citation.".into(),
        Issue::DuplicateId { id, .. } => format!("Another lesson already has the id “{id}”."),
        Issue::DuplicateTerm(id) | Issue::NoEntry(id) => format!("Vocabulary problem with “{id}”."),
        Issue::TooFewCards => "A card handout needs at least two cards: start each card's line with “- ”.".into(),
        Issue::CardCountsDiffer { en, es } => format!("{en} cards in English but {es} in Spanish: each card needs both languages."),
        Issue::CardTooLong { card, max } => format!("Card {card} is longer than {max} characters and will not read once cut out."),
    }
}

fn issue_es(issue: &Issue) -> String {
    match issue {
        Issue::MissingText(Lang::En) => "Aquí falta el inglés. Escríbalo, o deje la lección solo en español borrando su título en inglés.".into(),
        Issue::MissingText(Lang::Es) => "Aquí falta el español. Escríbalo, o deje la lección solo en inglés borrando su título en español.".into(),
        Issue::BritishSpelling { british, us } => format!("«{british}» es ortografía británica: escriba «{us}»."),
        Issue::EmptyList => "Agregue al menos uno.".into(),
        Issue::BadId(id) => format!("«{id}» solo puede tener minúsculas, dígitos y guiones."),
        Issue::UnknownFactor(id) => format!("«{id}» no es un factor que el planificador conozca."),
        Issue::NoMinutes => "Debe ser más de 0 minutos.".into(),
        Issue::StepsDoNotAddUp { steps, minutes } => format!("Los pasos suman {steps} minutos, pero la lección dura {minutes} minutos."),
        Issue::CoreTooLong { core, min_minutes } => format!("Los pasos no marcados como opcionales suman {core} minutos, más que la duración mínima ({min_minutes} minutos): marque más pasos como opcionales o acórtelos."),
        Issue::MinMinutesOutOfRange { min_minutes, minutes } => format!("{min_minutes} minutos: la duración mínima debe ser de 1 a los {minutes} minutos de la lección."),
        Issue::TooFewChoices => "Dé al menos dos opciones.".into(),
        Issue::AnswerNotAChoice { answer, .. } => format!("La respuesta es la opción {}, que no existe.", answer + 1),
        Issue::EmptyCitation => "Escriba la cita.".into(),
        Issue::DuplicateId { id, .. } => format!("Otra lección ya tiene el identificador «{id}»."),
        Issue::DuplicateTerm(id) | Issue::NoEntry(id) => format!("Problema de vocabulario con «{id}»."),
        Issue::TooFewCards => "Una hoja de tarjetas necesita al menos dos tarjetas: empiece la línea de cada tarjeta con «- ».".into(),
        Issue::CardCountsDiffer { en, es } => format!("{en} tarjetas en inglés pero {es} en español: cada tarjeta necesita los dos idiomas."),
        Issue::CardTooLong { card, max } => format!("La tarjeta {card} tiene más de {max} caracteres y no se podrá leer una vez recortada."),
    }
}

fn empty_en(field: &str) -> String {
    match field {
        "grades" => "Choose at least one grade band.".into(),
        "levels" => "Choose at least one level of the social-ecological model.".into(),
        "topics" => "Choose at least one topic.".into(),
        "nc_elements" => "Choose at least one North Carolina standard.".into(),
        "objectives" => "Add at least one learning objective.".into(),
        "steps" => "Add at least one step.".into(),
        "assessment" => "Add at least one assessment question.".into(),
        "sources" => "Add at least one source.".into(),
        _ => "Add at least one entry.".into(),
    }
}

fn empty_es(field: &str) -> String {
    match field {
        "grades" => "Elija al menos un nivel de grados.".into(),
        "levels" => "Elija al menos un nivel del modelo socioecológico.".into(),
        "topics" => "Elija al menos un tema.".into(),
        "nc_elements" => "Elija al menos un estándar de Carolina del Norte.".into(),
        "objectives" => "Agregue al menos un objetivo de aprendizaje.".into(),
        "steps" => "Agregue al menos un paso.".into(),
        "assessment" => "Agregue al menos una pregunta de evaluación.".into(),
        "sources" => "Agregue al menos una fuente.".into(),
        _ => "Agregue al menos una entrada.".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_list_says_what_to_add_and_add_buttons_name_one_entry() {
        assert_eq!(
            (EN.empty_list)("objectives"),
            "Add at least one learning objective."
        );
        assert_eq!((ES.empty_list)("sources"), "Agregue al menos una fuente.");
        assert_eq!((EN.add)("Objective"), "Add an objective");
        assert_eq!((EN.add)("Step"), "Add a step");
        assert_eq!((ES.add)("Objetivo"), "Agregar: objetivo");
    }
}
