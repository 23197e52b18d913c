//! Phase II, step 2: the call for members and electronic registration.
//!
//! A person registers (offline if need be); a leader or moderator confirms or declines
//! the registration. Confirming adds the person to the roster as a participant unless
//! they already have a role. A public call whose approval is automatic confirms a
//! registration as it is sent (see [`crate::Approval`]).

use automerge::transaction::Transaction;

use automerge::{Automerge, ReadDoc};

use crate::roles::{Action, may};
use crate::{Approval, Call, CommunityError, MemberId, RegistrationId, Role, members, store};

const REGISTRATIONS: store::Path = &["implementation", "registrations"];
const MEMBERS: store::Path = &["design", "members"];
const NAMES: store::Path = &["design", "member_names"];

/// Where a registration stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RegistrationState {
    Pending,
    Confirmed,
    Declined,
}

impl RegistrationState {
    /// The stored value, also the key the UI translates.
    pub fn key(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Confirmed => "confirmed",
            Self::Declined => "declined",
        }
    }

    /// The state a stored value names, if this build knows it.
    pub fn from_key(key: &str) -> Option<Self> {
        [Self::Pending, Self::Confirmed, Self::Declined]
            .into_iter()
            .find(|state| state.key() == key)
    }
}

/// The answer a leader or moderator gives a registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Decision {
    Confirm,
    Decline,
}

/// What a person fills in to register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistrationForm {
    /// The registrant's member id (given by the membership layer).
    pub member: MemberId,
    pub name: String,
    pub institution: String,
    pub country: String,
    pub expertise: String,
    pub interests: String,
    /// Consent to the community's rules; required.
    pub consent: bool,
}

/// A registration as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registration {
    pub id: RegistrationId,
    pub form: RegistrationForm,
    /// `None` when the stored value is unknown to this build.
    pub state: Option<RegistrationState>,
    pub decided_by: Option<MemberId>,
}

/// Sends a registration; it starts pending, or confirmed (the registrant joining the
/// roster as a participant) when the call is public and its approval automatic.
pub fn register(
    doc: &mut Automerge,
    form: &RegistrationForm,
) -> Result<RegistrationId, CommunityError> {
    if form.name.trim().is_empty() {
        return Err(CommunityError::Empty { field: "name" });
    }
    if !form.consent {
        return Err(CommunityError::ConsentRequired);
    }
    let automatic = members::read_call(doc) == Some(Call::Public)
        && members::read_approval(doc) == Approval::Automatic;
    let id = store::fresh_id(doc);
    store::write(doc, |tx| {
        let entry = store::insert_entry(tx, REGISTRATIONS, "registration", id.as_str())?;
        store::put_scalar(tx, &entry, "member", form.member.as_str())?;
        store::put_scalar(tx, &entry, "name", form.name.as_str())?;
        store::put_scalar(tx, &entry, "institution", form.institution.as_str())?;
        store::put_scalar(tx, &entry, "country", form.country.as_str())?;
        store::put_text(tx, &entry, "expertise", &form.expertise)?;
        store::put_text(tx, &entry, "interests", &form.interests)?;
        store::put_scalar(tx, &entry, "consent", form.consent)?;
        if automatic {
            store::put_scalar(tx, &entry, "state", RegistrationState::Confirmed.key())?;
            admit(tx, &form.member, &form.name)?;
        } else {
            store::put_scalar(tx, &entry, "state", RegistrationState::Pending.key())?;
        }
        Ok(())
    })?;
    Ok(RegistrationId::from_stored(id))
}

/// Confirms or declines a pending registration. `by` must be a leader or moderator;
/// a confirmed registrant joins the roster as a participant.
pub fn decide_registration(
    doc: &mut Automerge,
    id: &RegistrationId,
    by: &MemberId,
    decision: Decision,
) -> Result<(), CommunityError> {
    let action = Action::DecideRegistration;
    if !members::role_of(doc, by).is_some_and(|role| may(role, action)) {
        return Err(CommunityError::NotAllowed {
            member: by.to_string(),
            action: action.describe(),
        });
    }
    store::write(doc, |tx| {
        let entry = store::existing_entry(tx, REGISTRATIONS, "registration", id.as_str())?;
        if store::string(tx, &entry, "state").as_deref() != Some(RegistrationState::Pending.key()) {
            return Err(CommunityError::AlreadyDecided { id: id.to_string() });
        }
        let state = match decision {
            Decision::Confirm => RegistrationState::Confirmed,
            Decision::Decline => RegistrationState::Declined,
        };
        store::put_scalar(tx, &entry, "state", state.key())?;
        store::put_scalar(tx, &entry, "decided_by", by.as_str())?;
        if decision == Decision::Confirm {
            let member = store::string(tx, &entry, "member").unwrap_or_default();
            let member = MemberId::new(member)?;
            let name = store::string(tx, &entry, "name").unwrap_or_default();
            admit(tx, &member, &name)?;
        }
        Ok(())
    })
}

/// Puts a confirmed registrant on the roster as a participant; a person the leader
/// already gave a role keeps it.
fn admit(tx: &mut Transaction<'_>, member: &MemberId, name: &str) -> Result<(), CommunityError> {
    if members::is_member(tx, member) {
        return Ok(());
    }
    let roster = store::ensure_map(tx, MEMBERS)?;
    store::put_keyed(
        tx,
        &roster,
        member.as_str(),
        "role",
        Role::Participant.key(),
    )?;
    let names = store::ensure_map(tx, NAMES)?;
    store::put_keyed(tx, &names, member.as_str(), "member name", name)
}

pub(crate) fn read_registrations<R: ReadDoc>(doc: &R) -> Vec<Registration> {
    let mut items: Vec<_> = store::entries(doc, REGISTRATIONS)
        .into_iter()
        .map(|(id, entry)| {
            let string = |key| store::string(doc, &entry, key).unwrap_or_default();
            let registration = Registration {
                id: RegistrationId::from_stored(id.clone()),
                form: RegistrationForm {
                    member: MemberId::from_stored(string("member")),
                    name: string("name"),
                    institution: string("institution"),
                    country: string("country"),
                    expertise: store::text(doc, &entry, "expertise"),
                    interests: store::text(doc, &entry, "interests"),
                    consent: store::boolean(doc, &entry, "consent").unwrap_or(false),
                },
                state: store::string(doc, &entry, "state")
                    .as_deref()
                    .and_then(RegistrationState::from_key),
                decided_by: store::string(doc, &entry, "decided_by").map(MemberId::from_stored),
            };
            (
                store::int(doc, &entry, "position").unwrap_or(0),
                id,
                registration,
            )
        })
        .collect();
    store::sort_by_position(&mut items);
    items
        .into_iter()
        .map(|(_, _, registration)| registration)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{conflicts, create, read, set_member};

    fn id(s: &str) -> MemberId {
        MemberId::new(s).unwrap()
    }

    fn form(member: &str) -> RegistrationForm {
        RegistrationForm {
            member: id(member),
            name: "Eva Díaz".into(),
            institution: "Ministerio de Salud".into(),
            country: "PE".into(),
            expertise: "Telemedicine".into(),
            interests: "Indicators".into(),
            consent: true,
        }
    }

    fn community() -> Automerge {
        let mut doc = create("CoP to define indicators", "p").unwrap();
        set_member(&mut doc, &id("ana"), "Ana", Role::Leader).unwrap();
        set_member(&mut doc, &id("mo"), "Mo", Role::Moderator).unwrap();
        set_member(&mut doc, &id("pat"), "Pat", Role::Participant).unwrap();
        doc
    }

    #[test]
    fn a_confirmed_registrant_joins_the_roster_as_participant() {
        let mut doc = community();
        let registration = register(&mut doc, &form("eva")).unwrap();
        let read_back = &read(&doc).unwrap().implementation.registrations[0];
        assert_eq!(read_back.form, form("eva"));
        assert_eq!(read_back.state, Some(RegistrationState::Pending));
        assert_eq!(members::role_of(&doc, &id("eva")), None);
        decide_registration(&mut doc, &registration, &id("mo"), Decision::Confirm).unwrap();
        let read_back = &read(&doc).unwrap().implementation.registrations[0];
        assert_eq!(read_back.state, Some(RegistrationState::Confirmed));
        assert_eq!(read_back.decided_by, Some(id("mo")));
        assert_eq!(members::role_of(&doc, &id("eva")), Some(Role::Participant));
        assert!(matches!(
            decide_registration(&mut doc, &registration, &id("ana"), Decision::Decline),
            Err(CommunityError::AlreadyDecided { .. })
        ));
    }

    #[test]
    fn a_public_call_with_automatic_approval_admits_at_once_and_only_then() {
        use crate::{Approval, Call, set_approval, set_call};
        let cases = [
            (None, Approval::Automatic, RegistrationState::Pending),
            (
                Some(Call::Restricted),
                Approval::Automatic,
                RegistrationState::Pending,
            ),
            (
                Some(Call::Public),
                Approval::Moderated,
                RegistrationState::Pending,
            ),
            (
                Some(Call::Public),
                Approval::Automatic,
                RegistrationState::Confirmed,
            ),
        ];
        for (call, approval, expected) in cases {
            let mut doc = community();
            if let Some(call) = call {
                set_call(&mut doc, call).unwrap();
            }
            set_approval(&mut doc, approval).unwrap();
            assert_eq!(read(&doc).unwrap().design.approval, approval);
            register(&mut doc, &form("eva")).unwrap();
            let state = read(&doc).unwrap().implementation.registrations[0].state;
            assert_eq!(state, Some(expected), "{call:?} {approval:?}");
            let role = members::role_of(&doc, &id("eva"));
            let admitted = expected == RegistrationState::Confirmed;
            assert_eq!(
                role,
                admitted.then_some(Role::Participant),
                "{call:?} {approval:?}"
            );
        }
        // A participant the leader already placed keeps the role given.
        let mut doc = community();
        set_call(&mut doc, Call::Public).unwrap();
        set_approval(&mut doc, Approval::Automatic).unwrap();
        register(&mut doc, &form("mo")).unwrap();
        assert_eq!(members::role_of(&doc, &id("mo")), Some(Role::Moderator));
    }

    #[test]
    fn approval_is_moderated_until_chosen() {
        assert_eq!(
            read(&community()).unwrap().design.approval,
            Approval::Moderated
        );
    }

    #[test]
    fn the_creator_is_recorded_when_told() {
        let mut doc = community();
        assert_eq!(read(&doc).unwrap().design.created_by, None);
        crate::record_creator(&mut doc, &id("ana")).unwrap();
        assert_eq!(read(&doc).unwrap().design.created_by, Some(id("ana")));
    }

    #[test]
    fn only_a_leader_or_moderator_decides() {
        let mut doc = community();
        let registration = register(&mut doc, &form("eva")).unwrap();
        for by in ["pat", "nobody"] {
            assert!(matches!(
                decide_registration(&mut doc, &registration, &id(by), Decision::Confirm),
                Err(CommunityError::NotAllowed { .. })
            ));
        }
        decide_registration(&mut doc, &registration, &id("ana"), Decision::Decline).unwrap();
        assert_eq!(
            read(&doc).unwrap().implementation.registrations[0].state,
            Some(RegistrationState::Declined)
        );
        assert_eq!(
            members::role_of(&doc, &id("eva")),
            None,
            "declined: not a member"
        );
    }

    #[test]
    fn a_registration_needs_consent_and_a_name() {
        let mut doc = community();
        let mut no_consent = form("eva");
        no_consent.consent = false;
        assert!(matches!(
            register(&mut doc, &no_consent),
            Err(CommunityError::ConsentRequired)
        ));
        let mut no_name = form("eva");
        no_name.name = " ".into();
        assert!(matches!(
            register(&mut doc, &no_name),
            Err(CommunityError::Empty { .. })
        ));
        assert!(read(&doc).unwrap().implementation.registrations.is_empty());
    }

    #[test]
    fn a_confirmation_keeps_an_existing_role() {
        let mut doc = community();
        let registration = register(&mut doc, &form("mo")).unwrap();
        decide_registration(&mut doc, &registration, &id("ana"), Decision::Confirm).unwrap();
        assert_eq!(members::role_of(&doc, &id("mo")), Some(Role::Moderator));
    }

    #[test]
    fn an_offline_registration_is_confirmed_after_a_merge() {
        let mut leader = community();
        let mut eva = Automerge::new();
        eva.merge(&mut leader.clone()).unwrap();
        let registration = register(&mut eva, &form("eva")).unwrap();
        leader.merge(&mut eva.clone()).unwrap();
        decide_registration(&mut leader, &registration, &id("ana"), Decision::Confirm).unwrap();
        eva.merge(&mut leader).unwrap();
        assert_eq!(members::role_of(&eva, &id("eva")), Some(Role::Participant));
    }

    #[test]
    fn concurrent_decisions_are_reported_as_a_conflict() {
        let mut base = community();
        let registration = register(&mut base, &form("eva")).unwrap();
        let mut ana = base.fork();
        let mut mo = base.fork();
        decide_registration(&mut ana, &registration, &id("ana"), Decision::Confirm).unwrap();
        decide_registration(&mut mo, &registration, &id("mo"), Decision::Decline).unwrap();
        ana.merge(&mut mo).unwrap();
        let paths: Vec<_> = conflicts(&ana).into_iter().map(|c| c.path).collect();
        assert!(
            paths
                .iter()
                .any(|p| p.last().map(String::as_str) == Some("state"))
        );
    }
}
