//! Access control end to end, over real WebSockets and HTTP against the real relay and
//! its SQLite store: who is not on a restricted community's roster (and holds no valid
//! invitation) gets nothing of it on any endpoint, and access follows the roster as it
//! changes.

mod support;

use automerge::ReadDoc as _;
use automerge::transaction::Transactable as _;
use futures::SinkExt as _;
use support::{
    Identity, Member, TestRelay, bearer, http, http_get, json, next_message, raw_peer_at,
    read_until_close, request,
};
use sync_protocol::message::WireMessage;
use sync_protocol::{DocumentId, PeerId};
use sync_server::store::{SqliteStore, Store as _};
use tokio_tungstenite::tungstenite::Message;

const TITLE: &str = "Restricted CoP on hospital infections";

fn new_id(n: u8) -> DocumentId {
    DocumentId::from_bytes([n, 4, 0, 3, 4, 0, 3, 4, 0, 3, 4, 0, 3, 4, 0, 3])
}

/// What a raw peer is answered when it asks for `document`.
async fn ask(url: &str, document: DocumentId) -> Vec<u8> {
    let mut socket = raw_peer_at(url, "asker").await;
    socket
        .send(Message::binary(request("asker", document)))
        .await
        .unwrap();
    let answer = next_message(&mut socket).await;
    assert!(
        matches!(answer, WireMessage::DocUnavailable { document_id, .. } if document_id == document),
        "{answer:?}"
    );
    answer.encode()
}

/// Asserts the answer about `restricted` is byte for byte what a document that does not
/// exist gets, but for the id.
async fn gets_nothing(url: &str, restricted: DocumentId) {
    let nowhere = new_id(250);
    let unknown = WireMessage::decode(&ask(url, nowhere).await).unwrap();
    let WireMessage::DocUnavailable {
        sender_id,
        target_id,
        ..
    } = unknown
    else {
        unreachable!("ask checks it");
    };
    let expected = WireMessage::DocUnavailable {
        sender_id,
        target_id,
        document_id: restricted,
    }
    .encode();
    assert_eq!(ask(url, restricted).await, expected);
}

/// A `sync` carrying a change of a stranger's own making, about `document`.
fn intrusion(document: DocumentId) -> Vec<u8> {
    let mut doc = automerge::Automerge::new();
    let mut tx = doc.transaction();
    tx.put(automerge::ROOT, "intruder", "was here").unwrap();
    tx.commit();
    let change = doc.get_last_local_change().unwrap().raw_bytes().to_vec();
    let data = automerge::sync::Message {
        heads: doc.get_heads(),
        need: Vec::new(),
        have: Vec::new(),
        changes: vec![change].into(),
        flags: None,
        version: automerge::sync::MessageVersion::V1,
    }
    .encode();
    WireMessage::Sync {
        sender_id: PeerId::new("asker"),
        target_id: PeerId::new("relay"),
        document_id: document,
        data,
    }
    .encode()
}

async fn invitations(relay: &TestRelay, credential: &str, document: DocumentId) -> (u16, String) {
    http(
        relay.addr,
        "GET",
        &format!("/api/communities/{document}/invitations"),
        &bearer(credential),
        "",
    )
    .await
}

async fn invite(
    relay: &TestRelay,
    credential: &str,
    document: DocumentId,
    body: &str,
) -> (u16, serde_json::Value) {
    let (status, body) = http(
        relay.addr,
        "POST",
        &format!("/api/communities/{document}/invitations"),
        &bearer(credential),
        body,
    )
    .await;
    (status, json(&body))
}

async fn revoke(
    relay: &TestRelay,
    credential: &str,
    document: DocumentId,
    invitation: &str,
) -> u16 {
    let path = format!("/api/communities/{document}/invitations/{invitation}");
    http(relay.addr, "DELETE", &path, &bearer(credential), "")
        .await
        .0
}

async fn redeem(
    relay: &TestRelay,
    credential: &str,
    document: DocumentId,
    token: &str,
) -> (u16, serde_json::Value) {
    let body = serde_json::json!({ "document": document.to_string(), "token": token });
    let (status, body) = http(
        relay.addr,
        "POST",
        "/api/invitations/redeem",
        &bearer(credential),
        &body.to_string(),
    )
    .await;
    (status, json(&body))
}

/// `member` sends a registration from its device; returns its id once `leader` has it.
async fn registers(
    member: &mut Member,
    leader: &mut Member,
    id: DocumentId,
) -> community::RegistrationId {
    let form = community::RegistrationForm {
        member: member.id(),
        name: "Eva".into(),
        institution: "MINSA".into(),
        country: "PE".into(),
        expertise: String::new(),
        interests: String::new(),
        consent: true,
    };
    member.edit(&id, |doc| community::register(doc, &form).map(drop));
    member
        .sync_until("the registration reaches the relay", Member::is_synced)
        .await;
    let registrations = |m: &Member| {
        community::read(m.repo.document(&id).expect("held"))
            .unwrap()
            .implementation
            .registrations
    };
    leader
        .sync_until("the leader sees the registration", |m| {
            m.repo.document(&id).is_some() && !registrations(m).is_empty()
        })
        .await;
    registrations(leader)[0].id.clone()
}

/// The relay's store as the next start would read it.
fn stored(data: &std::path::Path, document: DocumentId) -> automerge::Automerge {
    let mut store = SqliteStore::open(data).unwrap();
    store
        .load_all()
        .unwrap()
        .into_iter()
        .find(|loaded| loaded.id == document)
        .expect("the community is stored")
        .doc
}

#[tokio::test]
async fn outsiders_get_nothing_of_a_restricted_community_on_any_endpoint() {
    let data = tempfile::tempdir().unwrap();
    let relay = TestRelay::start(data.path()).await;
    let id = new_id(1);
    let mut ana = Member::online("ana", &relay).await;
    ana.create(id, TITLE).await;
    let ana_credential = ana.credential.clone().unwrap();

    // An expired, a revoked and a forged invitation, and a signed-out credential.
    let (status, expiring) = invite(&relay, &ana_credential, id, r#"{"expires_in_hours":1}"#).await;
    assert_eq!(status, 201, "{expiring}");
    let (_, revoked) = invite(&relay, &ana_credential, id, "{}").await;
    assert_eq!(
        revoke(&relay, &ana_credential, id, revoked["id"].as_str().unwrap()).await,
        204
    );
    let signed_out = Identity::generate().sign_in(relay.addr).await;
    let (status, _) = http(relay.addr, "DELETE", "/api/auth", &bearer(&signed_out), "").await;
    assert_eq!(status, 204);
    relay.stop().await;
    // An hour is long for a test: the invitation is made to have expired in the store.
    rusqlite::Connection::open(data.path().join("relay.sqlite3"))
        .unwrap()
        .execute(
            // An hour ago: recently enough that a start does not prune it (30 days).
            "UPDATE invitations SET expires = unixepoch() - 3600 WHERE id = ?1",
            [expiring["id"].as_str().unwrap()],
        )
        .unwrap();
    let relay = TestRelay::start(data.path()).await;

    let stranger = Identity::generate();
    let stranger_credential = stranger.sign_in(relay.addr).await;
    let forged = sync_server::auth::encode(&[7; 32]);
    for (token, status, error) in [
        (
            expiring["token"].as_str().unwrap(),
            410,
            "this invitation has expired",
        ),
        (
            revoked["token"].as_str().unwrap(),
            410,
            "this invitation was revoked",
        ),
        (forged.as_str(), 404, "this invitation is not valid"),
        ("not even base64!", 404, "this invitation is not valid"),
    ] {
        let answer = redeem(&relay, &stranger_credential, id, token).await;
        assert_eq!(answer, (status, serde_json::json!({ "error": error })));
    }
    // The right token for another community is no better than a forged one.
    let answer = redeem(
        &relay,
        &stranger_credential,
        new_id(2),
        expiring["token"].as_str().unwrap(),
    )
    .await;
    assert_eq!(answer.0, 404);

    // Sync: exactly what a document that does not exist gets, and changes not kept.
    let url = relay.url_with(&stranger_credential);
    gets_nothing(&url, id).await;
    let mut intruder = raw_peer_at(&url, "asker").await;
    intruder.send(Message::binary(intrusion(id))).await.unwrap();
    assert!(matches!(
        next_message(&mut intruder).await,
        WireMessage::DocUnavailable { document_id, .. } if document_id == id
    ));
    for credential in [&signed_out, "", "AAAA", &forged] {
        let (mut socket, _) = tokio_tungstenite::connect_async(relay.url_with(credential))
            .await
            .unwrap();
        let (message, close) = read_until_close(&mut socket).await;
        assert!(message.is_none(), "nothing before the close");
        let close = close.expect("a close frame");
        assert_eq!(u16::from(close.code), 4401, "{close:?}");
        assert!(close.reason.contains("sign in again"), "{}", close.reason);
    }

    // API: the same 404 as for a community that does not exist; 401 without sign-in.
    let unknown = invitations(&relay, &stranger_credential, new_id(250)).await;
    assert_eq!(
        unknown,
        (404, r#"{"error":"no such community"}"#.to_owned())
    );
    assert_eq!(invitations(&relay, &stranger_credential, id).await, unknown);
    let (status, answer) = invite(&relay, &stranger_credential, id, "{}").await;
    assert_eq!((status, answer), (404, json(&unknown.1)));
    for credential in [&signed_out, &forged] {
        assert_eq!(invitations(&relay, credential, id).await.0, 401);
    }
    assert_eq!(
        http(
            relay.addr,
            "GET",
            &format!("/api/communities/{id}/invitations"),
            "",
            ""
        )
        .await
        .0,
        401
    );

    // Static routes serve the app shell only.
    for path in [
        format!("/c/{id}"),
        format!("/c/{id}/design"),
        format!("/{id}"),
    ] {
        let (status, body) = http_get(relay.addr, &path).await;
        assert!(status.contains("200"), "{status}");
        assert!(
            !body.contains(TITLE) && body.contains("Praxis test app"),
            "{body}"
        );
    }
    assert!(
        relay
            .metric("praxis_refusals_total{reason=\"forbidden\"}")
            .await
            >= 2.0
    );
    assert!(relay.metric("praxis_refusals_total{reason=\"auth\"}").await >= 4.0);

    // The leader still has her community as she made it; so has the store.
    ana.connect(&relay).await;
    ana.sync_until("Ana is synced", Member::is_synced).await;
    relay.stop().await;
    let doc = stored(data.path(), id);
    assert!(doc.get(automerge::ROOT, "intruder").unwrap().is_none());
    assert_eq!(community::read(&doc).unwrap().design.title, TITLE);
}

#[tokio::test]
async fn a_public_community_is_read_by_anyone_signed_in() {
    let data = tempfile::tempdir().unwrap();
    let relay = TestRelay::start(data.path()).await;
    let id = new_id(3);
    let mut ana = Member::online("ana", &relay).await;
    ana.create(id, TITLE).await;
    let mut eva = Member::online("eva", &relay).await;
    gets_nothing(&relay.url_with(eva.credential.as_ref().unwrap()), id).await;
    ana.edit(&id, |doc| community::set_call(doc, community::Call::Public));
    ana.sync_until("the call reaches the relay", Member::is_synced)
        .await;
    eva.fetch(id).await;
    assert_eq!(eva.design(&id).unwrap().title, TITLE);
    // Restricted again: a reader who is not a member is closed out at once.
    ana.edit(&id, |doc| {
        community::set_call(doc, community::Call::Restricted)
    });
    ana.sync_until("the call reaches the relay", Member::is_synced)
        .await;
    let close = eva.until_closed().await;
    assert_eq!(u16::from(close.code), 4403, "{close:?}");
    relay.stop().await;
}

#[tokio::test]
async fn revoking_an_invitation_closes_out_those_it_admitted() {
    let data = tempfile::tempdir().unwrap();
    let relay = TestRelay::start(data.path()).await;
    let id = new_id(6);
    let mut ana = Member::online("ana", &relay).await;
    ana.create(id, TITLE).await;
    let ana_credential = ana.credential.clone().unwrap();
    let mut eva = Member::online("eva", &relay).await;
    let (_, invitation) = invite(&relay, &ana_credential, id, "{}").await;
    assert_eq!(invitation["uses"], serde_json::Value::Null);
    let token = invitation["token"].as_str().unwrap();
    let eva_credential = eva.credential.clone().unwrap();
    assert_eq!(redeem(&relay, &eva_credential, id, token).await.0, 200);
    eva.fetch(id).await;
    assert_eq!(
        revoke(
            &relay,
            &ana_credential,
            id,
            invitation["id"].as_str().unwrap()
        )
        .await,
        204
    );
    let close = eva.until_closed().await;
    assert_eq!(u16::from(close.code), 4403, "{close:?}");
    gets_nothing(&relay.url_with(&eva_credential), id).await;
    let (_, listed) = invitations(&relay, &ana_credential, id).await;
    let listed = json(&listed);
    assert!(listed[0]["revoked"].is_i64(), "{listed}");
    assert_eq!(listed[0]["used"], 1);
    relay.stop().await;
}

#[tokio::test]
async fn an_invitee_joins_registers_is_confirmed_and_is_removed() {
    let data = tempfile::tempdir().unwrap();
    let relay = TestRelay::start(data.path()).await;
    let id = new_id(4);
    let mut ana = Member::online("ana", &relay).await;
    ana.create(id, TITLE).await;
    let ana_credential = ana.credential.clone().unwrap();
    let mut eva = Member::online("eva", &relay).await;
    let eva_credential = eva.credential.clone().unwrap();

    let (status, invitation) = invite(&relay, &ana_credential, id, r#"{"uses":1}"#).await;
    assert_eq!(status, 201, "{invitation}");
    assert_eq!(invitation["uses"], 1);
    let token = invitation["token"].as_str().unwrap();
    assert_eq!(
        redeem(&relay, &eva_credential, id, token).await,
        (200, serde_json::json!({ "document": id.to_string() }))
    );
    // Redeeming again, already admitted: fine, and it uses nothing more.
    assert_eq!(redeem(&relay, &eva_credential, id, token).await.0, 200);
    let (_, listed) = invitations(&relay, &ana_credential, id).await;
    let listed = json(&listed);
    assert_eq!(listed[0]["used"], 1, "{listed}");
    assert!(listed[0].get("token").is_none(), "tokens are never listed");
    // Used up for anyone else.
    let other = Identity::generate().sign_in(relay.addr).await;
    assert_eq!(
        redeem(&relay, &other, id, token).await,
        (
            410,
            serde_json::json!({ "error": "this invitation has been used" })
        )
    );

    // The invitee syncs and registers; the leader confirms.
    eva.fetch(id).await;
    let registration = registers(&mut eva, &mut ana, id).await;
    let leader = ana.id();
    ana.edit(&id, |doc| {
        community::decide_registration(doc, &registration, &leader, community::Decision::Confirm)
    });
    ana.sync_until("the confirmation reaches the relay", Member::is_synced)
        .await;
    eva.sync_until("Eva is on the roster", |m| {
        m.repo
            .document(&id)
            .is_some_and(|doc| community::role_of(doc, &m.id()).is_some())
    })
    .await;
    // The roster speaks for her now: revoking the invitation changes nothing.
    assert_eq!(
        revoke(
            &relay,
            &ana_credential,
            id,
            invitation["id"].as_str().unwrap()
        )
        .await,
        204
    );
    eva.edit(&id, |doc| {
        community::set_problem(doc, "Infections after surgery")
    });
    eva.sync_until("Eva still syncs", Member::is_synced).await;

    // Removed: her open connection ends at once, and she gets nothing after.
    let removed = eva.id();
    ana.edit(&id, |doc| community::remove_member(doc, &removed));
    ana.sync_until("the removal reaches the relay", Member::is_synced)
        .await;
    let close = eva.until_closed().await;
    assert_eq!(u16::from(close.code), 4403, "{close:?}");
    assert!(close.reason.contains("access to this community ended"));
    gets_nothing(&relay.url_with(&eva_credential), id).await;
    assert_eq!(
        relay
            .metric("praxis_connections_closed_total{reason=\"access_ended\"}")
            .await,
        1.0
    );
    relay.stop().await;
    let grants: i64 = rusqlite::Connection::open(data.path().join("relay.sqlite3"))
        .unwrap()
        .query_row("SELECT count(*) FROM grants", [], |row| row.get(0))
        .unwrap();
    assert_eq!(grants, 0, "the roster took over from the grant");
}

#[tokio::test]
async fn signing_out_closes_that_credentials_connections_at_once() {
    let data = tempfile::tempdir().unwrap();
    let relay = TestRelay::start(data.path()).await;
    let id = new_id(5);
    let mut luis = Member::offline("luis");
    let mut ana = Member::online("ana", &relay).await;
    ana.create_with(id, TITLE, &[luis.id()]).await;
    luis.connect(&relay).await;
    luis.fetch(id).await;
    let credential = luis.credential.clone().unwrap();
    let (status, _) = http(relay.addr, "DELETE", "/api/auth", &bearer(&credential), "").await;
    assert_eq!(status, 204);
    let close = luis.until_closed().await;
    assert_eq!(u16::from(close.code), 4401, "{close:?}");
    let (status, _) = http(relay.addr, "DELETE", "/api/auth", &bearer(&credential), "").await;
    assert_eq!(status, 401, "signed out once");
    // Ana, signed in on her own, keeps syncing.
    ana.edit(&id, |doc| community::set_problem(doc, "Still here"));
    ana.sync_until("Ana still syncs", Member::is_synced).await;
    relay.stop().await;
}

#[tokio::test]
async fn sign_in_refuses_bad_requests_wrong_signatures_and_used_challenges() {
    let data = tempfile::tempdir().unwrap();
    let relay = TestRelay::start(data.path()).await;
    let (status, body) = http(relay.addr, "POST", "/api/auth/challenge", "", "").await;
    assert_eq!(status, 200);
    let answer = json(&body);
    assert_eq!(answer["expires_in"], 120);
    let challenge = answer["challenge"].as_str().unwrap().to_owned();
    let eva = Identity::generate();
    let public_key = sync_server::auth::encode(&eva.key.verifying_key().to_bytes());
    let sign = |text: &str| {
        use ed25519_dalek::Signer as _;
        sync_server::auth::encode(&eva.key.sign(text.as_bytes()).to_bytes())
    };
    let body = |signature: &str| {
        serde_json::json!({ "public_key": public_key, "challenge": challenge, "signature": signature })
            .to_string()
    };
    let post = |body: String| async move { http(relay.addr, "POST", "/api/auth", "", &body).await };
    assert_eq!(post("not json".into()).await.0, 400);
    assert_eq!(post(body("c2hvcnQ")).await.0, 400, "a short signature");
    // Without the prefix: refused, and the challenge is used up by the attempt.
    let (status, answer) = post(body(&sign(&challenge))).await;
    assert_eq!(status, 401, "{answer}");
    assert!(json(&answer)["error"].is_string());
    let (status, _) = post(body(&sign(&format!("praxis-auth-v1:{challenge}")))).await;
    assert_eq!(status, 401, "a challenge answers once");
    relay.stop().await;
}

/// Found by `drift.rs` (seed 135656909): a declined registrant redeemed a second,
/// widely shared link and kept access until some later edit happened to re-read the
/// roster. A link does not overturn the leaders' decision, whatever edits follow.
#[tokio::test]
async fn a_link_does_not_readmit_a_registrant_the_leaders_declined() {
    let data = tempfile::tempdir().unwrap();
    let relay = TestRelay::start(data.path()).await;
    let id = new_id(9);
    let mut ana = Member::online("ana", &relay).await;
    ana.create(id, TITLE).await;
    let ana_credential = ana.credential.clone().unwrap();
    let mut eva = Member::online("eva", &relay).await;
    let eva_credential = eva.credential.clone().unwrap();
    let (_, first) = invite(&relay, &ana_credential, id, "{}").await;
    let first_token = first["token"].as_str().unwrap();
    assert_eq!(
        redeem(&relay, &eva_credential, id, first_token).await.0,
        200
    );
    eva.fetch(id).await;
    let registration = registers(&mut eva, &mut ana, id).await;
    let leader = ana.id();
    ana.edit(&id, |doc| {
        community::decide_registration(doc, &registration, &leader, community::Decision::Decline)
    });
    ana.sync_until("the decline reaches the relay", Member::is_synced)
        .await;
    let close = eva.until_closed().await;
    assert_eq!(u16::from(close.code), 4403, "{close:?}");

    // The same link, or a new one shared with everyone: refused, with the reason.
    let (_, second) = invite(&relay, &ana_credential, id, "{}").await;
    for token in [first_token, second["token"].as_str().unwrap()] {
        assert_eq!(
            redeem(&relay, &eva_credential, id, token).await,
            (
                403,
                serde_json::json!({
                    "error": "the community's leaders declined your registration: ask them to add you"
                })
            )
        );
    }
    gets_nothing(&relay.url_with(&eva_credential), id).await;
    // An edit that does not touch the roster changes nothing either.
    ana.edit(&id, |doc| {
        community::set_problem(doc, "Infections after surgery")
    });
    ana.sync_until("the edit reaches the relay", Member::is_synced)
        .await;
    gets_nothing(&relay.url_with(&eva_credential), id).await;
    let (_, listed) = invitations(&relay, &ana_credential, id).await;
    let listed = json(&listed);
    let used = |invitation: &serde_json::Value| {
        listed
            .as_array()
            .unwrap()
            .iter()
            .find(|listed| listed["id"] == invitation["id"])
            .map(|listed| listed["used"].clone())
    };
    assert_eq!(
        (used(&first), used(&second)),
        (Some(1.into()), Some(0.into())),
        "a refused redemption uses nothing: {listed}"
    );

    // The leader adds her: the roster speaks, and she syncs again.
    let eva_id = eva.id();
    ana.edit(&id, |doc| {
        community::set_member(doc, &eva_id, "Eva", community::Role::Participant)
    });
    ana.sync_until("the roster reaches the relay", Member::is_synced)
        .await;
    let mut socket = raw_peer_at(&relay.url_with(&eva_credential), "eva").await;
    socket
        .send(Message::binary(request("eva", id)))
        .await
        .unwrap();
    let answer = next_message(&mut socket).await;
    assert!(matches!(answer, WireMessage::Sync { .. }), "{answer:?}");
    relay.stop().await;
}
