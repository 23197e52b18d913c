//! The hub's side of the archive: after each round that changed a document, takes the
//! snapshot of a newly closed community, or finds the changes that reached an archived
//! one after its snapshot. It decides what to write; the hub commits it (with the
//! round's other records, before the round's messages go out) and then applies it here.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use automerge::{Automerge, ChangeHash};
use community::ClosureInvalid;
use sync_protocol::DocumentId;

use super::{late, snapshot};
use crate::metrics::Metrics;
use crate::store::MetaWrite;
use crate::store::meta::{ArchivedRow, UnixSeconds};

/// An archived community, as far as the hub needs it.
struct Archived {
    heads: Vec<ChangeHash>,
    /// Late changes already kept aside (or on their way to the store).
    late: HashSet<ChangeHash>,
}

/// What the relay has archived, and what it has decided to archive.
pub struct Archivist {
    archived: HashMap<DocumentId, Archived>,
    /// Snapshots decided but not yet committed: one per document, so a failed write is
    /// retried with the very snapshot it failed with.
    pending: HashSet<DocumentId>,
    /// The last reason each document's closure was refused: logged and counted once, not
    /// at every round.
    refused: HashMap<DocumentId, ClosureInvalid>,
    metrics: Arc<Metrics>,
}

impl Archivist {
    pub fn new(rows: Vec<ArchivedRow>, metrics: Arc<Metrics>) -> Self {
        let archived = rows
            .into_iter()
            .map(|row| {
                let archived = Archived {
                    heads: row.heads,
                    late: row.late.into_iter().collect(),
                };
                (row.document, archived)
            })
            .collect();
        Self {
            archived,
            pending: HashSet::new(),
            refused: HashMap::new(),
            metrics,
        }
    }

    /// What to commit now that `doc` changed (or was loaded): its snapshot if its
    /// closure verifies for the first time, or the changes that arrived after its
    /// snapshot and are not kept aside yet.
    pub fn after_change(
        &mut self,
        document: DocumentId,
        doc: &Automerge,
        now: UnixSeconds,
    ) -> Vec<MetaWrite> {
        if let Some(archived) = self.archived.get_mut(&document) {
            let found = late::find(document, doc, &archived.heads, &archived.late, now);
            if !found.is_empty() {
                tracing::info!(%document, changes = found.len(), "changes arrived after the archive; kept aside");
                self.metrics.late_changes(found.len());
            }
            // Marked at once: the write is retried from the hub's unwritten records, and
            // the store ignores a hash it already has.
            archived.late.extend(found.iter().map(|change| change.hash));
            return found.into_iter().map(MetaWrite::LateChange).collect();
        }
        if self.pending.contains(&document) {
            return Vec::new();
        }
        match snapshot::take(document, doc, now) {
            Ok(snapshot) => {
                self.refused.remove(&document);
                self.pending.insert(document);
                tracing::info!(%document, bytes = snapshot.bytes.len(), "community closed; archiving its snapshot");
                vec![MetaWrite::Archive(Box::new(snapshot))]
            }
            Err(ClosureInvalid::NotClosed) => Vec::new(),
            Err(invalid) => {
                if self.refused.get(&document) != Some(&invalid) {
                    // The reason names member ids only, never content.
                    tracing::warn!(%document, reason = %invalid, "a closure that does not verify; not archiving");
                    self.metrics.closure_refused();
                    self.refused.insert(document, invalid);
                }
                Vec::new()
            }
        }
    }

    /// Takes note of a write the store has committed.
    pub fn apply(&mut self, write: &MetaWrite) {
        if let MetaWrite::Archive(snapshot) = write {
            self.pending.remove(&snapshot.document);
            self.archived.entry(snapshot.document).or_insert_with(|| {
                self.metrics.archived();
                Archived {
                    heads: snapshot.heads.clone(),
                    late: HashSet::new(),
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use community::{MemberId, Role};

    fn closed() -> (Automerge, MemberId) {
        let ana = MemberId::new("ana").unwrap();
        let mut doc = community::create("Dengue", "").unwrap();
        community::sign_as(&mut doc, &ana);
        community::set_member(&mut doc, &ana, "Ana", Role::Leader).unwrap();
        community::start_implementation(&mut doc, &ana, true).unwrap();
        community::start_conclusion(&mut doc, &ana).unwrap();
        // Closing needs a final assessment with an answer.
        let at = "2026-11-29T09:00:00Z";
        let assessment =
            community::open_assessment(&mut doc, &ana, community::AssessmentKind::Final, "", at)
                .unwrap();
        let answer = [(
            community::QuestionId::new("objective").unwrap(),
            community::Answer::Scale(4),
        )];
        community::answer_assessment(&mut doc, &ana, &assessment, &answer, at).unwrap();
        (doc, ana)
    }

    #[test]
    fn one_snapshot_until_it_is_stored_then_each_late_change_once() {
        let document = DocumentId::from_bytes([7; 16]);
        let metrics = Arc::new(Metrics::default());
        let mut archivist = Archivist::new(Vec::new(), Arc::clone(&metrics));
        let (mut doc, ana) = closed();
        assert!(
            archivist.after_change(document, &doc, 1).is_empty(),
            "not closed"
        );
        let mut late = doc.fork();
        community::close_community(&mut doc, &ana, "2026-11-29T10:00:00Z", true).unwrap();

        let writes = archivist.after_change(document, &doc, 2);
        let [MetaWrite::Archive(snapshot)] = writes.as_slice() else {
            panic!("one snapshot: {writes:?}");
        };
        assert_eq!(snapshot.heads, doc.get_heads());
        // The write failed, or has not been applied yet: no second snapshot of a later
        // state, the hub retries the first.
        assert!(archivist.after_change(document, &doc, 3).is_empty());
        archivist.apply(&writes[0]);

        // A replica that had not seen the closure adds a result; it merges.
        community::sign_as(&mut late, &MemberId::new("luis").unwrap());
        community::add_expected_result(&mut late, "Late", "").unwrap();
        doc.merge(&mut late).unwrap();
        let writes = archivist.after_change(document, &doc, 4);
        let [MetaWrite::LateChange(change)] = writes.as_slice() else {
            panic!("one late change: {writes:?}");
        };
        assert_eq!(change.author, "luis");
        assert!(
            archivist.after_change(document, &doc, 5).is_empty(),
            "kept once"
        );
        let text = metrics.render();
        assert!(text.contains("praxis_archived_total 1\n"), "{text}");
        assert!(text.contains("praxis_late_changes_total 1\n"), "{text}");
    }
}
