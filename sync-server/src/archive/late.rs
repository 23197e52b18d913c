//! Changes that reach an archived community after its snapshot: kept aside, never part
//! of the record.

use std::collections::{HashMap, HashSet};

use automerge::{Automerge, ChangeHash, ReadDoc as _};
use community::Subject;
use sync_protocol::DocumentId;

use crate::store::meta::UnixSeconds;

/// One change that arrived after its community was archived.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LateChange {
    pub document: DocumentId,
    pub hash: ChangeHash,
    /// The member who wrote it (automerge's author), or `?` and its actor's prefix for a
    /// device that signs as no one (see `community::attribution`).
    pub author: String,
    /// The change exactly as Automerge encodes it.
    pub bytes: Vec<u8>,
    pub arrived_at: UnixSeconds,
}

/// The changes of `doc` that are not in the snapshot (`heads` and their ancestors) and
/// not already `known`.
pub fn find(
    document: DocumentId,
    doc: &Automerge,
    heads: &[ChangeHash],
    known: &HashSet<ChangeHash>,
    now: UnixSeconds,
) -> Vec<LateChange> {
    // Metadata first: automerge 0.12 rebuilds a whole change from its op set, so only
    // the new ones are fetched.
    let new: Vec<ChangeHash> = doc
        .get_changes_meta(heads)
        .into_iter()
        .map(|meta| meta.hash)
        .filter(|hash| !known.contains(hash))
        .collect();
    new.into_iter()
        .filter_map(|hash| {
            let change = doc.get_change_by_hash(&hash)?;
            Some(LateChange {
                document,
                hash,
                author: community::attribution::contributor_of(doc, &change).key(),
                bytes: change.raw_bytes().to_vec(),
                arrived_at: now,
            })
        })
        .collect()
}

/// What each kept-aside change touched, by its hash, in the method's words: the changes
/// (`late`, any order) applied to the snapshot and reviewed from its heads.
pub fn touched(
    snapshot: &[u8],
    heads: &[ChangeHash],
    late: &[&[u8]],
) -> Result<HashMap<ChangeHash, Vec<String>>, automerge::AutomergeError> {
    let mut doc = Automerge::load(snapshot)?;
    for bytes in late {
        // Changes whose dependencies come later wait in the document's queue.
        doc.load_incremental(bytes)?;
    }
    let review = community::review(&doc, heads, None);
    let mut touched: HashMap<ChangeHash, Vec<String>> = HashMap::new();
    for contribution in &review.contributions {
        let what = describe(&contribution.subject);
        for hash in &contribution.changes {
            let list = touched.entry(*hash).or_default();
            if !list.contains(&what) {
                list.push(what.clone());
            }
        }
    }
    Ok(touched)
}

/// A subject of the review as a moderator reads it.
fn describe(subject: &Subject) -> String {
    match subject {
        Subject::Design(field) => format!("design: {field}"),
        Subject::ExpectedResult(id) => format!("expected result {id}"),
        Subject::Audience(id) => format!("audience {id}"),
        Subject::Member(id) => format!("member {id}"),
        Subject::Call(field) => format!("call: {field}"),
        Subject::Registration(id) => format!("registration {id}"),
        Subject::Phase => "phase".into(),
        Subject::Tool(id) => format!("tool {id}"),
        Subject::Meeting => "introductory meeting".into(),
        Subject::ActionItem(id) => format!("action {id}"),
        Subject::DiscussionPlan(id) => format!("plan of discussion {id}"),
        Subject::Post(discussion, post) => format!("post {post} in discussion {discussion}"),
        Subject::Restatement(discussion, _) => format!("question of discussion {discussion}"),
        Subject::Summary(discussion, id) => format!("summary {id} in discussion {discussion}"),
        Subject::ParticipantNote(discussion, member) => {
            format!("note on {member} in discussion {discussion}")
        }
        Subject::Closing(discussion) => format!("closing of discussion {discussion}"),
        Subject::Proposal(id) => format!("proposal {id}"),
        Subject::Decision(id) => format!("decision {id}"),
        Subject::Assessment(id) => format!("assessment {id}"),
        Subject::AssessmentQuestion(assessment, question) => {
            format!("question {question} of assessment {assessment}")
        }
        // That they answered, never what (the review keeps answers private too).
        Subject::AssessmentResponse(assessment, member) => {
            format!("answers of {member} to assessment {assessment}")
        }
        Subject::KnowledgeEntry(id) => format!("knowledge base entry {id}"),
        Subject::Closure => "the closure".into(),
        Subject::Other(path) => path.clone(),
    }
}
