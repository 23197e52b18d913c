//! `/join/:id#<token>`: an invitation link. The relay checks the invitation and lets this
//! device sync the community; then the community opens as for any member. The token
//! is in the fragment, so it never reaches a server log.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate, use_params_map};
use sync_protocol::DocumentId;

use crate::clock;
use crate::components::page_title::page_title;
use crate::i18n::{Key, t, use_i18n};
use crate::relay::{self, RelayError};
use crate::state::use_app;

#[component]
pub fn JoinPage() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let params = use_params_map();
    let navigate = use_navigate();
    let status = RwSignal::new(Key::JoinWorking);
    page_title(move || i18n.t(Key::JoinHeading).to_owned());

    let location = use_location();
    // Tracked: a second link pasted into the same tab changes only the fragment, which
    // is no new page load.
    Effect::new(move |_| {
        let id = params.with(|p| p.get("id").and_then(|raw| DocumentId::from_url(&raw).ok()));
        let token = Some(location.hash.get().trim_start_matches('#').to_owned())
            .filter(|token| !token.is_empty());
        status.set(Key::JoinWorking);
        redeem(app, id, token, navigate.clone(), status);
    });

    view! {
        <h1>{t(Key::JoinHeading)}</h1>
        <p role="status" aria-live="polite" data-testid="join-status">
            {move || i18n.t(status.get())}
        </p>
        <p>
            <A href="/">{t(Key::BackHome)}</A>
        </p>
    }
}

/// Asks the relay to accept the invitation, then opens the community.
fn redeem(
    app: crate::state::AppState,
    id: Option<DocumentId>,
    token: Option<String>,
    navigate: impl Fn(&str, NavigateOptions) + 'static,
    status: RwSignal<Key>,
) {
    match (id, token) {
        (Some(id), Some(token)) => {
            wasm_bindgen_futures::spawn_local(async move {
                let body =
                    relay::object(&[("document", id.to_string().into()), ("token", token.into())]);
                match relay::authorized("POST", "/api/invitations/redeem", Some(&body)).await {
                    Ok(_) => {
                        // Asked before, the relay said "unavailable"; now it will answer.
                        app.unavailable.update(|set| {
                            set.remove(&id);
                        });
                        app.with_repo(|repo| repo.request_document(id, clock::now()));
                        navigate(
                            &format!("/c/{id}"),
                            NavigateOptions {
                                replace: true,
                                ..Default::default()
                            },
                        );
                    }
                    Err(error) => status.set(refusal(&error)),
                }
            });
        }
        _ => status.set(Key::JoinInvalid),
    }
}

fn refusal(error: &RelayError) -> Key {
    match error {
        RelayError::Unreachable => Key::JoinOffline,
        RelayError::NoDeviceKey => Key::ErrorDeviceKeyMissing,
        RelayError::Refused {
            status: 410,
            message,
        } if message.contains("expired") => Key::JoinExpired,
        RelayError::Refused {
            status: 410,
            message,
        } if message.contains("revoked") => Key::JoinRevoked,
        RelayError::Refused { status: 410, .. } => Key::JoinUsed,
        RelayError::Refused { status: 403, .. } => Key::JoinDeclined,
        RelayError::Refused { .. } => Key::JoinInvalid,
    }
}
