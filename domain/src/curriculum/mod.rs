//! The curriculum: lessons, the controlled vocabulary, the packet pieces, and their validation.
//!
//! Lessons are written as TOML files in `curriculum/`; the app's build script reads them with
//! [`source`] (feature `source`), runs [`validate`], and embeds the result as JSON that
//! [`Library::from_json`] reads in the browser. The wasm never carries a TOML parser.

mod library;
mod model;
pub mod packed;
#[cfg(any(test, feature = "source"))]
pub mod source;
pub mod validate;
mod vocabulary;

pub use library::{Document, Library, PacketPieces};
pub use model::*;
pub use vocabulary::{id_of, Term, Vocabulary};
