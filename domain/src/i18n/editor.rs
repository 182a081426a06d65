//! Strings of the lesson editor and of the preventionist's own lessons in the library.

use super::catalog::catalog;
use super::Strings;
use crate::curriculum::diff::Change;
use crate::curriculum::fields::{segments, split_lang};
use crate::curriculum::validate::{FieldProblem, Issue};
use crate::lang::Lang;

catalog! {
    /// UI strings of the lesson editor, one value per language.
    pub struct EditorStrings;
    /// The mark on a lesson written or adapted here.
    your_lesson = "Your lesson", "Su lección";
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
    /// `"Deleted “<title>”."`
    deleted(&str) = |t| format!("Deleted “{t}”."), |t| format!("Se eliminó «{t}».");
    draft = "Draft", "Borrador";
    no_english = "No English version", "Sin versión en inglés";
    no_spanish = "No Spanish version", "Sin versión en español";
    /// `"Adapted from “<title>”"`.
    adapted_from(&str) = |t| format!("Adapted from “{t}”"), |t| format!("Adaptada de «{t}»");
    english = "English", "inglés";
    spanish = "Spanish", "español";
    heading = "Lesson editor", "Editor de lecciones";
    untitled = "Untitled lesson", "Lección sin título";
    intro =
        "Changes are saved as you type. Write in English, Spanish or both: a lesson in one language says plainly that the other version is missing.",
        "Los cambios se guardan mientras escribe. Escriba en inglés, en español o en ambos: una lección en un solo idioma dice claramente que falta la otra versión.";
    /// The editor's summary: how many problems keep the lesson a draft.
    todo(usize) =
        |n| match n {
            0 => "No problems found: the lesson is complete.".to_string(),
            1 => "Draft: 1 thing to finish".to_string(),
            n => format!("Draft: {n} things to finish"),
        },
        |n| match n {
            0 => "No se encontraron problemas: la lección está completa.".to_string(),
            1 => "Borrador: 1 cosa por terminar".to_string(),
            n => format!("Borrador: {n} cosas por terminar"),
        };
    /// The fold that lists what is left.
    todo_list = "What is left to finish", "Lo que falta por terminar";
    todo_hint =
        "The lesson is saved as a draft until these are done. Each one takes you to its field.",
        "La lección se guarda como borrador hasta que estén resueltas. Cada una lo lleva a su campo.";
    /// Shows every problem beside its field; a lesson without problems is saved and closed.
    finish = "Finish the lesson", "Terminar la lección";
    /// Said after "Finish the lesson" when problems are left.
    not_finished(usize) =
        |n| match n {
            1 => "Not finished yet: 1 thing is left, shown beside its field.".to_string(),
            n => format!("Not finished yet: {n} things are left, each shown beside its field."),
        },
        |n| match n {
            1 => "Todavía no está terminada: falta 1 cosa, que se muestra junto a su campo.".to_string(),
            n => format!("Todavía no está terminada: faltan {n} cosas, cada una junto a su campo."),
        };
    /// The one-click fix beside steps whose minutes do not add up to the lesson's.
    set_minutes(u16) =
        |n| format!("Set the lesson to {n} minutes"),
        |n| format!("Cambiar la duración de la lección a {n} minutos");
    /// Beside a text of an adapted copy changed in English only.
    changed_en_only =
        "You changed the English; the Spanish still says what the original said.",
        "Usted cambió el inglés; el español todavía dice lo que decía la lección original.";
    /// Beside a text of an adapted copy changed in Spanish only.
    changed_es_only =
        "You changed the Spanish; the English still says what the original said.",
        "Usted cambió el español; el inglés todavía dice lo que decía la lección original.";
    /// The button under [`changed_en_only`](Self::changed_en_only): the Spanish needs no
    /// change, and the note goes until the English is reworded again.
    es_still_right = "The Spanish is still right", "El español sigue siendo correcto";
    /// The button under [`changed_es_only`](Self::changed_es_only).
    en_still_right = "The English is still right", "El inglés sigue siendo correcto";
    /// In the review, under an adapted copy: the list of what differs.
    differs = "Changed from the original:", "Cambios respecto a la original:";
    same_as_original =
        "Nothing changed from the original yet.",
        "Todavía no tiene cambios respecto a la original.";
    /// An adapted copy whose original is no longer in the library (its id).
    original_gone(&str) =
        |id| format!("Adapted from a lesson no longer in this library ({id}): what it changed cannot be shown."),
        |id| format!("Adaptada de una lección que ya no está en esta biblioteca ({id}): no se puede mostrar lo que cambió.");
    /// `"<field>: changed in <languages>"`.
    changed_in(&str, &str) =
        |field, langs| format!("{field}: changed in {langs}"),
        |field, langs| format!("{field}: cambió en {langs}");
    both_languages = "English and Spanish", "inglés y español";
    /// `"<list>: <n> entries, now <m>"`.
    count_changed(&str, usize, usize) =
        |field, from, to| format!("{field}: {from}, now {to}"),
        |field, from, to| format!("{field}: {from}, ahora {to}");
    /// `"<field>: changed"`, for minutes, tags, a method, an answer, a source.
    value_changed(&str) = |field| format!("{field}: changed"), |field| format!("{field}: cambió");
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
    /// The checkbox on a step that may be skipped when time is short.
    optional_label = "Optional step", "Paso opcional";
    method = "Method", "Método";
    instructions = "Instructions", "Instrucciones";
    handout = "Handout", "Hoja para estudiantes";
    handout_title = "Handout title", "Título de la hoja";
    handout_body = "Handout text", "Texto de la hoja";
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
    /// `"Add an <entry>"`, the button under a list, from the name of one entry ("Objective").
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
    /// A field the editor has no name for (not one a lesson has).
    entry_other = "Other field", "Otro campo";
    /// What a list with no entry lacks, by the list's field (the lesson format's name).
    empty_list(&str) = empty_en, empty_es;
    /// `"Remove <item>"`.
    remove(&str) = |item| format!("Remove {item}"), |item| format!("Quitar {item}");
    /// `"<entry> <n>"`, naming an entry of a list ("Step 2").
    entry(&str, usize) = |list, n| format!("{list} {n}"), |list, n| format!("{list} {n}");
    not_yours = "This lesson is not one you wrote or adapted here.", "Esta lección no es una que usted haya escrito o adaptado aquí.";
    /// In a plan: replace a lesson by the adapted copy, keeping its place.
    use_copy(&str) = |t| format!("Use your adapted copy: {t}"), |t| format!("Usar su copia adaptada: {t}");
    /// `"Now using your adapted copy “<title>”."`
    swapped(&str) = |t| format!("Now using your adapted copy “{t}”."), |t| format!("Ahora se usa su copia adaptada «{t}».");
    /// What is written in a lesson with one language only, in the packet and the checks.
    missing_version(&str) =
        |t| format!("“{t}” has no English version yet: its text below is in Spanish."),
        |t| format!("«{t}» todavía no tiene versión en español: su texto está en inglés.");
    /// What one validation problem says beside its field.
    issue(&Issue) = issue_en, issue_es;
}

/// A field of a lesson by its path (`steps[1].instructions.es`), as the editor labels it, in
/// `ui`: "Step 2 › Instructions (Spanish)"; what a problem or a change is about.
pub fn field_name(path: &str, ui: Lang) -> String {
    let s = super::strings(ui);
    let e = s.editor;
    let (path, lang) = split_lang(path);
    let mut parts: Vec<String> = Vec::new();
    let mut parent = "";
    for (name, index) in segments(path) {
        let (list, entry) = part_names(s, parent, name);
        parts.push(match index {
            Some(i) => (e.entry)(entry, i + 1),
            None => list.to_string(),
        });
        parent = name;
    }
    let mut out = parts.join(" › ");
    if let Some(lang) = lang {
        let language = match lang {
            Lang::En => e.english,
            Lang::Es => e.spanish,
        };
        out = format!("{out} ({language})");
    }
    out
}

/// The name of the field `name` inside `parent` ("" at the top): as a whole, and for one entry
/// when it is a list.
fn part_names(s: &'static Strings, parent: &str, name: &str) -> (&'static str, &'static str) {
    let e = s.editor;
    match (parent, name) {
        ("", "title") => (e.title, e.title),
        ("", "summary") => (e.summary, e.summary),
        ("", "minutes") => (e.lesson_minutes, e.lesson_minutes),
        ("", "min_minutes") => (e.min_minutes, e.min_minutes),
        ("", "audience") => (s.facet_audience, s.facet_audience),
        ("", "grades") => (s.facet_grade, s.facet_grade),
        ("", "levels") => (s.facet_level, s.facet_level),
        ("", "forms") => (s.facet_form, s.facet_form),
        ("", "topics") => (s.facet_topic, s.facet_topic),
        ("", "nc_elements") => (s.facet_nc, s.facet_nc),
        ("", "risk_factors") => (s.facet_risk, s.facet_risk),
        ("", "protective_factors") => (s.facet_protective, s.facet_protective),
        ("", "objectives") => (s.objectives, e.objective),
        ("", "materials") => (s.materials, e.material),
        ("", "preparation") => (s.preparation, e.preparation_step),
        ("", "discussion") => (s.discussion, e.question),
        ("", "safety") => (s.safety, s.safety),
        ("", "steps") => (e.steps, e.step),
        ("", "handouts") => (s.handouts, e.handout),
        ("", "assessment") => (s.assessment, e.prompt),
        ("", "adaptations") => (s.adaptations, e.adaptation),
        ("", "sources") => (s.sources, e.source),
        ("steps", "title") => (e.step_title, e.step_title),
        ("steps", "minutes") => (e.lesson_minutes, e.lesson_minutes),
        ("steps", "method") => (e.method, e.method),
        ("steps", "optional") => (s.optional_step, s.optional_step),
        ("steps", "instructions") => (e.instructions, e.instructions),
        ("handouts", "title") => (e.handout_title, e.handout_title),
        ("handouts", "body") => (e.handout_body, e.handout_body),
        ("assessment", "prompt") => (e.prompt, e.prompt),
        ("assessment", "choices") => (e.choices, e.choice),
        ("assessment", "answer") => (e.correct, e.correct),
        ("assessment", "explanation") => (e.explanation, e.explanation),
        ("adaptations", "light") => (e.light, e.light),
        ("adaptations", "text") => (e.adaptation, e.adaptation),
        ("sources", "citation") => (e.citation, e.citation),
        ("sources", "url") => (e.url, e.url),
        _ => (e.entry_other, e.entry_other),
    }
}

/// What problem `p` says beside its field, in `ui`.
pub fn problem_message(p: &FieldProblem, ui: Lang) -> String {
    let e = super::strings(ui).editor;
    match p.issue {
        Issue::EmptyList => (e.empty_list)(&p.field),
        _ => (e.issue)(&p.issue),
    }
}

/// One difference of an adapted copy from its original, as the review lists it, in `ui`.
pub fn change_line(change: &Change, ui: Lang) -> String {
    let e = super::strings(ui).editor;
    let name = field_name(change.field(), ui);
    match change {
        Change::Text { langs, .. } => {
            let langs = match langs[..] {
                [Lang::En] => e.english,
                [Lang::Es] => e.spanish,
                _ => e.both_languages,
            };
            (e.changed_in)(&name, langs)
        }
        Change::Count { from, to, .. } => (e.count_changed)(&name, *from, *to),
        Change::Value { .. } => (e.value_changed)(&name),
    }
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

    #[test]
    fn a_field_is_named_as_the_editor_labels_it_in_the_ui_language() {
        assert_eq!(field_name("title.en", Lang::En), "Title (English)");
        assert_eq!(field_name("title.en", Lang::Es), "Título (inglés)");
        assert_eq!(
            field_name("steps[1].instructions.es", Lang::En),
            "Step 2 › Instructions (Spanish)"
        );
        assert_eq!(
            field_name("assessment[0].choices[2].es", Lang::Es),
            "Pregunta 1 › Opción 3 (español)"
        );
        assert_eq!(field_name("steps", Lang::En), "Steps");
        assert_eq!(field_name("grades", Lang::Es), "Grados");
        assert_eq!(
            field_name("objectives[0].en", Lang::En),
            "Objective 1 (English)"
        );
        assert_eq!(
            field_name("sources[0].citation", Lang::En),
            "Source 1 › Citation"
        );
        assert_eq!(field_name("nope", Lang::En), "Other field");
    }

    #[test]
    fn a_change_says_its_field_and_languages() {
        let text = |langs| Change::Text {
            field: "steps[0].instructions".into(),
            langs,
        };
        assert_eq!(
            change_line(&text(vec![Lang::Es]), Lang::En),
            "Step 1 › Instructions: changed in Spanish"
        );
        assert_eq!(
            change_line(&text(vec![Lang::En, Lang::Es]), Lang::Es),
            "Paso 1 › Instrucciones: cambió en inglés y español"
        );
        let count = Change::Count {
            field: "objectives".into(),
            from: 3,
            to: 4,
        };
        assert_eq!(
            change_line(&count, Lang::En),
            "Learning objectives: 3, now 4"
        );
        let value = Change::Value {
            field: "minutes".into(),
        };
        assert_eq!(change_line(&value, Lang::Es), "Minutos: cambió");
    }
}
