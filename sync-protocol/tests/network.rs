//! Scenarios on a deterministic in-memory network: one relay, several clients.

mod common;

use common::{Fate, Net, doc_id, new_doc, same_heads};
use sync_protocol::message::WireMessage;
use sync_protocol::{Effect, Origin, Role};

/// Relay at node 0, clients after it, each linked to the relay and handshaken.
fn star(clients: usize) -> (Net, Vec<usize>, Vec<usize>) {
    let mut net = Net::new();
    let relay = net.add("relay", Role::Relay);
    assert_eq!(relay, 0);
    let mut nodes = Vec::new();
    let mut links = Vec::new();
    for i in 0..clients {
        let c = net.add(&format!("client-{i}"), Role::Client);
        links.push(net.link(c, relay));
        nodes.push(c);
    }
    net.run();
    (net, nodes, links)
}

#[test]
fn handshake_then_doc_flows_from_client_to_relay_and_other_client() {
    let (mut net, c, links) = star(2);
    for (i, &node) in c.iter().enumerate() {
        let l = net.links[links[i]];
        assert_eq!(net.repos[node].peer_of(l.a_conn).unwrap().as_str(), "relay");
        assert!(
            net.events[node]
                .iter()
                .any(|e| matches!(e, Effect::PeerReady { .. }))
        );
    }
    let id = doc_id(1);
    let now = net.now;
    net.repos[c[0]].insert_document(id, new_doc(&[("title", "hello")]), now);
    net.collect();
    net.repos[c[1]].request_document(id, now);
    net.collect();
    net.run();
    assert_eq!(net.get(0, &id, "title").as_deref(), Some("hello"));
    assert_eq!(net.get(c[1], &id, "title").as_deref(), Some("hello"));
    assert!(net.events[c[1]].contains(&Effect::DocumentChanged {
        document: id,
        origin: Origin::Remote
    }));
    for (i, &node) in c.iter().enumerate() {
        let l = net.links[links[i]];
        assert!(net.repos[node].is_synced(l.a_conn), "client {i} synced");
        assert!(net.repos[0].is_synced(l.b_conn), "relay side {i} synced");
    }
}

#[test]
fn concurrent_edits_converge_through_relay() {
    let (mut net, c, _) = star(2);
    let id = doc_id(2);
    let now = net.now;
    net.repos[c[0]].insert_document(id, new_doc(&[("base", "0")]), now);
    net.collect();
    net.repos[c[1]].request_document(id, now);
    net.run();
    assert_eq!(net.get(c[1], &id, "base").as_deref(), Some("0"));

    // Both edit before seeing each other's change: different keys and the same key.
    net.change(c[0], &id, "a", "from-0");
    net.change(c[1], &id, "b", "from-1");
    net.change(c[0], &id, "title", "zero");
    net.change(c[1], &id, "title", "one");
    net.run();

    for &node in &c {
        assert_eq!(net.get(node, &id, "a").as_deref(), Some("from-0"));
        assert_eq!(net.get(node, &id, "b").as_deref(), Some("from-1"));
    }
    let t0 = net.get(c[0], &id, "title");
    assert!(t0.as_deref() == Some("zero") || t0.as_deref() == Some("one"));
    assert_eq!(t0, net.get(c[1], &id, "title"));
    assert_eq!(t0, net.get(0, &id, "title"));
    let docs: Vec<_> = [0, c[0], c[1]]
        .iter()
        .map(|&n| net.repos[n].document(&id).unwrap().clone())
        .collect();
    assert!(same_heads(&docs[0], &docs[1]) && same_heads(&docs[1], &docs[2]));
}

/// True when every listed node has the doc and all of them hold the same history.
fn converged(net: &Net, nodes: &[usize], id: &sync_protocol::DocumentId) -> bool {
    let docs: Vec<_> = nodes
        .iter()
        .filter_map(|&n| net.repos[n].document(id))
        .collect();
    docs.len() == nodes.len() && docs.windows(2).all(|w| same_heads(w[0], w[1]))
}

/// Closes and reopens every client's link (fresh sync states), then runs.
fn reconnect_all(net: &mut Net, clients: &[usize], links: &mut [usize]) {
    for (i, &c) in clients.iter().enumerate() {
        net.unlink(links[i]);
        links[i] = net.link(c, 0);
    }
    net.run();
}

fn is_sync_traffic(m: &WireMessage) -> bool {
    matches!(m, WireMessage::Sync { .. } | WireMessage::Request { .. })
}

/// Two clients sharing one synced document with key "base".
fn shared_doc(clients: usize) -> (Net, Vec<usize>, Vec<usize>, sync_protocol::DocumentId) {
    let (mut net, c, links) = star(clients);
    let id = doc_id(9);
    let now = net.now;
    net.repos[c[0]].insert_document(id, new_doc(&[("base", "0")]), now);
    net.collect();
    for &other in &c[1..] {
        net.repos[other].request_document(id, now);
        net.collect();
    }
    net.run();
    let all: Vec<usize> = std::iter::once(0).chain(c.iter().copied()).collect();
    assert!(converged(&net, &all, &id));
    (net, c, links, id)
}

#[test]
fn lost_messages_then_reconnect_converges() {
    let (mut net, c, mut links, id) = shared_doc(2);
    for i in 0..5 {
        net.change(c[0], &id, &format!("a{i}"), "x");
        net.change(c[1], &id, &format!("b{i}"), "y");
    }
    let mut dropped = 0;
    net.run_with(|n, p| {
        if n % 2 == 0 && is_sync_traffic(&p.decode()) {
            dropped += 1;
            Fate::Drop
        } else {
            Fate::Deliver
        }
    });
    assert!(dropped > 0);
    // Lost messages leave sync states waiting for acks that never come.
    assert!(!converged(&net, &[0, c[0], c[1]], &id));
    reconnect_all(&mut net, &c, &mut links);
    assert!(converged(&net, &[0, c[0], c[1]], &id));
    for i in 0..5 {
        assert_eq!(net.get(c[1], &id, &format!("a{i}")).as_deref(), Some("x"));
        assert_eq!(net.get(c[0], &id, &format!("b{i}")).as_deref(), Some("y"));
    }
    assert!(net.repos[c[0]].is_synced(net.links[links[0]].a_conn));
}

#[test]
fn duplicated_messages_are_harmless() {
    let (mut net, c, links, id) = shared_doc(2);
    net.change(c[0], &id, "dup", "1");
    net.change(c[1], &id, "dup2", "2");
    net.run_with(|_, p| {
        if is_sync_traffic(&p.decode()) {
            Fate::Duplicate
        } else {
            Fate::Deliver
        }
    });
    assert!(converged(&net, &[0, c[0], c[1]], &id));
    assert_eq!(net.get(c[1], &id, "dup").as_deref(), Some("1"));
    assert_eq!(net.get(c[0], &id, "dup2").as_deref(), Some("2"));
    assert!(net.repos[c[1]].is_synced(net.links[links[1]].a_conn));
}

#[test]
fn reordered_messages_converge_after_reconnect() {
    let (mut net, c, mut links, id) = shared_doc(2);
    // Several separate flushes from each client, all in flight at once...
    for i in 0..4 {
        net.change(c[0], &id, &format!("r{i}"), "0");
        net.change(c[1], &id, &format!("s{i}"), "1");
        net.advance(common::DEBOUNCE.0);
        let now = net.now;
        for r in &mut net.repos {
            r.tick(now);
        }
        net.collect();
    }
    // ...delivered newest first.
    let batch: Vec<_> = net.queue.drain(..).rev().collect();
    assert!(batch.len() >= 2);
    for p in &batch {
        net.deliver(p);
    }
    net.run();
    reconnect_all(&mut net, &c, &mut links);
    assert!(converged(&net, &[0, c[0], c[1]], &id));
    for i in 0..4 {
        assert_eq!(net.get(c[1], &id, &format!("r{i}")).as_deref(), Some("0"));
        assert_eq!(net.get(c[0], &id, &format!("s{i}")).as_deref(), Some("1"));
    }
}

#[test]
fn offline_edits_converge_on_reconnect() {
    let (mut net, c, mut links, id) = shared_doc(2);
    net.unlink(links[1]);
    net.change(c[1], &id, "offline", "edited on a plane");
    net.change(c[1], &id, "base", "offline");
    net.change(c[0], &id, "online", "meanwhile");
    net.run();
    assert_eq!(net.get(0, &id, "online").as_deref(), Some("meanwhile"));
    assert_eq!(net.get(0, &id, "offline"), None);

    links[1] = net.link(c[1], 0);
    net.run();
    assert!(converged(&net, &[0, c[0], c[1]], &id));
    for &n in &[0, c[0], c[1]] {
        assert_eq!(
            net.get(n, &id, "offline").as_deref(),
            Some("edited on a plane")
        );
        assert_eq!(net.get(n, &id, "online").as_deref(), Some("meanwhile"));
        assert_eq!(net.get(n, &id, "base").as_deref(), Some("offline"));
    }
}

#[test]
fn unavailable_document_is_delivered_when_it_appears() {
    let (mut net, c, _) = star(1);
    let id = doc_id(3);
    let now = net.now;
    net.repos[c[0]].request_document(id, now);
    net.collect();
    net.run();
    assert!(net.events[c[0]].contains(&Effect::DocumentUnavailable { document: id }));
    assert!(net.messages(0, c[0]).iter().any(
        |m| matches!(m, WireMessage::DocUnavailable { document_id, .. } if *document_id == id)
    ));
    assert!(net.repos[c[0]].document(&id).is_none());

    // Another client comes online with the document.
    let late = net.add("late", Role::Client);
    let now = net.now;
    net.repos[late].insert_document(id, new_doc(&[("title", "found")]), now);
    net.link(late, 0);
    net.run();
    assert_eq!(net.get(c[0], &id, "title").as_deref(), Some("found"));
    assert!(net.events[c[0]].contains(&Effect::DocumentChanged {
        document: id,
        origin: Origin::Remote
    }));
}

#[test]
fn relay_never_sends_a_document_to_a_connection_that_did_not_ask() {
    let (mut net, c, _) = star(3);
    let shared = doc_id(4);
    let private = doc_id(5);
    let now = net.now;
    net.repos[c[0]].insert_document(shared, new_doc(&[("k", "v")]), now);
    net.repos[c[2]].insert_document(private, new_doc(&[("secret", "s")]), now);
    net.repos[c[1]].request_document(shared, now);
    net.collect();
    net.run();
    net.change(c[0], &shared, "k", "v2");
    net.run();

    assert_eq!(net.get(c[1], &shared, "k").as_deref(), Some("v2"));
    assert!(net.repos[c[2]].document(&shared).is_none());
    assert!(net.repos[c[0]].document(&private).is_none());
    assert!(net.repos[c[1]].document(&private).is_none());
    // The relay holds `private` (c2 pushed it) but only talks about it with c2.
    assert_eq!(net.get(0, &private, "secret").as_deref(), Some("s"));
    let mentions = |m: &WireMessage, id| match m {
        WireMessage::Sync { document_id, .. }
        | WireMessage::Request { document_id, .. }
        | WireMessage::DocUnavailable { document_id, .. }
        | WireMessage::Ephemeral { document_id, .. } => *document_id == id,
        _ => false,
    };
    assert!(!net.messages(0, c[2]).iter().any(|m| mentions(m, shared)));
    assert!(!net.messages(0, c[0]).iter().any(|m| mentions(m, private)));
    assert!(!net.messages(0, c[1]).iter().any(|m| mentions(m, private)));
}

#[test]
fn relay_forwards_ephemeral_only_to_interested_connections() {
    let (mut net, c, links) = star(3);
    let id = doc_id(6);
    let now = net.now;
    net.repos[c[0]].insert_document(id, new_doc(&[("k", "v")]), now);
    net.repos[c[1]].request_document(id, now);
    net.collect();
    net.run();
    let ephemeral = WireMessage::Ephemeral {
        sender_id: sync_protocol::PeerId::new("client-0"),
        target_id: sync_protocol::PeerId::new("relay"),
        count: 1,
        session_id: "sess".into(),
        document_id: id,
        data: vec![0xa0],
    };
    let relay_side = net.links[links[0]].b_conn;
    net.repos[0]
        .receive(relay_side, &ephemeral.encode(), now)
        .unwrap();
    net.collect();
    net.run();
    let forwarded: Vec<_> = net
        .messages(0, c[1])
        .into_iter()
        .filter(|m| matches!(m, WireMessage::Ephemeral { .. }))
        .collect();
    assert_eq!(
        forwarded,
        vec![WireMessage::Ephemeral {
            sender_id: sync_protocol::PeerId::new("client-0"),
            target_id: sync_protocol::PeerId::new("client-1"),
            count: 1,
            session_id: "sess".into(),
            document_id: id,
            data: vec![0xa0],
        }]
    );
    for to in [c[0], c[2]] {
        assert!(
            !net.messages(0, to)
                .iter()
                .any(|m| matches!(m, WireMessage::Ephemeral { .. }))
        );
    }
}

#[test]
fn many_local_changes_within_the_window_flush_once() {
    let (mut net, c, links, id) = shared_doc(1);
    let conn = net.links[links[0]].a_conn;
    assert!(net.repos[c[0]].is_synced(conn));
    let sent_before = net.sent.len();
    let first = net.now;
    for i in 0..20 {
        net.change(c[0], &id, "typing", &"x".repeat(i + 1));
        net.advance(1);
    }
    // Nothing goes out during the window, and the deadline is not pushed back.
    assert_eq!(net.sent.len(), sent_before);
    assert!(!net.repos[c[0]].is_synced(conn));
    assert_eq!(
        net.repos[c[0]].next_deadline(),
        Some(sync_protocol::Millis(first.0 + common::DEBOUNCE.0))
    );
    let local_changes = net.events[c[0]]
        .iter()
        .filter(|e| {
            matches!(
                e,
                Effect::DocumentChanged {
                    origin: Origin::Local,
                    ..
                }
            )
        })
        .count();
    assert_eq!(local_changes, 20);

    let deadline = net.repos[c[0]].next_deadline().unwrap();
    net.now = deadline;
    net.repos[c[0]].tick(deadline);
    net.collect();
    assert_eq!(net.sent.len(), sent_before + 1, "one flush");
    assert!(matches!(
        net.sent.last().unwrap().decode(),
        WireMessage::Sync { .. }
    ));
    assert_eq!(net.repos[c[0]].next_deadline(), None);

    net.run();
    assert_eq!(
        net.get(0, &id, "typing").as_deref(),
        Some("x".repeat(20).as_str())
    );
    assert!(net.repos[c[0]].is_synced(conn));
}
