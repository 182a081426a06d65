//! Strings of the backup panel (on the plans list) and of a backup's restore preview. What
//! the notices say about backups and saves the browser did not keep is in [`super::Strings`],
//! since the main module shows it.

use super::catalog::catalog;
use crate::backup::BackupError;

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// "N plans and M lessons", leaving out a count of zero ("" when both are).
fn counts(plans: usize, lessons: usize, words: [&str; 4], and: &str) -> String {
    let parts: Vec<String> = [(plans, words[0], words[1]), (lessons, words[2], words[3])]
        .into_iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|(n, one, many)| plural(n, one, many))
        .collect();
    parts.join(and)
}

const EN_WORDS: [&str; 4] = ["plan", "plans", "lesson", "lessons"];
const ES_WORDS: [&str; 4] = ["plan", "planes", "lección", "lecciones"];

catalog! {
    /// UI strings about backups, one value per language.
    pub struct BackupStrings;
    heading =
        "Backups",
        "Copias de seguridad";
    back_up_hint =
        "One file with all your plans, your lessons and your settings. Browsers can clear saved data (Safari after a week without a visit, any browser short of space): keep the file somewhere safe.",
        "Un solo archivo con todos sus planes, sus lecciones y su configuración. Los navegadores pueden borrar los datos guardados (Safari tras una semana sin visitas, cualquier navegador con poco espacio): guarde el archivo en un lugar seguro.";
    /// `"Last backup: <date>."`
    last_backup(&str) =
        |date| format!("Last backup: {date}."),
        |date| format!("Última copia: {date}.");
    never_backed_up =
        "No backup made on this device yet.",
        "Todavía no se hizo ninguna copia en este dispositivo.";
    restore =
        "Restore from a backup",
        "Restaurar desde una copia";
    restore_hint =
        "Choose a backup file. You see what it holds first; nothing changes until you confirm, and nothing here is replaced unless you tick it.",
        "Elija un archivo de copia. Primero verá lo que contiene; no cambia nada hasta que usted confirme, y no se reemplaza nada de aquí si no lo marca.";
    /// `"Backup of <date>"`.
    preview_heading(&str) =
        |date| format!("Backup of {date}"),
        |date| format!("Copia del {date}");
    new_plans =
        "New plans, to be added",
        "Planes nuevos, que se agregarán";
    changed_plans =
        "Plans that differ from this device's",
        "Planes distintos de los de este dispositivo";
    new_lessons =
        "New lessons, to be added",
        "Lecciones nuevas, que se agregarán";
    changed_lessons =
        "Lessons that differ from this device's",
        "Lecciones distintas de las de este dispositivo";
    /// "N plans and M lessons are already here as they are in the backup." ("" when none are.)
    same(usize, usize) =
        |plans, lessons| match counts(plans, lessons, EN_WORDS, " and ") {
            c if c.is_empty() => c,
            c if plans + lessons == 1 => format!("{c} is already here as it is in the backup."),
            c => format!("{c} are already here as they are in the backup."),
        },
        |plans, lessons| match counts(plans, lessons, ES_WORDS, " y ") {
            c if c.is_empty() => c,
            c => format!("{c} ya {} aquí tal como en la copia.", if plans + lessons == 1 { "está" } else { "están" }),
        };
    /// `"Edited on this device <date>; in the backup <date>."`
    edited(&str, &str) =
        |here, there| format!("Edited on this device {here}; in the backup {there}."),
        |here, there| format!("Editado en este dispositivo el {here}; en la copia, el {there}.");
    replace =
        "Use the backup's version",
        "Usar la versión de la copia";
    changed_hint =
        "Unticked, this device's version stays. Ticked, the backup's version replaces it.",
        "Sin marcar, se queda la versión de este dispositivo. Marcada, la versión de la copia la reemplaza.";
    nothing_new =
        "Everything in this backup is already here.",
        "Todo lo que contiene esta copia ya está aquí.";
    restore_confirm =
        "Restore",
        "Restaurar";
    /// "Restored N plans and M lessons."
    restored(usize, usize) =
        |plans, lessons| {
        format!(
            "Restored {} and {}.",
            plural(plans, "plan", "plans"),
            plural(lessons, "lesson", "lessons")
        )
    },
        |plans, lessons| {
        format!(
            "Se restauraron {} y {}.",
            plural(plans, "plan", "planes"),
            plural(lessons, "lección", "lecciones")
        )
    };
    restore_error(&BackupError) =
        |e| match e {
        BackupError::TooLarge { bytes } => format!("This file is too large ({} MB) to be a backup of this planner; nothing was restored.", bytes / 1_000_000),
        BackupError::NotJson => "This file is damaged or is not a backup (it is not valid JSON); nothing was restored.".into(),
        BackupError::NotABackup => "This file is not a backup made with “Back up everything”. A plan export is imported under “Import plans from a file”; nothing was restored.".into(),
        BackupError::Newer(v) => format!("This backup was made by a newer version of the planner (format {v}). Reload to update the planner, then restore again; nothing was restored."),
        BackupError::Damaged(detail) => format!("Part of this backup cannot be read ({detail}), so nothing was restored."),
    },
        |e| match e {
        BackupError::TooLarge { bytes } => format!("Este archivo es demasiado grande ({} MB) para ser una copia de este planificador; no se restauró nada.", bytes / 1_000_000),
        BackupError::NotJson => "Este archivo está dañado o no es una copia (no es un JSON válido); no se restauró nada.".into(),
        BackupError::NotABackup => "Este archivo no es una copia hecha con «Hacer una copia de todo». Un plan exportado se importa en «Importar planes desde un archivo»; no se restauró nada.".into(),
        BackupError::Newer(v) => format!("Esta copia se hizo con una versión más nueva del planificador (formato {v}). Vuelva a cargar la página para actualizarlo y restaure de nuevo; no se restauró nada."),
        BackupError::Damaged(detail) => format!("Una parte de esta copia no se puede leer ({detail}), así que no se restauró nada."),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_of_zero_are_left_out() {
        assert_eq!((EN.same)(0, 0), "");
        assert_eq!(
            (EN.same)(0, 2),
            "2 lessons are already here as they are in the backup."
        );
        assert_eq!(
            (EN.same)(1, 0),
            "1 plan is already here as it is in the backup."
        );
        assert_eq!(
            (ES.same)(2, 1),
            "2 planes y 1 lección ya están aquí tal como en la copia."
        );
    }
}
