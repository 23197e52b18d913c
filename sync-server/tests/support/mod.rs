//! Test harness: a real relay on a loopback port with a real store, and members that
//! sign in with their own Ed25519 key (challenge, signature, credential, as the app
//! does) and speak automerge-repo through `sync_protocol::Repo` over a real WebSocket.

#![allow(dead_code)] // each test file uses a different part of the harness

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use community::MemberId;
use ed25519_dalek::{Signer as _, SigningKey};
use futures::{SinkExt as _, StreamExt as _};
use sync_protocol::message::WireMessage;
use sync_protocol::{ConnectionId, DocumentId, Effect, Millis, PeerId, Repo, Role};
use sync_server::{Config, RelayError};
use tokio::net::TcpStream;
use tokio::sync::oneshot;
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

/// How long any wait in a test may take before it fails.
pub const PATIENCE: Duration = Duration::from_secs(10);

pub type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// A relay running in this process on 127.0.0.1.
pub struct TestRelay {
    pub addr: SocketAddr,
    stop: oneshot::Sender<()>,
    task: tokio::task::JoinHandle<Result<(), RelayError>>,
}

/// The defaults, with the store in `data` and the stand-in app.
pub fn config(data: &Path) -> Config {
    Config::with_dirs(data, static_dir())
}

impl TestRelay {
    pub async fn start(data: &Path) -> Self {
        Self::start_with(Config::with_dirs(data, static_dir())).await
    }

    pub async fn start_with(config: Config) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("address");
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(sync_server::run(config, listener, async {
            let _ = stopped.await;
        }));
        Self { addr, stop, task }
    }

    /// Stops the relay gracefully and waits until it has flushed its store.
    pub async fn stop(self) {
        let _ = self.stop.send(());
        tokio::time::timeout(PATIENCE, self.task)
            .await
            .expect("relay stops in time")
            .expect("relay task")
            .expect("relay ran without error");
    }

    /// The sync URL without a credential.
    pub fn url(&self) -> String {
        format!("ws://{}/sync", self.addr)
    }

    /// The sync URL with a credential.
    pub fn url_with(&self, credential: &str) -> String {
        format!("ws://{}/sync?credential={credential}", self.addr)
    }

    /// The sync URL of a newly signed-in device nobody knows.
    pub async fn stranger_url(&self) -> String {
        let credential = Identity::generate().sign_in(self.addr).await;
        self.url_with(&credential)
    }

    /// One value of `/metrics` (the first line that starts with `name`).
    pub async fn metric(&self, name: &str) -> f64 {
        let (status, body) = http_get(self.addr, "/metrics").await;
        assert!(status.contains("200"), "{status}");
        body.lines()
            .find_map(|line| {
                let (key, value) = line.rsplit_once(' ')?;
                (key == name).then(|| value.parse().expect("a number"))
            })
            .unwrap_or_else(|| panic!("no metric {name} in:\n{body}"))
    }
}

/// A device's key and the member id it makes.
#[derive(Clone)]
pub struct Identity {
    pub key: SigningKey,
    pub member: MemberId,
}

impl Identity {
    pub fn generate() -> Self {
        let key = SigningKey::from_bytes(&rand::random::<[u8; 32]>());
        let member = sync_server::auth::identity::member_id(&key.verifying_key().to_bytes());
        Self { key, member }
    }

    /// Signs in as the app does; returns the credential.
    pub async fn sign_in(&self, addr: SocketAddr) -> String {
        let (status, body) = http(addr, "POST", "/api/auth/challenge", "", "").await;
        assert_eq!(status, 200, "{body}");
        let challenge = json(&body)["challenge"]
            .as_str()
            .expect("a challenge")
            .to_owned();
        let signature = self
            .key
            .sign(format!("praxis-auth-v1:{challenge}").as_bytes());
        let request = serde_json::json!({
            "public_key": sync_server::auth::encode(&self.key.verifying_key().to_bytes()),
            "challenge": challenge,
            "signature": sync_server::auth::encode(&signature.to_bytes()),
        });
        let (status, body) = http(addr, "POST", "/api/auth", "", &request.to_string()).await;
        assert_eq!(status, 200, "{body}");
        let answer = json(&body);
        assert_eq!(answer["member"].as_str(), Some(self.member.as_str()));
        answer["credential"]
            .as_str()
            .expect("a credential")
            .to_owned()
    }
}

pub fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|error| panic!("not JSON ({error}): {body}"))
}

/// Sends one HTTP/1.0 request with a body (and extra header lines); returns the status
/// and the body.
pub async fn http(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &str,
    body: &str,
) -> (u16, String) {
    let (status, _, body) = http_with_head(addr, method, path, headers, body).await;
    (status, body)
}

/// As [`http`], also returning the response's head (status line and headers).
pub async fn http_with_head(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &str,
    body: &str,
) -> (u16, String, String) {
    // JSON unless the caller says otherwise.
    let content_type = if headers.to_ascii_lowercase().contains("content-type:") {
        ""
    } else {
        "Content-Type: application/json\r\n"
    };
    let request = format!(
        "{method} {path} HTTP/1.0\r\nHost: {addr}\r\n{content_type}Content-Length: {}\r\n{headers}\r\n{body}",
        body.len()
    );
    let (head, body) = exchange(addr, &request).await;
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .expect("a status code");
    (status, head, String::from_utf8_lossy(&body).into_owned())
}

/// `Authorization: Bearer …` as a header line for [`http`].
pub fn bearer(credential: &str) -> String {
    format!("Authorization: Bearer {credential}\r\n")
}

/// A WebSocket of a newly signed-in stranger that has done the automerge-repo
/// handshake by hand, for sending what a well-behaved member never would.
pub async fn raw_peer(relay: &TestRelay, name: &str) -> Socket {
    let url = relay.stranger_url().await;
    raw_peer_at(&url, name).await
}

/// As [`raw_peer`], on a given sync URL (with its credential).
pub async fn raw_peer_at(url: &str, name: &str) -> Socket {
    let (mut socket, _) = tokio_tungstenite::connect_async(url)
        .await
        .expect("connect");
    let join = WireMessage::Join {
        sender_id: PeerId::new(name),
        supported_protocol_versions: vec!["1".into()],
        peer_metadata: None,
    };
    socket
        .send(Message::binary(join.encode()))
        .await
        .expect("send join");
    match next_message(&mut socket).await {
        WireMessage::Peer { .. } => socket,
        other => panic!("expected `peer`, got {other:?}"),
    }
}

/// A `request` for a document, as a member that lacks it sends.
pub fn request(from: &str, document: DocumentId) -> Vec<u8> {
    use automerge::sync::SyncDoc as _;
    let data = automerge::Automerge::new()
        .generate_sync_message(&mut automerge::sync::State::new())
        .expect("an opening sync message")
        .encode();
    WireMessage::Request {
        sender_id: PeerId::new(from),
        target_id: PeerId::new("relay"),
        document_id: document,
        data,
    }
    .encode()
}

/// The next protocol message, failing the test on a close or after [`PATIENCE`].
pub async fn next_message(socket: &mut Socket) -> WireMessage {
    loop {
        match tokio::time::timeout(PATIENCE, socket.next())
            .await
            .expect("a message in time")
        {
            Some(Ok(Message::Binary(bytes))) => {
                return WireMessage::decode(&bytes).expect("the relay speaks the protocol");
            }
            Some(Ok(Message::Close(frame))) => panic!("relay closed the connection: {frame:?}"),
            Some(Ok(_)) => {}
            Some(Err(error)) => panic!("socket error: {error}"),
            None => panic!("the connection ended"),
        }
    }
}

/// Reads until the relay closes: the last binary message and the close frame.
pub async fn read_until_close(
    socket: &mut Socket,
) -> (
    Option<Vec<u8>>,
    Option<tokio_tungstenite::tungstenite::protocol::CloseFrame>,
) {
    let mut last = None;
    loop {
        match tokio::time::timeout(PATIENCE, socket.next())
            .await
            .expect("the relay answers in time")
        {
            Some(Ok(Message::Binary(bytes))) => last = Some(bytes.to_vec()),
            Some(Ok(Message::Close(frame))) => return (last, frame),
            Some(Ok(_)) => {}
            Some(Err(_)) | None => return (last, None),
        }
    }
}

/// A directory with an `index.html` and a script, standing in for the built app;
/// written once per test process (tests run in parallel and share it).
pub fn static_dir() -> PathBuf {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("praxis-test-static-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("static dir");
        std::fs::write(
            dir.join("index.html"),
            "<!doctype html><title>Praxis test app</title>",
        )
        .expect("index");
        // Large and repetitive, like the wasm: worth compressing.
        std::fs::write(dir.join("app.js"), "console.log('praxis');\n".repeat(2000)).expect("asset");
        // A build-time copy, as scripts/precompress.mjs writes (content marked, not real
        // brotli, so a test can tell it from on-the-fly compression).
        std::fs::write(dir.join("app_bg.wasm"), vec![0u8; 4096]).expect("asset");
        std::fs::write(dir.join("app_bg.wasm.br"), b"precompressed at build time").expect("asset");
        // The build's wasm glue, in the directory named after its content.
        let pkg = dir.join("pkg-74faf8056bea1512");
        std::fs::create_dir_all(&pkg).expect("pkg dir");
        std::fs::write(pkg.join("app.js"), "console.log('built');\n").expect("asset");
        dir
    })
    .clone()
}

/// A member's device: its key, and our own client-side `Repo` over a real WebSocket.
pub struct Member {
    pub identity: Identity,
    /// The credential of the last sign-in.
    pub credential: Option<String>,
    pub repo: Repo,
    socket: Option<Socket>,
    connection: Option<ConnectionId>,
    started: Instant,
}

impl Member {
    pub fn offline(name: &str) -> Self {
        Self {
            identity: Identity::generate(),
            credential: None,
            repo: Repo::new(
                PeerId::new(name),
                Role::Client,
                sync_protocol::Config::default(),
            ),
            socket: None,
            connection: None,
            started: Instant::now(),
        }
    }

    pub async fn online(name: &str, relay: &TestRelay) -> Self {
        let mut member = Self::offline(name);
        member.connect(relay).await;
        member
    }

    pub fn now(&self) -> Millis {
        Millis(u64::try_from(self.started.elapsed().as_millis()).expect("test time fits"))
    }

    /// The member id of this device's key.
    pub fn id(&self) -> MemberId {
        self.identity.member.clone()
    }

    /// Signs in (again) and connects with the new credential.
    pub async fn connect(&mut self, relay: &TestRelay) {
        self.connect_to(relay.addr).await;
    }

    /// Signs in (again) to the relay at `addr` and connects with the new credential.
    pub async fn connect_to(&mut self, addr: SocketAddr) {
        let credential = self.identity.sign_in(addr).await;
        self.credential = Some(credential.clone());
        self.disconnect();
        let url = format!("ws://{addr}/sync?credential={credential}");
        let (socket, _) = tokio_tungstenite::connect_async(url)
            .await
            .expect("connect");
        self.socket = Some(socket);
        let now = self.now();
        self.connection = Some(self.repo.connect(now));
        self.flush().await;
    }

    pub fn disconnect(&mut self) {
        if let Some(connection) = self.connection.take() {
            self.repo.disconnect(connection);
        }
        self.socket = None;
    }

    /// Whether the relay has everything this member has and vice versa.
    pub fn is_synced(&self) -> bool {
        self.connection
            .is_some_and(|connection| self.repo.is_synced(connection))
    }

    async fn flush(&mut self) -> Vec<Effect> {
        let mut others = Vec::new();
        for effect in self.repo.take_effects() {
            match effect {
                Effect::Send { bytes, .. } => {
                    if let Some(socket) = self.socket.as_mut() {
                        socket.send(Message::binary(bytes)).await.expect("send");
                    }
                }
                other => others.push(other),
            }
        }
        others
    }

    /// Creates a community led by this member and waits until the relay has it.
    pub async fn create(&mut self, id: DocumentId, title: &str) {
        self.create_with(id, title, &[]).await;
    }

    /// Creates a community led by this member with `others` as participants, and waits
    /// until the relay has it.
    pub async fn create_with(&mut self, id: DocumentId, title: &str, others: &[MemberId]) {
        let now = self.now();
        let doc = community_doc(title, &self.id(), others);
        self.repo.insert_document(id, doc, now);
        self.sync_until("the relay has the new community", Self::is_synced)
            .await;
    }

    /// Asks the relay for a community and waits until it has arrived.
    pub async fn fetch(&mut self, id: DocumentId) {
        let now = self.now();
        self.repo.request_document(id, now);
        self.sync_until("the community arrives", |m| m.design(&id).is_some())
            .await;
    }

    /// Edits a community locally (online or not).
    pub fn edit(
        &mut self,
        id: &DocumentId,
        edit: impl FnOnce(&mut automerge::Automerge) -> Result<(), community::CommunityError>,
    ) {
        let now = self.now();
        self.repo
            .change_document(id, now, edit)
            .expect("the member has the community")
            .expect("the edit is valid");
    }

    /// The community's design as this member sees it.
    pub fn design(&self, id: &DocumentId) -> Option<community::Design> {
        let doc = self.repo.document(id)?;
        community::read(doc).ok().map(|community| community.design)
    }

    /// Keeps syncing until the relay closes the connection; returns the close frame.
    pub async fn until_closed(&mut self) -> tokio_tungstenite::tungstenite::protocol::CloseFrame {
        let give_up = Instant::now() + PATIENCE;
        loop {
            assert!(
                Instant::now() < give_up,
                "gave up waiting for the relay to close"
            );
            let Some(socket) = self.socket.as_mut() else {
                panic!("not connected");
            };
            let frame = tokio::time::timeout(Duration::from_millis(20), socket.next())
                .await
                .ok()
                .flatten();
            let now = self.now();
            match frame {
                Some(Ok(Message::Binary(bytes))) => {
                    if let Some(connection) = self.connection {
                        let _ = self.repo.receive(connection, &bytes, now);
                    }
                }
                Some(Ok(Message::Close(frame))) => {
                    self.disconnect();
                    return frame.expect("a close frame with a code");
                }
                Some(Ok(_)) | None => {}
                Some(Err(error)) => panic!("socket error: {error}"),
            }
            self.repo.tick(now);
            self.flush().await;
        }
    }

    /// Stays connected and answering (pings included) for `how_long`.
    pub async fn stay_online(&mut self, how_long: Duration) {
        let until = Instant::now() + how_long;
        self.sync_until("time passes", |_| Instant::now() >= until)
            .await;
    }

    /// Runs the protocol until `done` holds, failing the test after [`PATIENCE`].
    pub async fn sync_until(&mut self, what: &str, done: impl Fn(&Self) -> bool) {
        let give_up = Instant::now() + PATIENCE;
        while !done(self) {
            assert!(Instant::now() < give_up, "gave up waiting for: {what}");
            let wake = Instant::now() + Duration::from_millis(20);
            let frame = match self.socket.as_mut() {
                Some(socket) => tokio::time::timeout_at(wake, socket.next())
                    .await
                    .ok()
                    .flatten(),
                None => {
                    tokio::time::sleep_until(wake).await;
                    None
                }
            };
            let now = self.now();
            match frame {
                Some(Ok(Message::Binary(bytes))) => {
                    if let Some(connection) = self.connection {
                        self.repo
                            .receive(connection, &bytes, now)
                            .expect("relay speaks the protocol");
                    }
                }
                Some(Ok(Message::Close(frame))) => panic!("relay closed the connection: {frame:?}"),
                Some(Ok(_)) => {}
                Some(Err(error)) => panic!("socket error: {error}"),
                None => {}
            }
            self.repo.tick(now);
            self.flush().await;
        }
    }
}

/// A community document led by `leader`, with `others` as participants.
pub fn community_doc(title: &str, leader: &MemberId, others: &[MemberId]) -> automerge::Automerge {
    let mut doc = community::create(title, "").expect("a valid community");
    community::set_member(&mut doc, leader, "Leader", community::Role::Leader)
        .expect("a valid member");
    for other in others {
        community::set_member(&mut doc, other, "Participant", community::Role::Participant)
            .expect("a valid member");
    }
    doc
}

/// The relay binary, killed (SIGKILL) and waited for when dropped, so a failing test
/// leaves no relay behind.
pub struct RelayChild {
    pub process: std::process::Child,
    pub addr: SocketAddr,
}

impl RelayChild {
    /// Starts the binary on `data` at `RUST_LOG=rust_log`, JSON logs to `log`,
    /// listening on a port it picked, with `args` added to its command line.
    pub fn spawn(data: &Path, log: &Path, rust_log: &str, args: &[&str]) -> Self {
        let process = std::process::Command::new(env!("CARGO_BIN_EXE_sync-server"))
            .args(["--listen", "127.0.0.1:0", "--log-format", "json"])
            .arg("--data")
            .arg(data)
            .arg("--static")
            .arg(static_dir())
            .args(args)
            .env("RUST_LOG", rust_log)
            .stdout(std::process::Stdio::null())
            .stderr(std::fs::File::create(log).expect("log file"))
            .spawn()
            .expect("the relay binary starts");
        let mut relay = Self {
            process,
            addr: ([127, 0, 0, 1], 0).into(),
        };
        let give_up = std::time::Instant::now() + PATIENCE;
        loop {
            let text = std::fs::read_to_string(log).unwrap_or_default();
            if let Some(addr) = text
                .split("\"addr\":\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
            {
                relay.addr = addr.parse().expect("a socket address");
                return relay;
            }
            // A panic drops `relay`, which kills the process.
            assert!(
                std::time::Instant::now() < give_up,
                "the relay did not start:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

impl RelayChild {
    /// SIGKILL: no shutdown, no flush, no destructor runs in the relay.
    pub fn kill(self) {
        drop(self);
    }
}

impl Drop for RelayChild {
    fn drop(&mut self) {
        // `Child::kill` is SIGKILL on Unix.
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// Sends a raw GET and returns the status line and body.
pub async fn http_get(addr: SocketAddr, path: &str) -> (String, String) {
    let (head, body) = http_get_with(addr, path, "").await;
    (
        head.lines().next().unwrap_or_default().to_owned(),
        String::from_utf8_lossy(&body).into_owned(),
    )
}

/// Sends a raw HTTP/1.0 GET (so the body is never chunked) with extra header lines;
/// returns the head and the raw body.
pub async fn http_get_with(addr: SocketAddr, path: &str, headers: &str) -> (String, Vec<u8>) {
    exchange(
        addr,
        &format!("GET {path} HTTP/1.0\r\nHost: {addr}\r\n{headers}\r\n"),
    )
    .await
}

/// Sends one raw HTTP/1.0 request (so the body is never chunked) and reads the whole
/// response; returns the head and the raw body.
async fn exchange(addr: SocketAddr, request: &str) -> (String, Vec<u8>) {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    stream.write_all(request.as_bytes()).await.expect("request");
    let mut response = Vec::new();
    tokio::time::timeout(PATIENCE, stream.read_to_end(&mut response))
        .await
        .expect("response in time")
        .expect("read");
    let split = response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete response");
    let head = String::from_utf8_lossy(&response[..split]).into_owned();
    (head, response[split + 4..].to_vec())
}
