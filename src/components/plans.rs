//! The list of plans: create, open, duplicate, delete (with undo), last-edited dates.

use crate::app::{navigate, use_lang, use_plans};
use crate::components::transfer::{export_plans, ImportFile, ImportPreview, Pending};
use crate::content;
use crate::state::{new_id, now};
use leptos::prelude::*;
use planner_domain::i18n::{short_date, strings};
use planner_domain::route::Route;
use planner_domain::schedule::sessions;

/// The local calendar date of a timestamp, for "last edited".
fn local_date(millis: i64) -> Option<chrono::NaiveDate> {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis as f64));
    chrono::NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
}

#[component]
pub fn PlanList() -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let t = move || strings(lang.get());
    // The plan just deleted and where it stood, so its notice can put back exactly that plan.
    let last_deleted = RwSignal::new(None::<(usize, planner_domain::plan::Plan)>);
    let pending = RwSignal::new(Pending::None);

    let create = move |_| {
        let id = plans.create(t().default_plan_name.to_string());
        navigate(&Route::Plan(id));
    };

    view! {
        <section class="plans" aria-labelledby="plans-heading">
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
            <p class="hint" data-testid="persistence">
                {move || match plans.persisted.get() {
                    Some(true) => t().data.persist_granted,
                    Some(false) => t().data.persist_denied,
                    None => "",
                }}
            </p>
            {move || last_deleted.get().map(|(_, deleted)| view! {
                <p class="notice toast" role="status">
                    {(t().plan_deleted)(&deleted.name)}" "
                    <button type="button" class="button button--quiet" data-testid="undo-delete" on:click=move |_| {
                        if let Some((index, plan)) = last_deleted.get_untracked() {
                            plans.change(None, |ps| {
                                if !ps.iter().any(|p| p.id == plan.id) {
                                    ps.insert(index.min(ps.len()), plan);
                                }
                            });
                        }
                        last_deleted.set(None);
                    }>{t().undo}</button>
                </p>
            })}
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
                                    let count = content::library().map_or(0, |lib| sessions(&plan, lib).len());
                                    let href = Route::Plan(plan.id.clone()).to_hash();
                                    let edited = local_date(plan.edited).map(|d| short_date(d, lang)).unwrap_or_default();
                                    let id_dup = plan.id.clone();
                                    let id_del = plan.id.clone();
                                    let name = plan.name.clone();
                                    view! {
                                        <tr data-plan-id=plan.id.clone()>
                                            <th scope="row"><a href=href>{plan.name.clone()}</a></th>
                                            <td>{plan.school.clone()}</td>
                                            <td>{(t.session_count)(count)}</td>
                                            <td>{edited}</td>
                                            <td class="actions">
                                                <button type="button" class="button button--quiet" on:click=move |_| {
                                                    let copy_name = (strings(lang).copy_of)(&name);
                                                    let id = id_dup.clone();
                                                    plans.change(None, |ps| {
                                                        if let Some(p) = ps.iter().find(|p| p.id == id).cloned() {
                                                            ps.push(p.duplicate(new_id(), copy_name, now()));
                                                        }
                                                    });
                                                }>{t.duplicate}<span class="visually-hidden">{format!(": {}", plan.name)}</span></button>
                                                <button type="button" class="button button--danger" on:click=move |_| {
                                                    let id = id_del.clone();
                                                    let mut removed = None;
                                                    plans.change(None, |ps| {
                                                        if let Some(i) = ps.iter().position(|p| p.id == id) {
                                                            removed = Some((i, ps.remove(i)));
                                                        }
                                                    });
                                                    if let Some((i, plan)) = removed {
                                                        plans.status.set((strings(lang).plan_deleted)(&plan.name));
                                                        last_deleted.set(Some((i, plan)));
                                                    }
                                                }>{t.delete}<span class="visually-hidden">{format!(": {}", plan.name)}</span></button>
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
