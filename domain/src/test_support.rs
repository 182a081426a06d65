//! What the domain's unit tests share: the built-in library, read from `curriculum/` as the
//! build reads it.

use crate::curriculum::source::load_library;
use crate::curriculum::Library;
use std::path::Path;
use std::sync::OnceLock;

/// A fresh copy of the built-in library, for a test that changes it.
pub(crate) fn library() -> Library {
    load_library(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../curriculum")).unwrap()
}

/// The built-in library read once, for tests that only look at it.
pub(crate) fn shared_library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(library)
}
