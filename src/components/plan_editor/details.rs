//! A plan's details: name, school, facilitators, organization, grade, packet language, the
//! first section's schedule, referral contacts and notes.

use super::contacts::ContactsEditor;
use super::PlanMemo;
use crate::app::{use_lang, use_plans};
use crate::components::coverage::LanguageAdvice;
use crate::components::delivery::section_schedule::SectionSchedule;
use crate::components::field::synced_value;
use crate::state::Plans;
use leptos::prelude::*;
use planner_domain::i18n::plan::PlanStrings;
use planner_domain::i18n::{plan_strings, strings};
use planner_domain::plan::{PacketLang, Plan, GRADES};

/// A labelled text input bound to one field of the plan; typing in it is one undo step.
fn text_input(
    plans: Plans,
    plan: PlanMemo,
    id: String,
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    field: &'static str,
    get: fn(&Plan) -> String,
    set: fn(&mut Plan, String),
) -> impl IntoView {
    view! {
        <label class="field">
            <span>{label}</span>
            <input
                type="text"
                name=field
                use:synced_value=Signal::derive(move || plan.with(|p| p.as_ref().map(get).unwrap_or_default()))
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    plans.edit(&id, Some(&format!("{id}.{field}")), |p| set(p, value));
                }
            />
        </label>
    }
}

/// The "Plan details" card.
#[component]
pub fn PlanDetails(
    /// The plan shown.
    plan: PlanMemo,
    /// Its id, for edits.
    id: String,
) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let t = move || strings(lang.get());
    let read = move |f: fn(&Plan) -> String| plan.with(|p| p.as_ref().map(f).unwrap_or_default());
    let id_s = StoredValue::new(id.clone());
    let edit = move |key: Option<&str>, f: Box<dyn FnOnce(&mut Plan)>| {
        id_s.with_value(|id| plans.edit(id, key, f))
    };
    view! {
        <section class="card" aria-labelledby="details-heading">
            <h3 id="details-heading">{move || plan_strings(lang.get()).plan_details}</h3>
            <div class="form-grid">
                {text_input(plans, plan, id.clone(), move || plan_strings(lang.get()).plan_name, "name", |p| p.name.clone(), |p, v| p.name = v)}
                {text_input(plans, plan, id.clone(), move || plan_strings(lang.get()).school, "school", |p| p.school.clone(), |p, v| p.school = v)}
                {text_input(plans, plan, id.clone(), move || plan_strings(lang.get()).facilitators, "facilitators", |p| p.facilitators.clone(), |p, v| p.facilitators = v)}
                {text_input(plans, plan, id.clone(), move || plan_strings(lang.get()).organization, "organization", |p| p.organization.clone(), |p, v| p.organization = v)}
                <label class="field">
                    <span>{move || plan_strings(lang.get()).grade}</span>
                    <select name="grade" on:change=move |ev| {
                        if let Ok(g) = event_target_value(&ev).parse::<u8>() {
                            edit(None, Box::new(move |p| p.grade = g));
                        }
                    }>
                        {GRADES.map(|g| view! {
                            <option value=g.to_string() selected=move || plan.with(|p| p.as_ref().is_some_and(|p| p.grade == g))>
                                {move || (plan_strings(lang.get()).grade_n)(g)}
                            </option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{move || t().packet_lang}</span>
                    <select name="packet-lang" on:change=move |ev| {
                        if let Some(l) = PacketLang::from_id(&event_target_value(&ev)) {
                            edit(None, Box::new(move |p| p.packet_lang = l));
                        }
                    }>
                        {PacketLang::ALL.map(|l| view! {
                            <option value=l.id() selected=move || plan.with(|p| p.as_ref().is_some_and(|p| p.packet_lang == l))>
                                {move || packet_lang_label(l, plan_strings(lang.get()))}
                            </option>
                        }).collect_view()}
                    </select>
                </label>
            </div>
            <SectionSchedule plan id=id.clone() index=0/>
            <ContactsEditor plan id=id.clone()/>
            <label class="field">
                <span>{move || plan_strings(lang.get()).notes}</span>
                <textarea name="notes" rows="3"
                    use:synced_value=Signal::derive(move || read(|p| p.notes.clone()))
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        let key = id_s.with_value(|id| format!("{id}.notes"));
                        edit(Some(&key), Box::new(move |p| p.notes = v));
                    }
                ></textarea>
            </label>
            <LanguageAdvice text=Signal::derive(move || read(|p| p.notes.clone()))/>
        </section>
    }
}

fn packet_lang_label(l: PacketLang, t: &'static PlanStrings) -> &'static str {
    match l {
        PacketLang::En => t.packet_en,
        PacketLang::Es => t.packet_es,
        PacketLang::Both => t.packet_both,
    }
}
