//! UI components: thin views over the domain, one file per screen part.

pub mod header;
pub mod library;
