//! A choice bound to a field path, its options taken from the vocabulary or the lesson.

use super::bind;
use crate::app::use_lang;
use crate::components::lesson_editor::text_pair::{problem_id, FieldProblems, Label};
use crate::components::lesson_editor::Ed;
use crate::content;
use leptos::prelude::*;
use planner_domain::curriculum::{fields, Light};
use planner_domain::i18n::strings;
use planner_domain::Lang;

/// What the choice at `path` offers, as (id, name) in `lang`.
fn options(ed: Ed, path: &str, lang: Lang) -> Vec<(String, String)> {
    let s = strings(lang);
    let vocab = &content::use_library().vocabulary;
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
    let lang = use_lang();
    let (ed, key, current) = bind(&path, fields::choice);
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
