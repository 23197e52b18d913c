//! Phase III, Conclusion: assessing the community, recording what it learned, and
//! closing it so the relay can archive it as an institutional record.
//!
//! Shape, under the document's root (every field optional on read):
//!
//! ```text
//! conclusion: {
//!   started_by: <member id>,                 // the leader who began Phase III
//!   assessments: { <id>: {                   // see `assessment`
//!     kind: "periodic" | "final", title: Text, opened_by: <member id>, opened_at,
//!     closed_at?, closed_by?, position: Int,
//!     questions: { <question id>: { text: Text, answer: "scale" | "text",
//!                  cycle?: "immediate" | "potential" | "applied" | "realized"
//!                          | "reframing",
//!                  result?: <expected result id>, position: Int } },
//!     responses: { <member id>: { at, answers: { <question id>: Int 1..=5 | Text } } } } },
//!   knowledge: { <id>: {                     // see `knowledge`
//!     kind: "conclusion" | "lesson_learned" | "best_practice" | "post_action_review"
//!           | "recommendation",
//!     title: Text, text: Text, discussions: { <discussion id>: true },
//!     posts: { <post id>: true }, by: <member id>, at, position: Int,
//!     state: "proposed" | "returned" | "accepted", comment: Text,
//!     decided_by?, decided_at? } },
//!   closure: { by: <member id>, at: "YYYY-MM-DDThh:mm…",
//!              incomplete_confirmed: Bool } }   // closed with gaps, knowingly
//! ```
//!
//! Assessments and the knowledge base are the method's Phase III: "a simple
//! satisfaction survey to members", and "based on the survey results, conclusions,
//! lessons learned, post-action reviews and recommendations will be put forward".
//! [`results`] aggregates a survey and [`chart`] draws it as SVG.
//!
//! A closed community is read-only: every write through this crate is refused with
//! [`CommunityError::CommunityClosed`], so a replica that has seen the closure adds
//! nothing more. Changes made offline by members who had not seen it still merge (a
//! CRDT cannot refuse them); the relay keeps those aside from the archived record.

pub mod assessment;
pub mod chart;
pub mod closing;
pub mod knowledge;
pub mod results;
pub mod survey;

use automerge::ReadDoc;

use crate::{MemberId, store};

pub(crate) const CONCLUSION: store::Path = &["conclusion"];
pub(crate) const CLOSURE: store::Path = &["conclusion", "closure"];
pub(crate) const ASSESSMENTS: store::Path = &["conclusion", "assessments"];
pub(crate) const KNOWLEDGE: store::Path = &["conclusion", "knowledge"];

/// The community's closing, as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Closure {
    /// The leader who closed it.
    pub by: MemberId,
    /// When, as the closer's device wrote it (ISO date-time).
    pub at: String,
    /// Whether the leader closed with items of the checklist still missing.
    pub incomplete_confirmed: bool,
}

/// The community's closing, if its leader closed it. A closure written any other way
/// (a participant's device naming a leader, or a closer who is no longer a leader after
/// a merge) counts for nothing: it neither freezes the community nor gets it archived
/// (see [`closing::verify_closure`], the same rule the relay applies).
pub fn closure(doc: &automerge::Automerge) -> Option<Closure> {
    closing::verify_closure(doc).ok()
}

/// The closing as written in the document, whoever wrote it.
pub(crate) fn recorded_closure<R: ReadDoc>(doc: &R) -> Option<Closure> {
    let closure = store::containers(doc, CLOSURE).into_iter().next()?;
    Some(Closure {
        by: MemberId::from_stored(store::string(doc, &closure, "by")?),
        at: store::string(doc, &closure, "at").unwrap_or_default(),
        incomplete_confirmed: store::boolean(doc, &closure, "incomplete_confirmed")
            .unwrap_or(false),
    })
}

/// Whether the community has been closed (and so takes no more writes).
pub(crate) fn is_closed(doc: &automerge::Automerge) -> bool {
    closure(doc).is_some()
}

#[cfg(test)]
pub(crate) mod fixture {
    use automerge::Automerge;

    use crate::{
        MemberId, Role, add_expected_result, create, set_member, sign_as, start_conclusion,
        start_implementation,
    };

    pub(crate) fn id(s: &str) -> MemberId {
        MemberId::new(s).unwrap()
    }

    /// A community in Phase III with one expected result: leader `ana`, moderator `mo`,
    /// facilitator `fa`, participants `luis` and `pa`; signed as `ana`.
    pub(crate) fn concluding() -> Automerge {
        let mut doc = create("Indicators for telemedicine", "No shared indicators").unwrap();
        sign_as(&mut doc, &id("ana"));
        set_member(&mut doc, &id("ana"), "Ana Pérez", Role::Leader).unwrap();
        set_member(&mut doc, &id("mo"), "Mo", Role::Moderator).unwrap();
        set_member(&mut doc, &id("fa"), "Fa", Role::Facilitator).unwrap();
        set_member(&mut doc, &id("luis"), "Luis Gómez", Role::Participant).unwrap();
        set_member(&mut doc, &id("pa"), "Pa", Role::Participant).unwrap();
        add_expected_result(&mut doc, "A shared indicator set", "Published").unwrap();
        start_implementation(&mut doc, &id("ana"), true).unwrap();
        start_conclusion(&mut doc, &id("ana")).unwrap();
        doc
    }

    /// A replica of `doc` of its own (a fresh actor) signed as `member`.
    pub(crate) fn replica(doc: &Automerge, member: &str) -> Automerge {
        let mut copy = doc.fork();
        sign_as(&mut copy, &id(member));
        copy
    }
}
