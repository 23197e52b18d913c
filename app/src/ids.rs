//! Random identifiers: new document ids and this browser's stable peer id.

use sync_protocol::{DocumentId, PeerId};

const PEER_ID_KEY: &str = "praxis.peer-id";

/// A fresh random document id (16 bytes from `crypto.getRandomValues`, as automerge-repo does).
pub fn new_document_id() -> Result<DocumentId, getrandom_wasm::Error> {
    let mut bytes = [0u8; 16];
    getrandom_wasm::fill(&mut bytes)?;
    Ok(DocumentId::from_bytes(bytes))
}

/// A random id for this page load (one tab, until it reloads), so that what tabs write
/// side by side (IndexedDB rows, journal entries) never shares a key.
pub fn page_id() -> &'static str {
    thread_local! {
        static PAGE: &'static str = Box::leak(
            new_document_id()
                .map(|id| id.to_string())
                .unwrap_or_else(|_| format!("{}", js_sys::Date::now() as u64))
                .into_boxed_str(),
        );
    }
    PAGE.with(|page| *page)
}

/// This browser's peer id, created once and kept in localStorage so the relay sees a stable peer.
/// Falls back to a per-session id when localStorage is unavailable (private mode, blocked storage).
pub fn peer_id() -> PeerId {
    let storage = crate::browser::local_storage();
    if let Some(existing) = storage
        .as_ref()
        .and_then(|s| s.get_item(PEER_ID_KEY).ok().flatten())
        .filter(|id| !id.is_empty())
    {
        return PeerId::new(existing);
    }
    let fresh = random_peer_id();
    if let Some(storage) = storage {
        // Not fatal: without it the next visit just uses another peer id.
        let _ = storage.set_item(PEER_ID_KEY, &fresh);
    }
    PeerId::new(fresh)
}

fn random_peer_id() -> String {
    let mut bytes = [0u8; 12];
    if getrandom_wasm::fill(&mut bytes).is_err() {
        // Still unique enough for a session: peer ids only label connections.
        let now = js_sys::Date::now() as u64;
        bytes[..8].copy_from_slice(&now.to_le_bytes());
    }
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("praxis-{hex}")
}
