//! Keeps `document.title` in step with the page (WCAG 2.4.2: pages have titles).

use leptos::prelude::*;

use crate::i18n::{Key, use_i18n};

/// Set the tab title to "<page> · Praxis", reactively.
pub fn page_title(page: impl Fn() -> String + 'static) {
    let i18n = use_i18n();
    Effect::new(move |_| {
        let title = format!("{} · {}", page(), i18n.t(Key::AppName));
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&title);
        }
    });
}
