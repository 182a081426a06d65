//! Prose rendering shared by the lesson view and the packet: text nodes only.

use leptos::prelude::*;
use planner_domain::prose::{blocks, inline, is_short_list, Block, Inline};

/// One paragraph or list item: text nodes, with phone numbers kept on one line.
pub fn line(text: &str) -> impl IntoView {
    inline(text)
        .into_iter()
        .map(|piece| match piece {
            Inline::Text(t) => t.to_string().into_any(),
            Inline::Phone(p) => view! { <span class="phone">{p.to_string()}</span> }.into_any(),
        })
        .collect_view()
}

/// Paragraphs and lists from a lesson text, inserted as text (never as HTML).
#[component]
pub fn Prose(#[prop(into)] text: String) -> impl IntoView {
    blocks(&text)
        .into_iter()
        .map(|block| match block {
            Block::Paragraph(p) => view! { <p>{line(&p)}</p> }.into_any(),
            Block::List(items) => list(items, ""),
        })
        .collect_view()
}

/// A list of lines, marked `short-list` when print sets it in two columns
/// (`prose::is_short_list`).
pub fn list(items: Vec<String>, class: &'static str) -> AnyView {
    let short = is_short_list(&items);
    view! {
        <ul class=class class:short-list=short>{items.into_iter().map(|i| view! { <li>{line(&i)}</li> }).collect_view()}</ul>
    }
    .into_any()
}
