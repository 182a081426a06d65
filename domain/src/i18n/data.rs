//! Strings for keeping plans safe: export, import, share links, storage and updates.

use super::catalog::catalog;
use crate::transfer::{ImportError, MAX_IMPORT_BYTES};

/// Megabytes to one decimal, with integers only (float formatting would add to the wasm).
fn mb(bytes: usize) -> String {
    let tenths = (bytes + 50_000) / 100_000;
    format!("{}.{}", tenths / 10, tenths % 10)
}

catalog! {
    /// UI strings about data safety, one value per language.
    pub struct DataStrings;
    export_all = "Export all plans", "Exportar todos los planes";
    export_plan = "Export this plan", "Exportar este plan";
    import_plans = "Import plans from a file", "Importar planes desde un archivo";
    import_hint =
        "Choose a .json file exported from this planner. Nothing changes until you confirm.",
        "Elija un archivo .json exportado desde este planificador. No cambia nada hasta que usted confirme.";
    import_preview = "Plans to import", "Planes para importar";
    /// The heading of the screen a share link opens.
    shared_heading = "A plan shared with you", "Un plan compartido con usted";
    /// "Import N plans".
    import_confirm(usize) =
        |n| match n {
            1 => "Import 1 plan".to_string(),
            n => format!("Import {n} plans"),
        },
        |n| match n {
            1 => "Importar 1 plan".to_string(),
            n => format!("Importar {n} planes"),
        };
    cancel = "Cancel", "Cancelar";
    /// `"Imported: <names>"`.
    imported(&str) = |names| format!("Imported: {names}."), |names| format!("Se importó: {names}.");
    imported_suffix = "imported", "importado";
    /// Beside an imported plan no plan here has the id of.
    standing_new = "new", "nuevo";
    /// Beside an imported plan identical to one here.
    standing_same = "already here", "ya está aquí";
    /// Beside an imported plan edited after the one here.
    standing_newer = "a newer version of your plan", "una versión más reciente de su plan";
    /// Beside an imported plan not edited after the one here.
    standing_older = "an older version of your plan: yours is kept", "una versión anterior de su plan: se conserva la suya";
    /// The choice for an imported plan that is already here.
    choice_label = "What to do with this plan", "Qué hacer con este plan";
    choice_update = "Update my plan (Undo in the plan brings it back)", "Actualizar mi plan (Deshacer en el plan lo recupera)";
    choice_keep_both = "Keep both", "Conservar ambos";
    /// "N new review comments" an imported plan brings to the plan here.
    new_comments(usize) =
        |n| match n {
            1 => "1 new review comment".to_string(),
            n => format!("{n} new review comments"),
        },
        |n| match n {
            1 => "1 comentario de revisión nuevo".to_string(),
            n => format!("{n} comentarios de revisión nuevos"),
        };
    /// Said when confirming an import changed nothing.
    nothing_imported = "Nothing to import: these plans are already here.", "Nada que importar: estos planes ya están aquí.";
    share_link = "Copy a share link", "Copiar un enlace para compartir";
    share_hint =
        "The link carries the whole plan inside it; nothing is uploaded. Anyone with the link can see the plan.",
        "El enlace lleva todo el plan dentro; no se sube nada a ningún servidor. Cualquier persona con el enlace puede ver el plan.";
    share_copied =
        "Share link copied. Paste it into an email or message.",
        "Se copió el enlace. Péguelo en un correo o mensaje.";
    persist_granted =
        "This browser will keep your plans even when space runs low.",
        "Este navegador conservará sus planes aunque quede poco espacio.";
    persist_denied =
        "This browser may clear saved plans if the device runs low on space: export your plans to keep a copy.",
        "Este navegador podría borrar los planes guardados si el dispositivo se queda sin espacio: exporte sus planes para guardar una copia.";
    import_error(&ImportError) =
        |e| match e {
            ImportError::TooLarge { bytes } => format!(
                "This file is too large ({} MB). Plan files are at most {} MB; nothing was imported.",
                mb(*bytes),
                mb(MAX_IMPORT_BYTES)
            ),
            ImportError::NotJson => "This is not a plan file. Choose a .json file exported from this planner; nothing was imported.".into(),
            ImportError::InvalidJson(_) => "This file is damaged or incomplete (it is not valid JSON), so nothing was imported. Ask for a new export.".into(),
            ImportError::NotAnExport => "This JSON file was not exported from this planner, so nothing was imported.".into(),
            ImportError::NewerVersion(v) => format!("This file was made by a newer version of the planner (format {v}). Reload to update the planner, then import again; nothing was imported."),
            ImportError::BadShape(detail) => format!("This plan file has content the planner does not understand ({detail}), so nothing was imported."),
            ImportError::UnknownLessons(ids) => format!("This file refers to lessons this planner does not have ({}), so nothing was imported. The sender may have a newer library.", ids.join(", ")),
            ImportError::TooLong { plan, field } if plan.is_empty() => format!("This file has too many {field}, so nothing was imported."),
            ImportError::TooLong { plan, field } => format!("In the plan “{plan}”, the {field} are longer than the planner allows, so nothing was imported."),
            ImportError::Empty => "This file holds no plans, so nothing was imported.".into(),
            ImportError::Lessons(r) => format!("The lessons this plan file carries could not be read. {}", (super::packs::EN.refusal)(r)),
        },
        |e| match e {
            ImportError::TooLarge { bytes } => format!(
                "Este archivo es demasiado grande ({} MB). Los archivos de planes tienen como máximo {} MB; no se importó nada.",
                mb(*bytes).replace('.', ","),
                mb(MAX_IMPORT_BYTES).replace('.', ",")
            ),
            ImportError::NotJson => "Este no es un archivo de planes. Elija un archivo .json exportado desde este planificador; no se importó nada.".into(),
            ImportError::InvalidJson(_) => "Este archivo está dañado o incompleto (no es un JSON válido), así que no se importó nada. Pida una nueva exportación.".into(),
            ImportError::NotAnExport => "Este archivo JSON no se exportó desde este planificador, así que no se importó nada.".into(),
            ImportError::NewerVersion(v) => format!("Este archivo se hizo con una versión más nueva del planificador (formato {v}). Vuelva a cargar la página para actualizarlo e importe de nuevo; no se importó nada."),
            ImportError::BadShape(detail) => format!("Este archivo de planes tiene contenido que el planificador no entiende ({detail}), así que no se importó nada."),
            ImportError::UnknownLessons(ids) => format!("Este archivo menciona lecciones que este planificador no tiene ({}), así que no se importó nada. Es posible que quien lo envió tenga una biblioteca más nueva.", ids.join(", ")),
            ImportError::TooLong { plan, field } if plan.is_empty() => format!("Este archivo tiene demasiados elementos ({field}), así que no se importó nada."),
            ImportError::TooLong { plan, field } => format!("En el plan «{plan}», el campo «{field}» es más largo de lo permitido, así que no se importó nada."),
            ImportError::Empty => "Este archivo no contiene planes, así que no se importó nada.".into(),
            ImportError::Lessons(r) => format!("No se pudieron leer las lecciones que lleva este archivo de planes. {}", (super::packs::ES.refusal)(r)),
        };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_sizes_read_in_megabytes_with_each_language_s_decimal_mark() {
        let big = ImportError::TooLarge { bytes: 2_460_000 };
        assert!((EN.import_error)(&big).contains("(2.5 MB)"));
        assert!((EN.import_error)(&big).contains("at most 8.0 MB"));
        assert!((ES.import_error)(&big).contains("(2,5 MB)"));
        assert_eq!(mb(0), "0.0");
        assert_eq!(mb(49_999), "0.0");
        assert_eq!(mb(1_950_000), "2.0");
    }
}
