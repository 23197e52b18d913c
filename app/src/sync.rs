//! The sync link: one WebSocket to `ws(s)://<this host>/sync?credential=…` driving the
//! sans-IO repo. Signs in first when there is no valid credential (see [`crate::relay`]).
//! Reconnects with capped exponential backoff and jitter, immediately when the browser
//! reports `online`; drives `Repo::tick` from a timer set to `Repo::next_deadline`.

use std::cell::RefCell;

use gloo_timers::callback::Timeout;
use js_sys::{ArrayBuffer, Uint8Array};
use leptos::prelude::{GetUntracked, Set};
use sync_protocol::ConnectionId;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{BinaryType, CloseEvent, MessageEvent, WebSocket};

use crate::clock;
use crate::i18n::Key;
use crate::relay::{self, RelayError};
use crate::state::{AppState, ConnectionState};

/// The relay's close code for a credential it does not accept (missing, unknown,
/// expired or revoked): sign in again before the next attempt.
const CLOSE_SIGN_IN_AGAIN: u16 = 4401;

const BACKOFF_START_MS: f64 = 500.0;
const BACKOFF_MAX_MS: f64 = 30_000.0;
/// On a flaky link a socket can sit in CONNECTING for minutes (TCP timeouts); better to
/// give up and let the backoff try again.
const OPEN_TIMEOUT_MS: u32 = 15_000;

/// An open (or opening) socket with the JS callbacks that must live as long as it does.
struct Socket {
    ws: WebSocket,
    /// Set once the socket opened and the repo was told (`Repo::connect`).
    connection: Option<ConnectionId>,
    _handlers: Vec<Closure<dyn FnMut(web_sys::Event)>>,
    /// Cancelled with the socket; fires if it never opened.
    _open_deadline: Timeout,
}

#[derive(Default)]
struct Link {
    socket: Option<Socket>,
    /// Getting a credential before opening a socket.
    signing_in: bool,
    /// Tells callbacks of a replaced socket that they are stale.
    generation: u64,
    failures: u32,
    retry: Option<Timeout>,
    tick: Option<Timeout>,
}

thread_local! {
    static LINK: RefCell<Link> = RefCell::new(Link::default());
}

/// Start syncing and keep at it for the life of the page.
pub fn start(app: AppState) {
    listen_to_network(app);
    connect(app);
}

fn listen_to_network(app: AppState) {
    let Some(window) = web_sys::window() else {
        return;
    };
    // Back online: try at once instead of waiting out the backoff.
    let online = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        LINK.with(|l| l.borrow_mut().failures = 0);
        connect(app);
    });
    // The OS says the network is gone: close now rather than wait for a socket timeout.
    let offline = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| close_current(app));
    let _ = window.add_event_listener_with_callback("online", online.as_ref().unchecked_ref());
    let _ = window.add_event_listener_with_callback("offline", offline.as_ref().unchecked_ref());
    // These listeners live as long as the page.
    online.forget();
    offline.forget();
}

fn browser_online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// The sync address. The credential rides in the query because a browser's WebSocket
/// can set no header; the relay never logs query strings.
fn sync_url(credential: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    let scheme = if location.protocol().ok()? == "https:" {
        "wss"
    } else {
        "ws"
    };
    Some(format!(
        "{scheme}://{}/sync?credential={credential}",
        location.host().ok()?
    ))
}

/// Open a socket unless one is open or opening, signing in first if needed.
fn connect(app: AppState) {
    let (busy, retry) = LINK.with(|l| {
        let mut link = l.borrow_mut();
        (link.socket.is_some() || link.signing_in, link.retry.take())
    });
    defer_drop(retry);
    // While the browser knows it is offline, attempts only drain the battery;
    // the `online` event brings us back here.
    if busy || !browser_online() {
        refresh_state(app);
        return;
    }
    LINK.with(|l| l.borrow_mut().signing_in = true);
    wasm_bindgen_futures::spawn_local(async move {
        let credential = relay::credential().await;
        LINK.with(|l| l.borrow_mut().signing_in = false);
        match credential {
            Ok(credential) => open_socket(app, &credential),
            // Nothing to retry: this browser cannot sign in (the notice says why).
            Err(RelayError::NoDeviceKey) => {}
            Err(RelayError::Refused { status, message }) => {
                app.notify(Key::ErrorSignIn, Some(format!("{status}: {message}")));
                schedule_retry(app);
            }
            Err(RelayError::Unreachable) => schedule_retry(app),
        }
        refresh_state(app);
    });
}

fn open_socket(app: AppState, credential: &str) {
    if LINK.with(|l| l.borrow().socket.is_some()) {
        return;
    }
    let Some(url) = sync_url(credential) else {
        return;
    };
    match WebSocket::new(&url) {
        Ok(ws) => install(app, ws),
        Err(_) => schedule_retry(app),
    }
}

fn install(app: AppState, ws: WebSocket) {
    ws.set_binary_type(BinaryType::Arraybuffer);
    let generation = LINK.with(|l| {
        let mut link = l.borrow_mut();
        link.generation += 1;
        link.generation
    });
    let on_open = handler(move |_| opened(app, generation));
    let on_message = handler(move |event| {
        if let Some(event) = event.dyn_ref::<MessageEvent>() {
            received(app, generation, event);
        }
    });
    let on_close = handler(move |event| {
        let code = event.dyn_ref::<CloseEvent>().map(CloseEvent::code);
        closed(app, generation, code);
    });
    ws.set_onopen(Some(on_open.as_ref().unchecked_ref()));
    ws.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    ws.set_onclose(Some(on_close.as_ref().unchecked_ref()));
    // An `error` is always followed by `close`, which does the work.
    let socket = Socket {
        ws,
        connection: None,
        _handlers: vec![on_open, on_message, on_close],
        _open_deadline: Timeout::new(OPEN_TIMEOUT_MS, move || give_up_opening(app, generation)),
    };
    LINK.with(|l| l.borrow_mut().socket = Some(socket));
}

fn handler(f: impl FnMut(web_sys::Event) + 'static) -> Closure<dyn FnMut(web_sys::Event)> {
    Closure::new(f)
}

fn is_current(generation: u64) -> bool {
    LINK.with(|l| l.borrow().generation == generation)
}

fn opened(app: AppState, generation: u64) {
    if !is_current(generation) {
        return;
    }
    // Record the connection id before applying effects: the queued `join` is addressed to it.
    let Some(connection) = app.with_repo_unpumped(|repo| repo.connect(clock::now())) else {
        return;
    };
    LINK.with(|l| {
        if let Some(socket) = l.borrow_mut().socket.as_mut() {
            socket.connection = Some(connection);
        }
    });
    app.pump();
}

/// The relay answered our `join`: the link works, so the next failure starts the backoff
/// afresh. (Not reset on `open`: a relay that accepts and then drops us must still back off.)
pub fn peer_ready() {
    LINK.with(|l| l.borrow_mut().failures = 0);
}

fn received(app: AppState, generation: u64, event: &MessageEvent) {
    let Some(connection) = current_connection().filter(|_| is_current(generation)) else {
        return;
    };
    let Ok(buffer) = event.data().dyn_into::<ArrayBuffer>() else {
        return; // the protocol is binary CBOR only; text frames are not ours
    };
    let bytes = Uint8Array::new(&buffer).to_vec();
    let result = app.with_repo(|repo| repo.receive(connection, &bytes, clock::now()));
    if let Some(Err(err)) = result {
        // The repo already queued an `error` message; the contract says close.
        web_sys::console::warn_1(&format!("sync protocol error: {err}").into());
        close_current(app);
    }
}

fn give_up_opening(app: AppState, generation: u64) {
    if is_current(generation) && current_connection().is_none() {
        close_current(app);
    }
}

fn closed(app: AppState, generation: u64, code: Option<u16>) {
    if !is_current(generation) {
        return;
    }
    if code == Some(CLOSE_SIGN_IN_AGAIN) {
        relay::forget_credential();
    }
    drop_socket(app);
    schedule_retry(app);
}

/// Forget the current socket and tell the repo its connection is gone.
fn drop_socket(app: AppState) {
    let socket = LINK.with(|l| l.borrow_mut().socket.take());
    let Some(socket) = socket else { return };
    socket.ws.set_onopen(None);
    socket.ws.set_onmessage(None);
    socket.ws.set_onclose(None);
    let _ = socket.ws.close();
    if let Some(connection) = socket.connection {
        app.with_repo(|repo| repo.disconnect(connection));
    }
    defer_drop(Some(socket));
    refresh_state(app);
}

fn close_current(app: AppState) {
    if LINK.with(|l| l.borrow().socket.is_some()) {
        drop_socket(app);
        schedule_retry(app);
    }
}

fn schedule_retry(app: AppState) {
    let delay = LINK.with(|l| {
        let mut link = l.borrow_mut();
        link.failures = link.failures.saturating_add(1);
        backoff_ms(link.failures)
    });
    let timer = Timeout::new(delay, move || connect(app));
    let old = LINK.with(|l| l.borrow_mut().retry.replace(timer));
    defer_drop(old);
}

/// 0.5 s, 1 s, 2 s … capped at 30 s, each scaled by a random 50–100 % so that many
/// phones coming back online together do not all hit the relay in the same instant.
fn backoff_ms(failures: u32) -> u32 {
    let exp = BACKOFF_START_MS * 2f64.powi(failures.saturating_sub(1).min(16) as i32);
    let jitter = 0.5 + js_sys::Math::random() * 0.5;
    (exp.min(BACKOFF_MAX_MS) * jitter) as u32
}

fn current_connection() -> Option<ConnectionId> {
    LINK.with(|l| l.borrow().socket.as_ref().and_then(|s| s.connection))
}

/// Send bytes the repo addressed to `connection`, if that is still our live connection.
pub fn send(app: AppState, connection: ConnectionId, bytes: &[u8]) {
    let sent = LINK.with(|l| {
        let link = l.borrow();
        match link.socket.as_ref() {
            Some(s) if s.connection == Some(connection) => Some(s.ws.send_with_u8_array(bytes)),
            _ => None,
        }
    });
    if let Some(Err(_)) = sent {
        // A socket that cannot send is as good as closed; the backoff brings a fresh one.
        wasm_bindgen_futures::spawn_local(async move { close_current(app) });
    }
}

/// After every repo call: re-arm the tick timer and update the badge.
pub fn after_repo_activity(app: AppState) {
    rearm_tick(app);
    refresh_state(app);
}

fn rearm_tick(app: AppState) {
    let deadline = app.read_repo(|repo| repo.next_deadline()).flatten();
    let timer = deadline.map(|deadline| {
        let wait = deadline
            .0
            .saturating_sub(clock::now().0)
            .min(u32::MAX as u64) as u32;
        Timeout::new(wait, move || {
            let done = LINK.with(|l| l.borrow_mut().tick.take());
            defer_drop(done);
            app.with_repo(|repo| repo.tick(clock::now()));
        })
    });
    // Replacing the old Timeout cancels it.
    let old = LINK.with(|l| std::mem::replace(&mut l.borrow_mut().tick, timer));
    defer_drop(old);
}

/// Drop JS callbacks after the current one returns: we may be running inside one of them.
fn defer_drop<T: 'static>(value: Option<T>) {
    if let Some(value) = value {
        wasm_bindgen_futures::spawn_local(async move { drop(value) });
    }
}

fn refresh_state(app: AppState) {
    let (first_attempt, connection) = LINK.with(|l| {
        let link = l.borrow();
        let socket = link.socket.as_ref();
        (
            (socket.is_some() || link.signing_in) && link.failures == 0,
            socket.and_then(|s| s.connection),
        )
    });
    let state = match connection {
        // Retries while the relay is unreachable stay "offline": a badge (and a live
        // region) flipping to "connecting" every few seconds would only be noise.
        None if first_attempt => ConnectionState::Connecting,
        None => ConnectionState::Offline,
        Some(conn) => app
            .read_repo(|repo| match repo.peer_of(conn) {
                None => ConnectionState::Connecting,
                Some(_) if repo.is_synced(conn) => ConnectionState::Synced,
                Some(_) => ConnectionState::Syncing,
            })
            .unwrap_or(ConnectionState::Offline),
    };
    if app.connection.get_untracked() != state {
        app.connection.set(state);
    }
}
