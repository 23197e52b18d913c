//! Phase III, Conclusion: assessing the community, recording what it learned, and
//! closing it so the relay can archive it as an institutional record.
//!
//! Shape, under the document's root (every field optional on read):
//!
//! ```text
//! conclusion: {
//!   started_by: <member id>,                 // the leader who began Phase III
//!   closure: { by: <member id>, at: "YYYY-MM-DDThh:mm…",
//!              incomplete_confirmed: Bool } }   // closed with gaps, knowingly
//! ```
//!
//! A closed community is read-only: every write through this crate is refused with
//! [`CommunityError::CommunityClosed`], so a replica that has seen the closure adds
//! nothing more. Changes made offline by members who had not seen it still merge (a
//! CRDT cannot refuse them); the relay keeps those aside from the archived record.

pub mod closing;

use automerge::ReadDoc;

use crate::{MemberId, store};

pub(crate) const CONCLUSION: store::Path = &["conclusion"];
pub(crate) const CLOSURE: store::Path = &["conclusion", "closure"];

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

/// The community's closing, if it has been closed.
pub fn closure<R: ReadDoc>(doc: &R) -> Option<Closure> {
    let closure = store::containers(doc, CLOSURE).into_iter().next()?;
    Some(Closure {
        by: MemberId::from_stored(store::string(doc, &closure, "by")?),
        at: store::string(doc, &closure, "at").unwrap_or_default(),
        incomplete_confirmed: store::boolean(doc, &closure, "incomplete_confirmed")
            .unwrap_or(false),
    })
}

/// Whether the community has been closed (and so takes no more writes).
pub(crate) fn is_closed<R: ReadDoc>(doc: &R) -> bool {
    store::containers(doc, CLOSURE).into_iter().next().is_some()
}
