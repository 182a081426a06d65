//! A lesson's "Add to plan" button.

use super::add_lesson;
use crate::app::{use_announcer, use_lang, use_plans};
use leptos::prelude::*;
use planner_domain::curriculum::Lesson;
use planner_domain::i18n::strings;
use planner_domain::route::Route;

/// "Add to plan" for one lesson, with where it already is in the target plan.
#[component]
pub fn AddButton(lesson: &'static Lesson) -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let announcer = use_announcer();
    let asking = RwSignal::new(false);
    let placed = Memo::new(move |_| {
        let target = plans.valid_target()?;
        plans.list.with(|ps| {
            let plan = ps.iter().find(|p| p.id == target)?;
            Some((
                plan.id.clone(),
                plan.name.clone(),
                plan.position_of_lesson(&lesson.id)? + 1,
            ))
        })
    });
    let add = move || {
        asking.set(false);
        add_lesson(plans, announcer, lesson, lang.get_untracked());
    };
    // Already in the target plan: ask first. Clicked before the stored plans are read, the
    // answer waits for them (the lesson may be in a plan not read yet).
    let ask_or_add = move || {
        if placed.with_untracked(Option::is_some) {
            asking.set(true)
        } else {
            add()
        }
    };
    let click = move || {
        if plans.is_read() {
            ask_or_add();
        } else {
            leptos::task::spawn_local(async move {
                if plans.read().await && !asking.is_disposed() {
                    ask_or_add();
                }
            });
        }
    };
    let again = NodeRef::<leptos::html::Button>::new();
    // The question replaces the button: the focus goes to its answer, not to the page.
    Effect::new(move |_| {
        if let Some(button) = again.get() {
            let _ = button.focus();
        }
    });
    let t = move || strings(lang.get());
    let title = move || lesson.title_in(lang.get());
    view! {
        // A link to the plan: the way to it after adding lessons.
        {move || placed.get().map(|(id, plan, n)| view! {
            <p class="in-plan"><a data-testid="in-plan" href=Route::Plan(id).to_hash()>{move || (t().in_plan)(&plan, n)}</a></p>
        })}
        <Show when=move || asking.get() && placed.with(Option::is_some)
            fallback=move || view! {
                <button type="button" class="button" data-testid="add-to-plan"
                    on:click=move |_| click()>
                    {move || t().add_to_plan}
                    <span class="visually-hidden">{move || format!(": {}", title())}</span>
                </button>
            }>
            <div class="confirm" role="group" data-testid="add-again-confirm">
                <p>{move || placed.get().map(|(_, plan, n)| (t().already_in_plan)(&title(), &plan, n))}</p>
                <button type="button" class="button" data-testid="add-again" node_ref=again
                    on:click=move |_| add()>{move || t().add_again}</button>
                " "
                <button type="button" class="button button--quiet" data-testid="add-again-cancel"
                    on:click=move |_| asking.set(false)>{move || t().cancel}</button>
            </div>
        </Show>
    }
}
