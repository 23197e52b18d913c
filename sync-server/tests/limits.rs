//! Each of the relay's limits over a real WebSocket against the real relay: going over
//! one affects only the connection that did, and says why.

mod support;

use std::time::Duration;

use futures::SinkExt as _;
use support::{Member, TestRelay, config, next_message, raw_peer, read_until_close, request};
use sync_protocol::DocumentId;
use sync_protocol::message::WireMessage;
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Message;

fn new_id(n: u8) -> DocumentId {
    DocumentId::from_bytes([n, 9, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
}

fn title(member: &Member, id: &DocumentId) -> Option<String> {
    member.design(id).map(|design| design.title)
}

/// Ana edits, Luis sees it: the relay is serving them.
async fn still_syncing(ana: &mut Member, luis: &mut Member, id: DocumentId, text: &str) {
    ana.edit(&id, |doc| community::set_title(doc, text));
    ana.sync_until("Ana's edit reaches the relay", Member::is_synced)
        .await;
    luis.sync_until("Luis sees Ana's edit", |m| {
        title(m, &id).as_deref() == Some(text)
    })
    .await;
}

#[tokio::test]
async fn a_connection_over_the_limit_is_closed_with_a_reason_and_the_others_keep_syncing() {
    let data = tempfile::tempdir().unwrap();
    let mut config = config(data.path());
    config.max_connections = 2;
    let relay = TestRelay::start_with(config).await;
    let id = new_id(1);
    let mut luis = Member::offline("luis");
    let mut late = Member::offline("late");
    let mut ana = Member::online("ana", &relay).await;
    ana.create_with(id, "Maternal health", &[luis.id(), late.id()])
        .await;
    luis.connect(&relay).await;
    luis.fetch(id).await;

    let (mut third, _) = tokio_tungstenite::connect_async(relay.url()).await.unwrap();
    let (_, close) = read_until_close(&mut third).await;
    let close = close.expect("a close frame");
    assert_eq!(u16::from(close.code), 1013, "try again later: {close:?}");
    assert!(
        close.reason.contains("limit of 2 connections"),
        "{}",
        close.reason
    );
    assert_eq!(
        relay
            .metric("praxis_connections_closed_total{reason=\"max_connections\"}")
            .await,
        1.0
    );
    still_syncing(&mut ana, &mut luis, id, "Maternal health in the Andes").await;

    // A place freed is a place taken.
    luis.disconnect();
    let give_up = Instant::now() + support::PATIENCE;
    while relay.metric("praxis_connections_open").await > 1.0 {
        assert!(Instant::now() < give_up, "the relay notices Luis left");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    late.connect(&relay).await;
    late.fetch(id).await;
    relay.stop().await;
}

#[tokio::test]
async fn asking_for_more_documents_than_allowed_closes_only_that_connection() {
    let data = tempfile::tempdir().unwrap();
    let mut config = config(data.path());
    config.max_documents_per_connection = 3;
    let relay = TestRelay::start_with(config).await;
    let id = new_id(2);
    let mut luis = Member::offline("luis");
    let mut ana = Member::online("ana", &relay).await;
    ana.create_with(id, "Tuberculosis", &[luis.id()]).await;
    luis.connect(&relay).await;
    luis.fetch(id).await;

    let mut greedy = raw_peer(&relay, "greedy").await;
    for n in 10..13 {
        greedy
            .send(Message::binary(request("greedy", new_id(n))))
            .await
            .unwrap();
        assert!(
            matches!(next_message(&mut greedy).await, WireMessage::DocUnavailable { document_id, .. } if document_id == new_id(n)),
            "up to the limit, requests are answered"
        );
    }
    // Asking again for one it already asked for is within the limit.
    greedy
        .send(Message::binary(request("greedy", new_id(10))))
        .await
        .unwrap();
    greedy
        .send(Message::binary(request("greedy", new_id(13))))
        .await
        .unwrap();
    let (last, close) = read_until_close(&mut greedy).await;
    let error = WireMessage::decode(&last.expect("an `error` message")).unwrap();
    assert!(
        matches!(&error, WireMessage::Error { message } if message.contains("more than 3 documents")),
        "{error:?}"
    );
    let close = close.expect("a close frame");
    assert_eq!(u16::from(close.code), 1008, "policy violation: {close:?}");
    assert!(close.reason.contains("more than 3 documents"));

    still_syncing(&mut ana, &mut luis, id, "Tuberculosis in prisons").await;
    relay.stop().await;
}

#[tokio::test]
async fn a_connection_over_its_message_rate_is_slowed_down_and_the_others_are_not() {
    let data = tempfile::tempdir().unwrap();
    let mut config = config(data.path());
    config.messages_per_second = 20;
    config.message_burst = 5;
    let relay = TestRelay::start_with(config).await;
    let id = new_id(3);
    let mut luis = Member::offline("luis");
    let mut ana = Member::online("ana", &relay).await;
    ana.create_with(id, "Vaccination", &[luis.id()]).await;
    luis.connect(&relay).await;
    luis.fetch(id).await;

    // 40 requests at once: 5 of burst (one went on `join`), then 20 a second.
    const FLOOD: u8 = 40;
    let mut flood = raw_peer(&relay, "flood").await;
    let started = Instant::now();
    let flooding = tokio::spawn(async move {
        for n in 0..FLOOD {
            flood
                .send(Message::binary(request("flood", new_id(100 + n))))
                .await
                .unwrap();
        }
        for _ in 0..FLOOD {
            assert!(matches!(
                next_message(&mut flood).await,
                WireMessage::DocUnavailable { .. }
            ));
        }
        started.elapsed()
    });

    tokio::time::sleep(Duration::from_millis(300)).await;
    let before = Instant::now();
    still_syncing(&mut ana, &mut luis, id, "Vaccination in schools").await;
    let others_took = before.elapsed();
    let flood_took = flooding.await.unwrap();
    assert!(
        flood_took >= Duration::from_millis(1500),
        "40 messages at 20/s after a burst of 5 take about 1.8 s, not {flood_took:?}"
    );
    assert!(
        others_took < Duration::from_millis(1000),
        "the others are not slowed down: {others_took:?}"
    );
    assert!(relay.metric("praxis_throttled_total").await > 0.0);
    relay.stop().await;
}

#[tokio::test]
async fn a_silent_connection_is_closed_after_the_idle_timeout_and_a_live_one_is_not() {
    let data = tempfile::tempdir().unwrap();
    let mut config = config(data.path());
    config.idle_timeout_secs = 1;
    let relay = TestRelay::start_with(config).await;
    let id = new_id(4);
    let mut luis = Member::offline("luis");
    let mut ana = Member::online("ana", &relay).await;
    ana.create_with(id, "Mental health", &[luis.id()]).await;
    luis.connect(&relay).await;
    luis.fetch(id).await;

    // Neither reads nor answers the relay's pings: a peer that died without a word.
    let mut silent = raw_peer(&relay, "silent").await;
    let silence = tokio::spawn(async move {
        // Closed after 1 s of silence; the relay waits a second for the answering close.
        tokio::time::sleep(Duration::from_millis(1600)).await;
        read_until_close(&mut silent).await
    });
    // Ana and Luis stay connected and quiet; their sockets answer the pings.
    let (_, _) = tokio::join!(
        ana.stay_online(Duration::from_millis(2500)),
        luis.stay_online(Duration::from_millis(2500))
    );
    let (_, close) = silence.await.unwrap();
    let close = close.expect("a close frame");
    assert_eq!(u16::from(close.code), 1001, "going away: {close:?}");
    assert!(close.reason.contains("idle"), "{}", close.reason);
    assert_eq!(
        relay
            .metric("praxis_connections_closed_total{reason=\"idle\"}")
            .await,
        1.0
    );
    still_syncing(&mut ana, &mut luis, id, "Mental health at work").await;
    relay.stop().await;
}
