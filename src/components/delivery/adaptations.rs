//! Adaptations made in a session, each with its traffic light and why.

use crate::app::use_lang;
use leptos::prelude::*;
use planner_domain::curriculum::Light;
use planner_domain::delivery::{AdaptationNote, SessionLog};
use planner_domain::i18n::{delivery_strings, strings};

const LIGHTS: [(Light, &str); 3] = [
    (Light::Green, "green"),
    (Light::Yellow, "yellow"),
    (Light::Red, "red"),
];

#[component]
pub fn AdaptationsEditor(draft: RwSignal<SessionLog>) -> impl IntoView {
    let lang = use_lang();
    let t = move || delivery_strings(lang.get());
    let light_name = move |l: Light| match l {
        Light::Green => delivery_strings(lang.get()).made_green,
        Light::Yellow => delivery_strings(lang.get()).made_yellow,
        Light::Red => delivery_strings(lang.get()).made_red,
    };
    let count = move || draft.with(|d| d.adaptations.len());
    let edit = move |i: usize, f: Box<dyn FnOnce(&mut AdaptationNote)>| {
        draft.update(|d| {
            if let Some(a) = d.adaptations.get_mut(i) {
                f(a)
            }
        })
    };
    view! {
        <fieldset class="adaptations-log">
            <legend>{move || t().adaptations_heading}</legend>
            {move || (0..count()).map(|i| {
                let read = move |f: fn(&AdaptationNote) -> String| draft.with(|d| d.adaptations.get(i).map(f).unwrap_or_default());
                view! {
                    <div class="adaptation" data-testid="adaptation">
                        <label class="field field--short">
                            <span>{move || t().adaptation_light}</span>
                            <select name=format!("adaptation-{i}-light") on:change=move |ev| {
                                let v = event_target_value(&ev);
                                if let Some((l, _)) = LIGHTS.iter().find(|(_, id)| *id == v) { let l = *l; edit(i, Box::new(move |a| a.light = l)) }
                            }>
                                {LIGHTS.map(|(l, id)| view! { <option value=id selected=move || draft.with(|d| d.adaptations.get(i).is_some_and(|a| a.light == l))>{move || light_name(l)}</option> }).collect_view()}
                            </select>
                        </label>
                        <label class="field">
                            <span>{move || t().adaptation_what}</span>
                            <input type="text" name=format!("adaptation-{i}-what") prop:value=move || read(|a| a.what.clone())
                                on:input=move |ev| { let v = event_target_value(&ev); edit(i, Box::new(move |a| a.what = v)) }/>
                        </label>
                        <label class="field">
                            <span>{move || t().adaptation_why}</span>
                            <input type="text" name=format!("adaptation-{i}-why") prop:value=move || read(|a| a.why.clone())
                                on:input=move |ev| { let v = event_target_value(&ev); edit(i, Box::new(move |a| a.why = v)) }/>
                        </label>
                        <button type="button" class="button button--quiet" on:click=move |_| draft.update(|d| { if i < d.adaptations.len() { d.adaptations.remove(i); } })>
                            {move || strings(lang.get()).remove}
                            <span class="visually-hidden">{move || match read(|a| a.what.trim().to_string()) {
                                what if what.is_empty() => format!(": {} {}", t().adaptation, i + 1),
                                what => format!(": {what}"),
                            }}</span>
                        </button>
                    </div>
                }
            }).collect_view()}
            <button type="button" class="button button--quiet" data-testid="add-adaptation" on:click=move |_| draft.update(|d| d.adaptations.push(AdaptationNote { light: Light::Green, what: String::new(), why: String::new() }))>
                {move || t().add_adaptation}
            </button>
        </fieldset>
    }
}
