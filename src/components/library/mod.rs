//! The lesson library: filters with counts, accent-insensitive search, and lesson cards.
//! The filter lives in the URL hash, so a view can be bookmarked.

mod card;
mod facet_group;
mod filters;
mod results;

pub use card::{names, LessonMeta};

use crate::app::{use_announcer, use_lang, use_route};
use crate::content::use_library;
use crate::state::after_pause;
use filters::Filters;
use leptos::prelude::*;
use planner_domain::filter::{from_query, FacetCounts, Filter, Index, CARDS_PER_PAGE};
use planner_domain::i18n::strings;
use planner_domain::route::Route;
use results::Results;
use std::time::Duration;

/// The library screen (`#/library?…`).
#[component]
pub fn LibraryView() -> impl IntoView {
    let lang = use_lang();
    let library = use_library();
    let route = use_route();
    let filter = Memo::new(move |_| match route.get() {
        Route::Library(q) => from_query(&q, library),
        _ => Filter::default(),
    });
    // Folded search text, rebuilt only when the language changes.
    let index = Memo::new(move |_| {
        let lang = lang.get();
        IndexHolder(std::sync::Arc::new(Index::new(library, lang)))
    });
    // One pass over the lessons per filter change gives the results and every facet's counts.
    let tally = Memo::new(move |_| {
        filter.with(|f| {
            index.with(|i| {
                let tally = i.0.tally(f);
                TallyIds {
                    results: tally.results.iter().map(|l| l.id.clone()).collect(),
                    counts: tally.counts,
                }
            })
        })
    });
    let results = Memo::new(move |_| tally.with(|t| t.results.clone()));
    // Only the first cards are rendered (more on request), so a keystroke's DOM work stays
    // bounded however large the library grows.
    let shown = RwSignal::new(CARDS_PER_PAGE);
    Effect::new(move |_| {
        filter.track();
        shown.set(CARDS_PER_PAGE);
    });
    let visible = Memo::new(move |_| {
        let n = shown.get();
        results.with(|r| r.iter().take(n).cloned().collect::<Vec<_>>())
    });
    // Screen readers hear the new count once typing or ticking pauses, not on every keystroke
    // (the count on screen is not a live region).
    let announcer = use_announcer();
    let count = Memo::new(move |_| results.with(Vec::len));
    let tick = StoredValue::new(0u32);
    Effect::new(move |first: Option<()>| {
        let n = count.get();
        if first.is_none() {
            return;
        }
        after_pause(tick, Duration::from_millis(COUNT_PAUSE_MS), move || {
            let total = library.lessons.len();
            announcer.say((strings(lang.get_untracked()).showing)(n, total));
        });
    });
    let t = move || strings(lang.get());

    view! {
        <section class="library" aria-labelledby="library-heading">
            <h2 id="library-heading">{move || t().library_heading}</h2>
            <div class="library__layout">
                <Filters filter tally/>
                <Results results visible shown/>
            </div>
        </section>
    }
}

/// How long typing or ticking must pause before the result count is announced.
const COUNT_PAUSE_MS: u64 = 700;

/// The library screen's tally, by lesson id (comparable, so unchanged results re-render nothing).
#[derive(Clone, PartialEq)]
pub(super) struct TallyIds {
    results: Vec<String>,
    counts: FacetCounts<'static>,
}

/// Wraps the index so a memo can hold it (compared by identity: rebuilt means changed).
#[derive(Clone)]
struct IndexHolder(std::sync::Arc<Index<'static>>);

impl PartialEq for IndexHolder {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}
