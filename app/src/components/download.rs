//! Saving a file the app made (the kit's items) to the person's device: a Blob behind a
//! temporary object URL, clicked as a download. No server is involved, so it works
//! offline, and binary files (the slide deck) need no `data:` encoding.

use wasm_bindgen::JsCast as _;

/// Offers `bytes` as a download named `file`. Failures (no window, a browser that
/// refuses) leave nothing behind and are not fatal: the text is still on the page.
pub fn download(file: &str, mime: &str, bytes: &[u8]) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|link| link.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(file);
        link.click();
    }
    // The browser reads the Blob after the click returns; revoking at once can cancel
    // the download, so the URL is released a minute later.
    gloo_timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}
