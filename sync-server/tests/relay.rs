//! The relay end to end: real WebSockets, the real store on disk, real restarts.

mod support;

use futures::SinkExt as _;
use support::{Member, TestRelay, http_get, read_until_close};
use sync_protocol::DocumentId;
use sync_server::Config;
use tokio_tungstenite::tungstenite::Message;

fn new_id(n: u8) -> DocumentId {
    DocumentId::from_bytes([n, 7, 3, 9, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144])
}

fn title(member: &Member, id: &DocumentId) -> Option<String> {
    member.design(id).map(|design| design.title)
}

fn problem(member: &Member, id: &DocumentId) -> Option<String> {
    member.design(id).map(|design| design.problem)
}

#[tokio::test]
async fn two_members_sync_through_the_relay_across_a_restart() {
    let data = tempfile::tempdir().unwrap();
    let relay = TestRelay::start(data.path()).await;
    let id = new_id(1);

    let mut luis = Member::offline("luis");
    let late = Member::offline("late");
    let mut ana = Member::online("ana", &relay).await;
    ana.create_with(id, "Telemedicine indicators", &[luis.id(), late.id()])
        .await;
    luis.connect(&relay).await;
    luis.fetch(id).await;
    assert_eq!(
        title(&luis, &id).as_deref(),
        Some("Telemedicine indicators")
    );

    // The relay goes down; both keep working offline.
    relay.stop().await;
    ana.disconnect();
    luis.disconnect();
    ana.edit(&id, |doc| {
        community::set_title(doc, "Telemedicine indicators for the Andes")
    });
    luis.edit(&id, |doc| {
        community::set_problem(doc, "No shared indicators")
    });

    // A new relay process on the same store: it still has the community.
    let relay = TestRelay::start(data.path()).await;
    let mut late = late;
    late.connect(&relay).await;
    late.fetch(id).await;
    assert_eq!(
        title(&late, &id).as_deref(),
        Some("Telemedicine indicators")
    );

    ana.connect(&relay).await;
    luis.connect(&relay).await;
    ana.sync_until("Ana is synced", Member::is_synced).await;
    luis.sync_until("Luis sees Ana's offline edit", |m| {
        title(m, &id).as_deref() == Some("Telemedicine indicators for the Andes")
    })
    .await;
    ana.sync_until("Ana sees Luis's offline edit", |m| {
        problem(m, &id).as_deref() == Some("No shared indicators")
    })
    .await;
    assert_eq!(problem(&luis, &id).as_deref(), Some("No shared indicators"));
    relay.stop().await;
}

#[tokio::test]
async fn a_data_directory_of_an_earlier_relay_keeps_working() {
    // What the file-per-document relay left: `DATA/docs/<id>.automerge`.
    let data = tempfile::tempdir().unwrap();
    let id = new_id(4);
    let docs = data.path().join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    let mut ana = Member::offline("ana");
    let mut luis = Member::offline("luis");
    let doc = support::community_doc("Leishmaniasis", &ana.id(), &[luis.id()]);
    std::fs::write(docs.join(format!("{id}.automerge")), doc.save()).unwrap();

    let relay = TestRelay::start(data.path()).await;
    ana.connect(&relay).await;
    ana.fetch(id).await;
    assert_eq!(title(&ana, &id).as_deref(), Some("Leishmaniasis"));
    assert!(!docs.exists(), "imported once");
    assert!(
        data.path()
            .join("docs.imported")
            .join(format!("{id}.automerge"))
            .exists(),
        "and the files kept"
    );
    ana.edit(&id, |doc| {
        community::set_title(doc, "Leishmaniasis in the Amazon")
    });
    ana.sync_until("Ana's edit reaches the relay", Member::is_synced)
        .await;
    relay.stop().await;

    let relay = TestRelay::start(data.path()).await;
    luis.connect(&relay).await;
    luis.fetch(id).await;
    assert_eq!(
        title(&luis, &id).as_deref(),
        Some("Leishmaniasis in the Amazon")
    );
    relay.stop().await;
}

#[tokio::test]
async fn garbage_gets_a_clear_error_and_the_relay_keeps_serving_others() {
    let data = tempfile::tempdir().unwrap();
    let relay = TestRelay::start(data.path()).await;
    let id = new_id(2);
    let mut luis = Member::offline("luis");
    let mut ana = Member::online("ana", &relay).await;
    ana.create_with(id, "Malaria", &[luis.id()]).await;

    let (mut rogue, _) = tokio_tungstenite::connect_async(relay.stranger_url().await)
        .await
        .unwrap();
    rogue
        .send(Message::binary(vec![0xff, 0x00, 0x13, 0x37]))
        .await
        .unwrap();
    let (error, close) = read_until_close(&mut rogue).await;
    let error = error.expect("an `error` message before the close");
    assert!(contains(&error, b"error"), "the message is of type error");
    let close = close.expect("a close frame with a reason");
    assert!(!close.reason.is_empty(), "the close says why");

    // Nothing stored was damaged and others still sync.
    luis.connect(&relay).await;
    luis.fetch(id).await;
    relay.stop().await;
}

#[tokio::test]
async fn an_oversized_message_closes_only_that_connection() {
    let data = tempfile::tempdir().unwrap();
    let mut config = Config::with_dirs(data.path(), support::static_dir());
    config.max_message_bytes = 4 * 1024;
    let relay = TestRelay::start_with(config).await;

    let (mut rogue, _) = tokio_tungstenite::connect_async(relay.stranger_url().await)
        .await
        .unwrap();
    rogue
        .send(Message::binary(vec![0u8; 64 * 1024]))
        .await
        .unwrap();
    let (_, close) = read_until_close(&mut rogue).await;
    // Either a close frame or a dropped socket is a closed connection; a reply is not.
    if let Some(close) = close {
        assert_ne!(u16::from(close.code), 1000, "not a normal close: {close:?}");
    }

    let id = new_id(3);
    let mut ana = Member::online("ana", &relay).await;
    ana.create(id, "Dengue").await;
    relay.stop().await;
}

#[tokio::test]
async fn the_app_and_health_are_served_and_routes_fall_back_to_the_app() {
    let data = tempfile::tempdir().unwrap();
    let relay = TestRelay::start(data.path()).await;
    let (status, body) = http_get(relay.addr, "/healthz").await;
    assert!(status.contains("200"), "{status}");
    assert_eq!(body.trim(), "ok");
    let (status, body) = http_get(relay.addr, "/c/2bKjUqSqtQnVbCz1mdCGYVHoFxyb").await;
    assert!(
        status.contains("200"),
        "an app route answers 200, not 404: {status}"
    );
    assert!(
        body.contains("Praxis test app"),
        "the app's index.html is served: {body}"
    );
    relay.stop().await;
}

#[tokio::test]
async fn the_app_is_sent_compressed_to_browsers_that_accept_it() {
    let data = tempfile::tempdir().unwrap();
    let relay = TestRelay::start(data.path()).await;
    let (plain_head, plain) = support::http_get_with(relay.addr, "/app.js", "").await;
    assert!(
        !plain_head.to_ascii_lowercase().contains("content-encoding"),
        "{plain_head}"
    );
    let (head, body) =
        support::http_get_with(relay.addr, "/app.js", "Accept-Encoding: br\r\n").await;
    assert!(
        head.to_ascii_lowercase().contains("content-encoding: br"),
        "{head}"
    );
    assert!(
        body.len() * 10 < plain.len(),
        "brotli: {} of {} bytes",
        body.len(),
        plain.len()
    );
    relay.stop().await;
}

/// A deploy must reach browsers at their next load: what names the current build is
/// revalidated each time (a `304` is a few bytes), what is named after its content is
/// kept for good.
#[tokio::test]
async fn the_app_shell_is_revalidated_and_hashed_assets_are_kept() {
    let data = tempfile::tempdir().unwrap();
    let relay = TestRelay::start(data.path()).await;
    let cache_control = |head: &str| {
        head.lines()
            .find_map(|line| {
                let (name, value) = line.split_once(':')?;
                name.eq_ignore_ascii_case("cache-control")
                    .then(|| value.trim().to_owned())
            })
            .unwrap_or_default()
    };
    for path in [
        "/",
        "/index.html",
        "/c/2bKjUqSqtQnVbCz1mdCGYVHoFxyb",
        "/app.js",
    ] {
        let (head, _) = support::http_get_with(relay.addr, path, "").await;
        assert_eq!(cache_control(&head), "no-cache", "{path}: {head}");
    }
    let (head, body) = support::http_get_with(relay.addr, "/pkg-74faf8056bea1512/app.js", "").await;
    assert!(String::from_utf8_lossy(&body).contains("built"), "{head}");
    assert_eq!(
        cache_control(&head),
        "public, max-age=31536000, immutable",
        "{head}"
    );
    // An old build's script, gone since a deploy, gets the app's page: never kept.
    let (head, body) = support::http_get_with(relay.addr, "/pkg-0123456789abcdef/app.js", "").await;
    assert!(
        String::from_utf8_lossy(&body).contains("Praxis test app"),
        "{head}"
    );
    assert_eq!(cache_control(&head), "no-cache", "{head}");
    relay.stop().await;
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}
