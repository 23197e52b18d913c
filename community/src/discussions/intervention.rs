//! Intervention: threaded posts and replies, the moderator's restated question, interim
//! summaries, and notes on each participant's knowledge and interests.

use automerge::transaction::{Transactable as _, Transaction};
use automerge::{Automerge, ObjId, ObjType, ReadDoc, Value};

use super::planning::moderate;
use super::{check_moment, discussion, inner, insert_inner, refuse_closed, require};
use crate::roles::Action;
use crate::{CommunityError, DiscussionId, MemberId, PostId, SummaryId, members, store};

/// A post or reply to add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPost {
    pub author: MemberId,
    pub body: String,
    /// ISO date or date-time from the caller's clock (this crate reads none).
    pub created: String,
    /// The post this one replies to; `None` for a new thread.
    pub parent: Option<PostId>,
}

/// Adds a post. Refused in a closed discussion, as a reply to a missing post, or when
/// longer than the guidelines' maximum words.
pub fn post(
    doc: &mut Automerge,
    id: &DiscussionId,
    new: &NewPost,
) -> Result<PostId, CommunityError> {
    if new.body.trim().is_empty() {
        return Err(CommunityError::Empty { field: "post" });
    }
    check_moment(&new.created)?;
    let post = store::fresh_id(doc);
    store::write(doc, |tx| {
        require(tx, &new.author, Action::PostInDiscussion)?;
        let entry = discussion(tx, id)?;
        refuse_closed(tx, id, &entry)?;
        let path = inner(id.as_str(), "posts");
        if let Some(parent) = &new.parent {
            store::existing_entry(tx, &path, "post", parent.as_str())?;
        }
        check_length(tx, &entry, &new.body)?;
        let collection = store::child_map(tx, &entry, "posts")?;
        // Posts carry no position: they are ordered by creation time, then id.
        let created = tx
            .put_object(&collection, post.as_str(), ObjType::Map)
            .map_err(store::edit("post"))?;
        store::put_scalar(tx, &created, "author", new.author.as_str())?;
        store::put_string(tx, &created, "body", &new.body)?;
        store::put_scalar(tx, &created, "created", new.created.as_str())?;
        if let Some(parent) = &new.parent {
            store::put_scalar(tx, &created, "parent", parent.as_str())?;
        }
        Ok(())
    })?;
    Ok(PostId::from_stored(post))
}

/// Restates the guiding question when interventions drift; the newest restatement is
/// pinned and earlier ones are kept as history.
pub fn restate_question(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    text: &str,
    at: &str,
) -> Result<(), CommunityError> {
    if text.trim().is_empty() {
        return Err(CommunityError::Empty {
            field: "restated question",
        });
    }
    check_moment(at)?;
    let restatement = store::fresh_id(doc);
    moderate(doc, by, id, |tx, entry| {
        let path = inner(id.as_str(), "restatements");
        let item = insert_inner(tx, entry, &path, "restatements", restatement.as_str())?;
        store::put_text(tx, &item, "text", text)?;
        store::put_scalar(tx, &item, "by", by.as_str())?;
        store::put_scalar(tx, &item, "at", at)
    })
}

/// Posts an interim summary linking the posts it draws on (each must exist).
///
/// This is the moderator's own tool. Every member contributes a summary through
/// [`crate::contribute_summary`], which publishes it at once, or, under pre-moderation,
/// proposes it for a moderator to accept.
pub fn add_interim_summary(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    text: &str,
    posts: &[PostId],
    at: &str,
) -> Result<SummaryId, CommunityError> {
    if text.trim().is_empty() {
        return Err(CommunityError::Empty { field: "summary" });
    }
    check_moment(at)?;
    let summary = store::fresh_id(doc);
    moderate(doc, by, id, |tx, entry| {
        check_posts(tx, id, posts)?;
        let new = NewSummary {
            text,
            posts,
            by,
            at,
        };
        write_summary(tx, id, entry, &summary, &new)
    })?;
    Ok(SummaryId::from_stored(summary))
}

/// An interim summary to write, already checked.
pub(crate) struct NewSummary<'a> {
    pub(crate) text: &'a str,
    pub(crate) posts: &'a [PostId],
    pub(crate) by: &'a MemberId,
    pub(crate) at: &'a str,
}

/// Writes the interim summary `summary` into the discussion `entry`, whoever may.
pub(crate) fn write_summary(
    tx: &mut Transaction<'_>,
    id: &DiscussionId,
    entry: &ObjId,
    summary: &str,
    new: &NewSummary<'_>,
) -> Result<(), CommunityError> {
    let path = inner(id.as_str(), "summaries");
    let item = insert_inner(tx, entry, &path, "summaries", summary)?;
    store::put_text(tx, &item, "text", new.text)?;
    store::put_scalar(tx, &item, "by", new.by.as_str())?;
    store::put_scalar(tx, &item, "at", new.at)?;
    let ids: Vec<&str> = new.posts.iter().map(PostId::as_str).collect();
    store::put_key_set(tx, &item, "posts", &ids)
}

/// Records what the moderator learned of a participant's knowledge, experience and
/// interests, character-wise. Edits to existing notes merge; if two moderators write a
/// member's *first* notes concurrently, one text wins and [`crate::conflicts`] reports
/// the other, which writing again settles.
pub fn record_participant(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    member: &MemberId,
    notes: &str,
) -> Result<(), CommunityError> {
    moderate(doc, by, id, |tx, entry| {
        if !members::is_member(tx, member) {
            return Err(store::not_found("member", member.as_str()));
        }
        let participants = store::child_map(tx, entry, "participants")?;
        let text = match tx.get(&participants, member.as_str()) {
            Ok(Some((Value::Object(ObjType::Text), text))) => text,
            _ => tx
                .put_object(&participants, member.as_str(), ObjType::Text)
                .map_err(store::edit("participant notes"))?,
        };
        if tx.text(&text).is_ok_and(|current| current == notes) {
            return Ok(());
        }
        tx.update_text(&text, notes)
            .map_err(store::edit("participant notes"))
    })
}

/// Refuses links to posts the discussion does not have.
pub(crate) fn check_posts(
    tx: &Transaction<'_>,
    id: &DiscussionId,
    posts: &[PostId],
) -> Result<(), CommunityError> {
    let path = inner(id.as_str(), "posts");
    for post in posts {
        store::existing_entry(tx, &path, "post", post.as_str())?;
    }
    Ok(())
}

/// Refuses a post body longer than the discussion's guidelines allow.
pub(crate) fn check_length(
    tx: &Transaction<'_>,
    entry: &ObjId,
    body: &str,
) -> Result<(), CommunityError> {
    let limit = match tx.get(entry, "guidelines") {
        Ok(Some((Value::Object(ObjType::Map), map))) => {
            store::int(tx, &map, "max_words").unwrap_or(0)
        }
        _ => 0,
    };
    let words = body.split_whitespace().count();
    match usize::try_from(limit) {
        Ok(limit) if limit > 0 && words > limit => {
            Err(CommunityError::PostTooLong { words, limit })
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discussions::fixture::{community, id};
    use crate::{Discussion, close_discussion, read};

    fn only(doc: &Automerge) -> Discussion {
        read(doc).unwrap().discussions.remove(0)
    }

    fn say(author: &str, body: &str, created: &str, parent: Option<&PostId>) -> NewPost {
        NewPost {
            author: id(author),
            body: body.into(),
            created: created.into(),
            parent: parent.cloned(),
        }
    }

    #[test]
    fn posts_and_replies_read_as_a_tree_in_time_order() {
        let (mut doc, d) = community();
        let late = post(
            &mut doc,
            &d,
            &say("pa", "Second thread", "2030-01-02T09:00", None),
        )
        .unwrap();
        let early = post(
            &mut doc,
            &d,
            &say("mo", "First thread", "2030-01-01T09:00", None),
        )
        .unwrap();
        let reply_b = post(
            &mut doc,
            &d,
            &say("mo", "Later reply", "2030-01-03", Some(&early)),
        )
        .unwrap();
        let reply_a = post(
            &mut doc,
            &d,
            &say("pa", "Reply", "2030-01-02", Some(&early)),
        )
        .unwrap();
        let nested = post(
            &mut doc,
            &d,
            &say("mo", "Nested", "2030-01-04", Some(&reply_a)),
        )
        .unwrap();
        let read = only(&doc);
        let roots: Vec<_> = read.posts.iter().map(|p| p.id.clone()).collect();
        assert_eq!(roots, [early.clone(), late]);
        let replies: Vec<_> = read.posts[0].replies.iter().map(|p| p.id.clone()).collect();
        assert_eq!(replies, [reply_a.clone(), reply_b]);
        let inner = &read.posts[0].replies[0];
        assert_eq!(inner.replies[0].id, nested);
        assert_eq!(inner.replies[0].parent, Some(reply_a));
        assert_eq!(inner.author, id("pa"));
        assert_eq!(inner.body, "Reply");
        assert_eq!(read.all_posts().len(), 5);
    }

    #[test]
    fn the_posting_rules_refuse_and_change_nothing() {
        let (mut doc, d) = community();
        let heads = doc.get_heads();
        let missing = PostId::new("gone").unwrap();
        assert!(matches!(
            post(&mut doc, &d, &say("pa", "Hi", "2030-01-01", Some(&missing))),
            Err(CommunityError::NotFound { kind: "post", .. })
        ));
        let long = "word ".repeat(11);
        assert!(matches!(
            post(&mut doc, &d, &say("pa", &long, "2030-01-01", None)),
            Err(CommunityError::PostTooLong {
                words: 11,
                limit: 10
            })
        ));
        assert!(matches!(
            post(&mut doc, &d, &say("ghost", "Hi", "2030-01-01", None)),
            Err(CommunityError::NotAllowed { .. })
        ));
        assert!(matches!(
            post(&mut doc, &d, &say("pa", "Hi", "yesterday", None)),
            Err(CommunityError::InvalidDateTime { .. })
        ));
        assert!(matches!(
            post(&mut doc, &d, &say("pa", "  ", "2030-01-01", None)),
            Err(CommunityError::Empty { .. })
        ));
        assert_eq!(doc.get_heads(), heads);
        post(
            &mut doc,
            &d,
            &say("pa", &"word ".repeat(10), "2030-01-01", None),
        )
        .unwrap();
        close_discussion(&mut doc, &id("mo"), &d, "2030-02-01").unwrap();
        assert!(matches!(
            post(&mut doc, &d, &say("pa", "Too late", "2030-02-02", None)),
            Err(CommunityError::DiscussionClosed { .. })
        ));
    }

    #[test]
    fn posts_since_the_last_summary_are_counted() {
        let (mut doc, d) = community();
        let mo = id("mo");
        let first = post(&mut doc, &d, &say("pa", "One", "2030-01-01T08:00", None)).unwrap();
        post(
            &mut doc,
            &d,
            &say("pa", "Two", "2030-01-01T09:00", Some(&first)),
        )
        .unwrap();
        assert_eq!(only(&doc).posts_since_last_summary(), 2, "no summary yet");
        add_interim_summary(
            &mut doc,
            &mo,
            &d,
            "So far",
            std::slice::from_ref(&first),
            "2030-01-01T10:00",
        )
        .unwrap();
        assert_eq!(only(&doc).posts_since_last_summary(), 0);
        post(
            &mut doc,
            &d,
            &say("pa", "Three", "2030-01-01T11:00", Some(&first)),
        )
        .unwrap();
        // Written offline before the summary and merged after it: not counted as new.
        post(&mut doc, &d, &say("mo", "Late", "2030-01-01T09:30", None)).unwrap();
        assert_eq!(
            only(&doc).posts_since_last_summary(),
            1,
            "a reply deep in a thread counts; an older post does not"
        );
        add_interim_summary(&mut doc, &mo, &d, "Again", &[], "2030-01-01T12:00").unwrap();
        assert_eq!(
            only(&doc).posts_since_last_summary(),
            0,
            "the newest counts"
        );
    }

    #[test]
    fn the_moderator_restates_summarises_and_records_participants() {
        let (mut doc, d) = community();
        let mo = id("mo");
        let first = post(
            &mut doc,
            &d,
            &say("pa", "We count visits", "2030-01-01", None),
        )
        .unwrap();
        restate_question(
            &mut doc,
            &mo,
            &d,
            "What do you measure, exactly?",
            "2030-01-02",
        )
        .unwrap();
        restate_question(&mut doc, &mo, &d, "Which numbers?", "2030-01-03").unwrap();
        let summary = add_interim_summary(
            &mut doc,
            &mo,
            &d,
            "Visits counted",
            std::slice::from_ref(&first),
            "2030-01-04",
        )
        .unwrap();
        record_participant(&mut doc, &mo, &d, &id("pa"), "Knows rural clinics").unwrap();
        let read = only(&doc);
        assert_eq!(read.restatements.len(), 2, "history is kept");
        assert_eq!(read.pinned_question(), "Which numbers?");
        assert_eq!(read.restatements[0].by, mo);
        assert_eq!(read.summaries[0].id, summary);
        assert_eq!(read.summaries[0].posts, [first]);
        assert_eq!(read.summaries[0].at, "2030-01-04");
        assert_eq!(read.participants[0].member, id("pa"));
        assert_eq!(read.participants[0].notes, "Knows rural clinics");

        let pa = id("pa");
        let heads = doc.get_heads();
        assert!(matches!(
            restate_question(&mut doc, &pa, &d, "Mine", "2030-01-05"),
            Err(CommunityError::NotAllowed { .. })
        ));
        assert!(matches!(
            add_interim_summary(&mut doc, &pa, &d, "Mine", &[], "2030-01-05"),
            Err(CommunityError::NotAllowed { .. })
        ));
        assert!(matches!(
            record_participant(&mut doc, &pa, &d, &pa, "Me"),
            Err(CommunityError::NotAllowed { .. })
        ));
        let missing = PostId::new("gone").unwrap();
        assert!(matches!(
            add_interim_summary(&mut doc, &mo, &d, "Sum", &[missing], "2030-01-05"),
            Err(CommunityError::NotFound { kind: "post", .. })
        ));
        assert!(matches!(
            record_participant(&mut doc, &mo, &d, &id("ghost"), "?"),
            Err(CommunityError::NotFound { kind: "member", .. })
        ));
        assert!(matches!(
            restate_question(&mut doc, &mo, &d, "", "2030-01-05"),
            Err(CommunityError::Empty { .. })
        ));
        assert_eq!(doc.get_heads(), heads);
    }

    #[test]
    fn intervention_is_written_after_a_merge() {
        let (mut mo_doc, d) = community();
        let mut pa_doc = Automerge::new();
        pa_doc.merge(&mut mo_doc.clone()).unwrap();
        let mo = id("mo");
        let question = post(&mut pa_doc, &d, &say("pa", "Question", "2030-01-01", None)).unwrap();
        mo_doc.merge(&mut pa_doc.clone()).unwrap();
        let answer = post(
            &mut mo_doc,
            &d,
            &say("mo", "Answer", "2030-01-02", Some(&question)),
        )
        .unwrap();
        restate_question(&mut mo_doc, &mo, &d, "Restated", "2030-01-02").unwrap();
        add_interim_summary(
            &mut mo_doc,
            &mo,
            &d,
            "So far",
            std::slice::from_ref(&question),
            "2030-01-02",
        )
        .unwrap();
        record_participant(&mut mo_doc, &mo, &d, &id("pa"), "Asks well").unwrap();
        pa_doc.merge(&mut mo_doc.clone()).unwrap();
        post(
            &mut pa_doc,
            &d,
            &say("pa", "Thanks", "2030-01-03", Some(&answer)),
        )
        .unwrap();
        record_participant(&mut pa_doc, &mo, &d, &id("pa"), "Asks well, thanks").unwrap();
        mo_doc.merge(&mut pa_doc).unwrap();
        let read = only(&mo_doc);
        assert_eq!(read.all_posts().len(), 3);
        assert_eq!(read.posts[0].replies[0].replies[0].body, "Thanks");
        assert_eq!(read.pinned_question(), "Restated");
        assert_eq!(read.summaries.len(), 1);
        assert_eq!(read.participants[0].notes, "Asks well, thanks");
    }

    #[test]
    fn offline_posts_and_notes_from_several_members_all_survive() {
        let (mut base, d) = community();
        let root = post(&mut base, &d, &say("mo", "Start", "2030-01-01", None)).unwrap();
        record_participant(&mut base, &id("mo"), &d, &id("pa"), "Nurse").unwrap();
        let mut ana = base.fork();
        let mut luis = base.fork();
        let a = post(
            &mut ana,
            &d,
            &say("pa", "From Ana", "2030-01-02", Some(&root)),
        )
        .unwrap();
        let l = post(
            &mut luis,
            &d,
            &say("mo", "From Luis", "2030-01-02", Some(&root)),
        )
        .unwrap();
        record_participant(&mut ana, &id("mo"), &d, &id("pa"), "Nurse, rural").unwrap();
        record_participant(&mut luis, &id("mo"), &d, &id("pa"), "Senior nurse").unwrap();
        ana.merge(&mut luis).unwrap();
        let read = only(&ana);
        let mut replies: Vec<_> = read.posts[0].replies.iter().map(|p| p.id.clone()).collect();
        replies.sort();
        let mut expected = vec![a, l];
        expected.sort();
        assert_eq!(replies, expected);
        assert_eq!(read.participants[0].notes, "Senior nurse, rural");
    }
}
