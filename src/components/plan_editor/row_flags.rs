//! The marks on a plan row's one line: too long for the period, split over two periods, steps
//! skipped, notes written.

use crate::app::use_lang;
use leptos::prelude::*;
use planner_domain::i18n::{daily_strings, plan_strings, strings};
use planner_domain::plan::PlanItem;

/// The flags of a row's `item`; `minutes` and `period` word the too-long warning.
#[component]
pub fn RowFlags(
    item: Memo<Option<PlanItem>>,
    too_long: Signal<bool>,
    minutes: Signal<u32>,
    period: Memo<u16>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move || strings(lang.get());
    let split = move || item.with(|it| it.as_ref().is_some_and(|it| it.split));
    let skipped = move || item.with(|it| it.as_ref().map_or(0, |it| it.skipped.len()));
    let has_notes =
        move || item.with(|it| it.as_ref().is_some_and(|it| !it.notes.trim().is_empty()));
    view! {
        <span class="plan-item__flags" data-testid="row-flags">
            {move || too_long.get().then(|| view! { <span class="flag" data-testid="too-long-flag" aria-hidden="true" title=move || (plan_strings(lang.get()).too_long)(minutes.get(), period.get())>{move || t().warning_sign}</span> })}
            {move || split().then(|| view! { <span class="tag">{move || daily_strings(lang.get()).flag_split}</span> })}
            {move || (skipped() > 0).then(|| view! { <span class="tag">{move || (daily_strings(lang.get()).flag_skipped)(skipped())}</span> })}
            {move || has_notes().then(|| view! { <span class="tag">{move || daily_strings(lang.get()).flag_notes}</span> })}
        </span>
    }
}
