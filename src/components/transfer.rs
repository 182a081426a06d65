//! Moving plans in and out: export files, importing a file or a share link (always through a
//! preview), and share links. Validation lives in `planner_domain::transfer`.

use crate::app::{navigate, use_announcer, use_lang, use_plans};
use crate::content::use_library;
use crate::state::{new_id, now, Announcer, Plans};
use crate::storage;
use leptos::prelude::*;
use planner_domain::history::ListChangeKind;
use planner_domain::i18n::strings;
use planner_domain::plan::Plan;
use planner_domain::route::Route;
use planner_domain::schedule::sessions;
use planner_domain::transfer::{self, ImportError};
use planner_domain::Library;
use wasm_bindgen::JsCast;

/// Downloads `plans` as an export file.
pub fn export_plans(plans: &[Plan]) {
    storage::download(
        &transfer::file_name(plans),
        &transfer::export(plans),
        "application/json",
    );
}

/// What an import currently shows: nothing, plans waiting for confirmation, or a refusal.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    None,
    Ready(Vec<Plan>),
    Refused(ImportError),
}

/// Checks `text` and turns it into a preview.
fn check(text: &str, library: &Library) -> Pending {
    match transfer::parse_import(text, library) {
        Ok(plans) => Pending::Ready(plans),
        Err(e) => Pending::Refused(e),
    }
}

/// Adds confirmed plans and says which.
fn confirm(plans: Plans, announcer: Announcer, imported: Vec<Plan>, lang: planner_domain::Lang) {
    let t = strings(lang);
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
        Pending::Ready(list) => {
            let count = list.len();
            let library = use_library();
            let rows = list
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
                        <div class="toolbar__actions">
                            <button type="button" class="button" data-testid="import-confirm" on:click=move |_| {
                                if let Pending::Ready(list) = pending.get_untracked() {
                                    confirm(plans, announcer, list, lang.get_untracked());
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
    let library = use_library();
    let t = move || strings(lang.get());
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        if let Err(e) = transfer::check_file(&file.name(), file.size() as usize) {
            pending.set(Pending::Refused(e));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            pending.set(match text {
                Some(text) => check(&text, library),
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
        Ok(text) => check(&text, use_library()),
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

/// Export and share buttons for one plan.
#[component]
pub fn PlanTransfer(plan: Memo<Option<Plan>>) -> impl IntoView {
    let lang = use_lang();
    let announcer = use_announcer();
    let t = move || strings(lang.get());
    let link = RwSignal::new(None::<String>);
    view! {
        <div class="toolbar__actions">
            <button type="button" class="button button--quiet" data-testid="export-plan" on:click=move |_| {
                if let Some(p) = plan.get_untracked() {
                    export_plans(&[p]);
                }
            }>{move || t().data.export_plan}</button>
            <button type="button" class="button button--quiet" data-testid="share-plan" on:click=move |_| {
                if let Some(p) = plan.get_untracked() {
                    let location = window().location();
                    let base = format!(
                        "{}{}",
                        location.origin().unwrap_or_default(),
                        location.pathname().unwrap_or_default()
                    );
                    let url = format!("{base}{}", Route::Import(transfer::share_data(&p)).to_hash());
                    let _ = window().navigator().clipboard().write_text(&url);
                    link.set(Some(url));
                    announcer.say(strings(lang.get_untracked()).data.share_copied);
                }
            }>{move || t().data.share_link}</button>
        </div>
        {move || link.get().map(|url| view! {
            <label class="field share-link">
                <span>{t().data.share_hint}</span>
                <input type="text" readonly data-testid="share-url" prop:value=url/>
            </label>
        })}
    }
}
