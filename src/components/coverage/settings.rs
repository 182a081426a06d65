//! The dosage goal and the pre- and post-test choices under the checks.

use crate::app::{use_lang, use_plans};
use leptos::prelude::*;
use planner_domain::i18n::check_strings;
use planner_domain::i18n::checks::CheckStrings;
use planner_domain::plan::Plan;

/// The preventionist's dosage goal and whether the packet carries pre- and post-tests.
#[component]
pub fn PlanSettings(
    /// The plan shown.
    plan: Signal<Plan>,
    /// Its id, for edits.
    id: String,
) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let t = move || check_strings(lang.get());
    let id = StoredValue::new(id);
    let edit = move |f: Box<dyn FnOnce(&mut Plan)>| id.with_value(|id| plans.edit(id, None, f));
    // One plan setting as a labelled checkbox.
    let checkbox = move |name: &'static str,
                         get: fn(&Plan) -> bool,
                         set: fn(&mut Plan, bool),
                         label: fn(&'static CheckStrings) -> &'static str| {
        view! {
            <label class="check">
                <input type="checkbox" name=name
                    prop:checked=move || plan.with(get)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        edit(Box::new(move |p| set(p, on)));
                    }
                />
                <span>{move || label(t())}</span>
            </label>
        }
    };
    view! {
        <fieldset class="coverage__settings">
            <legend>{move || t().settings_heading}</legend>
            <label class="field field--inline">
                <span>{move || t().min_sessions_label}</span>
                <input type="number" name="min-sessions" min="1" max="20" step="1"
                    prop:value=move || plan.with(|p| p.min_sessions.to_string())
                    on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).trim().parse::<u8>() {
                            if (1..=20).contains(&n) {
                                edit(Box::new(move |p| p.min_sessions = n));
                            }
                        }
                    }
                />
            </label>
            {checkbox("pre-test", |p| p.pre_test, |p, on| p.pre_test = on, |c| c.pre_test_label)}
            {checkbox("post-test", |p| p.post_test, |p, on| p.post_test = on, |c| c.post_test_label)}
        </fieldset>
    }
}
