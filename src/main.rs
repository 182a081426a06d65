//! The browser app: a thin Leptos layer over `planner-domain`.
//!
//! Everything here is compiled for wasm32 only; a native build of this crate is just the
//! build script's curriculum check, and `cargo test` exercises the domain crate.

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod content;
#[cfg(target_arch = "wasm32")]
mod state;
#[cfg(target_arch = "wasm32")]
mod storage;

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    let search_had_focus = app::replace_first_paint();
    leptos::mount::mount_to_body(app::App);
    if search_had_focus {
        app::focus_search();
    }
}

/// Built natively (for the curriculum check in the build script), the app has nothing to run.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("The planner runs in a browser: see README.md to build and serve it.");
}
