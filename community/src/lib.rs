//! The Praxis domain: the community document and the rules of the PAHO/WHO method.
//!
//! One Automerge document holds one Community of Practice. This crate maps it to typed
//! Rust with `autosurgeon` and performs no I/O, so it builds for the browser and the
//! relay alike and is tested natively. Callers pass an [`automerge::Automerge`] they
//! own (the sync layer keeps it); every operation here is one Automerge transaction.

mod document;
mod error;

pub use document::{Community, Design, SCHEMA_VERSION, create, read, set_problem, set_title};
pub use error::CommunityError;
