//! Entry point of the Praxis browser app: loads this device's identity and its language's
//! text, then mounts the root component into `<body>`.

mod app;
mod browser;
mod clock;
mod components;
mod home_list;
mod i18n;
mod identity;
mod ids;
mod journal;
mod relay;
mod routes;
mod state;
mod storage;
mod sync;

fn main() {
    browser::mark("praxis:main");
    // Every page needs to know who "me" is, synchronously: load the device key first
    // (one IndexedDB read, a few milliseconds; made once on the first visit). The first
    // render is in the person's language: its text is fetched first unless it is English.
    wasm_bindgen_futures::spawn_local(async {
        identity::load().await;
        browser::mark("praxis:identity");
        // On failure the page starts in English and tries again (`i18n::provide_i18n`).
        let _ = i18n::load(i18n::initial_lang()).await;
        browser::mark("praxis:text");
        leptos::mount::mount_to_body(app::App);
        browser::mark("praxis:mounted");
    });
}
