//! What the HTTP API asks of the hub, and how the hub answers from its records: signing
//! in and out, who a credential signs in, and a community's invitations. Each request is planned against the
//! records ([`plan`]) into the writes to commit and the answer to give; the hub commits
//! the writes before it answers or acts on them.

use community::MemberId;
use sync_protocol::DocumentId;

use crate::access::{Records, may_invite};
use crate::auth::credential::SecretHash;
use crate::store::StoreError;
use crate::store::meta::{CredentialRow, GrantRow, InvitationRow, MetaWrite, UnixSeconds};

/// A request from an API handler; everything but signing in names the caller by the
/// credential it presented.
#[derive(Debug)]
pub enum Request {
    SignIn(CredentialRow),
    SignOut {
        credential: SecretHash,
    },
    CreateInvitation {
        credential: SecretHash,
        invitation: NewInvitation,
    },
    ListInvitations {
        credential: SecretHash,
        document: DocumentId,
    },
    RevokeInvitation {
        credential: SecretHash,
        document: DocumentId,
        id: String,
    },
    Redeem {
        credential: SecretHash,
        document: DocumentId,
        /// `None` when the presented token is not even well formed.
        token: Option<SecretHash>,
    },
    /// Who a credential signs in, and until when (the archive's pages and cookie).
    Session {
        credential: SecretHash,
    },
}

/// An invitation as an API handler makes it; the hub adds who made it.
#[derive(Debug)]
pub struct NewInvitation {
    pub id: String,
    pub document: DocumentId,
    pub token_hash: SecretHash,
    pub created: UnixSeconds,
    pub expires: UnixSeconds,
    pub uses: Option<u32>,
}

/// The hub's answer to a [`Request`].
#[derive(Debug)]
pub enum Answer {
    Done,
    Created(InvitationRow),
    Invitations(Vec<InvitationRow>),
    Redeemed(DocumentId),
    Session {
        member: MemberId,
        expires: UnixSeconds,
    },
}

/// Why an API request was refused. The texts are the API's contract.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("authentication required: sign in again")]
    Unauthorized,
    #[error("{0}")]
    BadRequest(String),
    /// Also the answer for a community the caller may not manage: whether it exists is
    /// not theirs to learn.
    #[error("no such community")]
    NoSuchCommunity,
    #[error("no such invitation")]
    NoSuchInvitation,
    #[error("this invitation is not valid")]
    InvalidInvitation,
    #[error("this invitation has expired")]
    Expired,
    #[error("this invitation has been used")]
    UsedUp,
    #[error("this invitation was revoked")]
    Revoked,
    /// An invitation link is often shared widely; it does not overturn the leaders'
    /// decision on this member's registration. Only the roster does: a leader adds them.
    #[error("the community's leaders declined your registration: ask them to add you")]
    Declined,
    #[error("the relay cannot store this right now; try again later")]
    Store(#[source] StoreError),
    #[error("the relay is shutting down")]
    Stopped,
}

/// What the hub must do for a request.
pub struct Plan {
    /// Committed, all or none, before anything else.
    pub writes: Vec<MetaWrite>,
    pub answer: Answer,
    /// Documents whose connections must be checked again once the writes are applied.
    pub recheck: Option<DocumentId>,
    /// A credential signed out: its open connections end.
    pub signed_out: Option<SecretHash>,
}

impl Plan {
    fn answer(answer: Answer) -> Self {
        Self {
            writes: Vec::new(),
            answer,
            recheck: None,
            signed_out: None,
        }
    }
}

/// Decides a request against the records at `now`.
pub fn plan(records: &Records, request: Request, now: UnixSeconds) -> Result<Plan, ApiError> {
    let caller = |credential: &SecretHash| -> Result<MemberId, ApiError> {
        records
            .member_of(credential, now)
            .cloned()
            .ok_or(ApiError::Unauthorized)
    };
    let manager = |credential: &SecretHash, document: &DocumentId| -> Result<MemberId, ApiError> {
        let member = caller(credential)?;
        match records.roster(document) {
            Some(access) if may_invite(access, records.creator(document), &member) => Ok(member),
            _ => Err(ApiError::NoSuchCommunity),
        }
    };
    match request {
        Request::SignIn(row) => Ok(Plan {
            writes: vec![MetaWrite::Credential(row)],
            ..Plan::answer(Answer::Done)
        }),
        Request::SignOut { credential } => {
            caller(&credential)?;
            Ok(Plan {
                writes: vec![MetaWrite::RevokeCredential {
                    hash: credential,
                    at: now,
                }],
                signed_out: Some(credential),
                ..Plan::answer(Answer::Done)
            })
        }
        Request::CreateInvitation {
            credential,
            invitation,
        } => {
            let row = InvitationRow {
                created_by: manager(&credential, &invitation.document)?,
                id: invitation.id,
                document: invitation.document,
                token_hash: invitation.token_hash,
                created: invitation.created,
                expires: invitation.expires,
                uses: invitation.uses,
                used: 0,
                revoked: None,
            };
            Ok(Plan {
                writes: vec![MetaWrite::Invitation(row.clone())],
                ..Plan::answer(Answer::Created(row))
            })
        }
        Request::ListInvitations {
            credential,
            document,
        } => {
            manager(&credential, &document)?;
            let invitations = records.invitations_of(&document).cloned().collect();
            Ok(Plan::answer(Answer::Invitations(invitations)))
        }
        Request::RevokeInvitation {
            credential,
            document,
            id,
        } => {
            manager(&credential, &document)?;
            let invitation = records
                .invitation(&id)
                .filter(|invitation| invitation.document == document)
                .ok_or(ApiError::NoSuchInvitation)?;
            let mut writes = Vec::new();
            if invitation.revoked.is_none() {
                writes.push(MetaWrite::RevokeInvitation {
                    id: id.clone(),
                    at: now,
                });
            }
            let members = records.grants_from(&document, &id);
            if !members.is_empty() {
                writes.push(MetaWrite::DeleteGrants { document, members });
            }
            Ok(Plan {
                writes,
                recheck: Some(document),
                ..Plan::answer(Answer::Done)
            })
        }
        Request::Session { credential } => {
            let row = records
                .credential(&credential, now)
                .ok_or(ApiError::Unauthorized)?;
            Ok(Plan::answer(Answer::Session {
                member: row.member.clone(),
                expires: row.expires,
            }))
        }
        Request::Redeem {
            credential,
            document,
            token,
        } => {
            let member = caller(&credential)?;
            let invitation = token
                .and_then(|token| records.invitation_by_token(&token))
                .filter(|invitation| invitation.document == document)
                .ok_or(ApiError::InvalidInvitation)?;
            if records.may_sync(&member, &document) {
                return Ok(Plan::answer(Answer::Redeemed(document)));
            }
            if records
                .roster(&document)
                .is_some_and(|access| access.declined.contains(&member))
            {
                return Err(ApiError::Declined);
            }
            if invitation.revoked.is_some() {
                return Err(ApiError::Revoked);
            }
            if invitation.expires <= now {
                return Err(ApiError::Expired);
            }
            if invitation.uses.is_some_and(|uses| invitation.used >= uses) {
                return Err(ApiError::UsedUp);
            }
            Ok(Plan {
                writes: vec![MetaWrite::Redeem(GrantRow {
                    document,
                    member,
                    invitation: invitation.id.clone(),
                    created: now,
                })],
                ..Plan::answer(Answer::Redeemed(document))
            })
        }
    }
}
