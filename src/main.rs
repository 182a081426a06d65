//! The app shell's entry point (see the library's docs in `src/lib.rs`).

#[cfg(target_arch = "wasm32")]
fn main() {
    use prevention_planner::{app, content, storage};
    console_error_panic_hook::set_once();
    let content = content::Content::new();
    // Not Leptos' spawner: it is set up when the app mounts, which waits for this.
    wasm_bindgen_futures::spawn_local(async move {
        // Opening on the library, the static first paint stays until the library screen can
        // replace it (its index pack is small and was preloaded by index.html).
        // The preventionist's own lessons (IndexedDB), read while the index pack arrives.
        let lessons = storage::open_lessons(js_sys::Date::now() as i64);
        if app::opens_on_library() {
            futures::join!(content.load_index(app::initial_lang()), lessons);
        } else {
            lessons.await;
        }
        let search_had_focus = app::replace_first_paint();
        leptos::mount::mount_to_body(move || leptos::view! { <app::App content/> });
        if search_had_focus {
            app::focus_search();
        }
        content.load_full().await;
        app::split::preload_when_cached();
    });
}

/// Built natively (for the curriculum check in the build script), the app has nothing to run.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("The planner runs in a browser: see README.md to build and serve it.");
}
