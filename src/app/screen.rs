//! The screen for the current route, once the lessons it needs are read.

use super::use_lang;
use crate::components::delivery::{
    fidelity::FidelityView, log_form::LogForm, report::ReportView, results::ResultsView,
    sessions::DeliverView,
};
use crate::components::{
    lesson::LessonDetail, lesson_editor::LessonEditor, library::LibraryView, packet::PrintView,
    packs::ShareLessons, plan_editor::PlanEditor, plans::PlanList, review::ReviewView,
    transfer::SharedPlan,
};
use crate::content::{self, Lessons, Readiness};
use leptos::context::Provider;
use leptos::prelude::*;
use planner_domain::i18n::strings;
use planner_domain::route::Route;

/// The current screen, or the notice that its lessons are loading or failed to load.
#[component]
pub fn ScreenView(
    /// The route without the library's filter ([`Route::screen`]), so typing a search does
    /// not rebuild the screen.
    screen: Memo<Route>,
    /// Whether the lessons this screen needs are read.
    readiness: RwSignal<Readiness>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
    {move || match readiness.get() {
                    // Each screen gets the most complete library read when it opens, through
                    // context (`content::use_library`).
                    Readiness::Ready { .. } => (move || {
                        let screen = screen.get();
                        let library = content::library().expect("a ready screen has its lessons");
                        view! {
                            <Provider value=Lessons(library)>
                                {match screen {
                                    Route::Library(_) => view! { <LibraryView/> }.into_any(),
                                    Route::Lesson(id) => view! { <LessonDetail id=id/> }.into_any(),
                                    Route::Plans => view! { <PlanList/> }.into_any(),
                                    Route::Plan(id) => view! { <PlanEditor id=id/> }.into_any(),
                                    Route::Import(data) => view! { <SharedPlan data=data/> }.into_any(),
                                    Route::Print(id) => view! { <PrintView id=id/> }.into_any(),
                                    Route::Edit(id) => view! { <LessonEditor id=id/> }.into_any(),
                                    Route::Packs => view! { <ShareLessons/> }.into_any(),
                                    Route::Deliver(p, s) => view! { <DeliverView plan_id=p section_id=s/> }.into_any(),
                                    Route::Log(p, s, k) => view! { <LogForm plan_id=p section_id=s key=k/> }.into_any(),
                                    Route::Results(p, s) => view! { <ResultsView plan_id=p section_id=s/> }.into_any(),
                                    Route::Fidelity(p, s) => view! { <FidelityView plan_id=p section_id=s/> }.into_any(),
                                    Route::Report => view! { <ReportView/> }.into_any(),
                                    Route::Review(id) => view! { <ReviewView id=id/> }.into_any(),
                                }}
                            </Provider>
                        }
                    })
                    .into_any(),
                    Readiness::Loading => view! {
                        <p class="notice" data-testid="lessons-loading">
                            {move || strings(lang.get()).lessons_loading}
                        </p>
                    }
                    .into_any(),
                    Readiness::Failed => view! {
                        <p class="notice notice--error" role="alert" data-testid="library-error">
                            {move || strings(lang.get()).library_error}
                        </p>
                    }
                    .into_any(),
                }}
        }
}
