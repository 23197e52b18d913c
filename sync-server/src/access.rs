//! Who may sync which community, and the relay's records that decide it beside the
//! roster: credentials, each community's creator, invitations and their grants.
//!
//! The roster itself is never copied: [`community::roster_access`] reads it from the
//! document after every round that changed it. The hub owns one [`Records`], loaded
//! from the store at start and changed only after the store has committed the change.

use std::collections::{BTreeMap, HashMap};

use community::{Access, MemberId, Role};
use sync_protocol::DocumentId;

use crate::auth::credential::SecretHash;
use crate::store::meta::{CredentialRow, GrantRow, InvitationRow, Meta, MetaWrite, UnixSeconds};

/// Whether `member` may sync a document. `held` says whether the relay has it; `access`
/// is what its roster says (empty when not held); `creator` is who first uploaded it;
/// `granted` whether the member holds a grant from a redeemed invitation.
pub fn may_sync(
    member: &MemberId,
    held: bool,
    access: &Access,
    creator: Option<&MemberId>,
    granted: bool,
) -> bool {
    // Not here yet: this is its creator's first sync (anyone else asking learns nothing).
    !held
        || access.is_member(member)
        // A public call: anyone signed in may read it and send a registration.
        || access.is_public()
        // The creator is the community's first leader, whether or not they have put
        // themselves on the roster yet (the app lets a leader staff the roster with
        // others first): without this they could lock themselves out.
        || creator == Some(member)
        // A grant the roster has since turned down no longer admits, whether or not the
        // round that read that roster has deleted it yet: the decision is a function of
        // what the records say now, not of which rounds ran.
        || (granted && !access.declined.contains(member))
}

/// Whether `member` may manage a community's invitations: its leaders and moderators,
/// and its creator (its first leader, as for [`may_sync`]).
pub fn may_invite(access: &Access, creator: Option<&MemberId>, member: &MemberId) -> bool {
    creator == Some(member)
        || matches!(
            access.roles.get(member),
            Some(Role::Leader | Role::Moderator)
        )
}

/// The relay's records, as the hub keeps them in memory.
#[derive(Default)]
pub struct Records {
    credentials: HashMap<SecretHash, CredentialRow>,
    creators: HashMap<DocumentId, MemberId>,
    invitations: BTreeMap<String, InvitationRow>,
    /// Token hash → invitation id: a redeemed token is found without a scan.
    by_token: HashMap<SecretHash, String>,
    /// Document → member → the invitation that admitted them.
    grants: HashMap<DocumentId, BTreeMap<MemberId, String>>,
    /// What each held document's roster says, recomputed when it changes.
    rosters: HashMap<DocumentId, Access>,
}

impl Records {
    pub fn new(meta: Meta) -> Self {
        let mut records = Self::default();
        for row in meta.credentials {
            records.credentials.insert(row.hash, row);
        }
        records.creators.extend(meta.creators);
        for row in meta.invitations {
            records.add_invitation(row);
        }
        for grant in meta.grants {
            records.add_grant(grant);
        }
        records
    }

    /// The member a credential signs in, if it is known, not revoked and not expired.
    pub fn member_of(&self, credential: &SecretHash, now: UnixSeconds) -> Option<&MemberId> {
        self.credential(credential, now).map(|row| &row.member)
    }

    /// The credential's row, if it is known, not revoked and not expired.
    pub fn credential(&self, credential: &SecretHash, now: UnixSeconds) -> Option<&CredentialRow> {
        self.credentials
            .get(credential)
            .filter(|row| row.expires > now)
    }

    /// The access decision for a document. The relay holds exactly the documents whose
    /// roster it has read.
    pub fn may_sync(&self, member: &MemberId, document: &DocumentId) -> bool {
        let empty = Access::default();
        let roster = self.rosters.get(document);
        may_sync(
            member,
            roster.is_some(),
            roster.unwrap_or(&empty),
            self.creators.get(document),
            self.is_granted(document, member),
        )
    }

    pub fn is_granted(&self, document: &DocumentId, member: &MemberId) -> bool {
        self.grants
            .get(document)
            .is_some_and(|members| members.contains_key(member))
    }

    pub fn creator(&self, document: &DocumentId) -> Option<&MemberId> {
        self.creators.get(document)
    }

    pub fn roster(&self, document: &DocumentId) -> Option<&Access> {
        self.rosters.get(document)
    }

    /// Records what a document's roster now says; returns the grants it makes moot
    /// (members now on the roster, or turned down), to be deleted.
    pub fn set_roster(&mut self, document: DocumentId, access: Access) -> Option<MetaWrite> {
        let moot: Vec<MemberId> = self
            .grants
            .get(&document)
            .map(|granted| {
                granted
                    .keys()
                    .filter(|member| access.is_member(member) || access.declined.contains(*member))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        self.rosters.insert(document, access);
        (!moot.is_empty()).then_some(MetaWrite::DeleteGrants {
            document,
            members: moot,
        })
    }

    pub fn invitation(&self, id: &str) -> Option<&InvitationRow> {
        self.invitations.get(id)
    }

    pub fn invitation_by_token(&self, token: &SecretHash) -> Option<&InvitationRow> {
        self.by_token
            .get(token)
            .and_then(|id| self.invitations.get(id))
    }

    pub fn invitations_of(&self, document: &DocumentId) -> impl Iterator<Item = &InvitationRow> {
        self.invitations
            .values()
            .filter(move |invitation| invitation.document == *document)
    }

    /// Grants of a revoked invitation to delete: those of members not on the roster
    /// (a member on it keeps access through the roster anyway).
    pub fn grants_from(&self, document: &DocumentId, invitation: &str) -> Vec<MemberId> {
        let roster = self.rosters.get(document);
        self.grants
            .get(document)
            .map(|granted| {
                granted
                    .iter()
                    .filter(|(member, from)| {
                        from.as_str() == invitation && !roster.is_some_and(|r| r.is_member(member))
                    })
                    .map(|(member, _)| member.clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Applies a write the store has committed.
    pub fn apply(&mut self, write: &MetaWrite) {
        match write {
            MetaWrite::Credential(row) => {
                self.credentials.insert(row.hash, row.clone());
            }
            MetaWrite::RevokeCredential { hash, .. } => {
                self.credentials.remove(hash);
            }
            MetaWrite::Community {
                document, creator, ..
            } => {
                self.creators
                    .entry(*document)
                    .or_insert_with(|| creator.clone());
            }
            MetaWrite::Invitation(row) => self.add_invitation(row.clone()),
            MetaWrite::RevokeInvitation { id, at } => {
                if let Some(invitation) = self.invitations.get_mut(id) {
                    invitation.revoked.get_or_insert(*at);
                }
            }
            MetaWrite::Redeem(grant) => {
                if let Some(invitation) = self.invitations.get_mut(&grant.invitation) {
                    invitation.used += 1;
                }
                self.add_grant(grant.clone());
            }
            MetaWrite::DeleteGrants { document, members } => {
                if let Some(granted) = self.grants.get_mut(document) {
                    for member in members {
                        granted.remove(member);
                    }
                    if granted.is_empty() {
                        self.grants.remove(document);
                    }
                }
            }
            // The archive decides no one's access to sync: the hub's archivist keeps it.
            MetaWrite::Archive(_) | MetaWrite::LateChange(_) => {}
        }
    }

    fn add_invitation(&mut self, row: InvitationRow) {
        self.by_token.insert(row.token_hash, row.id.clone());
        self.invitations.insert(row.id.clone(), row);
    }

    fn add_grant(&mut self, grant: GrantRow) {
        self.grants
            .entry(grant.document)
            .or_default()
            .insert(grant.member, grant.invitation);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use community::Call;
    use std::collections::BTreeSet;

    fn id(s: &str) -> MemberId {
        MemberId::new(s).unwrap()
    }

    fn roster(members: &[(&str, Role)], call: Option<Call>) -> Access {
        Access {
            call,
            roles: members.iter().map(|(m, role)| (id(m), *role)).collect(),
            pending: BTreeSet::new(),
            declined: BTreeSet::new(),
        }
    }

    #[test]
    fn the_decision_follows_the_roster_the_call_the_creator_and_grants() {
        let ana = id("ana");
        let eva = id("eva");
        let restricted = roster(&[("ana", Role::Leader)], Some(Call::Restricted));
        // 1. Not held: allowed to anyone (a creator's first sync).
        assert!(may_sync(&eva, false, &Access::default(), None, false));
        // 2. On the roster.
        assert!(may_sync(&ana, true, &restricted, None, false));
        assert!(!may_sync(&eva, true, &restricted, None, false));
        // 3. A public call.
        let public = roster(&[("ana", Role::Leader)], Some(Call::Public));
        assert!(may_sync(&eva, true, &public, None, false));
        // An undecided call counts as restricted.
        let undecided = roster(&[("ana", Role::Leader)], None);
        assert!(!may_sync(&eva, true, &undecided, None, false));
        // 4. The creator, before and after the roster names anyone.
        assert!(may_sync(&eva, true, &Access::default(), Some(&eva), false));
        assert!(!may_sync(&ana, true, &Access::default(), Some(&eva), false));
        assert!(may_sync(&eva, true, &restricted, Some(&eva), false));
        // 5. A grant, unless the roster declined the member since.
        assert!(may_sync(&eva, true, &restricted, None, true));
        let mut declined = restricted.clone();
        declined.declined.insert(eva.clone());
        assert!(!may_sync(&eva, true, &declined, None, true));
    }

    #[test]
    fn only_leaders_and_moderators_invite() {
        let access = roster(
            &[
                ("ana", Role::Leader),
                ("mo", Role::Moderator),
                ("fa", Role::Facilitator),
                ("pat", Role::Participant),
            ],
            Some(Call::Public),
        );
        assert!(may_invite(&access, None, &id("ana")) && may_invite(&access, None, &id("mo")));
        assert!(!may_invite(&access, None, &id("fa")) && !may_invite(&access, None, &id("pat")));
        assert!(!may_invite(&access, None, &id("eva")));
        // The creator, on the roster or not.
        assert!(may_invite(&access, Some(&id("eva")), &id("eva")));
        assert!(may_invite(&Access::default(), Some(&id("eva")), &id("eva")));
    }

    #[test]
    fn grants_the_roster_speaks_for_are_dropped() {
        let document = DocumentId::from_bytes([1; 16]);
        let mut records = Records::default();
        for (member, invitation) in [("eva", "i1"), ("raul", "i1"), ("sol", "i2")] {
            records.apply(&MetaWrite::Redeem(GrantRow {
                document,
                member: id(member),
                invitation: invitation.into(),
                created: 0,
            }));
        }
        let mut access = roster(&[("ana", Role::Leader), ("eva", Role::Participant)], None);
        access.declined.insert(id("raul"));
        let Some(MetaWrite::DeleteGrants { members, .. }) = records.set_roster(document, access)
        else {
            panic!("eva's and raul's grants are moot");
        };
        assert_eq!(members, [id("eva"), id("raul")]);
        // Revoking i1 would end raul's grant; eva is on the roster and keeps access.
        assert_eq!(records.grants_from(&document, "i1"), [id("raul")]);
        assert_eq!(records.grants_from(&document, "i2"), [id("sol")]);
        records.apply(&MetaWrite::DeleteGrants {
            document,
            members: members.clone(),
        });
        assert!(!records.is_granted(&document, &id("eva")));
        assert!(records.is_granted(&document, &id("sol")));
    }
}
