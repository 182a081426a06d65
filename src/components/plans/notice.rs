//! The plans list's notices of added and removed plans, each with Undo and Redo.

use crate::app::{use_lang, use_plans};
use leptos::prelude::*;
use planner_domain::i18n::strings;

/// The notices after plans were created, imported, duplicated or deleted, newest first: each
/// names its plans and offers Undo, then Redo, so nothing leaves the list without a way back.
#[component]
pub fn ListChangeNotice() -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    move || {
        plans
            .list_changes
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, change)| {
                let t = strings(lang.get());
                let text = change.notice(lang.get());
                let (label, testid) = if change.undone {
                    (t.redo, "list-redo")
                } else {
                    (t.undo, "list-undo")
                };
                view! {
                    <p class="notice toast" role="status" data-testid="list-notice">
                        {text}" "
                        <button type="button" class="button button--quiet" data-testid=testid
                            on:click=move |_| plans.toggle_list_change(index)>{label}</button>
                    </p>
                }
            })
            .collect_view()
    }
}
