//! The lesson library: filters with counts, accent-insensitive search, and lesson cards.
//! The filter lives in the URL hash, so a view can be bookmarked.

use crate::app::{
    flush_url, replace_route, replace_route_soon, use_announcer, use_lang, use_my_lessons,
    use_route,
};
use crate::components::add_target::{AddButton, AddTarget};
use crate::components::field::synced_value;
use crate::components::my_lesson::{new_lesson, LessonMarks};
use crate::content::use_library;
use crate::state::after_pause;
use leptos::prelude::*;
use planner_domain::curriculum::{Lesson, Library, List, TermId};
use planner_domain::filter::{
    from_query, to_query, Facet, FacetCounts, Filter, Index, Length, CARDS_PER_PAGE,
};
use planner_domain::i18n::{strings, Strings};
use planner_domain::route::Route;
use planner_domain::Lang;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// The label of a facet.
pub fn facet_label(facet: Facet, t: &'static Strings) -> &'static str {
    match facet {
        Facet::Level => t.facet_level,
        Facet::Grade => t.facet_grade,
        Facet::Form => t.facet_form,
        Facet::Topic => t.facet_topic,
        Facet::Risk => t.facet_risk,
        Facet::Protective => t.facet_protective,
        Facet::Length => t.facet_length,
        Facet::Audience => t.facet_audience,
        Facet::NcElement => t.facet_nc,
    }
}

/// The display name of one facet value.
pub fn value_label(
    library: &'static Library,
    facet: Facet,
    value: &'static str,
    lang: Lang,
) -> &'static str {
    let t = strings(lang);
    match facet.vocabulary_list() {
        Some(list) => library.vocabulary.name(list, value, lang),
        None => match value {
            v if v == Length::Short.id() => t.length_short,
            v if v == Length::Period.id() => t.length_period,
            _ => t.length_long,
        },
    }
}

/// Names of vocabulary ids, joined for a card's meta line.
pub fn names<T: TermId>(list: List, values: &[T], lang: Lang) -> String {
    use_library()
        .vocabulary
        .names(list, values, lang)
        .join(", ")
}

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
    let set_filter = move |f: Filter| replace_route(Route::Library(to_query(&f)));
    // Screen readers hear the new count once typing or ticking pauses, not on every keystroke
    // (the count on screen is not a live region).
    let announcer = use_announcer();
    let my = use_my_lessons();
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
                    }>{move || t().daily.skip_to_results}</a>
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
                                view! { <FacetGroup facet filter counts set_filter/> }
                            })
                            .collect_view()}
                    </details>
                </aside>
                <div class="library__results" id="library-results" tabindex="-1">
                    <button type="button" class="button button--quiet" data-testid="new-lesson"
                        on:click=move |_| new_lesson(my, lang.get_untracked())>
                        {move || t().editor.new_lesson}
                    </button>
                    <a class="button button--quiet" data-testid="open-packs" href=Route::Packs.to_hash()>
                        {move || t().packs.open_link}
                    </a>
                    <AddTarget/>
                    <p class="library__count" data-testid="lesson-count">
                        {move || (t().showing)(results.with(Vec::len), library.lessons.len())}
                    </p>
                    <Show when=move || results.with(Vec::is_empty)>
                        <p class="notice">{move || t().no_results}</p>
                    </Show>
                    <ul class="lesson-list" data-testid="lesson-list">
                        <For
                            each=move || visible.get()
                            key=|id| id.clone()
                            children=move |id| {
                                let lesson = library.lesson(&id).expect("result ids come from the library");
                                view! { <LessonCard lesson/> }
                            }
                        />
                    </ul>
                    <Show when=move || { results.with(Vec::len) > shown.get() }>
                        <button
                            type="button"
                            class="button button--quiet"
                            data-testid="show-more"
                            on:click=move |_| {
                                // Keyboard users go on from the first new card, never from the
                                // page's top (the button goes away after the last page).
                                let first_new = shown.get_untracked();
                                shown.update(|n| *n += CARDS_PER_PAGE);
                                request_animation_frame(move || focus_card(first_new));
                            }
                        >
                            {move || (t().show_more)(results.with(Vec::len).saturating_sub(shown.get()).min(CARDS_PER_PAGE))}
                        </button>
                    </Show>
                </div>
            </div>
        </section>
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

/// Puts the focus on the link of the lesson card at `index` in the results.
fn focus_card(index: usize) {
    let selector = format!(
        "[data-testid=\"lesson-list\"] > li:nth-child({}) a",
        index + 1
    );
    if let Ok(Some(link)) = document().query_selector(&selector) {
        let _ = link.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// How long typing or ticking must pause before the result count is announced.
const COUNT_PAUSE_MS: u64 = 700;

/// The library screen's tally, by lesson id (comparable, so unchanged results re-render nothing).
#[derive(Clone, PartialEq)]
struct TallyIds {
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

#[component]
fn FacetGroup(
    facet: Facet,
    filter: Memo<Filter>,
    counts: Memo<Vec<(&'static str, usize)>>,
    set_filter: impl Fn(Filter) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let library = use_library();
    view! {
        <fieldset class="facet" data-facet=facet.key()>
            <legend>{move || facet_label(facet, strings(lang.get()))}</legend>
            // Keyed by value: a count that changes updates a text node instead of rebuilding
            // the row.
            <For
                each=move || counts.with(|c| c.iter().map(|(v, _)| *v).collect::<Vec<_>>())
                key=|value| *value
                children=move |value| {
                    let n = move || {
                        counts.with(|c| c.iter().find(|(v, _)| *v == value).map_or(0, |(_, n)| *n))
                    };
                    let checked = move || filter.with(|f| f.has(facet, value));
                    view! {
                        <label class="facet__option" class:facet__option--empty=move || n() == 0 && !checked()>
                            <input
                                type="checkbox"
                                value=value
                                prop:checked=checked
                                on:change=move |_| {
                                    let mut f = filter.get_untracked();
                                    f.toggle(facet, value);
                                    set_filter(f);
                                }
                            />
                            <span>{move || value_label(library, facet, value, lang.get())}</span>
                            <span class="facet__count">{move || format!("({})", n())}</span>
                        </label>
                    }
                }
            />
        </fieldset>
    }
}

/// A lesson's grades and length, as the library card and the lesson page show them.
#[component]
pub fn LessonMeta(lesson: &'static Lesson, lang: Lang) -> impl IntoView {
    view! {
        <p class="lesson-card__meta">
            <span>{names(List::Grades, &lesson.grades, lang)}</span>
            <span>{format!("{} {}", lesson.minutes, strings(lang).minutes)}</span>
        </p>
    }
}

#[component]
fn LessonCard(lesson: &'static Lesson) -> impl IntoView {
    let lang = use_lang();
    let href = Route::Lesson(lesson.id.clone()).to_hash();
    // One reactive block per card: only a language switch re-renders it, so the library's
    // first render sets up one effect per card instead of one per text.
    move || {
        let lang = lang.get();
        let t = strings(lang);
        let shown = lesson.text_lang(lang);
        let title = lesson.title_in(lang);
        view! {
            <li class="lesson-card" data-lesson-id=lesson.id.clone()>
                <h3 class="lesson-card__title" lang=shown.code()>
                    <a href=href.clone()>{title}</a>
                </h3>
                <LessonMeta lesson lang/>
                <LessonMarks lesson lang/>
                <p class="lesson-card__summary" lang=shown.code()>{lesson.summary.get(shown).to_string()}</p>
                <dl class="lesson-card__tags">
                    <dt>{t.levels}</dt>
                    <dd>{names(List::Levels, &lesson.levels, lang)}</dd>
                    <dt>{t.forms}</dt>
                    <dd>{names(List::Forms, &lesson.forms, lang)}</dd>
                </dl>
                <AddButton lesson/>
            </li>
        }
    }
}
