//! Interop with samod 0.16, the stock Rust automerge-repo implementation,
//! over an in-memory channel transport driven by tokio. Proves our wire
//! format and protocol behaviour are what a real automerge-repo peer expects.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use automerge::{Automerge, ROOT, ReadDoc, transaction::Transactable};
use futures::channel::mpsc::{UnboundedReceiver, UnboundedSender, unbounded};
use futures::future::BoxFuture;
use futures::{FutureExt, StreamExt};
use sync_protocol::{Config, ConnectionId, DocumentId, Effect, Millis, PeerId, Repo, Role};

/// Our end of an in-memory transport: frames to send, frames received.
struct Pipe {
    tx: UnboundedSender<Vec<u8>>,
    rx: UnboundedReceiver<Vec<u8>>,
}

/// Two connected pipes; the second half is wrapped as a samod `Transport`.
fn pipe_pair() -> (Pipe, samod::Transport) {
    let (to_samod, samod_rx) = unbounded::<Vec<u8>>();
    let (samod_tx, from_samod) = unbounded::<Vec<u8>>();
    let transport = samod::Transport::new(samod_rx.map(Ok::<_, std::io::Error>), samod_tx);
    (
        Pipe {
            tx: to_samod,
            rx: from_samod,
        },
        transport,
    )
}

/// A samod `Dialer` that hands out one in-memory transport per connect and
/// passes our end to the test.
struct ChannelDialer {
    ours: Mutex<UnboundedSender<Pipe>>,
}

impl samod::Dialer for ChannelDialer {
    type Error = std::convert::Infallible;

    fn url(&self) -> samod::Url {
        samod::Url::parse("memory://praxis-relay").expect("static url")
    }

    fn connect(
        &self,
    ) -> BoxFuture<'static, Result<samod::Transport, samod::DialError<Self::Error>>> {
        let (pipe, transport) = pipe_pair();
        let _ = self.ours.lock().unwrap().unbounded_send(pipe);
        async move { Ok(transport) }.boxed()
    }
}

/// Drives our sans-IO repo against the pipe until `done` holds (or panics after 10 s).
async fn pump(
    repo: &mut Repo,
    conn: ConnectionId,
    pipe: &mut Pipe,
    start: tokio::time::Instant,
    mut done: impl FnMut(&Repo) -> bool,
) {
    let deadline = start.elapsed() + Duration::from_secs(10);
    loop {
        for effect in repo.take_effects() {
            if let Effect::Send {
                connection, bytes, ..
            } = effect
            {
                assert_eq!(connection, conn);
                pipe.tx.unbounded_send(bytes).expect("samod side open");
            }
        }
        if done(repo) {
            return;
        }
        assert!(
            start.elapsed() < deadline,
            "timed out waiting for sync with samod"
        );
        let now = || Millis(start.elapsed().as_millis() as u64);
        tokio::select! {
            frame = pipe.rx.next() => {
                let frame = frame.expect("samod closed the connection");
                repo.receive(conn, &frame, now()).expect("samod's message is valid");
            }
            _ = tokio::time::sleep(Duration::from_millis(5)) => {}
        }
        repo.tick(now());
    }
}

fn get(doc: &Automerge, key: &str) -> Option<String> {
    let (value, _) = doc.get(ROOT, key).ok()??;
    value.as_str().map(str::to_owned)
}

fn samod_doc_with(key: &str, value: &str) -> Automerge {
    let mut doc = Automerge::new();
    let mut tx = doc.transaction();
    tx.put(ROOT, key, value).unwrap();
    tx.commit();
    doc
}

fn config() -> Config {
    Config {
        debounce: Millis(20),
        ..Config::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn samod_client_syncs_with_our_relay() {
    let start = tokio::time::Instant::now();
    let samod = samod::Repo::build_tokio().load().await;
    let (ours_tx, mut ours_rx) = unbounded();
    let dialer = Arc::new(ChannelDialer {
        ours: Mutex::new(ours_tx),
    });
    let _dialer = samod.dial(samod::BackoffConfig::default(), dialer).unwrap();
    let mut pipe = ours_rx.next().await.unwrap();

    let mut relay = Repo::new(PeerId::new("praxis-relay"), Role::Relay, config());
    let conn = relay.connect(Millis(0));
    pump(&mut relay, conn, &mut pipe, start, |r| {
        r.peer_of(conn).is_some()
    })
    .await;
    assert_eq!(
        relay.peer_of(conn).unwrap().as_str(),
        samod.peer_id().to_string()
    );

    // A document created in samod arrives with the same contents.
    let handle = samod
        .create(samod_doc_with("title", "from samod"))
        .await
        .unwrap();
    let id: DocumentId = handle.document_id().to_string().parse().unwrap();
    pump(&mut relay, conn, &mut pipe, start, |r| {
        r.document(&id).and_then(|d| get(d, "title")).as_deref() == Some("from samod")
    })
    .await;

    // An edit on our side arrives back in samod.
    let now = Millis(start.elapsed().as_millis() as u64);
    relay
        .change_document(&id, now, |d| {
            let mut tx = d.transaction();
            tx.put(ROOT, "reply", "from praxis").unwrap();
            tx.commit();
        })
        .unwrap();
    pump(&mut relay, conn, &mut pipe, start, |r| {
        handle.with_document(|d| get(d, "reply")).as_deref() == Some("from praxis")
            && r.is_synced(conn)
    })
    .await;
    assert_eq!(
        handle.with_document(|d| get(d, "title")).as_deref(),
        Some("from samod")
    );
    samod.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn our_client_syncs_with_samod_server() {
    let start = tokio::time::Instant::now();
    let samod = samod::Repo::build_tokio().load().await;
    let handle = samod
        .create(samod_doc_with("title", "served by samod"))
        .await
        .unwrap();
    let id: DocumentId = handle.document_id().to_string().parse().unwrap();

    let acceptor = samod
        .make_acceptor(samod::Url::parse("memory://samod-server").unwrap())
        .unwrap();
    let (mut pipe, transport) = pipe_pair();
    let _connection = acceptor.accept(transport).unwrap();

    let mut client = Repo::new(PeerId::new("praxis-client"), Role::Client, config());
    let conn = client.connect(Millis(0));
    pump(&mut client, conn, &mut pipe, start, |r| {
        r.peer_of(conn).is_some()
    })
    .await;

    // Ask for the document by its automerge-repo URL.
    let url = handle.url().to_string();
    let wanted = DocumentId::from_url(&url).unwrap();
    assert_eq!(wanted, id);
    client.request_document(id, Millis(start.elapsed().as_millis() as u64));
    pump(&mut client, conn, &mut pipe, start, |r| {
        r.document(&id).and_then(|d| get(d, "title")).as_deref() == Some("served by samod")
    })
    .await;

    let now = Millis(start.elapsed().as_millis() as u64);
    client
        .change_document(&id, now, |d| {
            let mut tx = d.transaction();
            tx.put(ROOT, "client", "edited in praxis").unwrap();
            tx.commit();
        })
        .unwrap();
    pump(&mut client, conn, &mut pipe, start, |r| {
        handle.with_document(|d| get(d, "client")).as_deref() == Some("edited in praxis")
            && r.is_synced(conn)
    })
    .await;

    // And a document our client creates is pushed to samod, which can find it.
    let ours = DocumentId::from_bytes(*b"praxis-doc-0001!");
    client.insert_document(ours, samod_doc_with("made", "here"), Millis(0));
    pump(&mut client, conn, &mut pipe, start, |r| r.is_synced(conn)).await;
    let samod_id: samod::DocumentId = ours.to_string().parse().unwrap();
    let found = samod
        .find(samod_id)
        .await
        .unwrap()
        .expect("samod has our doc");
    assert_eq!(
        found.with_document(|d| get(d, "made")).as_deref(),
        Some("here")
    );
    samod.stop().await;
}
