//! The archive of closed communities: when a community's closure verifies, the relay
//! keeps an immutable snapshot of it as the institutional record ([`snapshot`]), keeps
//! every change that reaches it later aside ([`late`]), indexes the record for
//! full-text search ([`text`]), and serves it as HTML pages and exports
//! ([`pages`], [`routes`]) and to harvesters over OAI-PMH ([`harvest`]), read from the
//! store ([`reader`]).
//!
//! The hub decides what to archive ([`archivist`]); the store commits it with the
//! round's other records, before the round's messages go out.

pub mod archivist;
pub mod cache;
pub mod harvest;
pub mod html;
pub mod late;
pub mod pages;
pub mod reader;
pub mod routes;
pub mod snapshot;
pub mod text;

pub use archivist::Archivist;
pub use late::LateChange;
pub use snapshot::Snapshot;
