//! Small browser services shared by several pages: localStorage (the language, the
//! credential, the journal, the peer id, what a member last reviewed), moving the
//! keyboard focus, trying a download again, and marking the moments of a page's start.

use wasm_bindgen::JsCast as _;

/// The page's localStorage; `None` where the browser refuses it (private mode, blocked
/// storage), which every caller treats as "nothing kept".
pub fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Move the keyboard focus to the first element matching a CSS selector, when a control
/// the focus was on goes away (a "show earlier" button with nothing left to show). Best
/// effort: it only decides where the focus lands.
pub fn focus_first(selector: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Runs `attempt` until it succeeds, and gives what it gave: first at once (`Now`) or
/// after 2 seconds (`Later`, when a try has just failed), then after 4, 8 and 16
/// seconds, then every 30 seconds. For the parts of the app downloaded on demand (wasm
/// modules): on a first visit over a poor link one fetch can fail, and the part is still
/// needed.
pub async fn until_ok<T, E, F, Fut>(first: Try, mut attempt: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, E>>,
{
    let mut wait_ms = 2_000;
    if first == Try::Later {
        gloo_timers::future::TimeoutFuture::new(wait_ms).await;
        wait_ms *= 2;
    }
    loop {
        if let Ok(done) = attempt().await {
            return done;
        }
        gloo_timers::future::TimeoutFuture::new(wait_ms).await;
        wait_ms = (wait_ms * 2).min(30_000);
    }
}

/// When [`until_ok`] makes its first try.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Try {
    Now,
    Later,
}

/// Marks a moment of the page's start on the browser's performance timeline (User
/// Timing): `bench:open` reads the marks to say where an open's time goes, and DevTools
/// shows them in a trace. A mark costs a few microseconds; nothing else reads them.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
