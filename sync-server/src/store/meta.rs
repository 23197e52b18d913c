//! The relay's own records beside the documents: who signed in (credentials, as
//! hashes), who created each community, invitations (their tokens as hashes) and the
//! grants redeemed invitations gave, and the archive of closed communities (their
//! snapshots and the changes kept aside from them). Loaded once at start into the
//! hub's memory; every change is a [`MetaWrite`], committed before the hub acts on it.

use automerge::ChangeHash;
use community::MemberId;
use sync_protocol::DocumentId;

use crate::archive::{LateChange, Snapshot};
use crate::auth::credential::SecretHash;

/// Seconds since the Unix epoch, as every timestamp here is kept.
pub type UnixSeconds = i64;

/// Now, in [`UnixSeconds`].
pub fn unix_now() -> UnixSeconds {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| {
            i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX)
        })
}

/// A credential as stored (its hash, never the credential).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CredentialRow {
    pub hash: SecretHash,
    pub member: MemberId,
    pub public_key: [u8; 32],
    pub created: UnixSeconds,
    pub expires: UnixSeconds,
}

/// An invitation as stored (its token's hash, never the token).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvitationRow {
    pub id: String,
    pub document: DocumentId,
    pub token_hash: SecretHash,
    pub created_by: MemberId,
    pub created: UnixSeconds,
    pub expires: UnixSeconds,
    /// How many times it may be redeemed; `None`: until it expires.
    pub uses: Option<u32>,
    pub used: u32,
    pub revoked: Option<UnixSeconds>,
}

/// Access to one document given by redeeming an invitation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GrantRow {
    pub document: DocumentId,
    pub member: MemberId,
    pub invitation: String,
    pub created: UnixSeconds,
}

/// What the hub needs of an archived community after a restart: the snapshot's heads
/// (what the record holds) and the changes already kept aside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArchivedRow {
    pub document: DocumentId,
    pub heads: Vec<ChangeHash>,
    pub late: Vec<ChangeHash>,
}

/// Everything [`MetaWrite`]s left, as read at start. Expired and revoked credentials
/// are not loaded: they sign no one in.
#[derive(Debug, Default)]
pub struct Meta {
    pub credentials: Vec<CredentialRow>,
    pub creators: Vec<(DocumentId, MemberId)>,
    pub invitations: Vec<InvitationRow>,
    pub grants: Vec<GrantRow>,
    pub archives: Vec<ArchivedRow>,
}

/// One change to the relay's records.
#[derive(Clone, Debug)]
pub enum MetaWrite {
    Credential(CredentialRow),
    RevokeCredential {
        hash: SecretHash,
        at: UnixSeconds,
    },
    Community {
        document: DocumentId,
        creator: MemberId,
        created: UnixSeconds,
    },
    Invitation(InvitationRow),
    RevokeInvitation {
        id: String,
        at: UnixSeconds,
    },
    /// An invitation redeemed: its use counted and the grant recorded, together.
    Redeem(GrantRow),
    /// Grants that the roster now speaks for, or whose invitation was revoked.
    DeleteGrants {
        document: DocumentId,
        members: Vec<MemberId>,
    },
    /// A closed community's snapshot: written once, never replaced.
    Archive(Box<Snapshot>),
    /// A change that arrived after its community was archived, kept aside.
    LateChange(LateChange),
}
