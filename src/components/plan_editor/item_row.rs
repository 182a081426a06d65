//! One lesson of a plan, collapsed to one line (number, title, minutes, flags, move and remove)
//! with its notes, steps and split choice opened on demand, so a six-lesson plan fits a laptop
//! screen.

use crate::app::{navigate, use_lang, use_plans};
use crate::components::coverage::LanguageAdvice;
use crate::components::field::synced_value;
use crate::components::my_lesson::SwapForCopy;
use crate::components::plan_editor::StepList;
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::i18n::strings;
use planner_domain::plan::Plan;
use planner_domain::route::Route;

/// Moves item `from` to `to`, then focuses that control of the moved row (if any).
pub type MoveItem = Callback<(usize, usize, Option<&'static str>)>;

#[component]
pub fn PlanItemRow(
    plan: Memo<Option<Plan>>,
    id: StoredValue<String>,
    i: usize,
    count: Signal<usize>,
    dragging: RwSignal<Option<usize>>,
    move_item: MoveItem,
) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let t = move || strings(lang.get());
    let library = use_library();
    let open = RwSignal::new(false);
    // Memos: typing elsewhere in the plan changes the plan but not this row, and then
    // nothing in the row re-renders.
    let item = Memo::new(move |_| plan.with(|p| p.as_ref().and_then(|p| p.items.get(i).cloned())));
    let lesson_id = Memo::new(move |_| item.with(|it| it.as_ref().map(|it| it.lesson.clone())));
    let lesson = move || lesson_id.with(|id| id.as_deref().and_then(|id| library.lesson(id)));
    let notes = Memo::new(move |_| {
        item.with(|it| it.as_ref().map(|it| it.notes.clone()).unwrap_or_default())
    });
    let edit = move |key: Option<String>, f: Box<dyn FnOnce(&mut Plan)>| {
        id.with_value(|id| plans.edit(id, key.as_deref(), f))
    };
    let title = move || match (lesson(), lesson_id.get()) {
        (Some(l), _) => l.title.get(l.text_lang(lang.get())).to_string(),
        (None, Some(id)) => id,
        _ => String::new(),
    };
    let too_long =
        Memo::new(move |_| plan.with(|p| p.as_ref().is_some_and(|p| p.too_long(i, library))));
    let minutes = move || match (lesson(), item.get()) {
        (Some(l), Some(it)) => it.minutes(l),
        _ => 0,
    };
    let period = Memo::new(move |_| plan.with(|p| p.as_ref().map_or(0, |p| p.period_minutes())));
    let split = Memo::new(move |_| item.with(|it| it.as_ref().is_some_and(|it| it.split)));
    let skipped = Memo::new(move |_| item.with(|it| it.as_ref().map_or(0, |it| it.skipped.len())));
    let can_split = Memo::new(move |_| {
        lesson().is_some_and(|l| u32::from(period.get()) < u32::from(l.minutes)) || split.get()
    });
    let hidden_title = move || format!(": {}", title());
    view! {
        <li class="plan-item" data-index=i data-lesson-id=move || lesson_id.get().unwrap_or_default()
            class:plan-item--dragging=move || dragging.get() == Some(i)
            on:dragover=move |ev| ev.prevent_default()
            on:drop=move |ev| {
                ev.prevent_default();
                if let Some(from) = dragging.get_untracked() {
                    if from != i { move_item.run((from, i, None)); }
                }
                dragging.set(None);
            }
        >
            <div class="plan-item__head">
                <span class="drag-handle" draggable="true" aria-hidden="true" title=move || t().drag_hint
                    on:dragstart=move |ev: web_sys::DragEvent| {
                        dragging.set(Some(i));
                        if let Some(dt) = ev.data_transfer() {
                            let _ = dt.set_data("text/plain", &i.to_string());
                            dt.set_effect_allowed("move");
                        }
                    }
                    on:dragend=move |_| dragging.set(None)
                >{move || t().drag_handle}</span>
                <h4 class="plan-item__title">
                    <span class="plan-item__number">{format!("{}. ", i + 1)}</span>
                    {title}
                </h4>
                <span class="plan-item__minutes">{move || format!("{} {}", minutes(), t().min)}</span>
                <span class="plan-item__flags" data-testid="row-flags">
                    {move || too_long.get().then(|| view! { <span class="flag" data-testid="too-long-flag" aria-hidden="true" title=move || (t().too_long)(minutes(), period.get())>{move || t().warning_sign}</span> })}
                    {move || split.get().then(|| view! { <span class="tag">{move || t().daily.flag_split}</span> })}
                    {move || (skipped.get() > 0).then(|| view! { <span class="tag">{move || (t().daily.flag_skipped)(skipped.get())}</span> })}
                    {move || notes.with(|n| !n.trim().is_empty()).then(|| view! { <span class="tag">{move || t().daily.flag_notes}</span> })}
                </span>
                <span class="plan-item__actions">
                    <button type="button" class="button button--quiet button--small more" data-testid="row-more"
                        aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                        {move || t().daily.row_details}<span class="visually-hidden">{hidden_title}</span>
                    </button>
                    <button type="button" class="button button--quiet button--small move-up" disabled=move || i == 0
                        on:click=move |_| move_item.run((i, i - 1, Some(if i == 1 { "move-down" } else { "move-up" })))>
                        {move || t().move_up}<span class="visually-hidden">{hidden_title}</span>
                    </button>
                    <button type="button" class="button button--quiet button--small move-down" disabled=move || { i + 1 >= count.get() }
                        on:click=move |_| { let last = i + 2 >= count.get_untracked(); move_item.run((i, i + 1, Some(if last { "move-up" } else { "move-down" }))) }>
                        {move || t().move_down}<span class="visually-hidden">{hidden_title}</span>
                    </button>
                    <button type="button" class="button button--danger button--small remove"
                        on:click=move |_| edit(None, Box::new(move |p| p.remove(i)))>
                        {move || t().remove}<span class="visually-hidden">{hidden_title}</span>
                    </button>
                </span>
            </div>
            {move || lesson().is_none().then(|| view! {
                <p class="notice notice--warning" data-testid="missing-lesson">{move || (t().missing_lesson)(&lesson_id.get().unwrap_or_default())}</p>
            })}
            <SwapForCopy plan_id=id index=i lesson_id/>
            {move || too_long.get().then(|| view! {
                <p class="flag" data-testid="too-long">{move || format!("{} {}", t().warning_sign, (t().too_long)(minutes(), period.get()))}</p>
            })}
            {move || can_split.get().then(|| view! {
                <label class="check">
                    <input type="checkbox" class="split" prop:checked=move || split.get()
                        on:change=move |_| edit(None, Box::new(move |p| { if let Some(it) = p.items.get_mut(i) { it.split = !it.split; } }))/>
                    <span>{move || t().split_lesson}</span>
                </label>
            })}
            <Show when=move || open.get()>
                <div class="plan-item__more" data-testid="row-details">
                    <label class="field">
                        <span>{move || t().lesson_notes}</span>
                        <textarea class="item-notes" rows="2" use:synced_value=notes.into()
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                let key = id.with_value(|id| format!("{id}.item.{i}.notes"));
                                edit(Some(key), Box::new(move |p| { if let Some(it) = p.items.get_mut(i) { it.notes = v; } }));
                            }
                        ></textarea>
                    </label>
                    <LanguageAdvice text=notes/>
                    {move || lesson().map(|l| {
                        let lang = lang.get();
                        view! { <StepList lesson=l index=i item_skipped=move || item.with(|it| it.as_ref().map(|it| it.skipped.clone()).unwrap_or_default()) lang edit=move |f| edit(None, f)/> }
                    })}
                    <button type="button" class="button button--quiet" data-testid="add-after" on:click=move |_| {
                        plans.target.set(Some(id.get_value()));
                        plans.insert_after.set(Some(i));
                        navigate(&Route::Library(String::new()));
                    }>{move || t().daily.add_after_this}</button>
                </div>
            </Show>
        </li>
    }
}
