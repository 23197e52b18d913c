//! When a generated sync message goes out: now, with the document's next flush, or not
//! at all.
//!
//! Automerge's sync protocol answers whenever the two sides' heads differ. With many
//! peers writing to one document, some change is nearly always in flight, so heads
//! nearly always differ, and a relay that answers every message at once keeps each
//! peer in a ping-pong of heads-only messages that tell it nothing new, bypassing the
//! debounce (issue 7: 46 to 112 messages per change, most of them such echoes). The
//! rules here keep the protocol's round trips where they carry something and batch the
//! rest:
//!
//! - a message that repeats what the peer already knows (no changes, no need, and the
//!   same heads we last sent it: our document has not changed since) is never sent;
//! - a relay answers at once only while a peer is catching up (our first answer, a
//!   peer's or our own `need`, a reset); what it passes on and its acknowledgements go
//!   out with the document's next flush, at most one message per peer per flush;
//! - a relay sends a peer no new changes while the last ones it sent are unacknowledged
//!   (for at most [`crate::Config::ack_timeout`]): a peer that falls behind gets bigger
//!   batches instead of a queue of small ones.

use automerge::Automerge;
use automerge::sync::{self, SyncDoc};

use crate::connection::ConnDoc;
use crate::{Millis, Role};

/// Why a sync message is being generated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Occasion {
    /// A connection became ready, or the host asked for a document: the peer is waiting.
    Opening,
    /// Answering the sync message the peer just sent.
    Answer,
    /// The document's debounced flush (its content changed, or an answer was deferred).
    Flush,
}

/// What to do with a generated message.
#[derive(Debug)]
pub(crate) enum Verdict {
    /// Send it, and keep the sync state that generated it (boxed: it is large, and
    /// most verdicts are not this one).
    Send(sync::Message, Box<sync::State>),
    /// Not now: the document's next flush generates it again (the sync state is untouched,
    /// so nothing is believed sent).
    AtNextFlush,
    /// Not before `deadline`, unless the peer acknowledges first.
    AfterAcknowledgement { deadline: Millis },
    /// Nothing worth sending.
    Nothing,
}

/// Generates the next sync message for one (connection, document) on a copy of its sync
/// state, and decides whether it goes out.
pub(crate) fn judge(
    doc: &Automerge,
    conn_doc: &ConnDoc,
    role: Role,
    occasion: Occasion,
    now: Millis,
    ack_timeout: Millis,
) -> Verdict {
    if role == Role::Relay
        && occasion == Occasion::Flush
        && let Some(since) = conn_doc.unacknowledged_since
    {
        let deadline = since.saturating_add(ack_timeout);
        if now < deadline {
            return Verdict::AfterAcknowledgement { deadline };
        }
    }
    let before = &conn_doc.sync;
    let mut state = before.clone();
    let Some(message) = doc.generate_sync_message(&mut state) else {
        return Verdict::Nothing;
    };
    let first = !before.have_responded;
    let resetting = is_reset(&message);
    if !first && !resetting && repeats(&message, conn_doc) {
        return Verdict::Nothing;
    }
    if role == Role::Client || occasion != Occasion::Answer {
        return Verdict::Send(message, Box::new(state));
    }
    let they_need = before.their_need.as_ref().is_some_and(|n| !n.is_empty());
    let catching_up = first || resetting || they_need || !message.need.is_empty();
    if catching_up {
        Verdict::Send(message, Box::new(state))
    } else {
        Verdict::AtNextFlush
    }
}

/// The message tells the peer nothing it does not know: no changes, no request for any,
/// and the heads (so also the `have` summary) of a document that has not changed since
/// our last message, which did not ask for changes either. The peer's answer to that one
/// already covers it.
fn repeats(message: &sync::Message, conn_doc: &ConnDoc) -> bool {
    message.changes.is_empty()
        && message.need.is_empty()
        && !conn_doc.asked_for_changes
        && message.heads == conn_doc.sync.last_sent_heads
}

/// Automerge answers with a reset (our heads and one empty `have`) when the peer's `have`
/// starts from changes we lack (it lost data or synced elsewhere); that message must go
/// out however little it seems to say. A real `have` of a document with heads is never
/// empty: it summarises every change since the last sync.
fn is_reset(message: &sync::Message) -> bool {
    !message.heads.is_empty() && message.have == [sync::Have::default()]
}

#[cfg(test)]
mod tests {
    use automerge::transaction::Transactable;
    use automerge::{ROOT, sync::SyncDoc};

    use super::*;

    const TIMEOUT: Millis = Millis(2_000);

    fn edit(doc: &mut Automerge, value: &str) {
        let mut tx = doc.transaction();
        tx.put(ROOT, "k", value).unwrap();
        tx.commit();
    }

    /// Runs automerge's sync between two documents until neither has anything to say.
    fn settle(a: &mut Automerge, at_a: &mut ConnDoc, b: &mut Automerge, at_b: &mut ConnDoc) {
        for _ in 0..10 {
            let to_b = a.generate_sync_message(&mut at_a.sync);
            let to_a = b.generate_sync_message(&mut at_b.sync);
            if to_b.is_none() && to_a.is_none() {
                return;
            }
            if let Some(m) = to_b {
                b.receive_sync_message(&mut at_b.sync, m).unwrap();
            }
            if let Some(m) = to_a {
                a.receive_sync_message(&mut at_a.sync, m).unwrap();
            }
        }
        panic!("sync did not settle");
    }

    /// A relay's document and a client's, in sync, each with its state for the other.
    fn synced() -> (Automerge, ConnDoc, Automerge, ConnDoc) {
        let (mut relay, mut at_relay) = (Automerge::new(), ConnDoc::default());
        let (mut client, mut at_client) = (Automerge::new(), ConnDoc::default());
        edit(&mut client, "first");
        settle(&mut relay, &mut at_relay, &mut client, &mut at_client);
        (relay, at_relay, client, at_client)
    }

    #[test]
    fn an_answer_that_repeats_our_heads_is_not_sent() {
        let (mut relay, mut at_relay, client, at_client) = synced();
        // The relay sends the client a change; before it arrives, the client tells the
        // relay its heads (any message it sends meanwhile does).
        edit(&mut relay, "from another member");
        let on_its_way = relay.generate_sync_message(&mut at_relay.sync);
        assert!(on_its_way.is_some_and(|m| !m.changes.is_empty()));
        let mut report_state = sync::State::new();
        report_state.shared_heads = at_client.sync.shared_heads.clone();
        let report = client.generate_sync_message(&mut report_state).unwrap();
        assert!(report.changes.is_empty());
        relay
            .receive_sync_message(&mut at_relay.sync, report)
            .unwrap();
        // Heads differ, so automerge would answer: with the heads it just sent and
        // no changes (the one the client lacks is on its way). Nothing new: not sent.
        let automerge_says = relay
            .generate_sync_message(&mut at_relay.sync.clone())
            .unwrap();
        assert!(automerge_says.changes.is_empty() && automerge_says.need.is_empty());
        for role in [Role::Client, Role::Relay] {
            for occasion in [Occasion::Answer, Occasion::Flush] {
                assert!(matches!(
                    judge(&relay, &at_relay, role, occasion, Millis(0), TIMEOUT),
                    Verdict::Nothing
                ));
            }
        }
    }

    #[test]
    fn a_relay_acknowledges_with_the_next_flush_and_a_client_at_once() {
        let (mut relay, mut at_relay, mut client, mut at_client) = synced();
        edit(&mut client, "mine");
        let change = client.generate_sync_message(&mut at_client.sync).unwrap();
        relay
            .receive_sync_message(&mut at_relay.sync, change)
            .unwrap();
        assert!(matches!(
            judge(
                &relay,
                &at_relay,
                Role::Relay,
                Occasion::Answer,
                Millis(0),
                TIMEOUT
            ),
            Verdict::AtNextFlush
        ));
        assert!(matches!(
            judge(&relay, &at_relay, Role::Relay, Occasion::Flush, Millis(50), TIMEOUT),
            Verdict::Send(ref m, _) if m.changes.is_empty()
        ));
        assert!(matches!(
            judge(
                &relay,
                &at_relay,
                Role::Client,
                Occasion::Answer,
                Millis(0),
                TIMEOUT
            ),
            Verdict::Send(..)
        ));
    }

    #[test]
    fn new_changes_wait_for_the_last_ones_to_be_acknowledged_at_most_the_timeout() {
        let (mut relay, mut at_relay, _client, _at_client) = synced();
        edit(&mut relay, "one");
        at_relay.unacknowledged_since = Some(Millis(100));
        edit(&mut relay, "two");
        assert!(matches!(
            judge(
                &relay,
                &at_relay,
                Role::Relay,
                Occasion::Flush,
                Millis(150),
                TIMEOUT
            ),
            Verdict::AfterAcknowledgement {
                deadline: Millis(2_100)
            }
        ));
        assert!(matches!(
            judge(&relay, &at_relay, Role::Relay, Occasion::Flush, Millis(2_100), TIMEOUT),
            Verdict::Send(ref m, _) if !m.changes.is_empty()
        ));
        // A client sends its edits whatever is in flight: the relay does not wait.
        assert!(matches!(
            judge(
                &relay,
                &at_relay,
                Role::Client,
                Occasion::Flush,
                Millis(150),
                TIMEOUT
            ),
            Verdict::Send(..)
        ));
    }
}
