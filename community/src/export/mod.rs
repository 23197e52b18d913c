//! What an archived community is exported as: a Dublin Core record for catalogues and
//! harvesters, a versioned JSON document, and a readable Markdown record.
//!
//! Pure functions over the community's Automerge document, read through
//! [`crate::read`], so the relay's archive and any other caller get the same record:
//! - [`dublin_core`] → [`DublinCore`], written as OAI-PMH's `oai_dc:dc`
//!   ([`DublinCore::to_oai_dc_xml`]) or DSpace's `dublin_core.xml`
//!   ([`DublinCore::to_saf_xml`]);
//! - [`to_json`]: the `praxis-community-archive/1` document, whose JSON Schema is
//!   `docs/archive-schema.json`;
//! - [`to_markdown`]: the same content for people.
//!
//! Each export is built section by section (design, implementation, discussions,
//! moderation), one function per section, so the closure's sections (lessons learned,
//! assessment, knowledge base) are one function each when `community::conclusion`
//! lands.

mod decisions;
mod dublin_core;
mod json;
mod markdown;
pub mod xml;

pub use dublin_core::{DublinCore, Publication, dublin_core};
pub use json::{ARCHIVE_SCHEMA, to_json};
pub use markdown::to_markdown;

#[cfg(test)]
pub(crate) mod fixture;
