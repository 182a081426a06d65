//! Percent correct before and after, per question and overall, with the change; questions
//! with too few answers are marked.

use super::PlanMemo;
use crate::app::use_lang;
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::i18n::delivery_strings;
use planner_domain::results::{item_label, overall, test_items, Entry, Outcome, Results};

/// The cells of one outcome row: before, after, change (with the "too few" mark).
pub fn outcome_cells(o: &Outcome, lang: planner_domain::Lang) -> [String; 3] {
    let t = delivery_strings(lang);
    let pct = |p: Option<u32>| p.map(|p| (t.percent)(p)).unwrap_or_else(|| "–".into());
    let mut change = o
        .change()
        .map(|c| (t.points)(c))
        .unwrap_or_else(|| "–".into());
    if o.too_few {
        change = format!("{change} ({})", t.too_few);
    }
    [
        format!("{} ({})", pct(o.pre.percent()), o.pre.answered),
        format!("{} ({})", pct(o.post.percent()), o.post.answered),
        change,
    ]
}

#[component]
pub fn OutcomesTable(plan: PlanMemo, results: Memo<Results>) -> impl IntoView {
    let lang = use_lang();
    let library = use_library();
    let t = move || delivery_strings(lang.get());
    let rows = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| results.with(|r| r.outcomes(&test_items(p, library))))
                .unwrap_or_default()
        })
    });
    view! {
        <h3>{move || t().outcome_heading}</h3>
        <p class="hint" data-testid="paired">{move || results.with(|r| match r.entry {
            Entry::Grid => (t().paired)(r.paired()),
            Entry::Tally => { let (pre, post) = r.tally_takers(); (t().tally_known)(pre, post) }
        })}</p>
        <div class="table-scroll" tabindex="0" role="region" aria-label=move || t().outcome_heading>
            <table data-testid="outcomes">
                <thead><tr>
                    <th scope="col">{move || t().col_question}</th>
                    <th scope="col">{move || t().col_before}</th>
                    <th scope="col">{move || t().col_after}</th>
                    <th scope="col">{move || t().col_change}</th>
                </tr></thead>
                <tbody>
                    {move || {
                        let lang = lang.get();
                        let rows = rows.get();
                        let all = overall(&rows);
                        rows.iter().map(|o| item_label(library, &o.key, o.number, lang)).zip(rows.iter())
                            .chain(std::iter::once((delivery_strings(lang).all_questions.to_string(), &all)))
                            .map(|(label, o)| {
                                let [a, b, c] = outcome_cells(o, lang);
                                view! { <tr data-too-few=o.too_few.to_string()><th scope="row">{label}</th><td>{a}</td><td>{b}</td><td data-testid="change">{c}</td></tr> }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}
