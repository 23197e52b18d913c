//! The knowledge base: what the community learned, made explicit. "Based on the survey
//! results, conclusions, lessons learned, post-action reviews and recommendations will
//! be put forward", and the moderator "manage[s] the information and knowledge the CoP
//! is producing as a result of transforming tacit knowledge into explicit knowledge".
//!
//! Any member proposes an entry, linking the discussions and posts it came from; a
//! reviewer (leader, moderator, facilitator: [`Action::ReviewContributions`]) accepts it
//! or returns it with a comment, and its author revises it. An entry a reviewer writes
//! is accepted at once. Unlike interim summaries this does not follow the
//! pre-moderation setting: the knowledge base is the record prepared for the
//! institutional repository, so a reviewer always accepts what goes in.
//!
//! The states are the pre-moderated proposals' ([`ProposalState`]) with the same rule
//! for concurrent values: the furthest along wins (accepted over returned over
//! proposed). So two reviewers accepting concurrently leave one accepted entry, and an
//! acceptance concurrent with the author's revision leaves the entry accepted with the
//! revised text (the reviewer sees the revision in their review of merged work).
//! Once accepted, only reviewers edit an entry.

use automerge::transaction::Transaction;
use automerge::{Automerge, ObjId, ObjType, ReadDoc, Value};

use super::KNOWLEDGE;
use crate::discussions::{check_moment, discussion, inner, require};
use crate::moderation::{decide_proposal as decide, decided, proposal_state};
use crate::roles::{Action, may};
use crate::{
    CommunityError, DiscussionId, KnowledgeId, MemberId, PostId, ProposalState, members, store,
};

/// The kinds of knowledge the method names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KnowledgeKind {
    /// What the community concluded about its objective and results.
    Conclusion,
    /// What worked or did not, to remember next time.
    LessonLearned,
    /// A way of working worth repeating elsewhere.
    BestPractice,
    /// A review after an action: what was planned, what happened, why, what to keep.
    PostActionReview,
    /// What the community recommends to its organization or to future communities.
    Recommendation,
}

impl KnowledgeKind {
    /// Every kind, in the method's order.
    pub const ALL: [Self; 5] = [
        Self::Conclusion,
        Self::LessonLearned,
        Self::BestPractice,
        Self::PostActionReview,
        Self::Recommendation,
    ];

    /// The stored value, also the key the UI translates.
    pub fn key(self) -> &'static str {
        match self {
            Self::Conclusion => "conclusion",
            Self::LessonLearned => "lesson_learned",
            Self::BestPractice => "best_practice",
            Self::PostActionReview => "post_action_review",
            Self::Recommendation => "recommendation",
        }
    }

    /// The kind a stored value names, if this build knows it.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.key() == key)
    }
}

/// An entry as written by its author or a reviewer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnowledgeDraft {
    pub kind: KnowledgeKind,
    pub title: String,
    pub text: String,
    /// The discussions it came from (each must exist).
    pub discussions: Vec<DiscussionId>,
    /// The posts it came from, each in one of `discussions`.
    pub posts: Vec<PostId>,
}

/// An entry of the knowledge base as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnowledgeEntry {
    pub id: KnowledgeId,
    /// `None` when the stored kind is unknown to this build.
    pub kind: Option<KnowledgeKind>,
    pub title: String,
    pub text: String,
    /// Sorted by id.
    pub discussions: Vec<DiscussionId>,
    /// Sorted by id.
    pub posts: Vec<PostId>,
    /// Its author.
    pub by: MemberId,
    pub at: String,
    /// Of concurrent values the furthest along; `None` if none is known to this build.
    pub state: Option<ProposalState>,
    /// The comment of the latest return; kept when the author revises.
    pub comment: String,
    /// Who accepted or returned it last, and when.
    pub decided_by: Option<MemberId>,
    pub decided_at: Option<String>,
}

impl KnowledgeEntry {
    /// Whether it is part of the knowledge base (not waiting or returned).
    pub fn is_accepted(&self) -> bool {
        self.state == Some(ProposalState::Accepted)
    }
}

/// Any member proposes an entry; a reviewer's entry is accepted at once.
pub fn propose_knowledge(
    doc: &mut Automerge,
    by: &MemberId,
    draft: &KnowledgeDraft,
    at: &str,
) -> Result<KnowledgeId, CommunityError> {
    check_draft(draft)?;
    check_moment(at)?;
    let fresh = store::fresh_id(doc);
    store::write(doc, |tx| {
        require(tx, by, Action::ProposeKnowledge)?;
        check_sources(tx, draft)?;
        let entry = store::insert_entry(tx, KNOWLEDGE, "knowledge entry", &fresh)?;
        write_draft(tx, &entry, draft)?;
        store::put_scalar(tx, &entry, "by", by.as_str())?;
        store::put_scalar(tx, &entry, "at", at)?;
        // Made now, so two reviewers' first returns edit one text instead of racing to
        // create it.
        store::put_text(tx, &entry, "comment", "")?;
        if reviews(tx, by) {
            store::put_scalar(tx, &entry, "state", ProposalState::Accepted.key())?;
            store::put_scalar(tx, &entry, "decided_by", by.as_str())?;
            store::put_scalar(tx, &entry, "decided_at", at)?;
        } else {
            store::put_scalar(tx, &entry, "state", ProposalState::Proposed.key())?;
        }
        Ok(KnowledgeId::from_stored(fresh))
    })
}

/// Changes an entry's kind, title, text and sources (texts character-wise). Its author
/// may while it is not accepted, and a returned entry is proposed again; a reviewer may
/// at any time, leaving its state as it is.
pub fn revise_knowledge(
    doc: &mut Automerge,
    by: &MemberId,
    id: &KnowledgeId,
    draft: &KnowledgeDraft,
) -> Result<(), CommunityError> {
    check_draft(draft)?;
    store::write(doc, |tx| {
        require(tx, by, Action::ProposeKnowledge)?;
        let entry = store::existing_entry(tx, KNOWLEDGE, "knowledge entry", id.as_str())?;
        let current = proposal_state(tx, &entry);
        let resubmit = if reviews(tx, by) {
            false
        } else if store::string(tx, &entry, "by").as_deref() != Some(by.as_str()) {
            return Err(CommunityError::NotAuthor {
                member: by.to_string(),
                kind: "knowledge entry",
                id: id.to_string(),
            });
        } else if current == Some(ProposalState::Accepted) {
            return Err(decided(id.as_str(), ProposalState::Accepted));
        } else {
            current != Some(ProposalState::Proposed)
        };
        check_sources(tx, draft)?;
        write_draft(tx, &entry, draft)?;
        if resubmit {
            store::put_scalar(tx, &entry, "state", ProposalState::Proposed.key())?;
        }
        Ok(())
    })
}

/// A reviewer accepts a proposed entry into the knowledge base.
pub fn accept_knowledge(
    doc: &mut Automerge,
    by: &MemberId,
    id: &KnowledgeId,
    at: &str,
) -> Result<(), CommunityError> {
    check_moment(at)?;
    decide(
        doc,
        by,
        (KNOWLEDGE, "knowledge entry"),
        id.as_str(),
        at,
        |tx, entry| store::put_scalar(tx, entry, "state", ProposalState::Accepted.key()),
    )
}

/// A reviewer returns a proposed entry to its author with a comment saying what to
/// change.
pub fn return_knowledge(
    doc: &mut Automerge,
    by: &MemberId,
    id: &KnowledgeId,
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
        (KNOWLEDGE, "knowledge entry"),
        id.as_str(),
        at,
        |tx, entry| {
            store::put_text(tx, entry, "comment", comment)?;
            store::put_scalar(tx, entry, "state", ProposalState::Returned.key())
        },
    )
}

/// Every entry, accepted or not, in the order proposed (position, then id): the same
/// order on every replica. [`KnowledgeEntry::is_accepted`] tells the knowledge base
/// from what still waits.
pub fn knowledge_base<R: ReadDoc>(doc: &R) -> Vec<KnowledgeEntry> {
    let mut items: Vec<_> = store::entries(doc, KNOWLEDGE)
        .into_iter()
        .map(|(id, entry)| {
            let position = store::int(doc, &entry, "position").unwrap_or(0);
            (position, id.clone(), read_entry(doc, id, &entry))
        })
        .collect();
    store::sort_by_position(&mut items);
    items.into_iter().map(|(_, _, entry)| entry).collect()
}

fn reviews<R: ReadDoc>(doc: &R, member: &MemberId) -> bool {
    members::role_of(doc, member).is_some_and(|role| may(role, Action::ReviewContributions))
}

fn check_draft(draft: &KnowledgeDraft) -> Result<(), CommunityError> {
    if draft.title.trim().is_empty() {
        return Err(CommunityError::Empty {
            field: "knowledge entry's title",
        });
    }
    if draft.text.trim().is_empty() {
        return Err(CommunityError::Empty {
            field: "knowledge entry's text",
        });
    }
    Ok(())
}

/// Every linked discussion exists and every linked post is in one of them.
fn check_sources<R: ReadDoc>(doc: &R, draft: &KnowledgeDraft) -> Result<(), CommunityError> {
    for d in &draft.discussions {
        discussion(doc, d)?;
    }
    for post in &draft.posts {
        let found = draft
            .discussions
            .iter()
            .any(|d| store::find_entry(doc, &inner(d.as_str(), "posts"), post.as_str()).is_some());
        if !found {
            return Err(store::not_found("post", post.as_str()));
        }
    }
    Ok(())
}

fn write_draft(
    tx: &mut Transaction<'_>,
    entry: &ObjId,
    draft: &KnowledgeDraft,
) -> Result<(), CommunityError> {
    store::put_scalar(tx, entry, "kind", draft.kind.key())?;
    store::put_text(tx, entry, "title", &draft.title)?;
    store::put_text(tx, entry, "text", &draft.text)?;
    let discussions: Vec<&str> = draft.discussions.iter().map(DiscussionId::as_str).collect();
    store::put_key_set(tx, entry, "discussions", &discussions)?;
    let posts: Vec<&str> = draft.posts.iter().map(PostId::as_str).collect();
    store::put_key_set(tx, entry, "posts", &posts)
}

fn read_entry<R: ReadDoc>(doc: &R, id: String, entry: &ObjId) -> KnowledgeEntry {
    let string = |key| store::string(doc, entry, key);
    let keys = |key| match doc.get(entry, key) {
        Ok(Some((Value::Object(ObjType::Map), map))) => doc.keys(&map).collect(),
        _ => Vec::new(),
    };
    KnowledgeEntry {
        id: KnowledgeId::from_stored(id),
        kind: string("kind").as_deref().and_then(KnowledgeKind::from_key),
        title: store::text(doc, entry, "title"),
        text: store::text(doc, entry, "text"),
        discussions: keys("discussions")
            .into_iter()
            .map(DiscussionId::from_stored)
            .collect(),
        posts: keys("posts").into_iter().map(PostId::from_stored).collect(),
        by: MemberId::from_stored(string("by").unwrap_or_default()),
        at: string("at").unwrap_or_default(),
        state: proposal_state(doc, entry),
        comment: store::text(doc, entry, "comment"),
        decided_by: string("decided_by").map(MemberId::from_stored),
        decided_at: string("decided_at"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conclusion::fixture::{concluding, id, replica};
    use crate::{NewDiscussion, NewPost, create_discussion, post};

    const AT: &str = "2030-03-01T10:00:00Z";

    /// The concluding community with one discussion and one post by `luis`.
    fn with_post() -> (Automerge, DiscussionId, PostId) {
        let mut doc = concluding();
        let plan = NewDiscussion {
            title: "Which indicators?".into(),
            ..Default::default()
        };
        let d = create_discussion(&mut doc, &id("mo"), &plan).unwrap();
        let new = NewPost {
            author: id("luis"),
            body: "We count home visits".into(),
            created: "2030-01-01".into(),
            parent: None,
        };
        let p = post(&mut doc, &d, &new).unwrap();
        (doc, d, p)
    }

    fn draft(d: &DiscussionId, p: &PostId) -> KnowledgeDraft {
        KnowledgeDraft {
            kind: KnowledgeKind::LessonLearned,
            title: "Count what you can act on".into(),
            text: "Indicators nobody acts on were dropped.".into(),
            discussions: vec![d.clone()],
            posts: vec![p.clone()],
        }
    }

    fn only(doc: &Automerge) -> KnowledgeEntry {
        let mut all = knowledge_base(doc);
        assert_eq!(all.len(), 1);
        all.remove(0)
    }

    #[test]
    fn a_members_entry_waits_for_a_reviewer_a_reviewers_is_accepted_at_once() {
        let (mut doc, d, p) = with_post();
        let k = propose_knowledge(&mut doc, &id("luis"), &draft(&d, &p), AT).unwrap();
        let entry = only(&doc);
        assert_eq!(entry.id, k);
        assert_eq!(entry.kind, Some(KnowledgeKind::LessonLearned));
        assert_eq!(entry.title, "Count what you can act on");
        assert_eq!(
            (&entry.discussions, &entry.posts),
            (&vec![d.clone()], &vec![p.clone()])
        );
        assert_eq!((entry.by.as_str(), entry.at.as_str()), ("luis", AT));
        assert_eq!(entry.state, Some(ProposalState::Proposed));
        assert!(!entry.is_accepted());

        for reviewer in ["ana", "mo", "fa"] {
            propose_knowledge(&mut doc, &id(reviewer), &draft(&d, &p), AT).unwrap();
        }
        let all = knowledge_base(&doc);
        assert_eq!(all.len(), 4);
        assert_eq!(all[0].id, k, "in the order proposed");
        assert!(all[1..].iter().all(KnowledgeEntry::is_accepted));
        assert_eq!(all[2].decided_by, Some(id("mo")));
    }

    #[test]
    fn entries_need_a_title_a_text_and_sources_that_exist() {
        let (mut doc, d, p) = with_post();
        let heads = doc.get_heads();
        let luis = id("luis");
        let mut blank = draft(&d, &p);
        blank.title = " ".into();
        assert!(matches!(
            propose_knowledge(&mut doc, &luis, &blank, AT),
            Err(CommunityError::Empty { .. })
        ));
        let mut unknown = draft(&d, &p);
        unknown.discussions = vec![DiscussionId::new("gone").unwrap()];
        assert!(matches!(
            propose_knowledge(&mut doc, &luis, &unknown, AT),
            Err(CommunityError::NotFound {
                kind: "discussion",
                ..
            })
        ));
        let mut stray = draft(&d, &p);
        stray.discussions.clear();
        assert!(matches!(
            propose_knowledge(&mut doc, &luis, &stray, AT),
            Err(CommunityError::NotFound { kind: "post", .. })
        ));
        assert!(matches!(
            propose_knowledge(&mut doc, &id("ghost"), &draft(&d, &p), AT),
            Err(CommunityError::NotAllowed { .. })
        ));
        assert!(matches!(
            propose_knowledge(&mut doc, &luis, &draft(&d, &p), "later"),
            Err(CommunityError::InvalidDateTime { .. })
        ));
        assert_eq!(doc.get_heads(), heads);
        let mut unlinked = draft(&d, &p);
        unlinked.discussions.clear();
        unlinked.posts.clear();
        propose_knowledge(&mut doc, &luis, &unlinked, AT).expect("sources are optional");
    }

    #[test]
    fn returned_revised_by_its_author_and_accepted_then_only_reviewers_edit_it() {
        let (mut doc, d, p) = with_post();
        let luis = id("luis");
        let k = propose_knowledge(&mut doc, &luis, &draft(&d, &p), AT).unwrap();
        for other in ["luis", "pa"] {
            assert!(matches!(
                accept_knowledge(&mut doc, &id(other), &k, AT),
                Err(CommunityError::NotAllowed { .. })
            ));
        }
        return_knowledge(&mut doc, &id("mo"), &k, "Say which indicators", AT).unwrap();
        let returned = only(&doc);
        assert_eq!(returned.state, Some(ProposalState::Returned));
        assert_eq!(returned.comment, "Say which indicators");
        assert!(matches!(
            accept_knowledge(&mut doc, &id("mo"), &k, AT),
            Err(CommunityError::ProposalDecided {
                state: "returned",
                ..
            })
        ));
        let mut revised = draft(&d, &p);
        revised.text = "Home-visit counts nobody acted on were dropped.".into();
        assert!(matches!(
            revise_knowledge(&mut doc, &id("pa"), &k, &revised),
            Err(CommunityError::NotAuthor { .. })
        ));
        revise_knowledge(&mut doc, &luis, &k, &revised).unwrap();
        let again = only(&doc);
        assert_eq!(again.state, Some(ProposalState::Proposed));
        assert_eq!(again.text, revised.text);
        assert_eq!(
            again.comment, "Say which indicators",
            "the request stays visible"
        );

        accept_knowledge(&mut doc, &id("fa"), &k, "2030-03-02").unwrap();
        let accepted = only(&doc);
        assert!(accepted.is_accepted());
        assert_eq!(accepted.decided_by, Some(id("fa")));
        assert!(matches!(
            revise_knowledge(&mut doc, &luis, &k, &draft(&d, &p)),
            Err(CommunityError::ProposalDecided {
                state: "accepted",
                ..
            })
        ));
        let mut edited = revised.clone();
        edited.kind = KnowledgeKind::Recommendation;
        revise_knowledge(&mut doc, &id("mo"), &k, &edited).unwrap();
        let edited = only(&doc);
        assert_eq!(edited.kind, Some(KnowledgeKind::Recommendation));
        assert!(edited.is_accepted(), "a reviewer's edit keeps it accepted");
    }

    #[test]
    fn two_reviewers_accepting_concurrently_leave_one_accepted_entry() {
        let (mut base, d, p) = with_post();
        let k = propose_knowledge(&mut base, &id("luis"), &draft(&d, &p), AT).unwrap();
        let mut mo = replica(&base, "mo");
        let mut ana = replica(&base, "ana");
        accept_knowledge(&mut mo, &id("mo"), &k, AT).unwrap();
        accept_knowledge(&mut ana, &id("ana"), &k, "2030-03-02").unwrap();
        mo.merge(&mut ana.clone()).unwrap();
        ana.merge(&mut mo.clone()).unwrap();
        assert_eq!(knowledge_base(&mo), knowledge_base(&ana));
        assert!(only(&mo).is_accepted());
        let disagreements: Vec<_> = crate::conflicts(&mo)
            .into_iter()
            .filter(|c| c.path.iter().any(|k| k == "state"))
            .collect();
        assert!(disagreements.is_empty(), "{disagreements:?}");
    }

    #[test]
    fn an_accept_concurrent_with_a_revision_is_accepted_with_the_revised_text() {
        let (mut base, d, p) = with_post();
        let k = propose_knowledge(&mut base, &id("luis"), &draft(&d, &p), AT).unwrap();
        return_knowledge(&mut base, &id("mo"), &k, "Shorter", AT).unwrap();
        let luis = id("luis");
        let mut revised = draft(&d, &p);
        revised.text = "Unused indicators were dropped.".into();
        revise_knowledge(&mut base, &luis, &k, &revised).unwrap();
        // Over many replica pairs Automerge's own winner varies with the actor ids.
        for _ in 0..8 {
            let mut author = replica(&base, "luis");
            let mut reviewer = replica(&base, "fa");
            let mut again = revised.clone();
            again.text = "Unused indicators were dropped after a year.".into();
            revise_knowledge(&mut author, &luis, &k, &again).unwrap();
            accept_knowledge(&mut reviewer, &id("fa"), &k, AT).unwrap();
            author.merge(&mut reviewer).unwrap();
            let merged = only(&author);
            assert!(merged.is_accepted());
            assert_eq!(merged.text, again.text);
        }
        // A return concurrent with the author's resubmission stays returned.
        let mut author = replica(&base, "luis");
        let mut reviewer = replica(&base, "fa");
        return_knowledge(&mut reviewer, &id("fa"), &k, "Which year?", AT).unwrap();
        revise_knowledge(&mut author, &luis, &k, &revised).unwrap();
        author.merge(&mut reviewer).unwrap();
        assert_eq!(only(&author).state, Some(ProposalState::Returned));
    }

    #[test]
    fn a_document_without_a_knowledge_base_reads_empty() {
        let doc = crate::create("CoP", "p").unwrap();
        assert!(knowledge_base(&doc).is_empty());
    }
}
