//! How a [`crate::Repo`] is set up: its role in the topology and its limits.

use crate::Millis;

/// Which side of the topology a [`crate::Repo`] plays; decides handshake and share policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// The browser app: sends `join` on connect and syncs every document with every connection.
    Client,
    /// The relay server: answers `join` with `peer` and only syncs a document
    /// with connections that asked for it (sent `sync` or `request`).
    Relay,
}

/// Tunables of a [`crate::Repo`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// How long local edits and fan-out to other connections are coalesced
    /// before a sync message goes out (typing produces many tiny changes).
    pub debounce: Millis,
    /// Inbound frames larger than this are rejected with a protocol error
    /// before any decoding, so a peer cannot make us parse arbitrary amounts.
    pub max_message_bytes: usize,
    /// How long a relay holds back new changes for a peer that has not acknowledged the
    /// last ones it was sent. Peers acknowledge changes that are new to them as soon as
    /// they read them, so this only bounds the wait when one does not (it had them
    /// already, from elsewhere). It must be longer than a busy peer takes to read: each
    /// expiry adds a batch to the queue of a peer that is already behind.
    pub ack_timeout: Millis,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            debounce: Millis(100),
            // Generous: the first sync of a document carries the whole document.
            max_message_bytes: 32 * 1024 * 1024,
            ack_timeout: Millis(10_000),
        }
    }
}
