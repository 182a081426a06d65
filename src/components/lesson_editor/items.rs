//! A list of a lesson's entries (objectives, steps, choices …): each in its own group with a
//! Remove button, an Add button after them, and the list's own problems ("add at least one").

use super::text_pair::{FieldProblems, Label, Name, TextPair};
use super::Ed;
use crate::app::use_lang;
use leptos::prelude::*;
use planner_domain::curriculum::fields;
use planner_domain::i18n::strings;

/// The entries of the list at `path`, under its heading `list`, each named `entry` and its
/// number; `render` draws entry `i` (a callback: one copy of this component in the wasm).
#[component]
pub fn Items(
    path: String,
    list: Name,
    entry: Name,
    render: Callback<usize, AnyView>,
) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let path = StoredValue::new(path);
    let count = move || ed.read(|l| fields::len(l, &path.read_value())).unwrap_or(0);
    let name = move |i: usize| Label(entry, Some(i + 1)).text(lang.get());
    view! {
        <div class="items" role="group" aria-label=move || list(strings(lang.get())) data-list=path.get_value()>
            <For each=move || 0..count() key=|i| *i children=move |i| {
                view! {
                    <fieldset class="item">
                        <legend>{move || name(i)}</legend>
                        {render.run(i)}
                        <button type="button" class="button button--quiet" data-testid="remove-item"
                            on:click=move |_| ed.edit(None, |l| fields::remove(l, &path.read_value(), i))>
                            {move || (strings(lang.get()).editor.remove)(&name(i))}
                        </button>
                    </fieldset>
                }
            }/>
            <FieldProblems path=path.get_value() lang=None/>
            <button type="button" class="button button--quiet" data-testid="add-item"
                on:click=move |_| ed.edit(None, |l| { fields::add(l, &path.read_value()); })>
                {move || (strings(lang.get()).editor.add)(entry(strings(lang.get())))}
            </button>
        </div>
    }
}

/// A list of texts (objectives, materials …) under its heading.
#[component]
pub fn TextList(path: &'static str, heading: Name, entry: Name) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="editor__section">
            <h3>{move || heading(strings(lang.get()))}</h3>
            <Items path=path.to_string() list=heading entry
                render=Callback::new(move |i| view! {
                    <TextPair path=format!("{path}[{i}]") label=Label(entry, Some(i + 1)) long=false/>
                }.into_any())/>
        </section>
    }
}
