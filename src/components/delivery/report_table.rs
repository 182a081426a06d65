//! The report's numbers as a table: every measure per plan and in total, the same numbers
//! the charts draw, for screen readers, print and black-and-white copies.

use crate::app::{use_lang, use_plans};
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::i18n::delivery_strings;
use planner_domain::report::{tenths, Report, Totals};

/// Every measure per plan and in total, as a table.
#[component]
pub fn ReportTable(report: Report) -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let library = use_library();
    let l = lang.get_untracked();
    let t = delivery_strings(l);
    let pct = |p: Option<u32>| p.map(|p| (t.percent)(p)).unwrap_or_else(|| "–".into());
    let levels = |lv: &[usize; 4]| {
        let covered: Vec<_> = planner_domain::curriculum::Level::ALL
            .iter()
            .zip(lv)
            .filter(|(_, n)| **n > 0)
            .map(|(l, _)| *l)
            .collect();
        library
            .vocabulary
            .names(planner_domain::curriculum::List::Levels, &covered, l)
            .join(", ")
    };
    let column =
        |t_: &Totals, o: &planner_domain::results::Outcome, lv: &[usize; 4], factors: usize| {
            vec![
                t_.sections.to_string(),
                t_.planned.to_string(),
                t_.delivered.to_string(),
                t_.postponed.to_string(),
                t_.minutes.to_string(),
                t_.reached.to_string(),
                t_.average_attendance_tenths()
                    .map(tenths)
                    .unwrap_or_else(|| "–".into()),
                pct(t_.fidelity()),
                t_.lights[0].to_string(),
                t_.lights[1].to_string(),
                t_.lights[2].to_string(),
                super::outcomes::outcome_cells(o, l)[2].clone(),
                levels(lv),
                factors.to_string(),
            ]
        };
    let mut columns: Vec<(String, Vec<String>)> = report
        .plans
        .iter()
        .map(|p| {
            (
                plans.list.with_untracked(|ps| ps[p.plan].name.clone()),
                column(&p.totals, &p.overall, &p.levels, p.factors.len()),
            )
        })
        .collect();
    columns.push((
        t.total.into(),
        column(
            &report.total,
            &report.overall,
            &report.levels,
            report.factors.len(),
        ),
    ));
    let measures = [
        t.m_sections,
        t.m_planned,
        t.m_delivered,
        t.m_postponed,
        t.m_minutes,
        t.m_reached,
        t.m_attendance,
        t.m_fidelity,
        t.m_green,
        t.m_yellow,
        t.m_red,
        t.m_change,
        t.m_levels,
        t.m_factors,
    ];
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t.report_table>
            <table data-testid="report-table">
                <thead><tr><th scope="col">{t.col_measure}</th>{columns.iter().map(|(n, _)| view! { <th scope="col">{n.clone()}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {measures.iter().enumerate().map(|(i, m)| view! {
                        <tr><th scope="row">{*m}</th>{columns.iter().map(|(_, c)| view! { <td>{c[i].clone()}</td> }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
