//! The app shell: language and route state, the header, and the screen for the current URL.

use crate::components::{
    header::Header, lesson::LessonDetail, library::LibraryView, packet::PrintView,
    plan_editor::PlanEditor, plans::PlanList,
};
use crate::state::Plans;
use crate::storage;
use leptos::prelude::*;
use planner_domain::i18n::strings;
use planner_domain::route::Route;
use planner_domain::Lang;
use wasm_bindgen::{JsCast, JsValue};

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

/// The current screen, kept in step with the URL hash.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub RwSignal<Route>);

pub fn use_route() -> RwSignal<Route> {
    expect_context::<CurrentRoute>().0
}

fn location_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Goes to another screen, adding a browser history entry.
pub fn navigate(route: &Route) {
    let _ = window().location().set_hash(&route.to_hash());
}

/// Updates the URL without a new history entry (filters, typing in search).
pub fn replace_route(route: Route) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&route.to_hash()));
    }
    use_route().set(route);
}

/// Which screen is showing, without the library's filter (so typing a search does not
/// rebuild the screen).
#[derive(Clone, PartialEq)]
enum Screen {
    Library,
    Lesson(String),
    Plans,
    Plan(String),
    Print(String),
}

#[component]
pub fn App() -> impl IntoView {
    let initial = storage::load_lang()
        .or_else(storage::browser_lang)
        .unwrap_or_default();
    let lang = RwSignal::new(initial);
    provide_context(UiLang(lang));
    let plans = Plans::load();
    provide_context(plans);
    let route = RwSignal::new(Route::parse(&location_hash()));
    provide_context(CurrentRoute(route));

    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(Route::parse(&location_hash()));
    });
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        let key = ev.key().to_lowercase();
        if !(ev.ctrl_key() || ev.meta_key()) {
            return;
        }
        if key == "z" && ev.shift_key() || key == "y" {
            ev.prevent_default();
            plans.redo();
        } else if key == "z" {
            ev.prevent_default();
            plans.undo();
        }
    });

    Effect::new(move || {
        let lang = lang.get();
        storage::save_lang(lang);
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        document().set_title(strings(lang).app_name);
    });

    let screen = Memo::new(move |_| match route.get() {
        Route::Library(_) => Screen::Library,
        Route::Lesson(id) => Screen::Lesson(id),
        Route::Plans => Screen::Plans,
        Route::Plan(id) => Screen::Plan(id),
        Route::Print(id) => Screen::Print(id),
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
            <StorageNotice/>
            {move || match screen.get() {
                Screen::Library => view! { <LibraryView/> }.into_any(),
                Screen::Lesson(id) => view! { <LessonDetail id=id/> }.into_any(),
                Screen::Plans => view! { <PlanList/> }.into_any(),
                Screen::Plan(id) => view! { <PlanEditor id=id/> }.into_any(),
                Screen::Print(id) => view! { <PrintView id=id/> }.into_any(),
            }}
        </main>
        <p class="visually-hidden" role="status" aria-live="polite" data-testid="status">
            {move || plans.status.get()}
        </p>
    }
}

/// A persistent warning while plans are not being saved or could not be read.
#[component]
fn StorageNotice() -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    move || {
        plans.problem.get().map(|problem| {
            let t = strings(lang.get());
            let text = match problem {
                storage::Problem::Unavailable => t.storage_unavailable,
                storage::Problem::SaveFailed => t.save_failed,
                storage::Problem::Corrupt => t.storage_corrupt,
                storage::Problem::Newer => t.storage_newer,
            };
            view! { <p class="notice notice--warning" role="alert" data-testid="storage-notice">{text}</p> }
        })
    }
}
