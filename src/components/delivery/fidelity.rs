//! Blank fidelity logs, one printed page per session of a section, for a teacher or an
//! observer to fill in on paper (the same questions as the phone form).

use super::{plan_memo, section_index};
use crate::app::{use_lang, use_plans};
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::delivery::session_steps;
use planner_domain::i18n::{delivery_strings, long_date, plan_strings, strings};
use planner_domain::report::section_name;
use planner_domain::route::Route;
use planner_domain::schedule::section_sessions;

/// One blank log: what the page prints.
struct Sheet {
    title: String,
    facts: Vec<(String, String)>,
    steps: Vec<String>,
}

/// The parts that are filled in, joined by `sep`: no dangling separator for an empty one.
fn joined(parts: &[&str], sep: &str) -> String {
    parts
        .iter()
        .map(|x| x.trim())
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join(sep)
}

#[component]
pub fn FidelityView(plan_id: String, section_id: String) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let library = use_library();
    let plan = plan_memo(plans, plan_id.clone());
    let back = Route::Deliver(plan_id, section_id.clone()).to_hash();
    let sheets = move || {
        let l = lang.get();
        let t = strings(l);
        let d = delivery_strings(l);
        plan.with(|p| {
            let Some(p) = p.as_ref() else {
                return Vec::new();
            };
            let Some(i) = section_index(p, &section_id) else {
                return Vec::new();
            };
            let s = &p.sections[i];
            let place = joined(&[&p.school, &s.room], ", ");
            let section = joined(&[&section_name(p, i, l), &s.teacher], " · ");
            section_sessions(p, s, library)
                .iter()
                .map(|session| {
                    let lesson = library.lesson(&p.items[session.item].lesson);
                    let title = lesson.map_or(p.items[session.item].lesson.clone(), |l_| {
                        l_.title.get(l).to_string()
                    });
                    let steps = session_steps(p, s, session, library)
                        .into_iter()
                        .filter_map(|st| {
                            lesson
                                .and_then(|l_| l_.steps.get(st))
                                .map(|x| format!("{} ({} {})", x.title.get(l), x.minutes, t.min))
                        })
                        .collect();
                    Sheet {
                        title: format!(
                            "{} · {}",
                            (plan_strings(l).session_n)(session.number),
                            title
                        ),
                        facts: vec![
                            (d.choose_section.into(), section.clone()),
                            (
                                d.fl_date.into(),
                                session.date.map(|d| long_date(d, l)).unwrap_or_default(),
                            ),
                            (d.fl_place.into(), place.clone()),
                            (d.fl_time.into(), String::new()),
                            (
                                plan_strings(l).facilitators.into(),
                                p.facilitators.trim().to_string(),
                            ),
                            (d.fl_attending.into(), String::new()),
                            (d.fl_pre_post.into(), String::new()),
                        ],
                        steps,
                    }
                })
                .collect()
        })
    };
    let t = move || delivery_strings(lang.get());
    view! {
        <div class="print-controls no-print">
            <a href=back>{move || strings(lang.get()).back_arrow}" "{move || t().back_to_sessions}</a>
            <button type="button" class="button" data-testid="print-logs" on:click=|_| { let _ = window().print(); }>{move || t().print}</button>
        </div>
        <div class="packet" data-testid="fidelity-logs">
            {move || sheets().into_iter().map(|sheet| view! {
                <article class="packet-page fidelity-log" data-testid="fidelity-log">
                    <header class="packet-page__head">
                        <p class="packet-page__kicker">{t().fidelity_heading}</p>
                        <h2 class="packet-page__title">{sheet.title}</h2>
                    </header>
                    <p>{t().fidelity_intro}</p>
                    <dl class="facts">{sheet.facts.into_iter().map(|(k, v)| view! { <div class="facts__row"><dt>{k}</dt><dd class="fill-line">{v}</dd></div> }).collect_view()}</dl>
                    <table class="packet-table">
                        <thead><tr><th scope="col">{t().fl_step}</th><th scope="col">{t().step_as_written}</th><th scope="col">{t().step_with_changes}</th><th scope="col">{t().step_not_taught}</th><th scope="col">{t().fl_reason}</th></tr></thead>
                        <tbody>{sheet.steps.into_iter().map(|s| view! { <tr><td>{s}</td><td class="box"><span class="check-box" aria-hidden="true"></span></td><td class="box"><span class="check-box" aria-hidden="true"></span></td><td class="box"><span class="check-box" aria-hidden="true"></span></td><td></td></tr> }).collect_view()}</tbody>
                    </table>
                    {[t().fl_adaptations, t().fl_engagement, t().log_notes].map(|h| view! { <div class="fidelity-log__write"><h3 class="packet-h">{h}</h3><p class="write-lines"></p></div> }).collect_view()}
                </article>
            }).collect_view()}
        </div>
    }
}
