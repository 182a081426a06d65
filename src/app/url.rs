//! The URL hash as the app's route: following links, writing filter changes without history
//! entries (and a search only once typing pauses), and the hand-over from the static first
//! paint.

use super::use_route;
use leptos::prelude::*;
use planner_domain::filter::{to_query, Filter};
use planner_domain::route::Route;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};

/// The URL's hash, the route as written.
pub fn location_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Goes to another screen, adding a browser history entry.
pub fn navigate(route: &Route) {
    let _ = window().location().set_hash(&route.to_hash());
}

/// Updates the URL without a new history entry (a ticked filter, "Clear all filters").
pub fn replace_route(route: Route) {
    cancel_pending_url();
    write_url(&route.to_hash());
    use_route().set(route);
}

/// Like [`replace_route`], for typing in the search box: the results follow each keystroke, the
/// URL only a pause in typing (or leaving the box). Every URL change makes the
/// browser reload the page's icon (an SVG document), which cost more than the filtering.
pub fn replace_route_soon(route: Route) {
    let hash = route.to_hash();
    use_route().set(route);
    let handle = set_timeout_with_handle(flush_url, Duration::from_millis(URL_PAUSE_MS)).ok();
    let previous = PENDING_URL.with(|p| p.replace(handle.map(|h| (hash, h))));
    if let Some((_, h)) = previous {
        h.clear();
    }
}

/// Writes a URL that [`replace_route_soon`] is holding back, now.
pub fn flush_url() {
    if let Some((hash, handle)) = PENDING_URL.with(|p| p.take()) {
        handle.clear();
        // Only onto the screen it belongs to: a link followed since then has its own URL.
        if matches!(Route::parse(&location_hash()), Route::Library(_)) {
            write_url(&hash);
        }
    }
}

pub(super) fn cancel_pending_url() {
    if let Some((_, handle)) = PENDING_URL.with(|p| p.take()) {
        handle.clear();
    }
}

fn write_url(hash: &str) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(hash));
    }
}

/// How long typing must pause before the search reaches the URL.
const URL_PAUSE_MS: u64 = 400;

thread_local! {
    static PENDING_URL: std::cell::Cell<Option<(String, TimeoutHandle)>> =
        const { std::cell::Cell::new(None) };
}

/// Removes the library's static first paint (see `planner_domain::first_paint`) just before
/// the app mounts, carrying a search typed into it over to the URL the app opens on. Returns
/// whether its search box had the focus, so [`focus_search`] can hand it on.
pub fn replace_first_paint() -> bool {
    let doc = document();
    let Some(first_paint) = doc.get_element_by_id("first-paint") else {
        return false;
    };
    let shown = doc
        .document_element()
        .and_then(|root| root.get_attribute("data-first-paint"));
    let search = shown
        .and_then(|lang| {
            doc.query_selector(&format!(
                ".first-paint__lang[data-lang=\"{lang}\"] .first-paint__search"
            ))
            .ok()
            .flatten()
        })
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
    let focused = search
        .as_ref()
        .is_some_and(|box_| doc.active_element().is_some_and(|active| active == ***box_));
    let query = search.map(|box_| box_.value()).unwrap_or_default();
    if !query.trim().is_empty() && matches!(Route::parse(&location_hash()), Route::Library(_)) {
        let filter = Filter {
            query,
            ..Filter::default()
        };
        write_url(&Route::Library(to_query(&filter)).to_hash());
    }
    first_paint.remove();
    focused
}

/// Puts the focus in the library's search box, the caret after its text.
pub fn focus_search() {
    if let Some(search) = document()
        .query_selector("[data-testid=\"search\"]")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        let _ = search.focus();
        let end = search.value().encode_utf16().count() as u32;
        let _ = search.set_selection_range(end, end);
    }
}
