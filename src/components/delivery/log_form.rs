//! The delivery log of one session on one screen, quick to fill on a phone right after
//! class: everything starts at what was planned, every step "as written".

use super::adaptations::AdaptationsEditor;
use super::present::PresentField;
use super::steps::StepsEditor;
use super::{edit_section, plan_memo, section_index, today};
use crate::app::{navigate, use_announcer, use_lang, use_plans};
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::delivery::{
    present_field, read_present, session_steps, SessionLog, ENGAGEMENT,
};
use planner_domain::i18n::{delivery_strings, plan_strings, strings};
use planner_domain::route::Route;
use planner_domain::schedule::section_sessions;

#[component]
pub fn LogForm(plan_id: String, section_id: String, key: String) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let library = use_library();
    let announcer = use_announcer();
    let t = move || delivery_strings(lang.get());
    let plan = plan_memo(plans, plan_id.clone());
    // Read once: the form edits its own copy until it is saved.
    let found = plan.with_untracked(|p| {
        let p = p.as_ref()?;
        let index = section_index(p, &section_id)?;
        let section = &p.sections[index];
        let session = section_sessions(p, section, library)
            .into_iter()
            .find(|s| s.key == key)?;
        let log = section
            .log_of(&key)
            .cloned()
            .unwrap_or_else(|| SessionLog::draft(p, section, &session, library, today()));
        let steps = session_steps(p, section, &session, library);
        let lesson = library.lesson(&p.items[session.item].lesson).cloned();
        let enrolled = section.class_size;
        Some((index, session, log, steps, lesson, enrolled))
    });
    let Some((index, session, log, steps, lesson, enrolled)) = found else {
        return view! { <p class="notice" role="alert">{move || t().session_not_found}</p> }
            .into_any();
    };
    let existed = plan.with_untracked(|p| {
        p.as_ref()
            .is_some_and(|p| p.sections[index].log_of(&key).is_some())
    });
    // Typed, never assumed from the class size: empty until she enters the count.
    let present = RwSignal::new(present_field(&log, existed));
    let present_error = RwSignal::new(None);
    let present_input = NodeRef::<leptos::html::Input>::new();
    let draft = RwSignal::new(log);
    let problem = RwSignal::new(false);
    let back = Route::Deliver(plan_id.clone(), section_id.clone()).to_hash();
    let ids = StoredValue::new((plan_id, key));
    let number = session.number;
    let title = lesson
        .as_ref()
        .map(|l| l.title.get(lang.get_untracked()).to_string())
        .unwrap_or_default();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut log = draft.get_untracked();
        let counted = read_present(&present.get_untracked());
        present_error.set(counted.err());
        let missing_reasons = !log.missing_reasons().is_empty();
        problem.set(missing_reasons);
        match counted {
            Err(_) => {
                if let Some(input) = present_input.get_untracked() {
                    let _ = input.focus();
                }
                return;
            }
            Ok(_) if missing_reasons => return,
            Ok(n) => log.present = n,
        }
        let plan_id = ids.with_value(|i| i.0.clone());
        edit_section(plans, &plan_id, index, None, |s| s.record(log));
        announcer.say((delivery_strings(lang.get_untracked()).log_saved)(number));
        navigate(&Route::Deliver(
            plan_id,
            plan.with_untracked(|p| {
                p.as_ref()
                    .map(|p| p.sections[index].id.clone())
                    .unwrap_or_default()
            }),
        ));
    };
    let delete = move |_| {
        let (plan_id, key) = ids.get_value();
        edit_section(plans, &plan_id, index, None, |s| s.unrecord(&key));
        navigate(&Route::Deliver(
            plan_id,
            plan.with_untracked(|p| {
                p.as_ref()
                    .map(|p| p.sections[index].id.clone())
                    .unwrap_or_default()
            }),
        ));
    };
    let number_field = move |label: fn() -> &'static str,
                             name: &'static str,
                             get: fn(&SessionLog) -> u16,
                             set: fn(&mut SessionLog, u16)| {
        view! {
            <label class="field field--short">
                <span>{label}</span>
                <input type="number" inputmode="numeric" min="0" max="999" name=name
                    prop:value=move || draft.with(|d| get(d).to_string())
                    on:input=move |ev| { if let Some(n) = super::parse_number::<u16>(&event_target_value(&ev)) { draft.update(|d| set(d, n)) } }/>
            </label>
        }
    };
    view! {
        <form class="log-form" aria-labelledby="log-heading" on:submit=save data-testid="log-form" novalidate>
            <a href=back.clone()>{move || strings(lang.get()).back_arrow}" "{move || t().back_to_sessions}</a>
            <h2 id="log-heading">{move || (t().log_heading)(number, &title)}</h2>
            <div class="form-grid">
                <label class="field field--short">
                    <span>{move || t().delivered_on}</span>
                    <input type="date" name="delivered-on" required prop:value=move || draft.with(|d| d.date.to_string())
                        on:change=move |ev| { if let Ok(d) = event_target_value(&ev).parse() { draft.update(|x| x.date = d) } }/>
                </label>
                <PresentField present error=present_error enrolled input=present_input/>
                {number_field(|| delivery_strings(use_lang().get()).minutes_taught, "minutes", |d| d.minutes, |d, n| d.minutes = n)}
                <label class="field">
                    <span>{move || plan_strings(lang.get()).facilitators}</span>
                    <input type="text" name="log-facilitators" prop:value=move || draft.with(|d| d.facilitators.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.facilitators = v) }/>
                </label>
            </div>
            <StepsEditor draft steps lesson problem/>
            <AdaptationsEditor draft/>
            <label class="field field--short">
                <span>{move || t().engagement}</span>
                <select name="engagement" on:change=move |ev| { let v = super::parse_number::<u8>(&event_target_value(&ev)); draft.update(|d| d.engagement = v) }>
                    <option value="" selected=move || draft.with(|d| d.engagement.is_none())>{move || t().engagement_none}</option>
                    {ENGAGEMENT.map(|n| view! {
                        <option value=n.to_string() selected=move || draft.with(|d| d.engagement == Some(n))>{move || (t().engagement_level)(n)}</option>
                    }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{move || t().log_notes}</span>
                <textarea name="log-notes" rows="3" prop:value=move || draft.with(|d| d.notes.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.notes = v) }></textarea>
            </label>
            <div class="toolbar__actions">
                <button type="submit" class="button" data-testid="save-log">{move || t().save_log}</button>
                {existed.then(|| view! { <button type="button" class="button button--quiet" data-testid="delete-log" on:click=delete>{move || t().delete_log}</button> })}
            </div>
        </form>
    }
    .into_any()
}
