//! One section's schedule: period length, start date, meeting days and no-class dates.

use super::{edit_section, PlanMemo};
use crate::app::{use_lang, use_plans};
use chrono::Datelike;
use leptos::prelude::*;
use planner_domain::i18n::{long_date, strings};
use planner_domain::order;

const WEEKDAYS: [chrono::Weekday; 7] = [
    chrono::Weekday::Mon,
    chrono::Weekday::Tue,
    chrono::Weekday::Wed,
    chrono::Weekday::Thu,
    chrono::Weekday::Fri,
    chrono::Weekday::Sat,
    chrono::Weekday::Sun,
];

/// The schedule fields of section `index`; the first section's keep the field names the
/// plan had before sections, the others are suffixed with their number.
#[component]
pub fn SectionSchedule(plan: PlanMemo, id: String, index: usize) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let t = move || strings(lang.get());
    let id = StoredValue::new(id);
    let suffix = if index == 0 {
        String::new()
    } else {
        format!("-{}", index + 1)
    };
    let name = |base: &str| format!("{base}{suffix}");
    let (period_name, start_name, day_name) = (name("period"), name("start"), name("day"));
    let (date_name, add_id) = (name("no-class-date"), name("add-no-class"));
    let (time_name, time_hint) = (name("period-start"), name("period-start-hint"));
    let read = move |f: fn(&planner_domain::section::Section) -> String| {
        plan.with(|p| {
            p.as_ref()
                .and_then(|p| p.sections.get(index))
                .map(f)
                .unwrap_or_default()
        })
    };
    let edit = move |f: Box<dyn FnOnce(&mut planner_domain::section::Section)>| {
        id.with_value(|id| edit_section(plans, id, index, None, f))
    };
    let new_date = RwSignal::new(String::new());
    let no_class = move || {
        plan.with(|p| {
            p.as_ref()
                .and_then(|p| p.sections.get(index))
                .map(|s| {
                    s.no_class
                        .iter()
                        .map(|&d| (d, s.meets_on(d)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <div class="form-grid">
            <label class="field">
                <span>{move || t().period_minutes}</span>
                <input type="number" name=period_name min="10" max="240" step="5"
                    prop:value=move || read(|s| s.period_minutes.to_string())
                    // Applied while typing: an incomplete number (a "4" on the way to "45") is out
                    // of range and waits for the next key.
                    on:input=move |ev| {
                        if let Some(m) = super::parse_number::<u16>(&event_target_value(&ev)).filter(|m| (10..=240).contains(m)) {
                            edit(Box::new(move |s| s.period_minutes = m));
                        }
                    }
                />
            </label>
            <label class="field">
                <span>{move || t().delivery.period_start}</span>
                <input type="time" name=time_name aria-describedby=time_hint.clone()
                    prop:value=move || read(|s| s.period_start.map(|t| t.format("%H:%M").to_string()).unwrap_or_default())
                    on:change=move |ev| {
                        let time = chrono::NaiveTime::parse_from_str(&event_target_value(&ev), "%H:%M").ok();
                        edit(Box::new(move |s| s.period_start = time));
                    }
                />
                <span class="hint" id=time_hint>{move || t().delivery.period_start_hint}</span>
            </label>
            <label class="field">
                <span>{move || t().start_date}</span>
                <input type="date" name=start_name
                    prop:value=move || read(|s| s.start.map(|d| d.to_string()).unwrap_or_default())
                    on:change=move |ev| {
                        let start = event_target_value(&ev).parse::<chrono::NaiveDate>().ok();
                        edit(Box::new(move |s| s.start = start));
                    }
                />
            </label>
        </div>
        <fieldset class="days">
            <legend>{move || t().meeting_days}</legend>
            {WEEKDAYS.iter().enumerate().map(|(i, &day)| { let day_name = day_name.clone(); view! {
                <label class="check">
                    <input type="checkbox" name=day_name value=i.to_string()
                        prop:checked=move || plan.with(|p| p.as_ref().and_then(|p| p.sections.get(index)).is_some_and(|s| s.days.contains(&day)))
                        on:change=move |_| edit(Box::new(move |s| {
                            if let Some(pos) = s.days.iter().position(|d| *d == day) {
                                s.days.remove(pos);
                            } else {
                                s.days.push(day);
                                order::sort_by_key(&mut s.days, |d| d.num_days_from_monday());
                            }
                        }))
                    />
                    <span>{move || t().weekdays_long[i]}</span>
                </label>
            }}).collect_view()}
        </fieldset>
        <fieldset class="no-class">
            <legend>{move || t().no_class_dates}</legend>
            <ul class="date-list">
                {move || {
                    let lang = lang.get();
                    no_class().into_iter().map(|(d, meets)| view! {
                        <li>
                            {long_date(d, lang)}" "
                            {(!meets).then(|| {
                                let day = strings(lang).weekdays_long[d.weekday().num_days_from_monday() as usize];
                                view! { <span class="hint" data-testid="no-class-idle">{(strings(lang).no_class_idle)(day)}</span> }
                            })}" "
                            <button type="button" class="button button--quiet"
                                on:click=move |_| edit(Box::new(move |s| s.no_class.retain(|x| *x != d)))>
                                {strings(lang).remove}
                                <span class="visually-hidden">{format!(": {}", long_date(d, lang))}</span>
                            </button>
                        </li>
                    }).collect_view()
                }}
            </ul>
            <div class="inline">
                <input type="date" name=date_name aria-label=move || t().no_class_dates
                    prop:value=move || new_date.get()
                    on:input=move |ev| new_date.set(event_target_value(&ev))
                />
                <button type="button" class="button button--quiet" data-testid=add_id on:click=move |_| {
                    if let Ok(d) = new_date.get_untracked().parse::<chrono::NaiveDate>() {
                        edit(Box::new(move |s| {
                            if !s.no_class.contains(&d) {
                                s.no_class.push(d);
                                order::sort(&mut s.no_class);
                            }
                        }));
                        new_date.set(String::new());
                    }
                }>{move || t().add_date}</button>
            </div>
        </fieldset>
    }
}
