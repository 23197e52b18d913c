//! The sync state machine: handshake, share policy, debounce and effects.

use std::collections::{BTreeMap, BTreeSet};

use automerge::sync::{self, SyncDoc};
use automerge::{Author, Automerge};

use crate::connection::{ConnDoc, Connection, Handshake};
use crate::message::{PROTOCOL_VERSION, PeerMetadata, WireMessage};
use crate::pacing::{self, Occasion, Verdict};
use crate::{
    Config, ConnectionId, DocumentId, Effect, Millis, Origin, PeerId, ProtocolError, Role,
};

/// A set of Automerge documents kept in sync with peers over automerge-repo's
/// wire protocol. Sans-IO: inputs are method calls, outputs are [`Effect`]s.
#[derive(Debug)]
pub struct Repo {
    peer_id: PeerId,
    role: Role,
    config: Config,
    /// Documents we have (non-empty history, or inserted by the host).
    docs: BTreeMap<DocumentId, Automerge>,
    /// Documents a peer is syncing to us that have no content yet. The first
    /// sync round trip only exchanges heads, so the changes arrive later; we
    /// keep the empty doc so partially received state is not thrown away.
    incoming: BTreeMap<DocumentId, Automerge>,
    /// Documents the host asked for and we still lack.
    wanted: BTreeSet<DocumentId>,
    connections: BTreeMap<ConnectionId, Connection>,
    next_connection: u64,
    /// Debounced flush deadline per document (the earliest one wins, so a
    /// stream of edits cannot postpone syncing forever).
    pending: BTreeMap<DocumentId, Millis>,
    effects: Vec<Effect>,
    /// Who local edits are signed as (see [`Repo::sign_local_changes`]).
    author: Option<Author<'static>>,
}

impl Repo {
    /// A repo with no documents and no connections.
    pub fn new(peer_id: PeerId, role: Role, config: Config) -> Self {
        Repo {
            peer_id,
            role,
            config,
            docs: BTreeMap::new(),
            incoming: BTreeMap::new(),
            wanted: BTreeSet::new(),
            connections: BTreeMap::new(),
            next_connection: 0,
            pending: BTreeMap::new(),
            effects: Vec::new(),
            author: None,
        }
    }

    /// Signs every later local edit ([`Repo::change_document`]) with `author`, on every
    /// document, including those loaded or received later: the host's person is the
    /// author of what it types, whatever replica it types into. Automerge gives each
    /// document a fresh actor id when its author is set.
    pub fn sign_local_changes(&mut self, author: Author<'static>) {
        self.author = Some(author);
    }

    /// Adds a document (new, or loaded from storage) and syncs it right away
    /// with connected peers the share policy allows. If we already hold the
    /// id, the two histories are merged.
    pub fn insert_document(&mut self, id: DocumentId, mut doc: Automerge, now: Millis) {
        // Insertion is a host action, not an edit: no debounce.
        if let Some(mut partial) = self.incoming.remove(&id) {
            // Whatever a peer already sent us must not be lost: the peer's
            // sync state believes we have it and would not resend it. A merge
            // error only means the partial data was unusable; sync recovers.
            let _ = doc.merge(&mut partial);
        }
        match self.docs.get_mut(&id) {
            Some(existing) => {
                let _ = existing.merge(&mut doc);
            }
            None => {
                self.docs.insert(id, doc);
            }
        }
        self.wanted.remove(&id);
        self.sync_with_all(id, now);
    }

    /// The document, if we have it.
    pub fn document(&self, id: &DocumentId) -> Option<&Automerge> {
        self.docs.get(id)
    }

    /// Ids of all documents we have, in sorted order.
    pub fn document_ids(&self) -> Vec<DocumentId> {
        self.docs.keys().copied().collect()
    }

    /// Runs `f` on the document (a local edit). If the heads changed, emits
    /// [`Effect::DocumentChanged`] and schedules a debounced sync.
    /// Returns `None` if we do not have the document.
    pub fn change_document<R>(
        &mut self,
        id: &DocumentId,
        now: Millis,
        f: impl FnOnce(&mut Automerge) -> R,
    ) -> Option<R> {
        let doc = self.docs.get_mut(id)?;
        if self.author.is_some() {
            // A no-op when the document is already signed by this author.
            doc.set_author(self.author.clone());
        }
        let before = doc.get_heads();
        let result = f(doc);
        if doc.get_heads() != before {
            self.effects.push(Effect::DocumentChanged {
                document: *id,
                origin: Origin::Local,
            });
            self.schedule(*id, now);
        }
        Some(result)
    }

    /// Asks peers for a document we lack. Stays open until found: it is sent
    /// on every new connection, and the doc is accepted whenever it arrives.
    pub fn request_document(&mut self, id: DocumentId, now: Millis) {
        // Requests are not debounced: the user is waiting.
        if self.docs.contains_key(&id) {
            return;
        }
        self.wanted.insert(id);
        for conn in self.ready_connections() {
            let already = self.connections[&conn]
                .docs
                .get(&id)
                .is_some_and(|cd| cd.request_sent);
            if !already {
                self.send_sync(conn, id, true, Occasion::Opening, now);
            }
        }
    }

    /// Registers a newly opened transport. A Client starts the handshake with
    /// `join`; a Relay waits for the peer's `join`.
    pub fn connect(&mut self, now: Millis) -> ConnectionId {
        let _ = now;
        let id = ConnectionId(self.next_connection);
        self.next_connection += 1;
        let handshake = match self.role {
            Role::Client => Handshake::AwaitingPeer,
            Role::Relay => Handshake::AwaitingJoin,
        };
        self.connections.insert(id, Connection::new(handshake));
        if self.role == Role::Client {
            self.send(
                id,
                WireMessage::Join {
                    sender_id: self.peer_id.clone(),
                    supported_protocol_versions: vec![PROTOCOL_VERSION.to_owned()],
                    peer_metadata: Some(our_metadata()),
                },
            );
        }
        id
    }

    /// Handles one inbound frame. On `Err` the host should close the
    /// connection; an `error` message has been queued where appropriate.
    pub fn receive(
        &mut self,
        conn: ConnectionId,
        bytes: &[u8],
        now: Millis,
    ) -> Result<(), ProtocolError> {
        if !self.connections.contains_key(&conn) {
            return Err(ProtocolError::UnknownConnection(conn));
        }
        let result = self.handle(conn, bytes, now);
        if let Err(e) = &result
            && !matches!(e, ProtocolError::Remote(_))
        {
            self.send(
                conn,
                WireMessage::Error {
                    message: e.to_string(),
                },
            );
        }
        result
    }

    /// Forgets a closed transport and all per-connection sync state.
    pub fn disconnect(&mut self, conn: ConnectionId) {
        self.connections.remove(&conn);
        // Drop placeholders nobody is sending us any more (unless the host wants them).
        let connections = &self.connections;
        let wanted = &self.wanted;
        self.incoming.retain(|id, _| {
            wanted.contains(id) || connections.values().any(|c| c.docs.contains_key(id))
        });
    }

    /// Sends the debounced syncs whose deadline is at or before `now`.
    pub fn tick(&mut self, now: Millis) {
        let due: Vec<DocumentId> = self
            .pending
            .iter()
            .filter(|&(_, deadline)| *deadline <= now)
            .map(|(id, _)| *id)
            .collect();
        for id in due {
            self.pending.remove(&id);
            self.sync_with_all(id, now);
        }
    }

    /// When the host should next call [`Repo::tick`], if anything is pending.
    pub fn next_deadline(&self) -> Option<Millis> {
        self.pending.values().min().copied()
    }

    /// Drains the effects produced so far, oldest first.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// True when the handshake is done, nothing is waiting to be sent on this
    /// connection, and for every document shared with it the peer's last
    /// announced heads equal ours (so each side has everything of the other), or the
    /// peer refused it (`doc-unavailable` about a document we hold: there is nothing
    /// more to wait for).
    pub fn is_synced(&self, conn: ConnectionId) -> bool {
        let Some(connection) = self.connections.get(&conn) else {
            return false;
        };
        if connection.peer().is_none() {
            return false;
        }
        let unsent = self
            .effects
            .iter()
            .any(|e| matches!(e, Effect::Send { connection, .. } if *connection == conn));
        if unsent {
            return false;
        }
        self.docs.iter().all(|(id, doc)| {
            if !self.shares(connection, id) {
                return true;
            }
            if connection
                .docs
                .get(id)
                .is_some_and(|cd| cd.peer_unavailable)
            {
                return true;
            }
            if self.pending.contains_key(id) {
                return false;
            }
            let Some(their_heads) = connection
                .docs
                .get(id)
                .and_then(|cd| cd.sync.their_heads.as_ref())
            else {
                return false;
            };
            let mut theirs = their_heads.clone();
            theirs.sort();
            let mut ours = doc.get_heads();
            ours.sort();
            theirs == ours
        })
    }

    /// The peer on the other end, once the handshake is done.
    pub fn peer_of(&self, conn: ConnectionId) -> Option<&PeerId> {
        self.connections.get(&conn)?.peer()
    }

    // ---- inbound ----

    fn handle(
        &mut self,
        conn: ConnectionId,
        bytes: &[u8],
        now: Millis,
    ) -> Result<(), ProtocolError> {
        if bytes.len() > self.config.max_message_bytes {
            return Err(ProtocolError::TooLarge {
                size: bytes.len(),
                limit: self.config.max_message_bytes,
            });
        }
        match WireMessage::decode(bytes)? {
            WireMessage::Error { message } => Err(ProtocolError::Remote(message)),
            // Unimplemented types (remote heads gossip, `leave`, ...) are
            // optional in automerge-repo; ignoring them is always safe.
            WireMessage::Unknown { .. } => Ok(()),
            WireMessage::Join {
                sender_id,
                supported_protocol_versions,
                ..
            } => {
                if self.peer_of(conn).is_some() {
                    return Err(ProtocolError::Unexpected {
                        message_type: "join",
                        state: "after the handshake",
                    });
                }
                if !supported_protocol_versions
                    .iter()
                    .any(|v| v == PROTOCOL_VERSION)
                {
                    return Err(ProtocolError::UnsupportedVersion {
                        offered: supported_protocol_versions,
                    });
                }
                self.send(
                    conn,
                    WireMessage::Peer {
                        sender_id: self.peer_id.clone(),
                        target_id: sender_id.clone(),
                        selected_protocol_version: PROTOCOL_VERSION.to_owned(),
                        peer_metadata: Some(our_metadata()),
                    },
                );
                self.become_ready(conn, sender_id, now);
                Ok(())
            }
            WireMessage::Peer {
                sender_id,
                selected_protocol_version,
                ..
            } => {
                let handshake = self.connections.get(&conn).map(|c| &c.handshake);
                match handshake {
                    Some(Handshake::AwaitingPeer) => {}
                    None => return Err(ProtocolError::UnknownConnection(conn)),
                    Some(Handshake::AwaitingJoin) => {
                        return Err(ProtocolError::Unexpected {
                            message_type: "peer",
                            state: "although we did not send `join`",
                        });
                    }
                    Some(Handshake::Ready(_)) => {
                        return Err(ProtocolError::Unexpected {
                            message_type: "peer",
                            state: "after the handshake",
                        });
                    }
                }
                if selected_protocol_version != PROTOCOL_VERSION {
                    return Err(ProtocolError::UnsupportedVersion {
                        offered: vec![selected_protocol_version],
                    });
                }
                self.become_ready(conn, sender_id, now);
                Ok(())
            }
            WireMessage::Request {
                document_id, data, ..
            } => {
                self.require_ready(conn, "request")?;
                let msg = decode_sync(document_id, &data)?;
                self.handle_sync(conn, document_id, msg, true, now)
            }
            WireMessage::Sync {
                document_id, data, ..
            } => {
                self.require_ready(conn, "sync")?;
                let msg = decode_sync(document_id, &data)?;
                self.handle_sync(conn, document_id, msg, false, now)
            }
            WireMessage::DocUnavailable { document_id, .. } => {
                self.require_ready(conn, "doc-unavailable")?;
                if let Some(c) = self.connections.get_mut(&conn) {
                    c.docs.entry(document_id).or_default().peer_unavailable = true;
                }
                if self.docs.contains_key(&document_id) {
                    self.effects.push(Effect::DocumentRefused {
                        document: document_id,
                    });
                }
                self.check_unavailable(document_id);
                Ok(())
            }
            msg @ WireMessage::Ephemeral { .. } => {
                self.require_ready(conn, "ephemeral")?;
                // Clients have no use for ephemeral data yet; relays fan it out.
                if self.role == Role::Relay {
                    self.forward_ephemeral(conn, msg);
                }
                Ok(())
            }
        }
    }

    fn require_ready(
        &self,
        conn: ConnectionId,
        message_type: &'static str,
    ) -> Result<(), ProtocolError> {
        match self.peer_of(conn) {
            Some(_) => Ok(()),
            None => Err(ProtocolError::Unexpected {
                message_type,
                state: "before the handshake completed",
            }),
        }
    }

    fn become_ready(&mut self, conn: ConnectionId, peer: PeerId, now: Millis) {
        if let Some(c) = self.connections.get_mut(&conn) {
            c.handshake = Handshake::Ready(peer.clone());
        }
        self.effects.push(Effect::PeerReady {
            connection: conn,
            peer,
        });
        if self.role == Role::Client {
            // A client shares everything with everyone: announce all documents.
            let ids: Vec<DocumentId> = self.docs.keys().copied().collect();
            for id in ids {
                self.send_sync(conn, id, false, Occasion::Opening, now);
            }
        }
        let wanted: Vec<DocumentId> = self.wanted.iter().copied().collect();
        for id in wanted {
            self.send_sync(conn, id, true, Occasion::Opening, now);
        }
    }

    /// Applies a `sync`/`request` and answers the sender (at once or with the
    /// document's next flush, see [`crate::pacing`]); other peers get a debounced fan-out.
    fn handle_sync(
        &mut self,
        conn: ConnectionId,
        id: DocumentId,
        msg: sync::Message,
        is_request: bool,
        now: Millis,
    ) -> Result<(), ProtocolError> {
        let Repo {
            docs,
            incoming,
            connections,
            ..
        } = self;
        let Some(connection) = connections.get_mut(&conn) else {
            return Err(ProtocolError::UnknownConnection(conn));
        };
        let cd: &mut ConnDoc = connection.docs.entry(id).or_default();
        // Sending `sync` or `request` is how a peer asks for a document.
        cd.asked = true;
        // Whatever it says, the peer has answered what we sent it.
        cd.unacknowledged_since = None;
        let invalid = |e: automerge::AutomergeError| ProtocolError::InvalidSyncData {
            document: id,
            reason: e.to_string(),
        };
        let mut changed = false;
        let mut arrived = false;
        if let Some(doc) = docs.get_mut(&id) {
            let before = doc.get_heads();
            doc.receive_sync_message(&mut cd.sync, msg)
                .map_err(invalid)?;
            changed = doc.get_heads() != before;
            cd.peer_unavailable = false;
        } else {
            let partial = incoming.entry(id).or_insert_with(Automerge::new);
            partial
                .receive_sync_message(&mut cd.sync, msg)
                .map_err(invalid)?;
            arrived = !partial.get_heads().is_empty();
            // A peer that requests the doc, or announces empty heads, lacks it too.
            let their_heads_empty = cd.sync.their_heads.as_ref().is_none_or(|h| h.is_empty());
            cd.peer_unavailable = is_request || their_heads_empty;
        }
        if arrived && let Some(doc) = self.incoming.remove(&id) {
            self.docs.insert(id, doc);
            self.wanted.remove(&id);
            changed = true;
        }
        if changed {
            self.effects.push(Effect::DocumentChanged {
                document: id,
                origin: Origin::Remote,
            });
            self.schedule(id, now);
        }
        if self.docs.contains_key(&id) {
            self.send_sync(conn, id, false, Occasion::Answer, now);
        } else if is_request {
            let target_id = self.peer_of(conn).cloned();
            if let Some(target_id) = target_id {
                self.send(
                    conn,
                    WireMessage::DocUnavailable {
                        sender_id: self.peer_id.clone(),
                        target_id,
                        document_id: id,
                    },
                );
            }
            self.check_unavailable(id);
        } else {
            // They have it, we don't yet: answer with what we need.
            self.send_sync(conn, id, false, Occasion::Answer, now);
            self.check_unavailable(id);
        }
        Ok(())
    }

    /// Emits [`Effect::DocumentUnavailable`] once every connected peer has
    /// told us it lacks a document we want.
    fn check_unavailable(&mut self, id: DocumentId) {
        if !self.wanted.contains(&id) || self.docs.contains_key(&id) {
            return;
        }
        let mut ready = self
            .connections
            .values()
            .filter(|c| c.peer().is_some())
            .peekable();
        if ready.peek().is_none() {
            return;
        }
        let all_lack_it = ready.all(|c| c.docs.get(&id).is_some_and(|cd| cd.peer_unavailable));
        if all_lack_it {
            self.effects
                .push(Effect::DocumentUnavailable { document: id });
        }
    }

    fn forward_ephemeral(&mut self, from: ConnectionId, msg: WireMessage) {
        let WireMessage::Ephemeral {
            sender_id,
            count,
            session_id,
            document_id,
            data,
            ..
        } = msg
        else {
            return;
        };
        for conn in self.ready_connections() {
            if conn == from || !self.shares(&self.connections[&conn], &document_id) {
                continue;
            }
            let Some(target_id) = self.peer_of(conn).cloned() else {
                continue;
            };
            self.send(
                conn,
                WireMessage::Ephemeral {
                    // The original sender is kept, as automerge-repo does, so
                    // receivers can de-duplicate on (sender, session, count).
                    sender_id: sender_id.clone(),
                    target_id,
                    count,
                    session_id: session_id.clone(),
                    document_id,
                    data: data.clone(),
                },
            );
        }
    }

    // ---- outbound ----

    fn schedule(&mut self, id: DocumentId, now: Millis) {
        self.flush_by(id, now.saturating_add(self.config.debounce));
    }

    /// Makes sure the document is flushed at `deadline` or earlier.
    fn flush_by(&mut self, id: DocumentId, deadline: Millis) {
        let at = self.pending.entry(id).or_insert(deadline);
        *at = (*at).min(deadline);
    }

    /// Sends whatever sync message is due for `id` to every connection the share policy allows.
    fn sync_with_all(&mut self, id: DocumentId, now: Millis) {
        for conn in self.ready_connections() {
            if self.shares(&self.connections[&conn], &id) {
                self.send_sync(conn, id, false, Occasion::Flush, now);
            }
        }
    }

    /// Share policy: a Client shares everything; a Relay only what the connection asked for.
    fn shares(&self, connection: &Connection, id: &DocumentId) -> bool {
        match self.role {
            Role::Client => true,
            Role::Relay => connection.docs.get(id).is_some_and(|cd| cd.asked),
        }
    }

    /// Ids of connections past the handshake. Callers index `self.connections`
    /// with them without re-checking: the ids were just read from that map and
    /// nothing removes connections in between.
    fn ready_connections(&self) -> Vec<ConnectionId> {
        self.connections
            .iter()
            .filter(|(_, c)| c.peer().is_some())
            .map(|(id, _)| *id)
            .collect()
    }

    /// Generates the next automerge sync message for (conn, doc), if any, and
    /// queues it, or schedules the flush that will (see [`crate::pacing`]).
    /// `as_request` marks our opening message for a document we lack, which
    /// automerge-repo sends as `request` instead of `sync`.
    fn send_sync(
        &mut self,
        conn: ConnectionId,
        id: DocumentId,
        as_request: bool,
        occasion: Occasion,
        now: Millis,
    ) {
        let Repo {
            docs,
            incoming,
            connections,
            effects,
            peer_id,
            role,
            config,
            ..
        } = self;
        let Some(connection) = connections.get_mut(&conn) else {
            return;
        };
        let Handshake::Ready(target_id) = &connection.handshake else {
            return;
        };
        let target_id = target_id.clone();
        let doc: &Automerge = match docs.get(&id) {
            Some(doc) => doc,
            None => incoming.entry(id).or_insert_with(Automerge::new),
        };
        let cd = connection.docs.entry(id).or_default();
        let msg = match pacing::judge(doc, cd, *role, occasion, now, config.ack_timeout) {
            Verdict::Send(msg, state) => {
                cd.sync = *state;
                msg
            }
            Verdict::AtNextFlush => {
                self.schedule(id, now);
                return;
            }
            Verdict::AfterAcknowledgement { deadline } => {
                self.flush_by(id, deadline);
                return;
            }
            Verdict::Nothing => return,
        };
        cd.asked_for_changes = !msg.need.is_empty();
        if !msg.changes.is_empty() {
            cd.unacknowledged_since.get_or_insert(now);
        }
        let data = msg.encode();
        let sender_id = peer_id.clone();
        let wire = if as_request && !docs.contains_key(&id) {
            cd.request_sent = true;
            WireMessage::Request {
                sender_id,
                target_id,
                document_id: id,
                data,
            }
        } else {
            WireMessage::Sync {
                sender_id,
                target_id,
                document_id: id,
                data,
            }
        };
        effects.push(Effect::Send {
            connection: conn,
            bytes: wire.encode(),
            document: Some(id),
        });
    }

    fn send(&mut self, conn: ConnectionId, msg: WireMessage) {
        self.effects.push(Effect::Send {
            connection: conn,
            bytes: msg.encode(),
            document: None,
        });
    }
}

/// We advertise no storage id (the host owns storage and does not take part
/// in remote-heads gossip); cbor-x peers send the same shape.
fn our_metadata() -> PeerMetadata {
    PeerMetadata {
        storage_id: None,
        is_ephemeral: false,
    }
}

fn decode_sync(document: DocumentId, data: &[u8]) -> Result<sync::Message, ProtocolError> {
    sync::Message::decode(data).map_err(|e| ProtocolError::InvalidSyncData {
        document,
        reason: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn relay_with_conn() -> (Repo, ConnectionId) {
        let mut relay = Repo::new(PeerId::new("relay"), Role::Relay, Config::default());
        let conn = relay.connect(Millis(0));
        (relay, conn)
    }

    fn join(name: &str, versions: &[&str]) -> Vec<u8> {
        WireMessage::Join {
            sender_id: PeerId::new(name),
            supported_protocol_versions: versions.iter().map(|v| v.to_string()).collect(),
            peer_metadata: None,
        }
        .encode()
    }

    /// The single `error` message queued to `conn`, decoded.
    fn queued_error(repo: &mut Repo, conn: ConnectionId) -> String {
        let sends: Vec<_> = repo
            .take_effects()
            .into_iter()
            .filter_map(|e| match e {
                Effect::Send {
                    connection, bytes, ..
                } if connection == conn => Some(bytes),
                _ => None,
            })
            .collect();
        match WireMessage::decode(sends.last().expect("a message was queued")).unwrap() {
            WireMessage::Error { message } => message,
            other => panic!("expected error, got {other:?}"),
        }
    }

    #[test]
    fn local_edits_are_signed_by_the_hosts_author_on_every_document() {
        let mut client = Repo::new(PeerId::new("a"), Role::Client, Config::default());
        let loaded = DocumentId::from_bytes([1; 16]);
        client.insert_document(loaded, Automerge::new(), Millis(0));
        client.sign_local_changes(Author::from(b"ana".to_vec()));
        let put = |doc: &mut Automerge| {
            let mut tx = doc.transaction();
            automerge::transaction::Transactable::put(&mut tx, automerge::ROOT, "k", 1).unwrap();
            tx.commit();
        };
        client.change_document(&loaded, Millis(1), put).unwrap();
        client.change_document(&loaded, Millis(2), put).unwrap();
        let doc = client.document(&loaded).unwrap();
        for change in doc.get_changes(&[]) {
            let author = doc.get_author_for_actor(change.actor_id()).unwrap();
            assert_eq!(author.as_bytes(), b"ana");
        }
    }

    #[test]
    fn garbage_is_rejected_with_an_error_message() {
        let (mut relay, conn) = relay_with_conn();
        let err = relay.receive(conn, b"\x00garbage", Millis(1)).unwrap_err();
        assert!(matches!(err, ProtocolError::Decode(_)));
        assert!(queued_error(&mut relay, conn).contains("undecodable"));
    }

    #[test]
    fn oversized_messages_are_rejected_before_decoding() {
        let config = Config {
            max_message_bytes: 16,
            ..Config::default()
        };
        let mut relay = Repo::new(PeerId::new("relay"), Role::Relay, config);
        let conn = relay.connect(Millis(0));
        let big = join("a-very-long-peer-name", &["1"]);
        assert_eq!(
            relay.receive(conn, &big, Millis(1)),
            Err(ProtocolError::TooLarge {
                size: big.len(),
                limit: 16
            })
        );
        assert!(queued_error(&mut relay, conn).contains("exceeds"));
        assert_eq!(relay.peer_of(conn), None);
    }

    #[test]
    fn a_held_document_the_relay_refuses_is_reported_and_does_not_hold_up_synced() {
        let id = DocumentId::from_bytes([3; 16]);
        let mut client = Repo::new(PeerId::new("a"), Role::Client, Config::default());
        let mut doc = Automerge::new();
        let mut tx = doc.transaction();
        automerge::transaction::Transactable::put(&mut tx, automerge::ROOT, "title", "Mine")
            .unwrap();
        tx.commit();
        client.insert_document(id, doc, Millis(0));
        let conn = client.connect(Millis(0));
        let peer = WireMessage::Peer {
            sender_id: PeerId::new("relay"),
            target_id: PeerId::new("a"),
            selected_protocol_version: "1".into(),
            peer_metadata: Some(our_metadata()),
        };
        client.receive(conn, &peer.encode(), Millis(1)).unwrap();
        drop(client.take_effects());
        assert!(
            !client.is_synced(conn),
            "the relay has not answered about it yet"
        );

        let refused = WireMessage::DocUnavailable {
            sender_id: PeerId::new("relay"),
            target_id: PeerId::new("a"),
            document_id: id,
        };
        client.receive(conn, &refused.encode(), Millis(2)).unwrap();
        assert!(
            client
                .take_effects()
                .contains(&Effect::DocumentRefused { document: id })
        );
        assert!(client.is_synced(conn), "nothing more to wait for");
        assert!(client.document(&id).is_some(), "what we hold stays");
    }

    #[test]
    fn handshake_and_its_violations() {
        let (mut relay, conn) = relay_with_conn();
        let doc = DocumentId::from_bytes([1; 16]);
        let early = WireMessage::Sync {
            sender_id: PeerId::new("a"),
            target_id: PeerId::new("relay"),
            document_id: doc,
            data: Automerge::new()
                .generate_sync_message(&mut sync::State::new())
                .unwrap()
                .encode(),
        };
        assert!(matches!(
            relay.receive(conn, &early.encode(), Millis(1)),
            Err(ProtocolError::Unexpected {
                message_type: "sync",
                ..
            })
        ));

        let (mut relay, conn) = relay_with_conn();
        assert!(matches!(
            relay.receive(conn, &join("a", &["2"]), Millis(1)),
            Err(ProtocolError::UnsupportedVersion { .. })
        ));

        let (mut relay, conn) = relay_with_conn();
        relay.receive(conn, &join("a", &["1"]), Millis(1)).unwrap();
        assert_eq!(relay.peer_of(conn).map(PeerId::as_str), Some("a"));
        let effects = relay.take_effects();
        let Effect::Send { bytes, .. } = &effects[0] else {
            panic!("peer reply first")
        };
        assert_eq!(
            WireMessage::decode(bytes).unwrap(),
            WireMessage::Peer {
                sender_id: PeerId::new("relay"),
                target_id: PeerId::new("a"),
                selected_protocol_version: "1".into(),
                peer_metadata: Some(our_metadata()),
            }
        );
        assert!(effects.contains(&Effect::PeerReady {
            connection: conn,
            peer: PeerId::new("a")
        }));
        // A synced badge with nothing shared is simply "synced".
        assert!(relay.is_synced(conn));
        assert!(matches!(
            relay.receive(conn, &join("a", &["1"]), Millis(2)),
            Err(ProtocolError::Unexpected {
                message_type: "join",
                ..
            })
        ));

        // Unknown types are ignored; bad sync payloads are errors.
        let unknown = WireMessage::Unknown {
            message_type: "remote-heads-changed".into(),
        };
        relay.receive(conn, &unknown.encode(), Millis(3)).unwrap();
        let bad_sync = WireMessage::Sync {
            sender_id: PeerId::new("a"),
            target_id: PeerId::new("relay"),
            document_id: doc,
            data: vec![0x42, 0xff, 0xff],
        };
        assert!(matches!(
            relay.receive(conn, &bad_sync.encode(), Millis(4)),
            Err(ProtocolError::InvalidSyncData { .. })
        ));
    }

    #[test]
    fn remote_error_and_unknown_connection_queue_nothing() {
        let (mut relay, conn) = relay_with_conn();
        let remote = WireMessage::Error {
            message: "bye".into(),
        };
        assert_eq!(
            relay.receive(conn, &remote.encode(), Millis(1)),
            Err(ProtocolError::Remote("bye".into()))
        );
        assert!(relay.take_effects().is_empty());
        relay.disconnect(conn);
        assert_eq!(
            relay.receive(conn, &remote.encode(), Millis(1)),
            Err(ProtocolError::UnknownConnection(conn))
        );
        assert!(relay.take_effects().is_empty());
        assert!(!relay.is_synced(conn));
    }

    #[test]
    fn client_sends_join_on_connect() {
        let mut client = Repo::new(PeerId::new("me"), Role::Client, Config::default());
        let conn = client.connect(Millis(0));
        let effects = client.take_effects();
        let [
            Effect::Send {
                connection, bytes, ..
            },
        ] = effects.as_slice()
        else {
            panic!("exactly one join, got {effects:?}")
        };
        assert_eq!(*connection, conn);
        assert!(matches!(
            WireMessage::decode(bytes).unwrap(),
            WireMessage::Join { sender_id, supported_protocol_versions, .. }
                if sender_id.as_str() == "me" && supported_protocol_versions == ["1"]
        ));
        assert!(!client.is_synced(conn));
    }
}
