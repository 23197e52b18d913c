//! Graceful shutdown of the relay binary: on SIGTERM it closes every sync connection
//! with 1001 "going away", exits 0, and a restarted relay has every change it
//! acknowledged.

mod support;

use std::time::Duration;

use automerge::ReadDoc as _;

use support::{Member, PATIENCE, RelayChild};
use sync_protocol::DocumentId;
use sync_server::store::{SqliteStore, Store as _};

#[tokio::test]
async fn sigterm_closes_connections_with_going_away_and_loses_nothing_acknowledged() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let mut relay = RelayChild::spawn(&store, &dir.path().join("relay.log"), "info", &[]);
    let addr = relay.addr;
    let id = DocumentId::from_bytes([0x5d; 16]);
    let mut luis = Member::offline("luis");
    let mut ana = Member::offline("ana");
    ana.connect_to(addr).await;
    let now = ana.now();
    ana.repo.insert_document(
        id,
        support::community_doc("Drained", &ana.id(), &[luis.id()]),
        now,
    );
    ana.sync_until("the relay has the community", Member::is_synced)
        .await;
    luis.connect_to(addr).await;
    luis.fetch(id).await;

    // Both write; each round the relay acknowledges is noted.
    let mut acknowledged = Vec::new();
    for n in 0..20 {
        let text = format!("edit {n}");
        ana.edit(&id, |doc| community::set_problem(doc, &text));
        let other = format!("{text} by Luis");
        luis.edit(&id, |doc| community::set_title(doc, &other));
        ana.sync_until("Ana's edit is acknowledged", Member::is_synced)
            .await;
        luis.sync_until("Luis's edit is acknowledged", Member::is_synced)
            .await;
        acknowledged.extend(ana.repo.document(&id).unwrap().get_heads());
        acknowledged.extend(luis.repo.document(&id).unwrap().get_heads());
    }
    // One more each, in flight as the signal arrives.
    ana.edit(&id, |doc| community::set_problem(doc, "in flight"));
    luis.edit(&id, |doc| community::set_title(doc, "in flight too"));
    let pid = relay.process.id().to_string();
    let signalled = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill runs");
    assert!(signalled.success());
    for member in [&mut ana, &mut luis] {
        let close = member.until_closed().await;
        assert_eq!(u16::from(close.code), 1001, "going away: {close:?}");
        assert!(close.reason.contains("shutting down"), "{}", close.reason);
    }
    let give_up = std::time::Instant::now() + PATIENCE;
    let status = loop {
        if let Some(status) = relay.process.try_wait().unwrap() {
            break status;
        }
        assert!(
            std::time::Instant::now() < give_up,
            "the relay exits in time"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert!(status.success(), "exit status {status}");

    let mut reopened = SqliteStore::open(&store).unwrap();
    let loaded = reopened.load_all().unwrap();
    let doc = &loaded.iter().find(|loaded| loaded.id == id).unwrap().doc;
    for head in &acknowledged {
        assert!(
            doc.get_change_by_hash(head).is_some(),
            "an acknowledged change is stored"
        );
    }
    assert!(reopened.quarantined().unwrap().is_empty());
    drop(reopened);

    // And a restarted relay serves it all.
    let relay = RelayChild::spawn(&store, &dir.path().join("relay-2.log"), "info", &[]);
    let addr = relay.addr;
    let mut late = Member::offline("late");
    late.identity = luis.identity.clone();
    late.connect_to(addr).await;
    late.fetch(id).await;
    let served = late.repo.document(&id).unwrap();
    for head in &acknowledged {
        assert!(served.get_change_by_hash(head).is_some());
    }
    drop(relay);
}
