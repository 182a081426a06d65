//! The timed steps and the assessment items.

use super::inputs::{Choice, NumberField};
use super::items::Items;
use super::text_pair::{FieldProblems, TextPair};
use super::Ed;
use crate::app::use_lang;
use crate::content;
use leptos::prelude::*;
use planner_domain::curriculum::fields;
use planner_domain::i18n::strings;

#[component]
pub fn Steps() -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let s = move || strings(lang.get());
    let t = move || s().editor;
    let vocab = &content::builtin().expect("library loaded").vocabulary;
    let methods = Signal::derive(move || {
        let lang = lang.get();
        vocab
            .methods
            .iter()
            .map(|m| (m.id.clone(), m.name.get(lang).to_string()))
            .collect()
    });
    view! {
        <section class="editor__section">
            <h3>{move || t().steps}</h3>
            <Items path="steps".to_string() list=Signal::derive(move || t().steps.to_string())
                name=Callback::new(move |n| (t().step_n)(n))
                render=Callback::new(move |i| view! {
                    <TextPair path=format!("steps[{i}].title") label=Signal::derive(move || t().step_title.to_string()) long=false/>
                    <NumberField path=format!("steps[{i}].minutes") label=Signal::derive(move || t().lesson_minutes.to_string())/>
                    <Choice path=format!("steps[{i}].method") label=Signal::derive(move || t().method.to_string()) options=methods/>
                    <label class="field field--check">
                        <input type="checkbox" data-field=format!("steps[{i}].optional")
                            prop:checked=move || ed.read(|l| fields::optional(l, i)).unwrap_or(false)
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                ed.edit(None, move |l| if let Some(s) = l.steps.get_mut(i) { s.optional = on });
                            }/>
                        <span>{move || s().optional_step}</span>
                    </label>
                    <TextPair path=format!("steps[{i}].instructions") label=Signal::derive(move || t().instructions.to_string()) long=true/>
                }.into_any())/>
        </section>
    }
}

#[component]
pub fn Assessment() -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let s = move || strings(lang.get());
    let t = move || s().editor;
    view! {
        <section class="editor__section">
            <h3>{move || s().assessment}</h3>
            <Items path="assessment".to_string() list=Signal::derive(move || s().assessment.to_string())
                name=Callback::new(move |n| (t().item_n)(n))
                render=Callback::new(move |i| {
                    let answers = Signal::derive(move || {
                        let n = ed.read(|l| fields::len(l, &format!("assessment[{i}].choices"))).unwrap_or(0);
                        (0..n.max(1)).map(|c| (c.to_string(), (t().choice_n)(c + 1))).collect()
                    });
                    view! {
                        <TextPair path=format!("assessment[{i}].prompt") label=Signal::derive(move || t().prompt.to_string()) long=false/>
                        <Items path=format!("assessment[{i}].choices") list=Signal::derive(move || t().choices.to_string())
                            name=Callback::new(move |n| (t().choice_n)(n))
                            render=Callback::new(move |c| view! {
                                <TextPair path=format!("assessment[{i}].choices[{c}]") label=Signal::derive(move || (t().choice_n)(c + 1)) long=false/>
                            }.into_any())/>
                        <Choice path=format!("assessment[{i}].answer") label=Signal::derive(move || t().correct.to_string()) options=answers/>
                        <FieldProblems path=format!("assessment[{i}].answer") lang=None/>
                        <TextPair path=format!("assessment[{i}].explanation") label=Signal::derive(move || t().explanation.to_string()) long=true/>
                    }.into_any()
                })/>
        </section>
    }
}
