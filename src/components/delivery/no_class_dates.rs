//! A section's no-class dates (holidays, testing days): the list, each with a remove button
//! and a note when the section does not meet that weekday anyway, and a date field to add one.

use super::section_schedule::SectionEdit;
use super::{with_section, PlanMemo};
use crate::app::use_lang;
use chrono::Datelike;
use leptos::prelude::*;
use planner_domain::i18n::{long_date, plan_strings, strings};
use planner_domain::order;

/// The dates section `index` does not meet; `date_name` and `add_id` name the date field and
/// its add button.
#[component]
pub fn NoClassDates(
    plan: PlanMemo,
    index: usize,
    date_name: String,
    add_id: String,
    edit: SectionEdit,
) -> impl IntoView {
    let lang = use_lang();
    let new_date = RwSignal::new(String::new());
    let no_class = move || {
        with_section(plan, index, |_, s| {
            s.no_class
                .iter()
                .map(|&d| (d, s.meets_on(d)))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    view! {
        <fieldset class="no-class">
            <legend>{move || plan_strings(lang.get()).no_class_dates}</legend>
            <ul class="date-list">
                {move || {
                    let lang = lang.get();
                    no_class().into_iter().map(|(d, meets)| view! {
                        <li>
                            {long_date(d, lang)}" "
                            {(!meets).then(|| {
                                let day = plan_strings(lang).weekdays_long[d.weekday().num_days_from_monday() as usize];
                                view! { <span class="hint" data-testid="no-class-idle">{(plan_strings(lang).no_class_idle)(day)}</span> }
                            })}" "
                            <button type="button" class="button button--quiet"
                                on:click=move |_| edit.run(Box::new(move |s| s.no_class.retain(|x| *x != d)))>
                                {strings(lang).remove}
                                <span class="visually-hidden">{format!(": {}", long_date(d, lang))}</span>
                            </button>
                        </li>
                    }).collect_view()
                }}
            </ul>
            <div class="inline">
                <input type="date" name=date_name aria-label=move || plan_strings(lang.get()).no_class_dates
                    prop:value=move || new_date.get()
                    on:input=move |ev| new_date.set(event_target_value(&ev))
                />
                <button type="button" class="button button--quiet" data-testid=add_id on:click=move |_| {
                    if let Ok(d) = new_date.get_untracked().parse::<chrono::NaiveDate>() {
                        edit.run(Box::new(move |s| {
                            if !s.no_class.contains(&d) {
                                s.no_class.push(d);
                                order::sort(&mut s.no_class);
                            }
                        }));
                        new_date.set(String::new());
                    }
                }>{move || plan_strings(lang.get()).add_date}</button>
            </div>
        </fieldset>
    }
}
