//! Any path the router does not know.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::page_title::page_title;
use crate::i18n::{Key, t, use_i18n};

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Key::PageNotFound).to_owned());
    view! {
        <h1>{t(Key::PageNotFound)}</h1>
        <p>
            <A href="/">{t(Key::BackHome)}</A>
        </p>
    }
}
