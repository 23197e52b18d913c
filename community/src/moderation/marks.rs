//! The marks a moderator puts on a post: hidden with a reason, returned with a comment.

use automerge::transaction::{Transactable as _, Transaction};
use automerge::{ObjId, ObjType, ReadDoc as _, Value};

use crate::{CommunityError, MemberId, store};

/// Why and by whom a post is hidden.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hidden {
    pub reason: String,
    pub by: MemberId,
    /// ISO date or date-time from the moderator's clock.
    pub at: String,
}

/// A post returned to its author for changes, with the moderator's comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Returned {
    pub comment: String,
    pub by: MemberId,
    /// ISO date or date-time from the moderator's clock.
    pub at: String,
}

/// The two marks, as stored on a post.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    /// `hidden: { reason: Text, by, at }`
    Hidden,
    /// `returned: { comment: Text, by, at }`
    Returned,
}

impl Mark {
    pub(crate) fn key(self) -> &'static str {
        match self {
            Self::Hidden => "hidden",
            Self::Returned => "returned",
        }
    }

    /// The name of the mark's text field.
    fn text_key(self) -> &'static str {
        match self {
            Self::Hidden => "reason",
            Self::Returned => "comment",
        }
    }
}

/// Puts `mark` on the post `entry`. A mark already there is updated in place (its text
/// character-wise), so re-hiding with a better reason edits the reason rather than
/// replacing the map another moderator may be editing too.
pub(crate) fn put(
    tx: &mut Transaction<'_>,
    entry: &ObjId,
    mark: Mark,
    text: &str,
    by: &MemberId,
    at: &str,
) -> Result<(), CommunityError> {
    let map = store::child_map(tx, entry, mark.key())?;
    store::put_text(tx, &map, mark.text_key(), text)?;
    store::put_scalar(tx, &map, "by", by.as_str())?;
    store::put_scalar(tx, &map, "at", at)
}

/// Takes `mark` off the post `entry`; nothing is written when it has none.
///
/// Only the mark this replica sees is deleted: a mark put concurrently on another
/// replica survives the merge, so a post returned while its author was editing it
/// offline stays returned (the author has not seen the comment yet).
pub(crate) fn clear(
    tx: &mut Transaction<'_>,
    entry: &ObjId,
    mark: Mark,
) -> Result<(), CommunityError> {
    if let Some((Value::Object(ObjType::Map), _)) =
        tx.get(entry, mark.key()).map_err(store::edit(mark.key()))?
    {
        tx.delete(entry, mark.key())
            .map_err(store::edit(mark.key()))?;
    }
    Ok(())
}
