//! The answers grid's question key: which question each letter of a student's answers
//! stands for, worded as the test printed it, on screen and on paper.

use super::results::ResultsCtx;
use super::PlanMemo;
use crate::app::use_lang;
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::i18n::delivery_strings;

#[component]
pub fn GridKey(ctx: ResultsCtx, plan: PlanMemo) -> impl IntoView {
    let lang = use_lang();
    let library = use_library();
    let t = move || delivery_strings(lang.get());
    let key = move || {
        plan.with(|p| {
            p.as_ref().map_or_else(Vec::new, |p| {
                ctx.results.with(|r| r.grid_key(p, library, lang.get()))
            })
        })
    };
    view! {
        <section class="grid-key" aria-labelledby="grid-key-heading" data-testid="grid-key">
            <h3 id="grid-key-heading">{move || t().grid_key_heading}</h3>
            <p class="hint">{move || t().grid_key_hint}</p>
            <ol class="grid-key__list">
                {move || key().into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}
            </ol>
        </section>
    }
}
