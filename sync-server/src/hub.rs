//! The sync hub: one task owns the relay's [`sync_protocol::Repo`] and the store's
//! handle, and every WebSocket connection talks to it through a channel. One owner
//! means no locks around the sync state, and one place that orders "committed to the
//! store" before "tell the peer we have it".

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use sync_protocol::message::WireMessage;
use sync_protocol::{ConnectionId, DocumentId, Effect, Millis, PeerId, ProtocolError, Repo, Role};
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

use crate::Config;
use crate::metrics::{Metrics, Refusal};
use crate::store::{Chunk, Loaded, StoreThread, check_automerge};

/// Commands queued to the hub before senders wait (backpressure on busy relays).
const COMMAND_QUEUE: usize = 1024;

/// What the hub asks a connection's task to do.
#[derive(Debug)]
pub enum Outgoing {
    /// Send these bytes as one binary WebSocket message.
    Message(Vec<u8>),
    /// Close the connection, telling the peer why.
    Close(Closing),
}

/// Why the hub closes a connection.
#[derive(Debug)]
pub enum Closing {
    /// The peer broke the protocol or sent data that does not load.
    Protocol(String),
    /// The peer went over one of the relay's limits.
    Limit(String),
    /// The relay cannot store changes right now, so it may not acknowledge any.
    StoreFailing,
}

impl Closing {
    /// What the peer is told.
    pub fn reason(&self) -> &str {
        match self {
            Closing::Protocol(reason) | Closing::Limit(reason) => reason,
            Closing::StoreFailing => "the relay cannot store changes right now; try again later",
        }
    }
}

enum Command {
    Open {
        outbox: mpsc::Sender<Outgoing>,
        reply: oneshot::Sender<ConnectionId>,
    },
    Receive {
        connection: ConnectionId,
        bytes: Vec<u8>,
    },
    Close {
        connection: ConnectionId,
    },
}

/// A handle to the hub; cheap to clone, one per connection task.
#[derive(Clone)]
pub struct Hub {
    commands: mpsc::Sender<Command>,
}

impl Hub {
    /// Starts the hub task with the documents the store loaded. The task ends once every
    /// `Hub` handle is dropped, after committing all it was given and closing the store.
    pub fn start(
        store: StoreThread,
        loaded: Vec<Loaded>,
        config: &Config,
        metrics: Arc<Metrics>,
    ) -> (Self, tokio::task::JoinHandle<()>) {
        let clock = Clock::new();
        let peer_id = PeerId::new(format!("praxis-relay-{}", std::process::id()));
        let protocol = sync_protocol::Config {
            debounce: Millis(config.sync_debounce_ms),
            max_message_bytes: config.max_message_bytes,
        };
        let mut repo = Repo::new(peer_id, Role::Relay, protocol);
        tracing::info!(documents = loaded.len(), "documents loaded");
        let mut held = HashSet::new();
        for document in loaded {
            held.insert(document.id);
            repo.insert_document(document.id, document.doc, clock.now());
        }
        metrics.set_documents(held.len());
        // Nobody is connected yet, and what was loaded is already stored.
        drop(repo.take_effects());
        let (commands, receiver) = mpsc::channel(COMMAND_QUEUE);
        let state = State {
            repo,
            store,
            connections: HashMap::new(),
            held,
            unstored: BTreeMap::new(),
            pending_close: Vec::new(),
            max_documents: config.max_documents_per_connection,
            clock,
            metrics,
        };
        (Self { commands }, tokio::spawn(state.run(receiver)))
    }

    /// Registers a new connection whose outgoing messages go to `outbox`. `None` when
    /// the hub has stopped.
    pub async fn open(&self, outbox: mpsc::Sender<Outgoing>) -> Option<ConnectionId> {
        let (reply, answer) = oneshot::channel();
        self.commands
            .send(Command::Open { outbox, reply })
            .await
            .ok()?;
        answer.await.ok()
    }

    /// Hands a received message to the protocol.
    pub async fn receive(&self, connection: ConnectionId, bytes: Vec<u8>) {
        // A send error means the hub stopped; the connection task ends on shutdown anyway.
        let _ = self
            .commands
            .send(Command::Receive { connection, bytes })
            .await;
    }

    /// Forgets a connection that closed.
    pub async fn close(&self, connection: ConnectionId) {
        let _ = self.commands.send(Command::Close { connection }).await;
    }
}

/// Milliseconds since the hub started: the protocol's notion of time.
struct Clock(Instant);

impl Clock {
    fn new() -> Self {
        Self(Instant::now())
    }

    fn now(&self) -> Millis {
        Millis(u64::try_from(self.0.elapsed().as_millis()).unwrap_or(u64::MAX))
    }

    fn instant_of(&self, at: Millis) -> Instant {
        self.0 + Duration::from_millis(at.0)
    }
}

/// One open connection, as the hub sees it.
struct Peer {
    outbox: mpsc::Sender<Outgoing>,
    /// Documents it has synced or asked for, for `--max-documents-per-connection`.
    documents: HashSet<DocumentId>,
}

struct State {
    repo: Repo,
    store: StoreThread,
    connections: HashMap<ConnectionId, Peer>,
    /// Documents the relay holds.
    held: HashSet<DocumentId>,
    /// Changes received since the last commit, per document, as the peers sent them
    /// (Automerge change chunks, concatenated). Kept until the store has them.
    unstored: BTreeMap<DocumentId, Vec<u8>>,
    /// Connections to close once the effects queued before the decision are sent.
    pending_close: Vec<(ConnectionId, Closing)>,
    max_documents: usize,
    clock: Clock,
    metrics: Arc<Metrics>,
}

impl State {
    async fn run(mut self, mut commands: mpsc::Receiver<Command>) {
        loop {
            let deadline = self
                .repo
                .next_deadline()
                .map(|at| self.clock.instant_of(at));
            let command = tokio::select! {
                command = commands.recv() => match command {
                    Some(command) => Some(command),
                    None => break,
                },
                () = sleep_until(deadline) => None,
            };
            if let Some(command) = command {
                self.handle(command);
            }
            self.repo.tick(self.clock.now());
            self.apply_effects().await;
        }
        // Everyone is gone: flush what the debounce still holds, so nothing is lost.
        self.repo.tick(Millis(u64::MAX));
        self.apply_effects().await;
        self.store.close().await;
    }

    fn handle(&mut self, command: Command) {
        let now = self.clock.now();
        match command {
            Command::Open { outbox, reply } => {
                let connection = self.repo.connect(now);
                self.connections.insert(
                    connection,
                    Peer {
                        outbox,
                        documents: HashSet::new(),
                    },
                );
                if reply.send(connection).is_err() {
                    self.drop_connection(connection);
                }
            }
            Command::Receive { connection, bytes } => {
                let Some(peer) = self.connections.get_mut(&connection) else {
                    return;
                };
                tracing::trace!(?connection, bytes = bytes.len(), "message received");
                let mut received = None;
                match inspect(&bytes) {
                    Inspection::Other => {}
                    Inspection::Document { document, changes } => {
                        if !peer.documents.contains(&document) {
                            if peer.documents.len() >= self.max_documents {
                                let reason = format!(
                                    "this connection asked for more than {} documents, the relay's limit per connection",
                                    self.max_documents
                                );
                                tracing::info!(
                                    ?connection,
                                    limit = self.max_documents,
                                    "closing a connection over its document limit"
                                );
                                self.metrics.refused(Refusal::Documents);
                                self.reject(connection, Closing::Limit(reason));
                                return;
                            }
                            peer.documents.insert(document);
                        }
                        received = Some((document, changes));
                    }
                    Inspection::Invalid(error) => {
                        tracing::info!(?connection, %error, "closing a connection that sent changes that do not load");
                        self.metrics.refused(Refusal::Protocol);
                        self.reject(connection, Closing::Protocol(error.to_string()));
                        return;
                    }
                }
                // Automerge sees a message's changes only after the handshake; from then
                // on they are kept even if it fails halfway, as it may have applied some.
                let reaches_automerge = self.repo.peer_of(connection).is_some();
                let result = self.repo.receive(connection, &bytes, now);
                if let Some((document, changes)) = received
                    && reaches_automerge
                    && !changes.is_empty()
                {
                    self.unstored
                        .entry(document)
                        .or_default()
                        .extend_from_slice(&changes);
                }
                if let Err(error) = result {
                    tracing::info!(?connection, %error, "closing a connection that broke the protocol");
                    self.metrics.refused(Refusal::Protocol);
                    // The protocol queued an `error` message first; it goes out before the close.
                    self.pending_close
                        .push((connection, Closing::Protocol(error.to_string())));
                }
            }
            Command::Close { connection } => self.drop_connection(connection),
        }
    }

    /// Tells the peer why in an `error` message, then closes its connection, without
    /// handing the message to the protocol.
    fn reject(&mut self, connection: ConnectionId, closing: Closing) {
        let message = closing.reason().to_owned();
        self.send(
            connection,
            Outgoing::Message(WireMessage::Error { message }.encode()),
        );
        self.pending_close.push((connection, closing));
    }

    /// Carries out what the protocol asked for. The changes received this round are
    /// committed to the store before any message of the round is sent: a peer that sees
    /// our heads include its change may drop its own copy of the work, so we must never
    /// claim what is not stored. If the store fails, nothing of the round goes out.
    ///
    /// What is stored is the change bytes exactly as peers sent them, not a save of the
    /// document: the relay makes no changes of its own, so every change it holds was
    /// loaded from the store or arrived in a message, and storing a round costs what the
    /// round's changes weigh (`save_after` would rebuild them from the whole document).
    async fn apply_effects(&mut self) {
        let effects = self.repo.take_effects();
        let mut sends = Vec::new();
        for effect in effects {
            match effect {
                Effect::Send { connection, bytes } => sends.push((connection, bytes)),
                Effect::DocumentChanged { document, .. } => {
                    self.held.insert(document);
                }
                Effect::DocumentUnavailable { document } => {
                    tracing::debug!(%document, "document unavailable");
                }
                Effect::PeerReady { connection, peer } => {
                    tracing::info!(?connection, %peer, "peer joined");
                }
            }
        }
        let (stored, wrote) = self.persist().await;
        if wrote || !sends.is_empty() {
            self.metrics.sync_round();
        }
        if stored {
            for (connection, bytes) in sends {
                self.send(connection, Outgoing::Message(bytes));
            }
        } else {
            // Their sync states believe these messages went out; a fresh connection
            // starts over, by when the store may be back.
            let connections: BTreeSet<ConnectionId> =
                sends.iter().map(|(connection, _)| *connection).collect();
            for connection in connections {
                self.pending_close.push((connection, Closing::StoreFailing));
            }
        }
        for (connection, closing) in std::mem::take(&mut self.pending_close) {
            self.send(connection, Outgoing::Close(closing));
            self.drop_connection(connection);
        }
    }

    /// Commits every change received since the last commit, in one transaction;
    /// returns whether everything is stored, and whether anything was written.
    async fn persist(&mut self) -> (bool, bool) {
        self.metrics.set_documents(self.held.len());
        if self.unstored.is_empty() {
            return (true, false);
        }
        let chunks: Arc<Vec<Chunk>> = Arc::new(
            std::mem::take(&mut self.unstored)
                .into_iter()
                .map(|(document, bytes)| Chunk { document, bytes })
                .collect(),
        );
        let started = std::time::Instant::now();
        match self.store.append(Arc::clone(&chunks)).await {
            Ok(()) => {
                self.metrics.stored(started.elapsed());
                (true, true)
            }
            Err(error) => {
                // Kept: the next round tries again, with whatever arrives meanwhile.
                tracing::error!(%error, "cannot store changes; this round's messages are withheld");
                self.metrics.write_failed();
                for chunk in chunks.iter() {
                    let later = self.unstored.remove(&chunk.document).unwrap_or_default();
                    let mut bytes = chunk.bytes.clone();
                    bytes.extend_from_slice(&later);
                    self.unstored.insert(chunk.document, bytes);
                }
                (false, false)
            }
        }
    }

    fn send(&mut self, connection: ConnectionId, message: Outgoing) {
        let Some(peer) = self.connections.get(&connection) else {
            return;
        };
        if let Err(mpsc::error::TrySendError::Full(_)) = peer.outbox.try_send(message) {
            // A peer that cannot keep up must not slow the others down: drop it; it
            // resumes where it left off when it reconnects.
            tracing::warn!(?connection, "dropping a connection whose outbox is full");
            self.metrics.refused(Refusal::SlowReader);
            self.drop_connection(connection);
        }
    }

    fn drop_connection(&mut self, connection: ConnectionId) {
        if self.connections.remove(&connection).is_some() {
            self.repo.disconnect(connection);
        }
    }
}

/// What the hub needs to know of a message before the protocol sees it.
enum Inspection {
    /// Not about a document, or undecodable (the protocol answers that).
    Other,
    /// A `sync`, `request` or `doc-unavailable` about this document, with the changes
    /// it carries (Automerge change chunks, concatenated; empty if none).
    Document {
        document: DocumentId,
        changes: Vec<u8>,
    },
    /// A sync message carrying changes that do not load.
    Invalid(ProtocolError),
}

/// Decodes a message to find the document it is about, and checks the changes it
/// carries strictly: Automerge itself silently keeps the readable prefix of a damaged
/// change, so damaged input would be dropped without the peer ever knowing.
fn inspect(bytes: &[u8]) -> Inspection {
    let Ok(message) = WireMessage::decode(bytes) else {
        return Inspection::Other;
    };
    match message {
        WireMessage::Sync {
            document_id, data, ..
        }
        | WireMessage::Request {
            document_id, data, ..
        } => {
            let Ok(sync) = automerge::sync::Message::decode(&data) else {
                // The protocol answers that with an error.
                return Inspection::Document {
                    document: document_id,
                    changes: Vec::new(),
                };
            };
            let mut changes = Vec::new();
            for (n, change) in sync.changes.iter().enumerate() {
                if let Err(error) = check_automerge(change) {
                    return Inspection::Invalid(ProtocolError::InvalidSyncData {
                        document: document_id,
                        reason: format!("change {n} does not load: {error}"),
                    });
                }
                changes.extend_from_slice(change);
            }
            Inspection::Document {
                document: document_id,
                changes,
            }
        }
        WireMessage::DocUnavailable { document_id, .. } => Inspection::Document {
            document: document_id,
            changes: Vec::new(),
        },
        _ => Inspection::Other,
    }
}

async fn sleep_until(deadline: Option<Instant>) {
    match deadline {
        Some(deadline) => tokio::time::sleep_until(deadline).await,
        None => std::future::pending().await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Store, StoreError};
    use automerge::transaction::Transactable as _;

    /// A store whose disk is full.
    struct Full;

    impl Store for Full {
        fn load_all(&mut self) -> Result<Vec<Loaded>, StoreError> {
            Ok(Vec::new())
        }

        fn append(&mut self, _: &[Chunk]) -> Result<(), StoreError> {
            Err(StoreError::Io {
                action: "write",
                path: "relay.sqlite3".into(),
                source: std::io::Error::other("no space left on device"),
            })
        }

        fn compact_if_due(&mut self, _: &DocumentId) -> Result<bool, StoreError> {
            Ok(false)
        }

        fn set_aside(&mut self, _: &DocumentId, _: &[u8], _: &str) -> Result<(), StoreError> {
            Ok(())
        }
    }

    #[tokio::test]
    async fn a_round_whose_changes_cannot_be_stored_sends_nothing_and_closes() {
        let (store, loaded) = StoreThread::start(|| Ok(Full)).await.unwrap();
        let metrics = Arc::new(Metrics::default());
        let config = Config::with_dirs("unused", "unused");
        let (hub, _task) = Hub::start(store, loaded, &config, Arc::clone(&metrics));
        let (outbox, mut outgoing) = mpsc::channel(16);
        let connection = hub.open(outbox).await.unwrap();

        let mut ana = Repo::new(
            PeerId::new("ana"),
            Role::Client,
            sync_protocol::Config::default(),
        );
        let mut doc = automerge::Automerge::new();
        let mut tx = doc.transaction();
        tx.put(automerge::ROOT, "title", "Dengue").unwrap();
        tx.commit();
        ana.insert_document(DocumentId::from_bytes([5; 16]), doc, Millis(0));
        let ana_connection = ana.connect(Millis(0));
        let closing = loop {
            for effect in ana.take_effects() {
                if let Effect::Send { bytes, .. } = effect {
                    hub.receive(connection, bytes).await;
                }
            }
            let sent = tokio::time::timeout(Duration::from_secs(10), outgoing.recv())
                .await
                .expect("the hub answers")
                .expect("the connection is open");
            match sent {
                Outgoing::Message(bytes) => {
                    if let Ok(WireMessage::Sync { data, .. }) = WireMessage::decode(&bytes) {
                        let heads = automerge::sync::Message::decode(&data).unwrap().heads;
                        assert!(heads.is_empty(), "the relay never claims Ana's change");
                    }
                    ana.receive(ana_connection, &bytes, Millis(1)).unwrap();
                }
                Outgoing::Close(closing) => break closing,
            }
        };
        assert!(matches!(closing, Closing::StoreFailing), "{closing:?}");
        assert!(
            metrics
                .render()
                .contains("praxis_store_write_failures_total 1\n")
        );
    }
}
