//! The editor's single-value inputs, each bound to a field path (`curriculum::fields`):
//! numbers, plain text, choices and tag checkboxes.

use super::text_pair::{problem_id, FieldProblems, Label, Name};
use super::Ed;
use crate::app::use_lang;
use crate::components::field::synced_value;
use crate::content;
use leptos::prelude::*;
use planner_domain::curriculum::exchange::MAX_MINUTES;
use planner_domain::curriculum::{fields, Light, List};
use planner_domain::i18n::strings;
use planner_domain::Lang;

/// A number of minutes at `path`.
#[component]
pub fn NumberField(path: String, label: Label) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let key = StoredValue::new(path.clone());
    let value = Memo::new(move |_| {
        ed.read(|l| fields::number(l, &key.read_value()))
            .flatten()
            .map(|n| n.to_string())
            .unwrap_or_default()
    });
    view! {
        <label class="field field--number">
            <span>{move || label.text(lang.get())}</span>
            <input type="number" min="0" max=MAX_MINUTES.to_string() inputmode="numeric" data-field=path.clone()
                aria-describedby=problem_id(&path, None)
                prop:value=value
                on:input=move |ev| {
                    if let Ok(n) = event_target_value(&ev).trim().parse::<u16>() {
                        let p = key.get_value();
                        ed.edit(Some(&p.clone()), move |l| fields::set_number(l, &p, n.min(MAX_MINUTES as u16)));
                    }
                }/>
        </label>
        <FieldProblems path lang=None/>
    }
}

/// A one-language text at `path` (a citation, a web address).
#[component]
pub fn PlainField(path: String, label: Label) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let key = StoredValue::new(path.clone());
    let value = Memo::new(move |_| {
        ed.read(|l| fields::plain(l, &key.read_value()))
            .flatten()
            .unwrap_or_default()
    });
    view! {
        <label class="field">
            <span>{move || label.text(lang.get())}</span>
            <input type="text" data-field=path.clone() aria-describedby=problem_id(&path, None)
                use:synced_value=Signal::from(value)
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    let p = key.get_value();
                    ed.edit(Some(&p.clone()), move |l| fields::set_plain(l, &p, text));
                }/>
        </label>
        <FieldProblems path lang=None/>
    }
}

/// What the choice at `path` offers, as (id, name) in `lang`.
fn options(ed: Ed, path: &str, lang: Lang) -> Vec<(String, String)> {
    let s = strings(lang);
    let vocab = &content::builtin().expect("library loaded").vocabulary;
    let terms = |list: &[planner_domain::curriculum::Term]| {
        list.iter()
            .map(|t| (t.id.clone(), t.name.get(lang).to_string()))
            .collect()
    };
    if path == "audience" {
        terms(&vocab.audiences)
    } else if path.ends_with(".method") {
        terms(&vocab.methods)
    } else if path.ends_with(".light") {
        [
            (Light::Green, s.light_green),
            (Light::Yellow, s.light_yellow),
            (Light::Red, s.light_red),
        ]
        .map(|(l, name)| (l.id().to_string(), name.to_string()))
        .to_vec()
    } else {
        let list = path.replace(".answer", ".choices");
        let n = ed.read(|l| fields::len(l, &list)).unwrap_or(0);
        (0..n.max(1))
            .map(|c| (c.to_string(), (s.editor.entry)(s.editor.choice, c + 1)))
            .collect()
    }
}

/// The choice at `path` (an audience, a method, a light, an answer).
#[component]
pub fn Choice(path: String, label: Label) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let key = StoredValue::new(path.clone());
    let current = Memo::new(move |_| {
        ed.read(|l| fields::choice(l, &key.read_value()))
            .flatten()
            .unwrap_or_default()
    });
    view! {
        <label class="field field--inline">
            <span>{move || label.text(lang.get())}</span>
            <select data-field=path aria-describedby=problem_id(&key.read_value(), None) on:change=move |ev| {
                let v = event_target_value(&ev);
                ed.edit(None, move |l| fields::set_choice(l, &key.read_value(), &v));
            }>
                {move || options(ed, &key.read_value(), lang.get()).into_iter().map(|(value, name)| {
                    let selected = current.get() == value;
                    view! { <option value=value selected=selected>{name}</option> }
                }).collect_view()}
            </select>
        </label>
        <FieldProblems path=key.get_value() lang=None/>
    }
}

/// Checkboxes for the vocabulary list `list` (levels, topics, factors …).
#[component]
pub fn TagGroup(list: List, label: Name) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let vocab = &content::builtin().expect("library loaded").vocabulary;
    let key = list.key();
    view! {
        <fieldset class="tags" data-field=key aria-describedby=problem_id(key, None)>
            <legend>{move || label(strings(lang.get()))}</legend>
            {vocab.terms(list).iter().map(|term| {
                let id = term.id.as_str();
                view! {
                    <label class="facet__option">
                        <input type="checkbox" value=id
                            prop:checked=move || ed.read(|l| fields::has_tag(l, key, id)).unwrap_or(false)
                            on:change=move |_| ed.edit(None, |l| fields::toggle_tag(l, key, id))/>
                        <span>{move || term.name.get(lang.get()).to_string()}</span>
                    </label>
                }
            }).collect_view()}
            <FieldProblems path=key.to_string() lang=None/>
        </fieldset>
    }
}
