//! Phase II, step 4: moderated discussions, in the method's three columns — planning,
//! intervention in the discussion, and closing.
//!
//! Shape (one entry per discussion; everything inside is created with the entry, so two
//! members never create the same child map concurrently):
//!
//! ```text
//! discussions: { <id>: {
//!   title: Text, objective: Text, question: Text, created_by: <member id>, position: Int,
//!   guidelines: { language: Str, max_words: Int, addressing: Text },
//!   stage: "planned" | "open" | "closing" | "closed",
//!   schedule: { planned | open | closing | closed: "YYYY-MM-DD" },
//!   subgroups: { <id>: { name: Str, members: { <member id>: true }, position: Int } },
//!   posts: { <post id>: { author: <member id>, body: Text, created: "YYYY-MM-DDThh:mm…",
//!                         parent: <post id>,
//!                         hidden?: { reason: Text, by, at },      // see `moderation`
//!                         returned?: { comment: Text, by, at } } },
//!   restatements: { <id>: { text: Text, by, at, position: Int } },
//!   summaries: { <id>: { text: Text, posts: { <post id>: true }, by, at, position: Int } },
//!   participants: { <member id>: Text },
//!   closing: { summary: Text, posts: { <post id>: true }, closed_by, closed_at,
//!              follow_ups: { <action item id>: true } } } }
//! ```
//!
//! Posts are keyed by id, so posts written offline never collide; they are never
//! removed, so a reply's parent always survives a merge. Links are sets of ids (maps to
//! `true`) so two members linking concurrently both keep their links.

pub(crate) mod closing;
pub(crate) mod intervention;
pub(crate) mod planning;
mod read;
pub(crate) mod timeline;

use automerge::transaction::{Transactable as _, Transaction};
use automerge::{ObjId, ReadDoc};

use crate::roles::{Action, may};
use crate::{CommunityError, DiscussionId, IsoDate, MemberId, members, store};

pub use read::{Closing, Discussion, InterimSummary, ParticipantNote, Post, Restatement, Subgroup};
pub(crate) use read::{read_discussions, read_discussions_noting_clean, read_discussions_reusing};

/// Where discussions live.
pub(crate) const DISCUSSIONS: store::Path = &["discussions"];
/// Where a discussion keeps its posts, by post id.
pub(crate) const POSTS: &str = "posts";

/// The stages a discussion goes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DiscussionStage {
    Planned,
    Open,
    Closing,
    Closed,
}

impl DiscussionStage {
    /// Every stage, in order.
    pub const ALL: [Self; 4] = [Self::Planned, Self::Open, Self::Closing, Self::Closed];

    /// The stored value, also the key the UI translates.
    pub fn key(self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::Open => "open",
            Self::Closing => "closing",
            Self::Closed => "closed",
        }
    }

    /// The stage a stored value names, if this build knows it.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|stage| stage.key() == key)
    }
}

/// The preliminary participation guidelines the moderator proposes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Guidelines {
    /// The language(s) posts are written in.
    pub language: String,
    /// The longest post accepted, in words; `None` for no limit.
    pub max_words: Option<u32>,
    /// How to address other members and their messages.
    pub addressing: String,
}

/// The planned date of each stage; any may be unset.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Schedule {
    pub planned: Option<IsoDate>,
    pub open: Option<IsoDate>,
    pub closing: Option<IsoDate>,
    pub closed: Option<IsoDate>,
}

impl Schedule {
    /// The date planned for `stage`.
    pub fn date(&self, stage: DiscussionStage) -> Option<IsoDate> {
        match stage {
            DiscussionStage::Planned => self.planned,
            DiscussionStage::Open => self.open,
            DiscussionStage::Closing => self.closing,
            DiscussionStage::Closed => self.closed,
        }
    }
}

/// Refuses `by` unless their role allows `action`.
pub(crate) fn require<R: ReadDoc>(
    doc: &R,
    by: &MemberId,
    action: Action,
) -> Result<(), CommunityError> {
    if members::role_of(doc, by).is_some_and(|role| may(role, action)) {
        Ok(())
    } else {
        Err(CommunityError::NotAllowed {
            member: by.to_string(),
            action: action.describe(),
        })
    }
}

/// The discussion's entry, or "not found".
pub(crate) fn discussion<R: ReadDoc>(doc: &R, id: &DiscussionId) -> Result<ObjId, CommunityError> {
    store::existing_entry(doc, DISCUSSIONS, "discussion", id.as_str())
}

/// Refuses a contribution to a closed discussion (a new post, an author's edit, a
/// member's summary).
pub(crate) fn refuse_closed<R: ReadDoc>(
    doc: &R,
    id: &DiscussionId,
    entry: &ObjId,
) -> Result<(), CommunityError> {
    if store::string(doc, entry, "stage").as_deref() == Some(DiscussionStage::Closed.key()) {
        Err(CommunityError::DiscussionClosed { id: id.to_string() })
    } else {
        Ok(())
    }
}

/// The path of a collection inside a discussion, for the union-reading helpers.
pub(crate) fn inner<'a>(id: &'a str, key: &'a str) -> [&'a str; 3] {
    ["discussions", id, key]
}

/// Adds the entry `id` at the end of the collection `key` of a discussion.
pub(crate) fn insert_inner(
    tx: &mut Transaction<'_>,
    discussion: &ObjId,
    path: &[&str],
    key: &'static str,
    id: &str,
) -> Result<ObjId, CommunityError> {
    let position = store::next_position(tx, path);
    let collection = store::child_map(tx, discussion, key)?;
    let entry = tx
        .put_object(&collection, id, automerge::ObjType::Map)
        .map_err(store::edit(key))?;
    store::put_scalar(tx, &entry, "position", position)?;
    Ok(entry)
}

/// Accepts `YYYY-MM-DD` or `YYYY-MM-DDThh:mm…` (the caller's clock; the crate reads none).
/// Stored as given, so posts order by it as strings.
pub(crate) fn check_moment(value: &str) -> Result<(), CommunityError> {
    let invalid = || CommunityError::InvalidDateTime {
        value: value.to_owned(),
    };
    let date = value.get(..10).ok_or_else(invalid)?;
    date.parse::<IsoDate>().map_err(|_| invalid())?;
    let rest = value.get(10..).unwrap_or_default();
    let time_ok = rest.is_empty()
        || (rest.starts_with('T')
            && rest.len() <= 30
            && rest
                .bytes()
                .skip(1)
                .all(|b| b.is_ascii_digit() || matches!(b, b':' | b'.' | b'+' | b'-' | b'Z'))
            && rest.as_bytes().get(1).is_some_and(u8::is_ascii_digit));
    if time_ok { Ok(()) } else { Err(invalid()) }
}

#[cfg(test)]
pub(crate) mod fixture {
    use automerge::Automerge;

    use crate::{DiscussionId, MemberId, Role, create, set_member};

    use super::Guidelines;
    use super::planning::{NewDiscussion, create_discussion};

    pub(crate) fn id(s: &str) -> MemberId {
        MemberId::new(s).unwrap()
    }

    /// A community with a moderator `mo`, a participant `pa` and one open-stage
    /// discussion limited to ten words per post.
    pub(crate) fn community() -> (Automerge, DiscussionId) {
        let mut doc = create("CoP to define indicators", "p").unwrap();
        set_member(&mut doc, &id("mo"), "Mo", Role::Moderator).unwrap();
        set_member(&mut doc, &id("pa"), "Pa", Role::Participant).unwrap();
        let plan = NewDiscussion {
            title: "Which indicators?".into(),
            objective: "Agree on five".into(),
            question: "What do you measure today?".into(),
            guidelines: Guidelines {
                language: "es".into(),
                max_words: Some(10),
                addressing: "By name".into(),
            },
            schedule: Default::default(),
        };
        let discussion = create_discussion(&mut doc, &id("mo"), &plan).unwrap();
        (doc, discussion)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_are_iso_dates_or_date_times() {
        for good in [
            "2030-01-02",
            "2030-01-02T10:00",
            "2030-01-02T10:00:00.123Z",
            "2030-01-02T10:00+02:00",
        ] {
            assert!(check_moment(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "2030-13-02",
            "2030-01-02 10:00",
            "2030-01-02T",
            "yesterday",
        ] {
            assert!(
                matches!(
                    check_moment(bad),
                    Err(CommunityError::InvalidDateTime { .. })
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn stages_round_trip() {
        for stage in DiscussionStage::ALL {
            assert_eq!(DiscussionStage::from_key(stage.key()), Some(stage));
        }
    }
}
