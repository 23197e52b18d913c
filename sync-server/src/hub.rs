//! The sync hub: one task owns the relay's [`sync_protocol::Repo`] and the store, and
//! every WebSocket connection talks to it through a channel. One owner means no locks
//! around the sync state, and one place that orders "write to disk" before "tell the
//! peer we have it".

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use std::time::Duration;

use sync_protocol::{ConnectionId, DocumentId, Effect, Millis, PeerId, Repo, Role};
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

use crate::Config;
use crate::store::{Store, StoreError};

/// Commands queued to the hub before senders wait (backpressure on busy relays).
const COMMAND_QUEUE: usize = 1024;

/// What the hub asks a connection's task to do.
#[derive(Debug)]
pub enum Outgoing {
    /// Send these bytes as one binary WebSocket message.
    Message(Vec<u8>),
    /// Close the connection, telling the peer why.
    Close(String),
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
    /// Loads every stored document and starts the hub task. The task ends once every
    /// `Hub` handle is dropped, after writing all it was given.
    pub fn start(
        store: Store,
        config: &Config,
    ) -> Result<(Self, tokio::task::JoinHandle<()>), StoreError> {
        let clock = Clock::new();
        let peer_id = PeerId::new(format!("praxis-relay-{}", std::process::id()));
        let protocol = sync_protocol::Config {
            debounce: Millis(config.sync_debounce_ms),
            max_message_bytes: config.max_message_bytes,
        };
        let mut repo = Repo::new(peer_id, Role::Relay, protocol);
        let loaded = store.load_all()?;
        tracing::info!(documents = loaded.len(), "documents loaded");
        for document in loaded {
            repo.insert_document(document.id, document.doc, clock.now());
        }
        // Nobody is connected yet, and what was loaded is already stored.
        drop(repo.take_effects());
        let (commands, receiver) = mpsc::channel(COMMAND_QUEUE);
        let state = State {
            repo,
            store: Arc::new(store),
            outboxes: HashMap::new(),
            pending_close: Vec::new(),
            clock,
        };
        Ok((Self { commands }, tokio::spawn(state.run(receiver))))
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

struct State {
    repo: Repo,
    store: Arc<Store>,
    outboxes: HashMap<ConnectionId, mpsc::Sender<Outgoing>>,
    /// Connections to close once the effects queued before the decision are sent.
    pending_close: Vec<(ConnectionId, String)>,
    clock: Clock,
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
    }

    fn handle(&mut self, command: Command) {
        let now = self.clock.now();
        match command {
            Command::Open { outbox, reply } => {
                let connection = self.repo.connect(now);
                self.outboxes.insert(connection, outbox);
                if reply.send(connection).is_err() {
                    self.drop_connection(connection);
                }
            }
            Command::Receive { connection, bytes } => {
                if !self.outboxes.contains_key(&connection) {
                    return;
                }
                tracing::trace!(?connection, bytes = bytes.len(), "message received");
                if let Err(error) = self.repo.receive(connection, &bytes, now) {
                    tracing::info!(?connection, %error, "closing a connection that broke the protocol");
                    // The protocol queued an `error` message first; it goes out before the close.
                    self.pending_close.push((connection, error.to_string()));
                }
            }
            Command::Close { connection } => self.drop_connection(connection),
        }
    }

    /// Carries out what the protocol asked for. Documents are written to disk before any
    /// message of the same round is sent: a peer that sees our heads include its change
    /// may drop its own copy of the work, so we must never claim what is not stored.
    async fn apply_effects(&mut self) {
        let effects = self.repo.take_effects();
        let mut changed = BTreeSet::new();
        let mut sends = Vec::new();
        for effect in effects {
            match effect {
                Effect::Send { connection, bytes } => sends.push((connection, bytes)),
                Effect::DocumentChanged { document, .. } => {
                    changed.insert(document);
                }
                Effect::DocumentUnavailable { document } => {
                    tracing::debug!(%document, "document unavailable");
                }
                Effect::PeerReady { connection, peer } => {
                    tracing::info!(?connection, %peer, "peer joined");
                }
            }
        }
        for document in changed {
            self.persist(document).await;
        }
        for (connection, bytes) in sends {
            self.send(connection, Outgoing::Message(bytes));
        }
        for (connection, reason) in std::mem::take(&mut self.pending_close) {
            self.send(connection, Outgoing::Close(reason));
            self.drop_connection(connection);
        }
    }

    async fn persist(&self, document: DocumentId) {
        let Some(bytes) = self
            .repo
            .document(&document)
            .map(automerge::Automerge::save)
        else {
            return;
        };
        let store = Arc::clone(&self.store);
        let written = tokio::task::spawn_blocking(move || store.save(&document, &bytes)).await;
        match written {
            Ok(Ok(())) => tracing::debug!(%document, "document stored"),
            Ok(Err(error)) => tracing::error!(%document, %error, "cannot store a document"),
            Err(error) => tracing::error!(%document, %error, "the store task failed"),
        }
    }

    fn send(&mut self, connection: ConnectionId, message: Outgoing) {
        let Some(outbox) = self.outboxes.get(&connection) else {
            return;
        };
        if let Err(mpsc::error::TrySendError::Full(_)) = outbox.try_send(message) {
            // A peer that cannot keep up must not slow the others down: drop it; it
            // resumes where it left off when it reconnects.
            tracing::warn!(?connection, "dropping a connection whose outbox is full");
            self.drop_connection(connection);
        }
    }

    fn drop_connection(&mut self, connection: ConnectionId) {
        if self.outboxes.remove(&connection).is_some() {
            self.repo.disconnect(connection);
        }
    }
}

async fn sleep_until(deadline: Option<Instant>) {
    match deadline {
        Some(deadline) => tokio::time::sleep_until(deadline).await,
        None => std::future::pending().await,
    }
}
