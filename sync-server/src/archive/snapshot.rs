//! The immutable snapshot the relay takes of a community the first time its closure
//! verifies: what the archived record is, for good.

use automerge::{Automerge, ChangeHash};
use community::{Closure, ClosureInvalid, MemberId, ObjectiveType, Role};
use sync_protocol::DocumentId;

use super::text::{self, SearchText};
use crate::store::meta::UnixSeconds;

/// A closed community as archived: the document's bytes and heads at the round its
/// closure was first verified, and what pages and search need without loading them.
#[derive(Clone, Debug)]
pub struct Snapshot {
    pub document: DocumentId,
    /// `Automerge::save()` of the document: the record and its export.
    pub bytes: Vec<u8>,
    /// What the record holds; every change not among these and their ancestors is late.
    pub heads: Vec<ChangeHash>,
    pub closure: Closure,
    pub title: String,
    /// What kind of objective the community had (harvesters group records by it).
    pub objective_type: Option<ObjectiveType>,
    /// Whether the call was public: anyone may read and find the record.
    pub public: bool,
    /// The roster at the closure: who may read a restricted record, and who moderates it.
    pub members: Vec<(MemberId, Role)>,
    /// What full-text search indexes.
    pub text: SearchText,
    /// When the relay took it.
    pub archived_at: UnixSeconds,
}

/// The snapshot of `doc`, if its closure verifies (written by the closer's own device,
/// the closer a leader).
pub fn take(
    document: DocumentId,
    doc: &Automerge,
    now: UnixSeconds,
) -> Result<Snapshot, ClosureInvalid> {
    let closure = community::verify_closure(doc)?;
    let access = community::roster_access(doc);
    let (text, objective_type) = match community::read(doc) {
        Ok(read) => {
            let knowledge = community::knowledge_base(doc);
            let sources = text::Sources {
                community: &read,
                knowledge: &knowledge,
            };
            (text::extract(&sources), read.design.objective.kind)
        }
        Err(error) => {
            // A document from a newer build: archived all the same (its bytes are the
            // record), searchable once a relay that reads it re-indexes.
            tracing::warn!(%document, %error, "archiving a community this relay cannot read");
            (SearchText::default(), None)
        }
    };
    Ok(Snapshot {
        document,
        bytes: doc.save(),
        heads: doc.get_heads(),
        closure,
        title: text.title.clone(),
        objective_type,
        public: access.is_public(),
        members: access.roles.into_iter().collect(),
        text,
        archived_at: now,
    })
}
