//! A one-language text field bound to a field path.

use super::bind;
use crate::app::use_lang;
use crate::components::field::synced_value;
use crate::components::lesson_editor::text_pair::{problem_id, FieldProblems, Label};
use leptos::prelude::*;
use planner_domain::curriculum::fields;

/// A one-language text at `path` (a citation, a web address).
#[component]
pub fn PlainField(path: String, label: Label) -> impl IntoView {
    let lang = use_lang();
    let (ed, key, value) = bind(&path, fields::plain);
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
