//! The shareable link to a community, and the copyable link it is shown with (also
//! used for invitation links).

use leptos::prelude::*;
use sync_protocol::DocumentId;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{Key, t, use_i18n};

#[component]
pub fn ShareLink(id: DocumentId) -> impl IntoView {
    let i18n = use_i18n();
    let copied: RwSignal<Option<Key>> = RwSignal::new(None);
    view! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading">{t(Key::ShareHeading)}</h2>
            <p class="hint">{t(Key::ShareHint)}</p>
            <CopyableLink
                url=format!("{}/c/{id}", origin())
                testid="share-link"
                copied=Callback::new(move |key| copied.set(Some(key)))
            />
            <p class="copy-status" role="status" aria-live="polite">
                {move || copied.get().map(|key| i18n.t(key))}
            </p>
        </section>
    }
}

/// A link shown in full, with a button that copies it; `copied` hears whether the copy
/// worked (`Copied` or `CopyFailed`), for the caller's status region.
#[component]
pub fn CopyableLink(url: String, testid: &'static str, copied: Callback<Key>) -> impl IntoView {
    let to_copy = url.clone();
    let on_copy = move |_| {
        let text = to_copy.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = if copy_text(&text).await.is_ok() {
                Key::Copied
            } else {
                Key::CopyFailed
            };
            copied.run(outcome);
        });
    };
    view! {
        <p>
            <a class="share-link" data-testid=testid href=url.clone()>
                {url.clone()}
            </a>
        </p>
        <button type="button" on:click=on_copy>
            {t(Key::CopyLink)}
        </button>
    }
}

/// This page's origin (`https://host`), for full links to pages of the app.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// `navigator.clipboard` is missing on insecure origins: check before calling it.
async fn copy_text(text: &str) -> Result<(), JsValue> {
    let navigator = web_sys::window().ok_or(JsValue::NULL)?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))?;
    let clipboard: web_sys::Clipboard = clipboard.dyn_into()?;
    JsFuture::from(clipboard.write_text(text)).await.map(|_| ())
}
