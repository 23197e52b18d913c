//! Errors the person must see (storage failures, damaged data), each dismissible.

use leptos::prelude::*;

use crate::i18n::{Key, t, use_i18n};
use crate::state::{Notice, use_app};

#[component]
pub fn Notices() -> impl IntoView {
    let app = use_app();
    // The alert region exists from the start so screen readers announce what is added to it.
    view! {
        <div class="notices" role="alert">
            <For each=move || app.notices.get() key=|n| n.id let:notice>
                <NoticeItem notice />
            </For>
        </div>
    }
}

#[component]
fn NoticeItem(notice: Notice) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let id = notice.id;
    let detail = notice
        .detail
        .map(|d| view! { <span class="notice-detail">{d}</span> });
    view! {
        <p class="notice">
            <span>{move || i18n.t(notice.key)}</span>
            " "
            {detail}
            <button type="button" class="notice-dismiss" on:click=move |_| app.dismiss(id)>
                {t(Key::Dismiss)}
            </button>
        </p>
    }
}
