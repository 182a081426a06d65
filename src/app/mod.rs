//! The app shell: language and route state, the header, and the screen for the current URL.

mod notices;
mod screen;
mod shortcuts;
pub mod split;
mod url;

pub use url::{
    flush_url, focus_search, navigate, replace_first_paint, replace_route, replace_route_soon,
};

use crate::components::header::Header;
use crate::content::{Content, Readiness};
use crate::my_lessons::MyLessons;
use crate::state::{Announcer, Plans, StorageHealth};
use crate::storage;
use leptos::prelude::*;
use notices::{StorageNotice, UpdateBanner};
use planner_domain::i18n::strings;
use planner_domain::route::Route;
use planner_domain::Lang;
use screen::ScreenView;
use url::cancel_pending_url;
pub use url::location_hash;
use wasm_bindgen::JsCast;

/// The UI language, shared through context so every component reads the same signal.
#[derive(Clone, Copy)]
pub struct UiLang(pub RwSignal<Lang>);

/// The current UI language from context.
pub fn use_lang() -> RwSignal<Lang> {
    expect_context::<UiLang>().0
}

/// The plans from context.
pub fn use_plans() -> Plans {
    expect_context::<Plans>()
}

/// The preventionist's own lessons from context.
pub fn use_my_lessons() -> MyLessons {
    expect_context::<MyLessons>()
}

/// Whether saving works, from context.
pub fn use_health() -> StorageHealth {
    expect_context::<StorageHealth>()
}

/// The live region, from context.
pub fn use_announcer() -> Announcer {
    expect_context::<Announcer>()
}

/// The current screen, kept in step with the URL hash.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub RwSignal<Route>);

pub fn use_route() -> RwSignal<Route> {
    expect_context::<CurrentRoute>().0
}

/// The language the app starts in: the one chosen before, else the browser's.
pub fn initial_lang() -> Lang {
    storage::load_lang()
        .or_else(storage::browser_lang)
        .unwrap_or_default()
}

/// Whether the URL opens the library screen.
pub fn opens_on_library() -> bool {
    matches!(Route::parse(&location_hash()), Route::Library(_))
}

/// The whole app, mounted on the page by `main`.
#[component]
pub fn App(
    /// The lesson library as it loads.
    content: Content,
) -> impl IntoView {
    let lang = RwSignal::new(initial_lang());
    provide_context(UiLang(lang));
    let health = StorageHealth::new();
    provide_context(health);
    let announcer = Announcer::new(lang);
    provide_context(announcer);
    let plans = Plans::new(lang, health, announcer);
    provide_context(plans);
    let my_lessons = MyLessons::load();
    provide_context(my_lessons);
    let route = RwSignal::new(Route::parse(&location_hash()));
    provide_context(CurrentRoute(route));
    storage::on_plans_changed_elsewhere(move |remote| {
        plans.merge_from_other_tab(remote);
        // The change was noted for the backup reminder where it was made.
        health.backup.set(storage::backup_state());
    });
    storage::on_lessons_saved(move |result| health.lessons_saved(result));
    leptos::task::spawn_local(async move {
        health.persisted.set(storage::request_persistence().await);
    });
    let update_ready = RwSignal::new(
        document()
            .document_element()
            .is_some_and(|e| e.has_attribute("data-update-ready")),
    );
    // scripts/sw-register.js tells us when a new version has been fetched in the background.
    let _ = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("planner-update-ready"),
        move |_| {
            update_ready.set(true);
        },
    );

    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        cancel_pending_url();
        route.set(Route::parse(&location_hash()));
    });
    shortcuts::undo_shortcuts(route, plans, my_lessons);

    Effect::new(move || {
        let lang = lang.get();
        storage::save_lang(lang);
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        document().set_title(strings(lang).app_name);
    });

    // Typing a search changes the route but not the screen.
    let screen = Memo::new(move |_| route.get().screen());

    // Each screen waits for the lessons it needs (content.rs): the library for its index
    // pack, the others for the full pack. A signal set only when the answer changes, so the
    // full pack arriving under a library screen drawn from the index does not redraw it.
    let readiness_now = move |previous| {
        content.readiness(
            matches!(screen.get(), Route::Library(_)),
            lang.get(),
            previous,
        )
    };
    let readiness = RwSignal::new(untrack(|| readiness_now(None)));
    Effect::new(move |_| {
        let next = readiness_now(Some(readiness.get_untracked()));
        if readiness.get_untracked() != next {
            readiness.set(next);
        }
    });
    // The plans are read once the library is usable (a screen that shows them reads them at
    // once: `split::SplitScreen`), and then the delivery screens readied if one is taught.
    Effect::new(move |started: Option<bool>| {
        if started == Some(true) || readiness.get() == Readiness::Loading {
            return started.unwrap_or(false);
        }
        leptos::task::spawn_local(async move {
            let taught = plans.read().await
                && plans
                    .list
                    .with_untracked(|ps| ps.iter().any(|p| p.has_delivery_records()));
            if taught {
                split::preload_delivery();
            }
        });
        true
    });

    // On moving to another screen, it opens at its top and focus goes to the main region, so
    // keyboard and screen-reader users start at the new content instead of on the link they
    // used (filter changes in the library are not a new screen, so typing a search keeps its
    // focus and the list keeps its place).
    Effect::new(move |previous: Option<Route>| {
        let now = screen.get();
        if previous.is_some_and(|p| p != now) {
            request_animation_frame(|| {
                window().scroll_to_with_x_and_y(0.0, 0.0);
                if let Some(main) = document().get_element_by_id("main") {
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(true);
                    let _ = main
                        .unchecked_into::<web_sys::HtmlElement>()
                        .focus_with_options(&options);
                }
            });
        }
        now
    });

    view! {
        <a class="skip-link" href="#main" on:click=move |ev| {
            ev.prevent_default();
            if let Some(main) = document().get_element_by_id("main") {
                let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }>{move || strings(lang.get()).skip_to_content}</a>
        <Header/>
        <main id="main" class="main" tabindex="-1">
            <UpdateBanner ready=update_ready/>
            <StorageNotice/>
            <ScreenView screen readiness/>
        </main>
        <p class="visually-hidden" role="status" aria-live="polite" data-testid="status">
            {move || announcer.message()}
        </p>
    }
}
