//! Reads and validates `curriculum/` at build time and embeds it in its packed form
//! (`planner_domain::curriculum::packed`).
//!
//! A problem in a lesson file stops the build with the file, the field and what is wrong, so
//! broken content never ships; the wasm carries no TOML parser.

use planner_domain::curriculum::source::load_library;
use std::path::Path;

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    // PLANNER_CURRICULUM_DIR builds another curriculum folder in, for the benchmark's
    // synthetic libraries (scripts/bench.mjs); the shipped app always uses curriculum/.
    println!("cargo:rerun-if-env-changed=PLANNER_CURRICULUM_DIR");
    let root = match std::env::var("PLANNER_CURRICULUM_DIR") {
        Ok(dir) if !dir.is_empty() => Path::new(&dir).to_path_buf(),
        _ => Path::new(&manifest_dir).join("curriculum"),
    };
    println!("cargo:rerun-if-changed={}", root.display());
    let library = match load_library(&root) {
        Ok(library) => library,
        Err(problems) => {
            eprintln!("curriculum/ has {} problem(s):", problems.len());
            for p in &problems {
                eprintln!("  curriculum/{p}");
            }
            std::process::exit(1);
        }
    };
    let packed = library.to_packed();
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("library.bin");
    std::fs::write(&out, packed).expect("write library.bin");
}
