//! The list of plans: create, open, duplicate, delete (with undo), last-edited dates.

mod notice;
mod row;

use notice::ListChangeNotice;
use row::PlanListRow;

use crate::app::{navigate, use_announcer, use_health, use_lang, use_plans};
use crate::components::backup::BackupPanel;
use crate::components::new_term::NewTermForm;
use crate::components::transfer::{export_plans, ImportFile, ImportPreview, Pending};
use crate::content::use_library;
use crate::state::now;
use leptos::prelude::*;
use planner_domain::i18n::{daily_strings, data_strings, plan_strings, strings};
use planner_domain::route::Route;
use planner_domain::status::{rows, PlanSort};

/// The local calendar date of a timestamp, for "last edited", backups and today's date.
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
    let announcer = use_announcer();
    let t = move || strings(lang.get());
    let pending = RwSignal::new(Pending::None);
    let sort = RwSignal::new(PlanSort::default());
    // The plan being copied for a new term, if any.
    let copying = RwSignal::new(None::<String>);

    let create = move |_| {
        let id = plans.create(t().default_plan_name.to_string());
        navigate(&Route::Plan(id));
    };

    view! {
        // Not a landmark of its own: the table's scrolling region below carries the name.
        <section class="plans">
            <div class="toolbar">
                <h2 id="plans-heading">{move || plan_strings(lang.get()).plans_heading}</h2>
                <div class="toolbar__actions">
                    <button type="button" class="button" data-testid="new-plan" on:click=create>
                        {move || plan_strings(lang.get()).new_plan}
                    </button>
                    <button type="button" class="button button--quiet" data-testid="export-all"
                        disabled=move || plans.list.with(Vec::is_empty)
                        on:click=move |_| export_plans(&plans.list.get_untracked(), announcer)>
                        {move || data_strings(lang.get()).export_all}
                    </button>
                </div>
            </div>
            <ImportFile pending/>
            <ImportPreview pending/>
            <p class="hint" data-testid="persistence">
                {move || match health.persisted.get() {
                    Some(true) => data_strings(lang.get()).persist_granted,
                    Some(false) => data_strings(lang.get()).persist_denied,
                    None => "",
                }}
            </p>
            <ListChangeNotice/>
            <Show
                when=move || plans.list.with(|p| !p.is_empty())
                fallback=move || view! { <p class="notice">{move || plan_strings(lang.get()).no_plans}</p> }
            >
                <label class="field field--inline">
                    <span>{move || daily_strings(lang.get()).sort_by}</span>
                    <select data-testid="plan-sort" on:change=move |ev| {
                        if let Some(s) = PlanSort::from_id(&event_target_value(&ev)) { sort.set(s); }
                    }>
                        {PlanSort::ALL.map(|s| view! {
                            <option value=s.id() selected=move || sort.get() == s>{move || daily_strings(lang.get()).sort_name(s)}</option>
                        }).collect_view()}
                    </select>
                </label>
                {move || copying.get().map(|id| view! { <NewTermForm id close=move || copying.set(None)/> })}
                // On a narrow screen the table scrolls inside its own focusable region, never
                // the page (WCAG 1.4.10 allows this for data tables).
                <div class="table-scroll" role="region" tabindex="0" aria-labelledby="plans-heading">
                <table class="plan-table" data-testid="plan-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || plan_strings(lang.get()).plan_name}</th>
                            <th scope="col">{move || plan_strings(lang.get()).school}</th>
                            <th scope="col">{move || daily_strings(lang.get()).dates}</th>
                            <th scope="col">{move || daily_strings(lang.get()).status}</th>
                            <th scope="col">{move || plan_strings(lang.get()).schedule_heading}</th>
                            <th scope="col">{move || plan_strings(lang.get()).last_edited}</th>
                            <th scope="col"><span class="visually-hidden">{move || t().delete}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let today = local_date(now()).unwrap_or_default();
                            let lang = lang.get();
                            rows(&plans.list.get(), library, today, sort.get())
                                .into_iter()
                                .map(|row| view! { <PlanListRow row lang copying/> })
                                .collect::<Vec<_>>()
                        }}
                    </tbody>
                </table>
                </div>
            </Show>
            <BackupPanel/>
        </section>
    }
}
