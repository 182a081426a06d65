//! The curriculum: lessons, the controlled vocabulary, the packet pieces, and their validation.
//!
//! Lessons are written as TOML files in `curriculum/`; the build reads them with `source`
//! (feature `source`), runs [`validate`], and writes them as lesson packs ([`pack`]: plain
//! JSON) that the app fetches and reads with [`Library::from_pack_json`]. The wasm never
//! carries a TOML parser, nor any curriculum text.

pub mod attention;
pub mod custom;
pub mod diff;
pub mod exchange;
pub mod fields;
mod library;
mod model;
pub mod pack;
#[cfg(any(test, feature = "source"))]
pub mod source;
pub mod validate;
mod vocabulary;

pub use library::{Document, Library, PacketPieces};
pub use model::*;
pub use vocabulary::{List, Term, TermId, Vocabulary};
