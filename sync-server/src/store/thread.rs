//! Runs a [`Store`] on a dedicated OS thread, so its blocking calls (SQLite, fsync)
//! never stall the tokio runtime that serves every connection.
//!
//! Why one dedicated thread rather than `spawn_blocking` per write: SQLite takes one
//! writer at a time anyway, so one thread owning the one connection needs no mutex,
//! keeps its prepared statements warm, and applies writes in the order the hub asked
//! for them; and compaction can run there when no write is waiting, without taking a
//! thread of tokio's blocking pool for an unbounded time.

use std::collections::BTreeSet;
use std::sync::Arc;

use sync_protocol::DocumentId;
use tokio::sync::{mpsc, oneshot};

use super::meta::unix_now;
use super::{Chunk, Loaded, Meta, MetaWrite, Store, StoreError};

/// Writes queued before the hub waits (it waits for each write anyway).
const QUEUE: usize = 16;

enum Request {
    Append {
        chunks: Arc<Vec<Chunk>>,
        reply: oneshot::Sender<Result<(), StoreError>>,
    },
    Meta {
        writes: Vec<MetaWrite>,
        reply: oneshot::Sender<Result<(), StoreError>>,
    },
}

/// A handle to the store's thread.
pub struct StoreThread {
    requests: mpsc::Sender<Request>,
    stopped: oneshot::Receiver<()>,
}

impl StoreThread {
    /// Starts the thread, which opens the store with `open` and loads every document
    /// and the relay's records; returns once they are loaded.
    pub async fn start<S: Store>(
        open: impl FnOnce() -> Result<S, StoreError> + Send + 'static,
    ) -> Result<(Self, Vec<Loaded>, Meta), StoreError> {
        let (requests, receiver) = mpsc::channel(QUEUE);
        let (loaded_sender, loaded) = oneshot::channel();
        let (stopped_sender, stopped) = oneshot::channel();
        std::thread::Builder::new()
            .name("praxis-store".into())
            .spawn(move || {
                let opened = open().and_then(|mut store| {
                    let loaded = store.load_all()?;
                    let meta = store.load_meta(unix_now())?;
                    Ok((store, loaded, meta))
                });
                let mut store = match opened {
                    Ok((store, loaded, meta)) => {
                        let _ = loaded_sender.send(Ok((loaded, meta)));
                        store
                    }
                    Err(error) => {
                        let _ = loaded_sender.send(Err(error));
                        return;
                    }
                };
                serve(&mut store, receiver);
                // Closing the database here checkpoints the write-ahead log.
                drop(store);
                let _ = stopped_sender.send(());
            })
            .map_err(|source| StoreError::Io {
                action: "start the store thread",
                path: std::path::PathBuf::new(),
                source,
            })?;
        let (loaded, meta) = loaded.await.map_err(|_| StoreError::Stopped)??;
        Ok((Self { requests, stopped }, loaded, meta))
    }

    /// Durably applies the writes (one transaction); returns once they are committed.
    pub async fn write_meta(&self, writes: Vec<MetaWrite>) -> Result<(), StoreError> {
        let (reply, answer) = oneshot::channel();
        self.requests
            .send(Request::Meta { writes, reply })
            .await
            .map_err(|_| StoreError::Stopped)?;
        answer.await.map_err(|_| StoreError::Stopped)?
    }

    /// Durably appends the chunks (one transaction); returns once they are committed.
    pub async fn append(&self, chunks: Arc<Vec<Chunk>>) -> Result<(), StoreError> {
        let (reply, answer) = oneshot::channel();
        self.requests
            .send(Request::Append { chunks, reply })
            .await
            .map_err(|_| StoreError::Stopped)?;
        answer.await.map_err(|_| StoreError::Stopped)?
    }

    /// Lets the thread finish what it was given and close the store.
    pub async fn close(self) {
        drop(self.requests);
        let _ = self.stopped.await;
    }
}

/// Answers requests until every handle is gone; compacts documents that were written
/// to whenever no request is waiting.
fn serve(store: &mut dyn Store, mut requests: mpsc::Receiver<Request>) {
    let mut to_compact: BTreeSet<DocumentId> = BTreeSet::new();
    loop {
        let request = match to_compact.pop_first() {
            Some(document) => match requests.try_recv() {
                Ok(request) => {
                    to_compact.insert(document);
                    request
                }
                Err(mpsc::error::TryRecvError::Empty) => {
                    if let Err(error) = store.compact_if_due(&document) {
                        tracing::error!(%document, %error, "cannot compact a document");
                    }
                    continue;
                }
                Err(mpsc::error::TryRecvError::Disconnected) => break,
            },
            None => match requests.blocking_recv() {
                Some(request) => request,
                None => break,
            },
        };
        match request {
            Request::Append { chunks, reply } => {
                let result = store.append(&chunks);
                if result.is_ok() {
                    to_compact.extend(chunks.iter().map(|chunk| chunk.document));
                }
                let _ = reply.send(result);
            }
            Request::Meta { writes, reply } => {
                let _ = reply.send(store.write_meta(&writes));
            }
        }
    }
}
