//! Stage 5, members and roles: who takes part and in which role, and whether the call
//! for members is public or restricted; the method's responsibilities of each role beside.

use community::{Approval, Call, MemberId, Role, Stage};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::StageLayout;
use super::edit::{change, me};
use crate::components::conflict::ConflictChoices;
use crate::components::draft_input::DraftInput;
use crate::components::field_error::FieldError;
use crate::i18n::{Key, responsibilities, t, use_i18n};
use crate::routes::community::WithCommunity;
use crate::routes::profile::profile_path;
use crate::state::use_app;

#[component]
pub fn MembersPage() -> impl IntoView {
    view! {
        <WithCommunity content=|id| {
            view! {
                <StageLayout id stage=Stage::MembersAndRoles>
                    <div class="stage-form stack">
                        <MemberList id />
                        <AddMember id />
                        <CallChoice id />
                    </div>
                    <Responsibilities />
                </StageLayout>
            }
                .into_any()
        } />
    }
}

pub fn role_key(role: Role) -> Key {
    match role {
        Role::Leader => Key::RoleLeader,
        Role::Moderator => Key::RoleModerator,
        Role::Facilitator => Key::RoleFacilitator,
        Role::Participant => Key::RoleParticipant,
    }
}

/// A new member's id: random, in the characters a member id accepts.
fn new_member_id() -> Option<MemberId> {
    let mut bytes = [0u8; 9];
    if getrandom_wasm::fill(&mut bytes).is_err() {
        // Unique enough within one community: ids only need to differ between members.
        let now = js_sys::Date::now() as u64;
        bytes[..8].copy_from_slice(&now.to_le_bytes());
    }
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    MemberId::new(format!("m-{hex}")).ok()
}

#[component]
fn MemberList(id: DocumentId) -> impl IntoView {
    let members = super::design(id, |d| d.members.clone());
    view! {
        <section aria-labelledby="members-heading">
            <h2 id="members-heading">{t(Key::MembersHeading)}</h2>
            <p class="hint">{move || members.with(Vec::is_empty).then(|| t(Key::NoMembers)())}</p>
            <ul class="items" data-testid="member-list">
                <For
                    each=move || members.get()
                    key=|member| (member.id.as_str().to_owned(), member.name.clone(), member.role)
                    children=move |member| view! { <MemberItem id member /> }
                />
            </ul>
        </section>
    }
}

#[component]
fn MemberItem(id: DocumentId, member: community::Member) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let prefix = format!("member-{}", member.id.as_str());
    let select_id = format!("{prefix}-role");
    let error_id = format!("{prefix}-error");
    let error = RwSignal::new(None::<Key>);
    let is_me = me() == member.id;
    let (for_role, for_remove, for_conflict) =
        (member.id.clone(), member.id.clone(), member.id.clone());
    let role_path = vec![
        "design".to_owned(),
        "members".to_owned(),
        member.id.as_str().to_owned(),
    ];
    let name = member.name.clone();
    let name_for_conflict = member.name.clone();
    let current = member.role;
    view! {
        <li class="item member">
            <span class="member-name">
                <a href=profile_path(id, &member.id)>{member.name.clone()}</a>
                {is_me.then(|| view! { " " {move || i18n.t(Key::You)} })}
            </span>
            <label for=select_id.clone()>
                {move || i18n.t(Key::RoleOf)} " " {name.clone()}
            </label>
            <select
                id=select_id
                aria-describedby=error_id.clone()
                on:change=move |ev| {
                    if let Some(role) = Role::from_key(&event_target_value(&ev)) {
                        error.set(change(app, id, |doc| community::set_role(doc, &for_role, role)).err());
                    }
                }
            >
                {role_options(current)}
            </select>
            <ConflictChoices
                id
                path=role_path
                parse=Role::from_key
                label=role_key
                choose=move |role| change(app, id, |doc| community::set_role(doc, &for_conflict, role))
                field=Signal::derive(move || format!("{} {}", i18n.t(Key::RoleOf), name_for_conflict))
                error
            />
            <button
                type="button"
                class="secondary"
                aria-describedby=error_id.clone()
                on:click=move |_| {
                    error.set(change(app, id, |doc| community::remove_member(doc, &for_remove)).err());
                }
            >
                {t(Key::Remove)}
                <span class="visually-hidden">" " {member.name}</span>
            </button>
            <FieldError id=error_id error />
        </li>
    }
}

pub fn call_key(call: Call) -> Key {
    match call {
        Call::Public => Key::CallPublic,
        Call::Restricted => Key::CallRestricted,
    }
}

fn role_options(current: Option<Role>) -> impl IntoView {
    Role::ALL
        .into_iter()
        .map(|role| {
            view! {
                <option value=role.key() prop:selected=current == Some(role)>
                    {t(role_key(role))}
                </option>
            }
        })
        .collect_view()
}

#[component]
fn AddMember(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(Role::Participant);
    let mine = RwSignal::new(false);
    let error = RwSignal::new(None::<Key>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let member = if mine.get_untracked() {
            Some(me())
        } else {
            new_member_id()
        };
        let Some(member) = member else {
            error.set(Some(Key::ErrorEdit));
            return;
        };
        let (text, chosen) = (name.get_untracked(), role.get_untracked());
        match change(app, id, |doc| {
            community::set_member(doc, &member, &text, chosen)
        }) {
            Ok(()) => {
                name.set(String::new());
                mine.set(false);
                error.set(None);
            }
            Err(key) => error.set(Some(key)),
        }
    };
    view! {
        <section class="add" aria-labelledby="add-member-heading">
            <h2 id="add-member-heading">{t(Key::AddMemberHeading)}</h2>
            <form class="stack" on:submit=add>
                <DraftInput id="new-member-name" label=Key::FieldMemberName value=name described_by="add-member-error" />
                <div class="field">
                    <label for="new-member-role">{t(Key::FieldRole)}</label>
                    <select
                        id="new-member-role"
                        on:change=move |ev| {
                            if let Some(chosen) = Role::from_key(&event_target_value(&ev)) {
                                role.set(chosen);
                            }
                        }
                    >
                        {move || role_options(Some(role.get()))}
                    </select>
                </div>
                <div class="check">
                    <input
                        type="checkbox"
                        id="new-member-me"
                        prop:checked=move || mine.get()
                        on:change=move |ev| mine.set(event_target_checked(&ev))
                    />
                    <label for="new-member-me">{t(Key::ThisIsMe)}</label>
                </div>
                <button type="submit" aria-describedby="add-member-error">
                    {t(Key::AddMember)}
                </button>
                <FieldError id="add-member-error" error />
            </form>
        </section>
    }
}

#[component]
fn CallChoice(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let call = super::design(id, |d| d.call);
    let error = RwSignal::new(None::<Key>);
    let option = move |value: Call| {
        let input_id = format!("call-{}", value.key());
        view! {
            <div class="choice">
                <input
                    type="radio"
                    name="call"
                    id=input_id.clone()
                    value=value.key()
                    prop:checked=move || call.get() == Some(value)
                    on:change=move |_| {
                        error.set(change(app, id, |doc| community::set_call(doc, value)).err());
                    }
                />
                <label for=input_id>{t(call_key(value))}</label>
            </div>
        }
    };
    view! {
        <fieldset class="choices" aria-describedby="call-error">
            <legend>{t(Key::CallLegend)}</legend>
            <ConflictChoices
                id
                path=vec!["design".into(), "call".into()]
                parse=Call::from_key
                label=call_key
                choose=move |value| change(app, id, |doc| community::set_call(doc, value))
                field=Signal::derive(move || i18n.t(Key::CallLegend).to_owned())
                error
            />
            {option(Call::Public)}
            {option(Call::Restricted)}
            <FieldError id="call-error" error />
        </fieldset>
        <Show when=move || call.get() == Some(Call::Public)>
            <ApprovalChoice id />
        </Show>
        <PremoderationChoice id />
    }
}

/// Whether participants' contributions to curated sections (today interim summaries)
/// wait for a moderator: the leader's choice, shown with its effective value (on for a
/// public call until the leader decides).
#[component]
fn PremoderationChoice(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let on = super::design(id, |d| d.premoderation);
    let error = RwSignal::new(None::<Key>);
    view! {
        <div class="check">
            <input
                type="checkbox"
                id="premoderation"
                aria-describedby="premoderation-hint premoderation-error"
                prop:checked=move || on.get()
                on:change=move |ev| {
                    let wanted = event_target_checked(&ev);
                    let outcome = change(app, id, |doc| community::set_premoderation(doc, &me(), wanted));
                    if outcome.is_err() {
                        // Refused: the box shows the setting as it stands, not the click.
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        input.set_checked(on.get_untracked());
                    }
                    error.set(outcome.err());
                }
            />
            <label for="premoderation">{t(Key::PremodLabel)}</label>
        </div>
        <p class="hint" id="premoderation-hint">{t(Key::PremodHint)}</p>
        <FieldError id="premoderation-error" error />
    }
}

/// Whether registrations to the public call wait for a leader or moderator.
#[component]
fn ApprovalChoice(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let moderated = super::design(id, |d| d.approval == Approval::Moderated);
    let error = RwSignal::new(None::<Key>);
    view! {
        <div class="check">
            <input
                type="checkbox"
                id="call-approval"
                aria-describedby="call-approval-hint call-approval-error"
                prop:checked=move || moderated.get()
                on:change=move |ev| {
                    let approval = if event_target_checked(&ev) {
                        Approval::Moderated
                    } else {
                        Approval::Automatic
                    };
                    error.set(change(app, id, |doc| community::set_approval(doc, approval)).err());
                }
            />
            <label for="call-approval">{t(Key::ApprovalModerated)}</label>
        </div>
        <p class="hint" id="call-approval-hint">{t(Key::ApprovalHint)}</p>
        <FieldError id="call-approval-error" error />
    }
}

#[component]
fn Responsibilities() -> impl IntoView {
    let i18n = use_i18n();
    let roles = Role::ALL
        .into_iter()
        .map(|role| {
            view! {
                <h4>{t(role_key(role))}</h4>
                <ul>
                    {move || {
                        responsibilities(i18n.lang.get(), role)
                            .iter()
                            .map(|line| view! { <li>{*line}</li> })
                            .collect_view()
                    }}
                </ul>
            }
        })
        .collect_view();
    view! {
        <aside class="advice" aria-labelledby="advice-heading">
            <h2 id="advice-heading">{t(Key::MethodAdvice)}</h2>
            <p>{t(Key::MembersMethod)}</p>
            <h3>{t(Key::ResponsibilitiesHeading)}</h3>
            {roles}
        </aside>
    }
}
