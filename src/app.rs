//! The app shell: language and route state, the header, and the screen for the current URL.

use crate::components::backup::{back_up_everything, BackupReminder};
use crate::components::delivery::{
    fidelity::FidelityView, log_form::LogForm, report::ReportView, results::ResultsView,
    sessions::DeliverView,
};
use crate::components::{
    header::Header, lesson::LessonDetail, lesson_editor::LessonEditor, library::LibraryView,
    packet::PrintView, packs::ShareLessons, plan_editor::PlanEditor, plans::PlanList,
    review::ReviewView, transfer::SharedPlan,
};
use crate::content::{self, Content, Lessons, Readiness};
use crate::my_lessons::MyLessons;
use crate::state::{Announcer, Plans, StorageHealth};
use crate::storage;
use leptos::context::Provider;
use leptos::prelude::*;
use planner_domain::filter::{to_query, Filter};
use planner_domain::i18n::strings;
use planner_domain::route::Route;
use planner_domain::Lang;
use std::time::Duration;
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

fn location_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Goes to another screen, adding a browser history entry.
pub fn navigate(route: &Route) {
    let _ = window().location().set_hash(&route.to_hash());
}

/// Updates the URL without a new history entry (a ticked filter, "Clear all filters").
pub fn replace_route(route: Route) {
    cancel_pending_url();
    write_url(&route.to_hash());
    use_route().set(route);
}

/// Like [`replace_route`], for typing in the search box: the results follow each keystroke, the
/// URL only a pause in typing (or leaving the box). Every URL change makes the
/// browser reload the page's icon (an SVG document), which cost more than the filtering.
pub fn replace_route_soon(route: Route) {
    let hash = route.to_hash();
    use_route().set(route);
    let handle = set_timeout_with_handle(flush_url, Duration::from_millis(URL_PAUSE_MS)).ok();
    let previous = PENDING_URL.with(|p| p.replace(handle.map(|h| (hash, h))));
    if let Some((_, h)) = previous {
        h.clear();
    }
}

/// Writes a URL that [`replace_route_soon`] is holding back, now.
pub fn flush_url() {
    if let Some((hash, handle)) = PENDING_URL.with(|p| p.take()) {
        handle.clear();
        // Only onto the screen it belongs to: a link followed since then has its own URL.
        if matches!(Route::parse(&location_hash()), Route::Library(_)) {
            write_url(&hash);
        }
    }
}

fn cancel_pending_url() {
    if let Some((_, handle)) = PENDING_URL.with(|p| p.take()) {
        handle.clear();
    }
}

fn write_url(hash: &str) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(hash));
    }
}

/// How long typing must pause before the search reaches the URL.
const URL_PAUSE_MS: u64 = 400;

thread_local! {
    static PENDING_URL: std::cell::Cell<Option<(String, TimeoutHandle)>> =
        const { std::cell::Cell::new(None) };
}

/// Removes the library's static first paint (see `planner_domain::first_paint`) just before
/// the app mounts, carrying a search typed into it over to the URL the app opens on. Returns
/// whether its search box had the focus, so [`focus_search`] can hand it on.
pub fn replace_first_paint() -> bool {
    let doc = document();
    let Some(first_paint) = doc.get_element_by_id("first-paint") else {
        return false;
    };
    let shown = doc
        .document_element()
        .and_then(|root| root.get_attribute("data-first-paint"));
    let search = shown
        .and_then(|lang| {
            doc.query_selector(&format!(
                ".first-paint__lang[data-lang=\"{lang}\"] .first-paint__search"
            ))
            .ok()
            .flatten()
        })
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
    let focused = search
        .as_ref()
        .is_some_and(|box_| doc.active_element().is_some_and(|active| active == ***box_));
    let query = search.map(|box_| box_.value()).unwrap_or_default();
    if !query.trim().is_empty() && matches!(Route::parse(&location_hash()), Route::Library(_)) {
        let filter = Filter {
            query,
            ..Filter::default()
        };
        write_url(&Route::Library(to_query(&filter)).to_hash());
    }
    first_paint.remove();
    focused
}

/// Puts the focus in the library's search box, the caret after its text.
pub fn focus_search() {
    if let Some(search) = document()
        .query_selector("[data-testid=\"search\"]")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        let _ = search.focus();
        let end = search.value().encode_utf16().count() as u32;
        let _ = search.set_selection_range(end, end);
    }
}

/// Which screen is showing, without the library's filter (so typing a search does not
/// rebuild the screen).
#[derive(Clone, PartialEq)]
enum Screen {
    Library,
    Lesson(String),
    Plans,
    Plan(String),
    Import(String),
    Print(String),
    Edit(String),
    Packs,
    Deliver(String, String),
    Log(String, String, String),
    Results(String, String),
    Fidelity(String, String),
    Report,
    Review(String),
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

#[component]
pub fn App(content: Content) -> impl IntoView {
    let lang = RwSignal::new(initial_lang());
    provide_context(UiLang(lang));
    let health = StorageHealth::new();
    provide_context(health);
    let announcer = Announcer::new();
    provide_context(announcer);
    let plans = Plans::load(lang, health, announcer);
    provide_context(plans);
    let my_lessons = MyLessons::load();
    provide_context(my_lessons);
    let route = RwSignal::new(Route::parse(&location_hash()));
    provide_context(CurrentRoute(route));
    storage::on_plans_changed_elsewhere(move |remote| plans.merge_from_other_tab(remote));
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
    // Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo plan edits on the plan screens. Inside a
    // text field the browser's own text undo runs instead (and flows into the plan as typing).
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() {
            return;
        }
        let route = route.get_untracked();
        if !matches!(route, Route::Plan(_) | Route::Plans | Route::Edit(_)) {
            return;
        }
        let in_text_field = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    || el.has_attribute("contenteditable")
            });
        if in_text_field {
            return;
        }
        let key = ev.key().to_lowercase();
        let redo = key == "z" && ev.shift_key() || key == "y";
        if !(redo || key == "z") {
            return;
        }
        ev.prevent_default();
        match route {
            // In a plan: that plan's own history.
            Route::Plan(id) if redo => plans.redo(&id),
            Route::Plan(id) => plans.undo(&id),
            // In the lesson editor: that lesson's own history.
            Route::Edit(id) if redo => my_lessons.redo(&id),
            Route::Edit(id) => my_lessons.undo(&id),
            // In the plans list: the newest notice's Undo or Redo, whichever it offers.
            _ => {
                let offered = plans
                    .list_changes
                    .with_untracked(|l| l.first().map(|c| c.undone));
                if offered == Some(redo) {
                    plans.toggle_list_change(0);
                }
            }
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
        Route::Import(data) => Screen::Import(data),
        Route::Print(id) => Screen::Print(id),
        Route::Edit(id) => Screen::Edit(id),
        Route::Packs => Screen::Packs,
        Route::Deliver(p, s) => Screen::Deliver(p, s),
        Route::Log(p, s, k) => Screen::Log(p, s, k),
        Route::Results(p, s) => Screen::Results(p, s),
        Route::Fidelity(p, s) => Screen::Fidelity(p, s),
        Route::Report => Screen::Report,
        Route::Review(id) => Screen::Review(id),
    });

    // Each screen waits for the lessons it needs (content.rs): the library for its index
    // pack, the others for the full pack. A signal set only when the answer changes, so the
    // full pack arriving under a library screen drawn from the index does not redraw it.
    let readiness_now = move |previous| {
        content.readiness(
            matches!(screen.get(), Screen::Library),
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

    // On moving to another screen, it opens at its top and focus goes to the main region, so
    // keyboard and screen-reader users start at the new content instead of on the link they
    // used (filter changes in the library are not a new screen, so typing a search keeps its
    // focus and the list keeps its place).
    Effect::new(move |previous: Option<Screen>| {
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
            {move || match readiness.get() {
                // Each screen gets the most complete library read when it opens, through
                // context (`content::use_library`).
                Readiness::Ready { .. } => (move || {
                    let screen = screen.get();
                    let library = content::library().expect("a ready screen has its lessons");
                    view! {
                        <Provider value=Lessons(library)>
                            {match screen {
                                Screen::Library => view! { <LibraryView/> }.into_any(),
                                Screen::Lesson(id) => view! { <LessonDetail id=id/> }.into_any(),
                                Screen::Plans => view! { <PlanList/> }.into_any(),
                                Screen::Plan(id) => view! { <PlanEditor id=id/> }.into_any(),
                                Screen::Import(data) => view! { <SharedPlan data=data/> }.into_any(),
                                Screen::Print(id) => view! { <PrintView id=id/> }.into_any(),
                                Screen::Edit(id) => view! { <LessonEditor id=id/> }.into_any(),
                                Screen::Packs => view! { <ShareLessons/> }.into_any(),
                                Screen::Deliver(p, s) => view! { <DeliverView plan_id=p section_id=s/> }.into_any(),
                                Screen::Log(p, s, k) => view! { <LogForm plan_id=p section_id=s key=k/> }.into_any(),
                                Screen::Results(p, s) => view! { <ResultsView plan_id=p section_id=s/> }.into_any(),
                                Screen::Fidelity(p, s) => view! { <FidelityView plan_id=p section_id=s/> }.into_any(),
                                Screen::Report => view! { <ReportView/> }.into_any(),
                                Screen::Review(id) => view! { <ReviewView id=id/> }.into_any(),
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
        </main>
        <p class="visually-hidden" role="status" aria-live="polite" data-testid="status">
            {move || announcer.message()}
        </p>
    }
}

/// A persistent warning while plans are not being saved or could not be read, with the way
/// out (export, or download the backup), and a notice when two tabs changed the same plan.
#[component]
fn StorageNotice() -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let health = use_health();
    view! {
        {move || {
            health.problem.get().map(|problem| {
                let t = strings(lang.get());
                let text = match problem {
                    storage::Problem::Unavailable => t.storage_unavailable,
                    storage::Problem::SaveFailed => t.save_failed,
                    storage::Problem::Corrupt => t.storage_corrupt,
                    storage::Problem::CorruptNotBackedUp => t.storage_corrupt_not_backed_up,
                    storage::Problem::Newer => t.storage_newer,
                    storage::Problem::NotKept => t.backup.not_kept,
                };
                let action = match problem {
                    storage::Problem::Corrupt => view! {
                        <button type="button" class="button button--quiet" data-testid="download-backup" on:click=move |_| {
                            if let Some((key, text)) = storage::backups().into_iter().next() {
                                storage::download(&format!("{key}.json"), &text, "application/json");
                            }
                        }>{t.data.download_backup}</button>
                    }.into_any(),
                    storage::Problem::Unavailable
                    | storage::Problem::SaveFailed
                    | storage::Problem::NotKept
                    | storage::Problem::CorruptNotBackedUp => view! {
                        <button type="button" class="button" data-testid="export-all-notice" on:click=move |_| {
                            back_up_everything(plans, health);
                        }>{t.backup.back_up}</button>
                    }.into_any(),
                    storage::Problem::Newer => ().into_any(),
                };
                view! {
                    <div class="notice notice--warning" role="alert" data-testid="storage-notice">
                        <p>{text}</p>
                        {action}
                    </div>
                }
            })
        }}
        <LessonsNotice/>
        <BackupReminder/>
        {move || {
            let conflicts = health.conflicts.get();
            (!conflicts.is_empty()).then(|| {
                let t = strings(lang.get());
                view! {
                    <div class="notice notice--warning" role="alert" data-testid="conflict-notice">
                        <p>{(t.data.conflict_notice)(&conflicts.join(", "))}</p>
                        <button type="button" class="button button--quiet" on:click=move |_| health.conflicts.set(Vec::new())>
                            {t.data.dismiss}
                        </button>
                    </div>
                }
            })
        }}
    }
}

/// A warning while lessons are not being saved or could not be read (plans have their own,
/// above), with the way out: a backup of everything, or the copy of an unreadable document.
#[component]
fn LessonsNotice() -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let health = use_health();
    move || {
        let problem = health.lessons_problem.get()?;
        // The plans' notice already says storage is unavailable or newer.
        if Some(problem) == health.problem.get() && problem != storage::Problem::SaveFailed {
            return None;
        }
        let t = strings(lang.get());
        let text = match problem {
            storage::Problem::SaveFailed => t.backup.lessons_save_failed,
            storage::Problem::NotKept => t.backup.not_kept,
            storage::Problem::Corrupt => t.backup.lesson_storage_corrupt,
            storage::Problem::CorruptNotBackedUp => t.storage_corrupt_not_backed_up,
            storage::Problem::Unavailable => t.storage_unavailable,
            storage::Problem::Newer => t.backup.lessons_newer,
        };
        let action = match problem {
            storage::Problem::Corrupt => view! {
                <button type="button" class="button button--quiet" data-testid="download-lessons-backup" on:click=move |_| {
                    leptos::task::spawn_local(async {
                        if let Some((key, text)) = storage::lesson_backups().await.into_iter().next() {
                            storage::download(&format!("{key}.json"), &text, "application/json");
                        }
                    });
                }>{t.data.download_backup}</button>
            }.into_any(),
            storage::Problem::Newer => ().into_any(),
            _ => view! {
                <button type="button" class="button" data-testid="lessons-notice-back-up" on:click=move |_| back_up_everything(plans, health)>
                    {t.backup.back_up}
                </button>
            }.into_any(),
        };
        Some(view! {
            <div class="notice notice--warning" role="alert" data-testid="lessons-notice">
                <p>{text}</p>
                {action}
            </div>
        })
    }
}

/// "A new version is ready": shown once the service worker has the next version; reloading
/// hands over to it (stored plans are migrated on the next start).
#[component]
fn UpdateBanner(ready: RwSignal<bool>) -> impl IntoView {
    let lang = use_lang();
    move || {
        ready.get().then(|| {
            let t = strings(lang.get());
            view! {
                <div class="notice update-banner" role="status" data-testid="update-banner">
                    <p>{t.data.update_ready}</p>
                    <button type="button" class="button" on:click=move |_| {
                        let _ = window().dispatch_event(&web_sys::Event::new("planner-apply-update").expect("event"));
                    }>{t.data.reload}</button>
                </div>
            }
        })
    }
}
