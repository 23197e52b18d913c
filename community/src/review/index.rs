//! What each change did, worked out once per change and kept.
//!
//! A change never changes once made, so what it contributes (its author, the subjects
//! and fields it touched, the objects it made) is computed when the review first meets
//! it and kept by its hash. Fetching and decoding changes is most of a review's cost
//! (automerge 0.12 rebuilds each change from its op set and expands every character of
//! a text into an operation, measured in `benches/review.rs`), so a review computed
//! again after more changes arrive decodes only those.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;

use automerge::{Automerge, Change, ChangeHash, ObjId, ReadDoc, legacy};

use super::places::Places;
use super::{Gathered, Now, Place, Review, Subject, Written};
use crate::MemberId;
use crate::attribution::{Contributor, contributor_of_actor};
use crate::conflicts::{Conflict, conflicts};

/// Beyond this many changes not yet known, fetching them in one pass over the history
/// is cheaper than one by one.
const FETCH_ONE_BY_ONE: usize = 64;

/// What the review has learned of a document's changes; keep one per document and
/// reuse it ([`ReviewIndex::review`]).
#[derive(Default)]
pub struct ReviewIndex {
    places: Places,
    changes: HashMap<ChangeHash, Rc<ChangeSummary>>,
}

/// What one change did.
struct ChangeSummary {
    author: Contributor,
    touches: Vec<Touch>,
    /// Objects the change made: their fields had no value before it.
    made: Vec<ObjId>,
}

/// One field of one subject a change wrote (a text edited in many operations is one
/// touch).
struct Touch {
    subject: Subject,
    /// The subject's path, e.g. `discussions/<id>/posts/<id>`.
    path: String,
    field: String,
    value: Place,
    /// The subject's own entry, when it is an entry of a collection.
    entry: Option<Place>,
    /// The change put or deleted the subject's entry itself.
    created: bool,
    deleted: bool,
    written: Written,
}

impl ReviewIndex {
    /// The review of every change after `since`, leaving out those `viewer` made.
    /// Heads in `since` this document does not have are ignored (a reviewer's stored
    /// heads from a replica that was reset), so the review never misses a change, at
    /// worst repeats some.
    pub fn review(
        &mut self,
        doc: &Automerge,
        since: &[ChangeHash],
        viewer: Option<&MemberId>,
    ) -> Review {
        self.review_with_conflicts(doc, since, viewer, conflicts(doc))
    }

    /// [`Self::review`], with the document's conflicts as the caller already holds them:
    /// they must be `conflicts(doc)`, as the app's view keeps them from change to change
    /// (`read_with_conflicts`, `conflicts_reusing`). Walking the whole document for them
    /// again was about 40 ms of opening a community of 5,000 posts in Chromium.
    pub fn review_with_conflicts(
        &mut self,
        doc: &Automerge,
        since: &[ChangeHash],
        viewer: Option<&MemberId>,
        conflicts: Vec<Conflict>,
    ) -> Review {
        let since: Vec<ChangeHash> = since
            .iter()
            .filter(|hash| doc.get_change_meta_by_hash(hash).is_some())
            .copied()
            .collect();
        let window: Vec<ChangeHash> = doc
            .get_changes_meta(&since)
            .into_iter()
            .map(|meta| meta.hash)
            .collect();
        self.learn(doc, &since, &window);

        let mut gathered: BTreeMap<(Contributor, Subject), Gathered> = BTreeMap::new();
        let mut new_objects: HashSet<ObjId> = HashSet::new();
        for hash in &window {
            let Some(summary) = self.changes.get(hash) else {
                continue;
            };
            new_objects.extend(summary.made.iter().cloned());
            if viewer.is_some_and(|viewer| summary.author.member() == Some(viewer)) {
                continue;
            }
            for touch in &summary.touches {
                let entry = gathered
                    .entry((summary.author.clone(), touch.subject.clone()))
                    .or_insert_with(|| Gathered {
                        path: touch.path.clone(),
                        ..Gathered::default()
                    });
                if entry.changes.last() != Some(hash) {
                    entry.changes.push(*hash);
                }
                if entry.entry.is_none() {
                    entry.entry.clone_from(&touch.entry);
                }
                entry.created |= touch.created;
                entry.deleted |= touch.deleted;
                let field = entry
                    .fields
                    .entry(touch.field.clone())
                    .or_insert_with(|| (touch.value.clone(), Written::Edited));
                if touch.written != Written::Edited {
                    field.1 = touch.written.clone();
                }
            }
        }
        let mut now = Now::default();
        let contributions = gathered
            .into_iter()
            .map(|((author, subject), gathered)| {
                gathered.into_contribution(doc, &since, &new_objects, &mut now, author, subject)
            })
            .filter(|c| c.kind != super::Kind::Changed || !c.fields.is_empty())
            .collect();
        Review {
            heads: doc.get_heads(),
            since,
            contributions,
            conflicts,
        }
    }

    /// Summarises the changes of `window` not yet known.
    fn learn(&mut self, doc: &Automerge, since: &[ChangeHash], window: &[ChangeHash]) {
        let missing: Vec<ChangeHash> = window
            .iter()
            .filter(|hash| !self.changes.contains_key(hash))
            .copied()
            .collect();
        if missing.len() > FETCH_ONE_BY_ONE {
            // Changes come dependencies first, so objects are known before they are used.
            for change in doc.get_changes(since) {
                if !self.changes.contains_key(&change.hash()) {
                    self.summarise(doc, &change);
                }
            }
        } else {
            for hash in missing {
                if let Some(change) = doc.get_change_by_hash(&hash) {
                    self.summarise(doc, &change);
                }
            }
        }
    }

    fn summarise(&mut self, doc: &Automerge, change: &Change) {
        let start_op = change.start_op().get();
        let actor = change.actor_id().clone();
        let mut touches: Vec<Touch> = Vec::new();
        let mut made = Vec::new();
        // A text typed in one change is thousands of operations on one object: it is one
        // field of one subject, gathered once.
        let mut last_text: Option<legacy::ObjectId> = None;
        for (index, op) in change.decode().operations.into_iter().enumerate() {
            if let legacy::OpType::Make(_) = op.action {
                let id = legacy::OpId(start_op + index as u64, actor.clone());
                made.extend(self.places.made(doc, id, &op));
            }
            let in_text = matches!(op.key, legacy::Key::Seq(_));
            if in_text && last_text.as_ref() == Some(&op.obj) {
                continue;
            }
            let Some(located) = self.places.locate(doc, &op) else {
                continue;
            };
            last_text = in_text.then(|| op.obj.clone());
            let Some(placed) = located.placed.as_ref() else {
                continue;
            };
            // The subject's own entry put or deleted (not a character inside a text).
            let whole = located.keys.len() == placed.depth && !in_text;
            // A character put or deleted inside a text is an edit, not a value written.
            let written = match (&op.action, in_text) {
                (legacy::OpType::Put(value), false) => Written::Set(
                    value
                        .as_str()
                        .map_or_else(|| value.to_string(), str::to_owned),
                ),
                (legacy::OpType::Delete, false) => Written::Cleared,
                _ => Written::Edited,
            };
            let touch = Touch {
                subject: placed.subject.clone(),
                path: located.keys[..placed.depth.min(located.keys.len())].join("/"),
                field: located.field.clone(),
                value: located.value.clone(),
                entry: placed
                    .entry
                    .then(|| located.at_depth(placed.depth))
                    .flatten(),
                created: whole && !matches!(op.action, legacy::OpType::Delete),
                deleted: whole && matches!(op.action, legacy::OpType::Delete),
                written,
            };
            // One touch per field: the last value written wins, flags accumulate.
            match touches
                .iter_mut()
                .find(|t| t.subject == touch.subject && t.field == touch.field)
            {
                Some(known) => {
                    known.created |= touch.created;
                    known.deleted |= touch.deleted;
                    if touch.written != Written::Edited {
                        known.written = touch.written;
                    }
                }
                None => touches.push(touch),
            }
        }
        let summary = ChangeSummary {
            author: contributor_of_actor(doc, &actor),
            touches,
            made,
        };
        self.changes.insert(change.hash(), Rc::new(summary));
    }
}
