//! The connection badge (offline · connecting · syncing · synced), announced politely.

use leptos::prelude::*;

use crate::i18n::{Key, t, use_i18n};
use crate::state::{ConnectionState, use_app};

#[component]
pub fn ConnectionBadge() -> impl IntoView {
    let state = use_app().connection;
    let i18n = use_i18n();
    let label = move || i18n.t(label_key(state.get()));
    view! {
        <p
            class="connection"
            role="status"
            aria-live="polite"
            data-testid="connection-state"
            data-state=move || state.get().token()
        >
            <span class="visually-hidden">{t(Key::ConnectionLabel)} " "</span>
            <span class="connection-dot" aria-hidden="true"></span>
            {label}
        </p>
    }
}

fn label_key(state: ConnectionState) -> Key {
    match state {
        ConnectionState::Offline => Key::ConnOffline,
        ConnectionState::Connecting => Key::ConnConnecting,
        ConnectionState::Syncing => Key::ConnSyncing,
        ConnectionState::Synced => Key::ConnSynced,
    }
}
