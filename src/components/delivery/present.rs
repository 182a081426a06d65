//! "Students present" in the delivery log: typed after class, the class size shown beside it
//! ("of 28 enrolled") but never filled in, so attendance is what she counted.

use crate::app::use_lang;
use leptos::prelude::*;
use planner_domain::delivery::PresentProblem;
use planner_domain::i18n::delivery_strings;

#[component]
pub fn PresentField(
    /// What is typed in the field.
    present: RwSignal<String>,
    /// Why the last save was refused, shown under the field.
    error: RwSignal<Option<PresentProblem>>,
    /// The section's class size, when it is known.
    enrolled: Option<u16>,
    /// The input, for the form to move focus to it.
    input: NodeRef<leptos::html::Input>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move || delivery_strings(lang.get());
    view! {
        <div class="field field--short">
            <label for="log-present" class="field__label">{move || t().present}</label>
            <div class="field__with-hint">
                <input type="number" inputmode="numeric" min="1" max="999" id="log-present" name="present" required node_ref=input
                    aria-invalid=move || error.get().is_some().to_string()
                    aria-describedby="present-of present-error"
                    prop:value=move || present.get()
                    on:input=move |ev| present.set(event_target_value(&ev))/>
                {enrolled.map(|n| view! { <span class="hint" id="present-of" data-testid="present-of">{move || (t().present_of)(n)}</span> })}
            </div>
            <span class="field-error" id="present-error" role="alert" data-testid="present-error">
                {move || error.get().map(|p| (t().present_error)(p))}
            </span>
        </div>
    }
}
