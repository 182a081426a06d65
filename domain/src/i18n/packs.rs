//! Strings for moving lessons between people: lesson pack files, their import preview and
//! refusals, the lessons a plan file carries, and share links too long to send.

use super::catalog::{catalog, Sample};
use crate::curriculum::exchange::{
    Incoming, Issue, Outcome, Refusal, Taken, MAX_LESSONS, MAX_MINUTES,
};
use crate::lang::{Lang, Text};

/// Megabytes, whole, for file limits.
fn mb(bytes: usize) -> String {
    bytes.div_ceil(1_000_000).to_string()
}

/// A number with thousands separated: `,` in English, `.` in Spanish.
fn thousands(n: usize, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn issue_en(issue: &Issue) -> String {
    match issue {
        Issue::UnknownTerm { value } => {
            format!("“{value}” is not in the planner's vocabulary")
        }
        Issue::Minutes { value } => {
            format!("{value} is not a number of minutes from 0 to {MAX_MINUTES}")
        }
        Issue::TooLong { max } => format!(
            "the text is longer than {} characters",
            thousands(*max, ',')
        ),
        Issue::TooMany { max } => format!("the list has more than {max} entries"),
        Issue::Id { value } => {
            format!("the id “{value}” may only use lowercase letters, digits and hyphens")
        }
        Issue::Url { value } => {
            format!("“{value}” is not a web address (it must start with https://)")
        }
        Issue::Shape { detail } => {
            format!("this is not what a lesson holds there ({detail})")
        }
    }
}

fn issue_es(issue: &Issue) -> String {
    match issue {
        Issue::UnknownTerm { value } => {
            format!("«{value}» no está en el vocabulario del planificador")
        }
        Issue::Minutes { value } => {
            format!("{value} no es una cantidad de minutos entre 0 y {MAX_MINUTES}")
        }
        Issue::TooLong { max } => {
            format!("el texto tiene más de {} caracteres", thousands(*max, '.'))
        }
        Issue::TooMany { max } => format!("la lista tiene más de {max} elementos"),
        Issue::Id { value } => format!(
            "el identificador «{value}» solo puede tener letras minúsculas, números y guiones"
        ),
        Issue::Url { value } => {
            format!("«{value}» no es una dirección web (debe empezar con https://)")
        }
        Issue::Shape { detail } => {
            format!("esto no es lo que una lección lleva ahí ({detail})")
        }
    }
}

fn refusal_en(r: &Refusal) -> String {
    let nothing = "nothing was imported";
    match r {
        Refusal::TooLarge { bytes } => format!(
            "This file is too large ({} MB). A lesson pack may be at most {} MB; {nothing}.",
            mb(*bytes),
            mb(crate::curriculum::exchange::MAX_BYTES)
        ),
        Refusal::NotJson => format!("This is not a lesson pack. Choose a lesson pack file ending in .json; {nothing}."),
        Refusal::Damaged { line, column } => format!("This file is damaged or incomplete (it breaks off at line {line}, column {column}), so {nothing}. Ask the sender for the file again."),
        Refusal::TooDeep => format!("This file is nested far deeper than any lesson pack, so it was not read and {nothing}."),
        Refusal::PlanFile => format!("This is a plan file, not a lesson pack: import it on the Plans screen with “Import plans from a file”. Here, {nothing}."),
        Refusal::NotAPack => format!("This JSON file is not a lesson pack, so {nothing}."),
        Refusal::Newer { version } if *version == u64::MAX => format!("This lesson pack was made by a newer version of the planner. Reload to update the planner, then import it again; {nothing}."),
        Refusal::Newer { version } => format!("This lesson pack was made by a newer version of the planner (pack format {version}). Reload to update the planner, then import it again; {nothing}."),
        Refusal::BadVersion => format!("This file says it is a lesson pack, but its version is not one the planner knows, so {nothing}."),
        Refusal::NoLessons => format!("This lesson pack holds no lessons, so {nothing}."),
        Refusal::TooManyLessons { count } => format!("This lesson pack holds {} lessons; the planner imports at most {} from one file, so {nothing}. Ask for it in smaller packs.", thousands(*count, ','), thousands(MAX_LESSONS, ',')),
        Refusal::Field { lesson: Some(id), field, issue } => format!("In the lesson “{id}”, at {field}: {}. So {nothing}.", issue_en(issue)),
        Refusal::Field { lesson: None, field, issue } => format!("In the pack's {field}: {}. So {nothing}.", issue_en(issue)),
    }
}

fn refusal_es(r: &Refusal) -> String {
    let nothing = "no se importó nada";
    match r {
        Refusal::TooLarge { bytes } => format!(
            "Este archivo es demasiado grande ({} MB). Un paquete de lecciones puede tener como máximo {} MB; {nothing}.",
            mb(*bytes),
            mb(crate::curriculum::exchange::MAX_BYTES)
        ),
        Refusal::NotJson => format!("Este no es un paquete de lecciones. Elija un archivo de paquete de lecciones que termine en .json; {nothing}."),
        Refusal::Damaged { line, column } => format!("Este archivo está dañado o incompleto (se corta en la línea {line}, columna {column}), así que {nothing}. Pida el archivo otra vez a quien lo envió."),
        Refusal::TooDeep => format!("Este archivo está anidado mucho más que cualquier paquete de lecciones, así que no se leyó y {nothing}."),
        Refusal::PlanFile => format!("Este es un archivo de planes, no un paquete de lecciones: impórtelo en la pantalla Planes con «Importar planes desde un archivo». Aquí {nothing}."),
        Refusal::NotAPack => format!("Este archivo JSON no es un paquete de lecciones, así que {nothing}."),
        Refusal::Newer { version } if *version == u64::MAX => format!("Este paquete de lecciones se hizo con una versión más nueva del planificador. Vuelva a cargar la página para actualizarlo e impórtelo de nuevo; {nothing}."),
        Refusal::Newer { version } => format!("Este paquete de lecciones se hizo con una versión más nueva del planificador (formato de paquete {version}). Vuelva a cargar la página para actualizarlo e impórtelo de nuevo; {nothing}."),
        Refusal::BadVersion => format!("Este archivo dice ser un paquete de lecciones, pero su versión no es una que el planificador conozca, así que {nothing}."),
        Refusal::NoLessons => format!("Este paquete no contiene lecciones, así que {nothing}."),
        Refusal::TooManyLessons { count } => format!("Este paquete contiene {} lecciones; el planificador importa como máximo {} de un solo archivo, así que {nothing}. Pídalo en paquetes más pequeños.", thousands(*count, '.'), thousands(MAX_LESSONS, '.')),
        Refusal::Field { lesson: Some(id), field, issue } => format!("En la lección «{id}», en {field}: {}. Por eso {nothing}.", issue_es(issue)),
        Refusal::Field { lesson: None, field, issue } => format!("En el campo {field} del paquete: {}. Por eso {nothing}.", issue_es(issue)),
    }
}

/// What importing one lesson will do, in `lang`, for the preview.
pub fn describe(incoming: &Incoming, lang: Lang) -> String {
    let t = super::pack_strings(lang);
    let outcome = match &incoming.outcome {
        Outcome::New => t.outcome_new.to_string(),
        Outcome::Replaces => t.outcome_replaces.to_string(),
        Outcome::AlreadyThere => t.outcome_already.to_string(),
        Outcome::Renamed { from, taken_by } => {
            let why = match taken_by {
                Taken::BuiltIn { title } => (t.taken_built_in)(from, shown(title, lang)),
                Taken::Custom { title, .. } => (t.taken_custom)(from, shown(title, lang)),
                Taken::SamePack => (t.taken_same_pack)(from),
            };
            (t.outcome_renamed)(&incoming.lesson.id, &why)
        }
    };
    match incoming.problems.len() {
        0 => outcome,
        n => format!("{outcome}. {}", (t.draft_note)(n)),
    }
}

/// A text in `lang`, or in the other language when it has none in `lang`.
pub fn shown(text: &Text, lang: Lang) -> &str {
    match text.get(lang) {
        "" => Lang::ALL
            .into_iter()
            .map(|l| text.get(l))
            .find(|s| !s.is_empty())
            .unwrap_or(""),
        s => s,
    }
}

impl Sample for &Refusal {
    fn sample() -> Self {
        &Refusal::NotJson
    }
}

catalog! {
    /// UI strings for lesson packs, one value per language.
    pub struct PackStrings;
    /// The heading of the screen where lessons are imported and exported.
    heading = "Share lessons", "Compartir lecciones";
    intro =
        "Lessons travel as lesson pack files (.json): import a pack from a coalition or a colleague, or export your own lessons to send them.",
        "Las lecciones viajan como archivos de paquete de lecciones (.json): importe un paquete de una coalición o de un colega, o exporte sus propias lecciones para enviarlas.";
    import_heading = "Import a lesson pack", "Importar un paquete de lecciones";
    import_label = "Choose a lesson pack file", "Elegir un archivo de paquete de lecciones";
    import_hint =
        "A .json lesson pack. You see what it holds first; nothing changes until you confirm.",
        "Un paquete de lecciones .json. Primero verá lo que contiene; no cambia nada hasta que usted confirme.";
    /// The preview's heading: `"Lessons in “<pack name>”"`.
    preview_heading(&str) =
        |name| format!("Lessons in “{name}”"),
        |name| format!("Lecciones en «{name}»");
    /// The heading of the lessons a plan file or link brings with it.
    carried_heading = "Lessons that come with it", "Lecciones que vienen con él";
    outcome_new = "New", "Nueva";
    outcome_replaces =
        "Replaces the earlier version from this pack",
        "Reemplaza la versión anterior de este paquete";
    outcome_already = "Already in your library", "Ya está en su biblioteca";
    /// `"Imported as <new id>: <why>"`.
    outcome_renamed(&str, &str) =
        |to, why| format!("Imported as {to}: {why}"),
        |to, why| format!("Se importa como {to}: {why}");
    /// Why a lesson was renamed: a built-in lesson with its title has the id.
    taken_built_in(&str, &str) =
        |id, title| format!("the built-in lesson “{title}” already uses the id {id}"),
        |id, title| format!("la lección incluida «{title}» ya usa el identificador {id}");
    /// Why a lesson was renamed: one of the user's lessons has the id.
    taken_custom(&str, &str) =
        |id, title| format!("“{title}” in your library already uses the id {id}"),
        |id, title| format!("«{title}» de su biblioteca ya usa el identificador {id}");
    /// Why a lesson was renamed: an earlier lesson of the same pack has the id.
    taken_same_pack(&str) =
        |id| format!("an earlier lesson in this pack already uses the id {id}"),
        |id| format!("una lección anterior de este paquete ya usa el identificador {id}");
    /// A lesson with validation problems: `"<n> problems: kept as a draft"`.
    draft_note(usize) =
        |n| match n {
            1 => "1 problem to fix: it is kept as a draft".to_string(),
            n => format!("{n} problems to fix: it is kept as a draft"),
        },
        |n| match n {
            1 => "1 problema por corregir: se guarda como borrador".to_string(),
            n => format!("{n} problemas por corregir: se guarda como borrador"),
        };
    /// "Import N lessons".
    import_confirm(usize) =
        |n| match n {
            1 => "Import 1 lesson".to_string(),
            n => format!("Import {n} lessons"),
        },
        |n| match n {
            1 => "Importar 1 lección".to_string(),
            n => format!("Importar {n} lecciones"),
        };
    nothing_new =
        "Every lesson in this pack is already in your library.",
        "Todas las lecciones de este paquete ya están en su biblioteca.";
    /// After an import: `"Imported N lessons into “<pack>”."`
    imported(usize, &str) =
        |n, name| match n {
            1 => format!("Imported 1 lesson into “{name}”. Find it in the library under that name."),
            n => format!("Imported {n} lessons into “{name}”. Find them in the library under that name."),
        },
        |n, name| match n {
            1 => format!("Se importó 1 lección en «{name}». Encuéntrela en la biblioteca con ese nombre."),
            n => format!("Se importaron {n} lecciones en «{name}». Encuéntrelas en la biblioteca con ese nombre."),
        };
    /// Why a pack was refused.
    refusal(&Refusal) = refusal_en, refusal_es;
    export_heading = "Export your lessons", "Exportar sus lecciones";
    export_hint =
        "Choose the lessons to send. The file holds their full text in every language they are written in.",
        "Elija las lecciones que quiere enviar. El archivo lleva su texto completo en cada idioma en que están escritas.";
    export_name = "Name of the pack", "Nombre del paquete";
    export_name_hint =
        "The people you send it to see this name on its lessons in their library.",
        "Quienes lo reciban verán este nombre en sus lecciones en su biblioteca.";
    /// Under the name field while it is blank (the export waits for a name).
    export_name_missing =
        "Give the pack a name to export it.",
        "Escriba un nombre para el paquete antes de exportarlo.";
    /// Beside the export button while no lesson is ticked.
    export_none_picked =
        "Tick the lessons to send.",
        "Marque las lecciones que quiere enviar.";
    select_all = "Select all", "Seleccionar todas";
    /// "Export N lessons".
    export_confirm(usize) =
        |n| match n {
            1 => "Export 1 lesson".to_string(),
            n => format!("Export {n} lessons"),
        },
        |n| match n {
            1 => "Exportar 1 lección".to_string(),
            n => format!("Exportar {n} lecciones"),
        };
    no_lessons =
        "You have no lessons of your own yet: write or adapt one, or import a pack, and it can be shared from here.",
        "Todavía no tiene lecciones propias: escriba o adapte una, o importe un paquete, y podrá compartirla desde aquí.";
    /// The pack name of one's own lessons carried in a plan file: `"Lessons from <organization>"`.
    from_org(&str) =
        |org| format!("Lessons from {org}"),
        |org| format!("Lecciones de {org}");
    /// The same without an organization: `"Lessons of the plan “<plan>”"`.
    from_plan(&str) =
        |plan| format!("Lessons of the plan “{plan}”"),
        |plan| format!("Lecciones del plan «{plan}»");
    /// Instead of the share-link button, for a plan too big to fit in a link.
    link_too_long =
        "This plan is too big to send as a link. To share it, use “Export this plan” and send the file: it carries the same lessons.",
        "Este plan es demasiado grande para enviarlo como enlace. Para compartirlo, use «Exportar este plan» y envíe el archivo: lleva las mismas lecciones.";
    link_with_lessons =
        "The link also carries the lessons of your own that this plan uses.",
        "El enlace también lleva las lecciones propias que usa este plan.";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_with_each_language_s_separator() {
        assert_eq!(thousands(10_000, ','), "10,000");
        assert_eq!(thousands(999, ','), "999");
        assert_eq!(thousands(1_234_567, '.'), "1.234.567");
        let many = Refusal::TooManyLessons { count: 10_000 };
        assert!((EN.refusal)(&many).contains("10,000 lessons"));
        assert!((ES.refusal)(&many).contains("10.000 lecciones"));
    }

    #[test]
    fn a_field_refusal_names_the_lesson_field_and_value() {
        let r = Refusal::Field {
            lesson: Some("valley-1".into()),
            field: "topics[0]".into(),
            issue: Issue::UnknownTerm {
                value: "astrology".into(),
            },
        };
        assert_eq!(
            (EN.refusal)(&r),
            "In the lesson “valley-1”, at topics[0]: “astrology” is not in the planner's vocabulary. So nothing was imported."
        );
        assert!((ES.refusal)(&r)
            .starts_with("En la lección «valley-1», en topics[0]: «astrology» no está"));
    }
}
