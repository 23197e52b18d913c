//! A contribution proposed for a curated section, as stored and as read.

use automerge::transaction::Transaction;
use automerge::{Automerge, ObjId, ReadDoc, Value};

use super::PROPOSALS;
use crate::discussions::require;
use crate::roles::Action;
use crate::{CommunityError, DiscussionId, MemberId, PostId, ProposalId, store};

/// What a proposal would add once accepted: a discussion's interim summary. (The
/// knowledge base's conclusions, lessons learned and the rest are entries of their own
/// that go through the same [`ProposalState`]s: see `conclusion::knowledge`.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProposalKind {
    /// An interim summary of a discussion.
    InterimSummary,
}

impl ProposalKind {
    /// Every kind this build knows.
    pub const ALL: [Self; 1] = [Self::InterimSummary];

    /// The stored value, also the key the UI translates.
    pub fn key(self) -> &'static str {
        match self {
            Self::InterimSummary => "interim_summary",
        }
    }

    /// The kind a stored value names, if this build knows it.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.key() == key)
    }
}

/// Where a proposal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProposalState {
    /// Waiting for a moderator.
    Proposed,
    /// Sent back to its author with a comment.
    Returned,
    /// Published.
    Accepted,
}

impl ProposalState {
    /// Every state, in the order concurrent values give way to one another (see
    /// [`Proposal::state`]).
    pub const ALL: [Self; 3] = [Self::Proposed, Self::Returned, Self::Accepted];

    /// The stored value, also the key the UI translates.
    pub fn key(self) -> &'static str {
        match self {
            Self::Proposed => "proposed",
            Self::Returned => "returned",
            Self::Accepted => "accepted",
        }
    }

    /// The state a stored value names, if this build knows it.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|state| state.key() == key)
    }
}

/// A proposal as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub id: ProposalId,
    /// `None` when the stored kind is unknown to this build.
    pub kind: Option<ProposalKind>,
    pub discussion: DiscussionId,
    pub text: String,
    /// The posts it draws on, sorted by id.
    pub posts: Vec<PostId>,
    /// Its author.
    pub by: MemberId,
    pub at: String,
    /// When concurrent decisions left several values, the furthest along wins:
    /// accepted (the summary is already published) over returned (a return is never
    /// undone by a revision its moderator had not seen) over proposed. `None` when no
    /// stored value is known to this build.
    pub state: Option<ProposalState>,
    /// The comment of the latest return; empty if never returned. Kept when the author
    /// revises, so the moderator sees what was asked.
    pub comment: String,
    /// Who accepted or returned it last, and when.
    pub decided_by: Option<MemberId>,
    pub decided_at: Option<String>,
}

/// Every proposal, in the order they were made (position, then id): the same order on
/// every replica.
pub fn proposals<R: ReadDoc>(doc: &R) -> Vec<Proposal> {
    let mut items: Vec<_> = store::entries(doc, PROPOSALS)
        .into_iter()
        .map(|(id, entry)| {
            let position = store::int(doc, &entry, "position").unwrap_or(0);
            (position, id.clone(), read_proposal(doc, id, &entry))
        })
        .collect();
    store::sort_by_position(&mut items);
    items.into_iter().map(|(_, _, proposal)| proposal).collect()
}

fn read_proposal<R: ReadDoc>(doc: &R, id: String, entry: &ObjId) -> Proposal {
    let string = |key| store::string(doc, entry, key);
    let posts = match doc.get(entry, "posts") {
        Ok(Some((Value::Object(automerge::ObjType::Map), map))) => {
            doc.keys(&map).map(PostId::from_stored).collect()
        }
        _ => Vec::new(),
    };
    Proposal {
        id: ProposalId::from_stored(id),
        kind: string("kind").as_deref().and_then(ProposalKind::from_key),
        discussion: DiscussionId::from_stored(string("discussion").unwrap_or_default()),
        text: store::text(doc, entry, "text"),
        posts,
        by: MemberId::from_stored(string("by").unwrap_or_default()),
        at: string("at").unwrap_or_default(),
        state: state(doc, entry),
        comment: store::text(doc, entry, "comment"),
        decided_by: string("decided_by").map(MemberId::from_stored),
        decided_at: string("decided_at"),
    }
}

/// The state of the proposal `entry`: of concurrent values, the furthest along.
pub(crate) fn state<R: ReadDoc>(doc: &R, entry: &ObjId) -> Option<ProposalState> {
    doc.get_all(entry, "state")
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(value, id)| match value {
            Value::Scalar(value) => value.as_str().and_then(ProposalState::from_key),
            // A JavaScript client writes plain strings as text (see `store::string`).
            Value::Object(automerge::ObjType::Text) => doc
                .text(&id)
                .ok()
                .as_deref()
                .and_then(ProposalState::from_key),
            Value::Object(_) => None,
        })
        .max()
}

/// Runs a reviewer's decision on the entry `id` of the collection at `path` (`kind`
/// names it in errors) while it is still waiting, and records who and when. Shared by
/// the pre-moderated proposals and the knowledge base, whose entries go through the
/// same states.
pub(crate) fn decide(
    doc: &mut Automerge,
    by: &MemberId,
    (path, kind): (store::Path, &'static str),
    id: &str,
    at: &str,
    change: impl FnOnce(&mut Transaction<'_>, &ObjId) -> Result<(), CommunityError>,
) -> Result<(), CommunityError> {
    store::write(doc, |tx| {
        require(tx, by, Action::ReviewContributions)?;
        let entry = store::existing_entry(tx, path, kind, id)?;
        match state(tx, &entry) {
            Some(ProposalState::Proposed) => {}
            Some(other) => return Err(decided(id, other)),
            None => return Err(CommunityError::Missing { field: "state" }),
        }
        change(tx, &entry)?;
        store::put_scalar(tx, &entry, "decided_by", by.as_str())?;
        store::put_scalar(tx, &entry, "decided_at", at)
    })
}

/// The refusal for an entry already accepted or returned.
pub(crate) fn decided(id: &str, state: ProposalState) -> CommunityError {
    CommunityError::ProposalDecided {
        id: id.to_owned(),
        state: state.key(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_states_round_trip() {
        for kind in ProposalKind::ALL {
            assert_eq!(ProposalKind::from_key(kind.key()), Some(kind));
        }
        for state in ProposalState::ALL {
            assert_eq!(ProposalState::from_key(state.key()), Some(state));
        }
        assert!(ProposalState::Accepted > ProposalState::Returned);
        assert!(ProposalState::Returned > ProposalState::Proposed);
    }
}
