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

mod revert;
mod subject;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;

use automerge::{Automerge, ChangeHash, ObjId, ObjType, Prop, ReadDoc, Value, legacy};

use crate::MemberId;
use crate::attribution::{Contributor, contributor_of};
use crate::conflicts::{Conflict, conflicts};

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

/// The review of every change after `since`, leaving out those `viewer` made. Heads in
/// `since` this document does not have are ignored (a reviewer's stored heads from a
/// replica that was reset), so the review never misses a change, at worst repeats some.
pub fn review(doc: &Automerge, since: &[ChangeHash], viewer: Option<&MemberId>) -> Review {
    let since: Vec<ChangeHash> = since
        .iter()
        .filter(|hash| doc.get_change_by_hash(hash).is_some())
        .copied()
        .collect();
    let mut places = Places::new(doc);
    let mut gathered: BTreeMap<(Contributor, Subject), Gathered> = BTreeMap::new();
    for change in doc.get_changes(&since) {
        let author = contributor_of(doc, &change);
        if viewer.is_some_and(|viewer| author.member() == Some(viewer)) {
            continue;
        }
        let hash = change.hash();
        let start_op = change.start_op().get();
        let actor = change.actor_id().clone();
        // A text typed in one change is thousands of operations on one object: it is
        // one field of one subject, gathered once.
        let mut last_text: Option<legacy::ObjectId> = None;
        for (index, op) in change.decode().operations.into_iter().enumerate() {
            if let legacy::OpType::Make(_) = op.action {
                places.made(legacy::OpId(start_op + index as u64, actor.clone()), &op);
            }
            let in_text = matches!(op.key, legacy::Key::Seq(_));
            if in_text && last_text.as_ref() == Some(&op.obj) {
                continue;
            }
            let Some(located) = places.locate(&op) else {
                continue;
            };
            last_text = in_text.then(|| op.obj.clone());
            let Some(placed) = located.placed.as_ref() else {
                continue;
            };
            let entry = gathered
                .entry((author.clone(), placed.subject.clone()))
                .or_insert_with(|| Gathered {
                    path: located.keys[..placed.depth.min(located.keys.len())].join("/"),
                    ..Gathered::default()
                });
            if entry.changes.last() != Some(&hash) {
                entry.changes.push(hash);
            }
            if placed.entry && entry.entry.is_none() {
                entry.entry = located.at_depth(placed.depth);
            }
            // The subject's own entry put or deleted (not a character inside a text).
            let whole = located.keys.len() == placed.depth && !in_text;
            if whole {
                match op.action {
                    legacy::OpType::Delete => entry.deleted = true,
                    _ => entry.created = true,
                }
            }
            let field = entry
                .fields
                .entry(located.field.clone())
                .or_insert_with(|| (located.value.clone(), Written::Edited));
            // A character put or deleted inside a text is an edit, not a value written.
            if !in_text {
                field.1 = match &op.action {
                    legacy::OpType::Put(value) => Written::Set(
                        value
                            .as_str()
                            .map_or_else(|| value.to_string(), str::to_owned),
                    ),
                    legacy::OpType::Delete => Written::Cleared,
                    _ => Written::Edited,
                };
            }
        }
    }
    let mut now = Now::default();
    let contributions: Vec<Contribution> = gathered
        .into_iter()
        .map(|((author, subject), gathered)| {
            gathered.into_contribution(doc, &since, &places.new_objects, &mut now, author, subject)
        })
        .filter(|c| c.kind != Kind::Changed || !c.fields.is_empty())
        .collect();
    Review {
        heads: doc.get_heads(),
        since,
        contributions,
        conflicts: conflicts(doc),
    }
}

/// What the place at `path` (map keys from the root, as a [`Conflict`] names it) is
/// about, or `None` for bookkeeping.
pub fn subject_of(path: &[String]) -> Option<Subject> {
    let keys: Vec<&str> = path.iter().map(String::as_str).collect();
    subject::classify(&keys).map(|placed| placed.subject)
}

/// The field's name inside its subject.
fn field_name(keys: &[&str], depth: usize) -> String {
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
        let fields = self
            .fields
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

/// Where an operation lands: the path of map keys from the root and the map entry
/// whose value it changes (for an edit inside a text, the text's entry).
struct Located {
    keys: Vec<String>,
    /// The subject the keys name (`None`: bookkeeping), and the field inside it.
    placed: Option<subject::Placed>,
    field: String,
    /// The entries on the way, one per key: `(map, key)`.
    entries: Rc<Vec<Place>>,
    value: Place,
}

impl Located {
    fn new(keys: Vec<String>, entries: Rc<Vec<Place>>, value: Place) -> Self {
        let (placed, field) = {
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            let placed = subject::classify(&keys);
            let field = placed
                .as_ref()
                .map(|p| field_name(&keys, p.depth))
                .unwrap_or_default();
            (placed, field)
        };
        Self {
            keys,
            placed,
            field,
            entries,
            value,
        }
    }

    /// The entry `depth` keys deep.
    fn at_depth(&self, depth: usize) -> Option<Place> {
        match depth.checked_sub(1) {
            Some(index) if index < self.entries.len() => Some(self.entries[index].clone()),
            Some(index) if index == self.entries.len() => Some(self.value.clone()),
            _ => None,
        }
    }
}

/// Paths of objects, found once each. An object made by one of the reviewed changes
/// gets its path from the operation that made it (its parent's path and key): asking
/// the document (`parents`) for each of the thousands of posts and texts a long
/// offline session makes was the largest part of the review's time (measured in
/// `benches/review.rs`). Only objects older than the review are asked for.
struct Places<'a> {
    doc: &'a Automerge,
    objects: HashMap<legacy::ObjectId, Option<Rc<Object>>>,
    /// Objects made since the reviewed heads: their fields had no value then.
    new_objects: HashSet<ObjId>,
}

struct Object {
    id: ObjId,
    keys: Vec<String>,
    entries: Rc<Vec<Place>>,
    /// For a text, where every edit inside it lands.
    text: Option<Rc<Located>>,
}

impl Object {
    fn new(id: ObjId, keys: Vec<String>, mut entries: Vec<Place>, is_text: bool) -> Option<Self> {
        let text = if is_text {
            let value = entries.pop()?;
            Some(Rc::new(Located::new(
                keys.clone(),
                Rc::new(entries.clone()),
                value,
            )))
        } else {
            None
        };
        Some(Self {
            id,
            keys,
            entries: Rc::new(entries),
            text,
        })
    }
}

impl<'a> Places<'a> {
    fn new(doc: &'a Automerge) -> Self {
        Self {
            doc,
            objects: HashMap::new(),
            new_objects: HashSet::new(),
        }
    }

    fn locate(&mut self, op: &legacy::Op) -> Option<Rc<Located>> {
        let object = self.object(&op.obj)?;
        if let Some(text) = &object.text {
            // An edit inside a text changes the text's entry in its map: the same place
            // for every character, located once.
            return Some(Rc::clone(text));
        }
        let legacy::Key::Map(key) = &op.key else {
            return None; // lists are not part of the schema
        };
        let mut keys = object.keys.clone();
        keys.push(key.to_string());
        Some(Rc::new(Located::new(
            keys,
            Rc::clone(&object.entries),
            Place {
                object: object.id.clone(),
                key: key.to_string(),
            },
        )))
    }

    /// Records the object `op` (a make operation with id `id`) made.
    fn made(&mut self, id: legacy::OpId, op: &legacy::Op) {
        let (Some(parent), legacy::Key::Map(key), legacy::OpType::Make(kind)) =
            (self.object(&op.obj), &op.key, &op.action)
        else {
            return;
        };
        if parent.text.is_some() {
            return;
        }
        let Ok((obj, _)) = self.doc.import(&format!("{}@{}", id.counter(), id.actor())) else {
            return;
        };
        let mut keys = parent.keys.clone();
        keys.push(key.to_string());
        let mut entries = parent.entries.as_ref().clone();
        entries.push(Place {
            object: parent.id.clone(),
            key: key.to_string(),
        });
        let made = Object::new(obj.clone(), keys, entries, *kind == ObjType::Text).map(Rc::new);
        self.new_objects.insert(obj);
        self.objects.insert(legacy::ObjectId::Id(id), made);
    }

    fn object(&mut self, id: &legacy::ObjectId) -> Option<Rc<Object>> {
        if let Some(known) = self.objects.get(id) {
            return known.clone();
        }
        let found = self.look_up(id).map(Rc::new);
        self.objects.insert(id.clone(), found.clone());
        found
    }

    fn look_up(&self, id: &legacy::ObjectId) -> Option<Object> {
        let obj = match id {
            legacy::ObjectId::Root => automerge::ROOT,
            legacy::ObjectId::Id(_) => self.doc.import(&id.to_string()).ok()?.0,
        };
        let is_text = self.doc.object_type(&obj).ok()? == ObjType::Text;
        let path = if obj == automerge::ROOT {
            Vec::new()
        } else {
            self.doc.parents(&obj).ok()?.path()
        };
        let mut keys = Vec::with_capacity(path.len());
        let mut entries = Vec::with_capacity(path.len());
        for (parent, prop) in path {
            let key = match prop {
                Prop::Map(key) => key,
                Prop::Seq(index) => index.to_string(),
            };
            keys.push(key.clone());
            entries.push(Place {
                object: parent,
                key,
            });
        }
        Object::new(obj, keys, entries, is_text)
    }
}

#[cfg(test)]
mod tests;
