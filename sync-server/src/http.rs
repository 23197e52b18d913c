//! The relay's HTTP surface: `/sync` (automerge-repo over WebSocket), `/healthz`, and
//! the built app with `index.html` as the single-page fallback.

use axum::Router;
use axum::extract::State;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade, close_code};
use axum::response::Response;
use axum::routing::get;
use futures::{SinkExt as _, StreamExt as _};
use tokio::sync::mpsc;
use tower_http::compression::CompressionLayer;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::trace::TraceLayer;

use crate::Config;
use crate::hub::{Hub, Outgoing};
use crate::shutdown::Trigger;

/// Close reasons are capped at 123 bytes by RFC 6455.
const MAX_CLOSE_REASON: usize = 123;

#[derive(Clone)]
struct SyncState {
    hub: Hub,
    stopping: Trigger,
    max_message_bytes: usize,
    outbox_messages: usize,
}

/// Builds the relay's routes.
pub fn router(config: &Config, hub: Hub, stopping: Trigger) -> Router {
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
        .layer(CompressionLayer::new().br(true).gzip(true));
    let state = SyncState {
        hub,
        stopping,
        max_message_bytes: config.max_message_bytes,
        outbox_messages: config.outbox_messages,
    };
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/sync", get(upgrade))
        .with_state(state)
        .fallback_service(app)
        .layer(TraceLayer::new_for_http())
}

async fn upgrade(ws: WebSocketUpgrade, State(state): State<SyncState>) -> Response {
    ws.max_message_size(state.max_message_bytes)
        .max_frame_size(state.max_message_bytes)
        .on_upgrade(move |socket| connection(socket, state))
}

/// Why a connection ended, as the peer is told.
struct Ending {
    code: u16,
    reason: String,
}

/// Pumps one WebSocket: frames in to the hub, the hub's messages out, until either
/// side closes or the relay stops.
async fn connection(socket: WebSocket, state: SyncState) {
    let (outbox, mut outgoing) = mpsc::channel(state.outbox_messages);
    let Some(id) = state.hub.open(outbox).await else {
        return;
    };
    let (mut sink, mut incoming) = socket.split();
    let ending = loop {
        tokio::select! {
            frame = incoming.next() => match frame {
                Some(Ok(Message::Binary(bytes))) => state.hub.receive(id, bytes.to_vec()).await,
                Some(Ok(Message::Text(_))) => break Some(Ending {
                    code: close_code::UNSUPPORTED,
                    reason: "text frames are not part of the protocol: send binary CBOR".into(),
                }),
                Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
                Some(Ok(Message::Close(_))) | None => break None,
                Some(Err(error)) => {
                    tracing::info!(connection = ?id, %error, "WebSocket error");
                    break Some(Ending { code: close_code::POLICY, reason: error.to_string() });
                }
            },
            message = outgoing.recv() => match message {
                Some(Outgoing::Message(bytes)) => {
                    if sink.send(Message::Binary(bytes.into())).await.is_err() {
                        break None;
                    }
                }
                Some(Outgoing::Close(reason)) => break Some(Ending { code: close_code::PROTOCOL, reason }),
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
    if let Some(Ending { code, mut reason }) = ending {
        truncate_at_char(&mut reason, MAX_CLOSE_REASON);
        let frame = CloseFrame {
            code,
            reason: reason.into(),
        };
        // The peer may already be gone; there is no one left to tell.
        let _ = sink.send(Message::Close(Some(frame))).await;
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
