//! The curriculum embedded at build time (see `build.rs`), parsed once on first use.

use planner_domain::Library;
use std::sync::OnceLock;

static PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/library.bin"));

/// The library, or `None` if the embedded data could not be read (which validation at build
/// time should make impossible; the UI still shows a message rather than crashing).
pub fn library() -> Option<&'static Library> {
    static LIBRARY: OnceLock<Option<Library>> = OnceLock::new();
    LIBRARY
        .get_or_init(|| Library::from_packed(PACKED).ok())
        .as_ref()
}
