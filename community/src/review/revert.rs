//! Undoing one contribution with a new change, so history stays whole.
//!
//! "Before" is the document without the contribution: every change except the
//! contribution's own and those built on them. That set is closed under dependencies
//! (a change outside it cannot depend on one inside), so its heads are a real past state
//! to read from, and other members' concurrent work is not undone with it. Work built
//! on the contribution (a later edit of the same text) is undone too, since it could
//! not exist without it; the reviewer sees that work listed as its own contribution.

use std::collections::BTreeSet;

use automerge::transaction::{Transactable, Transaction};
use automerge::{Automerge, ChangeHash, ObjId, ObjType, ReadDoc, ScalarValue, Value};

use super::{Contribution, Kind, Place, Review, Subject};
use crate::discussions::require;
use crate::{Action, CommunityError, MemberId, store};

/// Undoes the contribution `key` of `review` with a new change by `by` (a leader,
/// moderator or facilitator). An added entry is removed, a removed one restored as it
/// was, changed fields get their earlier values back (texts character-wise, so edits
/// others make meanwhile merge). A post with replies is not removed: hiding it keeps
/// the thread whole.
pub fn revert(
    doc: &mut Automerge,
    by: &MemberId,
    review: &Review,
    key: &str,
) -> Result<(), CommunityError> {
    let contribution = review
        .contribution(key)
        .ok_or_else(|| store::not_found("contribution", key))?;
    let before = heads_without(doc, &review.since, &contribution.changes);
    if let (Kind::Added, Subject::Post(discussion, post)) =
        (contribution.kind, &contribution.subject)
    {
        let replies = crate::read(doc)?
            .discussions
            .iter()
            .filter(|d| d.id == *discussion)
            .flat_map(|d| d.all_posts().into_iter().cloned().collect::<Vec<_>>())
            .any(|p| p.parent.as_ref() == Some(post));
        if replies {
            return Err(CommunityError::HasReplies {
                post: post.to_string(),
            });
        }
    }
    store::write(doc, |tx| {
        require(tx, by, Action::ModerateDiscussion)?;
        undo(tx, contribution, &before)
    })
}

fn undo(
    tx: &mut Transaction<'_>,
    contribution: &Contribution,
    before: &[ChangeHash],
) -> Result<(), CommunityError> {
    match (contribution.kind, &contribution.entry) {
        (Kind::Added, Some(entry)) => tx
            .delete(&entry.object, entry.key.as_str())
            .map_err(store::edit("contribution")),
        (Kind::Removed, Some(entry)) => restore(tx, entry, before),
        _ => contribution
            .fields
            .iter()
            .try_for_each(|field| restore(tx, &field.place, before)),
    }
}

/// Puts back at `place` the value it had at `before` (removing it if it had none).
fn restore(
    tx: &mut Transaction<'_>,
    place: &Place,
    before: &[ChangeHash],
) -> Result<(), CommunityError> {
    let err = store::edit("contribution");
    let key = place.key.as_str();
    let old = tx.get_at(&place.object, key, before).map_err(&err)?;
    match old {
        None => {
            if tx.get(&place.object, key).map_err(&err)?.is_some() {
                tx.delete(&place.object, key).map_err(err)?;
            }
            Ok(())
        }
        Some((Value::Scalar(scalar), _)) => {
            tx.put(&place.object, key, scalar.into_owned()).map_err(err)
        }
        Some((Value::Object(ObjType::Text), old_text)) => {
            let text = tx.text_at(&old_text, before).map_err(&err)?;
            match tx.get(&place.object, key).map_err(&err)? {
                // The same text object still there: edit it back character-wise.
                Some((Value::Object(ObjType::Text), now)) => {
                    tx.update_text(&now, &text).map_err(err)
                }
                _ => {
                    let made = tx
                        .put_object(&place.object, key, ObjType::Text)
                        .map_err(&err)?;
                    tx.splice_text(&made, 0, 0, &text).map_err(err)
                }
            }
        }
        Some((Value::Object(kind), old_object)) => {
            let made = tx.put_object(&place.object, key, kind).map_err(&err)?;
            copy_at(tx, &old_object, &made, before)
        }
    }
}

/// Copies the map `from` as it was at `heads` into the new map `to`.
fn copy_at(
    tx: &mut Transaction<'_>,
    from: &ObjId,
    to: &ObjId,
    heads: &[ChangeHash],
) -> Result<(), CommunityError> {
    let err = store::edit("contribution");
    let keys: Vec<String> = tx.keys_at(from, heads).collect();
    for key in keys {
        match tx.get_at(from, key.as_str(), heads).map_err(&err)? {
            Some((Value::Scalar(scalar), _)) => {
                let scalar: ScalarValue = scalar.into_owned();
                tx.put(to, key.as_str(), scalar).map_err(&err)?;
            }
            Some((Value::Object(ObjType::Text), id)) => {
                let text = tx.text_at(&id, heads).map_err(&err)?;
                let made = tx
                    .put_object(to, key.as_str(), ObjType::Text)
                    .map_err(&err)?;
                tx.splice_text(&made, 0, 0, &text).map_err(&err)?;
            }
            Some((Value::Object(kind), id)) => {
                let made = tx.put_object(to, key.as_str(), kind).map_err(&err)?;
                copy_at(tx, &id, &made, heads)?;
            }
            None => {}
        }
    }
    Ok(())
}

/// The heads of every change except `undone` and their descendants (see the module's
/// comment). Changes up to `since` are never descendants of a contribution made after.
pub(crate) fn heads_without(
    doc: &Automerge,
    since: &[ChangeHash],
    undone: &[ChangeHash],
) -> Vec<ChangeHash> {
    let window = doc.get_changes(since);
    let mut excluded: BTreeSet<ChangeHash> = undone.iter().copied().collect();
    // `get_changes` lists dependencies before dependents, so one pass finds every
    // descendant.
    let mut kept = Vec::new();
    for change in &window {
        if excluded.contains(&change.hash()) || change.deps().iter().any(|d| excluded.contains(d)) {
            excluded.insert(change.hash());
        } else {
            kept.push(change);
        }
    }
    let depended: BTreeSet<ChangeHash> = kept
        .iter()
        .flat_map(|change| change.deps().iter().copied())
        .collect();
    since
        .iter()
        .copied()
        .chain(kept.iter().map(|change| change.hash()))
        .filter(|hash| !depended.contains(hash))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}
