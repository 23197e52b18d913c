//! IndexedDB persistence (via rexie): store `documents`, key = document id (bs58check),
//! value = `Automerge::save()` bytes as a Uint8Array. Saves are coalesced so a burst of
//! keystrokes or remote changes becomes one write; until that write commits, local changes
//! are also in the synchronous [`journal`](crate::journal), so a page closed at once
//! loses nothing.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use automerge::{Automerge, ChangeHash};
use gloo_timers::callback::Timeout;
use js_sys::Uint8Array;
use rexie::{ObjectStore, Rexie, TransactionMode, TransactionResult};
use sync_protocol::DocumentId;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::Key;
use crate::journal;
use crate::state::AppState;

const DB_NAME: &str = "praxis";
const DB_VERSION: u32 = 1;
const STORE: &str = "documents";
/// Long enough to merge a typing burst into one write, short enough that little is at risk.
const SAVE_DELAY_MS: u32 = 400;
/// Unsaved changes larger than this are not journaled (they wait for IndexedDB alone):
/// localStorage holds about 5 M code units per site, shared by every document.
const JOURNAL_MAX_BYTES: usize = 512 * 1024;

thread_local! {
    static DB: RefCell<Option<Rc<Rexie>>> = const { RefCell::new(None) };
    static DIRTY: RefCell<BTreeSet<DocumentId>> = const { RefCell::new(BTreeSet::new()) };
    static TIMER: RefCell<Option<Timeout>> = const { RefCell::new(None) };
    /// The heads of what IndexedDB holds for each document: the journal keeps what follows.
    static SAVED: RefCell<BTreeMap<DocumentId, Vec<ChangeHash>>> = const { RefCell::new(BTreeMap::new()) };
}

/// Open the database and load every stored document into the repo. Documents that fail to
/// load are skipped with a visible notice; the others still load.
pub async fn open_and_load(app: AppState) {
    match open().await {
        Ok(db) => {
            let db = Rc::new(db);
            DB.with(|slot| *slot.borrow_mut() = Some(db.clone()));
            match read_all(&db).await {
                Ok(records) => {
                    let mut unsaved = unsaved_changes(app);
                    let loaded: Vec<DocumentId> = records
                        .into_iter()
                        .filter_map(|r| load_record(app, r, &mut unsaved))
                        .collect();
                    // Stored as they are: nothing to write for them.
                    DIRTY.with(|d| {
                        loaded.iter().for_each(|id| {
                            d.borrow_mut().remove(id);
                        })
                    });
                    // Journaled changes of documents IndexedDB never got, or that differ
                    // from what it holds: load them and save them now.
                    for (id, bytes) in unsaved {
                        recover_unstored(app, id, &bytes);
                    }
                }
                Err(err) => app.notify(Key::ErrorStorageRead, Some(err)),
            }
        }
        Err(err) => app.notify(Key::ErrorStorageUnavailable, Some(err)),
    }
    // Writes made while loading (a community created in the first instant) wait for this.
    flush_soon(app);
}

async fn open() -> Result<Rexie, String> {
    Rexie::builder(DB_NAME)
        .version(DB_VERSION)
        .add_object_store(ObjectStore::new(STORE))
        .build()
        .await
        .map_err(|e| e.to_string())
}

async fn read_all(db: &Rexie) -> Result<Vec<(JsValue, JsValue)>, String> {
    let tx = db
        .transaction(&[STORE], TransactionMode::ReadOnly)
        .map_err(|e| e.to_string())?;
    let store = tx.store(STORE).map_err(|e| e.to_string())?;
    store
        .scan(None, None, None, None)
        .await
        .map_err(|e| e.to_string())
}

/// Load one stored document, with the journaled changes it lacks merged in.
fn load_record(
    app: AppState,
    (key, value): (JsValue, JsValue),
    unsaved: &mut BTreeMap<DocumentId, Vec<u8>>,
) -> Option<DocumentId> {
    let key_text = key.as_string().unwrap_or_default();
    match decode(&key_text, value) {
        Ok((id, mut doc)) => {
            let stored = doc.get_heads();
            SAVED.with(|s| s.borrow_mut().insert(id, stored.clone()));
            let journaled = unsaved.remove(&id);
            if let Some(bytes) = &journaled
                && let Err(err) = doc.load_incremental(bytes)
            {
                app.notify(Key::ErrorCorruptJournal, Some(format!("{id}: {err}")));
                journal::set_aside(&journal::key_of(&id));
            }
            let recovered = doc.get_heads() != stored;
            app.insert(id, doc);
            if recovered {
                schedule_save(app, id);
                None // still to be written
            } else {
                journal::clear(&id);
                Some(id)
            }
        }
        Err(err) => {
            app.notify(
                Key::ErrorCorruptDocument,
                Some(format!("{key_text}: {err}")),
            );
            None
        }
    }
}

/// The journal left by earlier pages, by document; unusable entries are set aside and
/// reported.
fn unsaved_changes(app: AppState) -> BTreeMap<DocumentId, Vec<u8>> {
    let mut found = BTreeMap::new();
    for entry in journal::entries() {
        match (entry.document, entry.bytes) {
            (Ok(id), Ok(bytes)) => {
                found.insert(id, bytes);
            }
            (Err(err), _) | (_, Err(err)) => {
                app.notify(
                    Key::ErrorCorruptJournal,
                    Some(format!("{}: {err}", entry.key)),
                );
                journal::set_aside(&entry.key);
            }
        }
    }
    found
}

/// A journaled document IndexedDB has no record of (its first save never committed).
fn recover_unstored(app: AppState, id: DocumentId, bytes: &[u8]) {
    match Automerge::load(bytes) {
        Ok(doc) => {
            app.insert(id, doc);
            schedule_save(app, id);
        }
        Err(err) => {
            app.notify(Key::ErrorCorruptJournal, Some(format!("{id}: {err}")));
            journal::set_aside(&journal::key_of(&id));
        }
    }
}

fn decode(key: &str, value: JsValue) -> Result<(DocumentId, Automerge), String> {
    let id: DocumentId = key.parse().map_err(|e| format!("{e}"))?;
    if !value.is_instance_of::<Uint8Array>() {
        return Err("not a byte array".into());
    }
    let bytes = Uint8Array::from(value).to_vec();
    let doc = Automerge::load(&bytes).map_err(|e| e.to_string())?;
    Ok((id, doc))
}

/// Journal a local change at once (see [`journal`]), then schedule its save.
pub fn local_change(app: AppState, id: DocumentId) {
    let change = app
        .read_repo(|repo| {
            repo.document(&id)
                .and_then(|doc| doc.get_last_local_change())
                .map(|change| change.raw_bytes().to_vec())
        })
        .flatten();
    if let Some(change) = change {
        // Full or unavailable storage leaves the coalesced IndexedDB save as the only
        // copy, as it was before the journal; that save reports its own failures.
        let _ = journal::append(&id, &change, JOURNAL_MAX_BYTES);
    }
    schedule_save(app, id);
}

/// After a save commits: the journal keeps every change of `id` after what IndexedDB
/// now holds (usually none, or the few typed while the save was under way).
fn journal_unsaved(app: AppState, id: DocumentId) {
    let saved = SAVED.with(|s| s.borrow().get(&id).cloned().unwrap_or_default());
    let Some(unsaved) = app
        .read_repo(|repo| repo.document(&id).map(|doc| doc.save_after(&saved)))
        .flatten()
    else {
        return;
    };
    if unsaved.is_empty() {
        journal::clear(&id);
    } else if unsaved.len() <= JOURNAL_MAX_BYTES {
        let _ = journal::record(&id, &unsaved);
    }
}

/// Mark a document for saving and make sure a save is scheduled.
pub fn schedule_save(app: AppState, id: DocumentId) {
    DIRTY.with(|dirty| dirty.borrow_mut().insert(id));
    let scheduled = TIMER.with(|t| t.borrow().is_some());
    if !scheduled {
        let timer = Timeout::new(SAVE_DELAY_MS, move || {
            TIMER.with(|t| t.borrow_mut().take());
            flush_soon(app);
        });
        TIMER.with(|t| *t.borrow_mut() = Some(timer));
    }
}

/// Write every pending document now (e.g. when the page is being hidden).
pub fn flush_soon(app: AppState) {
    wasm_bindgen_futures::spawn_local(flush(app));
}

async fn flush(app: AppState) {
    let Some(db) = DB.with(|slot| slot.borrow().clone()) else {
        return; // not open (yet, or unavailable: already reported); DIRTY keeps the ids
    };
    let ids: Vec<DocumentId> = DIRTY
        .with(|d| std::mem::take(&mut *d.borrow_mut()))
        .into_iter()
        .collect();
    if ids.is_empty() {
        return;
    }
    let records: Vec<Record> = ids.iter().filter_map(|id| record(app, *id)).collect();
    if let Err(err) = write(app, &db, &records).await {
        // Keep them dirty so the next change retries, and tell the person now.
        DIRTY.with(|d| d.borrow_mut().extend(ids));
        app.notify(Key::ErrorStorageWrite, Some(err));
    }
}

/// Write one document now and wait for it (a new community must survive an immediate
/// reload). If the database is not open yet, it is saved as soon as it is.
pub async fn save_now(app: AppState, id: DocumentId) -> Result<(), String> {
    let db = DB.with(|slot| slot.borrow().clone());
    match (db, record(app, id)) {
        (Some(db), Some(record)) => write(app, &db, &[record]).await,
        _ => {
            schedule_save(app, id);
            Ok(())
        }
    }
}

/// What one save writes: the document's bytes and the heads they hold.
struct Record {
    id: DocumentId,
    bytes: Vec<u8>,
    heads: Vec<ChangeHash>,
}

fn record(app: AppState, id: DocumentId) -> Option<Record> {
    app.read_repo(|repo| {
        repo.document(&id).map(|doc| Record {
            id,
            bytes: doc.save(),
            heads: doc.get_heads(),
        })
    })
    .flatten()
}

/// Write the records in one transaction; once it commits, the journal keeps only what
/// changed since.
async fn write(app: AppState, db: &Rexie, records: &[Record]) -> Result<(), String> {
    let tx = db
        .transaction(&[STORE], TransactionMode::ReadWrite)
        .map_err(|e| e.to_string())?;
    let store = tx.store(STORE).map_err(|e| e.to_string())?;
    for Record { id, bytes, .. } in records {
        let value: JsValue = Uint8Array::from(bytes.as_slice()).into();
        let key = JsValue::from_str(&id.to_string());
        store
            .put(&value, Some(&key))
            .await
            .map_err(|e| e.to_string())?;
    }
    match tx.done().await.map_err(|e| e.to_string())? {
        TransactionResult::Committed => {
            for Record { id, heads, .. } in records {
                SAVED.with(|s| s.borrow_mut().insert(*id, heads.clone()));
                journal_unsaved(app, *id);
            }
            Ok(())
        }
        TransactionResult::Aborted => Err("the write transaction was aborted".into()),
    }
}

/// Save pending changes as soon as the page is hidden: on phones that is often the last
/// moment before the browser discards the tab.
pub fn save_when_hidden(app: AppState) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let doc = document.clone();
    let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        if doc.hidden() {
            flush_soon(app);
        }
    });
    let _ = document
        .add_event_listener_with_callback("visibilitychange", listener.as_ref().unchecked_ref());
    listener.forget(); // lives as long as the page
}
