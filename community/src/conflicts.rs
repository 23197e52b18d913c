//! Concurrent choices that disagree, made visible instead of silently resolved.
//!
//! When two members set the same value offline (an objective type, a result's status, a
//! role), Automerge keeps every value and picks a deterministic winner. Praxis reads the
//! winner but lists the disagreement here, so the community can settle it; writing the
//! value again resolves the conflict.

use automerge::{ObjId, ObjType, ReadDoc, Value};

/// One place in the document where concurrent writes left different values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// Map keys from the root, e.g. `["design", "objective_type"]`.
    pub path: Vec<String>,
    /// Every concurrent value, the winning one first, rendered as text (a text or map
    /// object as its text or `{…}`).
    pub values: Vec<String>,
}

/// Every conflict in the document, in a stable order (the same on every replica).
pub fn conflicts<R: ReadDoc>(doc: &R) -> Vec<Conflict> {
    let mut found = Vec::new();
    walk(doc, &automerge::ROOT, &mut Vec::new(), &mut found);
    found
}

fn walk<R: ReadDoc>(doc: &R, object: &ObjId, path: &mut Vec<String>, found: &mut Vec<Conflict>) {
    for key in doc.keys(object) {
        let all = doc.get_all(object, key.as_str()).unwrap_or_default();
        path.push(key);
        if all.len() > 1 {
            let mut values: Vec<String> = all.iter().map(|(v, id)| render(doc, v, id)).collect();
            // The same value written by two members is agreement, not a conflict.
            let mut distinct = values.clone();
            distinct.sort();
            distinct.dedup();
            if distinct.len() > 1 {
                values.dedup();
                found.push(Conflict {
                    path: path.clone(),
                    values,
                });
            }
        }
        // Every concurrent map is read (containers are unioned), so look inside each.
        for (value, id) in &all {
            if matches!(value, Value::Object(ObjType::Map)) {
                walk(doc, id, path, found);
            }
        }
        path.pop();
    }
}

fn render<R: ReadDoc>(doc: &R, value: &Value<'_>, id: &ObjId) -> String {
    match value {
        Value::Scalar(scalar) => match scalar.as_str() {
            Some(text) => text.to_owned(),
            None => scalar.to_string(),
        },
        Value::Object(ObjType::Text) => doc.text(id).unwrap_or_default(),
        Value::Object(_) => "{…}".to_owned(),
    }
}
