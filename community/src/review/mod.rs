//! "Since you were away": every contribution made after the heads a person last
//! reviewed, by member and by section, with the text before and after.
//!
//! Derived from Automerge's own history, not from a log of ours: the changes after the
//! reviewed heads are decoded operation by operation, each operation's object is placed
//! in the document (its path) and named in the method's vocabulary ([`Subject`]), and
//! every change is attributed to its author ([`crate::attribution`]). One contribution
//! is one member's work on one subject, so a post written offline in five changes is
//! listed once; two members touching the same subject are listed once each.
//!
//! Before and after are read at the reviewed heads and now (`get_at`/`text_at`), so they
//! show what the reviewer saw and what they see, whatever order the merges came in.

mod index;
mod places;
mod revert;
mod subject;

use std::collections::{BTreeMap, HashMap, HashSet};

use automerge::{Automerge, ChangeHash, ObjId, ObjType, ReadDoc, Value};

use crate::MemberId;
use crate::attribution::Contributor;
use crate::conflicts::Conflict;

pub use index::ReviewIndex;
pub use revert::revert;
pub use subject::{Section, Subject};

/// What happened to a subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Added,
    Changed,
    Removed,
}

/// One field of a subject, before and after (text, or a choice as stored; `None`:
/// absent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    /// The field's keys inside the subject joined by `.` (`description`,
    /// `guidelines.max_words`); for a subject that is one value (a role, a name), what
    /// that value is (`role`, `name`).
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
    /// What this author did to the field: when members chose concurrently, `after` is
    /// only the winner, and this says what each of them chose.
    pub written: Written,
    /// Where the value lives, for [`revert`].
    pub(crate) place: Place,
}

/// What an author last did to a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Written {
    /// Edited a text (or made the object holding it).
    Edited,
    /// Set a value (a choice, a date, a name).
    Set(String),
    /// Removed the value.
    Cleared,
}

/// One member's work on one subject since the reviewed heads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contribution {
    /// Stable across replicas and recomputations while no new change touches it: the
    /// author, the subject's path and its newest change. A mark of "reviewed" names it.
    pub key: String,
    pub author: Contributor,
    pub subject: Subject,
    pub kind: Kind,
    /// The fields changed, in path order; fields whose value is a container are left
    /// out (their own fields are listed).
    pub fields: Vec<FieldChange>,
    /// The changes it is made of, oldest first.
    pub changes: Vec<ChangeHash>,
    /// Where the subject sits, when it is an entry of a collection.
    pub(crate) entry: Option<Place>,
}

impl Contribution {
    pub fn section(&self) -> Section {
        self.subject.section()
    }
}

/// A key in a map object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Place {
    pub object: ObjId,
    pub key: String,
}

/// Everything to review since some heads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    /// The heads the review starts from (the reviewer's last reviewed heads).
    pub since: Vec<ChangeHash>,
    /// The document's heads when the review was computed: what to store as reviewed.
    pub heads: Vec<ChangeHash>,
    /// Sorted by author, then section, then subject.
    pub contributions: Vec<Contribution>,
    /// Every concurrent choice not yet settled, with who wrote each value.
    pub conflicts: Vec<Conflict>,
}

impl Review {
    /// The contributions of each author, in the review's order.
    pub fn by_author(&self) -> BTreeMap<&Contributor, Vec<&Contribution>> {
        let mut grouped: BTreeMap<&Contributor, Vec<&Contribution>> = BTreeMap::new();
        for contribution in &self.contributions {
            grouped
                .entry(&contribution.author)
                .or_default()
                .push(contribution);
        }
        grouped
    }

    pub fn contribution(&self, key: &str) -> Option<&Contribution> {
        self.contributions.iter().find(|c| c.key == key)
    }
}

/// The review of every change after `since`, leaving out those `viewer` made (see
/// [`ReviewIndex::review`], which keeps what it learns for the next review).
pub fn review(doc: &Automerge, since: &[ChangeHash], viewer: Option<&MemberId>) -> Review {
    ReviewIndex::default().review(doc, since, viewer)
}

/// What the place at `path` (map keys from the root, as a [`Conflict`] names it) is
/// about, or `None` for bookkeeping.
pub fn subject_of(path: &[String]) -> Option<Subject> {
    let keys: Vec<&str> = path.iter().map(String::as_str).collect();
    subject::classify(&keys).map(|placed| placed.subject)
}

/// The field's name inside its subject.
pub(super) fn field_name(keys: &[&str], depth: usize) -> String {
    match keys {
        ["design", "members", ..] if keys.len() == depth => "role".to_owned(),
        ["design", "member_names", ..] if keys.len() == depth => "name".to_owned(),
        _ => keys
            .get(depth..)
            .map(|rest| rest.join("."))
            .unwrap_or_default(),
    }
}

/// One author's operations on one subject, as gathered.
#[derive(Default)]
struct Gathered {
    path: String,
    changes: Vec<ChangeHash>,
    /// Each field's place and the value last written there.
    fields: BTreeMap<String, (Place, Written)>,
    entry: Option<Place>,
    created: bool,
    deleted: bool,
}

impl Gathered {
    fn into_contribution(
        self,
        doc: &Automerge,
        since: &[ChangeHash],
        new_objects: &HashSet<ObjId>,
        now: &mut Now,
        author: Contributor,
        subject: Subject,
    ) -> Contribution {
        let exists_now = self
            .entry
            .as_ref()
            .is_some_and(|place| matches!(doc.get(&place.object, place.key.as_str()), Ok(Some(_))));
        let kind = if self.entry.is_none() {
            Kind::Changed
        } else if self.created && exists_now {
            Kind::Added
        } else if self.deleted && !exists_now {
            Kind::Removed
        } else {
            Kind::Changed
        };
        // A private subject's fields are neither read nor listed.
        let shown_fields = if subject.is_private() {
            BTreeMap::new()
        } else {
            self.fields
        };
        let fields = shown_fields
            .into_iter()
            .filter_map(|(field, (place, written))| {
                // A field of an object made since had no value then: no need to look.
                let before = if new_objects.contains(&place.object) {
                    Rendered::Absent
                } else {
                    render(doc, &place, Some(since))
                };
                let after = now.value(doc, &place);
                let shown = |v: &Rendered| matches!(v, Rendered::Value(_) | Rendered::Absent);
                // A container's own entry (a post's map) says nothing its fields do not;
                // a text edited back to what it was says nothing either.
                let visible = before != after || written != Written::Edited;
                (shown(&before) && shown(&after) && visible).then(|| FieldChange {
                    field,
                    before: before.into_option(),
                    after: after.into_option(),
                    written,
                    place,
                })
            })
            .collect();
        let newest = self
            .changes
            .last()
            .map(ToString::to_string)
            .unwrap_or_default();
        Contribution {
            key: format!(
                "{}|{}|{}",
                author.key(),
                self.path,
                &newest[..newest.len().min(16)]
            ),
            author,
            subject,
            kind,
            fields,
            changes: self.changes,
            entry: self.entry,
        }
    }
}

/// The current values of the maps the review shows, read one map at a time: reading a
/// post's fields one `get` at a time cost more than the rest of the review (measured
/// in `benches/review.rs`); one `map_range` per map reads them together.
#[derive(Default)]
struct Now {
    maps: HashMap<ObjId, HashMap<String, Rendered>>,
}

impl Now {
    fn value(&mut self, doc: &Automerge, place: &Place) -> Rendered {
        let map = self.maps.entry(place.object.clone()).or_insert_with(|| {
            doc.map_range(&place.object, ..)
                .map(|item| {
                    let id = item.id();
                    let value = match item.value.clone().into_value() {
                        Value::Scalar(scalar) => Rendered::Value(
                            scalar
                                .as_str()
                                .map_or_else(|| scalar.to_string(), str::to_owned),
                        ),
                        Value::Object(ObjType::Text) => {
                            Rendered::Value(doc.text(&id).unwrap_or_default())
                        }
                        Value::Object(_) => Rendered::Container,
                    };
                    (item.key.into_owned(), value)
                })
                .collect()
        });
        map.get(&place.key).cloned().unwrap_or(Rendered::Absent)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Rendered {
    Value(String),
    Container,
    Absent,
}

impl Rendered {
    fn into_option(self) -> Option<String> {
        match self {
            Self::Value(value) => Some(value),
            Self::Container | Self::Absent => None,
        }
    }
}

/// The value at `place`, at `heads` or now.
fn render(doc: &Automerge, place: &Place, heads: Option<&[ChangeHash]>) -> Rendered {
    let key = place.key.as_str();
    let found = match heads {
        Some(heads) => doc.get_at(&place.object, key, heads),
        None => doc.get(&place.object, key),
    };
    match found {
        Ok(Some((Value::Scalar(scalar), _))) => Rendered::Value(
            scalar
                .as_str()
                .map_or_else(|| scalar.to_string(), str::to_owned),
        ),
        Ok(Some((Value::Object(ObjType::Text), id))) => {
            let text = match heads {
                Some(heads) => doc.text_at(&id, heads),
                None => doc.text(&id),
            };
            Rendered::Value(text.unwrap_or_default())
        }
        Ok(Some((Value::Object(_), _))) => Rendered::Container,
        Ok(None) | Err(_) => Rendered::Absent,
    }
}

#[cfg(test)]
mod tests;
