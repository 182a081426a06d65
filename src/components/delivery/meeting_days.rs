//! A section's meeting days: a checkbox a weekday, Monday first.

use super::section_schedule::SectionEdit;
use super::{with_section, PlanMemo};
use crate::app::use_lang;
use chrono::Weekday;
use leptos::prelude::*;
use planner_domain::i18n::plan_strings;
use planner_domain::order;

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// The weekdays section `index` meets on; `name` is the checkboxes' form name.
#[component]
pub fn MeetingDays(plan: PlanMemo, index: usize, name: String, edit: SectionEdit) -> impl IntoView {
    let lang = use_lang();
    view! {
        <fieldset class="days">
            <legend>{move || plan_strings(lang.get()).meeting_days}</legend>
            {WEEKDAYS.iter().enumerate().map(|(i, &day)| { let name = name.clone(); view! {
                <label class="check">
                    <input type="checkbox" name=name value=i.to_string()
                        prop:checked=move || with_section(plan, index, |_, s| s.days.contains(&day)).unwrap_or(false)
                        on:change=move |_| edit.run(Box::new(move |s| {
                            if let Some(pos) = s.days.iter().position(|d| *d == day) {
                                s.days.remove(pos);
                            } else {
                                s.days.push(day);
                                order::sort_by_key(&mut s.days, |d| d.num_days_from_monday());
                            }
                        }))
                    />
                    <span>{move || plan_strings(lang.get()).weekdays_long[i]}</span>
                </label>
            }}).collect_view()}
        </fieldset>
    }
}
