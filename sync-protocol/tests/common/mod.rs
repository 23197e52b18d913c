//! A deterministic in-memory network for driving several `Repo`s: no sockets,
//! no threads, no clock. Messages sit in one FIFO queue and the test decides
//! what gets delivered, dropped, duplicated or reordered.

#![allow(dead_code)] // each test binary uses a different subset

use std::collections::VecDeque;

use automerge::{Automerge, ROOT, ReadDoc, transaction::Transactable};
use sync_protocol::message::WireMessage;
use sync_protocol::{Config, ConnectionId, DocumentId, Effect, Millis, PeerId, Repo, Role};

/// Index of a repo in the network.
pub type NodeId = usize;

/// A message in flight from one node to another.
#[derive(Clone, Debug)]
pub struct Packet {
    pub link: usize,
    pub from: NodeId,
    pub to: NodeId,
    pub to_conn: ConnectionId,
    pub bytes: Vec<u8>,
    /// When it arrives, for [`Net::step`] (sent time plus [`Net::latency`]).
    pub due: Millis,
}

impl Packet {
    pub fn decode(&self) -> WireMessage {
        WireMessage::decode(&self.bytes).expect("repos only send valid messages")
    }
}

/// A transport between a client-side and a relay-side connection.
#[derive(Clone, Copy, Debug)]
pub struct Link {
    pub a: NodeId,
    pub a_conn: ConnectionId,
    pub b: NodeId,
    pub b_conn: ConnectionId,
    pub open: bool,
}

/// What a delivery filter decides for one packet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fate {
    Deliver,
    Drop,
    Duplicate,
}

pub struct Net {
    pub now: Millis,
    pub repos: Vec<Repo>,
    pub links: Vec<Link>,
    pub queue: VecDeque<Packet>,
    /// Every packet ever put on the wire (delivered or not).
    pub sent: Vec<Packet>,
    /// Non-`Send` effects per node, in order.
    pub events: Vec<Vec<Effect>>,
    /// How long a packet takes to arrive, for [`Net::step`]; [`Net::run`] ignores it.
    pub latency: u64,
}

pub const DEBOUNCE: Millis = Millis(50);

pub fn config() -> Config {
    Config {
        debounce: DEBOUNCE,
        ..Config::default()
    }
}

impl Net {
    pub fn new() -> Self {
        Net {
            now: Millis(1_000),
            repos: Vec::new(),
            links: Vec::new(),
            queue: VecDeque::new(),
            sent: Vec::new(),
            events: Vec::new(),
            latency: 0,
        }
    }

    pub fn add(&mut self, name: &str, role: Role) -> NodeId {
        self.repos
            .push(Repo::new(PeerId::new(name), role, config()));
        self.events.push(Vec::new());
        self.repos.len() - 1
    }

    /// Opens a transport; `a` dials (sends `join` if it is a Client), `b` accepts.
    pub fn link(&mut self, a: NodeId, b: NodeId) -> usize {
        let now = self.now;
        let a_conn = self.repos[a].connect(now);
        let b_conn = self.repos[b].connect(now);
        self.links.push(Link {
            a,
            a_conn,
            b,
            b_conn,
            open: true,
        });
        self.collect();
        self.links.len() - 1
    }

    /// Closes a transport on both ends and loses whatever was in flight on it.
    pub fn unlink(&mut self, link: usize) {
        self.collect();
        let l = self.links[link];
        self.links[link].open = false;
        self.repos[l.a].disconnect(l.a_conn);
        self.repos[l.b].disconnect(l.b_conn);
        self.queue.retain(|p| p.link != link);
    }

    /// Moves every node's effects into the queue / event logs.
    pub fn collect(&mut self) {
        for node in 0..self.repos.len() {
            for effect in self.repos[node].take_effects() {
                match effect {
                    Effect::Send {
                        connection, bytes, ..
                    } => {
                        let (link, l) = self
                            .links
                            .iter()
                            .enumerate()
                            .find(|(_, l)| {
                                l.open
                                    && ((l.a == node && l.a_conn == connection)
                                        || (l.b == node && l.b_conn == connection))
                            })
                            .map(|(i, l)| (i, *l))
                            .expect("send on an open link");
                        let (to, to_conn) = if l.a == node {
                            (l.b, l.b_conn)
                        } else {
                            (l.a, l.a_conn)
                        };
                        let p = Packet {
                            link,
                            from: node,
                            to,
                            to_conn,
                            bytes,
                            due: Millis(self.now.0 + self.latency),
                        };
                        self.sent.push(p.clone());
                        self.queue.push_back(p);
                    }
                    other => self.events[node].push(other),
                }
            }
        }
    }

    pub fn deliver(&mut self, p: &Packet) {
        let now = self.now;
        self.repos[p.to]
            .receive(p.to_conn, &p.bytes, now)
            .unwrap_or_else(|e| panic!("node {} rejected {:?}: {e}", p.to, p.decode()));
        self.collect();
    }

    /// Delivers until quiet, advancing time to debounce deadlines as needed.
    pub fn run(&mut self) {
        self.run_with(|_, _| Fate::Deliver);
    }

    /// Like [`Net::run`], asking `filter` (with a running packet number) what
    /// to do with each packet.
    pub fn run_with(&mut self, mut filter: impl FnMut(usize, &Packet) -> Fate) {
        let mut n = 0;
        for _ in 0..100_000 {
            self.collect();
            if let Some(p) = self.queue.pop_front() {
                match filter(n, &p) {
                    Fate::Deliver => self.deliver(&p),
                    Fate::Drop => {}
                    Fate::Duplicate => {
                        self.deliver(&p);
                        self.deliver(&p);
                    }
                }
                n += 1;
                continue;
            }
            match self.repos.iter().filter_map(|r| r.next_deadline()).min() {
                Some(deadline) => {
                    self.now = self.now.max(deadline);
                    let now = self.now;
                    for r in &mut self.repos {
                        r.tick(now);
                    }
                }
                None => return,
            }
        }
        panic!("network did not go quiet");
    }

    /// Moves time on by one millisecond: fires the debounce deadlines that are due, then
    /// delivers, in order, the packets that have arrived (sent [`Net::latency`] ms ago or
    /// earlier). What they provoke travels with the same latency, so with writers at
    /// work some change is always on its way, as on a real network.
    pub fn step(&mut self) {
        self.now = Millis(self.now.0 + 1);
        let now = self.now;
        for r in &mut self.repos {
            if r.next_deadline().is_some_and(|d| d <= now) {
                r.tick(now);
            }
        }
        self.collect();
        while self.queue.front().is_some_and(|p| p.due <= now) {
            let p = self.queue.pop_front().expect("just looked");
            self.deliver(&p);
        }
    }

    /// Advances time by `ms` without delivering anything.
    pub fn advance(&mut self, ms: u64) {
        self.now = Millis(self.now.0 + ms);
    }

    pub fn change(&mut self, node: NodeId, doc: &DocumentId, key: &str, value: &str) {
        let now = self.now;
        self.repos[node]
            .change_document(doc, now, |d| put(d, key, value))
            .expect("document exists");
        self.collect();
    }

    pub fn get(&self, node: NodeId, doc: &DocumentId, key: &str) -> Option<String> {
        get(self.repos[node].document(doc)?, key)
    }

    /// All packets ever sent from `from` to `to`, decoded.
    pub fn messages(&self, from: NodeId, to: NodeId) -> Vec<WireMessage> {
        self.sent
            .iter()
            .filter(|p| p.from == from && p.to == to)
            .map(Packet::decode)
            .collect()
    }
}

pub fn doc_id(n: u8) -> DocumentId {
    DocumentId::from_bytes([n; 16])
}

pub fn new_doc(pairs: &[(&str, &str)]) -> Automerge {
    let mut doc = Automerge::new();
    for (k, v) in pairs {
        put(&mut doc, k, v);
    }
    doc
}

pub fn put(doc: &mut Automerge, key: &str, value: &str) {
    let mut tx = doc.transaction();
    tx.put(ROOT, key, value).expect("put into root map");
    tx.commit();
}

pub fn get(doc: &Automerge, key: &str) -> Option<String> {
    let (value, _) = doc.get(ROOT, key).ok()??;
    value.as_str().map(str::to_owned)
}

/// Whether a node's history contains exactly the same changes.
pub fn same_heads(a: &Automerge, b: &Automerge) -> bool {
    let mut x = a.get_heads();
    let mut y = b.get_heads();
    x.sort();
    y.sort();
    x == y
}
