//! What the domain's tests share, unit and integration alike: the built-in library, read from
//! `curriculum/` as the build reads it. Integration tests reach it through the `test-support`
//! feature, which the crate's dev-dependency on itself turns on; the app never builds it.

use crate::curriculum::source::load_library;
use crate::curriculum::Library;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The built-in `curriculum/` folder of this checkout.
pub fn curriculum_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../curriculum")
}

/// A fresh copy of the built-in library, for a test that changes it. Panics with every
/// problem the curriculum has, one a line, so a broken lesson file names itself.
pub fn library() -> Library {
    match load_library(&curriculum_root()) {
        Ok(lib) => lib,
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("curriculum has problems:\n{}", list.join("\n"));
        }
    }
}

/// The built-in library read once, for tests that only look at it.
pub fn shared_library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(library)
}
