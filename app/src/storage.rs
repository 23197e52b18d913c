//! IndexedDB persistence (via rexie). Store `documents`: key = document id (bs58check),
//! value = a snapshot (`Automerge::save()` bytes). Store `changes`: key =
//! `<document id>/<page>/<n>`, value = the changes one save added (`save_after` the heads
//! already stored), so a save costs what changed, not the whole document, and two tabs
//! never overwrite each other's work. Once a page has written enough change rows for a
//! document, it folds them — and any other tab's — with the snapshot into a new snapshot,
//! in one transaction. Saves are coalesced so a burst of keystrokes or remote changes
//! becomes one write; until that write commits, local changes are also in the synchronous
//! [`journal`](crate::journal), so a page closed at once loses nothing.

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
/// 2 added `changes`; version 1 databases keep their snapshots.
const DB_VERSION: u32 = 2;
const SNAPSHOTS: &str = "documents";
const CHANGES: &str = "changes";
/// Change rows one page writes for a document before folding them into its snapshot: a
/// fold costs a whole `save()`, a row only its changes.
const FOLD_AFTER: usize = 32;
/// A fold waits until no local change came for this long: at 5,000 posts it is one
/// main-thread task of 66–95 ms (the whole `save()`), which a keystroke would wait behind
/// (docs/PERFORMANCE.md, "no task over 50 ms while typing").
const FOLD_QUIET_MS: u32 = 2_000;
/// ...unless the rows grow this many while the person keeps typing: every row is one
/// more `load_incremental` on the next page load.
const FOLD_ANYWAY_AFTER: usize = 4 * FOLD_AFTER;
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
    /// Change rows stored for each document since its snapshot (as far as this page knows).
    static ROWS: RefCell<BTreeMap<DocumentId, usize>> = const { RefCell::new(BTreeMap::new()) };
    /// Rows that did not load: reported once, never folded away.
    static UNREADABLE: RefCell<BTreeSet<String>> = const { RefCell::new(BTreeSet::new()) };
    /// Numbers this page's change rows.
    static NEXT_ROW: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    /// When this page last made a local change (`Date.now()`), for [`FOLD_QUIET_MS`].
    static LAST_LOCAL: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
    /// Documents whose rows wait for a quiet moment to be folded, and its timer.
    static FOLD_DUE: RefCell<BTreeSet<DocumentId>> = const { RefCell::new(BTreeSet::new()) };
    static FOLD_TIMER: RefCell<Option<Timeout>> = const { RefCell::new(None) };
}

/// Open the database and load every stored document into the repo. Documents that fail to
/// load are skipped with a visible notice; the others still load.
pub async fn open_and_load(app: AppState) {
    match open().await {
        Ok(db) => {
            let db = Rc::new(db);
            DB.with(|slot| *slot.borrow_mut() = Some(db.clone()));
            crate::browser::mark("praxis:database");
            match read_all(&db).await {
                Ok(records) => {
                    crate::browser::mark("praxis:stored");
                    let mut unsaved = unsaved_changes(app);
                    let loaded: Vec<DocumentId> = records
                        .into_iter()
                        .filter_map(|stored| load_record(app, stored, &mut unsaved))
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
        .add_object_store(ObjectStore::new(SNAPSHOTS))
        .add_object_store(ObjectStore::new(CHANGES))
        .build()
        .await
        .map_err(|e| e.to_string())
}

/// Every snapshot, each with the change rows of its document (rows of documents without a
/// snapshot come with an empty one).
async fn read_all(db: &Rexie) -> Result<Vec<Stored>, String> {
    let tx = db
        .transaction(&[SNAPSHOTS, CHANGES], TransactionMode::ReadOnly)
        .map_err(|e| e.to_string())?;
    let scan = |name| {
        let store = tx.store(name).map_err(|e| e.to_string());
        async move {
            store?
                .scan(None, None, None, None)
                .await
                .map_err(|e| e.to_string())
        }
    };
    let snapshots = scan(SNAPSHOTS).await?;
    let rows = scan(CHANGES).await?;
    let mut stored: BTreeMap<String, Stored> = BTreeMap::new();
    for (key, value) in snapshots {
        let key = key.as_string().unwrap_or_default();
        stored
            .entry(key.clone())
            .or_insert_with(|| Stored::new(key))
            .snapshot = Some(value);
    }
    for (key, value) in rows {
        let key = key.as_string().unwrap_or_default();
        let document = key.split('/').next().unwrap_or_default().to_owned();
        stored
            .entry(document.clone())
            .or_insert_with(|| Stored::new(document))
            .rows
            .push((key, value));
    }
    Ok(stored.into_values().collect())
}

/// One document as IndexedDB holds it.
struct Stored {
    key: String,
    snapshot: Option<JsValue>,
    rows: Vec<(String, JsValue)>,
}

impl Stored {
    fn new(key: String) -> Self {
        Self {
            key,
            snapshot: None,
            rows: Vec::new(),
        }
    }
}

/// Load one stored document (snapshot, then its change rows), with the journaled changes
/// it lacks merged in.
fn load_record(
    app: AppState,
    stored: Stored,
    unsaved: &mut BTreeMap<DocumentId, Vec<u8>>,
) -> Option<DocumentId> {
    let key = stored.key.clone();
    match decode(&key, stored.snapshot) {
        Ok((id, mut doc)) => {
            for (row, value) in &stored.rows {
                let loaded = bytes_of(value.clone())
                    .and_then(|bytes| doc.load_incremental(&bytes).map_err(|e| e.to_string()));
                if let Err(err) = loaded {
                    app.notify(Key::ErrorCorruptDocument, Some(format!("{row}: {err}")));
                    UNREADABLE.with(|u| u.borrow_mut().insert(row.clone()));
                }
            }
            if doc.get_heads().is_empty() {
                return None; // nothing readable
            }
            ROWS.with(|r| r.borrow_mut().insert(id, stored.rows.len()));
            let stored_heads = doc.get_heads();
            SAVED.with(|s| s.borrow_mut().insert(id, stored_heads.clone()));
            if let Some(bytes) = unsaved.remove(&id)
                && let Err(err) = doc.load_incremental(&bytes)
            {
                app.notify(Key::ErrorCorruptJournal, Some(format!("{id}: {err}")));
                journal::set_aside_all(&id);
            }
            let recovered = doc.get_heads() != stored_heads;
            app.insert(id, doc);
            if recovered {
                schedule_save(app, id);
                None // still to be written
            } else {
                journal::clear_all(&id);
                Some(id)
            }
        }
        Err(err) => {
            app.notify(Key::ErrorCorruptDocument, Some(format!("{key}: {err}")));
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
            // Entries of several pages (tabs) for one document are all merged.
            (Ok(id), Ok(bytes)) => found.entry(id).or_insert_with(Vec::new).extend(bytes),
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
            journal::set_aside_all(&id);
        }
    }
}

fn decode(key: &str, snapshot: Option<JsValue>) -> Result<(DocumentId, Automerge), String> {
    let id: DocumentId = key.parse().map_err(|e| format!("{e}"))?;
    let doc = match snapshot {
        Some(value) => Automerge::load(&bytes_of(value)?).map_err(|e| e.to_string())?,
        None => Automerge::new(),
    };
    Ok((id, doc))
}

fn bytes_of(value: JsValue) -> Result<Vec<u8>, String> {
    if !value.is_instance_of::<Uint8Array>() {
        return Err("not a byte array".into());
    }
    Ok(Uint8Array::from(value).to_vec())
}

/// Journal a local change at once (see [`journal`]), then schedule its save.
pub fn local_change(app: AppState, id: DocumentId) {
    LAST_LOCAL.with(|t| t.set(js_sys::Date::now()));
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
    if let Err(err) = write(app, &db, records).await {
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
        (Some(db), Some(record)) => write(app, &db, vec![record]).await,
        _ => {
            schedule_save(app, id);
            Ok(())
        }
    }
}

/// What one save writes for a document, and the heads IndexedDB holds once it commits.
struct Record {
    id: DocumentId,
    write: Write,
    heads: Vec<ChangeHash>,
}

enum Write {
    /// The changes since the heads stored: one new row.
    Row(Vec<u8>),
    /// A new snapshot: this copy, with whatever IndexedDB holds of the document merged in
    /// (another tab's rows or snapshot), replacing the snapshot and the rows it folds.
    Fold(Box<Automerge>),
}

fn record(app: AppState, id: DocumentId) -> Option<Record> {
    let saved = SAVED.with(|s| s.borrow().get(&id).cloned());
    let rows = ROWS.with(|r| r.borrow().get(&id).copied().unwrap_or(0));
    let quiet =
        js_sys::Date::now() - LAST_LOCAL.with(std::cell::Cell::get) >= f64::from(FOLD_QUIET_MS);
    let fold_due = rows >= FOLD_ANYWAY_AFTER || (rows >= FOLD_AFTER && quiet);
    app.read_repo(|repo| {
        let doc = repo.document(&id)?;
        let write = match saved {
            Some(saved) if !fold_due => {
                let changes = doc.save_after(&saved);
                if changes.is_empty() {
                    return None; // nothing new (already stored)
                }
                Write::Row(changes)
            }
            // First save of this document by this page, or time to fold (a quiet moment,
            // or too many rows).
            _ => Write::Fold(Box::new(doc.clone())),
        };
        Some(Record {
            id,
            write,
            heads: doc.get_heads(),
        })
    })
    .flatten()
}

/// Write the records in one transaction; once it commits, the journal keeps only what
/// changed since.
async fn write(app: AppState, db: &Rexie, records: Vec<Record>) -> Result<(), String> {
    let tx = db
        .transaction(&[SNAPSHOTS, CHANGES], TransactionMode::ReadWrite)
        .map_err(|e| e.to_string())?;
    let snapshots = tx.store(SNAPSHOTS).map_err(|e| e.to_string())?;
    let changes = tx.store(CHANGES).map_err(|e| e.to_string())?;
    let mut done = Vec::new();
    for Record { id, write, heads } in records {
        let key = id.to_string();
        let folded = match write {
            Write::Row(bytes) => {
                let n = NEXT_ROW.with(|c| c.replace(c.get() + 1));
                let row = JsValue::from_str(&format!("{key}/{}/{n}", crate::ids::page_id()));
                changes
                    .put(&Uint8Array::from(bytes.as_slice()).into(), Some(&row))
                    .await
                    .map_err(|e| e.to_string())?;
                false
            }
            Write::Fold(mut doc) => {
                // What another tab stored is merged in, so no tab's work is overwritten.
                if let Some(value) = snapshots
                    .get(JsValue::from_str(&key))
                    .await
                    .map_err(|e| e.to_string())?
                    && let Ok(bytes) = bytes_of(value)
                {
                    let _ = doc.load_incremental(&bytes);
                }
                let range = rexie::KeyRange::bound(
                    &JsValue::from_str(&format!("{key}/")),
                    &JsValue::from_str(&format!("{key}/\u{ffff}")),
                    Some(false),
                    Some(false),
                )
                .map_err(|e| e.to_string())?;
                let rows = changes
                    .scan(Some(range), None, None, None)
                    .await
                    .map_err(|e| e.to_string())?;
                let mut folded_rows = Vec::new();
                for (row, value) in rows {
                    let name = row.as_string().unwrap_or_default();
                    if UNREADABLE.with(|u| u.borrow().contains(&name)) {
                        continue; // kept as it is, for inspection
                    }
                    if let Ok(bytes) = bytes_of(value)
                        && doc.load_incremental(&bytes).is_ok()
                    {
                        folded_rows.push(row);
                    }
                }
                snapshots
                    .put(
                        &Uint8Array::from(doc.save().as_slice()).into(),
                        Some(&JsValue::from_str(&key)),
                    )
                    .await
                    .map_err(|e| e.to_string())?;
                for row in folded_rows {
                    changes.delete(row).await.map_err(|e| e.to_string())?;
                }
                true
            }
        };
        done.push((id, heads, folded));
    }
    match tx.done().await.map_err(|e| e.to_string())? {
        TransactionResult::Committed => {
            for (id, heads, folded) in done {
                SAVED.with(|s| s.borrow_mut().insert(id, heads));
                let rows = ROWS.with(|r| {
                    let mut rows = r.borrow_mut();
                    let count = rows.entry(id).or_insert(0);
                    *count = if folded { 0 } else { *count + 1 };
                    *count
                });
                journal_unsaved(app, id);
                if rows >= FOLD_AFTER {
                    fold_when_quiet(app, id);
                }
            }
            Ok(())
        }
        TransactionResult::Aborted => Err("the write transaction was aborted".into()),
    }
}

/// Fold `id`'s rows once no local change has come for [`FOLD_QUIET_MS`]: each change
/// pushes the fold back (a save after it writes a row and calls this again).
fn fold_when_quiet(app: AppState, id: DocumentId) {
    FOLD_DUE.with(|due| due.borrow_mut().insert(id));
    let timer = Timeout::new(FOLD_QUIET_MS, move || {
        FOLD_TIMER.with(|t| t.borrow_mut().take());
        let due = FOLD_DUE.with(|due| std::mem::take(&mut *due.borrow_mut()));
        DIRTY.with(|d| d.borrow_mut().extend(due));
        flush_soon(app);
    });
    // Replacing the timer drops (cancels) the one waiting.
    FOLD_TIMER.with(|t| *t.borrow_mut() = Some(timer));
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
