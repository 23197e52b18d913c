//! The `relay_message` fuzz target's corpus (`fuzz/corpus/relay_message/`), on stable:
//! every file in it goes through `sync_server::fuzzing::relay_message` — what the fuzz
//! target runs — so the corpus and every regression input in it keep being checked
//! without nightly or cargo-fuzz. The `seed-*` files are made by the generator below;
//! `PRAXIS_WRITE_FUZZ_CORPUS=1 cargo test -p sync-server --test fuzz_corpus` rewrites
//! them after a change to the generator (or to Automerge's encoding).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use automerge::ReadDoc as _;
use automerge::sync::{Message, MessageVersion, State, SyncDoc as _};
use automerge::transaction::{CommitOptions, Transactable as _};
use automerge::{ActorId, Automerge, ObjType, ROOT, ScalarValue};
use sync_protocol::message::{PeerMetadata, WireMessage};
use sync_protocol::{DocumentId, PeerId};
use sync_server::fuzzing::{self, CLIENT, Outcome, RELAY};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/relay_message")
}

#[test]
fn every_corpus_file_goes_through_the_relay() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("the corpus directory")
        .map(|entry| entry.expect("a corpus entry").path())
        .collect();
    files.sort();
    assert!(files.len() >= 20, "the corpus has {} files", files.len());
    let mut failed = Vec::new();
    for file in &files {
        let bytes = std::fs::read(file).expect("a corpus file");
        let run = std::panic::catch_unwind(|| fuzzing::relay_message(&bytes));
        if run.is_err() {
            failed.push(file.display().to_string());
        }
    }
    assert!(failed.is_empty(), "the relay panicked on {failed:#?}");
}

#[test]
fn the_committed_seeds_are_what_the_generator_makes() {
    let seeds = seeds();
    let dir = corpus_dir();
    let committed: BTreeMap<String, Vec<u8>> = std::fs::read_dir(&dir)
        .expect("the corpus directory")
        .map(|entry| entry.expect("a corpus entry").path())
        .filter_map(|path| {
            let name = path.file_name()?.to_str()?.to_owned();
            name.starts_with("seed-")
                .then(|| (name, std::fs::read(&path).expect("a seed")))
        })
        .collect();
    if std::env::var_os("PRAXIS_WRITE_FUZZ_CORPUS").is_some() {
        for name in committed.keys().filter(|name| !seeds.contains_key(*name)) {
            std::fs::remove_file(dir.join(name)).expect("remove a stale seed");
        }
        for (name, bytes) in &seeds {
            std::fs::write(dir.join(name), bytes).expect("write a seed");
        }
        return;
    }
    let total: usize = seeds.values().map(Vec::len).sum();
    assert!(total < 256 * 1024, "the seeds weigh {total} bytes");
    let stale: Vec<&String> = seeds
        .iter()
        .filter(|(name, bytes)| committed.get(*name) != Some(bytes))
        .map(|(name, _)| name)
        .chain(committed.keys().filter(|name| !seeds.contains_key(*name)))
        .collect();
    assert!(
        stale.is_empty(),
        "seeds differ from the generator's: {stale:?}; run \
         `PRAXIS_WRITE_FUZZ_CORPUS=1 cargo test -p sync-server --test fuzz_corpus`"
    );
}

/// The seeds reach where they are meant to: a corpus of inputs the relay throws out
/// at the first step would teach the fuzzer little.
#[test]
fn each_seed_gets_as_far_as_it_is_meant_to() {
    for (name, bytes) in seeds() {
        let expected = if name.starts_with("seed-garbage-") || name.starts_with("seed-truncated-") {
            Outcome::Undecodable
        } else if name.starts_with("seed-refused-") {
            Outcome::Refused
        } else if name.starts_with("seed-rejected-") {
            Outcome::Rejected
        } else {
            Outcome::Accepted
        };
        assert_eq!(fuzzing::relay_message(&bytes), expected, "{name}");
    }
}

// ---- the generator ----

/// Every seed, by file name: `seed-<what>`, where a `garbage-`/`truncated-` prefix
/// means not a message at all, `refused-` a change the hub refuses, `rejected-` a
/// message the protocol rejects after the handshake, and the rest is accepted.
fn seeds() -> BTreeMap<String, Vec<u8>> {
    let held = fuzzing::held_document();
    let other = DocumentId::from_bytes([0x22; 16]);
    let mut seeds: Vec<(&str, Vec<u8>)> = Vec::new();

    // The handshake. After it, `join` and `peer` are protocol errors; the fuzz target
    // also sends each input on a connection that has not joined, where `join` works.
    let join = WireMessage::Join {
        sender_id: PeerId::new(CLIENT),
        supported_protocol_versions: vec!["1".into()],
        peer_metadata: Some(PeerMetadata {
            storage_id: Some("3f1c2a5e-storage".into()),
            is_ephemeral: false,
        }),
    }
    .encode();
    seeds.push(("rejected-join", join.clone()));
    seeds.push((
        "rejected-join-unsupported-version",
        WireMessage::Join {
            sender_id: PeerId::new(CLIENT),
            supported_protocol_versions: vec!["0".into(), "2".into()],
            peer_metadata: None,
        }
        .encode(),
    ));
    seeds.push((
        "rejected-peer",
        WireMessage::Peer {
            sender_id: PeerId::new(CLIENT),
            target_id: PeerId::new(RELAY),
            selected_protocol_version: "1".into(),
            peer_metadata: Some(PeerMetadata::default()),
        }
        .encode(),
    ));

    // Documents: the relay holds `held` (a community with a roster, one change by
    // actor a1); the member's copy has two more changes of its own (one to the roster),
    // exchanged in a real Automerge sync session.
    let base = fuzzing::held_content();
    let mut member = base.clone().with_actor(ActorId::from([0xb2; 16]));
    edit(&mut member, 1, |tx| {
        tx.put(ROOT, "problem", "Vector control in the dry season")?;
        // The roster changes: the relay reads it again (access control).
        let design = tx.get(ROOT, "design")?.expect("a design").1;
        tx.put(&design, "call", "public")?;
        let members = tx.get(&design, "members")?.expect("members").1;
        tx.put(&members, "luis", "participant")?;
        tx.put(&members, "rosa", "moderator")?;
        let results = tx.put_object(ROOT, "results", ObjType::List)?;
        tx.insert(&results, 0, "Fewer breeding sites")?;
        Ok(())
    });
    let before_second = member.get_heads();
    edit(&mut member, 2, |tx| {
        let note = tx.put_object(ROOT, "note", ObjType::Text)?;
        tx.splice_text(&note, 0, 0, "Larvae counted weekly")?;
        tx.put(ROOT, "posts", ScalarValue::counter(3))?;
        tx.increment(ROOT, "posts", 2)?;
        Ok(())
    });
    for (n, data) in sync_session(&member, &base).into_iter().enumerate() {
        let name = ["sync-session-1", "sync-session-2", "sync-session-3"]
            .get(n)
            .copied()
            .unwrap_or("sync-session-more");
        seeds.push((name, sync(held, data)));
    }
    let member_change = change_bytes(&member, &before_second);
    let with_change = |changes: Vec<Vec<u8>>, version| {
        Message {
            heads: member.get_heads(),
            need: Vec::new(),
            have: Vec::new(),
            changes: changes.into(),
            flags: None,
            version,
        }
        .encode()
    };
    // A change whose dependency (the member's first) the relay lacks: Automerge queues it.
    seeds.push((
        "sync-change-missing-dependency",
        sync(
            held,
            with_change(vec![member_change.clone()], MessageVersion::V1),
        ),
    ));
    let all_changes: Vec<Vec<u8>> = member
        .get_changes(&[])
        .iter()
        .map(|change| change.raw_bytes().to_vec())
        .collect();
    seeds.push((
        "sync-all-changes-v1",
        sync(held, with_change(all_changes.clone(), MessageVersion::V1)),
    ));
    seeds.push((
        "sync-whole-document-v2",
        sync(held, with_change(vec![member.save()], MessageVersion::V2)),
    ));
    // The relay lacks `other`: a peer announcing it, then sending all of it.
    seeds.push((
        "sync-unknown-document-first-message",
        sync(other, first_message(&member)),
    ));
    seeds.push((
        "sync-unknown-document-changes",
        sync(other, with_change(all_changes, MessageVersion::V1)),
    ));
    seeds.push((
        "request-held-document",
        request(held, first_message(&Automerge::new())),
    ));
    seeds.push((
        "request-unknown-document",
        request(other, first_message(&Automerge::new())),
    ));

    // Damaged Automerge inside well-formed messages.
    let mut flipped = member_change.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x55;
    seeds.push((
        "refused-sync-damaged-change",
        sync(held, with_change(vec![flipped], MessageVersion::V1)),
    ));
    let cut = member_change[..member_change.len() - 3].to_vec();
    seeds.push((
        "refused-sync-truncated-change",
        sync(held, with_change(vec![cut], MessageVersion::V1)),
    ));
    seeds.push((
        "rejected-sync-data-not-automerge",
        sync(held, b"not an automerge sync message".to_vec()),
    ));
    let session = first_message(&member);
    seeds.push((
        "rejected-sync-data-truncated",
        sync(held, session[..session.len() / 2].to_vec()),
    ));

    // The other message types.
    seeds.push((
        "doc-unavailable",
        WireMessage::DocUnavailable {
            sender_id: PeerId::new(CLIENT),
            target_id: PeerId::new(RELAY),
            document_id: other,
        }
        .encode(),
    ));
    let mut presence = Cbor::default();
    presence.map(2);
    presence.text("cursor");
    presence.uint(17);
    presence.text("name");
    presence.text("Ana");
    seeds.push((
        "ephemeral",
        WireMessage::Ephemeral {
            sender_id: PeerId::new(CLIENT),
            target_id: PeerId::new(RELAY),
            count: 4,
            session_id: "session-7f2e".into(),
            document_id: held,
            data: presence.0,
        }
        .encode(),
    ));
    seeds.push((
        "rejected-error",
        WireMessage::Error {
            message: "the peer gives up".into(),
        }
        .encode(),
    ));
    // Types automerge-repo sends that the relay ignores.
    let mut heads = Cbor::default();
    heads.map(6);
    heads.entry("type", "remote-heads-changed");
    heads.entry("senderId", CLIENT);
    heads.entry("targetId", RELAY);
    heads.entry("documentId", &held.to_string());
    heads.text("newHeads");
    heads.map(1);
    heads.text("3f1c2a5e-storage");
    heads.map(2);
    heads.text("heads");
    heads.array(1);
    heads.text(&member.get_heads()[0].to_string());
    heads.text("timestamp");
    heads.uint(1_767_225_600_000);
    heads.text("sessionId");
    heads.text("session-7f2e");
    seeds.push(("remote-heads-changed", heads.0));
    let mut subscription = Cbor::default();
    subscription.map(5);
    subscription.entry("type", "remote-subscription-change");
    subscription.entry("senderId", CLIENT);
    subscription.entry("targetId", RELAY);
    subscription.text("add");
    subscription.array(1);
    subscription.text("3f1c2a5e-storage");
    subscription.text("remove");
    subscription.array(0);
    seeds.push(("remote-subscription-change", subscription.0));
    let mut leave = Cbor::default();
    leave.map(2);
    leave.entry("type", "leave");
    leave.entry("senderId", CLIENT);
    seeds.push(("leave", leave.0));

    // What JS peers may send: indefinite lengths, other key orders, unknown keys,
    // undefined, floats, tagged Uint8Arrays, chunked byte strings.
    let mut js = Cbor::default();
    js.0.push(0xbf); // a map of indefinite length
    js.text("data");
    js.0.push(0xd8); // tag 64: a Uint8Array
    js.0.push(64);
    js.bytes(&[0xa1, 0x61, b'x', 0x01]);
    js.text("count");
    js.0.extend([0xfb, 0x40, 0x14, 0, 0, 0, 0, 0, 0]); // 5.0 as a double
    js.text("peerMetadata");
    js.0.push(0xf7); // undefined
    js.entry("sessionId", "s");
    js.entry("documentId", &held.to_string());
    js.entry("targetId", RELAY);
    js.entry("senderId", CLIENT);
    js.text("unknownKey");
    js.0.extend([0x9f, 0x01, 0xf6, 0xff]); // [1, null], indefinite
    js.entry("type", "ephemeral");
    js.0.push(0xff);
    seeds.push(("ephemeral-as-js-sends-it", js.0));
    let data = first_message(&member);
    let mut chunked = Cbor::default();
    chunked.map(5);
    chunked.entry("type", "sync");
    chunked.entry("senderId", CLIENT);
    chunked.entry("targetId", RELAY);
    chunked.entry("documentId", &held.to_string());
    chunked.text("data");
    chunked.0.push(0x5f); // a byte string in chunks
    for part in data.chunks(16) {
        chunked.bytes(part);
    }
    chunked.0.push(0xff);
    seeds.push(("sync-data-in-chunks", chunked.0));

    // Not messages.
    let whole = sync(held, with_change(vec![member_change], MessageVersion::V1));
    seeds.push(("truncated-sync-by-one", whole[..whole.len() - 1].to_vec()));
    seeds.push(("truncated-sync-half", whole[..whole.len() / 2].to_vec()));
    seeds.push(("truncated-join", join[..join.len() / 2].to_vec()));
    seeds.push(("garbage-empty", Vec::new()));
    seeds.push(("garbage-text", b"GET /sync HTTP/1.1\r\n\r\n".to_vec()));
    seeds.push(("garbage-array", vec![0x83, 0x01, 0x02, 0x03]));
    seeds.push(("garbage-map-without-type", vec![0xa1, 0x61, b'a', 0x01]));
    seeds.push((
        "garbage-map-claiming-2-64-entries",
        vec![0xbb, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
    ));
    let mut type_int = Cbor::default();
    type_int.map(1);
    type_int.text("type");
    type_int.uint(1);
    seeds.push(("garbage-type-is-a-number", type_int.0));
    let mut bad_id = Cbor::default();
    bad_id.map(4);
    bad_id.entry("type", "doc-unavailable");
    bad_id.entry("senderId", CLIENT);
    bad_id.entry("targetId", RELAY);
    bad_id.entry("documentId", "automerge:not-a-document");
    seeds.push(("garbage-bad-document-id", bad_id.0));
    let mut trailing = WireMessage::Error {
        message: "x".into(),
    }
    .encode();
    trailing.push(0x00);
    seeds.push(("garbage-trailing-byte", trailing));
    // Deep nesting under an unknown key: decoding must not recurse per level.
    let mut deep = Cbor::default();
    deep.map(2);
    deep.entry("type", "leave");
    deep.text("nested");
    deep.0.extend(std::iter::repeat_n(0x81, 10_000));
    deep.uint(0);
    seeds.push(("leave-deeply-nested", deep.0));

    seeds
        .into_iter()
        .map(|(name, bytes)| (format!("seed-{name}"), bytes))
        .collect()
}

/// Commits what `f` does to `doc` at a fixed time, so the seeds are reproducible.
fn edit(
    doc: &mut Automerge,
    time: i64,
    f: impl FnOnce(
        &mut automerge::transaction::Transaction<'_>,
    ) -> Result<(), automerge::AutomergeError>,
) {
    let mut tx = doc.transaction();
    f(&mut tx).expect("an edit");
    tx.commit_with(CommitOptions::default().with_time(time));
}

/// The encoded change of `doc` made after `heads` (there must be exactly one).
fn change_bytes(doc: &Automerge, heads: &[automerge::ChangeHash]) -> Vec<u8> {
    let changes = doc.get_changes(heads);
    assert_eq!(changes.len(), 1);
    changes[0].raw_bytes().to_vec()
}

/// The first sync message a peer holding `doc` sends.
fn first_message(doc: &Automerge) -> Vec<u8> {
    doc.generate_sync_message(&mut State::new())
        .expect("a first message")
        .encode()
}

/// The messages `member` sends while syncing with `relay` until both are done.
fn sync_session(member: &Automerge, relay: &Automerge) -> Vec<Vec<u8>> {
    let (mut member, mut relay) = (member.clone(), relay.clone());
    let (mut ours, mut theirs) = (State::new(), State::new());
    let mut sent = Vec::new();
    for _ in 0..10 {
        let out = member.generate_sync_message(&mut ours);
        if let Some(message) = &out {
            let bytes = message.clone().encode();
            sent.push(bytes.clone());
            relay
                .receive_sync_message(&mut theirs, Message::decode(&bytes).expect("ours"))
                .expect("the relay takes it");
        }
        let back = relay.generate_sync_message(&mut theirs);
        if let Some(message) = back {
            member
                .receive_sync_message(&mut ours, message)
                .expect("the member takes it");
        } else if out.is_none() {
            break;
        }
    }
    assert_eq!(
        relay.get_heads(),
        member.get_heads(),
        "the session converged"
    );
    sent
}

fn sync(document: DocumentId, data: Vec<u8>) -> Vec<u8> {
    WireMessage::Sync {
        sender_id: PeerId::new(CLIENT),
        target_id: PeerId::new(RELAY),
        document_id: document,
        data,
    }
    .encode()
}

fn request(document: DocumentId, data: Vec<u8>) -> Vec<u8> {
    WireMessage::Request {
        sender_id: PeerId::new(CLIENT),
        target_id: PeerId::new(RELAY),
        document_id: document,
        data,
    }
    .encode()
}

/// Just enough CBOR for messages `WireMessage` does not encode.
#[derive(Default)]
struct Cbor(Vec<u8>);

impl Cbor {
    fn head(&mut self, major: u8, n: u64) {
        let major = major << 5;
        match n {
            0..24 => self.0.push(major | n as u8),
            24..0x100 => self.0.extend([major | 24, n as u8]),
            0x100..0x1_0000 => {
                self.0.push(major | 25);
                self.0.extend((n as u16).to_be_bytes());
            }
            0x1_0000..0x1_0000_0000 => {
                self.0.push(major | 26);
                self.0.extend((n as u32).to_be_bytes());
            }
            _ => {
                self.0.push(major | 27);
                self.0.extend(n.to_be_bytes());
            }
        }
    }

    fn uint(&mut self, n: u64) {
        self.head(0, n);
    }

    fn bytes(&mut self, b: &[u8]) {
        self.head(2, b.len() as u64);
        self.0.extend_from_slice(b);
    }

    fn text(&mut self, s: &str) {
        self.head(3, s.len() as u64);
        self.0.extend_from_slice(s.as_bytes());
    }

    fn array(&mut self, len: u64) {
        self.head(4, len);
    }

    fn map(&mut self, len: u64) {
        self.head(5, len);
    }

    fn entry(&mut self, key: &str, value: &str) {
        self.text(key);
        self.text(value);
    }
}
