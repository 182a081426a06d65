//! The browser app: a thin Leptos layer over `planner-domain`, started by `src/main.rs`.
//!
//! Its WebAssembly module is split into chunks after linking: the screens a first visit does
//! not need load when first opened ([`app::split`]), and the service worker precaches them.
//! Everything here is compiled for wasm32 only; a native build is just the build script's
//! curriculum check, and `cargo test` exercises the domain crate.

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod content;
#[cfg(target_arch = "wasm32")]
pub mod my_lessons;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod storage;
