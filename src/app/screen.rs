//! The screen for the current route, once the lessons it needs are read: the library from the
//! main module, the others from their chunks ([`SplitScreen`]).

use super::split::SplitScreen;
use super::use_lang;
use crate::components::library::LibraryView;
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
    let my_lessons = super::use_my_lessons();
    // The screen's chunk is fetched while its lessons are read, not after.
    Effect::new(move |_| super::split::preload_route(&screen.get()));
    view! {
    {move || match readiness.get() {
                    // Each screen gets the most complete library read when it opens, through
                    // context (`content::use_library`).
                    Readiness::Ready { .. } => (move || {
                        let screen = screen.get();
                        // The library shows another tab's new lessons at once; other screens
                        // take them in when next opened, so nothing being typed there is lost.
                        if matches!(screen, Route::Library(_)) {
                            my_lessons.from_other_tab.track();
                        }
                        let library = content::library().expect("a ready screen has its lessons");
                        view! {
                            <Provider value=Lessons(library)>
                                {match screen {
                                    Route::Library(_) => view! { <LibraryView/> }.into_any(),
                                    other => view! { <SplitScreen route=other/> }.into_any(),
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
