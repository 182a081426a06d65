//! The notices above every screen: storage problems with the way out, two tabs changing the
//! same plan, the backup reminder and "a new version is ready".

use super::{use_announcer, use_health, use_lang, use_plans};
use crate::components::backup::{back_up_everything, BackupReminder};
use crate::storage;
use leptos::prelude::*;
use planner_domain::i18n::strings;

/// A persistent warning while plans are not being saved or could not be read, with the way
/// out (export, or download the backup), and a notice when two tabs changed the same plan.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let health = use_health();
    let announcer = use_announcer();
    view! {
        {move || {
            health.problem.get().map(|problem| {
                let t = strings(lang.get());
                let text = match problem {
                    storage::Problem::Unavailable => t.storage_unavailable,
                    storage::Problem::SaveFailed => t.save_failed,
                    storage::Problem::Corrupt => t.storage_corrupt,
                    storage::Problem::CorruptNotBackedUp => t.storage_corrupt_not_backed_up,
                    storage::Problem::Newer => t.storage_newer,
                    storage::Problem::NotKept => t.not_kept,
                };
                let action = match problem {
                    storage::Problem::Corrupt => view! {
                        <button type="button" class="button button--quiet" data-testid="download-backup" on:click=move |_| {
                            if let Some((key, text)) = storage::backups().into_iter().next() {
                                announcer.download(&format!("{key}.json"), &text, "application/json");
                            }
                        }>{t.download_backup}</button>
                    }.into_any(),
                    storage::Problem::Unavailable
                    | storage::Problem::SaveFailed
                    | storage::Problem::NotKept
                    | storage::Problem::CorruptNotBackedUp => view! {
                        <button type="button" class="button" data-testid="export-all-notice" on:click=move |_| {
                            back_up_everything(plans, health, announcer);
                        }>{t.back_up}</button>
                    }.into_any(),
                    storage::Problem::Newer => ().into_any(),
                };
                view! {
                    <div class="notice notice--warning" role="alert" data-testid="storage-notice">
                        <p>{text}</p>
                        {action}
                    </div>
                }
            })
        }}
        <LessonsNotice/>
        <BackupReminder/>
        {move || {
            let conflicts = health.conflicts.get();
            (!conflicts.is_empty()).then(|| {
                let t = strings(lang.get());
                view! {
                    <div class="notice notice--warning" role="alert" data-testid="conflict-notice">
                        <p>{(t.conflict_notice)(&conflicts.join(", "))}</p>
                        <button type="button" class="button button--quiet" on:click=move |_| health.conflicts.set(Vec::new())>
                            {t.dismiss}
                        </button>
                    </div>
                }
            })
        }}
    }
}

/// A warning while lessons are not being saved or could not be read (plans have their own,
/// above), with the way out: a backup of everything, or the copy of an unreadable document.
#[component]
fn LessonsNotice() -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let health = use_health();
    let announcer = use_announcer();
    move || {
        let problem = health.lessons_problem.get()?;
        // The plans' notice already says storage is unavailable or newer.
        if Some(problem) == health.problem.get() && problem != storage::Problem::SaveFailed {
            return None;
        }
        let t = strings(lang.get());
        let text = match problem {
            storage::Problem::SaveFailed => t.lessons_save_failed,
            storage::Problem::NotKept => t.not_kept,
            storage::Problem::Corrupt => t.lesson_storage_corrupt,
            storage::Problem::CorruptNotBackedUp => t.storage_corrupt_not_backed_up,
            storage::Problem::Unavailable => t.storage_unavailable,
            storage::Problem::Newer => t.lessons_newer,
        };
        let action = match problem {
            storage::Problem::Corrupt => view! {
                <button type="button" class="button button--quiet" data-testid="download-lessons-backup" on:click=move |_| {
                    leptos::task::spawn_local(async move {
                        if let Some((key, text)) = storage::lesson_backups().await.into_iter().next() {
                            announcer.download(&format!("{key}.json"), &text, "application/json");
                        }
                    });
                }>{t.download_backup}</button>
            }.into_any(),
            storage::Problem::Newer => ().into_any(),
            _ => view! {
                <button type="button" class="button" data-testid="lessons-notice-back-up" on:click=move |_| back_up_everything(plans, health, announcer)>
                    {t.back_up}
                </button>
            }.into_any(),
        };
        Some(view! {
            <div class="notice notice--warning" role="alert" data-testid="lessons-notice">
                <p>{text}</p>
                {action}
            </div>
        })
    }
}

/// "A new version is ready": shown once the service worker has the next version; reloading
/// hands over to it (stored plans are migrated on the next start).
#[component]
pub fn UpdateBanner(
    /// Set once the next version is waiting.
    ready: RwSignal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    move || {
        ready.get().then(|| {
            let t = strings(lang.get());
            view! {
                <div class="notice update-banner" role="status" data-testid="update-banner">
                    <p>{t.update_ready}</p>
                    <button type="button" class="button" on:click=move |_| {
                        let _ = window().dispatch_event(&web_sys::Event::new("planner-apply-update").expect("event"));
                    }>{t.reload}</button>
                </div>
            }
        })
    }
}
