//! One lesson of a plan, collapsed to one line (number, title, minutes, flags, move and remove)
//! with its notes, steps and split choice opened on demand, so a six-lesson plan fits a laptop
//! screen.

use super::row_actions::RowActions;
use super::row_details::RowDetails;
use super::row_flags::RowFlags;
use crate::app::{use_lang, use_plans};
use crate::components::my_lesson::SwapForCopy;
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::i18n::{plan_strings, strings};
use planner_domain::plan::{Plan, PlanItem};

/// Moves item `from` to `to`, then focuses that control of the moved row (if any).
pub type MoveItem = Callback<(usize, usize, Option<&'static str>)>;

/// A change to the plan made from one row: it finds the row's item by id when it runs, so a
/// click lands on the lesson the row shows wherever that lesson has moved.
/// The undo key (typing with one key is one undo step) and the change, given the item's place.
pub type EditItem = Callback<(Option<String>, ItemChange)>;

/// A change to the plan given where the row's item is now.
pub type ItemChange = Box<dyn FnOnce(&mut Plan, usize) + Send + Sync>;

/// A row of the plan editor's list.
#[component]
pub fn PlanItemRow(
    /// The plan the row belongs to.
    plan: Memo<Option<Plan>>,
    /// The plan's id, for edits.
    id: StoredValue<String>,
    /// The [`PlanItem::id`] the row shows; the list is keyed by it, so the row (and whether it
    /// is open) moves with its lesson.
    item_id: u32,
    /// How many lessons the plan has (the last row cannot move down).
    count: Signal<usize>,
    /// The id of the item being dragged, if any.
    dragging: RwSignal<Option<u32>>,
    move_item: MoveItem,
) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let t = move || strings(lang.get());
    let library = use_library();
    let open = RwSignal::new(false);
    // Typing elsewhere in the plan changes the plan but not this item: nothing in the row
    // re-renders then.
    let item: Memo<Option<PlanItem>> = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .and_then(|p| p.items.iter().find(|it| it.id == item_id).cloned())
        })
    });
    let index = Memo::new(move |_| {
        plan.with(|p| p.as_ref().and_then(|p| p.position_of(item_id)).unwrap_or(0))
    });
    let lesson_id = Memo::new(move |_| item.with(|it| it.as_ref().map(|it| it.lesson.clone())));
    let period = Memo::new(move |_| plan.with(|p| p.as_ref().map_or(0, |p| p.period_minutes())));
    let lesson = move || lesson_id.with(|id| id.as_deref().and_then(|id| library.lesson(id)));
    let edit: EditItem = Callback::new(move |(key, f): (Option<String>, ItemChange)| {
        id.with_value(|id| {
            plans.edit(id, key.as_deref(), move |p| {
                if let Some(i) = p.position_of(item_id) {
                    f(p, i);
                }
            })
        })
    });
    let title = Signal::derive(move || match (lesson(), lesson_id.get()) {
        (Some(l), _) => l.title_in(lang.get()),
        (None, Some(id)) => id,
        _ => String::new(),
    });
    let minutes = Signal::derive(move || match (lesson(), item.get()) {
        (Some(l), Some(it)) => it.minutes(l),
        _ => 0,
    });
    let too_long = Signal::derive(move || {
        item.with(|it| {
            it.as_ref()
                .zip(lesson())
                .is_some_and(|(it, l)| it.overruns(l, period.get()))
        })
    });
    let split = move || item.with(|it| it.as_ref().is_some_and(|it| it.split));
    let can_split =
        move || lesson().is_some_and(|l| u32::from(period.get()) < u32::from(l.minutes)) || split();
    view! {
        <li class="plan-item" data-index=move || index.get() data-lesson-id=move || lesson_id.get().unwrap_or_default()
            class:plan-item--dragging=move || dragging.get() == Some(item_id)
            on:dragover=move |ev| ev.prevent_default()
            on:drop=move |ev| {
                ev.prevent_default();
                let from = dragging.get_untracked().and_then(|d| plan.with_untracked(|p| p.as_ref()?.position_of(d)));
                if let Some(from) = from {
                    let to = index.get_untracked();
                    if from != to { move_item.run((from, to, None)); }
                }
                dragging.set(None);
            }
        >
            <div class="plan-item__head">
                <span class="drag-handle" draggable="true" aria-hidden="true" title=move || plan_strings(lang.get()).drag_hint
                    on:dragstart=move |ev: web_sys::DragEvent| {
                        dragging.set(Some(item_id));
                        if let Some(dt) = ev.data_transfer() {
                            let _ = dt.set_data("text/plain", &index.get_untracked().to_string());
                            dt.set_effect_allowed("move");
                        }
                    }
                    on:dragend=move |_| dragging.set(None)
                >{move || plan_strings(lang.get()).drag_handle}</span>
                <h4 class="plan-item__title">
                    <span class="plan-item__number">{move || format!("{}. ", index.get() + 1)}</span>
                    {move || title.get()}
                </h4>
                <span class="plan-item__minutes">{move || format!("{} {}", minutes.get(), t().min)}</span>
                <RowFlags item too_long minutes period/>
                <RowActions open index count title move_item edit/>
            </div>
            {move || lesson().is_none().then(|| view! {
                <p class="notice notice--warning" data-testid="missing-lesson">{move || (plan_strings(lang.get()).missing_lesson)(&lesson_id.get().unwrap_or_default())}</p>
            })}
            <SwapForCopy plan_id=id item_id lesson_id/>
            {move || too_long.get().then(|| view! {
                <p class="flag" data-testid="too-long">{move || format!("{} {}", t().warning_sign, (plan_strings(lang.get()).too_long)(minutes.get(), period.get()))}</p>
            })}
            {move || can_split().then(|| view! {
                <label class="check">
                    <input type="checkbox" class="split" prop:checked=split
                        on:change=move |_| edit.run((None, Box::new(|p, i| p.items[i].split = !p.items[i].split)))/>
                    <span>{move || plan_strings(lang.get()).split_lesson}</span>
                </label>
            })}
            <Show when=move || open.get()>
                <RowDetails id item_id item index lesson_id edit/>
            </Show>
        </li>
    }
}
