//! One section's schedule: period length, start time and start date, then its meeting days
//! (`meeting_days.rs`) and no-class dates (`no_class_dates.rs`).

use super::meeting_days::MeetingDays;
use super::no_class_dates::NoClassDates;
use super::{edit_section, with_section, PlanMemo};
use crate::app::{use_lang, use_plans};
use leptos::prelude::*;
use planner_domain::i18n::{delivery_strings, plan_strings};
use planner_domain::section::{period_time, Section};

/// A change to one section's schedule, made as one undoable step.
pub type SectionEdit = Callback<Box<dyn FnOnce(&mut Section)>>;

/// The schedule fields of section `index`; the first section's keep the field names the
/// plan had before sections, the others are suffixed with their number.
#[component]
pub fn SectionSchedule(plan: PlanMemo, id: String, index: usize) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let id = StoredValue::new(id);
    let suffix = if index == 0 {
        String::new()
    } else {
        format!("-{}", index + 1)
    };
    let name = |base: &str| format!("{base}{suffix}");
    let (period_name, start_name) = (name("period"), name("start"));
    let (time_name, time_hint) = (name("period-start"), name("period-start-hint"));
    let read =
        move |f: fn(&Section) -> String| with_section(plan, index, |_, s| f(s)).unwrap_or_default();
    let edit: SectionEdit = Callback::new(move |f: Box<dyn FnOnce(&mut Section)>| {
        id.with_value(|id| edit_section(plans, id, index, None, f))
    });
    view! {
        <div class="form-grid">
            <label class="field">
                <span>{move || plan_strings(lang.get()).period_minutes}</span>
                <input type="number" name=period_name min="10" max="240" step="5"
                    prop:value=move || read(|s| s.period_minutes.to_string())
                    // Applied while typing: an incomplete number (a "4" on the way to "45") is out
                    // of range and waits for the next key.
                    on:input=move |ev| {
                        if let Some(m) = super::parse_number::<u16>(&event_target_value(&ev)).filter(|m| (10..=240).contains(m)) {
                            edit.run(Box::new(move |s| s.period_minutes = m));
                        }
                    }
                />
            </label>
            <label class="field">
                <span>{move || delivery_strings(lang.get()).period_start}</span>
                <input type="time" name=time_name aria-describedby=time_hint.clone()
                    prop:value=move || read(|s| s.period_start.map(period_time::text).unwrap_or_default())
                    on:change=move |ev| {
                        let time = period_time::parse(&event_target_value(&ev));
                        edit.run(Box::new(move |s| s.period_start = time));
                    }
                />
                <span class="hint" id=time_hint>{move || delivery_strings(lang.get()).period_start_hint}</span>
            </label>
            <label class="field">
                <span>{move || plan_strings(lang.get()).start_date}</span>
                <input type="date" name=start_name
                    prop:value=move || read(|s| s.start.map(|d| d.to_string()).unwrap_or_default())
                    on:change=move |ev| {
                        let start = event_target_value(&ev).parse::<chrono::NaiveDate>().ok();
                        edit.run(Box::new(move |s| s.start = start));
                    }
                />
            </label>
        </div>
        <MeetingDays plan index name=name("day") edit/>
        <NoClassDates plan index date_name=name("no-class-date") add_id=name("add-no-class") edit/>
    }
}
