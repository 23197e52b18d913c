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
//!
//! Within a touched discussion the same holds for its posts: a post sent to the
//! discussion that holds a community's 5,000 posts touches one post, and reading the
//! other 4,999 bodies again was most of what sending it cost (`cargo bench -p community
//! --bench document -- post`).

use std::collections::{BTreeMap, BTreeSet};

use automerge::{Automerge, ChangeHash, Prop, ReadDoc, legacy};

use crate::discussions::{DISCUSSIONS, POSTS, read_discussions_reusing};
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
    /// Only these discussions (new ones included), each with what in it was touched.
    Only(BTreeMap<String, Within>),
}

/// What changes touched inside one discussion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Within {
    /// Something besides its posts (or the posts map itself): read it all again.
    Everything,
    /// Only these posts (new, edited, hidden, returned or removed ones).
    Posts(BTreeSet<String>),
}

impl Touched {
    /// Whether the discussion `id` must be read again, wholly or in part.
    pub fn discussion(&self, id: &str) -> Option<&Within> {
        match self {
            Touched::All => Some(&Within::Everything),
            Touched::Only(ids) => ids.get(id),
        }
    }
}

impl Within {
    /// Whether the post `id` must be read again.
    pub fn post(&self, id: &str) -> bool {
        match self {
            Within::Everything => true,
            Within::Posts(ids) => ids.contains(id),
        }
    }

    fn add(&mut self, other: Within) {
        match (&mut *self, other) {
            (Within::Everything, _) => {}
            (Within::Posts(ids), Within::Posts(more)) => ids.extend(more),
            (_, Within::Everything) => *self = Within::Everything,
        }
    }
}

/// What the changes made since a reading touched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changes {
    /// Which discussions, and what in each.
    pub discussions: Touched,
    /// Whether anything outside the discussions changed (the design, the implementation,
    /// proposals, the closing…): when not, a reading keeps all of that as it was.
    pub elsewhere: bool,
}

/// The discussions touched by the changes made after `since`.
pub fn touched_since(doc: &Automerge, since: &[ChangeHash]) -> Touched {
    changes_since(doc, since).discussions
}

/// What the changes made after `since` touched, in one pass over them.
pub fn changes_since(doc: &Automerge, since: &[ChangeHash]) -> Changes {
    let everything = Changes {
        discussions: Touched::All,
        elsewhere: true,
    };
    let changes = doc.get_changes(since);
    if changes.len() > MAX_CHANGES_TO_INSPECT {
        return everything;
    }
    let mut ids: BTreeMap<String, Within> = BTreeMap::new();
    let mut elsewhere = false;
    for change in changes {
        for op in change.decode().operations {
            let (id, within) = match discussion_of(doc, &op) {
                Some(Place::Discussion(id)) => (id, Within::Everything),
                Some(Place::Post(id, post)) => (id, Within::Posts([post].into())),
                Some(Place::AllDiscussions) => return everything,
                None => {
                    elsewhere = true;
                    continue;
                }
            };
            match ids.get_mut(&id) {
                Some(touched) => touched.add(within),
                None => {
                    ids.insert(id, within);
                }
            }
        }
    }
    Changes {
        discussions: Touched::Only(ids),
        elsewhere,
    }
}

enum Place {
    Discussion(String),
    /// A discussion's post, by the discussion's id and the post's.
    Post(String, String),
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
        // An op in a discussion's posts map adds, removes or replaces one post.
        [
            (root, Prop::Map(top)),
            (_, Prop::Map(id)),
            (_, Prop::Map(posts)),
        ] if *root == automerge::ROOT && top == DISCUSSIONS[0] && posts == POSTS => match key {
            Some(post) => Some(Place::Post(id.clone(), post.to_owned())),
            None => Some(Place::Discussion(id.clone())),
        },
        // Inside one post: its fields, its body's characters, its marks.
        [
            (root, Prop::Map(top)),
            (_, Prop::Map(id)),
            (_, Prop::Map(posts)),
            (_, Prop::Map(post)),
            ..,
        ] if *root == automerge::ROOT && top == DISCUSSIONS[0] && posts == POSTS => {
            Some(Place::Post(id.clone(), post.clone()))
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
    community.discussions = reread_discussions(doc, previous, touched);
    Ok(community)
}

/// The discussions as they are now, reusing from `previous` those `touched` leaves out:
/// what [`reread`] reads when changes landed nowhere else ([`Changes::elsewhere`]).
pub fn reread_discussions(
    doc: &Automerge,
    previous: &[Discussion],
    touched: &Touched,
) -> Vec<Discussion> {
    match touched {
        Touched::All => crate::discussions::read_discussions(doc),
        Touched::Only(_) => read_discussions_reusing(doc, previous, touched),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

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
        assert_eq!(
            changes_since(&doc, &since),
            Changes {
                discussions: Touched::Only(BTreeMap::new()),
                elsewhere: true
            }
        );
    }

    #[test]
    fn a_post_touches_only_itself_in_its_discussion() {
        let (mut doc, first, _) = community_with_two_discussions();
        let since = doc.get_heads();
        let hello = post(&mut doc, &first, &new_post("Hello")).unwrap();
        assert_eq!(
            changes_since(&doc, &since),
            Changes {
                discussions: only(&first, &[&hello]),
                elsewhere: false
            }
        );
    }

    fn only(discussion: &DiscussionId, posts: &[&PostId]) -> Touched {
        let posts = posts.iter().map(|p| p.as_str().to_owned()).collect();
        Touched::Only([(discussion.as_str().to_owned(), Within::Posts(posts))].into())
    }

    #[test]
    fn posts_no_change_touched_are_carried_over_and_the_thread_rebuilt() {
        let (mut doc, first, _) = community_with_two_discussions();
        let question = post(&mut doc, &first, &new_post("A question")).unwrap();
        let other = post(&mut doc, &first, &new_post("Another")).unwrap();
        let previous = read(&doc).unwrap();
        let since = doc.get_heads();
        // A reply to a post read before, and a post hidden: two posts touched.
        let reply = NewPost {
            parent: Some(question.clone()),
            ..new_post("An answer")
        };
        let answer = post(&mut doc, &first, &reply).unwrap();
        hide_post(
            &mut doc,
            &leader(),
            &first,
            &other,
            "Off topic",
            "2030-01-02T10:00:00Z",
        )
        .unwrap();
        let touched = touched_since(&doc, &since);
        assert_eq!(touched, only(&first, &[&answer, &other]));
        let community = reread(&doc, &previous.discussions, &touched).unwrap();
        assert_eq!(community, read(&doc).unwrap());
        let thread = |community: &Community, id: &PostId| {
            community.discussions[0]
                .posts
                .iter()
                .find(|p| p.id == *id)
                .cloned()
                .expect("a thread of its own")
        };
        assert_eq!(thread(&community, &question).replies[0].id, answer);

        // An untouched post is taken as read before: told nothing changed, the hidden
        // mark would not show.
        let stale = reread(&doc, &previous.discussions, &only(&first, &[&answer])).unwrap();
        assert_ne!(stale, read(&doc).unwrap());
        assert!(thread(&stale, &other).hidden.is_none());
    }

    #[test]
    fn what_a_reply_did_not_touch_is_shared_with_the_previous_reading() {
        let (mut doc, first, _) = community_with_two_discussions();
        let question = post(&mut doc, &first, &new_post("A question")).unwrap();
        let answered = NewPost {
            parent: Some(question.clone()),
            ..new_post("An early answer")
        };
        let early = post(&mut doc, &first, &answered).unwrap();
        let other = post(&mut doc, &first, &new_post("Another thread")).unwrap();
        let previous = read(&doc).unwrap();
        let since = doc.get_heads();
        let reply = NewPost {
            parent: Some(question.clone()),
            ..new_post("A later answer")
        };
        post(&mut doc, &first, &reply).unwrap();
        let community = reread(&doc, &previous.discussions, &touched_since(&doc, &since)).unwrap();
        assert_eq!(community, read(&doc).unwrap());

        let find = |posts: &[Arc<Post>], id: &PostId| {
            Arc::clone(posts.iter().find(|p| p.id == *id).expect("read"))
        };
        let (before, now) = (
            &previous.discussions[0].posts,
            &community.discussions[0].posts,
        );
        // The untouched thread, and the untouched reply inside the touched one, are the
        // values read before; the thread that gained a reply is new.
        assert!(Arc::ptr_eq(&find(before, &other), &find(now, &other)));
        let (thread_before, thread_now) = (find(before, &question), find(now, &question));
        assert!(!Arc::ptr_eq(&thread_before, &thread_now));
        assert!(Arc::ptr_eq(
            &find(&thread_before.replies, &early),
            &find(&thread_now.replies, &early)
        ));
    }

    /// Writes a post straight into the document, as a damaged or foreign one may hold it.
    fn raw_post(doc: &mut Automerge, discussion: &DiscussionId, id: &str, parent: &str) {
        use automerge::transaction::Transactable;
        let mut tx = doc.transaction();
        let discussions = tx.get(automerge::ROOT, "discussions").unwrap().unwrap().1;
        let entry = tx
            .get(&discussions, discussion.as_str())
            .unwrap()
            .unwrap()
            .1;
        let posts = tx.get(&entry, "posts").unwrap().unwrap().1;
        let post = tx.put_object(&posts, id, automerge::ObjType::Map).unwrap();
        tx.put(&post, "author", "ana").unwrap();
        tx.put(&post, "body", id).unwrap();
        tx.put(&post, "created", "2030-01-03T10:00:00Z").unwrap();
        tx.put(&post, "parent", parent).unwrap();
        tx.commit();
    }

    #[test]
    fn what_cannot_be_put_in_place_is_read_whole() {
        let (mut doc, first, _) = community_with_two_discussions();
        let question = post(&mut doc, &first, &new_post("A question")).unwrap();
        // A reply whose parent is not in the document yet: a thread of its own...
        raw_post(&mut doc, &first, "orphan", "lost");
        let previous = read(&doc).unwrap();
        assert_eq!(previous.discussions[0].posts.len(), 2);
        // ...until its parent arrives, and it moves under it.
        let since = doc.get_heads();
        raw_post(&mut doc, &first, "lost", question.as_str());
        let touched = touched_since(&doc, &since);
        assert_eq!(
            touched,
            Touched::Only(
                [(
                    first.as_str().to_owned(),
                    Within::Posts(["lost".to_owned()].into())
                )]
                .into()
            )
        );
        let community = reread(&doc, &previous.discussions, &touched).unwrap();
        assert_eq!(community, read(&doc).unwrap());
        assert_eq!(community.discussions[0].posts.len(), 1);

        // A post removed (a review's revert does that) leaves the tree.
        let previous = community;
        let since = doc.get_heads();
        {
            use automerge::transaction::Transactable;
            let mut tx = doc.transaction();
            let discussions = tx.get(automerge::ROOT, "discussions").unwrap().unwrap().1;
            let entry = tx.get(&discussions, first.as_str()).unwrap().unwrap().1;
            let posts = tx.get(&entry, "posts").unwrap().unwrap().1;
            tx.delete(&posts, "orphan").unwrap();
            tx.commit();
        }
        let community = reread(&doc, &previous.discussions, &touched_since(&doc, &since)).unwrap();
        assert_eq!(community, read(&doc).unwrap());
    }

    #[test]
    fn a_reply_and_the_new_post_it_answers_arrive_together() {
        let (mut ana, first, _) = community_with_two_discussions();
        let mut luis = ana.fork();
        let previous = read(&ana).unwrap();
        let since = ana.get_heads();
        // Offline, Luis starts threads and answers them; Ana receives it all at once.
        for n in 0..6 {
            let thread = post(&mut luis, &first, &new_post(&format!("Thread {n}"))).unwrap();
            let reply = NewPost {
                parent: Some(thread),
                ..new_post(&format!("Reply {n}"))
            };
            let reply = post(&mut luis, &first, &reply).unwrap();
            let nested = NewPost {
                parent: Some(reply),
                ..new_post(&format!("Nested {n}"))
            };
            post(&mut luis, &first, &nested).unwrap();
        }
        ana.merge(&mut luis).unwrap();
        let community = reread(&ana, &previous.discussions, &touched_since(&ana, &since)).unwrap();
        assert_eq!(community, read(&ana).unwrap());
        assert_eq!(community.discussions[0].all_posts().len(), 18);
    }

    #[test]
    fn anything_of_a_discussion_besides_its_posts_reads_it_all_again() {
        let (mut doc, first, _) = community_with_two_discussions();
        let since = doc.get_heads();
        post(&mut doc, &first, &new_post("Hello")).unwrap();
        restate_question(
            &mut doc,
            &leader(),
            &first,
            "Better",
            "2030-01-02T10:00:00Z",
        )
        .unwrap();
        assert_eq!(
            touched_since(&doc, &since),
            Touched::Only([(first.as_str().to_owned(), Within::Everything)].into())
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
            Touched::Only(ids) => assert_eq!(ids.get(third.as_str()), Some(&Within::Everything)),
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
        let from_ana = post(&mut ana, &first, &new_post("From Ana")).unwrap();
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
        let from_ana = [from_ana.as_str().to_owned()].into();
        assert_eq!(
            touched,
            Touched::Only(
                [
                    (first.as_str().to_owned(), Within::Posts(from_ana)),
                    (second.as_str().to_owned(), Within::Everything),
                ]
                .into()
            )
        );
        assert_eq!(
            reread(&ana, &previous.discussions, &touched).unwrap(),
            read(&ana).unwrap()
        );
        // Stale discussions are reused as they were, so a wrong `touched` would show.
        let stale = reread(&ana, &previous.discussions, &Touched::Only(BTreeMap::new())).unwrap();
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
