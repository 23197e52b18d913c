//! `/metrics` over real HTTP while members sync: the numbers move with the work done.

mod support;

use std::time::Duration;

use support::{Member, TestRelay, http_get_with};
use sync_protocol::DocumentId;
use tokio::time::Instant;

const COUNTERS: [&str; 7] = [
    "praxis_messages_received_total",
    "praxis_messages_sent_total",
    "praxis_received_bytes_total",
    "praxis_sent_bytes_total",
    "praxis_sync_rounds_total",
    "praxis_store_write_seconds_count",
    "praxis_connections_total",
];

async fn counters(relay: &TestRelay) -> Vec<f64> {
    let mut values = Vec::new();
    for name in COUNTERS {
        values.push(relay.metric(name).await);
    }
    values
}

#[tokio::test]
async fn metrics_follow_connections_documents_traffic_and_store_writes() {
    let data = tempfile::tempdir().unwrap();
    let relay = TestRelay::start(data.path()).await;
    let (head, _) = http_get_with(relay.addr, "/metrics", "").await;
    assert!(
        head.contains("text/plain; version=0.0.4"),
        "the Prometheus text format: {head}"
    );
    assert_eq!(relay.metric("praxis_connections_open").await, 0.0);
    assert_eq!(relay.metric("praxis_documents").await, 0.0);
    assert_eq!(counters(&relay).await, vec![0.0; COUNTERS.len()]);

    let id = DocumentId::from_bytes([7; 16]);
    let mut ana = Member::online("ana", &relay).await;
    ana.create(id, "Antimicrobial resistance").await;
    assert_eq!(relay.metric("praxis_connections_open").await, 1.0);
    assert_eq!(relay.metric("praxis_documents").await, 1.0);
    let after_create = counters(&relay).await;
    for (name, value) in COUNTERS.iter().zip(&after_create) {
        assert!(*value > 0.0, "{name} moved: {value}");
    }
    assert!(relay.metric("praxis_store_write_seconds_sum").await > 0.0);
    assert!(
        relay
            .metric("praxis_store_write_seconds_bucket{le=\"+Inf\"}")
            .await
            >= 1.0
    );

    ana.edit(&id, |doc| {
        community::set_title(doc, "Antimicrobial resistance in hospitals")
    });
    ana.sync_until("the edit reaches the relay", Member::is_synced)
        .await;
    let after_edit = counters(&relay).await;
    for ((name, before), after) in COUNTERS.iter().zip(&after_create).zip(&after_edit) {
        if *name == "praxis_connections_total" {
            assert_eq!(after, before, "no new connection");
        } else {
            assert!(after > before, "{name}: {before} -> {after}");
        }
    }
    assert_eq!(
        relay.metric("praxis_documents").await,
        1.0,
        "the same document"
    );

    ana.disconnect();
    let give_up = Instant::now() + support::PATIENCE;
    while relay.metric("praxis_connections_open").await > 0.0 {
        assert!(Instant::now() < give_up, "the relay notices Ana left");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    relay.stop().await;
}

/// `praxis_sync_latency_seconds` counts changes passed on to another member syncing the
/// document, and only those: an edit nobody else is syncing is not a delivery.
#[tokio::test]
async fn sync_latency_counts_changes_passed_on_to_another_member() {
    let data = tempfile::tempdir().unwrap();
    let relay = TestRelay::start(data.path()).await;
    let id = DocumentId::from_bytes([8; 16]);
    let mut luis = Member::offline("luis");
    let mut ana = Member::online("ana", &relay).await;
    ana.create_with(id, "Yellow fever", &[luis.id()]).await;
    ana.edit(&id, |doc| community::set_title(doc, "Yellow fever alone"));
    ana.sync_until("the edit reaches the relay", Member::is_synced)
        .await;
    assert_eq!(
        relay.metric("praxis_sync_latency_seconds_count").await,
        0.0,
        "nobody else syncs it yet"
    );

    luis.connect(&relay).await;
    luis.fetch(id).await;
    ana.edit(&id, |doc| {
        community::set_title(doc, "Yellow fever in the Andes")
    });
    ana.sync_until("the edit reaches the relay", Member::is_synced)
        .await;
    luis.sync_until("Ana's edit reaches Luis", |luis| {
        luis.design(&id)
            .is_some_and(|design| design.title == "Yellow fever in the Andes")
    })
    .await;
    assert!(relay.metric("praxis_sync_latency_seconds_count").await >= 1.0);
    // The debounce (50 ms, counted from the hub's clock reading just before the
    // change is applied, so the timer here starts a little later) is part of it.
    assert!(relay.metric("praxis_sync_latency_seconds_sum").await >= 0.04);
    relay.stop().await;
}
