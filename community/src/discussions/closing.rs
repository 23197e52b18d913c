//! Closing: the articulated summary linking the posts it draws on, the overt close, and
//! the follow-up actions from the action plan.

use automerge::Automerge;

use super::intervention::check_posts;
use super::planning::moderate;
use super::{DiscussionStage, check_moment};
use crate::implementation::action_plan::action_exists;
use crate::{ActionItemId, CommunityError, DiscussionId, MemberId, PostId, store};

/// Writes the articulated summary (character-wise) and the posts it draws on, each
/// checked to exist.
pub fn set_closing_summary(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    text: &str,
    posts: &[PostId],
) -> Result<(), CommunityError> {
    moderate(doc, by, id, |tx, entry| {
        check_posts(tx, id, posts)?;
        let closing = store::child_map(tx, entry, "closing")?;
        store::put_text(tx, &closing, "summary", text)?;
        let ids: Vec<&str> = posts.iter().map(PostId::as_str).collect();
        store::put_key_set(tx, &closing, "posts", &ids)
    })
}

/// Closes the discussion overtly: stage "closed", with who closed it and when.
pub fn close_discussion(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    at: &str,
) -> Result<(), CommunityError> {
    check_moment(at)?;
    moderate(doc, by, id, |tx, entry| {
        store::put_scalar(tx, entry, "stage", DiscussionStage::Closed.key())?;
        let closing = store::child_map(tx, entry, "closing")?;
        store::put_scalar(tx, &closing, "closed_by", by.as_str())?;
        store::put_scalar(tx, &closing, "closed_at", at)
    })
}

/// Links the follow-up actions (action-plan items, each checked to exist).
pub fn set_follow_ups(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    actions: &[ActionItemId],
) -> Result<(), CommunityError> {
    moderate(doc, by, id, |tx, entry| {
        if let Some(missing) = actions.iter().find(|a| !action_exists(tx, a)) {
            return Err(store::not_found("action", missing.as_str()));
        }
        let closing = store::child_map(tx, entry, "closing")?;
        let ids: Vec<&str> = actions.iter().map(ActionItemId::as_str).collect();
        store::put_key_set(tx, &closing, "follow_ups", &ids)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discussions::fixture::{community, id};
    use crate::{
        DiscussionStage, NewActionItem, NewPost, add_action_item, add_expected_result, post, read,
    };

    fn first_post(doc: &mut Automerge, d: &DiscussionId) -> PostId {
        let new = NewPost {
            author: id("pa"),
            body: "We count visits".into(),
            created: "2030-01-01T08:00".into(),
            parent: None,
        };
        post(doc, d, &new).unwrap()
    }

    fn action(doc: &mut Automerge) -> ActionItemId {
        let result = add_expected_result(doc, "Indicators", "").unwrap();
        let item = NewActionItem {
            text: "Publish the list".into(),
            result,
            owner: id("mo"),
            due: "2030-06-01".parse().unwrap(),
        };
        add_action_item(doc, &item).unwrap()
    }

    #[test]
    fn a_discussion_closes_overtly_with_its_summary_and_follow_ups() {
        let (mut doc, d) = community();
        let mo = id("mo");
        let p = first_post(&mut doc, &d);
        let a = action(&mut doc);
        set_closing_summary(
            &mut doc,
            &mo,
            &d,
            "We agree on visits",
            std::slice::from_ref(&p),
        )
        .unwrap();
        set_follow_ups(&mut doc, &mo, &d, std::slice::from_ref(&a)).unwrap();
        close_discussion(&mut doc, &mo, &d, "2030-02-01T17:00").unwrap();
        let read = read(&doc).unwrap().discussions.remove(0);
        assert_eq!(read.stage, Some(DiscussionStage::Closed));
        assert_eq!(read.closing.summary, "We agree on visits");
        assert_eq!(read.closing.posts, [p]);
        assert_eq!(read.closing.follow_ups, [a]);
        assert_eq!(read.closing.closed_by, Some(mo));
        assert_eq!(read.closing.closed_at.as_deref(), Some("2030-02-01T17:00"));
    }

    #[test]
    fn closing_links_must_exist_and_only_moderators_close() {
        let (mut doc, d) = community();
        let mo = id("mo");
        let heads = doc.get_heads();
        assert!(matches!(
            set_closing_summary(&mut doc, &mo, &d, "Sum", &[PostId::new("gone").unwrap()]),
            Err(CommunityError::NotFound { kind: "post", .. })
        ));
        assert!(matches!(
            set_follow_ups(&mut doc, &mo, &d, &[ActionItemId::new("gone").unwrap()]),
            Err(CommunityError::NotFound { kind: "action", .. })
        ));
        let pa = id("pa");
        assert!(matches!(
            close_discussion(&mut doc, &pa, &d, "2030-02-01"),
            Err(CommunityError::NotAllowed { .. })
        ));
        assert!(matches!(
            set_closing_summary(&mut doc, &pa, &d, "Mine", &[]),
            Err(CommunityError::NotAllowed { .. })
        ));
        assert!(matches!(
            set_follow_ups(&mut doc, &pa, &d, &[]),
            Err(CommunityError::NotAllowed { .. })
        ));
        assert!(matches!(
            close_discussion(&mut doc, &mo, &d, "soon"),
            Err(CommunityError::InvalidDateTime { .. })
        ));
        assert_eq!(doc.get_heads(), heads);
    }

    #[test]
    fn closing_is_written_after_a_merge() {
        let (mut mo_doc, d) = community();
        let mut pa_doc = Automerge::new();
        pa_doc.merge(&mut mo_doc.clone()).unwrap();
        let mo = id("mo");
        let p = first_post(&mut pa_doc, &d);
        let a = action(&mut pa_doc);
        mo_doc.merge(&mut pa_doc.clone()).unwrap();
        set_closing_summary(&mut mo_doc, &mo, &d, "Summary", std::slice::from_ref(&p)).unwrap();
        set_follow_ups(&mut mo_doc, &mo, &d, std::slice::from_ref(&a)).unwrap();
        pa_doc.merge(&mut mo_doc.clone()).unwrap();
        close_discussion(&mut pa_doc, &mo, &d, "2030-02-01").unwrap();
        mo_doc.merge(&mut pa_doc).unwrap();
        set_closing_summary(
            &mut mo_doc,
            &mo,
            &d,
            "Summary, final",
            std::slice::from_ref(&p),
        )
        .unwrap();
        let read = read(&mo_doc).unwrap().discussions.remove(0);
        assert_eq!(read.closing.summary, "Summary, final");
        assert_eq!(read.closing.posts, [p]);
        assert_eq!(read.closing.follow_ups, [a]);
        assert_eq!(read.stage, Some(DiscussionStage::Closed));
    }
}
