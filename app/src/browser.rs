//! Small browser services shared by several pages: localStorage (the language, the
//! credential, the journal, the peer id, what a member last reviewed) and moving the
//! keyboard focus.

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
