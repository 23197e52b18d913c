//! Phase II, step 2: the electronic registration form, which works offline (it is one
//! document edit, synced when the connection returns), and the roster: confirmed members
//! with their roles, and pending registrations a leader or moderator confirms or declines.

use community::{Action, Decision, Registration, RegistrationForm, RegistrationState};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::{Page, PhaseLayout, RoleHint, allowed, read};
use crate::components::draft_input::DraftInput;
use crate::components::field_error::FieldError;
use crate::i18n::{Key, t, use_i18n};
use crate::routes::community::WithCommunity;
use crate::routes::design::edit::{change, me};
use crate::routes::design::members::role_key;
use crate::routes::profile::profile_path;
use crate::state::use_app;

#[component]
pub fn RegisterPage() -> impl IntoView {
    view! {
        <WithCommunity content=|id| {
            view! {
                <PhaseLayout id page=Page::Register advice=Key::RegisterMethod>
                    <MyRegistration id />
                    <Roster id />
                    <Pending id />
                </PhaseLayout>
            }
                .into_any()
        } />
    }
}

fn state_key(state: Option<RegistrationState>) -> Key {
    match state {
        Some(RegistrationState::Pending) => Key::RegistrationPending,
        Some(RegistrationState::Confirmed) => Key::RegistrationConfirmed,
        Some(RegistrationState::Declined) => Key::RegistrationDeclined,
        None => Key::ModeUnknown,
    }
}

/// The form, or where this device's registration stands once it was sent.
#[component]
fn MyRegistration(id: DocumentId) -> impl IntoView {
    let mine = read(id, |v| {
        let me = me();
        let member = v.design.members.iter().any(|m| m.id == me);
        let state = v
            .implementation
            .registrations
            .iter()
            .rev()
            .find(|r| r.form.member == me)
            .map(|r| r.state);
        Some((member, state))
    });
    move || {
        match mine.get() {
        Some((true, _)) => view! { <p class="status status-complete" data-testid="my-registration">{t(Key::YouAreMember)}</p> }.into_any(),
        Some((false, Some(state))) if state != Some(RegistrationState::Declined) => {
            view! { <p class="status" data-testid="my-registration">{t(state_key(state))}</p> }.into_any()
        }
        _ => view! { <RegistrationFormView id /> }.into_any(),
    }
    }
}

#[component]
fn RegistrationFormView(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let fields: [RwSignal<String>; 5] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let [name, institution, country, expertise, interests] = fields;
    let consent = RwSignal::new(false);
    let error = RwSignal::new(None::<Key>);
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let member = me();
        let form = RegistrationForm {
            member,
            name: name.get_untracked(),
            institution: institution.get_untracked(),
            country: country.get_untracked(),
            expertise: expertise.get_untracked(),
            interests: interests.get_untracked(),
            consent: consent.get_untracked(),
        };
        error.set(change(app, id, |doc| community::register(doc, &form)).err());
    };
    view! {
        <section class="add" aria-labelledby="register-heading">
            <h2 id="register-heading">{t(Key::RegisterHeading)}</h2>
            <form class="stack" on:submit=send aria-describedby="register-error">
                <DraftInput id="reg-name" label=Key::FieldMemberName value=name />
                <DraftInput id="reg-institution" label=Key::FieldInstitution value=institution />
                <DraftInput id="reg-country" label=Key::FieldCountry value=country />
                <DraftInput id="reg-expertise" label=Key::FieldExpertise value=expertise multiline=true />
                <DraftInput id="reg-interests" label=Key::FieldInterests value=interests multiline=true />
                <div class="check">
                    <input
                        type="checkbox"
                        id="reg-consent"
                        required
                        aria-describedby="register-error"
                        prop:checked=move || consent.get()
                        on:change=move |ev| consent.set(event_target_checked(&ev))
                    />
                    <label for="reg-consent">{t(Key::FieldConsent)}</label>
                </div>
                <button type="submit">{t(Key::SendRegistration)}</button>
                <FieldError id="register-error" error />
            </form>
        </section>
    }
}

#[component]
fn Roster(id: DocumentId) -> impl IntoView {
    let i18n = use_i18n();
    let members = read(id, |v| v.design.members.clone());
    view! {
        <section aria-labelledby="roster-heading">
            <h2 id="roster-heading">{t(Key::RosterHeading)}</h2>
            <ul class="items" data-testid="roster">
                <For
                    each=move || members.get()
                    key=|m| (m.id.as_str().to_owned(), m.name.clone(), m.role)
                    children=move |m| {
                        let role = m.role.map(role_key).unwrap_or(Key::ModeUnknown);
                        let href = profile_path(id, &m.id);
                        view! { <li class="item"><a href=href>{m.name}</a> " · " {move || i18n.t(role)}</li> }
                    }
                />
            </ul>
        </section>
    }
}

#[component]
fn Pending(id: DocumentId) -> impl IntoView {
    let may = allowed(id, Action::DecideRegistration);
    let pending = read(id, |v| {
        v.implementation
            .registrations
            .iter()
            .filter(|r| r.state == Some(RegistrationState::Pending))
            .cloned()
            .collect::<Vec<_>>()
    });
    view! {
        <section aria-labelledby="pending-heading">
            <h2 id="pending-heading">{t(Key::PendingHeading)}</h2>
            <Show when=move || may.get() fallback=|| view! { <RoleHint key=Key::PendingRoleHint /> }>
                <p class="hint">{move || pending.with(Vec::is_empty).then(|| t(Key::NoPending)())}</p>
                <ul class="items" data-testid="pending-list">
                    <For
                        each=move || pending.get()
                        key=|r| r.id.as_str().to_owned()
                        children=move |r| view! { <PendingItem id registration=r /> }
                    />
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn PendingItem(id: DocumentId, registration: Registration) -> impl IntoView {
    let app = use_app();
    let error = RwSignal::new(None::<Key>);
    let error_id = format!("registration-{}-error", registration.id.as_str());
    let form = registration.form.clone();
    let shown_error_id = error_id.clone();
    let decide = move |decision: Decision, label: Key| {
        let reg = registration.id.clone();
        let name = registration.form.name.clone();
        let error_id = error_id.clone();
        view! {
            <button
                type="button"
                class="secondary"
                aria-describedby=error_id
                on:click=move |_| {
                    let outcome = change(app, id, |doc| {
                        community::decide_registration(doc, &reg, &me(), decision)
                    });
                    error.set(outcome.err());
                }
            >
                {t(label)}
                <span class="visually-hidden">" " {name}</span>
            </button>
        }
    };
    view! {
        <li class="item stack">
            <strong>{form.name.clone()}</strong>
            <dl class="registration">
                <dt>{t(Key::FieldInstitution)}</dt><dd>{form.institution}</dd>
                <dt>{t(Key::FieldCountry)}</dt><dd>{form.country}</dd>
                <dt>{t(Key::FieldExpertise)}</dt><dd>{form.expertise}</dd>
                <dt>{t(Key::FieldInterests)}</dt><dd>{form.interests}</dd>
            </dl>
            <div class="actions">
                {decide(Decision::Confirm, Key::Confirm)}
                {decide(Decision::Decline, Key::Decline)}
            </div>
            <FieldError id=shown_error_id error />
        </li>
    }
}
