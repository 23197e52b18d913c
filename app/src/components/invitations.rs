//! Invitation links for a community whose call is not public: only its members and
//! people holding an invitation can open it. The relay makes, lists and revokes them
//! (`/api/communities/<id>/invitations`), so this needs a connection; the token is in
//! the link's fragment, which browsers never send to a server.

use community::{Call, Role};
use js_sys::{Array, Reflect};
use leptos::prelude::*;
use sync_protocol::DocumentId;
use wasm_bindgen::{JsCast, JsValue};

use crate::components::share_link::{CopyableLink, origin};
use crate::i18n::{Key, t, use_i18n};
use crate::identity;
use crate::relay::{self, RelayError};
use crate::state::{ConnectionState, use_app};

/// Lifetimes offered, in hours, with their labels (the relay allows up to 30 days).
const LIFETIMES: [(u32, Key); 3] = [
    (24, Key::InviteOneDay),
    (168, Key::InviteOneWeek),
    (720, Key::InviteOneMonth),
];

/// One invitation as the relay lists it (never its token).
#[derive(Clone, Debug, PartialEq)]
struct Listed {
    id: String,
    expires_at: f64,
    uses: Option<f64>,
    used: f64,
    revoked: bool,
}

/// The invitations section, shown when the call is restricted or not decided yet.
#[component]
pub fn Invitations(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let call = Memo::new(move |_| {
        app.communities
            .with(|m| m.get(&id).and_then(|view| view.design.call))
    });
    // The relay decides (leaders, moderators and the creator); this only spares
    // others a form that would be refused.
    let may_invite = Memo::new(move |_| {
        let me = identity::me();
        app.communities.with(|m| {
            m.get(&id).is_some_and(|view| {
                view.design.created_by.as_ref() == Some(&me)
                    || view.design.members.iter().any(|member| {
                        member.id == me
                            && matches!(member.role, Some(Role::Leader | Role::Moderator))
                    })
            })
        })
    });
    move || {
        (call.get() != Some(Call::Public)).then(|| {
            view! {
                <section class="invitations" aria-labelledby="invitations-heading">
                    <h2 id="invitations-heading">{t(Key::InviteHeading)}</h2>
                    <p class="hint">{t(Key::InviteHint)}</p>
                    {move || {
                        if may_invite.get() {
                            view! { <InvitationForm id /> }.into_any()
                        } else {
                            view! { <p>{t(Key::InviteAskLeader)}</p> }.into_any()
                        }
                    }}
                </section>
            }
        })
    }
}

#[component]
fn InvitationForm(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let hours = RwSignal::new(168u32);
    let single = RwSignal::new(true);
    let link = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<(Key, Option<String>)>);
    let listed = RwSignal::new(Vec::<Listed>::new());
    let online = move || app.connection.get() == ConnectionState::Synced;
    let path = format!("/api/communities/{id}/invitations");

    let refresh = {
        let path = path.clone();
        move || {
            let path = path.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(list) = relay::authorized("GET", &path, None).await {
                    listed.set(parse_list(&list));
                }
            });
        }
    };
    // Listed when the connection is up (and again after each change below).
    Effect::new({
        let refresh = refresh.clone();
        move |_| {
            if online() {
                refresh();
            }
        }
    });

    let create = {
        let path = path.clone();
        let refresh = refresh.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let uses = if single.get_untracked() {
                JsValue::from(1)
            } else {
                JsValue::NULL
            };
            let body = relay::object(&[
                ("expires_in_hours", JsValue::from(hours.get_untracked())),
                ("uses", uses),
            ]);
            let (path, refresh) = (path.clone(), refresh.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match relay::authorized("POST", &path, Some(&body)).await {
                    Ok(answer) => {
                        let token = relay::string_field(&answer, "token").unwrap_or_default();
                        link.set(Some(join_url(id, &token)));
                        status.set(Some((Key::InviteCreated, None)));
                        refresh();
                    }
                    Err(error) => status.set(Some(refusal(&error))),
                }
            });
        }
    };
    // A `Callback` (Copy) because each listed invitation's button holds one.
    let revoke = Callback::new(move |invitation: String| {
        let (path, refresh) = (format!("{path}/{invitation}"), refresh.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match relay::authorized("DELETE", &path, None).await {
                Ok(_) => {
                    status.set(Some((Key::InviteRevokedDone, None)));
                    refresh();
                }
                Err(error) => status.set(Some(refusal(&error))),
            }
        });
    });
    view! {
        <form class="stack" on:submit=create>
            <div class="field">
                <label for="invite-lifetime">{t(Key::InviteValidFor)}</label>
                <select
                    id="invite-lifetime"
                    on:change=move |ev| {
                        if let Ok(chosen) = event_target_value(&ev).parse() {
                            hours.set(chosen);
                        }
                    }
                >
                    {LIFETIMES
                        .into_iter()
                        .map(|(value, label)| {
                            view! {
                                <option value=value.to_string() prop:selected=move || hours.get() == value>
                                    {t(label)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <fieldset>
                <legend>{t(Key::InviteUses)}</legend>
                <div class="check">
                    <input
                        type="radio"
                        id="invite-single"
                        name="invite-uses"
                        prop:checked=move || single.get()
                        on:change=move |_| single.set(true)
                    />
                    <label for="invite-single">{t(Key::InviteOnePerson)}</label>
                </div>
                <div class="check">
                    <input
                        type="radio"
                        id="invite-many"
                        name="invite-uses"
                        prop:checked=move || !single.get()
                        on:change=move |_| single.set(false)
                    />
                    <label for="invite-many">{t(Key::InviteManyPeople)}</label>
                </div>
            </fieldset>
            <button type="submit" prop:disabled=move || !online()>
                {t(Key::InviteCreate)}
            </button>
            <p class="hint" hidden=online>{t(Key::InviteOffline)}</p>
        </form>
        {move || {
            link.get()
                .map(|url| {
                    view! {
                        <CopyableLink
                            url
                            testid="invitation-link"
                            copied=Callback::new(move |key| status.set(Some((key, None))))
                        />
                    }
                })
        }}
        <p class="copy-status" role="status" aria-live="polite">
            {move || {
                status
                    .get()
                    .map(|(key, detail)| match detail {
                        Some(detail) => format!("{} ({detail})", i18n.t(key)),
                        None => i18n.t(key).to_owned(),
                    })
            }}
        </p>
        <Show when=move || listed.with(|list| list.iter().any(|i| !i.revoked))>
            <h3>{t(Key::InviteActive)}</h3>
            <ul class="invitations-list">
                // Keyed by what the row shows too: a row keyed by id alone keeps the
                // count it was first drawn with.
                <For
                    each=move || listed.get().into_iter().filter(|i| !i.revoked)
                    key=|invitation| (invitation.id.clone(), invitation.used.to_bits())
                    let:invitation
                >
                    {
                        let label = describe(i18n.t(Key::InviteExpires), &invitation);
                        let target = invitation.id.clone();
                        view! {
                            <li data-invitation=invitation.id.clone()>
                                <span>{label}</span>
                                " "
                                <button type="button" on:click=move |_| revoke.run(target.clone())>
                                    {t(Key::InviteRevoke)}
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
        </Show>
    }
}

/// The link an invitee opens: the token stays in the fragment, out of server logs.
fn join_url(id: DocumentId, token: &str) -> String {
    format!("{}/join/{id}#{token}", origin())
}

fn refusal(error: &RelayError) -> (Key, Option<String>) {
    match error {
        RelayError::Unreachable => (Key::InviteOffline, None),
        RelayError::Refused { status: 404, .. } => (Key::ErrLeaderOrModeratorOnly, None),
        other => (Key::InviteFailed, Some(other.to_string())),
    }
}

/// "Expires 2026-12-06 · used 0 of 1".
fn describe(expires: &str, invitation: &Listed) -> String {
    let date = js_sys::Date::new(&JsValue::from(invitation.expires_at * 1000.0));
    let day: String = String::from(date.to_iso_string())
        .chars()
        .take(10)
        .collect();
    match invitation.uses {
        Some(uses) => format!("{expires} {day} · {}/{}", invitation.used, uses),
        None => format!("{expires} {day} · {}", invitation.used),
    }
}

fn parse_list(list: &JsValue) -> Vec<Listed> {
    let Some(list) = list.dyn_ref::<Array>() else {
        return Vec::new();
    };
    let mut listed: Vec<Listed> = list
        .iter()
        .filter_map(|item| {
            let number = |name: &str| Reflect::get(&item, &name.into()).ok()?.as_f64();
            Some(Listed {
                id: relay::string_field(&item, "id")?,
                expires_at: number("expires_at")?,
                uses: number("uses"),
                used: number("used").unwrap_or(0.0),
                revoked: Reflect::get(&item, &"revoked".into())
                    .map(|revoked| !revoked.is_null() && !revoked.is_undefined())
                    .unwrap_or(false),
            })
        })
        .collect();
    // The relay lists in no particular order; the soonest to expire first.
    listed.sort_by(|a, b| a.expires_at.total_cmp(&b.expires_at).then(a.id.cmp(&b.id)));
    listed
}
