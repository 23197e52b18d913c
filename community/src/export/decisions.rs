//! Reading `moderation.decisions`, the record `resolve_conflict` keeps of which value a
//! member chose when a merge left several, for the JSON and Markdown exports.

use automerge::{Automerge, ObjType, ReadDoc as _, Value};

use crate::store;

/// Where `resolve_conflict` records decisions.
const DECISIONS: store::Path = &["moderation", "decisions"];

/// One decision on a conflict.
pub(crate) struct Decision {
    /// Where in the document, keys joined by `/`.
    pub path: String,
    pub chosen: String,
    /// The values not chosen.
    pub over: Vec<String>,
    /// The member id of who chose.
    pub by: String,
    pub at: String,
}

/// Every decision, in the order they were made.
pub(crate) fn read_decisions(doc: &Automerge) -> Vec<Decision> {
    let mut decisions: Vec<(i64, String, Decision)> = store::entries(doc, DECISIONS)
        .into_iter()
        .map(|(id, entry)| {
            let over = match doc.get(&entry, "over") {
                Ok(Some((Value::Object(ObjType::Map), set))) => doc.keys(&set).collect(),
                _ => Vec::new(),
            };
            let decision = Decision {
                path: store::string(doc, &entry, "path").unwrap_or_default(),
                chosen: store::text(doc, &entry, "chosen"),
                over,
                by: store::string(doc, &entry, "by").unwrap_or_default(),
                at: store::string(doc, &entry, "at").unwrap_or_default(),
            };
            let position = store::int(doc, &entry, "position").unwrap_or(0);
            (position, id, decision)
        })
        .collect();
    store::sort_by_position(&mut decisions);
    decisions
        .into_iter()
        .map(|(_, _, decision)| decision)
        .collect()
}
