//! The sync hub: one task owns the relay's [`sync_protocol::Repo`], the store's handle
//! and the access records, and every WebSocket connection and API call talks to it
//! through a channel. One owner means no locks around the sync state, one place that
//! orders "committed to the store" before "tell the peer we have it", one place that
//! decides who may sync what, and one place that sees a community close (and archives
//! it).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use sync_protocol::message::WireMessage;
use sync_protocol::{ConnectionId, DocumentId, Effect, Millis, PeerId, ProtocolError, Repo, Role};
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

use community::MemberId;

use crate::Config;
use crate::access::Records;
use crate::api::{self, Answer, ApiError};
use crate::archive::Archivist;
use crate::auth::credential::SecretHash;
use crate::metrics::{Metrics, Refusal};
use crate::store::meta::unix_now;
use crate::store::{Chunk, Loaded, Meta, MetaWrite, StoreThread, check_automerge};

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
    /// The member may no longer sync a document this connection was syncing.
    AccessEnded,
    /// The credential this connection signed in with was signed out.
    SignedOut,
}

impl Closing {
    /// What the peer is told.
    pub fn reason(&self) -> &str {
        match self {
            Closing::Protocol(reason) | Closing::Limit(reason) => reason,
            Closing::StoreFailing => "the relay cannot store changes right now; try again later",
            Closing::AccessEnded => "your access to this community ended",
            Closing::SignedOut => "authentication required: sign in again",
        }
    }

    /// Whether nothing more may be sent before the close: the peer has lost the right
    /// to what this round would send it.
    fn withholds(&self) -> bool {
        matches!(self, Closing::AccessEnded | Closing::SignedOut)
    }
}

/// What [`Hub::open`] answers.
#[derive(Debug)]
pub enum Opened {
    Connected(ConnectionId),
    /// The credential is unknown, expired or signed out.
    Unauthenticated,
}

enum Command {
    Open {
        outbox: mpsc::Sender<Outgoing>,
        credential: SecretHash,
        reply: oneshot::Sender<Opened>,
    },
    Api {
        request: api::Request,
        reply: oneshot::Sender<Result<Answer, ApiError>>,
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
        mut meta: Meta,
        config: &Config,
        metrics: Arc<Metrics>,
    ) -> (Self, tokio::task::JoinHandle<()>) {
        let clock = Clock::new();
        let peer_id = PeerId::new(format!("praxis-relay-{}", std::process::id()));
        let protocol = sync_protocol::Config {
            debounce: Millis(config.sync_debounce_ms),
            max_message_bytes: config.max_message_bytes,
            ..sync_protocol::Config::default()
        };
        let mut repo = Repo::new(peer_id.clone(), Role::Relay, protocol);
        tracing::info!(documents = loaded.len(), "documents loaded");
        let mut held = HashSet::new();
        let mut archivist =
            Archivist::new(std::mem::take(&mut meta.archives), Arc::clone(&metrics));
        let mut records = Records::new(meta);
        let mut unwritten = Vec::new();
        for document in loaded {
            held.insert(document.id);
            let access = community::roster_access(&document.doc);
            unwritten.extend(records.set_roster(document.id, access));
            // A community closed while this relay was down or before it archived (or a
            // crash between a round's changes and its archive): archived now.
            unwritten.extend(archivist.after_change(document.id, &document.doc, unix_now()));
            repo.insert_document(document.id, document.doc, clock.now());
        }
        metrics.set_documents(held.len());
        // Nobody is connected yet, and what was loaded is already stored.
        drop(repo.take_effects());
        let (commands, receiver) = mpsc::channel(COMMAND_QUEUE);
        let state = State {
            repo,
            peer_id,
            store,
            records,
            archivist,
            unwritten,
            connections: HashMap::new(),
            held,
            unstored: BTreeMap::new(),
            pending_close: Vec::new(),
            arrivals: HashMap::new(),
            max_documents: config.max_documents_per_connection,
            clock,
            metrics,
        };
        (Self { commands }, tokio::spawn(state.run(receiver)))
    }

    /// Registers a new connection of whoever `credential` signs in, whose outgoing
    /// messages go to `outbox`. `None` when the hub has stopped.
    pub async fn open(
        &self,
        outbox: mpsc::Sender<Outgoing>,
        credential: SecretHash,
    ) -> Option<Opened> {
        let (reply, answer) = oneshot::channel();
        self.commands
            .send(Command::Open {
                outbox,
                credential,
                reply,
            })
            .await
            .ok()?;
        answer.await.ok()
    }

    /// Carries out an API request.
    pub async fn call(&self, request: api::Request) -> Result<Answer, ApiError> {
        let (reply, answer) = oneshot::channel();
        self.commands
            .send(Command::Api { request, reply })
            .await
            .map_err(|_| ApiError::Stopped)?;
        answer.await.map_err(|_| ApiError::Stopped)?
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
    /// Who signed in on it, and with which credential.
    member: MemberId,
    credential: SecretHash,
    /// Documents it has synced or asked for, for `--max-documents-per-connection`.
    documents: HashSet<DocumentId>,
}

struct State {
    repo: Repo,
    /// The relay's own peer id, as its `Repo` sends it.
    peer_id: PeerId,
    store: StoreThread,
    records: Records,
    archivist: Archivist,
    /// Record changes decided since the last commit, committed before the round's
    /// messages go out.
    unwritten: Vec<MetaWrite>,
    connections: HashMap<ConnectionId, Peer>,
    /// Documents the relay holds.
    held: HashSet<DocumentId>,
    /// Changes received since the last commit, per document, as the peers sent them
    /// (Automerge change chunks, concatenated). Kept until the store has them.
    unstored: BTreeMap<DocumentId, Vec<u8>>,
    /// Connections to close once the effects queued before the decision are sent.
    pending_close: Vec<(ConnectionId, Closing)>,
    /// Documents with changes not yet passed on to the other members syncing them:
    /// when the first such change arrived, and from which connection (the start of
    /// `praxis_sync_latency_seconds`).
    arrivals: HashMap<DocumentId, (std::time::Instant, ConnectionId)>,
    max_documents: usize,
    clock: Clock,
    metrics: Arc<Metrics>,
}

impl State {
    async fn run(mut self, mut commands: mpsc::Receiver<Command>) {
        // What the start decided (archives of communities closed meanwhile) is committed
        // before anyone is served; a failure is retried with the first round.
        if !self.unwritten.is_empty() {
            self.write_records().await;
        }
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
                self.handle(command).await;
            }
            self.repo.tick(self.clock.now());
            self.apply_effects().await;
        }
        // Everyone is gone: flush what the debounce still holds, so nothing is lost.
        self.repo.tick(Millis(u64::MAX));
        self.apply_effects().await;
        self.store.close().await;
    }

    async fn handle(&mut self, command: Command) {
        let now = self.clock.now();
        match command {
            Command::Open {
                outbox,
                credential,
                reply,
            } => {
                let Some(member) = self.records.member_of(&credential, unix_now()).cloned() else {
                    let _ = reply.send(Opened::Unauthenticated);
                    return;
                };
                let connection = self.repo.connect(now);
                tracing::debug!(?connection, %member, "member connected");
                self.connections.insert(
                    connection,
                    Peer {
                        outbox,
                        member,
                        credential,
                        documents: HashSet::new(),
                    },
                );
                if reply.send(Opened::Connected(connection)).is_err() {
                    self.drop_connection(connection);
                }
            }
            Command::Api { request, reply } => {
                let answer = self.api(request).await;
                let _ = reply.send(answer);
            }
            Command::Receive { connection, bytes } => self.receive(connection, &bytes, now),
            Command::Close { connection } => self.drop_connection(connection),
        }
    }

    /// Plans an API request, commits its writes, then acts on them.
    async fn api(&mut self, request: api::Request) -> Result<Answer, ApiError> {
        let plan = api::plan(&self.records, request, unix_now())?;
        if !plan.writes.is_empty() {
            self.store
                .write_meta(plan.writes.clone())
                .await
                .map_err(|error| {
                    tracing::error!(%error, "cannot store a record change");
                    self.metrics.write_failed();
                    ApiError::Store(error)
                })?;
            for write in &plan.writes {
                self.applied(write);
            }
        }
        if let Some(credential) = plan.signed_out {
            let ending: Vec<ConnectionId> = self
                .connections
                .iter()
                .filter(|(_, peer)| peer.credential == credential)
                .map(|(connection, _)| *connection)
                .collect();
            for connection in ending {
                self.pending_close.push((connection, Closing::SignedOut));
            }
        }
        if let Some(document) = plan.recheck {
            self.recheck(document);
        }
        Ok(plan.answer)
    }

    fn receive(&mut self, connection: ConnectionId, bytes: &[u8], now: Millis) {
        let Some(peer) = self.connections.get_mut(&connection) else {
            return;
        };
        tracing::trace!(?connection, bytes = bytes.len(), "message received");
        // A credential is checked at every message, not only when the connection
        // opened: one that expires while a browser stays connected ends there.
        if self
            .records
            .member_of(&peer.credential, unix_now())
            .is_none()
        {
            tracing::info!(?connection, "closing a connection whose credential expired");
            self.metrics.refused(Refusal::Auth);
            self.pending_close.push((connection, Closing::SignedOut));
            return;
        }
        let member = peer.member.clone();
        let mut received = None;
        match inspect(bytes) {
            Inspection::Other => {}
            Inspection::Document {
                document,
                changes,
                kind,
            } => {
                // Before the handshake the protocol refuses any document message
                // without looking at the document, as for everyone.
                if let Some(target_id) = self.repo.peer_of(connection).cloned()
                    && !self.records.may_sync(&member, &document)
                {
                    tracing::debug!(?connection, %member, %document, "refusing a document the member may not sync");
                    self.metrics.refused(Refusal::Forbidden);
                    // Exactly what the protocol answers for a document the relay does
                    // not have; anything else would tell that this one exists.
                    if kind == Kind::Sync {
                        let unavailable = WireMessage::DocUnavailable {
                            sender_id: self.peer_id.clone(),
                            target_id,
                            document_id: document,
                        };
                        self.send(connection, Outgoing::Message(unavailable.encode()));
                    }
                    return;
                }
                if kind != Kind::Ephemeral {
                    let Some(peer) = self.connections.get_mut(&connection) else {
                        return;
                    };
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
        let result = self.repo.receive(connection, bytes, now);
        if let Some((document, changes)) = received
            && reaches_automerge
        {
            if !changes.is_empty() {
                self.unstored
                    .entry(document)
                    .or_default()
                    .extend_from_slice(&changes);
                // Timed only when someone else syncs it: otherwise there is nobody to
                // pass it on to, and a later reader's first sync is no latency.
                let others = self.connections.iter().any(|(other, peer)| {
                    *other != connection && peer.documents.contains(&document)
                });
                if others {
                    self.arrivals
                        .entry(document)
                        .or_insert((std::time::Instant::now(), connection));
                }
            }
            // The first changes of a document the relay did not hold: whoever sent
            // them created it (a request alone creates nothing).
            if self.records.roster(&document).is_none()
                && self.records.creator(&document).is_none()
                && self.repo.document(&document).is_some()
            {
                tracing::info!(%document, creator = %member, "new community");
                self.unwritten.push(MetaWrite::Community {
                    document,
                    creator: member,
                    created: unix_now(),
                });
            }
        }
        if let Err(error) = result {
            tracing::info!(?connection, %error, "closing a connection that broke the protocol");
            self.metrics.refused(Refusal::Protocol);
            // The protocol queued an `error` message first; it goes out before the close.
            self.pending_close
                .push((connection, Closing::Protocol(error.to_string())));
        }
    }

    /// A sync message about `document` goes to `connection`: if it is not where the
    /// document's pending changes came from, they are being passed on.
    fn passing_on(&mut self, document: DocumentId, connection: ConnectionId) {
        if let Some((since, from)) = self.arrivals.get(&document)
            && *from != connection
        {
            self.metrics.passed_on(since.elapsed());
            self.arrivals.remove(&document);
        }
    }

    /// Closes every connection syncing `document` whose member may no longer.
    fn recheck(&mut self, document: DocumentId) {
        let ending: Vec<ConnectionId> = self
            .connections
            .iter()
            .filter(|(_, peer)| {
                peer.documents.contains(&document)
                    && !self.records.may_sync(&peer.member, &document)
            })
            .map(|(connection, _)| *connection)
            .collect();
        for connection in ending {
            tracing::info!(?connection, %document, "closing a connection whose access ended");
            self.metrics.refused(Refusal::AccessEnded);
            self.pending_close.push((connection, Closing::AccessEnded));
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
    ///
    /// A round that changed a document also re-reads its roster, and ends the
    /// connections of members it no longer admits before anything of the round reaches
    /// them.
    async fn apply_effects(&mut self) {
        let effects = self.repo.take_effects();
        let mut sends = Vec::new();
        let mut changed = BTreeSet::new();
        for effect in effects {
            match effect {
                Effect::Send {
                    connection,
                    bytes,
                    document,
                } => sends.push((connection, bytes, document)),
                Effect::DocumentChanged { document, .. } => {
                    self.held.insert(document);
                    changed.insert(document);
                }
                // A peer refusing a document the relay holds changes nothing here.
                Effect::DocumentRefused { .. } => {}
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
        self.reread_rosters(&changed).await;
        let withheld: HashSet<ConnectionId> = self
            .pending_close
            .iter()
            .filter(|(_, closing)| closing.withholds())
            .map(|(connection, _)| *connection)
            .collect();
        sends.retain(|(connection, _, _)| !withheld.contains(connection));
        if stored {
            for (connection, bytes, document) in sends {
                if let Some(document) = document {
                    self.passing_on(document, connection);
                }
                self.send(connection, Outgoing::Message(bytes));
            }
        } else {
            // Their sync states believe these messages went out; a fresh connection
            // starts over, by when the store may be back.
            let connections: BTreeSet<ConnectionId> =
                sends.iter().map(|(connection, _, _)| *connection).collect();
            for connection in connections {
                self.pending_close.push((connection, Closing::StoreFailing));
            }
        }
        for (connection, closing) in std::mem::take(&mut self.pending_close) {
            self.send(connection, Outgoing::Close(closing));
            self.drop_connection(connection);
        }
    }

    /// Reads the roster of each changed document again, drops the grants it makes
    /// moot (durably), and ends the connections it no longer admits. Archives a
    /// community whose closure now verifies, and keeps aside the changes that reached
    /// an archived one: committed here, after the round's changes and before its
    /// messages go out.
    async fn reread_rosters(&mut self, changed: &BTreeSet<DocumentId>) {
        let now = unix_now();
        for document in changed {
            if let Some(doc) = self.repo.document(document) {
                let access = community::roster_access(doc);
                self.unwritten
                    .extend(self.records.set_roster(*document, access));
                self.unwritten
                    .extend(self.archivist.after_change(*document, doc, now));
            }
        }
        // A grant deleted only in memory would come back at the next start; one kept
        // only on disk changes no decision until then. Written first, then acted on.
        if !self.unwritten.is_empty() && !self.write_records().await {
            // The decisions below then still count the moot grants, which only ever
            // admits members the roster already speaks for; an archive waits. The
            // round's changes are stored, so its messages still go out; the next round
            // retries the records.
            tracing::warn!(
                "record changes (moot grants, archives) wait until the store takes them"
            );
        }
        for document in changed {
            self.recheck(*document);
        }
    }

    /// Takes note of a record change the store has committed.
    fn applied(&mut self, write: &MetaWrite) {
        self.records.apply(write);
        self.archivist.apply(write);
    }

    /// Commits the record changes decided so far; on failure keeps them for the next
    /// round and returns false.
    async fn write_records(&mut self) -> bool {
        let writes = std::mem::take(&mut self.unwritten);
        match self.store.write_meta(writes.clone()).await {
            Ok(()) => {
                for write in &writes {
                    self.applied(write);
                }
                true
            }
            Err(error) => {
                tracing::error!(%error, "cannot store record changes; this round's messages are withheld");
                self.metrics.write_failed();
                self.unwritten = writes;
                false
            }
        }
    }

    /// Commits every change received since the last commit, in one transaction, after
    /// the record changes (a new community's creator) they bring; returns whether
    /// everything is stored, and whether anything was written.
    async fn persist(&mut self) -> (bool, bool) {
        self.metrics.set_documents(self.held.len());
        if !self.unwritten.is_empty() && !self.write_records().await {
            return (false, false);
        }
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
            // A change nobody is left to receive is not waiting to be passed on.
            let connections = &self.connections;
            self.arrivals.retain(|document, (_, from)| {
                connections
                    .iter()
                    .any(|(other, peer)| other != from && peer.documents.contains(document))
            });
        }
    }
}

/// What the hub needs to know of a message before the protocol sees it.
pub(crate) enum Inspection {
    /// Not about a document, or undecodable (the protocol answers that).
    Other,
    /// A message about this document, with the changes it carries (Automerge change
    /// chunks, concatenated; empty if none).
    Document {
        document: DocumentId,
        changes: Vec<u8>,
        kind: Kind,
    },
    /// A sync message carrying changes that do not load.
    Invalid(ProtocolError),
}

/// The kinds of message about a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `sync` or `request`: asks for the document, may carry changes.
    Sync,
    /// `doc-unavailable`: the peer lacks it.
    Unavailable,
    /// `ephemeral`: relayed to the others syncing it, never stored.
    Ephemeral,
}

/// Decodes a message to find the document it is about, and checks the changes it
/// carries strictly: Automerge itself silently keeps the readable prefix of a damaged
/// change, so damaged input would be dropped without the peer ever knowing. (The
/// fuzz target calls this very function: `crate::fuzzing`.)
pub(crate) fn inspect(bytes: &[u8]) -> Inspection {
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
                    kind: Kind::Sync,
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
                kind: Kind::Sync,
            }
        }
        WireMessage::DocUnavailable { document_id, .. } => Inspection::Document {
            document: document_id,
            changes: Vec::new(),
            kind: Kind::Unavailable,
        },
        WireMessage::Ephemeral { document_id, .. } => Inspection::Document {
            document: document_id,
            changes: Vec::new(),
            kind: Kind::Ephemeral,
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
    use crate::store::meta::CredentialRow;
    use crate::store::{SqliteStore, Store, StoreError};
    use automerge::transaction::Transactable as _;

    #[tokio::test]
    async fn a_connection_ends_when_its_credential_expires() {
        let data = tempfile::tempdir().unwrap();
        let path = data.path().to_owned();
        let (store, loaded, mut meta) = StoreThread::start(move || SqliteStore::open(&path))
            .await
            .unwrap();
        let credential = SecretHash([3; 32]);
        meta.credentials.push(CredentialRow {
            hash: credential,
            member: MemberId::new("ana").unwrap(),
            public_key: [4; 32],
            created: 0,
            expires: unix_now() + 1,
        });
        let metrics = Arc::new(Metrics::default());
        let config = Config::with_dirs(data.path(), "unused");
        let (hub, _task) = Hub::start(store, loaded, meta, &config, Arc::clone(&metrics));
        let (outbox, mut outgoing) = mpsc::channel(16);
        let Some(Opened::Connected(connection)) = hub.open(outbox, credential).await else {
            panic!("the credential is still valid");
        };
        let join = WireMessage::Join {
            sender_id: PeerId::new("ana"),
            supported_protocol_versions: vec!["1".into()],
            peer_metadata: None,
        }
        .encode();
        hub.receive(connection, join.clone()).await;
        let answer = tokio::time::timeout(Duration::from_secs(10), outgoing.recv()).await;
        assert!(
            matches!(answer, Ok(Some(Outgoing::Message(_)))),
            "{answer:?}"
        );

        tokio::time::sleep(Duration::from_millis(2100)).await;
        hub.receive(connection, join).await;
        let answer = tokio::time::timeout(Duration::from_secs(10), outgoing.recv()).await;
        assert!(
            matches!(answer, Ok(Some(Outgoing::Close(Closing::SignedOut)))),
            "{answer:?}"
        );
        let (outbox, _) = mpsc::channel(16);
        assert!(matches!(
            hub.open(outbox, credential).await,
            Some(Opened::Unauthenticated)
        ));
        assert!(
            metrics
                .render()
                .contains("praxis_refusals_total{reason=\"auth\"} 1\n")
        );
    }

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

        fn load_meta(&mut self, _: i64) -> Result<Meta, StoreError> {
            Ok(Meta::default())
        }

        // Only the document rows fail here, the round's changes.
        fn write_meta(&mut self, _: &[MetaWrite]) -> Result<(), StoreError> {
            Ok(())
        }
    }

    #[tokio::test]
    async fn a_round_whose_changes_cannot_be_stored_sends_nothing_and_closes() {
        let credential = SecretHash([1; 32]);
        let (store, loaded, mut meta) = StoreThread::start(|| Ok(Full)).await.unwrap();
        meta.credentials.push(CredentialRow {
            hash: credential,
            member: MemberId::new("ana").unwrap(),
            public_key: [2; 32],
            created: 0,
            expires: i64::MAX,
        });
        let metrics = Arc::new(Metrics::default());
        let config = Config::with_dirs("unused", "unused");
        let (hub, _task) = Hub::start(store, loaded, meta, &config, Arc::clone(&metrics));
        let (outbox, mut outgoing) = mpsc::channel(16);
        let Some(Opened::Connected(connection)) = hub.open(outbox, credential).await else {
            panic!("Ana's credential signs her in");
        };

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
        // Twice: the round that received the change sends nothing (the relay acknowledges
        // with the document's next flush), keeps the change and retries with that flush.
        assert!(
            metrics
                .render()
                .contains("praxis_store_write_failures_total 2\n")
        );
    }
}
