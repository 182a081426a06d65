//! "Back up everything": one file with every plan, every lesson the preventionist wrote or
//! imported, and the settings the app stores, and the restore that previews and merges it.
//!
//! Browsers clear site data (Safari after seven days without a visit, any browser low on
//! disk), so the file is the copy that survives. Restoring never replaces anything silently:
//! [`preview`] sorts what the file holds into new, changed and already here; [`apply`] adds
//! what is new and replaces a changed plan or lesson only when the user ticked it.
//!
//! The reminder to make one ([`BackupState`]) lives here too: it is a decision, not storage.

use crate::curriculum::pack::{self, Pack};
use crate::curriculum::Lesson;
use crate::plan::Plan;
use crate::Lang;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// Marks a file as a backup, so a plan export or another JSON file is told apart.
pub const FORMAT: &str = "prevention-planner-backup";
/// The newest backup version this code reads (and the one it writes).
pub const VERSION: u32 = 1;
/// The largest backup read: a thousand bilingual lessons of the library's length are about
/// 50 MB of JSON; anything past this is not a file this app wrote.
pub const MAX_BYTES: usize = 96 * 1024 * 1024;
/// How long after the last backup (or the first change never backed up) the reminder shows.
pub const REMIND_AFTER_MS: i64 = 14 * 24 * 60 * 60 * 1000;

/// The settings the app stores beside plans and lessons.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The UI language chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    /// The introduction was hidden for good.
    #[serde(default)]
    pub intro_hidden: bool,
    /// Per plan id, the packet sections left out of the print.
    #[serde(default)]
    pub packet_left_out: BTreeMap<String, Vec<String>>,
    /// The agency's name, printed at the top of delivery reports.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub agency: String,
}

/// The stored document of the preventionist's own and imported lessons (`planner.lessons`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LessonsDoc {
    pub schema: u32,
    #[serde(default)]
    pub packs: Vec<Pack>,
}

/// The version of the lessons document this code writes.
pub const LESSONS_SCHEMA: u32 = 1;

impl LessonsDoc {
    pub fn new(packs: Vec<Pack>) -> LessonsDoc {
        LessonsDoc {
            schema: LESSONS_SCHEMA,
            packs,
        }
    }

    /// Reads the stored document, telling a damaged one from one a newer release wrote
    /// (which is never overwritten), as [`crate::store::load`] does for plans.
    pub fn load(text: &str) -> Result<LessonsDoc, crate::store::LoadError> {
        use crate::store::LoadError;
        match crate::store::schema_head(text, LESSONS_SCHEMA)? {
            Some(1) => serde_json::from_str(text).map_err(|e| LoadError::Corrupt(e.to_string())),
            _ => Err(LoadError::Corrupt("no schema version".into())),
        }
    }

    /// The compact JSON written to storage.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("lesson packs serialise")
    }
}

/// A backup file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Backup {
    /// Always [`FORMAT`].
    pub format: String,
    pub version: u32,
    /// When it was made, milliseconds since the epoch.
    pub created: i64,
    /// The stored plans' schema version its plans are written in (`store::SCHEMA_VERSION`),
    /// so restoring migrates them as a stored document is (absent: version 1).
    #[serde(default = "first_schema")]
    pub plans_version: u32,
    pub plans: Vec<Plan>,
    #[serde(default)]
    pub lessons: Vec<Pack>,
    #[serde(default)]
    pub settings: Settings,
}

impl Backup {
    pub fn new(plans: Vec<Plan>, lessons: Vec<Pack>, settings: Settings, now: i64) -> Backup {
        Backup {
            format: FORMAT.into(),
            version: VERSION,
            created: now,
            plans_version: crate::store::SCHEMA_VERSION,
            plans,
            lessons,
            settings,
        }
    }

    /// The file's text (indented: people open backups to see what they hold).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("plans, lessons and settings serialise")
    }

    /// A file name carrying the date (ISO, chrono's `Display`), so several backups sort and
    /// are told apart.
    pub fn file_name(date: chrono::NaiveDate) -> String {
        format!("prevention-planner-backup-{date}.json")
    }

    /// How many lessons it holds.
    pub fn lesson_count(&self) -> usize {
        self.lessons.iter().map(|p| p.lessons.len()).sum()
    }
}

fn first_schema() -> u32 {
    1
}

/// Why a file was not restored. Each is shown to the user in their language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupError {
    TooLarge {
        bytes: usize,
    },
    /// Not JSON at all, or damaged.
    NotJson,
    /// JSON, but not a backup (a plan export or another app's file).
    NotABackup,
    /// Made by a newer planner.
    Newer(u32),
    /// A backup, but a part does not read (the message names it).
    Damaged(String),
}

/// The rest, read straight into the domain's types (not through `Value`, which would put a
/// second copy of every lesson type's reader in the wasm); the plans go through
/// [`crate::store::read_plans`].
#[derive(Deserialize)]
struct Body {
    created: i64,
    #[serde(default = "first_schema")]
    plans_version: u32,
    plans: Value,
    #[serde(default)]
    lessons: Vec<Pack>,
    #[serde(default)]
    settings: Settings,
}

/// Reads a backup file, refusing (never panicking on) anything else. Plans are read as a
/// stored document of their version is (migrated); each lesson pack is checked as the pack
/// reader checks one (format, version), but not held to one pack file's size limit: a backup
/// holds every lesson of one's own in one pack, and [`MAX_BYTES`] bounds it.
pub fn parse(text: &str) -> Result<Backup, BackupError> {
    if text.len() > MAX_BYTES {
        return Err(BackupError::TooLarge { bytes: text.len() });
    }
    let text = text.trim_start_matches('\u{feff}');
    use crate::store::HeadError;
    crate::store::read_head(text, FORMAT, VERSION).map_err(|e| match e {
        HeadError::Syntax(_) => BackupError::NotJson,
        HeadError::OtherFormat => BackupError::NotABackup,
        HeadError::NoVersion => BackupError::Damaged("no version".into()),
        HeadError::Newer(v) => BackupError::Newer(v),
    })?;
    let body: Body = serde_json::from_str(text).map_err(|e| BackupError::Damaged(e.to_string()))?;
    for p in &body.lessons {
        if p.format != pack::FORMAT {
            return Err(BackupError::Damaged(format!(
                "a lesson pack's format is {:.40?}, not \"{}\"",
                p.format,
                pack::FORMAT
            )));
        }
        if p.version > pack::VERSION {
            return Err(BackupError::Newer(p.version));
        }
    }
    let plans = crate::store::read_plans(body.plans, body.plans_version).map_err(|e| match e {
        crate::store::LoadError::Newer(v) => BackupError::Newer(v),
        crate::store::LoadError::Corrupt(m) => BackupError::Damaged(m),
    })?;
    Ok(Backup {
        format: FORMAT.into(),
        version: VERSION,
        created: body.created,
        plans_version: crate::store::SCHEMA_VERSION,
        plans,
        lessons: body.lessons,
        settings: body.settings,
    })
}

/// One plan or lesson the backup holds in another version than this device.
#[derive(Clone, Debug, PartialEq)]
pub struct Changed<T> {
    pub here: T,
    pub backup: T,
}

/// What restoring a backup would do, for the preview.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    pub backup: Backup,
    /// In the backup only: added on restore.
    pub new_plans: Vec<Plan>,
    /// Same id, different content: replaced only if ticked.
    pub changed_plans: Vec<Changed<Plan>>,
    /// Identical here and in the backup.
    pub same_plans: usize,
    pub new_lessons: Vec<Lesson>,
    pub changed_lessons: Vec<Changed<Lesson>>,
    pub same_lessons: usize,
}

impl Preview {
    /// Whether restoring could change anything at all.
    pub fn is_empty(&self) -> bool {
        self.new_plans.is_empty()
            && self.changed_plans.is_empty()
            && self.new_lessons.is_empty()
            && self.changed_lessons.is_empty()
    }
}

fn all_lessons(packs: &[Pack]) -> impl Iterator<Item = &Lesson> {
    packs.iter().flat_map(|p| p.lessons.iter())
}

/// Sorts what `backup` holds against what this device has.
pub fn preview(backup: Backup, plans: &[Plan], packs: &[Pack]) -> Preview {
    let mut p = Preview {
        new_plans: Vec::new(),
        changed_plans: Vec::new(),
        same_plans: 0,
        new_lessons: Vec::new(),
        changed_lessons: Vec::new(),
        same_lessons: 0,
        backup: backup.clone(),
    };
    for plan in backup.plans {
        match plans.iter().find(|h| h.id == plan.id) {
            None => p.new_plans.push(plan),
            Some(here) if *here == plan => p.same_plans += 1,
            Some(here) => p.changed_plans.push(Changed {
                here: here.clone(),
                backup: plan,
            }),
        }
    }
    for lesson in all_lessons(&backup.lessons) {
        match all_lessons(packs).find(|h| h.id == lesson.id) {
            None => p.new_lessons.push(lesson.clone()),
            Some(here) if here == lesson => p.same_lessons += 1,
            Some(here) => p.changed_lessons.push(Changed {
                here: here.clone(),
                backup: lesson.clone(),
            }),
        }
    }
    p
}

/// What a restore did, for the confirmation message.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Restored {
    pub plans: usize,
    pub lessons: usize,
}

/// Restores `preview` into this device's plans, lesson packs and settings: every new plan and
/// lesson is added, and a changed one replaces this device's only if its id is in `replace`.
/// A new lesson goes into the pack it came from: the first pack (the preventionist's own) to
/// the first pack here, an imported one to the pack here of the same name, else to a new one.
pub fn apply(
    preview: &Preview,
    replace: &[String],
    plans: &mut Vec<Plan>,
    packs: &mut Vec<Pack>,
    settings: &mut Settings,
) -> Restored {
    let mut done = Restored::default();
    let backup = &preview.backup;
    let mut restored_plans = Vec::new();
    for plan in &preview.new_plans {
        plans.push(plan.clone());
        restored_plans.push(plan.id.clone());
    }
    for c in &preview.changed_plans {
        if replace.contains(&c.backup.id) {
            if let Some(here) = plans.iter_mut().find(|p| p.id == c.backup.id) {
                *here = c.backup.clone();
                restored_plans.push(c.backup.id.clone());
            }
        }
    }
    done.plans = restored_plans.len();
    for id in &restored_plans {
        if let Some(left_out) = backup.settings.packet_left_out.get(id) {
            settings
                .packet_left_out
                .insert(id.clone(), left_out.clone());
        }
    }
    settings.intro_hidden |= backup.settings.intro_hidden;

    for (index, pack) in backup.lessons.iter().enumerate() {
        for lesson in &pack.lessons {
            if preview.new_lessons.iter().any(|l| l.id == lesson.id) {
                let target = pack_for(packs, pack, index == 0);
                packs[target].lessons.push(lesson.clone());
                done.lessons += 1;
            }
        }
    }
    for c in &preview.changed_lessons {
        if !replace.contains(&c.backup.id) {
            continue;
        }
        if let Some(here) = packs
            .iter_mut()
            .flat_map(|p| p.lessons.iter_mut())
            .find(|l| l.id == c.backup.id)
        {
            *here = c.backup.clone();
            done.lessons += 1;
        }
    }
    done
}

/// The index of the pack here that a lesson of `pack` (the backup's own first pack when
/// `own`) belongs in, adding an empty copy of it when there is none.
pub(crate) fn pack_for(packs: &mut Vec<Pack>, pack: &Pack, own: bool) -> usize {
    let found = if own {
        (!packs.is_empty()).then_some(0)
    } else {
        packs
            .iter()
            .skip(1)
            .position(|p| p.name == pack.name)
            .map(|i| i + 1)
    };
    found.unwrap_or_else(|| {
        if own {
            packs.insert(
                0,
                Pack {
                    lessons: Vec::new(),
                    ..pack.clone()
                },
            );
            0
        } else {
            packs.push(Pack {
                lessons: Vec::new(),
                ..pack.clone()
            });
            packs.len() - 1
        }
    })
}

/// When the last backup was made and what changed since, for the reminder.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupState {
    /// When "Back up everything" last wrote a file.
    #[serde(default)]
    pub last_backup: Option<i64>,
    /// The first change saved since then (or ever, before a first backup).
    #[serde(default)]
    pub changed_since: Option<i64>,
    /// When the reminder was last dismissed.
    #[serde(default)]
    pub dismissed: Option<i64>,
}

impl BackupState {
    /// Notes a saved change; returns whether the state changed (and needs storing).
    pub fn changed(&mut self, now: i64) -> bool {
        let first = self.changed_since.is_none();
        if first {
            self.changed_since = Some(now);
        }
        first
    }

    /// Notes a backup just made.
    pub fn backed_up(&mut self, now: i64) {
        *self = BackupState {
            last_backup: Some(now),
            changed_since: None,
            dismissed: None,
        };
    }

    /// Hides the reminder for another two weeks.
    pub fn dismiss(&mut self, now: i64) {
        self.dismissed = Some(now);
    }

    /// Whether to show the reminder: something changed since the last backup, that backup
    /// (or, with none, the first change) is two weeks old, and it was not dismissed within
    /// the last two weeks.
    pub fn reminder_due(&self, now: i64) -> bool {
        let Some(changed) = self.changed_since else {
            return false;
        };
        let since = self.last_backup.unwrap_or(changed);
        now - since >= REMIND_AFTER_MS && self.dismissed.is_none_or(|d| now - d >= REMIND_AFTER_MS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 24 * 60 * 60 * 1000;

    #[test]
    fn the_lessons_document_reads_back_and_tells_damage_from_newer() {
        use crate::store::LoadError;
        let doc = LessonsDoc::new(Vec::new());
        assert_eq!(LessonsDoc::load(&doc.to_json()), Ok(doc));
        assert!(matches!(
            LessonsDoc::load("{\"schema\":1,\"packs\":[{"),
            Err(LoadError::Corrupt(_))
        ));
        assert!(matches!(
            LessonsDoc::load("{\"packs\":[]}"),
            Err(LoadError::Corrupt(_))
        ));
        assert_eq!(
            LessonsDoc::load("{\"schema\":3,\"packs\":[]}"),
            Err(LoadError::Newer(3))
        );
    }

    #[test]
    fn the_reminder_waits_two_weeks_after_a_change_and_a_dismissal() {
        let mut s = BackupState::default();
        assert!(
            !s.reminder_due(100 * DAY),
            "nothing changed, nothing to back up"
        );
        assert!(s.changed(DAY));
        assert!(!s.changed(2 * DAY), "only the first change is stored");
        assert!(!s.reminder_due(14 * DAY));
        assert!(s.reminder_due(15 * DAY));
        s.dismiss(15 * DAY);
        assert!(!s.reminder_due(28 * DAY));
        assert!(s.reminder_due(29 * DAY));
        s.backed_up(30 * DAY);
        assert!(
            !s.reminder_due(60 * DAY),
            "nothing changed since the backup"
        );
        s.changed(59 * DAY);
        assert!(
            s.reminder_due(60 * DAY),
            "the backup is a month old and a change waits"
        );
        assert!(!s.reminder_due(43 * DAY));
    }
}
