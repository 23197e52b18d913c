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

/// The conflict at one field, e.g. `["design", "expected_results", id, "status"]`, if
/// concurrent writes left different values there; lets the UI ask about the field it
/// shows. Concurrent containers on the way are all looked into, as reads union them.
pub fn conflicts_at<R: ReadDoc>(doc: &R, path: &[&str]) -> Option<Conflict> {
    let (key, parent) = path.split_last()?;
    crate::store::containers(doc, parent)
        .iter()
        .find_map(|container| {
            let all = doc.get_all(container, *key).unwrap_or_default();
            conflict_of(doc, &all, path.iter().map(|k| (*k).to_owned()).collect())
        })
}

/// One pass over each map (`map_range` flags keys with concurrent values), so only the
/// keys in conflict pay for `get_all`: measured on a community with 1,000 posts, this took
/// the walk from about 50 ms to a few ms natively (it runs after every change).
fn walk<R: ReadDoc>(doc: &R, object: &ObjId, path: &mut Vec<String>, found: &mut Vec<Conflict>) {
    for item in doc.map_range(object, ..) {
        path.push(item.key.clone().into_owned());
        if item.conflict {
            let all = doc.get_all(object, item.key.as_ref()).unwrap_or_default();
            found.extend(conflict_of(doc, &all, path.clone()));
            // Every concurrent map is read (containers are unioned), so look inside each.
            for (value, id) in &all {
                if matches!(value, Value::Object(ObjType::Map)) {
                    walk(doc, id, path, found);
                }
            }
        } else if matches!(item.value, automerge::ValueRef::Object(ObjType::Map)) {
            walk(doc, &item.id(), path, found);
        }
        path.pop();
    }
}

/// A conflict if the concurrent values `all` at `path` disagree.
fn conflict_of<R: ReadDoc>(
    doc: &R,
    all: &[(Value<'_>, ObjId)],
    path: Vec<String>,
) -> Option<Conflict> {
    if all.len() < 2 {
        return None;
    }
    let mut values: Vec<String> = all.iter().map(|(v, id)| render(doc, v, id)).collect();
    // The same value written by two members is agreement, not a conflict.
    let mut distinct = values.clone();
    distinct.sort();
    distinct.dedup();
    (distinct.len() > 1).then(|| {
        values.dedup();
        Conflict { path, values }
    })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ResultStatus, add_expected_result, create, set_result_status};

    #[test]
    fn one_field_is_asked_about_by_its_path() {
        let mut base = create("CoP to define indicators", "p").unwrap();
        let id = add_expected_result(&mut base, "Indicators", "").unwrap();
        let mut ana = base.fork();
        let mut luis = base.fork();
        set_result_status(&mut ana, &id, ResultStatus::Achieved).unwrap();
        set_result_status(&mut luis, &id, ResultStatus::NotAchieved).unwrap();
        ana.merge(&mut luis).unwrap();
        let path = ["design", "expected_results", id.as_str(), "status"];
        let conflict = conflicts_at(&ana, &path).unwrap();
        assert_eq!(conflicts(&ana), vec![conflict.clone()]);
        assert_eq!(conflict.path, path);
        assert_eq!(conflicts_at(&ana, &["design", "title"]), None);
        assert_eq!(conflicts_at(&ana, &["nowhere", "at", "all"]), None);
        assert_eq!(conflicts_at(&ana, &[]), None);
    }
}
