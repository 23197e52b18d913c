//! A moderator's work on posts: editing, hiding with a reason, returning to the author.

use automerge::transaction::Transaction;
use automerge::{Automerge, ObjId};

use super::marks::{self, Mark};
use crate::discussions::intervention::check_length;
use crate::discussions::{check_moment, discussion, inner, refuse_closed, require};
use crate::roles::{Action, may};
use crate::{CommunityError, DiscussionId, MemberId, PostId, members, store};

/// Changes a post's body, character-wise so an edit made concurrently elsewhere merges.
///
/// The post's author may edit it (not once the discussion is closed, as with new posts),
/// and so may anyone who reviews contributions, at any stage. The guidelines' word limit
/// holds as for a new post. The author's edit answers a return, so it clears the
/// `returned` mark in the same transaction.
pub fn edit_post(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    post: &PostId,
    body: &str,
) -> Result<(), CommunityError> {
    if body.trim().is_empty() {
        return Err(CommunityError::Empty { field: "post" });
    }
    store::write(doc, |tx| {
        let entry = discussion(tx, id)?;
        let item = post_entry(tx, id, post)?;
        let author = store::string(tx, &item, "author").is_some_and(|a| a == by.as_str());
        let reviewer =
            members::role_of(tx, by).is_some_and(|r| may(r, Action::ReviewContributions));
        if author {
            // A removed member no longer edits, as they no longer post.
            require(tx, by, Action::PostInDiscussion)?;
        } else {
            require(tx, by, Action::ReviewContributions)?;
        }
        if !reviewer {
            refuse_closed(tx, id, &entry)?;
        }
        check_length(tx, &entry, body)?;
        // Concurrent edits of a post are kept side by side (its body is one string, see
        // `store::put_string`); an edit now would replace them all, unseen.
        if crate::conflicts::disagree(tx, &item, "body").map_err(store::edit("post"))? {
            return Err(CommunityError::InConflict {
                path: format!("discussions/{id}/posts/{post}/body"),
            });
        }
        store::put_string(tx, &item, "body", body)?;
        if author {
            marks::clear(tx, &item, Mark::Returned)?;
        }
        Ok(())
    })
}

/// Hides a post, with the reason its author (and the moderators) will read. The post,
/// its history and its replies stay whole; [`unhide_post`] shows it again. Hiding a
/// hidden post updates the reason.
pub fn hide_post(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    post: &PostId,
    reason: &str,
    at: &str,
) -> Result<(), CommunityError> {
    mark(doc, by, id, post, Mark::Hidden, reason, at)
}

/// Shows a hidden post again; a post that is not hidden is left as it is.
///
/// If another moderator hid the post concurrently, their mark survives the merge (a
/// deletion removes only what this replica saw): the post stays hidden, and the safer
/// outcome wins.
pub fn unhide_post(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    post: &PostId,
) -> Result<(), CommunityError> {
    unmark(doc, by, id, post, Mark::Hidden)
}

/// Returns a post to its author with a comment saying what to change. The author's next
/// [`edit_post`] clears it, or a moderator's [`clear_return`].
pub fn return_post(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    post: &PostId,
    comment: &str,
    at: &str,
) -> Result<(), CommunityError> {
    mark(doc, by, id, post, Mark::Returned, comment, at)
}

/// Takes a return back without the author editing (the moderator changed their mind).
pub fn clear_return(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    post: &PostId,
) -> Result<(), CommunityError> {
    unmark(doc, by, id, post, Mark::Returned)
}

fn mark(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    post: &PostId,
    kind: Mark,
    text: &str,
    at: &str,
) -> Result<(), CommunityError> {
    if text.trim().is_empty() {
        return Err(CommunityError::Empty {
            field: match kind {
                Mark::Hidden => "reason for hiding",
                Mark::Returned => "comment to the author",
            },
        });
    }
    check_moment(at)?;
    review_post(doc, by, id, post, |tx, item| {
        marks::put(tx, item, kind, text, by, at)
    })
}

fn unmark(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    post: &PostId,
    kind: Mark,
) -> Result<(), CommunityError> {
    review_post(doc, by, id, post, |tx, item| marks::clear(tx, item, kind))
}

/// Runs `change` on a post in one transaction once `by` may review contributions.
fn review_post(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    post: &PostId,
    change: impl FnOnce(&mut Transaction<'_>, &ObjId) -> Result<(), CommunityError>,
) -> Result<(), CommunityError> {
    store::write(doc, |tx| {
        require(tx, by, Action::ReviewContributions)?;
        discussion(tx, id)?;
        let item = post_entry(tx, id, post)?;
        change(tx, &item)
    })
}

/// The post's entry in the discussion, or "not found".
fn post_entry(
    tx: &Transaction<'_>,
    id: &DiscussionId,
    post: &PostId,
) -> Result<ObjId, CommunityError> {
    store::existing_entry(tx, &inner(id.as_str(), "posts"), "post", post.as_str())
}

#[cfg(test)]
mod tests {
    use automerge::Automerge;

    use super::*;
    use crate::discussions::fixture::id;
    use crate::moderation::fixture::{OTHERS, REVIEWERS, with_post};
    use crate::{Hidden, Post, Returned, close_discussion, read};

    fn the_post(doc: &Automerge) -> Post {
        let mut discussion = read(doc).unwrap().discussions.remove(0);
        std::sync::Arc::unwrap_or_clone(discussion.posts.remove(0))
    }

    /// The post edited offline by its author and by a moderator, merged on the author's
    /// device.
    fn edited_in_two_places(
        by_author: &str,
        by_moderator: &str,
    ) -> (Automerge, DiscussionId, PostId) {
        let (base, d, p) = with_post();
        let mut author = base.fork();
        let mut moderator = base.fork();
        edit_post(&mut author, &id("pa"), &d, &p, by_author).unwrap();
        edit_post(&mut moderator, &id("mo"), &d, &p, by_moderator).unwrap();
        author.merge(&mut moderator).unwrap();
        (author, d, p)
    }

    /// The author edits the post once more, and it reads her edit.
    fn the_author_edits_again(doc: &mut Automerge, d: &DiscussionId, p: &PostId) {
        let again = "We count home visits, weekly";
        edit_post(doc, &id("pa"), d, p, again).unwrap();
        assert_eq!(the_post(doc).body, again);
    }

    #[test]
    fn the_author_and_the_reviewers_edit_a_post_others_may_not() {
        let (mut doc, d, p) = with_post();
        edit_post(&mut doc, &id("pa"), &d, &p, "We count home visits").unwrap();
        assert_eq!(the_post(&doc).body, "We count home visits");
        for reviewer in REVIEWERS {
            let body = format!("Edited by {reviewer}");
            edit_post(&mut doc, &id(reviewer), &d, &p, &body).unwrap();
            assert_eq!(the_post(&doc).body, body);
        }
        let heads = doc.get_heads();
        for other in ["pb", "ghost"] {
            assert!(
                matches!(
                    edit_post(&mut doc, &id(other), &d, &p, "Mine now"),
                    Err(CommunityError::NotAllowed { action, .. })
                        if action == Action::ReviewContributions.describe()
                ),
                "{other}"
            );
        }
        assert!(matches!(
            edit_post(&mut doc, &id("pa"), &d, &p, &"word ".repeat(11)),
            Err(CommunityError::PostTooLong {
                words: 11,
                limit: 10
            })
        ));
        assert!(matches!(
            edit_post(&mut doc, &id("pa"), &d, &p, " "),
            Err(CommunityError::Empty { field: "post" })
        ));
        let missing = PostId::new("gone").unwrap();
        assert!(matches!(
            edit_post(&mut doc, &id("mo"), &d, &missing, "Hi"),
            Err(CommunityError::NotFound { kind: "post", .. })
        ));
        let nowhere = DiscussionId::new("nowhere").unwrap();
        assert!(matches!(
            edit_post(&mut doc, &id("mo"), &nowhere, &p, "Hi"),
            Err(CommunityError::NotFound {
                kind: "discussion",
                ..
            })
        ));
        assert_eq!(doc.get_heads(), heads, "a refused edit changes nothing");
    }

    /// A post's body is one string: one operation, not one per character (loading a
    /// community of 5,000 posts took 20 times as long with text objects).
    #[test]
    fn a_post_body_is_one_operation() {
        let (mut doc, d, _) = with_post();
        let body = "How each country counts its home visits.";
        let new = crate::NewPost {
            author: id("pb"),
            body: body.into(),
            created: "2030-01-01T10:00".into(),
            parent: None,
        };
        let p = crate::post(&mut doc, &d, &new).unwrap();
        let written = doc.get_last_local_change().unwrap().len();
        assert!(written <= 5, "{written} operations for one post");
        edit_post(&mut doc, &id("pb"), &d, &p, &format!("{body} And calls.")).unwrap();
        assert_eq!(doc.get_last_local_change().unwrap().len(), 1);
    }

    /// Two members edit one post offline: both versions are kept and shown as a conflict,
    /// an edit is refused until someone chooses (it would drop a version unseen), and the
    /// post's author may choose.
    #[test]
    fn concurrent_edits_of_a_post_are_kept_as_versions_until_one_is_chosen() {
        let (mut author, d, p) =
            edited_in_two_places("We count home visits", "We count visits (all)");
        let path = ["discussions", d.as_str(), "posts", p.as_str(), "body"];
        let conflict = crate::conflicts_at(&author, &path).expect("both versions kept");
        let mut values = conflict.values.clone();
        values.sort();
        assert_eq!(values, ["We count home visits", "We count visits (all)"]);
        assert!(crate::conflicts(&author).iter().any(|c| c.path == path));
        // The one-pass reading, which skips posts it read untangled, still finds it.
        let (community, conflicts) = crate::read_with_conflicts(&author).unwrap();
        assert_eq!(community, read(&author).unwrap());
        assert_eq!(conflicts, crate::conflicts(&author));
        let heads = author.get_heads();
        assert!(matches!(
            edit_post(&mut author, &id("pa"), &d, &p, "Mine"),
            Err(CommunityError::InConflict { path: at }) if at == path.join("/")
        ));
        assert_eq!(author.get_heads(), heads, "a refused edit writes nothing");
        let mine = conflict
            .values
            .iter()
            .position(|v| v == "We count home visits")
            .unwrap();
        crate::resolve_conflict(&mut author, &id("pa"), &path, mine, "2030-01-03").unwrap();
        assert_eq!(the_post(&author).body, "We count home visits");
        assert!(crate::conflicts_at(&author, &path).is_none());
        the_author_edits_again(&mut author, &d, &p);
    }

    /// Two members who make the same edit offline agree: there is nothing to choose
    /// between (no conflict is reported), so the post stays editable.
    #[test]
    fn the_same_edit_made_in_two_places_leaves_the_post_editable() {
        let (mut author, d, p) =
            edited_in_two_places("We count home visits", "We count home visits");
        let path = ["discussions", d.as_str(), "posts", p.as_str(), "body"];
        assert_eq!(crate::conflicts_at(&author, &path), None);
        the_author_edits_again(&mut author, &d, &p);
    }

    /// A body that is a text object (a post written before bodies became strings, or by
    /// a JavaScript client) stays one: concurrent edits there still merge by character.
    #[test]
    fn a_text_body_stays_text_and_merges_by_character() {
        use automerge::transaction::Transactable as _;
        use automerge::{ObjType, ReadDoc as _};
        let (mut doc, d, p) = with_post();
        doc.transact::<_, _, automerge::AutomergeError>(|tx| {
            let mut post = automerge::ROOT;
            for key in ["discussions", d.as_str(), "posts", p.as_str()] {
                post = tx.get(&post, key)?.unwrap().1;
            }
            let body = tx.put_object(&post, "body", ObjType::Text)?;
            tx.splice_text(&body, 0, 0, "We count visits")
        })
        .unwrap();
        let mut other = doc.fork();
        edit_post(&mut doc, &id("pa"), &d, &p, "We count home visits").unwrap();
        edit_post(&mut other, &id("mo"), &d, &p, "We count visits weekly").unwrap();
        doc.merge(&mut other).unwrap();
        assert_eq!(the_post(&doc).body, "We count home visits weekly");
        assert!(crate::conflicts(&doc).is_empty());
    }

    #[test]
    fn a_closed_discussion_refuses_the_authors_edit_not_the_moderators() {
        let (mut doc, d, p) = with_post();
        close_discussion(&mut doc, &id("mo"), &d, "2030-02-01").unwrap();
        let heads = doc.get_heads();
        assert!(matches!(
            edit_post(&mut doc, &id("pa"), &d, &p, "Too late"),
            Err(CommunityError::DiscussionClosed { .. })
        ));
        assert_eq!(doc.get_heads(), heads);
        edit_post(&mut doc, &id("mo"), &d, &p, "Redacted").unwrap();
        assert_eq!(the_post(&doc).body, "Redacted");
    }

    #[test]
    fn reviewers_hide_and_unhide_with_a_reason_others_may_not() {
        for reviewer in REVIEWERS {
            let (mut doc, d, p) = with_post();
            let by = id(reviewer);
            hide_post(&mut doc, &by, &d, &p, "Names a patient", "2030-01-02T10:00").unwrap();
            let post = the_post(&doc);
            assert_eq!(
                post.hidden,
                Some(Hidden {
                    reason: "Names a patient".into(),
                    by: by.clone(),
                    at: "2030-01-02T10:00".into()
                })
            );
            assert_eq!(post.body, "We count visits", "hiding is not deleting");
            unhide_post(&mut doc, &by, &d, &p).unwrap();
            assert_eq!(the_post(&doc).hidden, None);
        }
        let (mut doc, d, p) = with_post();
        hide_post(&mut doc, &id("mo"), &d, &p, "Off topic", "2030-01-02").unwrap();
        let heads = doc.get_heads();
        for other in OTHERS {
            let by = id(other);
            assert!(matches!(
                hide_post(&mut doc, &by, &d, &p, "Mine", "2030-01-02"),
                Err(CommunityError::NotAllowed { .. })
            ));
            assert!(matches!(
                unhide_post(&mut doc, &by, &d, &p),
                Err(CommunityError::NotAllowed { .. })
            ));
        }
        assert!(matches!(
            hide_post(&mut doc, &id("mo"), &d, &p, "  ", "2030-01-02"),
            Err(CommunityError::Empty {
                field: "reason for hiding"
            })
        ));
        assert!(matches!(
            hide_post(&mut doc, &id("mo"), &d, &p, "Why", "soon"),
            Err(CommunityError::InvalidDateTime { .. })
        ));
        let missing = PostId::new("gone").unwrap();
        assert!(matches!(
            hide_post(&mut doc, &id("mo"), &d, &missing, "Why", "2030-01-02"),
            Err(CommunityError::NotFound { kind: "post", .. })
        ));
        assert_eq!(doc.get_heads(), heads, "a refused change writes nothing");
        assert!(the_post(&doc).hidden.is_some());
    }

    #[test]
    fn a_hidden_post_keeps_its_replies_and_a_new_reason_replaces_the_old() {
        let (mut doc, d, p) = with_post();
        let reply = crate::NewPost {
            author: id("pb"),
            body: "And we count calls".into(),
            created: "2030-01-01T10:00".into(),
            parent: Some(p.clone()),
        };
        crate::post(&mut doc, &d, &reply).unwrap();
        hide_post(&mut doc, &id("mo"), &d, &p, "Off topic", "2030-01-02").unwrap();
        hide_post(&mut doc, &id("le"), &d, &p, "Names a patient", "2030-01-03").unwrap();
        let post = the_post(&doc);
        assert_eq!(post.replies.len(), 1);
        let hidden = post.hidden.unwrap();
        assert_eq!(hidden.reason, "Names a patient");
        assert_eq!(hidden.by, id("le"));
        assert!(crate::conflicts(&doc).is_empty());
    }

    #[test]
    fn a_return_is_cleared_by_the_authors_edit_or_a_reviewer() {
        let (mut doc, d, p) = with_post();
        let mo = id("mo");
        return_post(&mut doc, &mo, &d, &p, "Which visits?", "2030-01-02").unwrap();
        assert_eq!(
            the_post(&doc).returned,
            Some(Returned {
                comment: "Which visits?".into(),
                by: mo.clone(),
                at: "2030-01-02".into()
            })
        );
        edit_post(&mut doc, &mo, &d, &p, "We count visits (moderator)").unwrap();
        assert!(
            the_post(&doc).returned.is_some(),
            "a moderator's edit is not the author's answer"
        );
        edit_post(&mut doc, &id("pa"), &d, &p, "We count home visits").unwrap();
        assert_eq!(the_post(&doc).returned, None);

        return_post(&mut doc, &mo, &d, &p, "Source?", "2030-01-03").unwrap();
        let heads = doc.get_heads();
        for other in OTHERS {
            let by = id(other);
            assert!(matches!(
                return_post(&mut doc, &by, &d, &p, "Mine", "2030-01-03"),
                Err(CommunityError::NotAllowed { .. })
            ));
            assert!(matches!(
                clear_return(&mut doc, &by, &d, &p),
                Err(CommunityError::NotAllowed { .. })
            ));
        }
        assert!(matches!(
            return_post(&mut doc, &mo, &d, &p, "", "2030-01-03"),
            Err(CommunityError::Empty {
                field: "comment to the author"
            })
        ));
        assert_eq!(doc.get_heads(), heads);
        clear_return(&mut doc, &id("fa"), &d, &p).unwrap();
        assert_eq!(the_post(&doc).returned, None);
        let heads = doc.get_heads();
        clear_return(&mut doc, &id("fa"), &d, &p).unwrap();
        unhide_post(&mut doc, &id("fa"), &d, &p).unwrap();
        assert_eq!(doc.get_heads(), heads, "clearing nothing writes nothing");
    }

    #[test]
    fn a_post_hidden_while_its_author_edits_offline_is_edited_and_hidden() {
        let (base, d, p) = with_post();
        let mut author = Automerge::new();
        author.merge(&mut base.clone()).unwrap();
        let mut moderator = base.fork();
        edit_post(&mut author, &id("pa"), &d, &p, "We count home visits").unwrap();
        hide_post(&mut moderator, &id("mo"), &d, &p, "Check", "2030-01-02").unwrap();
        author.merge(&mut moderator.clone()).unwrap();
        moderator.merge(&mut author).unwrap();
        for doc in [&author, &moderator] {
            let post = the_post(doc);
            assert_eq!(post.body, "We count home visits");
            assert_eq!(post.hidden.map(|h| h.reason), Some("Check".into()));
        }
    }

    #[test]
    fn a_post_returned_while_its_author_edits_offline_stays_returned() {
        // The author's edit clears only a return it saw: this one they have not read.
        let (base, d, p) = with_post();
        let mut author = base.fork();
        let mut moderator = base.fork();
        edit_post(&mut author, &id("pa"), &d, &p, "We count home visits").unwrap();
        return_post(&mut moderator, &id("mo"), &d, &p, "Source?", "2030-01-02").unwrap();
        author.merge(&mut moderator).unwrap();
        let post = the_post(&author);
        assert_eq!(post.body, "We count home visits");
        assert_eq!(post.returned.map(|r| r.comment), Some("Source?".into()));
        edit_post(
            &mut author,
            &id("pa"),
            &d,
            &p,
            "We count home visits (HMIS)",
        )
        .unwrap();
        assert_eq!(the_post(&author).returned, None);
    }

    #[test]
    fn a_hide_and_an_unhide_made_concurrently_leave_the_post_hidden() {
        let (mut base, d, p) = with_post();
        hide_post(&mut base, &id("mo"), &d, &p, "Off topic", "2030-01-02").unwrap();
        let mut one = base.fork();
        let mut two = base.fork();
        unhide_post(&mut one, &id("mo"), &d, &p).unwrap();
        unhide_post(&mut two, &id("le"), &d, &p).unwrap();
        hide_post(&mut two, &id("le"), &d, &p, "Names a patient", "2030-01-03").unwrap();
        one.merge(&mut two).unwrap();
        assert_eq!(
            the_post(&one).hidden.map(|h| h.reason),
            Some("Names a patient".into())
        );
    }

    /// Two moderators give a hidden post different reasons offline: a conflict inside
    /// the post's mark, which the one-pass reading (it skips posts it read untangled)
    /// finds as the full walk does.
    #[test]
    fn a_conflict_inside_a_posts_mark_is_found_by_the_one_pass_reading() {
        let (mut base, d, p) = with_post();
        hide_post(&mut base, &id("mo"), &d, &p, "Off topic", "2030-01-02").unwrap();
        let mut one = base.fork();
        let mut two = base.fork();
        hide_post(&mut one, &id("fa"), &d, &p, "Names a patient", "2030-01-03").unwrap();
        hide_post(&mut two, &id("le"), &d, &p, "Repeats a post", "2030-01-04").unwrap();
        one.merge(&mut two).unwrap();
        let found = crate::conflicts(&one);
        assert!(
            found.iter().any(
                |c| c.path.starts_with(&["discussions".into(), d.to_string()])
                    && c.path.contains(&"hidden".to_string())
            ),
            "{found:?}"
        );
        let (community, conflicts) = crate::read_with_conflicts(&one).unwrap();
        assert_eq!(community, read(&one).unwrap());
        assert_eq!(conflicts, found);
    }
}
