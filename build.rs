//! Validates `curriculum/` at build time: a problem in a lesson file stops the build with the
//! file, the field and what is wrong, so broken content never ships.
//!
//! Nothing is embedded: the Trunk post-build hook (scripts/postbuild.mjs) writes the library
//! into `dist/` as lesson packs with the domain's `lesson-pack` binary, which validates the
//! same way, and the app fetches them. The wasm carries no curriculum text and no TOML parser.
//!
//! It also has the linker keep its relocations in the app's WebAssembly module, which
//! wasm-split-cli reads to split it into chunks (src/app/split.rs, scripts/postbuild.mjs);
//! wasm-bindgen and wasm-opt drop them after. Only this binary's link: the Word worker's module
//! and every library stay as they are.

use planner_domain::curriculum::source::load_library;
use std::path::Path;

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest_dir).join("curriculum");
    println!("cargo:rerun-if-changed={}", root.display());
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=prevention-planner=--emit-relocs");
    }
    if let Err(problems) = load_library(&root) {
        eprintln!("curriculum/ has {} problem(s):", problems.len());
        for p in &problems {
            eprintln!("  curriculum/{p}");
        }
        std::process::exit(1);
    }
}
