//! What a plan row opens on demand: the lesson's notes for this class, its steps to teach or
//! skip, and "Add a lesson after this one".

use super::item_row::EditItem;
use super::steps::StepList;
use crate::app::{navigate, use_lang, use_plans};
use crate::components::coverage::LanguageAdvice;
use crate::components::field::synced_value;
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::i18n::{daily_strings, plan_strings};
use planner_domain::plan::PlanItem;
use planner_domain::route::Route;

/// The open part of a [`super::item_row::PlanItemRow`].
#[component]
pub fn RowDetails(
    /// The plan's id.
    id: StoredValue<String>,
    /// The row's [`PlanItem::id`], which names its notes' undo step.
    item_id: u32,
    /// The row's item as it is now.
    item: Memo<Option<PlanItem>>,
    /// Where the item is in the plan now.
    index: Memo<usize>,
    /// The lesson the item holds.
    lesson_id: Memo<Option<String>>,
    edit: EditItem,
) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let library = use_library();
    let notes = Signal::derive(move || {
        item.with(|it| it.as_ref().map(|it| it.notes.clone()).unwrap_or_default())
    });
    let skipped =
        move || item.with(|it| it.as_ref().map(|it| it.skipped.clone()).unwrap_or_default());
    view! {
        <div class="plan-item__more" data-testid="row-details">
            <label class="field">
                <span>{move || plan_strings(lang.get()).lesson_notes}</span>
                <textarea class="item-notes" rows="2" use:synced_value=notes
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        let key = id.with_value(|id| format!("{id}.item.{item_id}.notes"));
                        edit.run((Some(key), Box::new(move |p, i| p.items[i].notes = v)));
                    }
                ></textarea>
            </label>
            <LanguageAdvice text=notes/>
            {move || lesson_id.with(|l| l.as_deref().and_then(|l| library.lesson(l))).map(|l| {
                let lang = lang.get();
                view! { <StepList lesson=l item_skipped=skipped lang edit/> }
            })}
            <button type="button" class="button button--quiet" data-testid="add-after" on:click=move |_| {
                plans.target.set(Some(id.get_value()));
                plans.insert_after.set(Some(index.get_untracked()));
                navigate(&Route::Library(String::new()));
            }>{move || daily_strings(lang.get()).add_after_this}</button>
        </div>
    }
}
