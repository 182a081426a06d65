//! Copying a plan for next semester or another school: asks for the new start date and
//! school at once, then moves every date with the start (see `Plan::for_new_term`).

use crate::app::{use_lang, use_plans};
use crate::state::{new_id, now};
use leptos::prelude::*;
use planner_domain::history::ListChangeKind;
use planner_domain::i18n::{daily_strings, plan_strings, strings};

/// The form under the plans list for copying plan `id`; `close` hides it.
#[component]
pub fn NewTermForm(id: String, close: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let t = move || daily_strings(lang.get());
    let (name, school, start) = plans.list.with_untracked(|ps| {
        ps.iter()
            .find(|p| p.id == id)
            .map(|p| {
                (
                    p.name.clone(),
                    p.school.clone(),
                    p.first().start.map(|d| d.to_string()).unwrap_or_default(),
                )
            })
            .unwrap_or_default()
    });
    // The fields start from the plan's values and are then the user's: a value written back
    // while typing a date would move the caret back to its first part.
    let new_school = RwSignal::new(school.clone());
    let new_start = RwSignal::new(start.clone());
    let heading = name.clone();
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(start) = new_start.get_untracked().parse::<chrono::NaiveDate>() else {
            return;
        };
        let copy_name = (plan_strings(lang.get_untracked()).copy_of)(&name);
        let school = new_school.get_untracked();
        let id = id.clone();
        plans.add_plans(ListChangeKind::Duplicated, |ps| {
            if let Some(p) = ps.iter().find(|p| p.id == id).cloned() {
                ps.push(p.for_new_term(new_id(), copy_name, school, start, now()));
            }
        });
        close();
    };
    view! {
        <form class="new-term" data-testid="new-term" on:submit=create>
            <h3>{move || (t().new_term_heading)(&heading)}</h3>
            <p class="hint">{move || t().new_term_hint}</p>
            <div class="form-grid">
                <label class="field">
                    <span>{move || t().new_term_start}</span>
                    <input type="date" name="new-term-start" required value=start
                        on:input=move |ev| new_start.set(event_target_value(&ev))/>
                </label>
                <label class="field">
                    <span>{move || t().new_term_school}</span>
                    <input type="text" name="new-term-school" value=school
                        on:input=move |ev| new_school.set(event_target_value(&ev))/>
                </label>
            </div>
            <button type="submit" class="button" data-testid="new-term-create">{move || t().new_term_create}</button>
            " "
            <button type="button" class="button button--quiet" on:click=move |_| close()>{move || strings(lang.get()).cancel}</button>
        </form>
    }
}
