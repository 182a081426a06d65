//! Strings of the lesson editor and of the preventionist's own lessons in the library.

use super::catalog::catalog;
use crate::curriculum::validate::Issue;
use crate::lang::Lang;

catalog! {
    /// UI strings of the lesson editor, one value per language.
    pub struct EditorStrings;
    /// The mark on a lesson written or adapted here.
    your_lesson = "Your lesson", "Tu lección";
    /// What one validation problem says beside its field.
    issue(&Issue) = issue_en, issue_es;
}

fn issue_en(issue: &Issue) -> String {
    match issue {
        Issue::MissingText(Lang::En) => "Write the English text, or leave the English out of the whole lesson.".into(),
        Issue::MissingText(Lang::Es) => "Write the Spanish text, or leave the Spanish out of the whole lesson.".into(),
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
    }
}

fn issue_es(issue: &Issue) -> String {
    match issue {
        Issue::MissingText(Lang::En) => "Escriba el texto en inglés, o deje toda la lección sin inglés.".into(),
        Issue::MissingText(Lang::Es) => "Escriba el texto en español, o deje toda la lección sin español.".into(),
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
    }
}
