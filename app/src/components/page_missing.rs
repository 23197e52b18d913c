//! Where a page's code has not arrived: a first visit over a poor link can fail to
//! download a page's module before the service worker holds the app. The page comes as
//! soon as a later try brings it (`routes::lazy`); meanwhile the person knows why the
//! page is empty, and that nothing is needed of them but a connection.

use leptos::prelude::*;

use crate::i18n::{Key, t};

#[component]
pub fn PageMissing() -> impl IntoView {
    view! {
        <section class="stack" role="status" data-testid="page-missing">
            <h1>{t(Key::PageMissingHeading)}</h1>
            <p>{t(Key::PageMissingHint)}</p>
        </section>
    }
}
