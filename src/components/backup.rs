//! "Back up everything" (one file: plans, lessons, settings), the restore file picker, and
//! the quiet reminder when changes are in no backup and the last one is two weeks old. The
//! format and the merge are `planner_domain::backup`'s.

use crate::app::{use_announcer, use_health, use_lang, use_plans};
use crate::components::plans::local_date;
use crate::components::restore::{RestorePreview, Restoring};
use crate::state::{now, Announcer, Plans, StorageHealth};
use crate::storage;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use planner_domain::backup::{self, Backup, BackupError};
use planner_domain::i18n::{backup_strings, long_date, strings};

/// The backup file's text, written in the plans document's chunk (`storage/plans.rs`): it
/// writes every plan and lesson, code the library does not need to be shown.
#[wasm_split(store, wasm_split_path = ::leptos::wasm_split, fallible)]
fn backup_text(file: Backup) -> Result<String, SplitLoaderError> {
    Ok(file.to_json())
}

/// Downloads one file with everything this device stores, and notes the backup; says so if
/// the code that writes it cannot be loaded.
pub fn back_up_everything(plans: Plans, health: StorageHealth, announcer: Announcer) {
    let time = now();
    let file = Backup::new(
        plans.list.get_untracked(),
        storage::load_lessons().0,
        storage::settings(),
        time,
    );
    let name = local_date(time).map_or("prevention-planner-backup.json".into(), Backup::file_name);
    leptos::task::spawn_local(async move {
        match backup_text(file).await {
            Ok(text) => {
                announcer.download(&name, &text, "application/json");
                health.backed_up();
            }
            Err(_) => announcer.say(strings(announcer.lang()).screen_error),
        }
    });
}

/// The backups card of the plans screen.
#[component]
pub fn BackupPanel() -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let health = use_health();
    let announcer = use_announcer();
    let t = move || backup_strings(lang.get());
    let restoring = RwSignal::new(Restoring::None);
    let last = move || match health.backup.get().last_backup.and_then(local_date) {
        Some(date) => (t().last_backup)(&long_date(date, lang.get())),
        None => t().never_backed_up.to_string(),
    };
    let on_file = move |ev: leptos::ev::Event| {
        let check = |_: &str, bytes: usize| match bytes > backup::MAX_BYTES {
            true => Err(BackupError::TooLarge { bytes }),
            false => Ok(()),
        };
        storage::read_picked(&ev, check, BackupError::NotJson, move |text| {
            restoring.set(match text.and_then(|t| backup::parse(&t)) {
                Ok(file) => Restoring::Ready(backup::preview(
                    file,
                    &plans.list.get_untracked(),
                    &storage::load_lessons().0,
                )),
                Err(e) => Restoring::Refused(e),
            });
        });
    };
    view! {
        <section class="card backups" aria-labelledby="backups-heading" data-testid="backups">
            <h3 id="backups-heading">{move || t().heading}</h3>
            <p class="hint">{move || t().back_up_hint}</p>
            <div class="toolbar__actions">
                <button type="button" class="button" data-testid="back-up" on:click=move |_| back_up_everything(plans, health, announcer)>
                    {move || strings(lang.get()).back_up}
                </button>
            </div>
            <p class="hint" data-testid="last-backup">{last}</p>
            <label class="field import-file">
                <span>{move || t().restore}</span>
                <input type="file" accept=".json,application/json" data-testid="restore-file" on:change=on_file/>
                <span class="hint">{move || t().restore_hint}</span>
            </label>
            <RestorePreview restoring/>
        </section>
    }
}

/// "Changes are in no backup yet": shown on every screen when due, never in the way.
#[component]
pub fn BackupReminder() -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let health = use_health();
    let announcer = use_announcer();
    move || {
        health.backup.get().reminder_due(now()).then(|| {
            let t = strings(lang.get());
            view! {
                <div class="notice" role="status" data-testid="backup-reminder">
                    <p>{t.backup_reminder}</p>
                    <div class="toolbar__actions">
                        <button type="button" class="button" data-testid="reminder-back-up" on:click=move |_| back_up_everything(plans, health, announcer)>
                            {t.back_up}
                        </button>
                        <button type="button" class="button button--quiet" data-testid="reminder-dismiss" on:click=move |_| health.dismiss_reminder()>
                            {t.backup_reminder_dismiss}
                        </button>
                    </div>
                </div>
            }
        })
    }
}
