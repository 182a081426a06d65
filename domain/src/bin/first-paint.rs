//! Prints the library's static first paint (see `planner_domain::first_paint`) for the Trunk
//! post-build hook (scripts/postbuild.mjs) to put into index.html.
//!
//!   cargo run -q -p planner-domain --features source --bin first-paint [CURRICULUM_DIR]
//!
//! The folder defaults to PLANNER_CURRICULUM_DIR (the benchmark's synthetic libraries), then
//! to the repository's curriculum/, as in the app's build script.

use planner_domain::curriculum::source::load_library;
use std::path::PathBuf;

fn main() {
    let root = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("PLANNER_CURRICULUM_DIR").ok())
        .filter(|dir| !dir.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../curriculum"));
    match load_library(&root) {
        Ok(library) => print!("{}", planner_domain::first_paint::html(&library)),
        Err(problems) => {
            eprintln!("{} has {} problem(s)", root.display(), problems.len());
            std::process::exit(1);
        }
    }
}
