//! What the relay does with one incoming WebSocket message, as one function: the
//! `relay_message` fuzz target (`sync-server/fuzz/`) and the corpus replay test
//! (`tests/fuzz_corpus.rs`) both call [`relay_message`]. Not part of the relay's API.
//!
//! The relay, for each binary message a connection sends ([`crate::hub`]): decodes it
//! as an automerge-repo message, and for `sync`/`request` decodes the Automerge sync
//! message and loads every change it carries (the hub's own `inspect`, called here);
//! then hands the bytes to its
//! [`Repo`] (`Role::Relay`); and reads the roster of every document the message
//! changed ([`community::roster_access`], for access control). Here the repo holds a
//! community document, one peer has joined and asked for it (so changes fan out to
//! it), and the message arrives both on that joined connection and on one that has not
//! joined yet. What the hub decides from its records (who may sync what, limits) is
//! not fuzzed: it never decodes anything a peer sent.

use std::sync::OnceLock;

use automerge::transaction::{CommitOptions, Transactable as _};
use automerge::{ActorId, Automerge, ObjType, ROOT};
use sync_protocol::message::WireMessage;
use sync_protocol::{Config, ConnectionId, DocumentId, Effect, Millis, PeerId, Repo, Role};

/// The relay's peer id.
pub const RELAY: &str = "fuzz-relay";
/// The peer whose connection the fuzzed message arrives on, after its `join`.
pub const CLIENT: &str = "fuzz-client";
/// A second joined peer that asked for [`held_document`]: what changes fan out to.
pub const OBSERVER: &str = "fuzz-observer";
/// Largest message the relay accepts here (the relay's default is 16 MiB; fuzzing
/// inputs are far smaller, so a small limit also exercises the size check).
pub const MAX_MESSAGE_BYTES: usize = 1024 * 1024;

/// The id of the one document the relay holds.
pub fn held_document() -> DocumentId {
    DocumentId::from_bytes([0x11; 16])
}

/// The content of [`held_document`]: a community with a roster (a leader, a
/// restricted call, a pending registration), in one change by a fixed actor at time 0,
/// so the corpus generator can build changes on top of it and the seeds are
/// reproducible.
pub fn held_content() -> Automerge {
    let mut doc = Automerge::new().with_actor(ActorId::from([0xa1; 16]));
    let mut tx = doc.transaction();
    let built: Result<(), automerge::AutomergeError> = (|| {
        tx.put(ROOT, "title", "Dengue in the Chaco")?;
        let design = tx.put_object(ROOT, "design", ObjType::Map)?;
        tx.put(&design, "call", "restricted")?;
        let members = tx.put_object(&design, "members", ObjType::Map)?;
        tx.put(&members, "ana", "leader")?;
        let implementation = tx.put_object(ROOT, "implementation", ObjType::Map)?;
        let registrations = tx.put_object(&implementation, "registrations", ObjType::Map)?;
        let registration = tx.put_object(&registrations, "r1", ObjType::Map)?;
        tx.put(&registration, "member", "luis")?;
        tx.put(&registration, "state", "pending")?;
        Ok(())
    })();
    built.expect("puts on a new document");
    tx.commit_with(CommitOptions::default().with_time(0));
    doc
}

fn join(peer: &str) -> Vec<u8> {
    WireMessage::Join {
        sender_id: PeerId::new(peer),
        supported_protocol_versions: vec!["1".to_owned()],
        peer_metadata: None,
    }
    .encode()
}

/// The observer's first sync message for [`held_document`] (it has nothing yet).
fn observer_sync() -> &'static [u8] {
    static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
    BYTES.get_or_init(|| {
        use automerge::sync::SyncDoc as _;
        let empty = Automerge::new();
        let data = empty
            .generate_sync_message(&mut automerge::sync::State::new())
            .expect("a first sync message")
            .encode();
        WireMessage::Sync {
            sender_id: PeerId::new(OBSERVER),
            target_id: PeerId::new(RELAY),
            document_id: held_document(),
            data,
        }
        .encode()
    })
}

/// A relay in the state the fuzzed message finds it in: holding [`held_document`],
/// with [`OBSERVER`] joined and syncing it, [`CLIENT`] joined, and one connection
/// that has not joined. Returns the repo, the client's and the fresh connection.
fn relay() -> (Repo, ConnectionId, ConnectionId) {
    static CONTENT: OnceLock<Automerge> = OnceLock::new();
    let config = Config {
        debounce: Millis(50),
        max_message_bytes: MAX_MESSAGE_BYTES,
        ..Config::default()
    };
    let mut repo = Repo::new(PeerId::new(RELAY), Role::Relay, config);
    repo.insert_document(
        held_document(),
        CONTENT.get_or_init(held_content).clone(),
        Millis(0),
    );
    let observer = repo.connect(Millis(0));
    repo.receive(observer, &join(OBSERVER), Millis(0))
        .expect("the observer joins");
    repo.receive(observer, observer_sync(), Millis(0))
        .expect("the observer asks for the document");
    let client = repo.connect(Millis(0));
    repo.receive(client, &join(CLIENT), Millis(0))
        .expect("the client joins");
    let fresh = repo.connect(Millis(0));
    drop(repo.take_effects());
    (repo, client, fresh)
}

/// How far the relay let a message in, in the hub's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Not an automerge-repo message (the protocol answers with an error).
    Undecodable,
    /// A `sync`/`request` carrying a change that does not load: the hub closes the
    /// connection before the protocol sees it.
    Refused,
    /// The protocol rejected it on the joined connection.
    Rejected,
    /// The protocol accepted it on the joined connection.
    Accepted,
}

/// Feeds `bytes` through everything the relay does with an incoming message. Never
/// panics for any input unless the relay has a bug: a panic here is what the fuzzer
/// reports (so does a panic in reading the roster of a document it changed). Checks
/// along the way that
/// - a message that decodes encodes back to the same message;
/// - the protocol rejects (`Err`) whatever does not decode, on either connection;
/// - everything the relay sends in answer, and in the fan-out after the debounce,
///   decodes as a message.
///
/// Unlike the hub, the protocol gets the message even when the hub would refuse its
/// changes: more of the protocol is exercised, and it must not panic on them either.
pub fn relay_message(bytes: &[u8]) -> Outcome {
    let decoded = WireMessage::decode(bytes);
    if let Ok(message) = &decoded {
        assert_eq!(
            WireMessage::decode(&message.encode()).as_ref(),
            Ok(message),
            "a decoded message does not survive encoding"
        );
    }

    // The hub's inspection: the changes a sync message carries are loaded one by one,
    // strictly, before the protocol sees the message.
    let refused = matches!(
        crate::hub::inspect(bytes),
        crate::hub::Inspection::Invalid(_)
    );

    // The protocol, as the hub calls it: `receive`, then `tick` at the deadline.
    let (mut repo, client, fresh) = relay();
    let before_join = repo.receive(fresh, bytes, Millis(1));
    let joined = repo.receive(client, bytes, Millis(1));
    if decoded.is_err() {
        assert!(
            before_join.is_err() && joined.is_err(),
            "undecodable input accepted: {before_join:?}, {joined:?}"
        );
    }
    repo.tick(Millis(u64::MAX));
    for effect in repo.take_effects() {
        match effect {
            Effect::Send { bytes, .. } => {
                if let Err(error) = WireMessage::decode(&bytes) {
                    panic!("the relay sent a message it cannot decode ({error}): {bytes:02x?}");
                }
            }
            // The hub reads the roster of each changed document again.
            Effect::DocumentChanged { document, .. } => {
                if let Some(doc) = repo.document(&document) {
                    let _ = community::roster_access(doc);
                }
            }
            Effect::DocumentUnavailable { .. }
            | Effect::DocumentRefused { .. }
            | Effect::PeerReady { .. } => {}
        }
    }

    match (decoded, refused, joined) {
        (Err(_), _, _) => Outcome::Undecodable,
        (Ok(_), true, _) => Outcome::Refused,
        (Ok(_), false, Err(_)) => Outcome::Rejected,
        (Ok(_), false, Ok(())) => Outcome::Accepted,
    }
}
