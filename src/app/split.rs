//! The screens a first visit does not need, split out of the app's WebAssembly module into
//! chunks of their own. `scripts/postbuild.mjs` runs `wasm-split-cli` on the linked module:
//! each `#[wasm_split(chunk)]` function below, and the code only it reaches, goes to
//! `split_<chunk>-<hash>.wasm`; code several chunks share but the main module does not use goes
//! to `chunk_<n>-<hash>.wasm`, fetched with the first chunk that needs it; the rest stays in the
//! main module. A chunk shares the main module's memory and state, so its screens are ordinary
//! components here.
//!
//! One chunk is not a screen: reading and writing the plans document (`store`, in
//! `storage/plans.rs`, with the backup file's writer in `components/backup.rs`), fetched once
//! the library is usable, or with the first screen that shows plans.
//!
//! The first call of a chunk's function fetches and instantiates it; the service worker
//! precaches every chunk, so these screens open offline. On a visit the service worker
//! serves, [`preload_when_cached`] starts them in the background.

use super::{use_lang, use_plans};
use crate::components::delivery::{
    fidelity::FidelityView, log_form::LogForm, report::ReportView, results::ResultsView,
    sessions::DeliverView,
};
use crate::components::{
    lesson::LessonDetail, lesson_editor::LessonEditor, packet::PrintView, packs::ShareLessons,
    plan_editor::PlanEditor, plans::PlanList, review::ReviewView, transfer::SharedPlan,
};
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use planner_domain::i18n::strings;
use planner_domain::route::Route;

/// A lesson's page, with its printable and Word copies (the packet's pages for one lesson).
#[wasm_split(lesson, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_lesson))]
fn lesson_chunk(id: String) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <LessonDetail id=id/> }.into_any())
}

/// The plans: the list with its file import, backup and restore (`None`), and a plan's editor
/// with its schedule, checks and coverage (`Some(id)`). One chunk, because the list is where
/// a plan is opened from, and every split point more multiplies the files code they share
/// is cut into.
#[wasm_split(plans, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_plans))]
fn plans_chunk(plan: Option<String>) -> Result<AnyView, SplitLoaderError> {
    Ok(match plan {
        None => view! { <PlanList/> }.into_any(),
        Some(id) => view! { <PlanEditor id=id/> }.into_any(),
    })
}

/// The lesson editor.
#[wasm_split(editor, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_editor))]
fn editor_chunk(id: String) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <LessonEditor id=id/> }.into_any())
}

/// The print view of a plan's packet, on its own: the screen teachers' copies come from, so
/// it fetches and compiles only the packet's code.
#[wasm_split(print, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_print))]
fn print_chunk(id: String) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <PrintView id=id/> }.into_any())
}

/// Sharing lessons, a shared plan's import, the review, and the delivery screens.
#[wasm_split(screens, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_screens))]
fn screens_chunk(route: Route) -> Result<AnyView, SplitLoaderError> {
    Ok(match route {
        Route::Import(data) => view! { <SharedPlan data=data/> }.into_any(),
        Route::Packs => view! { <ShareLessons/> }.into_any(),
        Route::Deliver(p, s) => view! { <DeliverView plan_id=p section_id=s/> }.into_any(),
        Route::Log(p, s, k) => view! { <LogForm plan_id=p section_id=s key=k/> }.into_any(),
        Route::Results(p, s) => view! { <ResultsView plan_id=p section_id=s/> }.into_any(),
        Route::Fidelity(p, s) => view! { <FidelityView plan_id=p section_id=s/> }.into_any(),
        Route::Report => view! { <ReportView/> }.into_any(),
        Route::Review(id) => view! { <ReviewView id=id/> }.into_any(),
        // The main module's screen (`super::screen`) and the other chunks' never come here.
        Route::Library(_)
        | Route::Lesson(_)
        | Route::Plans
        | Route::Plan(_)
        | Route::Edit(_)
        | Route::Print(_) => ().into_any(),
    })
}

/// The screen of `route` from its chunk.
async fn chunk_screen(route: Route) -> Result<AnyView, SplitLoaderError> {
    match route {
        Route::Lesson(id) => lesson_chunk(id).await,
        Route::Plans => plans_chunk(None).await,
        Route::Plan(id) => plans_chunk(Some(id)).await,
        Route::Edit(id) => editor_chunk(id).await,
        Route::Print(id) => print_chunk(id).await,
        other => screens_chunk(other).await,
    }
}

/// The screen of `route`, once its chunk is loaded and, for a screen that shows plans, the
/// plans are read (at once when they are); a notice while they load, and one that says so if
/// they cannot be loaded (offline before the service worker had cached them). Opening the
/// screen again tries again. The lesson editor shows no plans, so it does not wait for them.
#[component]
pub fn SplitScreen(route: Route) -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    view! {
        <Suspense fallback=move || view! {
            <p class="notice" data-testid="screen-loading">
                {move || strings(lang.get()).screen_loading}
            </p>
        }>
            {Suspend::new(async move {
                let shows_plans = !matches!(route, Route::Edit(_));
                let screen = async { chunk_screen(route).await.ok() };
                let plans = async move { !shows_plans || plans.read().await };
                match futures::join!(screen, plans) {
                    (Some(screen), true) => screen,
                    _ => view! {
                        <p class="notice notice--error" role="alert" data-testid="screen-error">
                            {move || strings(lang.get()).screen_error}
                        </p>
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
}

/// Starts loading the chunk of `route`'s screen: for a link the pointer rests on or the focus
/// reaches, so the click that usually follows finds it loaded or on its way, and for a screen
/// opened while its lessons are still being read, so the two arrive together.
pub fn preload_route(route: &Route) {
    let route = route.clone();
    leptos::task::spawn_local(async move {
        let _ = match route {
            Route::Library(_) => Ok(()),
            Route::Lesson(_) => preload_lesson().await,
            Route::Plans | Route::Plan(_) => preload_plans().await,
            Route::Edit(_) => preload_editor().await,
            Route::Print(_) => preload_print().await,
            _ => preload_screens().await,
        };
    });
}

/// Starts loading the print view's chunk a moment after a plan opens: Print is the next step
/// from there, so the first print does not wait for its chunk. A visit the service worker
/// serves has it loaded already ([`preload_when_cached`]).
pub fn preload_print_soon() {
    set_timeout(
        || {
            leptos::task::spawn_local(async {
                let _ = preload_print().await;
            })
        },
        std::time::Duration::from_secs(1),
    );
}

/// Starts loading the delivery screens' chunk (the delivery log, results and the report)
/// when the plans, just read, include one being taught: those screens are where its
/// preventionist goes next, and a visit no service worker serves (a private window, a
/// browser that keeps none) would otherwise fetch and compile the chunk on her click.
pub fn preload_delivery() {
    leptos::task::spawn_local(async {
        let _ = preload_screens().await;
    });
}

/// Starts every chunk in the background on a visit the service worker serves (their files
/// come from its cache, not the network), so the first screen opened from one does not wait.
/// A first visit leaves them to the service worker's precache rather than download them twice.
pub fn preload_when_cached() {
    let controlled = js_sys::Reflect::get(&window().navigator(), &"serviceWorker".into())
        .and_then(|sw| js_sys::Reflect::get(&sw, &"controller".into()))
        .is_ok_and(|c| !c.is_null() && !c.is_undefined());
    if controlled {
        // A moment after the start, which has just finished, so the two do not contend.
        set_timeout(
            || {
                leptos::task::spawn_local(async {
                    let _ = preload_lesson().await;
                    let _ = preload_plans().await;
                    let _ = preload_editor().await;
                    let _ = preload_print().await;
                    let _ = preload_screens().await;
                });
            },
            std::time::Duration::from_secs(2),
        );
    }
}
