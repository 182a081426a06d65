//! The list of plans: create, open, duplicate, delete (with undo), last-edited dates.

use crate::app::{navigate, use_health, use_lang, use_plans};
use crate::components::backup::BackupPanel;
use crate::components::transfer::{export_plans, ImportFile, ImportPreview, Pending};
use crate::content::use_library;
use crate::state::{new_id, now};
use leptos::prelude::*;
use planner_domain::history::ListChangeKind;
use planner_domain::i18n::{short_date, strings};
use planner_domain::route::Route;
use planner_domain::schedule::sessions;

/// The local calendar date of a timestamp, for "last edited" and backups.
pub fn local_date(millis: i64) -> Option<chrono::NaiveDate> {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis as f64));
    chrono::NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
}

#[component]
pub fn PlanList() -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let library = use_library();
    let health = use_health();
    let t = move || strings(lang.get());
    let pending = RwSignal::new(Pending::None);

    let create = move |_| {
        let id = plans.create(t().default_plan_name.to_string());
        navigate(&Route::Plan(id));
    };

    view! {
        // Not a landmark of its own: the table's scrolling region below carries the name.
        <section class="plans">
            <div class="toolbar">
                <h2 id="plans-heading">{move || t().plans_heading}</h2>
                <div class="toolbar__actions">
                    <button type="button" class="button" data-testid="new-plan" on:click=create>
                        {move || t().new_plan}
                    </button>
                    <button type="button" class="button button--quiet" data-testid="export-all"
                        disabled=move || plans.list.with(Vec::is_empty)
                        on:click=move |_| export_plans(&plans.list.get_untracked())>
                        {move || t().data.export_all}
                    </button>
                </div>
            </div>
            <ImportFile pending/>
            <ImportPreview pending/>
            <BackupPanel/>
            <p class="hint" data-testid="persistence">
                {move || match health.persisted.get() {
                    Some(true) => t().data.persist_granted,
                    Some(false) => t().data.persist_denied,
                    None => "",
                }}
            </p>
            <ListChangeNotice/>
            <Show
                when=move || plans.list.with(|p| !p.is_empty())
                fallback=move || view! { <p class="notice">{move || t().no_plans}</p> }
            >
                // On a narrow screen the table scrolls inside its own focusable region, never
                // the page (WCAG 1.4.10 allows this for data tables).
                <div class="table-scroll" role="region" tabindex="0" aria-labelledby="plans-heading">
                <table class="plan-table" data-testid="plan-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || t().plan_name}</th>
                            <th scope="col">{move || t().school}</th>
                            <th scope="col">{move || t().schedule_heading}</th>
                            <th scope="col">{move || t().last_edited}</th>
                            <th scope="col"><span class="visually-hidden">{move || t().delete}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let mut list = plans.list.get();
                            list.sort_by_key(|p| std::cmp::Reverse(p.edited));
                            list.into_iter()
                                .map(|plan| {
                                    let lang = lang.get();
                                    let t = strings(lang);
                                    let count = sessions(&plan, library).len();
                                    let href = Route::Plan(plan.id.clone()).to_hash();
                                    let edited = local_date(plan.edited).map(|d| short_date(d, lang)).unwrap_or_default();
                                    let id_dup = plan.id.clone();
                                    let id_del = plan.id.clone();
                                    let name = plan.name.clone();
                                    view! {
                                        <tr data-plan-id=plan.id.clone()>
                                            <th scope="row"><a href=href>{plan.name.clone()}</a></th>
                                            <td data-label=t.school>{plan.school.clone()}</td>
                                            <td data-label=t.schedule_heading>{(t.session_count)(count)}</td>
                                            <td data-label=t.last_edited>{edited}</td>
                                            <td class="actions">
                                                <button type="button" class="button button--quiet" on:click=move |_| {
                                                    let copy_name = (strings(lang).copy_of)(&name);
                                                    let id = id_dup.clone();
                                                    plans.add_plans(ListChangeKind::Duplicated, |ps| {
                                                        if let Some(p) = ps.iter().find(|p| p.id == id).cloned() {
                                                            ps.push(p.duplicate(new_id(), copy_name, now()));
                                                        }
                                                    });
                                                }>{t.duplicate}<span class="visually-hidden">{format!(": {}", plan.name)}</span></button>
                                                <button type="button" class="button button--danger" on:click=move |_| { plans.delete(&id_del) }>{t.delete}<span class="visually-hidden">{format!(": {}", plan.name)}</span></button>
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
                </div>
            </Show>
        </section>
    }
}

/// The notices after plans were created, imported, duplicated or deleted, newest first: each
/// names its plans and offers Undo, then Redo, so nothing leaves the list without a way back.
#[component]
fn ListChangeNotice() -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    move || {
        plans
            .list_changes
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, change)| {
                let t = strings(lang.get());
                let text = change.notice(lang.get());
                let (label, testid) = if change.undone {
                    (t.redo, "list-redo")
                } else {
                    (t.undo, "list-undo")
                };
                view! {
                    <p class="notice toast" role="status" data-testid="list-notice">
                        {text}" "
                        <button type="button" class="button button--quiet" data-testid=testid
                            on:click=move |_| plans.toggle_list_change(index)>{label}</button>
                    </p>
                }
            })
            .collect_view()
    }
}
