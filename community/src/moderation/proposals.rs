//! Contributions to curated sections under pre-moderation: a member proposes, a
//! moderator accepts (publishing it) or returns it with a comment, the author revises.

use automerge::{Automerge, ObjType, ReadDoc as _};

use super::PROPOSALS;
use super::premoderation::premoderation;
use super::proposal::{ProposalKind, ProposalState, decide, decided, state};
use crate::discussions::intervention::{NewSummary, check_posts, write_summary};
use crate::discussions::{check_moment, discussion, refuse_closed, require};
use crate::roles::{Action, may};
use crate::{
    CommunityError, DiscussionId, MemberId, PostId, ProposalId, SummaryId, members, store,
};

/// What became of a contributed summary. (Not named `Contribution`, the name the
/// review of merged work gives one member's work on one subject.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Contributed {
    /// Published at once: its author reviews contributions, or pre-moderation is off.
    Published(SummaryId),
    /// Waiting for a moderator (pre-moderation is on).
    Proposed(ProposalId),
}

/// Any member's interim summary of a discussion, linking the posts it draws on (each
/// must exist). Published directly when `by` may review contributions or pre-moderation
/// is off; otherwise proposed, and published when a moderator accepts it. Refused in a
/// closed discussion, like a post.
///
/// [`crate::add_interim_summary`] stays the moderators' own tool, which publishes at any
/// stage; this is how every member contributes one.
pub fn contribute_summary(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    text: &str,
    posts: &[PostId],
    at: &str,
) -> Result<Contributed, CommunityError> {
    if text.trim().is_empty() {
        return Err(CommunityError::Empty { field: "summary" });
    }
    check_moment(at)?;
    let fresh = store::fresh_id(doc);
    store::write(doc, |tx| {
        require(tx, by, Action::PostInDiscussion)?;
        let entry = discussion(tx, id)?;
        refuse_closed(tx, id, &entry)?;
        check_posts(tx, id, posts)?;
        let reviewer =
            members::role_of(tx, by).is_some_and(|role| may(role, Action::ReviewContributions));
        if reviewer || !premoderation(tx) {
            let new = NewSummary {
                text,
                posts,
                by,
                at,
            };
            write_summary(tx, id, &entry, &fresh, &new)?;
            return Ok(Contributed::Published(SummaryId::from_stored(fresh)));
        }
        let proposal = store::insert_entry(tx, PROPOSALS, "proposal", &fresh)?;
        let kind = ProposalKind::InterimSummary.key();
        store::put_scalar(tx, &proposal, "kind", kind)?;
        store::put_scalar(tx, &proposal, "discussion", id.as_str())?;
        store::put_text(tx, &proposal, "text", text)?;
        let ids: Vec<&str> = posts.iter().map(PostId::as_str).collect();
        store::put_key_set(tx, &proposal, "posts", &ids)?;
        store::put_scalar(tx, &proposal, "by", by.as_str())?;
        store::put_scalar(tx, &proposal, "at", at)?;
        store::put_scalar(tx, &proposal, "state", ProposalState::Proposed.key())?;
        // Made now, so two moderators' first returns edit one text instead of racing to
        // create it.
        store::put_text(tx, &proposal, "comment", "")?;
        Ok(Contributed::Proposed(ProposalId::from_stored(fresh)))
    })
}

/// Publishes a proposed contribution and marks it accepted, in one transaction.
///
/// The interim summary is keyed by the proposal's id and carries its author and moment
/// (when the debate was summarised), so two moderators accepting the same proposal
/// concurrently write the same summary: after the merge there is one, not two.
pub fn accept_proposal(
    doc: &mut Automerge,
    by: &MemberId,
    id: &ProposalId,
    at: &str,
) -> Result<(), CommunityError> {
    check_moment(at)?;
    decide(
        doc,
        by,
        (PROPOSALS, "proposal"),
        id.as_str(),
        at,
        |tx, proposal| {
            match store::string(tx, proposal, "kind")
                .as_deref()
                .and_then(ProposalKind::from_key)
            {
                Some(ProposalKind::InterimSummary) => {}
                // A kind from a newer build: this one cannot publish it.
                None => return Err(CommunityError::Missing { field: "kind" }),
            }
            let target = DiscussionId::from_stored(
                store::string(tx, proposal, "discussion").unwrap_or_default(),
            );
            let entry = discussion(tx, &target)?;
            let posts: Vec<PostId> =
                match tx.get(proposal, "posts").map_err(store::edit("posts"))? {
                    Some((automerge::Value::Object(ObjType::Map), map)) => {
                        tx.keys(&map).map(PostId::from_stored).collect()
                    }
                    _ => Vec::new(),
                };
            let text = store::text(tx, proposal, "text");
            let author =
                MemberId::from_stored(store::string(tx, proposal, "by").unwrap_or_default());
            let written = store::string(tx, proposal, "at").unwrap_or_default();
            let new = NewSummary {
                text: &text,
                posts: &posts,
                by: &author,
                at: &written,
            };
            write_summary(tx, &target, &entry, id.as_str(), &new)?;
            store::put_scalar(tx, proposal, "state", ProposalState::Accepted.key())
        },
    )
}

/// Returns a proposed contribution to its author with a comment saying what to change.
pub fn return_proposal(
    doc: &mut Automerge,
    by: &MemberId,
    id: &ProposalId,
    comment: &str,
    at: &str,
) -> Result<(), CommunityError> {
    if comment.trim().is_empty() {
        return Err(CommunityError::Empty {
            field: "comment to the author",
        });
    }
    check_moment(at)?;
    decide(
        doc,
        by,
        (PROPOSALS, "proposal"),
        id.as_str(),
        at,
        |tx, proposal| {
            store::put_text(tx, proposal, "comment", comment)?;
            store::put_scalar(tx, proposal, "state", ProposalState::Returned.key())
        },
    )
}

/// The author changes the text of their proposal, character-wise; a returned one is
/// proposed again (revising with the same text just resubmits it). A proposal still
/// waiting may be revised too; an accepted one, already published, may not.
///
/// A revision made while a moderator returns the proposal elsewhere writes no state, so
/// after the merge the proposal reads returned, with the revised text and the comment:
/// the author sees what was asked and resubmits.
pub fn revise_proposal(
    doc: &mut Automerge,
    by: &MemberId,
    id: &ProposalId,
    text: &str,
) -> Result<(), CommunityError> {
    if text.trim().is_empty() {
        return Err(CommunityError::Empty { field: "summary" });
    }
    store::write(doc, |tx| {
        require(tx, by, Action::PostInDiscussion)?;
        let proposal = store::existing_entry(tx, PROPOSALS, "proposal", id.as_str())?;
        if store::string(tx, &proposal, "by").as_deref() != Some(by.as_str()) {
            return Err(CommunityError::NotAuthor {
                member: by.to_string(),
                kind: "proposal",
                id: id.to_string(),
            });
        }
        let current = state(tx, &proposal);
        if current == Some(ProposalState::Accepted) {
            return Err(decided(id.as_str(), ProposalState::Accepted));
        }
        let target = DiscussionId::from_stored(
            store::string(tx, &proposal, "discussion").unwrap_or_default(),
        );
        let entry = discussion(tx, &target)?;
        refuse_closed(tx, &target, &entry)?;
        store::put_text(tx, &proposal, "text", text)?;
        if current != Some(ProposalState::Proposed) {
            store::put_scalar(tx, &proposal, "state", ProposalState::Proposed.key())?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use automerge::Automerge;

    use super::*;
    use crate::discussions::fixture::id;
    use crate::moderation::fixture::{OTHERS, REVIEWERS, with_post};
    use crate::{
        Call, InterimSummary, Proposal, close_discussion, proposals, read, set_call,
        set_premoderation,
    };

    fn summaries(doc: &Automerge) -> Vec<InterimSummary> {
        read(doc).unwrap().discussions.remove(0).summaries
    }

    fn only_proposal(doc: &Automerge) -> Proposal {
        let mut all = proposals(doc);
        assert_eq!(all.len(), 1);
        all.remove(0)
    }

    /// The fixture with pre-moderation on, and `pa`'s summary proposed.
    fn proposed() -> (Automerge, DiscussionId, PostId, ProposalId) {
        let (mut doc, d, p) = with_post();
        set_premoderation(&mut doc, &id("le"), true).unwrap();
        let cites = std::slice::from_ref(&p);
        let made =
            contribute_summary(&mut doc, &id("pa"), &d, "Visits", cites, "2030-01-02").unwrap();
        let Contributed::Proposed(proposal) = made else {
            panic!("pre-moderated: {made:?}")
        };
        (doc, d, p, proposal)
    }

    #[test]
    fn without_pre_moderation_a_members_summary_is_published() {
        let (mut doc, d, p) = with_post();
        set_call(&mut doc, Call::Restricted).unwrap();
        let cites = std::slice::from_ref(&p);
        let made = contribute_summary(&mut doc, &id("pa"), &d, "Visits", cites, "2030-01-02");
        let Ok(Contributed::Published(summary)) = made else {
            panic!("{made:?}")
        };
        let read = summaries(&doc);
        assert_eq!(read.len(), 1);
        assert_eq!(read[0].id, summary);
        assert_eq!(read[0].by, id("pa"));
        assert_eq!(read[0].posts, [p]);
        assert!(proposals(&doc).is_empty());
    }

    #[test]
    fn under_pre_moderation_a_members_summary_waits_a_reviewers_does_not() {
        let (mut doc, d, p, proposal) = proposed();
        assert!(summaries(&doc).is_empty(), "nothing published yet");
        let read = only_proposal(&doc);
        assert_eq!(read.id, proposal);
        assert_eq!(read.kind, Some(ProposalKind::InterimSummary));
        assert_eq!(read.discussion, d);
        assert_eq!(read.text, "Visits");
        assert_eq!(read.posts, std::slice::from_ref(&p));
        assert_eq!(read.by, id("pa"));
        assert_eq!(read.at, "2030-01-02");
        assert_eq!(read.state, Some(ProposalState::Proposed));
        assert_eq!((read.comment.as_str(), read.decided_by), ("", None));
        for reviewer in REVIEWERS {
            let made = contribute_summary(&mut doc, &id(reviewer), &d, "Mine", &[], "2030-01-02");
            assert!(matches!(made, Ok(Contributed::Published(_))), "{reviewer}");
        }
        assert_eq!(summaries(&doc).len(), 3);
        // The public call's default, with no choice made, pre-moderates too.
        let (mut doc, d, _) = with_post();
        set_call(&mut doc, Call::Public).unwrap();
        let made = contribute_summary(&mut doc, &id("pb"), &d, "Visits", &[], "2030-01-02");
        assert!(matches!(made, Ok(Contributed::Proposed(_))));
    }

    #[test]
    fn contributions_are_refused_like_posts_and_change_nothing() {
        let (mut doc, d, _) = with_post();
        let heads = doc.get_heads();
        let gone = PostId::new("gone").unwrap();
        let pa = id("pa");
        assert!(matches!(
            contribute_summary(&mut doc, &pa, &d, "Visits", &[gone], "2030-01-02"),
            Err(CommunityError::NotFound { kind: "post", .. })
        ));
        assert!(matches!(
            contribute_summary(&mut doc, &id("ghost"), &d, "Visits", &[], "2030-01-02"),
            Err(CommunityError::NotAllowed { .. })
        ));
        assert!(matches!(
            contribute_summary(&mut doc, &pa, &d, " ", &[], "2030-01-02"),
            Err(CommunityError::Empty { field: "summary" })
        ));
        assert!(matches!(
            contribute_summary(&mut doc, &pa, &d, "Visits", &[], "today"),
            Err(CommunityError::InvalidDateTime { .. })
        ));
        let nowhere = DiscussionId::new("nowhere").unwrap();
        assert!(matches!(
            contribute_summary(&mut doc, &pa, &nowhere, "Visits", &[], "2030-01-02"),
            Err(CommunityError::NotFound {
                kind: "discussion",
                ..
            })
        ));
        assert_eq!(doc.get_heads(), heads);
        close_discussion(&mut doc, &id("mo"), &d, "2030-02-01").unwrap();
        let heads = doc.get_heads();
        for by in ["pa", "mo"] {
            assert!(matches!(
                contribute_summary(&mut doc, &id(by), &d, "Late", &[], "2030-02-02"),
                Err(CommunityError::DiscussionClosed { .. })
            ));
        }
        assert_eq!(doc.get_heads(), heads);
    }

    #[test]
    fn reviewers_accept_a_proposal_as_a_summary_keyed_by_its_id() {
        for reviewer in REVIEWERS {
            let (mut doc, _, p, proposal) = proposed();
            accept_proposal(&mut doc, &id(reviewer), &proposal, "2030-01-03").unwrap();
            let read = summaries(&doc);
            assert_eq!(read.len(), 1);
            assert_eq!(read[0].id.as_str(), proposal.as_str());
            assert_eq!(read[0].text, "Visits");
            assert_eq!(read[0].posts, [p]);
            assert_eq!(read[0].by, id("pa"), "the author is credited");
            assert_eq!(read[0].at, "2030-01-02");
            let decided = only_proposal(&doc);
            assert_eq!(decided.state, Some(ProposalState::Accepted));
            assert_eq!(decided.decided_by, Some(id(reviewer)));
            assert_eq!(decided.decided_at.as_deref(), Some("2030-01-03"));
        }
    }

    #[test]
    fn decisions_are_refused_to_others_and_on_decided_proposals() {
        let (mut doc, _, _, proposal) = proposed();
        let heads = doc.get_heads();
        for other in OTHERS {
            let by = id(other);
            assert!(matches!(
                accept_proposal(&mut doc, &by, &proposal, "2030-01-03"),
                Err(CommunityError::NotAllowed { action, .. })
                    if action == Action::ReviewContributions.describe()
            ));
            assert!(matches!(
                return_proposal(&mut doc, &by, &proposal, "No", "2030-01-03"),
                Err(CommunityError::NotAllowed { .. })
            ));
        }
        let mo = id("mo");
        assert!(matches!(
            return_proposal(&mut doc, &mo, &proposal, "  ", "2030-01-03"),
            Err(CommunityError::Empty { .. })
        ));
        assert!(matches!(
            accept_proposal(&mut doc, &mo, &proposal, "soon"),
            Err(CommunityError::InvalidDateTime { .. })
        ));
        let missing = ProposalId::new("gone").unwrap();
        assert!(matches!(
            accept_proposal(&mut doc, &mo, &missing, "2030-01-03"),
            Err(CommunityError::NotFound {
                kind: "proposal",
                ..
            })
        ));
        assert_eq!(doc.get_heads(), heads);

        return_proposal(&mut doc, &mo, &proposal, "Cite more", "2030-01-03").unwrap();
        let heads = doc.get_heads();
        assert!(matches!(
            accept_proposal(&mut doc, &mo, &proposal, "2030-01-04"),
            Err(CommunityError::ProposalDecided {
                state: "returned",
                ..
            })
        ));
        assert_eq!(
            doc.get_heads(),
            heads,
            "a returned proposal is with its author"
        );
        revise_proposal(&mut doc, &id("pa"), &proposal, "Visits, cited").unwrap();
        accept_proposal(&mut doc, &mo, &proposal, "2030-01-04").unwrap();
        let heads = doc.get_heads();
        assert!(matches!(
            accept_proposal(&mut doc, &id("le"), &proposal, "2030-01-05"),
            Err(CommunityError::ProposalDecided {
                state: "accepted",
                ..
            })
        ));
        assert!(matches!(
            return_proposal(&mut doc, &mo, &proposal, "Wait", "2030-01-05"),
            Err(CommunityError::ProposalDecided { .. })
        ));
        assert!(matches!(
            revise_proposal(&mut doc, &id("pa"), &proposal, "Visits again"),
            Err(CommunityError::ProposalDecided {
                state: "accepted",
                ..
            })
        ));
        assert_eq!(doc.get_heads(), heads);
        assert_eq!(summaries(&doc)[0].text, "Visits, cited");
    }

    #[test]
    fn a_returned_proposal_is_revised_by_its_author_only_and_proposed_again() {
        let (mut doc, d, _, proposal) = proposed();
        return_proposal(
            &mut doc,
            &id("fa"),
            &proposal,
            "Cite the post",
            "2030-01-03",
        )
        .unwrap();
        let returned = only_proposal(&doc);
        assert_eq!(returned.state, Some(ProposalState::Returned));
        assert_eq!(returned.comment, "Cite the post");
        assert_eq!(returned.decided_by, Some(id("fa")));
        let heads = doc.get_heads();
        for other in ["pb", "mo"] {
            assert!(matches!(
                revise_proposal(&mut doc, &id(other), &proposal, "Theirs"),
                Err(CommunityError::NotAuthor {
                    kind: "proposal",
                    ..
                })
            ));
        }
        assert!(matches!(
            revise_proposal(&mut doc, &id("pa"), &proposal, ""),
            Err(CommunityError::Empty { .. })
        ));
        assert_eq!(doc.get_heads(), heads);
        revise_proposal(&mut doc, &id("pa"), &proposal, "Visits, as post 1 says").unwrap();
        let revised = only_proposal(&doc);
        assert_eq!(revised.state, Some(ProposalState::Proposed));
        assert_eq!(revised.text, "Visits, as post 1 says");
        assert_eq!(
            revised.comment, "Cite the post",
            "the request stays visible"
        );
        close_discussion(&mut doc, &id("mo"), &d, "2030-02-01").unwrap();
        assert!(matches!(
            revise_proposal(&mut doc, &id("pa"), &proposal, "Later"),
            Err(CommunityError::DiscussionClosed { .. })
        ));
    }

    #[test]
    fn two_moderators_accepting_concurrently_publish_one_summary() {
        let (base, _, _, proposal) = proposed();
        let mut mo = base.fork();
        let mut le = Automerge::new();
        le.merge(&mut base.clone()).unwrap();
        accept_proposal(&mut mo, &id("mo"), &proposal, "2030-01-03").unwrap();
        accept_proposal(&mut le, &id("le"), &proposal, "2030-01-04").unwrap();
        mo.merge(&mut le.clone()).unwrap();
        le.merge(&mut mo.clone()).unwrap();
        for doc in [&mo, &le] {
            let read = summaries(doc);
            assert_eq!(read.len(), 1);
            assert_eq!(read[0].text, "Visits");
            assert_eq!(only_proposal(doc).state, Some(ProposalState::Accepted));
            let disagreements: Vec<_> = crate::conflicts(doc)
                .into_iter()
                .filter(|c| c.path.iter().any(|k| k == "summaries"))
                .collect();
            assert!(disagreements.is_empty(), "{disagreements:?}");
        }
        assert_eq!(summaries(&mo), summaries(&le));
    }

    #[test]
    fn an_accept_and_a_return_made_concurrently_read_as_accepted() {
        // Automerge's winner among concurrent values depends on the (random) actor ids;
        // over many pairs of replicas the return wins there about half the time.
        let (base, _, _, proposal) = proposed();
        for _ in 0..16 {
            let mut mo = base.fork();
            let mut fa = base.fork();
            accept_proposal(&mut mo, &id("mo"), &proposal, "2030-01-03").unwrap();
            return_proposal(&mut fa, &id("fa"), &proposal, "Shorter", "2030-01-03").unwrap();
            mo.merge(&mut fa).unwrap();
            assert_eq!(
                only_proposal(&mo).state,
                Some(ProposalState::Accepted),
                "the summary is published, whatever Automerge's winner"
            );
            assert_eq!(summaries(&mo).len(), 1);
            assert!(matches!(
                return_proposal(&mut mo, &id("le"), &proposal, "Late", "2030-01-04"),
                Err(CommunityError::ProposalDecided {
                    state: "accepted",
                    ..
                })
            ));
        }
    }

    #[test]
    fn a_return_and_a_revision_made_concurrently_read_as_returned_with_both() {
        let (base, _, _, proposal) = proposed();
        let mut author = base.fork();
        let mut moderator = base.fork();
        revise_proposal(&mut author, &id("pa"), &proposal, "Home visits").unwrap();
        return_proposal(&mut moderator, &id("mo"), &proposal, "Which?", "2030-01-03").unwrap();
        author.merge(&mut moderator).unwrap();
        let merged = only_proposal(&author);
        assert_eq!(merged.state, Some(ProposalState::Returned));
        assert_eq!(merged.text, "Home visits");
        assert_eq!(merged.comment, "Which?");
        // The author, seeing the comment beside their text, resubmits it as it is.
        revise_proposal(&mut author, &id("pa"), &proposal, "Home visits").unwrap();
        assert_eq!(only_proposal(&author).state, Some(ProposalState::Proposed));
    }

    #[test]
    fn a_revision_of_a_returned_proposal_and_a_second_return_settle_on_returned() {
        // The author resubmits (state "proposed") while another moderator, who saw the
        // first return, cannot decide it again: the only concurrent writer is the author.
        let (mut base, _, _, proposal) = proposed();
        return_proposal(&mut base, &id("mo"), &proposal, "Which?", "2030-01-03").unwrap();
        let mut author = base.fork();
        let mut le = base.fork();
        revise_proposal(&mut author, &id("pa"), &proposal, "Home visits").unwrap();
        assert!(matches!(
            return_proposal(&mut le, &id("le"), &proposal, "More", "2030-01-04"),
            Err(CommunityError::ProposalDecided { .. })
        ));
        le.merge(&mut author).unwrap();
        assert_eq!(only_proposal(&le).state, Some(ProposalState::Proposed));
    }

    #[test]
    fn proposals_made_on_two_replicas_list_in_the_same_order_on_both() {
        let (base, d, _, first) = proposed();
        let mut pa = base.fork();
        let mut pb = base.fork();
        contribute_summary(&mut pa, &id("pa"), &d, "Second", &[], "2030-01-04").unwrap();
        contribute_summary(&mut pb, &id("pb"), &d, "Third", &[], "2030-01-03").unwrap();
        pa.merge(&mut pb.clone()).unwrap();
        pb.merge(&mut pa.clone()).unwrap();
        let order = |doc: &Automerge| -> Vec<ProposalId> {
            proposals(doc).into_iter().map(|p| p.id).collect()
        };
        assert_eq!(order(&pa), order(&pb));
        assert_eq!(order(&pa).len(), 3);
        assert_eq!(order(&pa)[0], first, "made first, listed first");
    }
}
