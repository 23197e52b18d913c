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
        assert!(net.events[node].iter().any(|e| matches!(e, Effect::PeerReady { .. })));
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
