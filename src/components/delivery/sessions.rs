//! A section's sessions, to record what was delivered: the screen a preventionist opens on
//! her phone after class. Postponing previews what moves before it changes anything.

use super::{plan_memo, section_index, today, PlanMemo};
use crate::app::{use_announcer, use_lang, use_plans};
use crate::content::use_library;
use crate::state::now;
use leptos::prelude::*;
use planner_domain::calendar;
use planner_domain::i18n::{delivery_strings, long_date, plan_strings, strings};
use planner_domain::report::section_name;
use planner_domain::route::Route;
use planner_domain::schedule::section_sessions;

#[component]
pub fn DeliverView(plan_id: String, section_id: String) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let library = use_library();
    let announcer = use_announcer();
    let t = move || delivery_strings(lang.get());
    let plan: PlanMemo = plan_memo(plans, plan_id.clone());
    let ids = StoredValue::new((plan_id, section_id));
    let index = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .and_then(|p| section_index(p, &ids.with_value(|i| i.1.clone())))
        })
    });
    let sessions = Memo::new(move |_| {
        plan.with(|p| match (p, index.get()) {
            (Some(p), Some(i)) => section_sessions(p, &p.sections[i], library),
            _ => Vec::new(),
        })
    });
    let scheduled = move || {
        plan.with(
            |p| matches!((p, index.get()), (Some(p), Some(i)) if p.sections[i].is_scheduled()),
        )
    };
    let route = move |f: fn(String, String) -> Route| {
        ids.with_value(|(p, s)| f(p.clone(), s.clone()).to_hash())
    };
    let download_calendar = move |_| {
        plan.with_untracked(|p| {
            if let (Some(p), Some(i)) = (p, index.get_untracked()) {
                let s = &p.sections[i];
                let text = calendar::ics(p, s, library, lang.get_untracked(), now());
                announcer.download(&calendar::file_name(p, s), &text, "text/calendar");
            }
        })
    };
    view! {
        <Show when=move || index.get().is_some()
            fallback=move || view! { <p class="notice" role="alert">{move || plan_strings(lang.get()).no_plans}</p> }>
            <section class="deliver" aria-labelledby="deliver-heading">
                <h2 id="deliver-heading">{move || plan.with(|p| p.as_ref().map(|p| (t().deliver_heading)(&p.name)).unwrap_or_default())}</h2>
                <a href=move || Route::Plan(ids.with_value(|i| i.0.clone())).to_hash()>{move || strings(lang.get()).back_arrow}" "{move || plan.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default())}</a>
                <nav class="section-tabs" aria-label=move || t().choose_section>
                    <ul>
                        {move || plan.with(|p| p.as_ref().map(|p| p.sections.iter().enumerate().map(|(i, s)| {
                            let href = Route::Deliver(p.id.clone(), s.id.clone()).to_hash();
                            let current = (Some(i) == index.get()).then_some("page");
                            view! { <li><a href=href aria-current=current data-testid="section-tab">{section_name(p, i, lang.get())}</a></li> }
                        }).collect_view()))}
                    </ul>
                </nav>
                <div class="toolbar__actions">
                    <a class="button" href=move || route(Route::Results) data-testid="results-link">{move || t().results_link}</a>
                    <a class="button button--quiet" href=move || route(Route::Fidelity) data-testid="blank-logs">{move || t().print_blank_logs}</a>
                    <button type="button" class="button button--quiet" data-testid="calendar-export" on:click=download_calendar>{move || t().calendar_export}</button>
                </div>
                <p class="hint">{move || t().calendar_hint}</p>
                <Show when=move || !scheduled()><p class="notice">{move || t().needs_schedule}</p></Show>
                <super::letter::LetterPrompt plan id=ids.with_value(|i| i.0.clone()) index=index.get_untracked().unwrap_or(0) named=false/>
                <Postponed plan index ids/>
                <h3>{move || t().sessions_heading}</h3>
                <ol class="deliver-sessions" data-testid="sessions">
                    <For each=move || sessions.get() key=|s| (s.key.clone(), s.date) let:s>
                        <super::session_row::SessionRow plan index=index.get_untracked().unwrap_or(0) session=s ids today=today()/>
                    </For>
                </ol>
            </section>
        </Show>
    }
}

/// The section's postponed dates, each with a way to take the postponement back.
#[component]
fn Postponed(
    plan: PlanMemo,
    index: Memo<Option<usize>>,
    ids: StoredValue<(String, String)>,
) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let dates = move || {
        plan.with(|p| match (p, index.get()) {
            (Some(p), Some(i)) => p.sections[i].postponed.clone(),
            _ => Vec::new(),
        })
    };
    view! {
        <Show when=move || !dates().is_empty()>
            <h3>{move || delivery_strings(lang.get()).postponed_dates}</h3>
            <ul class="date-list" data-testid="postponed">
                {move || dates().into_iter().map(|d| view! {
                    <li>{long_date(d, lang.get())}" "
                        <button type="button" class="button button--quiet" on:click=move |_| {
                            let Some(i) = index.get_untracked() else { return };
                            super::edit_section(plans, &ids.with_value(|x| x.0.clone()), i, None, |s| s.postponed.retain(|x| *x != d));
                        }>{delivery_strings(lang.get()).restore}
                            <span class="visually-hidden">{format!(": {}", long_date(d, lang.get()))}</span>
                        </button>
                    </li>
                }).collect_view()}
            </ul>
        </Show>
    }
}
