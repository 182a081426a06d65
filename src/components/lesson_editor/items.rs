//! A list of a lesson's entries (objectives, steps, choices …): each in its own group with a
//! Remove button, an Add button after them, and the list's own problems ("add at least one").

use super::text_pair::{FieldProblems, TextPair};
use super::Ed;
use crate::app::use_lang;
use leptos::prelude::*;
use planner_domain::curriculum::fields;
use planner_domain::i18n::strings;

/// The entries of the list at `path`; `name` names entry `n` (from 1) and `list` the whole
/// list, both in the UI language; `render` draws entry `i`. Callbacks rather than generic
/// closures: one copy of this component in the wasm, not one per list.
#[component]
pub fn Items(
    path: String,
    #[prop(into)] list: Signal<String>,
    name: Callback<usize, String>,
    render: Callback<usize, AnyView>,
) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let path = StoredValue::new(path);
    let count = move || ed.read(|l| fields::len(l, &path.read_value())).unwrap_or(0);
    view! {
        <div class="items" data-list=path.get_value()>
            <For each=move || 0..count() key=|i| *i children=move |i| {
                view! {
                    <fieldset class="item">
                        <legend>{move || name.run(i + 1)}</legend>
                        {render.run(i)}
                        <button type="button" class="button button--quiet" data-testid="remove-item"
                            on:click=move |_| ed.edit(None, |l| fields::remove(l, &path.read_value(), i))>
                            {move || (strings(lang.get()).editor.remove)(&name.run(i + 1))}
                        </button>
                    </fieldset>
                }
            }/>
            <FieldProblems path=path.get_value() lang=None/>
            <button type="button" class="button button--quiet" data-testid="add-item"
                on:click=move |_| ed.edit(None, |l| { fields::add(l, &path.read_value()); })>
                {move || (strings(lang.get()).editor.add)(&list.get())}
            </button>
        </div>
    }
}

/// A list of plain texts (objectives, materials …) under its heading.
#[component]
pub fn TextList(
    path: &'static str,
    heading: fn(&'static planner_domain::i18n::Strings) -> &'static str,
    long: bool,
) -> impl IntoView {
    let lang = use_lang();
    let list = move || heading(strings(lang.get())).to_string();
    let name = move |n| (strings(lang.get()).editor.entry)(heading(strings(lang.get())), n);
    view! {
        <section class="editor__section">
            <h3>{list}</h3>
            <Items path=path.to_string() list=Signal::derive(list) name=Callback::new(name)
                render=Callback::new(move |i| view! {
                    <TextPair path=format!("{path}[{i}]") label=Signal::derive(move || name(i + 1)) long/>
                }.into_any())/>
        </section>
    }
}
