//! Strings for "Back up everything", its restore and reminder, and saves the browser did not
//! keep.

use super::all::Entry;
use crate::backup::BackupError;

/// UI strings about backups, one value per language.
pub struct BackupStrings {
    pub heading: &'static str,
    pub back_up: &'static str,
    pub back_up_hint: &'static str,
    /// "Last backup: <date>."
    pub last_backup: fn(&str) -> String,
    pub never_backed_up: &'static str,
    pub restore: &'static str,
    pub restore_hint: &'static str,
    /// "Backup of <date>".
    pub preview_heading: fn(&str) -> String,
    pub new_plans: &'static str,
    pub changed_plans: &'static str,
    pub new_lessons: &'static str,
    pub changed_lessons: &'static str,
    /// "N plans and M lessons are already here as they are in the backup."
    pub same: fn(usize, usize) -> String,
    /// "Edited on this device <date>; in the backup <date>."
    pub edited: fn(&str, &str) -> String,
    pub replace: &'static str,
    pub changed_hint: &'static str,
    pub nothing_new: &'static str,
    pub restore_confirm: &'static str,
    /// "Restored N plans and M lessons."
    pub restored: fn(usize, usize) -> String,
    pub restore_error: fn(&BackupError) -> String,
    pub reminder: &'static str,
    pub reminder_dismiss: &'static str,
    /// The last save was written but not there when read back.
    pub not_kept: &'static str,
    /// Lessons could not be saved (storage full or blocked).
    pub lessons_save_failed: &'static str,
    pub lesson_storage_corrupt: &'static str,
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// English.
pub const EN: BackupStrings = BackupStrings {
    heading: "Backups",
    back_up: "Back up everything",
    back_up_hint: "One file with all your plans, your lessons and your settings. Browsers can clear saved data (Safari after a week without a visit, any browser short of space): keep the file somewhere safe.",
    last_backup: |date| format!("Last backup: {date}."),
    never_backed_up: "No backup made on this device yet.",
    restore: "Restore from a backup",
    restore_hint: "Choose a backup file. You see what it holds first; nothing changes until you confirm, and nothing here is replaced unless you tick it.",
    preview_heading: |date| format!("Backup of {date}"),
    new_plans: "New plans, to be added",
    changed_plans: "Plans that differ from this device's",
    new_lessons: "New lessons, to be added",
    changed_lessons: "Lessons that differ from this device's",
    same: |plans, lessons| {
        format!(
            "{} and {} are already here as they are in the backup.",
            plural(plans, "plan", "plans"),
            plural(lessons, "lesson", "lessons")
        )
    },
    edited: |here, there| format!("Edited on this device {here}; in the backup {there}."),
    replace: "Use the backup's version",
    changed_hint: "Unticked, this device's version stays. Ticked, the backup's version replaces it.",
    nothing_new: "Everything in this backup is already here.",
    restore_confirm: "Restore",
    restored: |plans, lessons| {
        format!(
            "Restored {} and {}.",
            plural(plans, "plan", "plans"),
            plural(lessons, "lesson", "lessons")
        )
    },
    restore_error: |e| match e {
        BackupError::TooLarge { bytes } => format!("This file is too large ({} MB) to be a backup of this planner; nothing was restored.", bytes / 1_000_000),
        BackupError::NotJson => "This file is damaged or is not a backup (it is not valid JSON); nothing was restored.".into(),
        BackupError::NotABackup => "This file is not a backup made with “Back up everything”. A plan export is imported under “Import plans from a file”; nothing was restored.".into(),
        BackupError::Newer(v) => format!("This backup was made by a newer version of the planner (format {v}). Reload to update the planner, then restore again; nothing was restored."),
        BackupError::Damaged(detail) => format!("Part of this backup cannot be read ({detail}), so nothing was restored."),
    },
    reminder: "You have changes that are in no backup yet, and the last one is more than two weeks old. Browsers can clear saved data: back up everything to keep a copy.",
    reminder_dismiss: "Not now",
    not_kept: "Your browser did not keep your last change (it was gone when read back). Everything is still on this screen: back up everything now so nothing is lost.",
    lessons_save_failed: "Could not save your lessons: this browser's storage is full or blocked. What you typed is kept while this tab stays open; back up everything to keep a copy.",
    lesson_storage_corrupt: "Your saved lessons could not be read. The saved text was kept as a copy in this browser; nothing was deleted.",
};

/// Spanish.
pub const ES: BackupStrings = BackupStrings {
    heading: "Copias de seguridad",
    back_up: "Hacer una copia de todo",
    back_up_hint: "Un solo archivo con todos sus planes, sus lecciones y su configuración. Los navegadores pueden borrar los datos guardados (Safari tras una semana sin visitas, cualquier navegador con poco espacio): guarde el archivo en un lugar seguro.",
    last_backup: |date| format!("Última copia: {date}."),
    never_backed_up: "Todavía no se hizo ninguna copia en este dispositivo.",
    restore: "Restaurar desde una copia",
    restore_hint: "Elija un archivo de copia. Primero verá lo que contiene; no cambia nada hasta que usted confirme, y no se reemplaza nada de aquí si no lo marca.",
    preview_heading: |date| format!("Copia del {date}"),
    new_plans: "Planes nuevos, que se agregarán",
    changed_plans: "Planes distintos de los de este dispositivo",
    new_lessons: "Lecciones nuevas, que se agregarán",
    changed_lessons: "Lecciones distintas de las de este dispositivo",
    same: |plans, lessons| {
        format!(
            "{} y {} ya están aquí tal como en la copia.",
            plural(plans, "plan", "planes"),
            plural(lessons, "lección", "lecciones")
        )
    },
    edited: |here, there| format!("Editado en este dispositivo el {here}; en la copia, el {there}."),
    replace: "Usar la versión de la copia",
    changed_hint: "Sin marcar, se queda la versión de este dispositivo. Marcada, la versión de la copia la reemplaza.",
    nothing_new: "Todo lo que contiene esta copia ya está aquí.",
    restore_confirm: "Restaurar",
    restored: |plans, lessons| {
        format!(
            "Se restauraron {} y {}.",
            plural(plans, "plan", "planes"),
            plural(lessons, "lección", "lecciones")
        )
    },
    restore_error: |e| match e {
        BackupError::TooLarge { bytes } => format!("Este archivo es demasiado grande ({} MB) para ser una copia de este planificador; no se restauró nada.", bytes / 1_000_000),
        BackupError::NotJson => "Este archivo está dañado o no es una copia (no es un JSON válido); no se restauró nada.".into(),
        BackupError::NotABackup => "Este archivo no es una copia hecha con «Hacer una copia de todo». Un plan exportado se importa en «Importar planes desde un archivo»; no se restauró nada.".into(),
        BackupError::Newer(v) => format!("Esta copia se hizo con una versión más nueva del planificador (formato {v}). Vuelva a cargar la página para actualizarlo y restaure de nuevo; no se restauró nada."),
        BackupError::Damaged(detail) => format!("Una parte de esta copia no se puede leer ({detail}), así que no se restauró nada."),
    },
    reminder: "Tiene cambios que no están en ninguna copia, y la última tiene más de dos semanas. Los navegadores pueden borrar los datos guardados: haga una copia de todo para conservarlos.",
    reminder_dismiss: "Ahora no",
    not_kept: "El navegador no conservó su último cambio (ya no estaba al volver a leerlo). Todo sigue en esta pantalla: haga ahora una copia de todo para no perder nada.",
    lessons_save_failed: "No se pudieron guardar sus lecciones: el almacenamiento del navegador está lleno o bloqueado. Lo que escribió se conserva mientras esta pestaña siga abierta; haga una copia de todo para conservarlo.",
    lesson_storage_corrupt: "No se pudieron leer sus lecciones guardadas. El texto guardado se conservó como copia en este navegador; no se borró nada.",
};

macro_rules! text {
    ($field:ident) => {
        (stringify!($field).to_string(), $field.to_string())
    };
}

impl BackupStrings {
    /// Every string in this catalog (see `i18n::all`).
    pub fn all(&self) -> Vec<Entry> {
        let BackupStrings {
            heading,
            back_up,
            back_up_hint,
            last_backup,
            never_backed_up,
            restore,
            restore_hint,
            preview_heading,
            new_plans,
            changed_plans,
            new_lessons,
            changed_lessons,
            same,
            edited,
            replace,
            changed_hint,
            nothing_new,
            restore_confirm,
            restored,
            restore_error,
            reminder,
            reminder_dismiss,
            not_kept,
            lessons_save_failed,
            lesson_storage_corrupt,
        } = self;
        vec![
            text!(heading),
            text!(back_up),
            text!(back_up_hint),
            ("last_backup".into(), (last_backup)("X")),
            text!(never_backed_up),
            text!(restore),
            text!(restore_hint),
            ("preview_heading".into(), (preview_heading)("X")),
            text!(new_plans),
            text!(changed_plans),
            text!(new_lessons),
            text!(changed_lessons),
            ("same".into(), (same)(2, 3)),
            ("edited".into(), (edited)("X", "Y")),
            text!(replace),
            text!(changed_hint),
            text!(nothing_new),
            text!(restore_confirm),
            ("restored".into(), (restored)(2, 1)),
            ("restore_error".into(), (restore_error)(&BackupError::NotABackup)),
            text!(reminder),
            text!(reminder_dismiss),
            text!(not_kept),
            text!(lessons_save_failed),
            text!(lesson_storage_corrupt),
        ]
    }
}
