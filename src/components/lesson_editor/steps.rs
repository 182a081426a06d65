//! The timed steps and the assessment items.

use super::inputs::{Choice, NumberField};
use super::items::Items;
use super::text_pair::{Label, TextPair};
use super::Ed;
use crate::app::use_lang;
use leptos::prelude::*;
use planner_domain::curriculum::fields;
use planner_domain::i18n::strings;

#[component]
pub fn Steps() -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    view! {
        <section class="editor__section">
            <h3>{move || strings(lang.get()).editor.steps}</h3>
            <Items path="steps".to_string() list=|s| s.editor.steps entry=|s| s.editor.step
                render=Callback::new(move |i| view! {
                    <TextPair path=format!("steps[{i}].title") label=Label(|s| s.editor.step_title, None) long=false/>
                    <NumberField path=format!("steps[{i}].minutes") label=Label(|s| s.editor.lesson_minutes, None)/>
                    <Choice path=format!("steps[{i}].method") label=Label(|s| s.editor.method, None)/>
                    <label class="field field--check">
                        <input type="checkbox" data-field=format!("steps[{i}].optional")
                            prop:checked=move || ed.read(|l| fields::optional(l, i)).unwrap_or(false)
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                ed.edit(None, move |l| if let Some(s) = l.steps.get_mut(i) { s.optional = on });
                            }/>
                        <span>{move || strings(lang.get()).editor.optional_label}</span>
                    </label>
                    <TextPair path=format!("steps[{i}].instructions") label=Label(|s| s.editor.instructions, None) long=true/>
                }.into_any())/>
        </section>
    }
}

#[component]
pub fn Assessment() -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="editor__section">
            <h3>{move || strings(lang.get()).assessment}</h3>
            <Items path="assessment".to_string() list=|s| s.assessment entry=|s| s.editor.prompt
                render=Callback::new(move |i| view! {
                    <TextPair path=format!("assessment[{i}].prompt") label=Label(|s| s.editor.prompt, None) long=false/>
                    <Items path=format!("assessment[{i}].choices") list=|s| s.editor.choices entry=|s| s.editor.choice
                        render=Callback::new(move |c| view! {
                            <TextPair path=format!("assessment[{i}].choices[{c}]") label=Label(|s| s.editor.choice, Some(c + 1)) long=false/>
                        }.into_any())/>
                    <Choice path=format!("assessment[{i}].answer") label=Label(|s| s.editor.correct, None)/>
                    <TextPair path=format!("assessment[{i}].explanation") label=Label(|s| s.editor.explanation, None) long=true/>
                }.into_any())/>
        </section>
    }
}
