//! The plan's coverage and checks: the social-ecological rings, the factor table, the checks
//! with their fixes, the dosage and evaluation settings, and language-guide advice next to
//! the preventionist's notes. Everything shown is computed by `planner_domain::{coverage,
//! checks, wording}`; these views only draw it.

mod advice;
mod checks_list;
mod factors;
mod ring;
mod rings;
mod settings;

pub use advice::LanguageAdvice;
pub use factors::FactorTable;
pub use rings::CoverageRings;

use crate::app::use_lang;
use checks_list::ChecksList;
use leptos::prelude::*;
use planner_domain::i18n::check_strings;
use planner_domain::plan::Plan;
use settings::PlanSettings;

/// The "Coverage and checks" card of the plan editor.
#[component]
pub fn CoverageCard(
    plan: Memo<Option<Plan>>,
    id: String,
    /// In the program lead's review: no settings form and no Add or Swap buttons.
    #[prop(optional)]
    review: bool,
) -> impl IntoView {
    let lang = use_lang();
    let t = move || check_strings(lang.get());
    let current = Signal::derive(move || {
        plan.get()
            .unwrap_or_else(|| Plan::new(String::new(), String::new(), 0))
    });
    view! {
        <section class="card coverage" aria-labelledby="coverage-heading" data-testid="coverage">
            <h3 id="coverage-heading">{move || t().heading}</h3>
            <p class="hint">{move || t().intro}</p>
            <div class="coverage__picture">
                <div>
                    <h4>{move || t().rings_heading}</h4>
                    <CoverageRings plan=current size=280 lang=lang/>
                </div>
                // It scrolls sideways on a narrow screen, so a keyboard can reach it.
                <div class="coverage__factors" tabindex="0" role="region" aria-label=move || t().factors_heading>
                    <FactorTable plan=current lang=lang/>
                </div>
            </div>
            <ChecksList plan=current edit=(!review).then(|| id.clone())/>
            {(!review).then(|| view! { <PlanSettings plan=current id/> })}
        </section>
    }
}
