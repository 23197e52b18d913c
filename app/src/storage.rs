//! IndexedDB persistence (via rexie): store `documents`, key = document id (bs58check),
//! value = `Automerge::save()` bytes as a Uint8Array. Saves are coalesced so a burst of
//! keystrokes or remote changes becomes one write.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use js_sys::Uint8Array;
use rexie::{ObjectStore, Rexie, TransactionMode, TransactionResult};
use sync_protocol::DocumentId;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::Key;
use crate::state::AppState;

const DB_NAME: &str = "praxis";
const DB_VERSION: u32 = 1;
const STORE: &str = "documents";
/// Long enough to merge a typing burst into one write, short enough that little is at risk.
const SAVE_DELAY_MS: u32 = 400;

thread_local! {
    static DB: RefCell<Option<Rc<Rexie>>> = const { RefCell::new(None) };
    static DIRTY: RefCell<BTreeSet<DocumentId>> = const { RefCell::new(BTreeSet::new()) };
    static TIMER: RefCell<Option<Timeout>> = const { RefCell::new(None) };
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
                    let loaded: Vec<DocumentId> = records
                        .into_iter()
                        .filter_map(|r| load_record(app, r))
                        .collect();
                    // Inserting reports them as changed; they are already stored as they are.
                    DIRTY.with(|d| {
                        loaded.iter().for_each(|id| {
                            d.borrow_mut().remove(id);
                        })
                    });
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

fn load_record(app: AppState, (key, value): (JsValue, JsValue)) -> Option<DocumentId> {
    let key_text = key.as_string().unwrap_or_default();
    match decode(&key_text, value) {
        Ok((id, doc)) => {
            app.insert(id, doc);
            Some(id)
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

fn decode(key: &str, value: JsValue) -> Result<(DocumentId, automerge::Automerge), String> {
    let id: DocumentId = key.parse().map_err(|e| format!("{e}"))?;
    if !value.is_instance_of::<Uint8Array>() {
        return Err("not a byte array".into());
    }
    let bytes = Uint8Array::from(value).to_vec();
    let doc = automerge::Automerge::load(&bytes).map_err(|e| e.to_string())?;
    Ok((id, doc))
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
    let records: Vec<(DocumentId, Vec<u8>)> = ids
        .iter()
        .filter_map(|id| {
            let bytes = app.read_repo(|repo| repo.document(id).map(|doc| doc.save()))??;
            Some((*id, bytes))
        })
        .collect();
    if let Err(err) = write(&db, &records).await {
        // Keep them dirty so the next change retries, and tell the person now.
        DIRTY.with(|d| d.borrow_mut().extend(ids));
        app.notify(Key::ErrorStorageWrite, Some(err));
    }
}

/// Write one document now and wait for it (a new community must survive an immediate
/// reload). If the database is not open yet, it is saved as soon as it is.
pub async fn save_now(app: AppState, id: DocumentId) -> Result<(), String> {
    let db = DB.with(|slot| slot.borrow().clone());
    let bytes = app
        .read_repo(|repo| repo.document(&id).map(|doc| doc.save()))
        .flatten();
    match (db, bytes) {
        (Some(db), Some(bytes)) => write(&db, &[(id, bytes)]).await,
        _ => {
            schedule_save(app, id);
            Ok(())
        }
    }
}

async fn write(db: &Rexie, records: &[(DocumentId, Vec<u8>)]) -> Result<(), String> {
    let tx = db
        .transaction(&[STORE], TransactionMode::ReadWrite)
        .map_err(|e| e.to_string())?;
    let store = tx.store(STORE).map_err(|e| e.to_string())?;
    for (id, bytes) in records {
        let value: JsValue = Uint8Array::from(bytes.as_slice()).into();
        let key = JsValue::from_str(&id.to_string());
        store
            .put(&value, Some(&key))
            .await
            .map_err(|e| e.to_string())?;
    }
    match tx.done().await.map_err(|e| e.to_string())? {
        TransactionResult::Committed => Ok(()),
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
