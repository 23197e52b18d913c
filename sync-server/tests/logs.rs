//! Secrets never reach the logs, and a healthy session logs no ERROR: the relay binary at `RUST_LOG=trace` while members
//! sign in, sync (the credential is in the `/sync` URL), take the session cookie and
//! read the archive with it, invite, redeem and sign out.

mod support;

use support::{Identity, Member, RelayChild, bearer, http, http_get_with, http_with_head, json};
use sync_protocol::DocumentId;

#[tokio::test]
async fn credentials_and_invitation_tokens_never_appear_in_trace_logs() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("relay.log");
    let relay = RelayChild::spawn(&dir.path().join("store"), &log, "trace", &[]);
    let addr = relay.addr;
    let id = DocumentId::from_bytes([0x10; 16]);

    let mut ana = Member::offline("ana");
    ana.connect_to(addr).await;
    let now = ana.now();
    let doc = support::community_doc("Logged community", &ana.id(), &[]);
    ana.repo.insert_document(id, doc, now);
    ana.sync_until("the relay has the community", Member::is_synced)
        .await;
    let ana_credential = ana.credential.clone().unwrap();
    let (status, body) = http(
        addr,
        "POST",
        &format!("/api/communities/{id}/invitations"),
        &bearer(&ana_credential),
        "{}",
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let token = json(&body)["token"].as_str().unwrap().to_owned();
    let mut eva = Member::offline("eva");
    eva.connect_to(addr).await;
    let eva_credential = eva.credential.clone().unwrap();
    let redeem = serde_json::json!({ "document": id.to_string(), "token": token });
    let (status, body) = http(
        addr,
        "POST",
        "/api/invitations/redeem",
        &bearer(&eva_credential),
        &redeem.to_string(),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    eva.fetch(id).await;
    // Changes whose dependencies the relay already holds: it loads each alone to check
    // it, which Automerge itself logs as an ERROR unless quieted (see below).
    ana.edit(&id, |doc| {
        community::set_call(doc, community::Call::Restricted)
    });
    ana.sync_until("the relay has the edit", Member::is_synced)
        .await;
    // Closed, so the relay archives it and its pages have something to show.
    let leader = ana.id();
    ana.edit(&id, |doc| {
        community::sign_as(doc, &leader);
        community::start_implementation(doc, &leader, true)?;
        community::start_conclusion(doc, &leader)?;
        let at = "2026-11-29T20:00:00Z";
        let final_assessment =
            community::open_assessment(doc, &leader, community::AssessmentKind::Final, "", at)?;
        let answer = [(
            community::QuestionId::new("objective").expect("a question id"),
            community::Answer::Scale(4),
        )];
        community::answer_assessment(doc, &leader, &final_assessment, &answer, at)?;
        community::close_community(doc, &leader, at, true)
    });
    ana.sync_until("the relay has the closure", Member::is_synced)
        .await;
    let (status, body) = http(
        addr,
        "GET",
        &format!("/api/communities/{id}/late-changes"),
        &bearer(&ana_credential),
        "",
    )
    .await;
    assert_eq!(status, 200, "{body}");
    // The archive's pages take the credential as a cookie.
    let (status, head, body) = http_with_head(
        addr,
        "POST",
        "/api/auth/cookie",
        &bearer(&ana_credential),
        "",
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert!(
        head.contains(&ana_credential),
        "the cookie carries the credential"
    );
    let cookie = format!("Cookie: praxis_session={ana_credential}\r\n");
    for path in [format!("/archive/{id}"), "/archive?q=logged".to_owned()] {
        let (head, _) = http_get_with(addr, &path, &cookie).await;
        assert!(
            head.starts_with("HTTP/1.0 200") || head.starts_with("HTTP/1.0 404"),
            "{head}"
        );
    }
    let stranger = Identity::generate().sign_in(addr).await;
    let (status, _) = http(addr, "DELETE", "/api/auth", &bearer(&stranger), "").await;
    assert_eq!(status, 204);
    eva.stay_online(std::time::Duration::from_millis(100)).await;

    drop(relay);
    let logged = std::fs::read_to_string(&log).unwrap();
    assert!(
        logged.contains("/sync"),
        "the sync requests were logged:\n{logged}"
    );
    for secret in [&ana_credential, &eva_credential, &stranger, &token] {
        assert!(!logged.contains(secret.as_str()), "a secret is in the logs");
    }
    // Nothing went wrong, so nothing says ERROR: an operator must be able to alert on it.
    let errors: Vec<&str> = logged
        .lines()
        .filter(|line| line.contains("ERROR"))
        .collect();
    assert!(
        errors.is_empty(),
        "a healthy session logged errors: {errors:#?}"
    );
}
