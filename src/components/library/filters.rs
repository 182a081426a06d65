//! The library's filters: the search box, the skip link to the results, and a fold of facet
//! groups with their counts.

use super::facet_group::FacetGroup;
use super::TallyIds;
use crate::app::{flush_url, replace_route, replace_route_soon, use_lang};
use crate::components::field::synced_value;
use leptos::prelude::*;
use planner_domain::filter::{to_query, Facet, Filter};
use planner_domain::i18n::strings;
use planner_domain::route::Route;
use wasm_bindgen::JsCast;

/// Shows the library with filter `f`, without a new history entry.
pub(super) fn set_filter(f: Filter) {
    replace_route(Route::Library(to_query(&f)));
}

/// The filters column (folded on a phone).
#[component]
pub fn Filters(
    /// The filter of the URL.
    filter: Memo<Filter>,
    /// Its results and every facet's counts.
    tally: Memo<TallyIds>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move || strings(lang.get());
    view! {
        <aside class="filters" aria-labelledby="filters-heading">
            <label class="field">
                <span>{move || t().search_label}</span>
                <input
                    type="search"
                    data-testid="search"
                    placeholder=move || t().search_placeholder
                    use:synced_value=Signal::derive(move || filter.with(|f| f.query.clone()))
                    on:input=move |ev| {
                        let mut f = filter.get_untracked();
                        f.query = event_target_value(&ev);
                        replace_route_soon(Route::Library(to_query(&f)));
                    }
                    on:blur=move |_| flush_url()
                />
            </label>
            <a class="skip-results" href="#library-results" data-testid="skip-to-results" on:click=move |ev| {
                ev.prevent_default();
                focus_results();
            }>{move || t().skip_to_results}</a>
            // Folded on a phone so the results are not 40 checkboxes down; open on wide
            // screens, where they sit beside the results.
            <details class="filters__fold" data-testid="filters" open=wide_screen()>
                <summary><h3 id="filters-heading">{move || t().filters_heading}</h3></summary>
                <button
                    type="button"
                    class="button button--quiet"
                    disabled=move || filter.with(Filter::is_empty)
                    on:click=move |_| set_filter(Filter::default())
                >
                    {move || t().clear_filters}
                </button>
                {Facet::ALL
                    .into_iter()
                    .map(|facet| {
                        let counts = Memo::new(move |_| tally.with(|t| t.counts.of(facet).to_vec()));
                        view! { <FacetGroup facet filter counts/> }
                    })
                    .collect_view()}
            </details>
        </aside>
    }
}

/// Whether the screen is wide enough for the filters to sit open beside the results.
fn wide_screen() -> bool {
    // 48rem at the default font size, where the stylesheet puts the filters beside the results.
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w >= 768.0)
}

/// Moves the focus to the results (the skip link), so the next Tab reaches the first lesson.
fn focus_results() {
    if let Some(el) = document().get_element_by_id("library-results") {
        let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}
