//! A plan's list of lessons, reordered by drag or by keyboard, each announced when it moves.

use super::item_row::PlanItemRow;
use super::PlanMemo;
use crate::app::{use_announcer, use_lang, use_plans};
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::i18n::{plan_strings, strings};
use wasm_bindgen::JsCast;

/// Moves keyboard focus to a control of the row now at `index`, after the list re-renders,
/// so a keyboard user keeps moving the same lesson.
fn focus_row_control(index: usize, class: &'static str) {
    request_animation_frame(move || {
        let selector = format!("[data-index=\"{index}\"] .{class}");
        if let Ok(Some(el)) = document().query_selector(&selector) {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

/// The "Lessons in this plan" card.
#[component]
pub fn PlanItems(
    /// The plan shown.
    plan: PlanMemo,
    /// Its id, for edits.
    id: String,
) -> impl IntoView {
    let plans = use_plans();
    let announcer = use_announcer();
    let lang = use_lang();
    let t = move || strings(lang.get());
    let id = StoredValue::new(id);
    let library = use_library();
    let count = move || plan.with(|p| p.as_ref().map_or(0, |p| p.items.len()));
    let dragging = RwSignal::new(None::<u32>);

    let move_item = Callback::new(
        move |(from, to, focus): (usize, usize, Option<&'static str>)| {
            id.with_value(|id| plans.edit(id, None, |p| p.move_item(from, to)));
            let title = plan.with_untracked(|p| {
                p.as_ref()
                    .and_then(|p| p.items.get(to))
                    .and_then(|it| library.lesson(&it.lesson))
                    .map(|l| l.title.get(lang.get_untracked()).to_string())
            });
            if let Some(title) = title {
                announcer.say((plan_strings(lang.get_untracked()).moved)(&title, to + 1));
            }
            if let Some(class) = focus {
                focus_row_control(to, class);
            }
        },
    );

    view! {
        <section class="card" aria-labelledby="items-heading">
            <h3 id="items-heading">{move || plan_strings(lang.get()).lessons_in_plan}</h3>
            <Show when=move || count() == 0>
                <p class="notice">{move || plan_strings(lang.get()).no_lessons_yet}" "<a href="#/library">{move || t().nav_library}</a></p>
            </Show>
            <p class="hint">{move || plan_strings(lang.get()).drag_hint}</p>
            <ol class="plan-items" data-testid="plan-items" on:dragover=move |ev: web_sys::DragEvent| scroll_while_dragging(ev.client_y())>
                <For
                    each=move || plan.with(|p| p.as_ref().map(|p| p.items.iter().map(|it| it.id).collect::<Vec<_>>()).unwrap_or_default())
                    key=|item_id| *item_id
                    children=move |item_id| view! { <PlanItemRow plan id item_id count=Signal::derive(count) dragging move_item/> }
                />
            </ol>
        </section>
    }
}

/// How close to the window's top or bottom edge (px) a drag scrolls the page, and by how much
/// per drag event, so a lesson can be dragged past the part of the list on screen.
const DRAG_EDGE: i32 = 60;
const DRAG_STEP: f64 = 24.0;

/// Scrolls the page while a drag is near its top or bottom edge.
fn scroll_while_dragging(y: i32) {
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0) as i32;
    if y < DRAG_EDGE {
        window().scroll_by_with_x_and_y(0.0, -DRAG_STEP);
    } else if y > height - DRAG_EDGE {
        window().scroll_by_with_x_and_y(0.0, DRAG_STEP);
    }
}
