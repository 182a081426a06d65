//! Postponing a session (a snow day): what would move, shown before anything changes, and
//! the button that does it.

use super::{with_section, PlanMemo};
use crate::app::{use_announcer, use_lang, use_plans};
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::delivery::{postpone_preview, postponed, same_day, Shift};
use planner_domain::i18n::{data_strings, delivery_strings, long_date, short_date};
use planner_domain::report::section_name;
use planner_domain::schedule::Session;
use planner_domain::section::Section;

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
    let t = move || delivery_strings(lang.get());
    let s = StoredValue::new(session);
    let previewing = open;
    let lines = move |shifts: &[Shift]| {
        let lang = lang.get();
        let fmt = |d: Option<chrono::NaiveDate>| {
            d.map(|d| short_date(d, lang))
                .unwrap_or_else(|| delivery_strings(lang).no_date.into())
        };
        shifts
            .iter()
            .map(|c| (delivery_strings(lang).postpone_shift)(c.number, &fmt(c.from), &fmt(c.to)))
            .collect::<Vec<_>>()
    };
    let preview = move || {
        with_section(plan, index, |p, sec| {
            let shifts = postpone_preview(p, sec, &s.with_value(|s| s.key.clone()), library);
            lines(&shifts).join("\n")
        })
        .unwrap_or_default()
    };
    // The other sections meeting that day, each checked until unticked.
    let others = Memo::new(move |_| {
        let date = s.with_value(|s| s.date);
        plan.with(|p| match (p, date) {
            (Some(p), Some(date)) => same_day(p, date, index, library),
            _ => Vec::new(),
        })
    });
    let unticked = RwSignal::new(Vec::<usize>::new());
    let postpone = move |_| {
        let (plan_id, key) = (
            ids.with_value(|i| i.0.clone()),
            s.with_value(|s| s.key.clone()),
        );
        let skip = unticked.get_untracked();
        let mut moves = vec![(index, key.clone())];
        moves.extend(
            others
                .get_untracked()
                .into_iter()
                .filter(|o| !skip.contains(&o.section))
                .map(|o| (o.section, o.key)),
        );
        let after: Vec<(usize, Section)> = plan.with_untracked(|p| {
            p.as_ref().map_or_else(Vec::new, |p| {
                moves
                    .iter()
                    .filter_map(|(i, k)| Some((*i, postponed(p, p.sections.get(*i)?, k, library)?)))
                    .collect()
            })
        });
        if after.first().is_some_and(|(i, _)| *i == index) {
            // Every section in one step, so one undo brings the day back everywhere.
            plans.edit(&plan_id, None, move |p| {
                for (i, sec) in after {
                    if let Some(s) = p.sections.get_mut(i) {
                        *s = sec;
                    }
                }
            });
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
            announcer.say((delivery_strings(lang).postponed_notice)(
                n,
                &to.map(|d| long_date(d, lang)).unwrap_or_default(),
            ));
        }
    };
    view! {
        <div class="preview" data-testid="postpone-preview">
            <p>{move || t().postpone_preview}</p>
            <ul>{move || preview().lines().map(|l| view! { <li>{l.to_string()}</li> }).collect_view()}</ul>
            {move || others.get().into_iter().map(|o| {
                let i = o.section;
                let name = plan.with(|p| p.as_ref().map(|p| section_name(p, i, lang.get())).unwrap_or_default());
                view! {
                    <div class="preview__other" data-testid="postpone-other">
                        <label class="check"><input type="checkbox" name=format!("postpone-also-{i}")
                            prop:checked=move || !unticked.with(|u| u.contains(&i))
                            on:change=move |_| unticked.update(|u| if let Some(x) = u.iter().position(|x| *x == i) { u.remove(x); } else { u.push(i) })/>
                            <span>{move || (t().also_postpone)(&name)}</span></label>
                        <ul>{lines(&o.shifts).into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    </div>
                }
            }).collect_view()}
            <button type="button" class="button" data-testid="confirm-postpone" on:click=postpone>{move || t().postpone_confirm}</button>
            <button type="button" class="button button--quiet" on:click=move |_| open.set(false)>{move || data_strings(lang.get()).cancel}</button>
        </div>
    }
}
