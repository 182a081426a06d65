//! The table of risk and protective factors and the sessions addressing each.

use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::coverage::{self, FactorKind};
use planner_domain::curriculum::List;
use planner_domain::i18n::check_strings;
use planner_domain::plan::Plan;
use planner_domain::Lang;

/// Every risk and protective factor of the vocabulary, with the sessions addressing it.
///
/// Like the rings, it takes the plan and the language so the packet can reuse it.
#[component]
pub fn FactorTable(
    #[prop(into)] plan: Signal<Plan>,
    #[prop(into)] lang: Signal<Lang>,
) -> impl IntoView {
    let library = use_library();
    let t = move || check_strings(lang.get());
    // A memo: edits that do not change the table (typing a plan's name) re-render nothing.
    let rows = Memo::new(move |_| {
        let lang = lang.get();
        let t = check_strings(lang);
        plan.with(|p| {
            let sessions = coverage::item_sessions(p, library);
            coverage::factors(p, library)
                .into_iter()
                .map(|row| {
                    let list = match row.kind {
                        FactorKind::Risk => List::RiskFactors,
                        FactorKind::Protective => List::ProtectiveFactors,
                    };
                    let name = library.vocabulary.name(list, &row.id, lang).to_string();
                    let kind = match row.kind {
                        FactorKind::Risk => t.risk,
                        FactorKind::Protective => t.protective,
                    };
                    let addressed: Vec<String> = row
                        .items
                        .iter()
                        .filter_map(|&i| {
                            let numbers = sessions.get(i)?;
                            let title = library
                                .lesson(&p.items[i].lesson)?
                                .title
                                .get(lang)
                                .to_string();
                            Some((t.sessions_of)(*numbers.first()?, *numbers.last()?, &title))
                        })
                        .collect();
                    (row.id, name, kind, addressed)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <table class="factor-table" data-testid="factor-table">
            <caption>{move || t().factors_heading}</caption>
            <thead>
                <tr>
                    <th scope="col">{move || t().factor}</th>
                    <th scope="col">{move || t().factor_kind}</th>
                    <th scope="col">{move || t().addressed_by}</th>
                </tr>
            </thead>
            <tbody>
                {move || rows.get().into_iter().map(|(id, name, kind, addressed)| {
                    let none = addressed.is_empty();
                    view! {
                        <tr data-factor=id data-count=addressed.len().to_string()>
                            <th scope="row">{name}</th>
                            <td>{kind}</td>
                            <td class:factor-table__none=none>
                                {if none {
                                    t().not_addressed.to_string()
                                } else {
                                    addressed.join("; ")
                                }}
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
