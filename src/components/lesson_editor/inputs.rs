//! The editor's single-value inputs: numbers, plain text, choices and tag checkboxes.

use super::text_pair::{problem_id, FieldProblems};
use super::Ed;
use crate::app::use_lang;
use crate::components::field::synced_value;
use crate::content;
use leptos::prelude::*;
use planner_domain::curriculum::fields;

/// A number of minutes (or an answer's number) at `path`, read with `get`, set with `set`.
#[component]
pub fn NumberField(
    path: String,
    #[prop(into)] label: Signal<String>,
    get: impl Fn(&planner_domain::curriculum::Lesson) -> Option<u16> + Copy + Send + Sync + 'static,
    set: impl Fn(&mut planner_domain::curriculum::Lesson, u16) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let value = Memo::new(move |_| {
        ed.read(get)
            .flatten()
            .map(|n| n.to_string())
            .unwrap_or_default()
    });
    let key = StoredValue::new(path.clone());
    view! {
        <label class="field field--number">
            <span>{label}</span>
            <input type="number" min="0" max="600" inputmode="numeric" data-field=path.clone()
                aria-describedby=problem_id(&path, None)
                prop:value=value
                on:input=move |ev| {
                    if let Ok(n) = event_target_value(&ev).trim().parse::<u16>() {
                        ed.edit(Some(&key.get_value()), move |l| set(l, n.min(600)));
                    }
                }/>
        </label>
        <FieldProblems path lang=None/>
    }
}

/// A one-language text (a citation, a web address).
#[component]
pub fn PlainField(
    path: String,
    #[prop(into)] label: Signal<String>,
    get: impl Fn(&planner_domain::curriculum::Lesson) -> Option<String> + Copy + Send + Sync + 'static,
    set: impl Fn(&mut planner_domain::curriculum::Lesson, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let value = Memo::new(move |_| ed.read(get).flatten().unwrap_or_default());
    let key = StoredValue::new(path.clone());
    view! {
        <label class="field">
            <span>{label}</span>
            <input type="text" data-field=path.clone() aria-describedby=problem_id(&path, None)
                use:synced_value=Signal::from(value)
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    ed.edit(Some(&key.get_value()), move |l| set(l, text));
                }/>
        </label>
        <FieldProblems path lang=None/>
    }
}

/// A choice among `options` (value, label), the current one read with `get`.
#[component]
pub fn Choice(
    #[prop(into)] label: Signal<String>,
    field: String,
    options: Signal<Vec<(String, String)>>,
    get: impl Fn(&planner_domain::curriculum::Lesson) -> Option<String> + Copy + Send + Sync + 'static,
    set: impl Fn(&mut planner_domain::curriculum::Lesson, &str) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let current = Memo::new(move |_| ed.read(get).flatten().unwrap_or_default());
    view! {
        <label class="field field--inline">
            <span>{label}</span>
            <select data-field=field on:change=move |ev| {
                let v = event_target_value(&ev);
                ed.edit(None, move |l| set(l, &v));
            }>
                {move || options.get().into_iter().map(|(value, name)| {
                    let selected = current.get() == value;
                    view! { <option value=value selected=selected>{name}</option> }
                }).collect_view()}
            </select>
        </label>
    }
}

/// Checkboxes for the vocabulary list `list` (levels, topics, factors …).
#[component]
pub fn TagGroup(list: &'static str, #[prop(into)] label: Signal<String>) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let vocab = &content::builtin().expect("library loaded").vocabulary;
    let terms = vocab
        .lists()
        .into_iter()
        .find(|(n, _)| *n == list)
        .map_or(&[][..], |(_, t)| t);
    view! {
        <fieldset class="tags" data-field=list aria-describedby=problem_id(list, None)>
            <legend>{label}</legend>
            {terms.iter().map(|term| {
                let id = term.id.as_str();
                view! {
                    <label class="facet__option">
                        <input type="checkbox" value=id
                            prop:checked=move || ed.read(|l| fields::has_tag(l, list, id)).unwrap_or(false)
                            on:change=move |_| ed.edit(None, |l| fields::toggle_tag(l, list, id))/>
                        <span>{move || term.name.get(lang.get()).to_string()}</span>
                    </label>
                }
            }).collect_view()}
            <FieldProblems path=list.to_string() lang=None/>
        </fieldset>
    }
}
