//! The moderator's review of what members contributed, much of it written offline and
//! merged later: editing, hiding and returning posts, marking merged contributions
//! reviewed, and pre-moderation of curated sections (today a discussion's interim
//! summaries).
//!
//! Shape (added beside the discussions; every field is optional on read, so a document
//! written before moderation existed reads with nothing hidden, returned, reviewed or
//! proposed):
//!
//! ```text
//! design: { …, premoderation: Bool }      // absent: on when the call is public
//! discussions: { <id>: { posts: { <post id>: { …,
//!     hidden:   { reason: Text, by: <member id>, at: "YYYY-MM-DDThh:mm…" },
//!     returned: { comment: Text, by: <member id>, at } } } } }
//! moderation: {
//!   reviewed:  { <key>: { by: <member id>, at } },
//!   proposals: { <proposal id>: { kind: "interim_summary", discussion: <id>,
//!                text: Text, posts: { <post id>: true }, by: <member id>, at,
//!                state: "proposed" | "accepted" | "returned", comment: Text,
//!                decided_by?: <member id>, decided_at?, position: Int } } }
//! ```
//!
//! Hiding is not deleting: a hidden post keeps its body, history and replies, so a
//! thread never loses a parent and unhiding restores everything. Marks are maps put on
//! the post, so they never touch the body: a moderator hiding a post while its author
//! edits it offline leaves, after the merge, the edited post hidden.

mod marks;
mod posts;
mod premoderation;
mod proposal;
mod proposals;
mod reviewed;

pub use marks::{Hidden, Returned};
pub use posts::{clear_return, edit_post, hide_post, return_post, unhide_post};
pub use premoderation::{premoderation, set_premoderation};
pub use proposal::{Proposal, ProposalKind, ProposalState, proposals};
// The knowledge base's entries go through the same states with the same rule for
// concurrent values (the furthest along wins).
pub(crate) use proposal::state as proposal_state;
pub(crate) use proposal::{decide as decide_proposal, decided};
pub use proposals::{
    Contributed, accept_proposal, contribute_summary, return_proposal, revise_proposal,
};
pub use reviewed::{REVIEW_KEY_LIMIT, ReviewMark, mark_reviewed, reviewed_marks};

use crate::store;

/// Marks that merged contributions were reviewed, by the review module's keys.
pub(crate) const REVIEWED: store::Path = &["moderation", "reviewed"];
/// Contributions waiting for (or decided by) a moderator.
pub(crate) const PROPOSALS: store::Path = &["moderation", "proposals"];

#[cfg(test)]
pub(crate) mod fixture {
    use automerge::Automerge;

    use crate::discussions::fixture::{community, id};
    use crate::{DiscussionId, NewPost, PostId, Role, post, set_member};

    /// The discussions fixture (moderator `mo`, participant `pa`, ten words a post) with
    /// a leader `le`, a facilitator `fa`, a second participant `pb`, and one post by `pa`.
    pub(crate) fn with_post() -> (Automerge, DiscussionId, PostId) {
        let (mut doc, d) = community();
        set_member(&mut doc, &id("le"), "Le", Role::Leader).unwrap();
        set_member(&mut doc, &id("fa"), "Fa", Role::Facilitator).unwrap();
        set_member(&mut doc, &id("pb"), "Pb", Role::Participant).unwrap();
        let new = NewPost {
            author: id("pa"),
            body: "We count visits".into(),
            created: "2030-01-01T09:00".into(),
            parent: None,
        };
        let p = post(&mut doc, &d, &new).unwrap();
        (doc, d, p)
    }

    /// Members who may review contributions, and members who may not.
    pub(crate) const REVIEWERS: [&str; 3] = ["le", "mo", "fa"];
    pub(crate) const OTHERS: [&str; 3] = ["pa", "pb", "ghost"];
}

#[cfg(test)]
mod tests {
    use automerge::transaction::Transactable as _;
    use automerge::{Automerge, ObjType, ROOT};

    use crate::discussions::fixture::id;
    use crate::{
        Contributed, NewDiscussion, NewPost, Role, contribute_summary, create_discussion,
        hide_post, mark_reviewed, post, premoderation, proposals, read, reviewed_marks, set_member,
    };

    /// A document as a build before moderation wrote it: no `moderation` map, no
    /// `premoderation`, posts without marks.
    fn before_moderation() -> Automerge {
        let mut doc = Automerge::new();
        let mut tx = doc.transaction();
        tx.put(ROOT, "schema_version", 1_i64).unwrap();
        let design = tx.put_object(ROOT, "design", ObjType::Map).unwrap();
        let title = tx.put_object(&design, "title", ObjType::Text).unwrap();
        tx.splice_text(&title, 0, 0, "CoP").unwrap();
        tx.put_object(&design, "problem", ObjType::Text).unwrap();
        tx.commit();
        doc
    }

    #[test]
    fn a_document_from_before_moderation_reads_with_nothing_moderated_and_accepts_it() {
        let mut doc = before_moderation();
        set_member(&mut doc, &id("mo"), "Mo", Role::Moderator).unwrap();
        set_member(&mut doc, &id("pa"), "Pa", Role::Participant).unwrap();
        let plan = NewDiscussion {
            title: "Indicators".into(),
            ..Default::default()
        };
        let d = create_discussion(&mut doc, &id("mo"), &plan).unwrap();
        let new = NewPost {
            author: id("pa"),
            body: "We count visits".into(),
            created: "2030-01-01".into(),
            parent: None,
        };
        let p = post(&mut doc, &d, &new).unwrap();
        let community = read(&doc).unwrap();
        assert!(!community.design.premoderation);
        assert!(!premoderation(&doc));
        let stored = &community.discussions[0].posts[0];
        assert_eq!((&stored.hidden, &stored.returned), (&None, &None));
        assert!(proposals(&doc).is_empty());
        assert!(reviewed_marks(&doc).is_empty());

        hide_post(&mut doc, &id("mo"), &d, &p, "Check", "2030-01-02").unwrap();
        mark_reviewed(&mut doc, &id("mo"), "merge:1", "2030-01-02").unwrap();
        crate::set_call(&mut doc, crate::Call::Public).unwrap();
        let made = contribute_summary(&mut doc, &id("pa"), &d, "Visits", &[], "2030-01-02");
        assert!(matches!(made, Ok(Contributed::Proposed(_))));
        assert_eq!(proposals(&doc).len(), 1);
        assert_eq!(reviewed_marks(&doc).len(), 1);
        assert!(read(&doc).unwrap().discussions[0].posts[0].hidden.is_some());
    }
}
