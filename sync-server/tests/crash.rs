//! Crash safety: the real relay binary, killed with SIGKILL at random moments while
//! members write and sync, restarted on the same data directory each time. After every
//! kill, every change the relay had acknowledged (its sync messages announced heads
//! containing it) must be in the store, every document must load, and nothing may be
//! set aside; at the end every member's work reaches the relay.
//!
//! 20 kills by default; `PRAXIS_CRASH_KILLS=500` for a longer run, `PRAXIS_CRASH_SEED`
//! to replay one (the seed is printed).

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::time::Duration;

use automerge::transaction::Transactable as _;
use automerge::{Automerge, ChangeHash, ReadDoc as _};
use community::MemberId;
use futures::{SinkExt as _, StreamExt as _};
use support::{Identity, PATIENCE, RelayChild, Socket};
use sync_protocol::message::WireMessage;
use sync_protocol::{ConnectionId, DocumentId, Effect, Millis, PeerId, Repo, Role};
use sync_server::store::{SqliteStore, Store as _};
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Message;

const DEFAULT_KILLS: usize = 20;

/// xorshift64*: enough randomness for kill times, and replayable from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// The relay binary on `data`'s store, its `run`-th life logged apart, syncing with
/// a short debounce so many rounds fall between kills.
fn start_relay(data: &Path, run: usize) -> RelayChild {
    RelayChild::spawn(
        &data.join("store"),
        &data.join(format!("relay-{run}.log")),
        "info",
        &["--sync-debounce-ms", "5"],
    )
}

/// A member's device writing as fast as it can, remembering every head the relay
/// announced: the changes the relay acknowledged.
struct Writer {
    repo: Repo,
    name: String,
    identity: Identity,
    /// Signed in once: the credential is in the relay's store, so it outlives kills.
    credential: Option<String>,
    socket: Option<Socket>,
    connection: Option<ConnectionId>,
    started: Instant,
    documents: Vec<DocumentId>,
    acked: BTreeMap<DocumentId, BTreeSet<ChangeHash>>,
    edits: u64,
}

impl Writer {
    /// A writer with its own copy of each document, whose roster names `members` (the
    /// copies are made apart; merged, their rosters unite).
    fn new(name: &str, identity: Identity, documents: Vec<(DocumentId, Vec<MemberId>)>) -> Self {
        let config = sync_protocol::Config {
            debounce: Millis(5),
            ..sync_protocol::Config::default()
        };
        let mut repo = Repo::new(PeerId::new(name), Role::Client, config);
        for (id, members) in &documents {
            let mut doc = support::community_doc("Crash", &members[0], &members[1..]);
            let mut tx = doc.transaction();
            tx.put(automerge::ROOT, format!("{name} was here"), true)
                .expect("put");
            tx.commit();
            repo.insert_document(*id, doc, Millis(0));
        }
        drop(repo.take_effects());
        let documents = documents.into_iter().map(|(id, _)| id).collect();
        Self {
            repo,
            name: name.to_owned(),
            identity,
            credential: None,
            socket: None,
            connection: None,
            started: Instant::now(),
            documents,
            acked: BTreeMap::new(),
            edits: 0,
        }
    }

    fn now(&self) -> Millis {
        Millis(u64::try_from(self.started.elapsed().as_millis()).expect("test time fits"))
    }

    async fn connect(&mut self, addr: std::net::SocketAddr) {
        self.lost();
        let credential = match &self.credential {
            Some(credential) => credential.clone(),
            None => self.identity.sign_in(addr).await,
        };
        self.credential = Some(credential.clone());
        let url = format!("ws://{addr}/sync?credential={credential}");
        if let Ok((socket, _)) = tokio_tungstenite::connect_async(url).await {
            self.socket = Some(socket);
            let now = self.now();
            self.connection = Some(self.repo.connect(now));
            self.flush().await;
        }
    }

    fn lost(&mut self) {
        self.socket = None;
        if let Some(connection) = self.connection.take() {
            self.repo.disconnect(connection);
        }
    }

    async fn flush(&mut self) {
        for effect in self.repo.take_effects() {
            if let Effect::Send { bytes, .. } = effect
                && let Some(socket) = self.socket.as_mut()
                && socket.send(Message::binary(bytes)).await.is_err()
            {
                self.lost();
            }
        }
    }

    fn edit(&mut self, rng: &mut Rng) {
        let index = usize::try_from(rng.below(self.documents.len() as u64)).expect("small");
        let id = self.documents[index];
        self.edits += 1;
        let (key, n) = (format!("{}-{}", self.name, self.edits), self.edits);
        let now = self.now();
        self.repo.change_document(&id, now, |doc| {
            let mut tx = doc.transaction();
            tx.put(automerge::ROOT, key, n).expect("put");
            tx.commit();
        });
    }

    /// Reads what the relay sent (for up to `wait`), noting the heads it announced.
    async fn step(&mut self, wait: Duration) {
        let frame = match self.socket.as_mut() {
            Some(socket) => tokio::time::timeout(wait, socket.next()).await.ok(),
            None => {
                tokio::time::sleep(wait).await;
                None
            }
        };
        match frame {
            Some(Some(Ok(Message::Binary(bytes)))) => {
                if let Ok(WireMessage::Sync {
                    document_id, data, ..
                }) = WireMessage::decode(&bytes)
                    && let Ok(message) = automerge::sync::Message::decode(&data)
                    // Empty heads acknowledge nothing.
                    && !message.heads.is_empty()
                {
                    self.acked
                        .entry(document_id)
                        .or_default()
                        .extend(message.heads);
                }
                let now = self.now();
                if let Some(connection) = self.connection
                    && self.repo.receive(connection, &bytes, now).is_err()
                {
                    self.lost();
                }
            }
            Some(Some(Ok(_))) | None => {}
            Some(Some(Err(_)) | None) => self.lost(),
        }
        let now = self.now();
        self.repo.tick(now);
        self.flush().await;
    }

    /// Edits and syncs until `until` or until the relay goes away.
    async fn run(&mut self, until: Instant, seed: u64) {
        let mut rng = Rng(seed | 1);
        while self.socket.is_some() && Instant::now() < until {
            if rng.below(3) == 0 {
                self.edit(&mut rng);
            }
            self.step(Duration::from_millis(2)).await;
        }
    }

    fn is_synced(&self) -> bool {
        self.connection
            .is_some_and(|connection| self.repo.is_synced(connection))
    }
}

/// Opens the store the killed relay left, as the next relay will: every document must
/// load, nothing may be set aside, and every acknowledged head must be there.
fn check_store(data: &Path, writers: &[Writer], kill: usize) -> usize {
    let mut store = SqliteStore::open(&data.join("store")).expect("the store opens");
    let loaded: BTreeMap<DocumentId, Automerge> = store
        .load_all()
        .expect("every document loads")
        .into_iter()
        .map(|loaded| (loaded.id, loaded.doc))
        .collect();
    let aside = store.quarantined().expect("quarantine");
    assert!(
        aside.is_empty(),
        "after kill {kill}, nothing is set aside: {:?}",
        aside.iter().map(|q| &q.reason).collect::<Vec<_>>()
    );
    let mut checked = 0;
    for writer in writers {
        for (id, heads) in &writer.acked {
            let doc = loaded.get(id).unwrap_or_else(|| {
                panic!("after kill {kill}: document {id} was acknowledged but is not stored")
            });
            for head in heads {
                assert!(
                    doc.get_change_by_hash(head).is_some(),
                    "after kill {kill}: {} saw the relay acknowledge {head}, which is not stored",
                    writer.name
                );
                checked += 1;
            }
        }
    }
    checked
}

#[tokio::test]
async fn every_acknowledged_change_survives_sigkill_at_random_moments() {
    let kills = std::env::var("PRAXIS_CRASH_KILLS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(DEFAULT_KILLS);
    let seed = std::env::var("PRAXIS_CRASH_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| {
            u64::from(
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .expect("after 1970")
                    .subsec_nanos(),
            )
        });
    println!("crash test: {kills} kills, PRAXIS_CRASH_SEED={seed}");
    let mut rng = Rng(seed | 1);
    let data = tempfile::tempdir().unwrap();
    let shared = DocumentId::from_bytes([0xcc; 16]);
    let identities: Vec<Identity> = (0..3).map(|_| Identity::generate()).collect();
    let everyone: Vec<MemberId> = identities.iter().map(|id| id.member.clone()).collect();
    let mut writers: Vec<Writer> = (0u8..3)
        .zip(identities)
        .map(|(n, identity)| {
            let own = vec![identity.member.clone()];
            Writer::new(
                &format!("writer{n}"),
                identity,
                vec![
                    (shared, everyone.clone()),
                    (DocumentId::from_bytes([n; 16]), own),
                ],
            )
        })
        .collect();
    let started = std::time::Instant::now();
    let mut checked = 0;
    for kill in 0..kills {
        let relay = start_relay(data.path(), kill);
        for writer in &mut writers {
            writer.connect(relay.addr).await;
        }
        // Kill somewhere between 10 ms and 400 ms into the writing, from another
        // thread, while the writers are mid-message.
        let after = Duration::from_millis(10 + rng.below(390));
        let killer = std::thread::spawn(move || {
            std::thread::sleep(after);
            relay.kill();
        });
        let until = Instant::now() + after + Duration::from_millis(300);
        let seeds: Vec<u64> = writers.iter().map(|_| rng.next()).collect();
        futures::future::join_all(
            writers
                .iter_mut()
                .zip(seeds)
                .map(|(writer, seed)| writer.run(until, seed)),
        )
        .await;
        killer.join().expect("the killer thread");
        checked = check_store(data.path(), &writers, kill);
    }

    // One last life: every member's work reaches the relay, and is stored.
    let relay = start_relay(data.path(), kills);
    for writer in &mut writers {
        writer.connect(relay.addr).await;
    }
    let give_up = Instant::now() + PATIENCE;
    while !writers.iter().all(Writer::is_synced) {
        assert!(
            Instant::now() < give_up,
            "the writers sync after the last restart"
        );
        for writer in &mut writers {
            if writer.socket.is_none() {
                writer.connect(relay.addr).await;
            }
            writer.step(Duration::from_millis(2)).await;
        }
    }
    let everything: Vec<(DocumentId, Vec<ChangeHash>)> = writers
        .iter()
        .flat_map(|writer| {
            writer
                .documents
                .iter()
                .map(|id| (*id, writer.repo.document(id).expect("held").get_heads()))
        })
        .collect();
    // Give the relay a moment to answer the last messages, then kill it once more.
    for writer in &mut writers {
        writer.step(Duration::from_millis(20)).await;
    }
    relay.kill();
    let mut store = SqliteStore::open(&data.path().join("store")).expect("the store opens");
    let loaded: BTreeMap<DocumentId, Automerge> = store
        .load_all()
        .expect("every document loads")
        .into_iter()
        .map(|loaded| (loaded.id, loaded.doc))
        .collect();
    for (id, heads) in &everything {
        for head in heads {
            assert!(
                loaded[id].get_change_by_hash(head).is_some(),
                "a synced change is stored"
            );
        }
    }
    let edits: u64 = writers.iter().map(|writer| writer.edits).sum();
    println!(
        "crash test: {kills} kills in {:.1} s, {edits} edits, {checked} acknowledged heads checked after the last kill",
        started.elapsed().as_secs_f64()
    );
}
