//! The screen for the current route, once the lessons it needs are read: the shell's own
//! screens here, the others through [`LazyScreen`].

use super::lazy::LazyScreen;
use super::use_lang;
use crate::components::{
    lesson::LessonDetail, lesson_editor::LessonEditor, library::LibraryView,
    plan_editor::PlanEditor, plans::PlanList,
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
                                    Route::Edit(id) => view! { <LessonEditor id=id/> }.into_any(),
                                    // The rest are in the second module (`crate::screens`).
                                    _ => view! { <LazyScreen/> }.into_any(),
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
