//! The screens a first visit does not use, as the second WebAssembly module
//! (`src/bin/planner-screens.rs`): the packet's print view, sharing lessons, a shared plan's
//! import, the review, and the delivery screens.
//!
//! The shell mounts one of these screens into its main region ([`crate::app::lazy`]). This
//! module has its own copy of the app's state, read from the same storage: the plans
//! (localStorage), the preventionist's lessons (IndexedDB) and the library (the full lesson
//! pack, from the service worker's cache). The two copies stay in step the way two tabs do:
//! each plans save here is told to the shell as a `storage` event
//! ([`storage::tell_this_page`]), and lesson saves go over the lessons' `BroadcastChannel`,
//! which reaches the shell too. What this module announces or fails to save is handed to the
//! shell's live region and storage notice ([`forward`]).

pub mod forward;

use crate::app::{location_hash, UiLang};
use crate::components::delivery::{
    fidelity::FidelityView, log_form::LogForm, report::ReportView, results::ResultsView,
    sessions::DeliverView,
};
use crate::components::{
    packet::PrintView, packs::ShareLessons, review::ReviewView, transfer::SharedPlan,
};
use crate::content::{self, Content, Lessons};
use crate::my_lessons::MyLessons;
use crate::state::{Announcer, Plans, StorageHealth};
use crate::storage;
use leptos::context::Provider;
use leptos::prelude::*;
use leptos::reactive::owner::Owner;
use planner_domain::i18n::strings;
use planner_domain::route::Route;
use planner_domain::Lang;
use std::cell::Cell;

/// This module's copy of the app's state, built once and kept for the page's lifetime, so
/// its listeners (another tab's saves, the lessons channel) never outlive what they update.
#[derive(Clone, Copy)]
struct State {
    lang: RwSignal<Lang>,
    health: StorageHealth,
    announcer: Announcer,
    plans: Plans,
    my_lessons: MyLessons,
}

thread_local! {
    static STATE: Cell<Option<State>> = const { Cell::new(None) };
    /// The owner of [`State`]'s signals and effects: never disposed.
    static OWNER: std::cell::OnceCell<Owner> = const { std::cell::OnceCell::new() };
}

/// Reads what every screen here needs, once: the preventionist's lessons, the full pack and
/// the plans. The shell calls it once, before any [`mount`].
pub async fn prepare(lang: Lang) {
    if STATE.with(Cell::get).is_some() {
        return;
    }
    console_error_panic_hook::set_once();
    let _ = any_spawner::Executor::init_wasm_bindgen();
    storage::tell_this_page(true);
    let owner = Owner::new_root(None);
    let content = owner.with(Content::new);
    storage::open_lessons(js_sys::Date::now() as i64).await;
    content.load_full().await;
    let state = owner.with(|| {
        let lang = RwSignal::new(lang);
        let health = StorageHealth::new();
        let announcer = Announcer::new(lang);
        let plans = Plans::load(lang, health, announcer);
        let my_lessons = MyLessons::load();
        let _ =
            storage::on_plans_changed_elsewhere(move |remote| plans.merge_from_other_tab(remote));
        storage::on_lessons_saved(move |result| health.lessons_saved(result));
        forward::to_shell(announcer, health);
        State {
            lang,
            health,
            announcer,
            plans,
            my_lessons,
        }
    });
    OWNER.with(|o| o.set(owner).ok());
    STATE.with(|s| s.set(Some(state)));
}

/// Follows a change of the UI language.
pub fn set_lang(lang: Lang) {
    if let Some(state) = STATE.with(Cell::get) {
        state.lang.set(lang);
    }
}

/// Mounts the screen of the URL's route into `host`, in `lang`, once [`prepare`]d (`None`
/// before). Dropping the returned value unmounts it.
pub fn mount(host: web_sys::HtmlElement, lang: Lang) -> Option<Box<dyn std::any::Any>> {
    let state = STATE.with(Cell::get)?;
    state.lang.set(lang);
    // The shell may have changed plans while no screen of this module was open.
    state.plans.take_stored();
    let route = Route::parse(&location_hash());
    Some(Box::new(leptos::mount::mount_to(host, move || {
        provide_context(UiLang(state.lang));
        provide_context(state.health);
        provide_context(state.announcer);
        provide_context(state.plans);
        provide_context(state.my_lessons);
        match content::library() {
            Some(library) => view! {
                <Provider value=Lessons(library)>
                    {screen(route)}
                </Provider>
            }
            .into_any(),
            None => view! {
                <p class="notice notice--error" role="alert" data-testid="library-error">
                    {strings(lang).library_error}
                </p>
            }
            .into_any(),
        }
    })))
}

/// The component for one of this module's routes.
fn screen(route: Route) -> AnyView {
    match route {
        Route::Import(data) => view! { <SharedPlan data=data/> }.into_any(),
        Route::Print(id) => view! { <PrintView id=id/> }.into_any(),
        Route::Packs => view! { <ShareLessons/> }.into_any(),
        Route::Deliver(p, s) => view! { <DeliverView plan_id=p section_id=s/> }.into_any(),
        Route::Log(p, s, k) => view! { <LogForm plan_id=p section_id=s key=k/> }.into_any(),
        Route::Results(p, s) => view! { <ResultsView plan_id=p section_id=s/> }.into_any(),
        Route::Fidelity(p, s) => view! { <FidelityView plan_id=p section_id=s/> }.into_any(),
        Route::Report => view! { <ReportView/> }.into_any(),
        Route::Review(id) => view! { <ReviewView id=id/> }.into_any(),
        // The shell's own screens never reach this module.
        Route::Library(_) | Route::Lesson(_) | Route::Plans | Route::Plan(_) | Route::Edit(_) => {
            ().into_any()
        }
    }
}
