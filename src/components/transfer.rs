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
use planner_domain::transfer::{self, ImportError, Received, Standing};

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

/// Adds confirmed plans (updating those already here unless `keep_both` names them) and
/// says which.
fn confirm(
    plans: Plans,
    my: MyLessons,
    announcer: Announcer,
    imported: Received,
    keep_both: Vec<String>,
    lang: planner_domain::Lang,
) {
    let t = strings(lang);
    my.import(imported.lessons);
    let imported = imported.plans;
    let mut merged = transfer::Merged::default();
    plans.add_plans(ListChangeKind::Imported, |list| {
        merged = transfer::merge_import(
            list,
            imported,
            &keep_both,
            new_id,
            t.data.imported_suffix,
            now(),
        );
    });
    plans.keep_undo(merged.replaced);
    announcer.say(if merged.names.is_empty() {
        t.data.nothing_imported.to_string()
    } else {
        (t.data.imported)(&merged.names.join(", "))
    });
}

/// One imported plan in the preview: how it stands against the plans here, and for one
/// already here, the choice to update it or keep both.
#[component]
fn PreviewRow(plan: Plan, keep_both: RwSignal<Vec<String>>) -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let library = use_library();
    let t = move || strings(lang.get());
    let (standing, new_comments) = plans.list.with_untracked(|list| {
        let here = list.iter().find(|p| p.id == plan.id);
        let new = here.map_or(0, |h| {
            transfer::merged_comments(&h.comments, &plan.comments).len() - h.comments.len()
        });
        (transfer::standing(list, &plan), new)
    });
    let n = sessions(&plan, library).len();
    let id = plan.id.clone();
    let label = move || {
        let d = &t().data;
        let mut s = match standing {
            Standing::New => d.standing_new.to_string(),
            Standing::Same => d.standing_same.to_string(),
            Standing::Newer => d.standing_newer.to_string(),
            Standing::Older => d.standing_older.to_string(),
        };
        if new_comments > 0 {
            s = format!("{s}; {}", (d.new_comments)(new_comments));
        }
        s
    };
    let choice = (standing != Standing::New).then(|| {
        let group = format!("import-choice-{id}");
        let (a, b) = (id.clone(), id.clone());
        let update_checked = {
            let id = id.clone();
            move || !keep_both.with(|k| k.contains(&id))
        };
        view! {
            <fieldset class="import-choice">
                <legend class="visually-hidden">{move || t().data.choice_label}</legend>
                <label><input type="radio" name=group.clone() prop:checked=update_checked
                    on:change=move |_| keep_both.update(|k| k.retain(|x| *x != a))/>
                    {move || t().data.choice_update}</label>
                <label><input type="radio" name=group data-testid="import-keep-both"
                    on:change=move |_| keep_both.update(|k| k.push(b.clone()))/>
                    {move || t().data.choice_keep_both}</label>
            </fieldset>
        }
    });
    view! {
        <li data-testid="import-row" data-standing=format!("{standing:?}").to_lowercase()>
            {format!("{} — {} — ", plan.name, plan.school)}{move || (t().session_count)(n)}
            " — "<strong>{label}</strong>
            {choice}
        </li>
    }
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
            let keep_both = RwSignal::new(Vec::<String>::new());
            let rows = received
                .plans
                .iter()
                .map(|p| view! { <PreviewRow plan=p.clone() keep_both/> })
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
                                    confirm(plans, my, announcer, received, keep_both.get_untracked(), lang.get_untracked());
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
