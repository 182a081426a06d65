//! The browser app: a thin Leptos layer over `planner-domain`, built as two WebAssembly
//! modules from this one library.
//!
//! - The shell (`src/main.rs`): the header, the library, a lesson, the plans, the plan editor
//!   and the lesson editor. It is what a first visit downloads before the app is usable.
//! - The screens a first visit does not use (`src/bin/planner-screens.rs`): the packet's print
//!   view, sharing lessons, a shared plan's import, the review, and the delivery screens. The
//!   shell loads that module when one of those screens opens ([`app::lazy`]); the service
//!   worker precaches it, so they open offline too.
//!
//! Both modules link this library; each keeps only the code its entry point reaches. Everything
//! here is compiled for wasm32 only; a native build is just the build script's curriculum check,
//! and `cargo test` exercises the domain crate.

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod content;
#[cfg(target_arch = "wasm32")]
pub mod my_lessons;
#[cfg(target_arch = "wasm32")]
pub mod screens;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod storage;
