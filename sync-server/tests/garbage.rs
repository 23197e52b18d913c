//! Garbage on a real WebSocket: frames that are not CBOR, CBOR that is not a message,
//! and well-formed sync messages whose Automerge payload is not valid. Each gets a
//! clear error and a close; the relay keeps serving the others, and the store on disk
//! is exactly what the members synced.

mod support;

use futures::SinkExt as _;
use support::{Member, TestRelay, raw_peer_at, read_until_close};
use sync_protocol::message::WireMessage;
use sync_protocol::{DocumentId, PeerId};
use sync_server::store::{SqliteStore, Store as _};
use tokio_tungstenite::tungstenite::Message;

fn sync(document: DocumentId, data: Vec<u8>) -> Vec<u8> {
    WireMessage::Sync {
        sender_id: PeerId::new("rogue"),
        target_id: PeerId::new("relay"),
        document_id: document,
        data,
    }
    .encode()
}

#[tokio::test]
async fn garbage_gets_a_clear_error_the_others_keep_syncing_and_nothing_stored_is_damaged() {
    let data = tempfile::tempdir().unwrap();
    let relay = TestRelay::start(data.path()).await;
    let id = DocumentId::from_bytes([3; 16]);
    let mut luis = Member::offline("luis");
    // A member gone rogue: a stranger's document messages never reach the protocol.
    let rogue = support::Identity::generate();
    let mut ana = Member::online("ana", &relay).await;
    ana.create_with(id, "Chagas", &[luis.id(), rogue.member.clone()])
        .await;
    let rogue_url = relay.url_with(&rogue.sign_in(relay.addr).await);
    luis.connect(&relay).await;
    luis.fetch(id).await;

    // A real change to Ana's document, one byte of it flipped: the sync message
    // around it is well formed, the Automerge change inside is not.
    let mut copy = ana.repo.document(&id).unwrap().clone();
    let heads = copy.get_heads();
    community::set_title(&mut copy, "Chagas, rewritten by a rogue").unwrap();
    let mut damaged = copy.save_after(&heads);
    let middle = damaged.len() / 2;
    damaged[middle] ^= 0x55;
    let damaged_sync = automerge::sync::Message {
        heads: copy.get_heads(),
        need: Vec::new(),
        have: Vec::new(),
        changes: vec![damaged].into(),
        flags: None,
        version: automerge::sync::MessageVersion::V1,
    }
    .encode();
    let join = WireMessage::Join {
        sender_id: PeerId::new("rogue"),
        supported_protocol_versions: vec!["1".into()],
        peer_metadata: None,
    }
    .encode();

    let cases: Vec<(&str, bool, Vec<u8>, &str)> = vec![
        (
            "bytes that are not CBOR",
            false,
            vec![0xff, 0x00, 0x13, 0x37],
            "undecodable",
        ),
        (
            "CBOR that is not a map",
            false,
            vec![0x83, 0x01, 0x02, 0x03],
            "undecodable",
        ),
        (
            "a truncated message",
            false,
            join[..join.len() - 4].to_vec(),
            "undecodable",
        ),
        (
            "sync data that is not an Automerge sync message",
            true,
            sync(id, b"\x42 not a sync message".to_vec()),
            "invalid automerge sync data",
        ),
        (
            "a sync message whose change is damaged",
            true,
            sync(id, damaged_sync),
            "does not load",
        ),
    ];
    for (what, after_handshake, bytes, expected) in cases {
        let mut rogue = if after_handshake {
            raw_peer_at(&rogue_url, "rogue").await
        } else {
            tokio_tungstenite::connect_async(&rogue_url)
                .await
                .unwrap()
                .0
        };
        rogue.send(Message::binary(bytes)).await.unwrap();
        let (last, close) = read_until_close(&mut rogue).await;
        let error =
            WireMessage::decode(&last.unwrap_or_else(|| panic!("{what}: an `error` message")))
                .unwrap();
        assert!(
            matches!(&error, WireMessage::Error { message } if message.contains(expected)),
            "{what}: {error:?}"
        );
        let close = close.unwrap_or_else(|| panic!("{what}: a close frame"));
        assert_eq!(
            u16::from(close.code),
            1002,
            "{what}: protocol error, {close:?}"
        );
        assert!(close.reason.contains(expected), "{what}: {}", close.reason);

        // The relay keeps serving the others.
        let text = format!("Chagas, after {what}");
        ana.edit(&id, |doc| community::set_title(doc, &text));
        ana.sync_until("Ana's edit reaches the relay", Member::is_synced)
            .await;
        luis.sync_until("Luis sees Ana's edit", |m| {
            m.design(&id).is_some_and(|design| design.title == text)
        })
        .await;
    }

    // On disk: exactly what Ana has, nothing set aside.
    let expected = ana.repo.document(&id).unwrap().get_heads();
    relay.stop().await;
    let mut store = SqliteStore::open(data.path()).unwrap();
    let loaded = store.load_all().unwrap();
    assert_eq!(loaded.len(), 1);
    assert_eq!(loaded[0].doc.get_heads(), expected);
    assert!(store.quarantined().unwrap().is_empty());
    let title = community::read(&loaded[0].doc).unwrap().design.title;
    assert_eq!(
        title,
        "Chagas, after a sync message whose change is damaged"
    );
}
