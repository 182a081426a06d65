//! Moving plans in and out: export files and importing a file or a share link (always through
//! a preview; share links are made in `share.rs`). Validation lives in
//! `planner_domain::transfer`.

use crate::app::{navigate, use_announcer, use_lang, use_my_lessons, use_plans};
use crate::components::packs::LessonOutcomes;
use crate::content::{self, use_library};
use crate::my_lessons::MyLessons;
use crate::state::{new_id, now, Announcer, Plans};
use crate::storage;
use leptos::prelude::*;
use planner_domain::curriculum::pack::Pack;
use planner_domain::history::ListChangeKind;
use planner_domain::i18n::packs::shown;
use planner_domain::i18n::strings;
use planner_domain::plan::Plan;
use planner_domain::route::Route;
use planner_domain::schedule::sessions;
use planner_domain::transfer::{self, ImportError, Received};

/// The user's own lessons that `plans` use, as packs for their file or link.
pub fn carried(plans: &[Plan]) -> Vec<Pack> {
    match content::builtin() {
        Some(lib) => content::with_custom(|c| {
            transfer::carried_packs(plans, lib, &c.packs, transfer::own_lessons_name(plans))
        }),
        None => Vec::new(),
    }
}

/// Downloads `plans` as an export file, with the user's own lessons they use.
pub fn export_plans(plans: &[Plan]) {
    storage::download(
        &transfer::file_name(plans),
        &transfer::export_with(plans, &carried(plans)),
        "application/json",
    );
}

/// What an import currently shows: nothing, plans waiting for confirmation, or a refusal.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    None,
    Ready(Received),
    Refused(ImportError),
}

/// Checks `text` against the built-in library and the user's lessons, into a preview.
fn check(text: &str) -> Pending {
    let Some(library) = content::builtin() else {
        return Pending::None;
    };
    match content::with_custom(|c| transfer::parse_import(text, library, &c.packs)) {
        Ok(received) => Pending::Ready(received),
        Err(e) => Pending::Refused(e),
    }
}

/// Adds confirmed plans and says which.
fn confirm(
    plans: Plans,
    my: MyLessons,
    announcer: Announcer,
    imported: Received,
    lang: planner_domain::Lang,
) {
    let t = strings(lang);
    my.import(imported.lessons);
    let imported = imported.plans;
    let mut names = Vec::new();
    plans.add_plans(ListChangeKind::Imported, |list| {
        names = transfer::merge_import(list, imported, new_id, t.data.imported_suffix, now());
    });
    announcer.say((t.data.imported)(&names.join(", ")));
}

/// The import preview (or the reason for refusing), with confirm and cancel.
#[component]
pub fn ImportPreview(pending: RwSignal<Pending>) -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let my = use_my_lessons();
    let announcer = use_announcer();
    let t = move || strings(lang.get());
    move || {
        match pending.get() {
        Pending::None => None,
        Pending::Refused(e) => Some(
            view! {
                <div class="notice notice--error" role="alert" data-testid="import-error">
                    <p>{(t().data.import_error)(&e)}</p>
                    <button type="button" class="button button--quiet" on:click=move |_| pending.set(Pending::None)>
                        {t().data.dismiss}
                    </button>
                </div>
            }
            .into_any(),
        ),
        Pending::Ready(received) => {
            let count = received.plans.len();
            let library = use_library();
            let carried = received
                .lessons
                .iter()
                .map(|preview| {
                    let name = shown(&preview.name, lang.get()).to_string();
                    let preview = preview.clone();
                    view! {
                        <h4>{format!("{} — {name}", t().packs.carried_heading)}</h4>
                        <LessonOutcomes preview/>
                    }
                })
                .collect_view();
            let rows = received
                .plans
                .iter()
                .map(|p| {
                    let n = sessions(p, library).len();
                    view! { <li>{format!("{} — {} — {}", p.name, p.school, (t().session_count)(n))}</li> }
                })
                .collect_view();
            Some(
                view! {
                    <section class="card import-preview" aria-labelledby="import-heading" data-testid="import-preview">
                        <h3 id="import-heading">{t().data.import_preview}</h3>
                        <ul>{rows}</ul>
                        {carried}
                        <div class="toolbar__actions">
                            <button type="button" class="button" data-testid="import-confirm" on:click=move |_| {
                                if let Pending::Ready(received) = pending.get_untracked() {
                                    confirm(plans, my, announcer, received, lang.get_untracked());
                                }
                                pending.set(Pending::None);
                                navigate(&Route::Plans);
                            }>{(t().data.import_confirm)(count)}</button>
                            <button type="button" class="button button--quiet" on:click=move |_| {
                                pending.set(Pending::None);
                                navigate(&Route::Plans);
                            }>{t().data.cancel}</button>
                        </div>
                    </section>
                }
                .into_any(),
            )
        }
    }
    }
}

/// The file picker for imports: checks name and size before reading anything.
#[component]
pub fn ImportFile(pending: RwSignal<Pending>) -> impl IntoView {
    let lang = use_lang();
    let t = move || strings(lang.get());
    let on_change = move |ev: leptos::ev::Event| {
        let Some(file) = storage::picked_file(&ev) else {
            return;
        };
        if let Err(e) = transfer::check_file(&file.name(), file.size() as usize) {
            pending.set(Pending::Refused(e));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = storage::file_text(file).await;
            pending.set(match text {
                Some(text) => check(&text),
                None => Pending::Refused(ImportError::NotJson),
            });
        });
    };
    view! {
        <label class="field import-file">
            <span>{move || t().data.import_plans}</span>
            <input type="file" accept=".json,application/json" data-testid="import-file" on:change=on_change/>
            <span class="hint">{move || t().data.import_hint}</span>
        </label>
    }
}

/// The screen a share link opens: the plan it carries, as an import preview.
#[component]
pub fn SharedPlan(data: String) -> impl IntoView {
    let pending = RwSignal::new(match transfer::decode_share(&data) {
        Ok(text) => check(&text),
        Err(e) => Pending::Refused(e),
    });
    let lang = use_lang();
    view! {
        <section class="shared-plan" aria-labelledby="shared-heading">
            <h2 id="shared-heading">{move || strings(lang.get()).data.shared_heading}</h2>
            <ImportPreview pending/>
        </section>
    }
}
