//! Prose rendering shared by the lesson view and (later) the packet: text nodes only.

use leptos::prelude::*;
use planner_domain::prose::{blocks, Block};

/// Paragraphs and lists from a lesson text, inserted as text (never as HTML).
#[component]
pub fn Prose(#[prop(into)] text: String) -> impl IntoView {
    blocks(&text)
        .into_iter()
        .map(|block| match block {
            Block::Paragraph(p) => view! { <p>{p}</p> }.into_any(),
            Block::List(items) => view! {
                <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
            }
            .into_any(),
        })
        .collect_view()
}
