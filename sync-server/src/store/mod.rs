//! The relay's durable store: one [`Store`] trait with the operations the hub needs,
//! SQLite as its embedded implementation ([`sqlite`]), a dedicated thread that runs it
//! off the async runtime ([`thread`]), and the one-time import of the file-per-document
//! layout earlier relays wrote ([`legacy`]).
//!
//! Documents are kept **incrementally**: each sync round appends the changes it brought
//! (`save_after(heads already stored)`) as one row, and rows are folded into a single
//! snapshot row once they pile up, so a change costs what the change weighs, not what
//! the whole document weighs.

pub mod legacy;
pub mod meta;
pub mod sqlite;
pub mod thread;

use automerge::{Automerge, AutomergeError};
use sync_protocol::DocumentId;

pub use meta::{Meta, MetaWrite};
pub use sqlite::SqliteStore;
pub use thread::StoreThread;

/// A store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("SQLite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("{action} {path}: {source}")]
    Io {
        action: &'static str,
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "the store has schema version {found}, newer than this relay knows ({known}): run a newer relay"
    )]
    NewerSchema { found: i64, known: i64 },
    #[error("the store's thread has stopped")]
    Stopped,
}

/// New bytes for one document: a snapshot (`Automerge::save`) or the changes after the
/// heads already stored (`Automerge::save_after`).
#[derive(Clone, Debug)]
pub struct Chunk {
    pub document: DocumentId,
    pub bytes: Vec<u8>,
}

/// A document read back at startup.
pub struct Loaded {
    pub id: DocumentId,
    pub doc: Automerge,
}

/// Where documents live. SQLite is the implementation today; a PostgreSQL backend for
/// deployments that outgrow one machine implements the same operations.
///
/// Calls block: [`StoreThread`] runs them on a thread of their own.
pub trait Store: Send + 'static {
    /// Every stored document, each assembled from its rows. A row that does not load is
    /// set aside (kept, never deleted) and reported; the rest of that document and all
    /// other documents still load.
    fn load_all(&mut self) -> Result<Vec<Loaded>, StoreError>;

    /// Durably appends every chunk, all or none. When this returns `Ok`, the chunks
    /// survive a crash or power cut: only then may a peer be told we have them.
    fn append(&mut self, chunks: &[Chunk]) -> Result<(), StoreError>;

    /// Folds a document's rows into one snapshot if enough have piled up; returns
    /// whether it did. Never needed for correctness, so it runs when the store is idle.
    fn compact_if_due(&mut self, document: &DocumentId) -> Result<bool, StoreError>;

    /// Keeps bytes that claim to be a document but do not load, for a person to inspect.
    fn set_aside(
        &mut self,
        document: &DocumentId,
        bytes: &[u8],
        reason: &str,
    ) -> Result<(), StoreError>;

    /// The relay's records (credentials still valid at `now`, creators, invitations,
    /// grants), read once at start.
    fn load_meta(&mut self, now: meta::UnixSeconds) -> Result<Meta, StoreError>;

    /// Durably applies every write, all or none: only then may the hub act on them.
    fn write_meta(&mut self, writes: &[MetaWrite]) -> Result<(), StoreError>;
}

/// Checks that `bytes` are well-formed Automerge (document or changes, checksums
/// verified, nothing truncated), strictly: `Automerge::load_incremental` itself
/// silently keeps the readable prefix of a damaged chunk. Changes whose dependencies
/// are elsewhere (an incremental row, a sync message's changes) are fine.
pub fn check_automerge(bytes: &[u8]) -> Result<Option<Automerge>, AutomergeError> {
    match Automerge::load(bytes) {
        Ok(doc) => Ok(Some(doc)),
        Err(AutomergeError::MissingDeps) => Ok(None),
        Err(error) => Err(error),
    }
}
