//! Peer identities as exchanged in the `join`/`peer` handshake.

use std::fmt;

/// The identifier a peer announces in its handshake (`senderId` on the wire).
///
/// automerge-repo treats it as an opaque string; the host chooses ours
/// (the crate has no random number generator).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PeerId(String);

impl PeerId {
    /// Wraps any string as a peer id.
    pub fn new(id: impl Into<String>) -> Self {
        PeerId(id.into())
    }

    /// The id as sent on the wire.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PeerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for PeerId {
    fn from(s: &str) -> Self {
        PeerId::new(s)
    }
}

impl From<String> for PeerId {
    fn from(s: String) -> Self {
        PeerId(s)
    }
}
