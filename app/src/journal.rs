//! The unsaved-changes journal: a synchronous copy, in `localStorage`, of each document's
//! local changes that are not yet in IndexedDB.
//!
//! Why: IndexedDB writes are asynchronous and a page that goes away (reload, navigation,
//! closed tab) aborts the ones not yet committed, so an edit made just before lost the
//! race with the coalesced save (measured: every immediate reload lost the edit).
//! `localStorage.setItem` has finished when it returns, so the edit is journaled before
//! the input event that made it is over. IndexedDB stays the store; an entry lives only
//! until the save that covers it commits, and is merged back in on the next load.
//!
//! Bytes are kept one byte per UTF-16 code unit (U+0000–U+00FF): storage quotas count code
//! units, so this holds twice what base64 would, with no dependency.

use sync_protocol::DocumentId;

const PREFIX: &str = "praxis.unsaved.";
const SET_ASIDE_PREFIX: &str = "praxis.unreadable.";

/// An unsaved-changes entry found at startup (each tab keeps its own entries:
/// `praxis.unsaved.<document id>.<page id>`, so one tab's save never drops another's).
pub struct Entry {
    pub key: String,
    pub document: Result<DocumentId, String>,
    pub bytes: Result<Vec<u8>, String>,
}

/// The storage key of this page's entry for a document.
fn key_of(id: &DocumentId) -> String {
    format!("{PREFIX}{id}.{}", crate::ids::page_id())
}

/// Every entry's key for a document, whichever page wrote it.
fn keys_of(id: &DocumentId) -> Vec<String> {
    let Some(storage) = crate::browser::local_storage() else {
        return Vec::new();
    };
    let prefix = format!("{PREFIX}{id}.");
    (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(&prefix))
        .collect()
}

/// Replace the entry of `id` with `bytes` (every unsaved change of that document).
/// Fails when storage is unavailable or full; the IndexedDB save still follows.
pub fn record(id: &DocumentId, bytes: &[u8]) -> Result<(), String> {
    let storage = crate::browser::local_storage().ok_or("localStorage is unavailable")?;
    storage
        .set_item(&key_of(id), &encode(bytes))
        .map_err(|e| format!("{e:?}"))
}

/// Add `bytes` (one more change) at the end of the entry of `id`, unless the entry would
/// grow past `max_bytes`. Appending keeps a keystroke's cost to that keystroke's change.
pub fn append(id: &DocumentId, bytes: &[u8], max_bytes: usize) -> Result<(), String> {
    let storage = crate::browser::local_storage().ok_or("localStorage is unavailable")?;
    let key = key_of(id);
    let mut entry = storage
        .get_item(&key)
        .map_err(|e| format!("{e:?}"))?
        .unwrap_or_default();
    // One code unit per byte: the entry's length in UTF-16 is its length in bytes.
    if entry.encode_utf16().count() + bytes.len() > max_bytes {
        return Err("the unsaved changes outgrew the journal".into());
    }
    entry.push_str(&encode(bytes));
    storage.set_item(&key, &entry).map_err(|e| format!("{e:?}"))
}

/// Drop this page's entry of `id` (its changes are all in IndexedDB now).
pub fn clear(id: &DocumentId) {
    if let Some(storage) = crate::browser::local_storage() {
        let _ = storage.remove_item(&key_of(id));
    }
}

/// Drop every page's entry of `id` (found at load to be in IndexedDB already).
pub fn clear_all(id: &DocumentId) {
    if let Some(storage) = crate::browser::local_storage() {
        for key in keys_of(id) {
            let _ = storage.remove_item(&key);
        }
    }
}

/// Set aside every page's entry of `id` (one of them did not load).
pub fn set_aside_all(id: &DocumentId) {
    for key in keys_of(id) {
        set_aside(&key);
    }
}

/// Every entry left by an earlier page.
pub fn entries() -> Vec<Entry> {
    let Some(storage) = crate::browser::local_storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(PREFIX))
        .collect();
    keys.into_iter()
        .map(|key| {
            let document = key[PREFIX.len()..]
                .split('.')
                .next()
                .unwrap_or_default()
                .parse()
                .map_err(|e| format!("{e}"));
            let bytes = match storage.get_item(&key) {
                Ok(Some(text)) => decode(&text),
                _ => Err("the entry could not be read".into()),
            };
            Entry {
                key,
                document,
                bytes,
            }
        })
        .collect()
}

/// Move an entry that cannot be used out of the way, keeping its content for inspection.
pub fn set_aside(key: &str) {
    let Some(storage) = crate::browser::local_storage() else {
        return;
    };
    if let Ok(Some(text)) = storage.get_item(key) {
        let aside = format!("{SET_ASIDE_PREFIX}{}", &key[PREFIX.len().min(key.len())..]);
        let _ = storage.set_item(&aside, &text);
    }
    let _ = storage.remove_item(key);
}

fn encode(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

fn decode(text: &str) -> Result<Vec<u8>, String> {
    text.chars()
        .map(|c| u8::try_from(u32::from(c)).map_err(|_| format!("not a byte: U+{:04X}", c as u32)))
        .collect()
}
