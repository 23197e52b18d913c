//! The home page's list of communities, kept in localStorage so that the home page shows
//! it before the documents are read: reading them needs the automerge engine, a lazy
//! wasm module of about 385 KB (brotli) that a first visit should not wait for
//! (docs/ARCHITECTURE.md, "Split further"). Only titles and ids, rewritten whenever they
//! change once the documents are read; the documents stay the truth, and the list is
//! replaced by theirs as soon as they are read.

use js_sys::{Array, JSON};
use leptos::prelude::*;
use sync_protocol::DocumentId;
use wasm_bindgen::{JsCast, JsValue};

use crate::browser::local_storage;
use crate::identity;
use crate::state::AppState;

const LIST_KEY: &str = "praxis.home-list";

/// Each community's id (as in its `/c/` link) and title.
pub type Listed = Vec<(String, String)>;

/// What the home page can list before the documents are read: the list kept at the last
/// visit; an empty one on a device whose key was made in this visit, which has nothing
/// stored yet; `None` otherwise (a device that kept no list), and the page waits.
pub fn before_reading() -> Option<Listed> {
    kept().or_else(|| identity::made_this_visit().then(Vec::new))
}

/// Keep the list in step with the documents, once they are read.
pub fn keep_in_step(app: AppState) {
    let listed = Memo::new(move |_| app.loaded.get().then(|| from_documents(app)));
    Effect::new(move |_| {
        if let Some(list) = listed.get() {
            write(&list);
        }
    });
}

/// The communities stored on this device, from their documents.
pub fn from_documents(app: AppState) -> Listed {
    app.communities.with(|map| {
        map.iter()
            .map(|(id, view)| (id.to_string(), view.title.clone()))
            .collect()
    })
}

fn kept() -> Option<Listed> {
    let text = local_storage()?.get_item(LIST_KEY).ok().flatten()?;
    let rows = JSON::parse(&text).ok()?.dyn_into::<Array>().ok()?;
    let pair = |row: JsValue| {
        let row = row.dyn_into::<Array>().ok()?;
        let id = row.get(0).as_string()?;
        // A malformed id is never listed: its link would open nothing.
        DocumentId::from_url(&id).ok()?;
        Some((id, row.get(1).as_string()?))
    };
    rows.iter().map(pair).collect()
}

fn write(list: &Listed) {
    let rows: Array = list
        .iter()
        .map(|(id, title)| Array::of2(&id.into(), &title.into()))
        .collect();
    if let (Some(storage), Ok(text)) = (local_storage(), JSON::stringify(&rows)) {
        // Not fatal: without it the next visit's home page waits for the documents.
        let _ = storage.set_item(LIST_KEY, &String::from(text));
    }
}
