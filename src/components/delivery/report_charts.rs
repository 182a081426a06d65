//! The report's charts: sessions planned and delivered, fidelity, adaptations by light, and
//! pre/post percent correct for the questions someone answered.

use super::charts::{BarChart, Group};
use crate::app::use_plans;
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::i18n::{delivery_strings, strings};
use planner_domain::report::{Report, Totals};
use planner_domain::results::{item_by_key, item_label, short_prompt};

/// The charts of report `r`, in `lang`.
pub fn charts(r: &Report, lang: planner_domain::Lang) -> impl IntoView {
    let t = delivery_strings(lang);
    let plans = use_plans();
    let name = |i: usize| {
        plans
            .list
            .with_untracked(|ps| ps.get(i).map(|p| p.name.clone()).unwrap_or_default())
    };
    let per_plan = |f: &dyn Fn(&Totals) -> Vec<u32>| {
        r.plans
            .iter()
            .map(|p| Group {
                label: name(p.plan),
                values: f(&p.totals),
            })
            .collect::<Vec<_>>()
    };
    let delivery = per_plan(&|t| vec![t.planned as u32, t.delivered as u32]);
    let fidelity = per_plan(&|t| vec![t.fidelity().unwrap_or(0)]);
    let lights = vec![
        Group {
            label: strings(lang).light_green.into(),
            values: vec![r.total.lights[0]],
        },
        Group {
            label: strings(lang).light_yellow.into(),
            values: vec![r.total.lights[1]],
        },
        Group {
            label: strings(lang).light_red.into(),
            values: vec![r.total.lights[2]],
        },
    ];
    // Items nobody answered get no 0% bars: one line says how many were left out. Across
    // several plans a question's number differs, so it is named by its prompt alone.
    let library = use_library();
    let one_plan = r.plans.len() == 1;
    let outcomes = r
        .answered_outcomes()
        .map(|o| Group {
            label: match (one_plan, item_by_key(library, &o.key)) {
                (false, Some(item)) => short_prompt(item, lang),
                _ => item_label(library, &o.key, o.number, lang),
            },
            values: vec![o.pre.percent().unwrap_or(0), o.post.percent().unwrap_or(0)],
        })
        .collect::<Vec<_>>();
    let unanswered = r.outcomes.len() - outcomes.len();
    view! {
        <BarChart id="chart-delivery" title=t.chart_delivery.into() series=vec![t.legend_planned.into(), t.legend_delivered.into()] groups=delivery max=1 unit=""/>
        <BarChart id="chart-fidelity" title=t.chart_fidelity.into() series=vec![t.m_fidelity.into()] groups=fidelity max=100 unit="%"/>
        <BarChart id="chart-lights" title=t.chart_lights.into() series=vec![t.adaptations_heading.into()] groups=lights max=1 unit=""/>
        {(!outcomes.is_empty()).then(|| view! {
            <BarChart id="chart-outcomes" title=t.chart_outcomes.into() series=vec![t.col_before.into(), t.col_after.into()] groups=outcomes max=100 unit="%"/>
        })}
        {(unanswered > 0).then(|| view! { <p class="report__note" data-testid="unanswered-items">{(t.unanswered_items)(unanswered)}</p> })}
    }
}
