//! The library's results: the new-lesson and lesson-pack links, the count, and the lesson
//! cards a page at a time.

use super::card::LessonCard;
use crate::app::{use_lang, use_my_lessons};
use crate::components::add_target::AddTarget;
use crate::components::my_lesson::new_lesson;
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::filter::CARDS_PER_PAGE;
use planner_domain::i18n::strings;
use planner_domain::route::Route;
use wasm_bindgen::JsCast;

/// The results column.
#[component]
pub fn Results(
    /// The ids of every lesson the filter keeps, in order.
    results: Memo<Vec<String>>,
    /// The ids of the cards rendered (the first `shown`).
    visible: Memo<Vec<String>>,
    /// How many cards are rendered; "Show more" adds a page.
    shown: RwSignal<usize>,
) -> impl IntoView {
    let lang = use_lang();
    let library = use_library();
    let my = use_my_lessons();
    let t = move || strings(lang.get());
    view! {
        <div class="library__results" id="library-results" tabindex="-1">
            <button type="button" class="button button--quiet" data-testid="new-lesson"
                on:click=move |_| new_lesson(my, lang.get_untracked())>
                {move || t().editor.new_lesson}
            </button>
            <a class="button button--quiet" data-testid="open-packs" href=Route::Packs.to_hash()>
                {move || t().open_link}
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
