//! Phase I, stage 5: members and their roles, and whether the call is public or restricted.
//!
//! Roles are stored as one scalar per member id (`design.members.<id> = "leader"`), not as
//! a nested map per member: two members assigning roles to the same person offline then
//! produce a visible conflict on one value, instead of two competing maps of which one
//! would silently disappear.

use automerge::{Automerge, ReadDoc};

use crate::{CommunityError, MemberId, store};

const DESIGN: store::Path = &["design"];
pub(crate) const MEMBERS: store::Path = &["design", "members"];
const NAMES: store::Path = &["design", "member_names"];

/// The method's roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Leader,
    Moderator,
    Facilitator,
    Participant,
}

impl Role {
    /// Every role, in the method's order.
    pub const ALL: [Self; 4] = [
        Self::Leader,
        Self::Moderator,
        Self::Facilitator,
        Self::Participant,
    ];

    /// The stored value, also the key the UI translates.
    pub fn key(self) -> &'static str {
        match self {
            Self::Leader => "leader",
            Self::Moderator => "moderator",
            Self::Facilitator => "facilitator",
            Self::Participant => "participant",
        }
    }

    /// The role a stored value names, if this build knows it.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|role| role.key() == key)
    }

    /// The role's responsibilities as the method describes them (English).
    pub fn responsibilities_en(self) -> &'static [&'static str] {
        match self {
            Self::Leader => &[
                "Provides guidance and managerial support; need not be involved in routine activities.",
                "Promotes the community and gives orientation and motivation to its members.",
                "Guarantees that the community stays aligned with its objectives.",
            ],
            Self::Moderator => &[
                "Fosters activity and participation: sends information, promotes discussions, poses problems.",
                "Identifies new related topics that help the community grow.",
                "Moderates discussions, evaluates comments and information, and draws conclusions shared with the whole community.",
            ],
            Self::Facilitator => &[
                "Coordinates and supports the community's activities with synchronous and asynchronous tools.",
                "Keeps the community updated and promotes its purpose and mission inside and outside the organization.",
            ],
            Self::Participant => &[
                "Builds a shared repertoire: experiences, stories, tools, lessons learned, best practices, ways to face recurring problems.",
                "Takes part with time and sustained interaction; supports and motivates the other members.",
            ],
        }
    }

    /// The role's responsibilities in Spanish.
    pub fn responsibilities_es(self) -> &'static [&'static str] {
        match self {
            Self::Leader => &[
                "Orienta y da apoyo gerencial; no necesita participar en las actividades cotidianas.",
                "Promueve la comunidad y orienta y motiva a sus miembros.",
                "Garantiza que la comunidad se mantenga alineada con sus objetivos.",
            ],
            Self::Moderator => &[
                "Fomenta la actividad y la participación: envía información, promueve debates, plantea problemas.",
                "Identifica nuevos temas relacionados que ayudan a la comunidad a crecer.",
                "Modera los debates, evalúa comentarios e información y elabora conclusiones para toda la comunidad.",
            ],
            Self::Facilitator => &[
                "Coordina y apoya las actividades de la comunidad con herramientas sincrónicas y asincrónicas.",
                "Mantiene informada a la comunidad y difunde su propósito y misión dentro y fuera de la organización.",
            ],
            Self::Participant => &[
                "Construye un repertorio compartido: experiencias, historias, herramientas, lecciones aprendidas, buenas prácticas, formas de enfrentar problemas recurrentes.",
                "Participa con tiempo e interacción sostenida; apoya y motiva a los demás miembros.",
            ],
        }
    }
}

/// Whether anyone may answer the call for members, or only a specific group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Call {
    Public,
    Restricted,
}

impl Call {
    /// The stored value, also the key the UI translates.
    pub fn key(self) -> &'static str {
        match self {
            Self::Public => "public",
            Self::Restricted => "restricted",
        }
    }

    /// The call a stored value names, if this build knows it.
    pub fn from_key(key: &str) -> Option<Self> {
        [Self::Public, Self::Restricted]
            .into_iter()
            .find(|call| call.key() == key)
    }
}

/// Whether a registration answering a public call needs a leader's or moderator's
/// approval, or makes the registrant a participant at once. A restricted call is always
/// moderated: its registrants came through an invitation, and a leader still decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Approval {
    /// The default, and what a document that never chose reads as.
    #[default]
    Moderated,
    Automatic,
}

impl Approval {
    /// The stored value.
    pub fn key(self) -> &'static str {
        match self {
            Self::Moderated => "moderated",
            Self::Automatic => "automatic",
        }
    }

    /// The approval a stored value names, if this build knows it.
    pub fn from_key(key: &str) -> Option<Self> {
        [Self::Moderated, Self::Automatic]
            .into_iter()
            .find(|approval| approval.key() == key)
    }
}

/// A member as read; `role` is `None` when the stored value is unknown to this build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub id: MemberId,
    pub name: String,
    pub role: Option<Role>,
}

/// Adds a member with a role, or changes an existing member's name and role.
pub fn set_member(
    doc: &mut Automerge,
    id: &MemberId,
    name: &str,
    role: Role,
) -> Result<(), CommunityError> {
    if name.trim().is_empty() {
        return Err(CommunityError::Empty {
            field: "member name",
        });
    }
    store::write(doc, |tx| {
        let members = store::ensure_map(tx, MEMBERS)?;
        store::put_keyed(tx, &members, id.as_str(), "role", role.key())?;
        let names = store::ensure_map(tx, NAMES)?;
        store::put_keyed(tx, &names, id.as_str(), "member name", name)
    })
}

/// Changes an existing member's role.
pub fn set_role(doc: &mut Automerge, id: &MemberId, role: Role) -> Result<(), CommunityError> {
    store::write(doc, |tx| {
        if !is_member(tx, id) {
            return Err(store::not_found("member", id.as_str()));
        }
        let members = store::ensure_map(tx, MEMBERS)?;
        store::put_keyed(tx, &members, id.as_str(), "role", role.key())
    })
}

/// Removes a member from the community.
pub fn remove_member(doc: &mut Automerge, id: &MemberId) -> Result<(), CommunityError> {
    store::write(doc, |tx| {
        let removed =
            store::delete_everywhere(tx, MEMBERS, id.as_str()).map_err(store::edit("member"))?;
        store::delete_everywhere(tx, NAMES, id.as_str()).map_err(store::edit("member"))?;
        if removed {
            Ok(())
        } else {
            Err(store::not_found("member", id.as_str()))
        }
    })
}

/// Decides whether the call for members is public or restricted.
pub fn set_call(doc: &mut Automerge, call: Call) -> Result<(), CommunityError> {
    store::write(doc, |tx| {
        let design = store::ensure_map(tx, DESIGN)?;
        store::put_scalar(tx, &design, "call", call.key())
    })
}

/// Records who created the community, its first leader. The app offers that person a
/// leader's tools (invitations) before the roster names anyone. A claim like any other
/// write: the relay keeps its own record of the creator for access decisions.
pub fn record_creator(doc: &mut Automerge, member: &MemberId) -> Result<(), CommunityError> {
    store::write(doc, |tx| {
        let design = store::ensure_map(tx, DESIGN)?;
        store::put_scalar(tx, &design, "created_by", member.as_str())
    })
}

/// Decides whether registrations to a public call need approval.
pub fn set_approval(doc: &mut Automerge, approval: Approval) -> Result<(), CommunityError> {
    store::write(doc, |tx| {
        let design = store::ensure_map(tx, DESIGN)?;
        store::put_scalar(tx, &design, "approval", approval.key())
    })
}

/// A fresh member id, unique without coordination like every other id (this replica's
/// actor and heads); for members the membership layer did not name.
pub fn new_member_id(doc: &Automerge) -> MemberId {
    MemberId::from_stored(store::fresh_id(doc))
}

/// The role recorded for a member (the winning value if roles conflict).
pub fn role_of<R: ReadDoc>(doc: &R, id: &MemberId) -> Option<Role> {
    role_in(doc, id)
}

fn role_in<R: ReadDoc>(doc: &R, id: &MemberId) -> Option<Role> {
    store::scalar_entry(doc, MEMBERS, id.as_str())
        .and_then(|value| value.as_str().and_then(Role::from_key))
}

pub(crate) fn is_member<R: ReadDoc>(doc: &R, id: &MemberId) -> bool {
    store::scalar_entry(doc, MEMBERS, id.as_str()).is_some()
}

pub(crate) fn read_members<R: ReadDoc>(doc: &R) -> Vec<Member> {
    let names = store::scalar_entries(doc, NAMES);
    let mut members: Vec<Member> = store::scalar_entries(doc, MEMBERS)
        .into_iter()
        .map(|(id, role)| Member {
            name: names
                .iter()
                .find(|(key, _)| *key == id)
                .and_then(|(_, name)| name.as_str().map(str::to_owned))
                .unwrap_or_default(),
            role: role.as_str().and_then(Role::from_key),
            id: MemberId::from_stored(id),
        })
        .collect();
    members.sort_by(|a, b| a.id.cmp(&b.id));
    members
}

/// The approval rule; an unknown stored value reads as the safe one, moderated.
pub(crate) fn read_approval<R: ReadDoc>(doc: &R) -> Approval {
    store::containers(doc, DESIGN)
        .into_iter()
        .next()
        .and_then(|design| store::string(doc, &design, "approval"))
        .as_deref()
        .and_then(Approval::from_key)
        .unwrap_or_default()
}

pub(crate) fn read_creator<R: ReadDoc>(doc: &R) -> Option<MemberId> {
    let design = store::containers(doc, DESIGN).into_iter().next()?;
    store::string(doc, &design, "created_by").map(MemberId::from_stored)
}

pub(crate) fn read_call<R: ReadDoc>(doc: &R) -> Option<Call> {
    let design = store::containers(doc, DESIGN).into_iter().next()?;
    store::string(doc, &design, "call")
        .as_deref()
        .and_then(Call::from_key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_member_ids_are_fresh_valid_ids() {
        let mut doc = crate::create("CoP to define indicators", "p").unwrap();
        let first = new_member_id(&doc);
        assert!(MemberId::new(first.as_str()).is_ok());
        set_member(&mut doc, &first, "Eva", Role::Participant).unwrap();
        let second = new_member_id(&doc);
        assert_ne!(first, second);
        assert_eq!(role_of(&doc, &first), Some(Role::Participant));
    }
    use crate::{conflicts, create, read};

    fn id(s: &str) -> MemberId {
        MemberId::new(s).unwrap()
    }

    #[test]
    fn members_get_roles_and_the_call_is_chosen() {
        let mut doc = create("CoP to define indicators", "p").unwrap();
        set_member(&mut doc, &id("ana"), "Ana", Role::Leader).unwrap();
        set_member(&mut doc, &id("luis"), "Luis", Role::Participant).unwrap();
        set_role(&mut doc, &id("luis"), Role::Moderator).unwrap();
        set_call(&mut doc, Call::Restricted).unwrap();
        let design = read(&doc).unwrap().design;
        assert_eq!(
            design.members,
            [
                Member {
                    id: id("ana"),
                    name: "Ana".into(),
                    role: Some(Role::Leader)
                },
                Member {
                    id: id("luis"),
                    name: "Luis".into(),
                    role: Some(Role::Moderator)
                },
            ]
        );
        assert_eq!(design.call, Some(Call::Restricted));
        assert_eq!(role_of(&doc, &id("ana")), Some(Role::Leader));
        remove_member(&mut doc, &id("ana")).unwrap();
        assert_eq!(role_of(&doc, &id("ana")), None);
        assert!(matches!(
            set_role(&mut doc, &id("ana"), Role::Leader),
            Err(CommunityError::NotFound { .. })
        ));
        assert!(matches!(
            set_member(&mut doc, &id("eva"), " ", Role::Leader),
            Err(CommunityError::Empty { .. })
        ));
    }

    #[test]
    fn every_role_has_responsibilities_in_both_languages() {
        for role in Role::ALL {
            assert_eq!(Role::from_key(role.key()), Some(role));
            assert!(!role.responsibilities_en().is_empty());
            assert_eq!(
                role.responsibilities_en().len(),
                role.responsibilities_es().len()
            );
        }
    }

    #[test]
    fn members_are_written_after_a_merge() {
        let mut ana = create("CoP to define indicators", "p").unwrap();
        set_member(&mut ana, &id("ana"), "Ana", Role::Leader).unwrap();
        let mut luis = Automerge::new();
        luis.merge(&mut ana.clone()).unwrap();
        set_member(&mut luis, &id("luis"), "Luis", Role::Participant).unwrap();
        ana.merge(&mut luis.clone()).unwrap();
        set_role(&mut ana, &id("luis"), Role::Facilitator).unwrap();
        set_call(&mut ana, Call::Public).unwrap();
        luis.merge(&mut ana).unwrap();
        assert_eq!(role_of(&luis, &id("luis")), Some(Role::Facilitator));
        assert_eq!(read(&luis).unwrap().design.call, Some(Call::Public));
    }

    #[test]
    fn concurrent_roles_and_calls_are_reported_as_conflicts() {
        let mut base = create("CoP to define indicators", "p").unwrap();
        set_member(&mut base, &id("eva"), "Eva", Role::Participant).unwrap();
        let mut ana = base.fork();
        let mut luis = base.fork();
        set_role(&mut ana, &id("eva"), Role::Moderator).unwrap();
        set_role(&mut luis, &id("eva"), Role::Facilitator).unwrap();
        set_call(&mut ana, Call::Public).unwrap();
        set_call(&mut luis, Call::Restricted).unwrap();
        ana.merge(&mut luis).unwrap();
        let paths: Vec<_> = conflicts(&ana).into_iter().map(|c| c.path).collect();
        assert!(paths.contains(&vec!["design".to_owned(), "members".into(), "eva".into()]));
        assert!(paths.contains(&vec!["design".to_owned(), "call".into()]));
    }
}
