//! One row of the plans table.

use super::local_date;
use crate::app::use_plans;
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::i18n::{daily_strings, date_span, plan_strings, short_date, strings};
use planner_domain::route::Route;
use planner_domain::schedule::sessions;
use planner_domain::status::PlanRow;
use planner_domain::Lang;

/// One plan of the list: name, school, dates, status, sessions, last edit and actions.
#[component]
pub fn PlanListRow(
    /// The plan as the list shows it (`planner_domain::status`).
    row: PlanRow,
    lang: Lang,
    /// The plan whose new-term copy form is open, if any.
    copying: RwSignal<Option<String>>,
) -> impl IntoView {
    let plans = use_plans();
    let t = strings(lang);
    let plan = row.plan;
    let count = sessions(&plan, use_library()).len();
    let edited = local_date(plan.edited)
        .map(|d| short_date(d, lang))
        .unwrap_or_default();
    let dates = row
        .dates
        .map_or(daily_strings(lang).no_dates.to_string(), |(a, b)| {
            date_span(a, b, lang)
        });
    let (id_dup, id_del) = (plan.id.clone(), plan.id.clone());
    view! {
        <tr data-plan-id=plan.id.clone() data-status=row.status.id()>
            <th scope="row"><a href=Route::Plan(plan.id.clone()).to_hash()>{plan.name.clone()}</a></th>
            <td data-label=plan_strings(lang).school>{plan.school.clone()}</td>
            <td data-label=daily_strings(lang).dates data-testid="plan-dates">{dates}</td>
            <td data-label=daily_strings(lang).status data-testid="plan-status">{daily_strings(lang).status_name(row.status)}</td>
            <td data-label=plan_strings(lang).schedule_heading>{(plan_strings(lang).session_count)(count)}</td>
            <td data-label=plan_strings(lang).last_edited>{edited}</td>
            <td class="actions">
                <a class="button button--quiet" data-testid="review-plan" href=Route::Review(plan.id.clone()).to_hash()>
                    {daily_strings(lang).review}<span class="visually-hidden">{format!(": {}", plan.name)}</span>
                </a>
                <button type="button" class="button button--quiet" data-testid="duplicate" on:click=move |_| copying.set(Some(id_dup.clone()))>
                    {plan_strings(lang).duplicate}<span class="visually-hidden">{format!(": {}", plan.name)}</span>
                </button>
                <button type="button" class="button button--danger" on:click=move |_| plans.delete(&id_del)>
                    {t.delete}<span class="visually-hidden">{format!(": {}", plan.name)}</span>
                </button>
            </td>
        </tr>
    }
}
