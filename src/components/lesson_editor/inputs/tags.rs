//! Tag checkboxes for one vocabulary list.

use crate::app::use_lang;
use crate::components::lesson_editor::text_pair::{problem_id, FieldProblems, Name};
use crate::components::lesson_editor::Ed;
use crate::content;
use leptos::prelude::*;
use planner_domain::curriculum::{fields, List};
use planner_domain::i18n::strings;

/// Checkboxes for the vocabulary list `list` (levels, topics, factors …).
#[component]
pub fn TagGroup(list: List, label: Name) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let vocab = &content::use_library().vocabulary;
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
