//! Who the community document itself says belongs: the roster with its roles, the
//! call, and the registrations still waiting or turned down. The relay derives every
//! access decision from this (never from a copy of the roster it keeps itself), so it
//! reads only the maps it needs: a relay recomputes it after every round that changed
//! the document, and a community may hold thousands of posts.

use std::collections::{BTreeMap, BTreeSet};

use automerge::ReadDoc;

use crate::implementation::registrations::RegistrationState;
use crate::{Call, MemberId, Role, members, store};

const REGISTRATIONS: store::Path = &["implementation", "registrations"];

/// The membership facts of one community document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Access {
    /// The call for members; `None` while the design has not decided it.
    pub call: Option<Call>,
    /// Everyone on the roster. A role this build does not know still makes its holder a
    /// member: it is stored as [`Role::Participant`] here, the least a member can do.
    pub roles: BTreeMap<MemberId, Role>,
    /// Registrants waiting for a decision (and not on the roster).
    pub pending: BTreeSet<MemberId>,
    /// Registrants turned down (with no other registration pending, and not on the
    /// roster).
    pub declined: BTreeSet<MemberId>,
}

impl Access {
    /// Whether `member` is on the roster, whatever the role.
    pub fn is_member(&self, member: &MemberId) -> bool {
        self.roles.contains_key(member)
    }

    /// Whether anyone who is signed in may read the community and register.
    pub fn is_public(&self) -> bool {
        self.call == Some(Call::Public)
    }
}

/// Reads the roster, the call and the registrations' states, and nothing else.
pub fn roster_access<R: ReadDoc>(doc: &R) -> Access {
    let roles: BTreeMap<MemberId, Role> = store::scalar_entries(doc, members::MEMBERS)
        .into_iter()
        .map(|(id, role)| {
            let role = role
                .as_str()
                .and_then(Role::from_key)
                .unwrap_or(Role::Participant);
            (MemberId::from_stored(id), role)
        })
        .collect();
    let mut pending = BTreeSet::new();
    let mut declined = BTreeSet::new();
    for (_, entry) in store::entries(doc, REGISTRATIONS) {
        let Some(member) = store::string(doc, &entry, "member").map(MemberId::from_stored) else {
            continue;
        };
        if roles.contains_key(&member) {
            continue;
        }
        match store::string(doc, &entry, "state")
            .as_deref()
            .and_then(RegistrationState::from_key)
        {
            Some(RegistrationState::Pending) => {
                pending.insert(member);
            }
            Some(RegistrationState::Declined) => {
                declined.insert(member);
            }
            Some(RegistrationState::Confirmed) | None => {}
        }
    }
    // A person turned down once who registered again is waiting, not turned down.
    declined.retain(|member| !pending.contains(member));
    Access {
        call: members::read_call(doc),
        roles,
        pending,
        declined,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        Decision, RegistrationForm, create, decide_registration, register, remove_member, set_call,
        set_member,
    };

    fn id(s: &str) -> MemberId {
        MemberId::new(s).unwrap()
    }

    fn form(member: &str) -> RegistrationForm {
        RegistrationForm {
            member: id(member),
            name: format!("{member} Díaz"),
            institution: "Ministerio de Salud".into(),
            country: "PE".into(),
            expertise: String::new(),
            interests: String::new(),
            consent: true,
        }
    }

    #[test]
    fn roles_and_call_written_as_text_by_a_javascript_client_still_count() {
        use automerge::transaction::Transactable as _;
        use automerge::{ObjType, ReadDoc as _};
        // What a stock Automerge 3 JS client writes for `doc.design.members[id] =
        // "leader"` and `doc.design.call = "public"`: text objects, not scalar strings.
        let mut doc = create("Written elsewhere", "p").unwrap();
        let mut tx = doc.transaction();
        let (_, design) = tx.get(automerge::ROOT, "design").unwrap().unwrap();
        let (_, members) = tx.get(&design, "members").unwrap().unwrap();
        let role = tx.put_object(&members, "ana", ObjType::Text).unwrap();
        tx.splice_text(&role, 0, 0, "leader").unwrap();
        let call = tx.put_object(&design, "call", ObjType::Text).unwrap();
        tx.splice_text(&call, 0, 0, "public").unwrap();
        tx.commit();
        let access = roster_access(&doc);
        assert_eq!(access.roles.get(&id("ana")), Some(&Role::Leader));
        assert_eq!(access.call, Some(crate::Call::Public));
        let design = crate::read(&doc).unwrap().design;
        assert_eq!(design.call, Some(crate::Call::Public));
        assert!(
            design
                .members
                .iter()
                .any(|m| m.id == id("ana") && m.role == Some(Role::Leader))
        );
    }

    #[test]
    fn a_new_community_has_no_roster_and_no_call() {
        let doc = create("CoP to define indicators", "").unwrap();
        assert_eq!(roster_access(&doc), Access::default());
    }

    #[test]
    fn roster_call_and_registrations_are_read() {
        let mut doc = create("CoP to define indicators", "").unwrap();
        set_member(&mut doc, &id("ana"), "Ana", Role::Leader).unwrap();
        set_member(&mut doc, &id("mo"), "Mo", Role::Moderator).unwrap();
        set_call(&mut doc, Call::Public).unwrap();
        let eva = register(&mut doc, &form("eva")).unwrap();
        let raul = register(&mut doc, &form("raul")).unwrap();
        register(&mut doc, &form("sol")).unwrap();
        decide_registration(&mut doc, &eva, &id("ana"), Decision::Confirm).unwrap();
        decide_registration(&mut doc, &raul, &id("mo"), Decision::Decline).unwrap();
        let access = roster_access(&doc);
        assert_eq!(access.call, Some(Call::Public));
        assert!(access.is_public());
        assert_eq!(
            access.roles,
            BTreeMap::from([
                (id("ana"), Role::Leader),
                (id("eva"), Role::Participant),
                (id("mo"), Role::Moderator),
            ])
        );
        assert_eq!(access.pending, BTreeSet::from([id("sol")]));
        assert_eq!(access.declined, BTreeSet::from([id("raul")]));
        assert!(access.is_member(&id("eva")) && !access.is_member(&id("sol")));

        remove_member(&mut doc, &id("eva")).unwrap();
        set_call(&mut doc, Call::Restricted).unwrap();
        let access = roster_access(&doc);
        assert!(!access.is_member(&id("eva")), "removed: no longer a member");
        assert!(!access.pending.contains(&id("eva")) && !access.declined.contains(&id("eva")));
        assert!(!access.is_public());
    }

    #[test]
    fn a_registration_again_after_a_decline_is_pending() {
        let mut doc = create("CoP to define indicators", "").unwrap();
        set_member(&mut doc, &id("ana"), "Ana", Role::Leader).unwrap();
        let first = register(&mut doc, &form("raul")).unwrap();
        decide_registration(&mut doc, &first, &id("ana"), Decision::Decline).unwrap();
        register(&mut doc, &form("raul")).unwrap();
        let access = roster_access(&doc);
        assert_eq!(access.pending, BTreeSet::from([id("raul")]));
        assert!(access.declined.is_empty());
    }

    #[test]
    fn concurrent_rosters_are_united() {
        let base = create("CoP to define indicators", "").unwrap();
        let mut ana = base.fork();
        let mut luis = base.fork();
        set_member(&mut ana, &id("ana"), "Ana", Role::Leader).unwrap();
        set_member(&mut luis, &id("luis"), "Luis", Role::Participant).unwrap();
        ana.merge(&mut luis).unwrap();
        assert_eq!(
            roster_access(&ana)
                .roles
                .keys()
                .cloned()
                .collect::<Vec<_>>(),
            [id("ana"), id("luis")]
        );
    }
}
