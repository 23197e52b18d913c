//! Errors a peer can cause; each one ends the connection.

use crate::message::DecodeError;
use crate::{ConnectionId, DocumentId};

/// Why [`crate::Repo::receive`] rejected input. The host closes the connection;
/// except for [`ProtocolError::UnknownConnection`] and [`ProtocolError::Remote`],
/// an `error` message explaining the problem has already been queued to the peer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProtocolError {
    /// The frame exceeds [`crate::Config::max_message_bytes`]; it was not decoded.
    #[error("message of {size} bytes exceeds the limit of {limit} bytes")]
    TooLarge {
        /// Size of the rejected frame.
        size: usize,
        /// The configured limit.
        limit: usize,
    },
    /// The frame is not a well-formed automerge-repo message.
    #[error("undecodable message: {0}")]
    Decode(#[from] DecodeError),
    /// The peer offered no protocol version we speak (we speak "1").
    #[error("no common protocol version: peer supports {offered:?}, we support [\"1\"]")]
    UnsupportedVersion {
        /// What the peer offered in `join` or selected in `peer`.
        offered: Vec<String>,
    },
    /// A message arrived that the handshake state does not allow (e.g. `sync` before `join`).
    #[error("unexpected `{message_type}` message {state}")]
    Unexpected {
        /// The wire `type` of the message.
        message_type: &'static str,
        /// Where the connection was, e.g. "before the handshake".
        state: &'static str,
    },
    /// The `data` of a `sync`/`request` is not an Automerge sync message, or applying it failed.
    #[error("invalid automerge sync data for document {document}: {reason}")]
    InvalidSyncData {
        /// The document the message was about.
        document: DocumentId,
        /// Automerge's explanation.
        reason: String,
    },
    /// The peer sent an `error` message; no reply is queued (it is closing anyway).
    #[error("peer reported an error: {0}")]
    Remote(String),
    /// `receive` was called with a connection that is not (or no longer) open.
    #[error("unknown connection {0:?}")]
    UnknownConnection(ConnectionId),
}
