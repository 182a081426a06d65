//! The list of plans: create, open, duplicate, delete (with undo), last-edited dates.

use crate::app::{navigate, use_lang, use_plans};
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
    let last_deleted = RwSignal::new(None::<String>);

    let create = move |_| {
        let id = plans.create(t().default_plan_name.to_string());
        navigate(&Route::Plan(id));
    };

    view! {
        <section class="plans" aria-labelledby="plans-heading">
            <div class="toolbar">
                <h2 id="plans-heading">{move || t().plans_heading}</h2>
                <button type="button" class="button" data-testid="new-plan" on:click=create>
                    {move || t().new_plan}
                </button>
            </div>
            {move || last_deleted.get().map(|name| view! {
                <p class="notice toast" role="status">
                    {(t().plan_deleted)(&name)}" "
                    <button type="button" class="button button--quiet" data-testid="undo-delete" on:click=move |_| {
                        plans.undo();
                        last_deleted.set(None);
                    }>{t().undo}</button>
                </p>
            })}
            <Show
                when=move || plans.list.with(|p| !p.is_empty())
                fallback=move || view! { <p class="notice">{move || t().no_plans}</p> }
            >
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
                                                            removed = Some(ps.remove(i).name);
                                                        }
                                                    });
                                                    if let Some(name) = removed {
                                                        plans.status.set((strings(lang).plan_deleted)(&name));
                                                        last_deleted.set(Some(name));
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
            </Show>
        </section>
    }
}
