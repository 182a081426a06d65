//! One session in a section's list: its date and state, and the ways to record, postpone or
//! move it.

use super::postpone::PostponePreview;
use super::{edit_section, with_section, PlanMemo};
use crate::app::{use_lang, use_plans};
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::delivery::{state, SessionState};
use planner_domain::i18n::{delivery_strings, long_date, plan_strings, short_date};
use planner_domain::route::Route;
use planner_domain::schedule::Session;

#[component]
pub fn SessionRow(
    plan: PlanMemo,
    index: usize,
    session: Session,
    ids: StoredValue<(String, String)>,
    today: chrono::NaiveDate,
) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let library = use_library();
    let t = move || delivery_strings(lang.get());
    let s = StoredValue::new(session);
    let previewing = RwSignal::new(false);
    let changing = RwSignal::new(false);
    let new_date = RwSignal::new(String::new());
    let title = move || {
        with_section(plan, index, |p, _| {
            let item = p.items.get(s.with_value(|s| s.item))?;
            let title = library
                .lesson(&item.lesson)
                .map_or(item.lesson.clone(), |l| l.title.get(lang.get()).to_string());
            Some(match s.with_value(|s| (s.part, s.parts)) {
                (_, 1) => title,
                (a, b) => format!("{title} ({})", (plan_strings(lang.get()).part_of)(a, b)),
            })
        })
        .flatten()
        .unwrap_or_default()
    };
    let current = move || with_section(plan, index, |_, sec| state(sec, &s.get_value(), today));
    let delivered = move || current() == Some(SessionState::Delivered);
    let status = move || match current() {
        Some(SessionState::Delivered) => (t().state_delivered)(&s.with_value(|s| {
            s.date
                .map(|d| short_date(d, lang.get()))
                .unwrap_or_default()
        })),
        Some(SessionState::Due) => t().state_due.to_string(),
        _ => t().state_planned.to_string(),
    };
    let date = move || {
        s.with_value(|s| s.date)
            .map_or_else(|| t().no_date.to_string(), |d| long_date(d, lang.get()))
    };
    let moved = move || {
        with_section(plan, index, |_, sec| {
            sec.moved_to(&s.with_value(|s| s.key.clone()))
                .map(|_| delivery_strings(lang.get()).moved_once.to_string())
        })
        .flatten()
        .unwrap_or_default()
    };
    let apply_date = move |_| {
        let date = new_date.get_untracked().parse::<chrono::NaiveDate>().ok();
        if date.is_some() {
            let key = s.with_value(|s| s.key.clone());
            edit_section(
                plans,
                &ids.with_value(|i| i.0.clone()),
                index,
                None,
                |sec| sec.move_session(&key, date),
            );
            changing.set(false);
        }
    };
    let log_href = move || {
        ids.with_value(|(p, sec)| {
            Route::Log(p.clone(), sec.clone(), s.with_value(|s| s.key.clone())).to_hash()
        })
    };
    let n = s.with_value(|s| s.number);
    let named = move |action: &str| (t().action_for_session)(action, n, &date());
    view! {
        <li class="session" data-testid="session" data-state=move || format!("{:?}", current().unwrap_or(SessionState::Planned)).to_lowercase()>
            <p class="session__title"><strong>{move || (plan_strings(lang.get()).session_n)(n)}": "{title}</strong></p>
            <p><span data-testid="session-date">{date}</span>" · "<span data-testid="session-state">{status}</span>
                {move || { let m = moved(); (!m.is_empty()).then(|| view! { " · "<em>{m}</em> }) }}</p>
            <div class="toolbar__actions">
                <a class="button" href=log_href data-testid="record"
                    aria-label=move || named(if delivered() { t().edit_record } else { t().record })>{move || if delivered() { t().edit_record } else { t().record }}</a>
                <Show when=move || !delivered() && s.with_value(|s| s.date.is_some())>
                    <button type="button" class="button button--quiet" data-testid="postpone" aria-expanded=move || previewing.get().to_string()
                        aria-label=move || named(t().postpone)
                        on:click=move |_| previewing.update(|v| *v = !*v)>{move || t().postpone}</button>
                    <button type="button" class="button button--quiet" data-testid="change-date" aria-expanded=move || changing.get().to_string()
                        aria-label=move || named(t().change_date)
                        on:click=move |_| changing.update(|v| *v = !*v)>{move || t().change_date}</button>
                </Show>
            </div>
            <Show when=move || previewing.get()>
                <PostponePreview plan index session=s.get_value() ids open=previewing/>
            </Show>
            <Show when=move || changing.get()>
                <div class="inline">
                    <input type="date" name="moved-date" aria-label=move || (t().new_date_for)(n) prop:value=move || new_date.get() on:input=move |ev| new_date.set(event_target_value(&ev))/>
                    <button type="button" class="button" data-testid="apply-date" on:click=apply_date>{move || t().apply}</button>
                </div>
            </Show>
        </li>
    }
}
