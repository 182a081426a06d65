//! Validates `curriculum/` at build time: a problem in a lesson file stops the build with the
//! file, the field and what is wrong, so broken content never ships.
//!
//! Nothing is embedded: the Trunk post-build hook (scripts/postbuild.mjs) writes the library
//! into `dist/` as lesson packs with the domain's `lesson-pack` binary, which validates the
//! same way, and the app fetches them. The wasm carries no curriculum text and no TOML parser.

use planner_domain::curriculum::source::load_library;
use std::path::Path;

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest_dir).join("curriculum");
    println!("cargo:rerun-if-changed={}", root.display());
    if let Err(problems) = load_library(&root) {
        eprintln!("curriculum/ has {} problem(s):", problems.len());
        for p in &problems {
            eprintln!("  curriculum/{p}");
        }
        std::process::exit(1);
    }
}
