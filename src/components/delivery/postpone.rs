//! Postponing a session (a snow day): what would move, shown before anything changes, and
//! the button that does it.

use super::{edit_section, PlanMemo};
use crate::app::{use_announcer, use_lang, use_plans};
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::delivery::{postpone_preview, postponed};
use planner_domain::i18n::{long_date, short_date, strings};
use planner_domain::schedule::Session;

#[component]
pub fn PostponePreview(
    plan: PlanMemo,
    index: usize,
    session: Session,
    ids: StoredValue<(String, String)>,
    open: RwSignal<bool>,
) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let announcer = use_announcer();
    let library = use_library();
    let t = move || strings(lang.get()).delivery;
    let s = StoredValue::new(session);
    let previewing = open;
    let read = move |f: &dyn Fn(
        &planner_domain::plan::Plan,
        &planner_domain::section::Section,
    ) -> Option<String>| {
        plan.with(|p| {
            p.as_ref()
                .and_then(|p| p.sections.get(index).and_then(|sec| f(p, sec)))
        })
        .unwrap_or_default()
    };
    let preview = move || {
        read(&|p, sec| {
            let shifts = postpone_preview(p, sec, &s.with_value(|s| s.key.clone()), library);
            let lang = lang.get();
            let fmt = |d: Option<chrono::NaiveDate>| {
                d.map(|d| short_date(d, lang))
                    .unwrap_or_else(|| strings(lang).delivery.no_date.into())
            };
            Some(
                shifts
                    .iter()
                    .map(|c| {
                        (strings(lang).delivery.postpone_shift)(c.number, &fmt(c.from), &fmt(c.to))
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
            )
        })
    };
    let postpone = move |_| {
        let (plan_id, key) = (
            ids.with_value(|i| i.0.clone()),
            s.with_value(|s| s.key.clone()),
        );
        let after = plan.with_untracked(|p| {
            p.as_ref()
                .and_then(|p| postponed(p, p.sections.get(index)?, &key, library))
        });
        if let Some(after) = after {
            edit_section(plans, &plan_id, index, None, |sec| *sec = after);
            previewing.set(false);
            let n = s.with_value(|s| s.number);
            let to = plan.with_untracked(|p| {
                p.as_ref().and_then(|p| {
                    planner_domain::schedule::section_sessions(p, &p.sections[index], library)
                        .into_iter()
                        .find(|x| x.key == key)?
                        .date
                })
            });
            let lang = lang.get_untracked();
            announcer.say((strings(lang).delivery.postponed_notice)(
                n,
                &to.map(|d| long_date(d, lang)).unwrap_or_default(),
            ));
        }
    };
    view! {
        <div class="preview" data-testid="postpone-preview">
            <p>{move || t().postpone_preview}</p>
            <ul>{move || preview().lines().map(|l| view! { <li>{l.to_string()}</li> }).collect_view()}</ul>
            <button type="button" class="button" data-testid="confirm-postpone" on:click=postpone>{move || t().postpone_confirm}</button>
            <button type="button" class="button button--quiet" on:click=move |_| open.set(false)>{move || strings(lang.get()).data.cancel}</button>
        </div>
    }
}
