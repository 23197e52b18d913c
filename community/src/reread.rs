//! Re-reading a community after changes, without re-reading the discussions the changes
//! did not touch.
//!
//! Why: the app re-reads the document after every change (a keystroke in a design field
//! included), and reading every post of every discussion is most of that cost — measured
//! in Chromium on a community with 1,000 posts: long tasks of up to 312 ms while typing
//! in the problem statement, nearly all of it in reading posts. The changes themselves
//! say which objects they touched (`get_changes` since the heads last read is cheap,
//! unlike `diff`, which walks the whole document: ~50 ms natively there), so a
//! discussion no change touched is carried over from the previous read.
//!
//! Everything outside the discussions is small and always read again.

use std::collections::BTreeSet;

use automerge::{Automerge, ChangeHash, Prop, ReadDoc, legacy};

use crate::discussions::{DISCUSSIONS, read_discussions_reusing};
use crate::{Community, CommunityError, Discussion};

/// Beyond this many new changes (a first sync, a long offline merge), decoding them costs
/// more than it saves: everything is read again.
const MAX_CHANGES_TO_INSPECT: usize = 200;

/// Which discussions changes touched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Touched {
    /// Read every discussion again (the discussions map itself was replaced, or too many
    /// changes to inspect).
    All,
    /// Only these discussion ids (new ones included).
    Only(BTreeSet<String>),
}

/// The discussions touched by the changes made after `since`.
pub fn touched_since(doc: &Automerge, since: &[ChangeHash]) -> Touched {
    let changes = doc.get_changes(since);
    if changes.len() > MAX_CHANGES_TO_INSPECT {
        return Touched::All;
    }
    let mut ids = BTreeSet::new();
    for change in changes {
        for op in change.decode().operations {
            match discussion_of(doc, &op) {
                Some(Place::Discussion(id)) => {
                    ids.insert(id);
                }
                Some(Place::AllDiscussions) => return Touched::All,
                None => {}
            }
        }
    }
    Touched::Only(ids)
}

enum Place {
    Discussion(String),
    AllDiscussions,
}

/// Where an operation lands, as far as discussions go (`None`: outside them).
fn discussion_of(doc: &Automerge, op: &legacy::Op) -> Option<Place> {
    let key = match &op.key {
        legacy::Key::Map(key) => Some(key.as_str()),
        legacy::Key::Seq(_) => None,
    };
    let Ok((obj, _)) = doc.import(&op.obj.to_string()) else {
        // An object this document cannot resolve: be safe.
        return Some(Place::AllDiscussions);
    };
    if obj == automerge::ROOT {
        return (key == Some(DISCUSSIONS[0])).then_some(Place::AllDiscussions);
    }
    let path = doc.parents(&obj).ok()?.path();
    match path.as_slice() {
        // An op in the discussions map itself adds, removes or replaces one discussion.
        [(root, Prop::Map(top))] if *root == automerge::ROOT && top == DISCUSSIONS[0] => {
            key.map(|id| Place::Discussion(id.to_owned()))
        }
        [(root, Prop::Map(top)), (_, Prop::Map(id)), ..]
            if *root == automerge::ROOT && top == DISCUSSIONS[0] =>
        {
            Some(Place::Discussion(id.clone()))
        }
        _ => None,
    }
}

/// The community as it is now, reusing from `previous` (the discussions as last read)
/// those `touched` leaves out. Equal to [`crate::read`] of the document (tested, and
/// checked in the convergence property test), only cheaper.
pub fn reread(
    doc: &Automerge,
    previous: &[Discussion],
    touched: &Touched,
) -> Result<Community, CommunityError> {
    let mut community = crate::document::read_without_discussions(doc)?;
    community.discussions = match touched {
        Touched::All => crate::discussions::read_discussions(doc),
        Touched::Only(ids) => read_discussions_reusing(doc, previous, ids),
    };
    Ok(community)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::*;

    fn leader() -> MemberId {
        MemberId::new("ana").unwrap()
    }

    fn community_with_two_discussions() -> (Automerge, DiscussionId, DiscussionId) {
        let mut doc = create("CoP to define indicators", "p").unwrap();
        set_member(&mut doc, &leader(), "Ana", Role::Leader).unwrap();
        let plan = |title: &str| NewDiscussion {
            title: title.into(),
            objective: "o".into(),
            question: "q".into(),
            guidelines: Default::default(),
            schedule: Default::default(),
        };
        let first = create_discussion(&mut doc, &leader(), &plan("First")).unwrap();
        let second = create_discussion(&mut doc, &leader(), &plan("Second")).unwrap();
        set_discussion_stage(&mut doc, &leader(), &first, DiscussionStage::Open).unwrap();
        set_discussion_stage(&mut doc, &leader(), &second, DiscussionStage::Open).unwrap();
        (doc, first, second)
    }

    fn new_post(body: &str) -> NewPost {
        NewPost {
            author: leader(),
            body: body.into(),
            created: "2030-01-01T10:00:00Z".into(),
            parent: None,
        }
    }

    #[test]
    fn a_design_edit_touches_no_discussion() {
        let (mut doc, _, _) = community_with_two_discussions();
        let since = doc.get_heads();
        set_problem(&mut doc, "Counts differ by country").unwrap();
        assert_eq!(touched_since(&doc, &since), Touched::Only(BTreeSet::new()));
    }

    #[test]
    fn a_post_touches_only_its_discussion() {
        let (mut doc, first, _) = community_with_two_discussions();
        let since = doc.get_heads();
        post(&mut doc, &first, &new_post("Hello")).unwrap();
        assert_eq!(
            touched_since(&doc, &since),
            Touched::Only([first.as_str().to_owned()].into())
        );
    }

    #[test]
    fn a_new_discussion_is_touched() {
        let (mut doc, _, _) = community_with_two_discussions();
        let since = doc.get_heads();
        let plan = NewDiscussion {
            title: "Third".into(),
            objective: String::new(),
            question: "q".into(),
            guidelines: Default::default(),
            schedule: Default::default(),
        };
        let third = create_discussion(&mut doc, &leader(), &plan).unwrap();
        match touched_since(&doc, &since) {
            Touched::Only(ids) => assert!(ids.contains(third.as_str())),
            Touched::All => {}
        }
        let community = reread(
            &doc,
            &read(&doc).unwrap().discussions,
            &touched_since(&doc, &since),
        )
        .unwrap();
        assert_eq!(community.discussions.len(), 3);
    }

    #[test]
    fn reread_equals_a_full_read_after_local_and_merged_changes() {
        let (mut ana, first, second) = community_with_two_discussions();
        let mut luis = ana.fork();
        let previous = read(&ana).unwrap();
        let since = ana.get_heads();
        post(&mut ana, &first, &new_post("From Ana")).unwrap();
        set_problem(&mut ana, "Counts differ").unwrap();
        post(&mut luis, &second, &new_post("From Luis, offline")).unwrap();
        restate_question(
            &mut luis,
            &leader(),
            &second,
            "Better question",
            "2030-01-02T10:00:00Z",
        )
        .unwrap();
        ana.merge(&mut luis).unwrap();
        let touched = touched_since(&ana, &since);
        assert_eq!(
            touched,
            Touched::Only([first.as_str().to_owned(), second.as_str().to_owned()].into())
        );
        assert_eq!(
            reread(&ana, &previous.discussions, &touched).unwrap(),
            read(&ana).unwrap()
        );
        // Stale discussions are reused as they were, so a wrong `touched` would show.
        let stale = reread(&ana, &previous.discussions, &Touched::Only(BTreeSet::new())).unwrap();
        assert_ne!(stale, read(&ana).unwrap());
    }

    #[test]
    fn a_removed_discussion_is_gone_after_reread() {
        let (mut doc, first, _) = community_with_two_discussions();
        let previous = read(&doc).unwrap();
        let since = doc.get_heads();
        let mut tx = doc.transaction();
        let discussions = tx.get(automerge::ROOT, "discussions").unwrap().unwrap().1;
        automerge::transaction::Transactable::delete(&mut tx, &discussions, first.as_str())
            .unwrap();
        tx.commit();
        let community = reread(&doc, &previous.discussions, &touched_since(&doc, &since)).unwrap();
        assert_eq!(community, read(&doc).unwrap());
        assert_eq!(community.discussions.len(), 1);
    }
}
