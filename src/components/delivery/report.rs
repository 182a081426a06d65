//! The delivery report for a program lead and funders: choose dates and plans, read the
//! charts and the table, print it, or download the CSV files (columns in docs/reports.md).

use super::report_charts::charts;
use super::report_table::ReportTable;
use crate::app::{use_announcer, use_lang, use_plans};
use crate::content::use_library;
use crate::storage;
use leptos::prelude::*;
use planner_domain::i18n::{delivery_strings, long_date};
use planner_domain::report::{build, file_name, sessions_csv, summary_csv, Query};

#[component]
pub fn ReportView() -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let library = use_library();
    let t = move || delivery_strings(lang.get());
    let from = RwSignal::new(None);
    let to = RwSignal::new(None);
    let excluded = RwSignal::new(Vec::<String>::new());
    let query = Memo::new(move |_| {
        let ex = excluded.get();
        let chosen: Vec<String> = plans.list.with(|ps| {
            ps.iter()
                .map(|p| p.id.clone())
                .filter(|id| !ex.contains(id))
                .collect()
        });
        Query {
            from: from.get(),
            to: to.get(),
            plans: chosen,
        }
    });
    let report = Memo::new(move |_| plans.list.with(|ps| build(ps, library, &query.get())));
    let agency = RwSignal::new(storage::agency());
    let covers = move || {
        let l = lang.get();
        match report.with(|r| r.range(&query.get())) {
            Some((a, b)) => (t().report_range)(&long_date(a, l), &long_date(b, l)),
            None => t().report_all_dates.to_string(),
        }
    };
    let announcer = use_announcer();
    let download = move |summary: bool| {
        let q = query.get_untracked();
        let bytes = plans.list.with_untracked(|ps| {
            let r = build(ps, library, &q);
            if summary {
                summary_csv(&r, ps, library, &q, lang.get_untracked())
            } else {
                sessions_csv(&r, ps, library, lang.get_untracked())
            }
        });
        let text = String::from_utf8(bytes).unwrap_or_default();
        announcer.download(
            &file_name(if summary { "summary" } else { "sessions" }, &q),
            &text,
            "text/csv;charset=utf-8",
        );
    };
    let date_input = move |label: fn(
        &'static planner_domain::i18n::delivery::DeliveryStrings,
    ) -> &'static str,
                           name: &'static str,
                           sig: RwSignal<Option<chrono::NaiveDate>>| {
        view! {
            <label class="field field--short"><span>{move || label(t())}</span>
                <input type="date" name=name on:change=move |ev| sig.set(event_target_value(&ev).parse().ok())/></label>
        }
    };
    view! {
        <section class="report" aria-labelledby="report-heading" data-testid="report">
            <Show when=move || agency.with(|a| !a.trim().is_empty())>
                <p class="report__agency" data-testid="report-agency">{move || agency.get()}</p>
            </Show>
            <h2 id="report-heading">{move || t().report_heading}</h2>
            <p class="report__range" data-testid="report-range">{covers}</p>
            <p class="no-print">{move || t().report_intro}</p>
            <form class="no-print" on:submit=|ev| ev.prevent_default()>
                <label class="field"><span>{move || t().agency_label}</span>
                    <input type="text" name="agency" autocomplete="organization" prop:value=move || agency.get()
                        on:input=move |ev| { let v = event_target_value(&ev); storage::save_agency(&v); agency.set(v); }/></label>
                <div class="form-grid">{date_input(|t| t.from, "report-from", from)}{date_input(|t| t.to, "report-to", to)}</div>
                <fieldset><legend>{move || t().plans_in_report}</legend>
                    {move || plans.list.with(|ps| ps.iter().map(|p| {
                        let id = p.id.clone();
                        let id2 = id.clone();
                        view! { <label class="check"><input type="checkbox" name="report-plan" value=id.clone()
                            prop:checked=move || !excluded.with(|e| e.contains(&id))
                            on:change=move |_| excluded.update(|e| if let Some(i) = e.iter().position(|x| *x == id2) { e.remove(i); } else { e.push(id2.clone()) })/>
                            <span>{p.name.clone()}</span></label> }
                    }).collect_view())}
                </fieldset>
                <div class="toolbar__actions">
                    <button type="button" class="button" data-testid="print-report" on:click=|_| { let _ = window().print(); }>{move || t().print_report}</button>
                    <button type="button" class="button button--quiet" data-testid="sessions-csv" on:click=move |_| download(false)>{move || t().download_sessions_csv}</button>
                    <button type="button" class="button button--quiet" data-testid="summary-csv" on:click=move |_| download(true)>{move || t().download_summary_csv}</button>
                </div>
            </form>
            <Show when=move || query.with(|q| q.plans.is_empty())><p class="notice">{move || t().no_plans_selected}</p></Show>
            {move || { lang.track(); view! { <ReportTable report=report.get()/> } }}
            <p class="hint">{move || t().reached_hint}" "{move || t().chart_note}</p>
            {move || charts(&report.get(), lang.get())}
        </section>
    }
}
