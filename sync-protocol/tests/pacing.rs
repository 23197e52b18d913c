//! How many messages a relay exchanges when several peers write to one document at
//! once (issue 7): with some change always on its way, heads nearly always differ, and
//! answering every message at once turned into a ping-pong of messages that said
//! nothing new. On a network with latency (so changes really are in flight) the relay
//! sends each peer at most one message per flush, never repeats itself, and everyone
//! still converges.

mod common;

use common::{DEBOUNCE, Net, doc_id, new_doc, same_heads};
use sync_protocol::message::WireMessage;
use sync_protocol::{DocumentId, Role};

const RELAY: usize = 0;

/// A relay at node 0 and `clients` clients holding one shared document, synced.
fn shared_doc(clients: usize) -> (Net, Vec<usize>, DocumentId) {
    let mut net = Net::new();
    assert_eq!(net.add("relay", Role::Relay), RELAY);
    let nodes: Vec<usize> = (0..clients)
        .map(|i| {
            let c = net.add(&format!("client-{i}"), Role::Client);
            net.link(c, RELAY);
            c
        })
        .collect();
    net.run();
    let id = doc_id(7);
    let now = net.now;
    net.repos[nodes[0]].insert_document(id, new_doc(&[("title", "busy")]), now);
    net.collect();
    net.run();
    for &c in &nodes[1..] {
        net.repos[c].request_document(id, now);
        net.collect();
    }
    net.run();
    (net, nodes, id)
}

/// Every client writes `changes` times, one every `interval` ms, the writers spread
/// over the interval; then the network runs until nothing is left to do. Returns the
/// index in `net.sent` where the writing started.
fn write_concurrently(
    net: &mut Net,
    clients: &[usize],
    id: &DocumentId,
    changes: u64,
    interval: u64,
) -> usize {
    let start_sent = net.sent.len();
    let start = net.now.0;
    let writers = clients.len() as u64;
    let last_write = start + changes * interval;
    while net.now.0 <= last_write
        || !net.queue.is_empty()
        || net.repos.iter().any(|r| r.next_deadline().is_some())
    {
        assert!(
            net.now.0 < last_write + 60_000,
            "the network did not go quiet"
        );
        let t = net.now.0 - start;
        for (i, &c) in clients.iter().enumerate() {
            let offset = i as u64 * interval / writers;
            if t >= offset
                && (t - offset).is_multiple_of(interval)
                && (t - offset) / interval < changes
            {
                net.change(c, id, &format!("client-{i}"), &format!("{t}"));
            }
        }
        net.step();
    }
    start_sent
}

/// The sync messages of `net.sent[from..]` from `sender` to `receiver`, decoded.
fn sync_messages(
    net: &Net,
    from: usize,
    sender: usize,
    receiver: usize,
) -> Vec<automerge::sync::Message> {
    net.sent[from..]
        .iter()
        .filter(|p| p.from == sender && p.to == receiver)
        .filter_map(|p| match p.decode() {
            WireMessage::Sync { data, .. } => {
                Some(automerge::sync::Message::decode(&data).expect("valid sync data"))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn concurrent_writers_get_at_most_one_message_per_flush_and_no_echoes() {
    let (mut net, clients, id) = shared_doc(10);
    net.latency = 5;
    let started_at = net.now.0;
    let from = write_concurrently(&mut net, &clients, &id, 20, 100);
    let duration = net.now.0 - started_at;

    let relay_doc = net.repos[RELAY].document(&id).expect("relay holds it");
    for &c in &clients {
        assert!(
            same_heads(relay_doc, net.repos[c].document(&id).unwrap()),
            "client {c} converged"
        );
    }
    let flushes = duration / DEBOUNCE.0 + 1;
    for &c in &clients {
        let to_peer = sync_messages(&net, from, RELAY, c);
        // A reply that answers a `need` may come on top of the flushes; nobody needs
        // anything here (nothing is lost), so the flushes are the bound.
        assert!(
            to_peer.len() as u64 <= flushes,
            "client {c} got {} messages in {duration} ms, more than one per flush ({flushes})",
            to_peer.len()
        );
        for pair in to_peer.windows(2) {
            let says_nothing_new = pair[1].changes.is_empty() && pair[1].need.is_empty();
            assert!(
                !(says_nothing_new && pair[1].heads == pair[0].heads),
                "client {c} was sent a message repeating the previous one's heads"
            );
        }
    }
    // Each change reaches nine readers; a message per reader per change (and one
    // acknowledgement back) would be 2 × 9 + 1 = 19 messages per change. Batching
    // keeps it well below.
    let total = net.sent[from..].len() as f64;
    let per_change = total / (clients.len() as f64 * 20.0);
    assert!(per_change < 10.0, "{per_change:.1} messages per change");
}

#[test]
fn a_lone_writer_costs_one_message_per_peer_and_one_answer_per_reader() {
    let (mut net, clients, id) = shared_doc(4);
    net.latency = 5;
    let from = net.sent.len();
    for n in 0..5 {
        net.change(clients[0], &id, "title", &format!("edit {n}"));
        // Far apart: each change has its flush to itself.
        for _ in 0..500 {
            net.step();
        }
    }
    assert!(net.queue.is_empty() && net.repos.iter().all(|r| r.next_deadline().is_none()));
    let from_relay = net.sent[from..].iter().filter(|p| p.from == RELAY).count();
    let to_relay = net.sent[from..].iter().filter(|p| p.to == RELAY).count();
    // Per change: the writer's message, its acknowledgement, the change to each of the
    // three readers and each one's acknowledgement; nothing answers an acknowledgement.
    assert_eq!(from_relay, 5 * 4, "relay → clients");
    assert_eq!(to_relay, 5 * 4, "clients → relay");
}
