//! A plan row's buttons: open its details, move it up or down, remove it. Each names the
//! lesson to a screen reader.

use super::item_row::{EditItem, MoveItem};
use crate::app::use_lang;
use leptos::prelude::*;
use planner_domain::i18n::{daily_strings, plan_strings, strings};

/// The actions of the row at `index` of `count`, showing `title`.
#[component]
pub fn RowActions(
    /// Whether the row's details are open.
    open: RwSignal<bool>,
    index: Memo<usize>,
    count: Signal<usize>,
    title: Signal<String>,
    move_item: MoveItem,
    edit: EditItem,
) -> impl IntoView {
    let lang = use_lang();
    let t = move || strings(lang.get());
    let move_by = move |up: bool| {
        let (i, n) = (index.get_untracked(), count.get_untracked());
        let to = if up { i - 1 } else { i + 1 };
        // At either end the button just pressed is disabled: focus goes to the other one.
        let at_end = if up { to == 0 } else { to + 1 >= n };
        let focus = if at_end == up { "move-down" } else { "move-up" };
        move_item.run((i, to, Some(focus)));
    };
    let hidden_title = move || format!(": {}", title.get());
    view! {
        <span class="plan-item__actions">
            <button type="button" class="button button--quiet button--small more" data-testid="row-more"
                aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                {move || daily_strings(lang.get()).row_details}<span class="visually-hidden">{hidden_title}</span>
            </button>
            <button type="button" class="button button--quiet button--small move-up" disabled=move || index.get() == 0
                on:click=move |_| move_by(true)>
                {move || plan_strings(lang.get()).move_up}<span class="visually-hidden">{hidden_title}</span>
            </button>
            <button type="button" class="button button--quiet button--small move-down" disabled=move || { index.get() + 1 >= count.get() }
                on:click=move |_| move_by(false)>
                {move || plan_strings(lang.get()).move_down}<span class="visually-hidden">{hidden_title}</span>
            </button>
            <button type="button" class="button button--danger button--small remove"
                on:click=move |_| edit.run((None, Box::new(|p, i| p.remove(i))))>
                {move || t().remove}<span class="visually-hidden">{hidden_title}</span>
            </button>
        </span>
    }
}
