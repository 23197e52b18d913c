//! The relay's HTTP surface: `/sync?credential=…` (automerge-repo over WebSocket),
//! `/api` ([`crate::routes`]), `/archive` ([`crate::archive::routes`]), `/healthz`,
//! `/metrics`, and the built app with `index.html` as the single-page fallback.
//!
//! Per-connection limits live here, in the task that pumps each WebSocket: the
//! connection semaphore, the message rate (a token bucket) and the idle timeout.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade, close_code};
use axum::extract::{RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse as _, Response};
use axum::routing::get;
use futures::{SinkExt as _, StreamExt as _};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc};
use tokio::time::Instant;
use tower_http::compression::CompressionLayer;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::trace::TraceLayer;

use crate::Config;
use crate::auth::credential::SecretHash;
use crate::hub::{Closing, Hub, Opened, Outgoing};
use crate::metrics::{Metrics, Refusal};
use crate::shutdown::Trigger;

/// Close reasons are capped at 123 bytes by RFC 6455.
const MAX_CLOSE_REASON: usize = 123;
/// How long a closed connection waits for the peer's answering close frame.
const CLOSE_LINGER: Duration = Duration::from_secs(1);
/// Each connection's read buffer. tungstenite's default, 128 KiB, made an idle
/// connection cost 139 KiB of relay memory (measured with `npm run bench:connections`),
/// so 10,000 members' idle phones would have taken 1.4 GiB; a large message (a first
/// sync) is still read whole, in more reads.
const READ_BUFFER_BYTES: usize = 8 * 1024;
/// Application close codes (RFC 6455 leaves 4000–4999 to applications), after HTTP's
/// 401 and 403: the browser's WebSocket shows them to the app.
pub const UNAUTHENTICATED: u16 = 4401;
pub const FORBIDDEN: u16 = 4403;

#[derive(Clone)]
struct SyncState {
    hub: Hub,
    stopping: Trigger,
    metrics: Arc<Metrics>,
    connections: Arc<Semaphore>,
    limits: Limits,
}

/// The per-connection limits of [`Config`].
#[derive(Clone, Copy)]
struct Limits {
    max_message_bytes: usize,
    max_connections: usize,
    outbox_messages: usize,
    messages_per_second: u32,
    message_burst: u32,
    idle_timeout: Duration,
}

/// Builds the relay's routes.
pub fn router(config: &Config, hub: Hub, stopping: Trigger, metrics: Arc<Metrics>) -> Router {
    let index = config.static_dir.join("index.html");
    // An unknown path is a client-side route of the app (`/c/<id>`): answer with the
    // app itself and status 200, so a shared link opens in any browser.
    // Low bandwidth is the normal case: serve the build's precompressed copies
    // (brotli at maximum quality takes the wasm to under a third), and compress
    // anything without one on the fly.
    let files = ServeDir::new(&config.static_dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(
            ServeFile::new(index)
                .precompressed_br()
                .precompressed_gzip(),
        );
    let app = Router::new()
        .fallback_service(files)
        .layer(axum::middleware::from_fn(crate::cache_policy::apply))
        .layer(CompressionLayer::new().br(true).gzip(true));
    let api = crate::routes::router(config, hub.clone(), Arc::clone(&metrics));
    let archive = crate::archive::routes::router(config, hub.clone());
    let state = SyncState {
        hub,
        stopping,
        metrics,
        connections: Arc::new(Semaphore::new(config.max_connections)),
        limits: Limits {
            max_message_bytes: config.max_message_bytes,
            max_connections: config.max_connections,
            outbox_messages: config.outbox_messages,
            messages_per_second: config.messages_per_second,
            message_burst: config.message_burst,
            idle_timeout: Duration::from_secs(config.idle_timeout_secs.max(1)),
        },
    };
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/metrics", get(scrape))
        .route("/sync", get(upgrade))
        .with_state(state)
        .merge(api)
        .merge(archive)
        .fallback_service(app)
        // The path only: the query of `/sync` is the member's credential.
        .layer(TraceLayer::new_for_http().make_span_with(
            |request: &axum::http::Request<axum::body::Body>| {
                tracing::debug_span!("request", method = %request.method(), path = %request.uri().path())
            },
        ))
}

async fn scrape(State(state): State<SyncState>) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        state.metrics.render(),
    )
        .into_response()
}

async fn upgrade(
    ws: WebSocketUpgrade,
    State(state): State<SyncState>,
    RawQuery(query): RawQuery,
) -> Response {
    // Taken before the upgrade, so connections racing for the last place cannot both win.
    let permit = Arc::clone(&state.connections).try_acquire_owned().ok();
    let credential = credential_in(query.as_deref());
    ws.max_message_size(state.limits.max_message_bytes)
        .max_frame_size(state.limits.max_message_bytes)
        .read_buffer_size(READ_BUFFER_BYTES)
        // Written at once: the relay sends whole sync messages, and a per-connection
        // buffer of 128 KiB (the default) waiting to fill is memory an idle member holds.
        .write_buffer_size(0)
        .on_upgrade(move |socket| async move {
            match permit {
                Some(permit) => connection(socket, state, permit, credential).await,
                None => refuse(socket, &state).await,
            }
        })
}

/// The credential of `?credential=…`, if there is a well-formed one. Base64url needs no
/// percent-encoding, so the value is taken as it is.
fn credential_in(query: Option<&str>) -> Option<SecretHash> {
    let value = query?
        .split('&')
        .find_map(|pair| pair.strip_prefix("credential="))?;
    SecretHash::of_presented(value, "credential").ok()
}

/// Closes a connection without a valid credential before reading anything from it.
async fn unauthenticated(mut socket: WebSocket, state: &SyncState) {
    state.metrics.refused(Refusal::Auth);
    close(
        &mut socket,
        UNAUTHENTICATED,
        Closing::SignedOut.reason().to_owned(),
    )
    .await;
}

/// Closes a connection over `--max-connections` at once, saying why. A close frame
/// rather than an HTTP 503 before the upgrade: a browser's WebSocket shows the app a
/// close code and reason, but nothing of a failed handshake.
async fn refuse(mut socket: WebSocket, state: &SyncState) {
    tracing::warn!(
        limit = state.limits.max_connections,
        "refusing a connection: the relay is at its connection limit"
    );
    state.metrics.refused(Refusal::Connections);
    let reason = format!(
        "the relay is at its limit of {} connections; try again later",
        state.limits.max_connections
    );
    close(&mut socket, close_code::AGAIN, reason).await;
}

/// Why a connection ended, as the peer is told.
struct Ending {
    code: u16,
    reason: String,
}

/// Pumps one WebSocket: frames in to the hub, the hub's messages out, until either
/// side closes, a limit is hit, or the relay stops.
async fn connection(
    socket: WebSocket,
    state: SyncState,
    permit: OwnedSemaphorePermit,
    credential: Option<SecretHash>,
) {
    let limits = state.limits;
    let (outbox, mut outgoing) = mpsc::channel(limits.outbox_messages);
    let Some(credential) = credential else {
        return unauthenticated(socket, &state).await;
    };
    let id = match state.hub.open(outbox, credential).await {
        Some(Opened::Connected(id)) => id,
        Some(Opened::Unauthenticated) => return unauthenticated(socket, &state).await,
        None => return,
    };
    state.metrics.connection_opened();
    let (mut sink, mut incoming) = socket.split();
    let mut rate = TokenBucket::new(limits.messages_per_second, limits.message_burst);
    let mut last_heard = Instant::now();
    // Browsers answer pings by themselves: a live peer is never idle for long.
    let ping_every = limits.idle_timeout / 3;
    let mut pings = tokio::time::interval_at(Instant::now() + ping_every, ping_every);
    let ending = loop {
        let wait = rate.wait();
        tokio::select! {
            frame = incoming.next(), if wait.is_none() => {
                last_heard = Instant::now();
                rate.take();
                match frame {
                    Some(Ok(Message::Binary(bytes))) => {
                        state.metrics.received(bytes.len());
                        state.hub.receive(id, bytes.to_vec()).await;
                    }
                    Some(Ok(Message::Text(_))) => {
                        state.metrics.refused(Refusal::Protocol);
                        break Some(Ending {
                            code: close_code::UNSUPPORTED,
                            reason: "text frames are not part of the protocol: send binary CBOR".into(),
                        });
                    }
                    Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
                    Some(Ok(Message::Close(_))) | None => break None,
                    Some(Err(error)) => {
                        tracing::info!(connection = ?id, %error, "WebSocket error");
                        state.metrics.refused(Refusal::Protocol);
                        break Some(Ending { code: close_code::POLICY, reason: error.to_string() });
                    }
                }
            },
            // Over its message rate: this connection is read more slowly (TCP pushes
            // back on the sender); the others are not affected.
            () = tokio::time::sleep(wait.unwrap_or_default()), if wait.is_some() => {
                state.metrics.throttled();
            },
            () = tokio::time::sleep_until(last_heard + limits.idle_timeout) => {
                state.metrics.refused(Refusal::Idle);
                break Some(Ending {
                    code: close_code::AWAY,
                    reason: format!("nothing heard for {} s: closing an idle connection", limits.idle_timeout.as_secs()),
                });
            },
            _ = pings.tick() => {
                if sink.send(Message::Ping(Vec::new().into())).await.is_err() {
                    break None;
                }
            },
            message = outgoing.recv() => match message {
                Some(Outgoing::Message(bytes)) => {
                    state.metrics.sent(bytes.len());
                    if sink.send(Message::Binary(bytes.into())).await.is_err() {
                        break None;
                    }
                }
                Some(Outgoing::Close(closing)) => {
                    let code = match closing {
                        Closing::Protocol(_) => close_code::PROTOCOL,
                        Closing::Limit(_) => close_code::POLICY,
                        Closing::StoreFailing => close_code::ERROR,
                        Closing::AccessEnded => FORBIDDEN,
                        Closing::SignedOut => UNAUTHENTICATED,
                    };
                    break Some(Ending { code, reason: closing.reason().to_owned() });
                }
                None => break Some(Ending {
                    code: close_code::AGAIN,
                    reason: "the relay dropped this connection: it could not keep up".into(),
                }),
            },
            () = state.stopping.fired() => break Some(Ending {
                code: close_code::AWAY,
                reason: "the relay is shutting down".into(),
            }),
        }
    };
    state.hub.close(id).await;
    state.metrics.connection_closed();
    drop(permit);
    if let Some(Ending { code, reason }) = ending {
        tracing::debug!(connection = ?id, code, %reason, "closing a connection");
        let frame = CloseFrame {
            code,
            reason: clip(reason).into(),
        };
        // The peer may already be gone; there is no one left to tell.
        let _ = sink.send(Message::Close(Some(frame))).await;
        if !state.stopping.has_fired() {
            // Wait for the peer's answering close, so the reason is read before the
            // socket goes (closing at once can reset the connection under it).
            let _ = tokio::time::timeout(CLOSE_LINGER, async {
                while let Some(Ok(frame)) = incoming.next().await {
                    if matches!(frame, Message::Close(_)) {
                        break;
                    }
                }
            })
            .await;
        }
    }
}

async fn close(socket: &mut WebSocket, code: u16, reason: String) {
    let frame = CloseFrame {
        code,
        reason: clip(reason).into(),
    };
    let _ = socket.send(Message::Close(Some(frame))).await;
    let _ = tokio::time::timeout(CLOSE_LINGER, async {
        while let Some(Ok(frame)) = socket.recv().await {
            if matches!(frame, Message::Close(_)) {
                break;
            }
        }
    })
    .await;
}

fn clip(mut reason: String) -> String {
    truncate_at_char(&mut reason, MAX_CLOSE_REASON);
    reason
}

/// The message rate limit: `rate` tokens a second, up to `burst` saved up; one token
/// per frame read. A rate of 0 means no limit.
struct TokenBucket {
    rate: f64,
    burst: f64,
    tokens: f64,
    last: Instant,
}

impl TokenBucket {
    fn new(rate: u32, burst: u32) -> Self {
        let burst = f64::from(burst.max(1));
        Self {
            rate: f64::from(rate),
            burst,
            tokens: burst,
            last: Instant::now(),
        }
    }

    /// `None` if a frame may be read now, else how long until one may.
    fn wait(&mut self) -> Option<Duration> {
        if self.rate <= 0.0 {
            return None;
        }
        let now = Instant::now();
        let earned = now.duration_since(self.last).as_secs_f64() * self.rate;
        self.tokens = (self.tokens + earned).min(self.burst);
        self.last = now;
        (self.tokens < 1.0).then(|| Duration::from_secs_f64((1.0 - self.tokens) / self.rate))
    }

    fn take(&mut self) {
        self.tokens -= 1.0;
    }
}

fn truncate_at_char(text: &mut String, max_bytes: usize) {
    if text.len() > max_bytes {
        let mut cut = max_bytes;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
    }
}
