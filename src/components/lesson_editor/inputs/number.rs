//! A number field (minutes) bound to a field path.

use super::bind;
use crate::app::use_lang;
use crate::components::lesson_editor::text_pair::{problem_id, FieldProblems, Label};
use leptos::prelude::*;
use planner_domain::curriculum::exchange::MAX_MINUTES;
use planner_domain::curriculum::fields;

/// A number of minutes at `path`.
#[component]
pub fn NumberField(path: String, label: Label) -> impl IntoView {
    let lang = use_lang();
    let (ed, key, value) = bind(&path, |l, p| fields::number(l, p).map(|n| n.to_string()));
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
