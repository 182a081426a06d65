//! One plan: its details, its lessons (reorder by drag or keyboard, notes, skipped steps,
//! splitting), and its schedule. Every change autosaves and can be undone.

use crate::app::{use_lang, use_plans};
use crate::components::band_swap::BandSwapOffer;
use crate::components::comments::ReviewComments;
use crate::components::coverage::CoverageCard;
use crate::components::delivery::letter::LetterCard;
use crate::components::delivery::schedules::SectionSchedules;
use crate::components::delivery::sections::SectionsCard;
use crate::components::share::PlanTransfer;
use leptos::prelude::*;
use planner_domain::i18n::{packet_strings, plan_strings, strings};
use planner_domain::plan::Plan;

/// The plan every part of the editor reads (`None` once it is deleted).
type PlanMemo = Memo<Option<Plan>>;

mod contacts;
mod details;
pub mod item_row;
mod items;
mod row_actions;
mod row_details;
mod row_flags;
mod steps;

use details::PlanDetails;
use items::PlanItems;

/// The plan screen (`#/plan/<id>`).
#[component]
pub fn PlanEditor(id: String) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let t = move || strings(lang.get());
    let plan_id = id.clone();
    let plan: PlanMemo = Memo::new(move |_| {
        plans
            .list
            .with(|ps| ps.iter().find(|p| p.id == plan_id).cloned())
    });
    // Opening a plan makes it where "Add to plan" goes, at its end unless a row says otherwise.
    if plans.target.get_untracked().as_deref() != Some(id.as_str()) {
        plans.insert_after.set(None);
    }
    plans.target.set(Some(id.clone()));
    crate::app::split::preload_print_soon();
    let exists = move || plan.with(Option::is_some);
    let id = StoredValue::new(id);

    view! {
        <Show
            when=exists
            fallback=move || view! {
                <p class="notice" role="alert">{move || plan_strings(lang.get()).no_plans}</p>
                <a href="#/plans">{move || plan_strings(lang.get()).plans_heading}</a>
            }
        >
            <section class="plan-editor" aria-labelledby="plan-heading">
                <div class="toolbar">
                    <h2 id="plan-heading">{move || plan.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default())}</h2>
                    <div class="toolbar__actions">
                        <a class="button" data-testid="print-packet"
                            href=move || planner_domain::route::Route::Print(id.get_value()).to_hash()>
                            {move || packet_strings(lang.get()).print_link}
                        </a>
                        <button type="button" class="button button--quiet" data-testid="undo"
                            disabled=move || !plans.can_undo(&id.get_value()) on:click=move |_| plans.undo(&id.get_value())>
                            {move || t().undo}
                        </button>
                        <button type="button" class="button button--quiet" data-testid="redo"
                            disabled=move || !plans.can_redo(&id.get_value()) on:click=move |_| plans.redo(&id.get_value())>
                            {move || t().redo}
                        </button>
                    </div>
                </div>
                <PlanTransfer plan/>
                <Show when=move || plan.with(|p| p.as_ref().is_some_and(|p| !p.comments.is_empty()))>
                    <ReviewComments plan id=id.get_value() write=false/>
                </Show>
                <PlanDetails plan id=id.get_value()/>
                <SectionsCard plan id=id.get_value()/>
                <LetterCard plan id=id.get_value()/>
                <BandSwapOffer plan id=id.get_value()/>
                <PlanItems plan id=id.get_value()/>
                <CoverageCard plan id=id.get_value()/>
                <SectionSchedules plan/>
            </section>
        </Show>
    }
}
