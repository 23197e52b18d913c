//! What the host must do after calling into the [`crate::Repo`].

use crate::{ConnectionId, DocumentId, PeerId};

/// Where a document change came from, so the host can e.g. skip re-rendering its own edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    /// Made through [`crate::Repo::change_document`].
    Local,
    /// Applied from a sync message of a peer.
    Remote,
}

/// An action for the host, drained with [`crate::Repo::take_effects`] in the order produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Send these bytes (one wire message, one transport frame) on the connection.
    Send {
        /// The connection to send on.
        connection: ConnectionId,
        /// A complete CBOR-encoded automerge-repo message.
        bytes: Vec<u8>,
        /// The document whose sync data the message carries (`sync` and `request`),
        /// so a host can tell when a change has been passed on without decoding.
        document: Option<DocumentId>,
    },
    /// The document's content changed; the host persists `doc.save()` and re-renders.
    DocumentChanged {
        /// The document that changed.
        document: DocumentId,
        /// Whether the change was local or came from a peer.
        origin: Origin,
    },
    /// Every connected peer answered `doc-unavailable` to our request.
    /// The request stays open: it is re-asked on new connections and the doc
    /// is still accepted if a peer sends it later.
    DocumentUnavailable {
        /// The requested document.
        document: DocumentId,
    },
    /// A peer answered `doc-unavailable` about a document we hold: it will not sync it
    /// with us (a relay that does not count us among the document's members). What we
    /// hold stays; the host can tell the person their changes will not reach others.
    DocumentRefused {
        /// The document.
        document: DocumentId,
    },
    /// The handshake on this connection completed.
    PeerReady {
        /// The connection.
        connection: ConnectionId,
        /// The peer's announced id.
        peer: PeerId,
    },
}
