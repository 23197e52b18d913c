//! Per-connection state: handshake progress and per-document sync state.

use std::collections::BTreeMap;

use automerge::sync;

use crate::{DocumentId, Millis, PeerId};

/// Identifies one transport connection of a [`crate::Repo`]; handed out by
/// [`crate::Repo::connect`] and never reused by that repo.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ConnectionId(pub(crate) u64);

/// Where the `join`/`peer` handshake stands.
#[derive(Debug)]
pub(crate) enum Handshake {
    /// We accepted the transport and wait for the peer's `join`.
    AwaitingJoin,
    /// We sent `join` and wait for `peer`.
    AwaitingPeer,
    /// Handshake done; documents may be synced.
    Ready(PeerId),
}

/// One open connection.
#[derive(Debug)]
pub(crate) struct Connection {
    pub(crate) handshake: Handshake,
    /// Sync bookkeeping per document this connection has dealt with.
    pub(crate) docs: BTreeMap<DocumentId, ConnDoc>,
}

impl Connection {
    pub(crate) fn new(handshake: Handshake) -> Self {
        Connection {
            handshake,
            docs: BTreeMap::new(),
        }
    }

    pub(crate) fn peer(&self) -> Option<&PeerId> {
        match &self.handshake {
            Handshake::Ready(peer) => Some(peer),
            _ => None,
        }
    }
}

/// What we know about one document on one connection.
///
/// The automerge sync state must be per (connection, document): it records
/// what this particular peer has and what we sent it, and a fresh one is
/// required after reconnecting (the peer may have lost messages).
#[derive(Debug, Default)]
pub(crate) struct ConnDoc {
    pub(crate) sync: sync::State,
    /// The peer sent `sync` or `request` for this document. A relay only
    /// syncs documents a connection asked for; this also remembers requests
    /// we answered `doc-unavailable`, so the doc is served when it arrives.
    pub(crate) asked: bool,
    /// We already sent our `request` for a document we lack on this connection.
    pub(crate) request_sent: bool,
    /// The peer said it does not have the document either.
    pub(crate) peer_unavailable: bool,
    /// When we sent changes the peer has not answered yet (it answers any that change
    /// its heads); see [`crate::pacing`].
    pub(crate) unacknowledged_since: Option<Millis>,
    /// Our last message asked the peer for changes (`need`), so a message with the same
    /// heads that no longer asks is news to it.
    pub(crate) asked_for_changes: bool,
}
