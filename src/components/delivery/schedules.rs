//! The plan's schedule for every section: a plan taught to several classes shows the one
//! chosen here (the first to begin with), so no section's dates are hidden.

use super::PlanMemo;
use crate::app::use_lang;
use crate::components::schedule::ScheduleView;
use leptos::prelude::*;
use planner_domain::i18n::delivery_strings;
use planner_domain::report::section_name;

#[component]
pub fn SectionSchedules(plan: PlanMemo) -> impl IntoView {
    let lang = use_lang();
    let chosen = RwSignal::new(0usize);
    let count = move || plan.with(|p| p.as_ref().map_or(0, |p| p.sections.len()));
    // A removed section leaves the choice on one that is still there.
    let section = Signal::derive(move || chosen.get().min(count().saturating_sub(1)));
    view! {
        <ScheduleView plan section>
        <Show when=move || { count() > 1 }>
            <label class="field field--short no-print">
                <span>{move || delivery_strings(lang.get()).schedule_of}</span>
                <select name="schedule-section" data-testid="schedule-section"
                    on:change=move |ev| chosen.set(event_target_value(&ev).parse().unwrap_or(0))>
                    {move || plan.with(|p| p.as_ref().map(|p| (0..p.sections.len()).map(|i| view! {
                        <option value=i.to_string() selected=move || section.get() == i>{section_name(p, i, lang.get())}</option>
                    }).collect_view()))}
                </select>
            </label>
        </Show>
        </ScheduleView>
    }
}
