//! Targeted reads and writes on the Automerge document, shared by every module.
//!
//! Why not autosurgeon for writes: reconciling a hydrated struct into a document that has
//! merged other members' changes fails with "stale heads" (autosurgeon#43). Every write
//! here touches only the keys it means to change, inside the caller's transaction.
//!
//! Collections are maps keyed by a stable id, so concurrent additions never collide.
//! A container map that a document lacks (one made before the field existed) is created
//! on first write; if two members create it concurrently Automerge keeps both as a
//! conflict, so readers here take the *union* of all concurrent containers and no
//! member's entries disappear.

use automerge::transaction::{Transactable, Transaction};
use automerge::{Automerge, AutomergeError, ObjId, ObjType, ReadDoc, ScalarValue, Value};

use crate::CommunityError;

/// Keys of a path from the document root to a container map.
pub(crate) type Path = &'static [&'static str];

/// Every map object found at `path`, following all concurrent values at each step;
/// the winning value comes first, so the union is stable on every replica.
pub(crate) fn containers<R: ReadDoc>(doc: &R, path: &[&str]) -> Vec<ObjId> {
    let mut found = vec![automerge::ROOT];
    for key in path {
        found = found
            .iter()
            .flat_map(|parent| doc.get_all(parent, *key).unwrap_or_default())
            .filter_map(|(value, id)| matches!(value, Value::Object(ObjType::Map)).then_some(id))
            .collect();
    }
    found
}

/// The entries (key and map object) of the collection at `path`, unioned over concurrent
/// containers; a key present in several keeps the first (winning) container's object.
pub(crate) fn entries<R: ReadDoc>(doc: &R, path: &[&str]) -> Vec<(String, ObjId)> {
    union_of(doc, path, |value, id| {
        matches!(value, Value::Object(ObjType::Map)).then_some(id)
    })
}

/// The scalar entries (key and value) of a map at `path`, unioned like [`entries`]. A
/// text object reads as the string it holds (see [`string`]).
pub(crate) fn scalar_entries<R: ReadDoc>(doc: &R, path: &[&str]) -> Vec<(String, ScalarValue)> {
    union_of(doc, path, |value, id| scalar_of(doc, value, id))
}

/// The scalar entry `key` of the map at `path`, as [`scalar_entries`] would give it,
/// without reading the others: a role check before each post looked up every member
/// of the roster (a quarter of the cost of posting to a 5,000-post community).
pub(crate) fn scalar_entry<R: ReadDoc>(doc: &R, path: &[&str], key: &str) -> Option<ScalarValue> {
    containers(doc, path).into_iter().find_map(|container| {
        let (value, id) = doc.get(&container, key).ok().flatten()?;
        scalar_of(doc, value, id)
    })
}

fn scalar_of<R: ReadDoc>(doc: &R, value: Value<'_>, id: ObjId) -> Option<ScalarValue> {
    match value {
        Value::Scalar(value) => Some(value.into_owned()),
        Value::Object(ObjType::Text) => {
            doc.text(&id).ok().map(|text| ScalarValue::Str(text.into()))
        }
        Value::Object(_) => None,
    }
}

/// The keys of every concurrent container at `path` with the values `pick` accepts; the
/// first container that has a key decides its value.
fn union_of<R: ReadDoc, T>(
    doc: &R,
    path: &[&str],
    pick: impl Fn(Value<'_>, ObjId) -> Option<T>,
) -> Vec<(String, T)> {
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for container in containers(doc, path) {
        for key in doc.keys(&container) {
            if seen.contains(&key) {
                continue;
            }
            if let Some(picked) = doc
                .get(&container, &key)
                .ok()
                .flatten()
                .and_then(|(value, id)| pick(value, id))
            {
                seen.insert(key.clone());
                out.push((key, picked));
            }
        }
    }
    out
}

/// The entry `id` of the collection at `path`, in whichever concurrent container has it.
pub(crate) fn find_entry<R: ReadDoc>(doc: &R, path: &[&str], id: &str) -> Option<ObjId> {
    containers(doc, path)
        .into_iter()
        .find_map(|container| match doc.get(&container, id) {
            Ok(Some((Value::Object(ObjType::Map), entry))) => Some(entry),
            _ => None,
        })
}

/// Deletes `key` from every concurrent container at `path`; false if none had it.
pub(crate) fn delete_everywhere(
    tx: &mut Transaction<'_>,
    path: &[&str],
    key: &str,
) -> Result<bool, AutomergeError> {
    let mut deleted = false;
    for container in containers(tx, path) {
        if tx.get(&container, key)?.is_some() {
            tx.delete(&container, key)?;
            deleted = true;
        }
    }
    Ok(deleted)
}

/// Adds the map entry `id` at the end of the collection at `path` and returns it for
/// the caller to fill.
pub(crate) fn insert_entry(
    tx: &mut Transaction<'_>,
    path: Path,
    kind: &'static str,
    id: &str,
) -> Result<ObjId, CommunityError> {
    let position = next_position(tx, path);
    let collection = ensure_map(tx, path)?;
    let entry = tx
        .put_object(&collection, id, ObjType::Map)
        .map_err(edit(kind))?;
    put_scalar(tx, &entry, "position", position)?;
    Ok(entry)
}

/// The entry `id` of the collection at `path`, or a "not found" naming its `kind`.
pub(crate) fn existing_entry<R: ReadDoc>(
    doc: &R,
    path: &[&str],
    kind: &'static str,
    id: &str,
) -> Result<ObjId, CommunityError> {
    find_entry(doc, path, id).ok_or_else(|| not_found(kind, id))
}

/// Runs `change` on the entry `id` of the collection at `path` in one transaction, or
/// refuses with a "not found" naming its `kind`.
pub(crate) fn edit_entry(
    doc: &mut Automerge,
    path: Path,
    kind: &'static str,
    id: &str,
    change: impl FnOnce(&mut Transaction<'_>, &ObjId) -> Result<(), CommunityError>,
) -> Result<(), CommunityError> {
    write(doc, |tx| {
        let entry = existing_entry(tx, path, kind, id)?;
        change(tx, &entry)
    })
}

/// Removes the entry `id` from every concurrent container at `path`.
pub(crate) fn remove_entry(
    tx: &mut Transaction<'_>,
    path: &[&str],
    kind: &'static str,
    id: &str,
) -> Result<(), CommunityError> {
    if delete_everywhere(tx, path, id).map_err(edit(kind))? {
        Ok(())
    } else {
        Err(not_found(kind, id))
    }
}

/// An entry of this `kind` with this id is not in the document.
pub(crate) fn not_found(kind: &'static str, id: &str) -> CommunityError {
    CommunityError::NotFound {
        kind,
        id: id.to_owned(),
    }
}

/// The winning container map at `path`, creating missing maps on the way.
pub(crate) fn ensure_map(tx: &mut Transaction<'_>, path: Path) -> Result<ObjId, CommunityError> {
    let mut object = automerge::ROOT;
    for key in path {
        object = match tx.get(&object, *key).map_err(edit(key))? {
            Some((Value::Object(ObjType::Map), id)) => id,
            None => tx
                .put_object(&object, *key, ObjType::Map)
                .map_err(edit(key))?,
            Some(_) => return Err(CommunityError::Missing { field: key }),
        };
    }
    Ok(object)
}

/// The map `key` inside `parent`, created if missing (inside an entry its creator
/// made every child map at once, so no concurrent duplicate arises there).
pub(crate) fn child_map(
    tx: &mut Transaction<'_>,
    parent: &ObjId,
    key: &'static str,
) -> Result<ObjId, CommunityError> {
    match tx.get(parent, key).map_err(edit(key))? {
        Some((Value::Object(ObjType::Map), id)) => Ok(id),
        None => tx.put_object(parent, key, ObjType::Map).map_err(edit(key)),
        Some(_) => Err(CommunityError::Missing { field: key }),
    }
}

/// Makes `set` the keys of the map `key` inside `parent` (each `true`), deleting only
/// the keys no longer wanted, so a concurrent addition by another member survives.
pub(crate) fn put_key_set(
    tx: &mut Transaction<'_>,
    parent: &ObjId,
    key: &'static str,
    set: &[&str],
) -> Result<(), CommunityError> {
    let map = child_map(tx, parent, key)?;
    for old in tx.keys(&map).collect::<Vec<_>>() {
        if !set.contains(&old.as_str()) {
            tx.delete(&map, old.as_str()).map_err(edit(key))?;
        }
    }
    for new in set {
        put_keyed(tx, &map, new, key, true)?;
    }
    Ok(())
}

/// The text of a Text field, or "" when the field is absent (an older document).
pub(crate) fn text<R: ReadDoc>(doc: &R, object: &ObjId, key: &str) -> String {
    match doc.get(object, key) {
        Ok(Some((Value::Object(ObjType::Text), id))) => doc.text(&id).unwrap_or_default(),
        Ok(Some((Value::Scalar(value), _))) => value.as_str().unwrap_or_default().to_owned(),
        _ => String::new(),
    }
}

/// A string scalar, if present.
///
/// A text object reads as the string it holds: we write choices and ids as scalar
/// strings, but a stock JavaScript client (Automerge 3) writes every plain string as
/// text unless told otherwise, and a member a JS tool wrote onto the roster, or a call
/// it set, must not read as missing.
pub(crate) fn string<R: ReadDoc>(doc: &R, object: &ObjId, key: &str) -> Option<String> {
    match doc.get(object, key) {
        Ok(Some((Value::Scalar(value), _))) => value.as_str().map(str::to_owned),
        Ok(Some((Value::Object(ObjType::Text), id))) => doc.text(&id).ok(),
        _ => None,
    }
}

/// An integer scalar, if present (read as signed, as we write it).
pub(crate) fn int<R: ReadDoc>(doc: &R, object: &ObjId, key: &str) -> Option<i64> {
    match doc.get(object, key) {
        Ok(Some((Value::Scalar(value), _))) => value.as_i64(),
        _ => None,
    }
}

/// A boolean scalar, if present.
pub(crate) fn boolean<R: ReadDoc>(doc: &R, object: &ObjId, key: &str) -> Option<bool> {
    match doc.get(object, key) {
        Ok(Some((Value::Scalar(value), _))) => match value.as_ref() {
            ScalarValue::Boolean(b) => Some(*b),
            _ => None,
        },
        _ => None,
    }
}

/// Writes `value` into the Text field `key`, character-wise when the field exists so
/// a concurrent edit by another member merges instead of being overwritten.
pub(crate) fn put_text(
    tx: &mut Transaction<'_>,
    object: &ObjId,
    key: &'static str,
    value: &str,
) -> Result<(), CommunityError> {
    put_text_keyed(tx, object, key, key, value)
}

/// [`put_text`] under a key chosen at run time (a question id); `what` names the value
/// in an error.
pub(crate) fn put_text_keyed(
    tx: &mut Transaction<'_>,
    object: &ObjId,
    key: &str,
    what: &'static str,
    value: &str,
) -> Result<(), CommunityError> {
    let id = match tx.get(object, key).map_err(edit(what))? {
        Some((Value::Object(ObjType::Text), id)) => id,
        _ => tx
            .put_object(object, key, ObjType::Text)
            .map_err(edit(what))?,
    };
    if tx.text(&id).is_ok_and(|current| current == value) {
        return Ok(());
    }
    tx.update_text(&id, value).map_err(edit(what))
}

/// Writes `value` into `key` as one string scalar: one operation, where a text object
/// costs one per character. Post bodies are written this way: with text objects, a
/// community of 5,000 posts held 850,000 character operations, and loading it took
/// about 20 times as long as with strings (measured: `docs/ARCHITECTURE.md`, "Post
/// bodies"). Two members editing one post offline leave a conflict to choose from
/// (`crate::conflicts`) instead of a character merge. A field that is a text object
/// already (a post written before, or by a JavaScript client) stays one and is edited
/// character-wise, so a concurrent edit there still merges.
pub(crate) fn put_string(
    tx: &mut Transaction<'_>,
    object: &ObjId,
    key: &'static str,
    value: &str,
) -> Result<(), CommunityError> {
    match tx.get(object, key).map_err(edit(key))? {
        Some((Value::Object(ObjType::Text), _)) => put_text(tx, object, key, value),
        _ => put_scalar(tx, object, key, value),
    }
}

/// Puts a scalar unless the single current value already equals it, so re-choosing the
/// same option writes nothing; with a conflict present the put resolves it.
pub(crate) fn put_scalar(
    tx: &mut Transaction<'_>,
    object: &ObjId,
    key: &'static str,
    value: impl Into<ScalarValue>,
) -> Result<(), CommunityError> {
    put_keyed(tx, object, key, key, value)
}

/// [`put_scalar`] under a key chosen at run time (a member id); `what` names the value
/// in an error.
pub(crate) fn put_keyed(
    tx: &mut Transaction<'_>,
    object: &ObjId,
    key: &str,
    what: &'static str,
    value: impl Into<ScalarValue>,
) -> Result<(), CommunityError> {
    let value = value.into();
    let current = tx.get_all(object, key).map_err(edit(what))?;
    if let [(Value::Scalar(existing), _)] = current.as_slice()
        && existing.as_ref() == &value
    {
        return Ok(());
    }
    tx.put(object, key, value).map_err(edit(what))
}

/// The next position for a new entry: one past the largest stored, so entries list in
/// the order they were added; concurrent additions tie and are ordered by id.
pub(crate) fn next_position<R: ReadDoc>(doc: &R, path: &[&str]) -> i64 {
    entries(doc, path)
        .iter()
        .filter_map(|(_, entry)| int(doc, entry, "position"))
        .max()
        .map_or(0, |max| max.saturating_add(1))
}

/// Sorts entries by their stored position, then id: the same order on every replica.
pub(crate) fn sort_by_position<T>(items: &mut [(i64, String, T)]) {
    items.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
}

/// A new id for an entry, unique without coordination: this replica's actor id (random
/// per replica) joined to the document's current heads (which change with every local
/// change, so the same replica never produces the same pair twice).
pub(crate) fn fresh_id(doc: &Automerge) -> String {
    let actor = doc.get_actor().to_hex_string();
    let head = doc
        .get_heads()
        .iter()
        .map(|hash| hash.to_string())
        .max()
        .unwrap_or_default();
    let actor = actor.get(..12).unwrap_or(&actor);
    let head = head.get(..12).unwrap_or(&head);
    format!("{actor}{head}")
}

/// Runs `change` as one transaction after checking the document is a community this build
/// may write; on error nothing is committed.
pub(crate) fn write<O>(
    doc: &mut Automerge,
    change: impl FnOnce(&mut Transaction<'_>) -> Result<O, CommunityError>,
) -> Result<O, CommunityError> {
    crate::document::check(doc)?;
    if crate::conclusion::is_closed(doc) {
        return Err(CommunityError::CommunityClosed);
    }
    doc.transact(change)
        .map(|success| success.result)
        .map_err(|failure| failure.error)
}

/// Wraps an Automerge error with the field being changed.
pub(crate) fn edit(field: &'static str) -> impl Fn(AutomergeError) -> CommunityError {
    move |source| CommunityError::Edit {
        field,
        source: Box::new(source),
    }
}
