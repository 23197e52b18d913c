//! `/c/:id/members/:member`: one member's profile, read-only — name and role from the
//! roster, the fields of their confirmed registration, the moderators' notes on their
//! knowledge and interests from discussions, and how many posts they wrote.

use community::{DiscussionId, MemberId, RegistrationState, Role};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use sync_protocol::DocumentId;

use crate::i18n::{Key, t, use_i18n};
use crate::routes::community::WithCommunity;
use crate::routes::design::members::role_key;
use crate::routes::discussions::DiscussionLayout;
use crate::routes::implementation::read;

/// The path of a member's profile page.
pub fn profile_path(id: DocumentId, member: &MemberId) -> String {
    format!("/c/{id}/members/{}", member.as_str())
}

#[component]
pub fn ProfilePage() -> impl IntoView {
    view! { <WithCommunity content=|id| view! { <Profile id /> }.into_any() /> }
}

/// What the page shows of one member.
#[derive(Clone, Default, PartialEq)]
struct Shown {
    name: String,
    role: Option<Role>,
    /// Institution, country, expertise, interests; `None` without a confirmed registration.
    registration: Option<[String; 4]>,
    /// (discussion, its title, notes) for each discussion where a moderator noted something.
    notes: Vec<(DiscussionId, String, String)>,
    posts: usize,
}

#[component]
fn Profile(id: DocumentId) -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let wanted = Memo::new(move |_| {
        params.with(|p| p.get("member").and_then(|raw| MemberId::new(raw).ok()))
    });
    let shown = read(id, move |v| {
        let wanted = wanted.get()?;
        let member = v.design.members.iter().find(|m| m.id == wanted)?;
        let registration = v
            .implementation
            .registrations
            .iter()
            .rev()
            .find(|r| r.form.member == wanted && r.state == Some(RegistrationState::Confirmed))
            .map(|r| {
                let f = &r.form;
                [
                    f.institution.clone(),
                    f.country.clone(),
                    f.expertise.clone(),
                    f.interests.clone(),
                ]
            });
        let notes = v
            .discussions
            .iter()
            .flat_map(|d| {
                d.participants
                    .iter()
                    .filter(|n| n.member == wanted && !n.notes.trim().is_empty())
                    .map(|n| (d.id.clone(), d.title.clone(), n.notes.clone()))
            })
            .collect();
        let posts = v
            .discussions
            .iter()
            .map(|d| d.all_posts().iter().filter(|p| p.author == wanted).count())
            .sum();
        Some(Shown {
            name: member.name.clone(),
            role: member.role,
            registration,
            notes,
            posts,
        })
    });
    let heading = Signal::derive(move || {
        shown.with(|s| s.as_ref().map(|s| s.name.clone()).unwrap_or_default())
    });
    let found = Memo::new(move |_| shown.with(Option::is_some));
    let field = move |pick: fn(&[String; 4]) -> String| {
        move || {
            shown.with(|s| {
                s.as_ref()
                    .and_then(|s| s.registration.as_ref())
                    .map(pick)
                    .unwrap_or_default()
            })
        }
    };
    let registered = move || shown.with(|s| s.as_ref().is_some_and(|s| s.registration.is_some()));
    let role = move || {
        let key = shown
            .with(|s| s.as_ref().and_then(|s| s.role))
            .map_or(Key::ModeUnknown, role_key);
        i18n.t(key)
    };
    let posts = move || {
        shown
            .with(|s| s.as_ref().map_or(0, |s| s.posts))
            .to_string()
    };
    let notes = move || shown.with(|s| s.as_ref().map(|s| s.notes.clone()).unwrap_or_default());
    view! {
        <DiscussionLayout id heading>
            <Show when=move || found.get() fallback=|| view! { <p role="alert">{t(Key::MemberNotFound)}</p> }>
                <section aria-labelledby="profile-details-heading">
                    <h2 id="profile-details-heading">{t(Key::ProfileDetailsHeading)}</h2>
                    <p class="hint">{move || (!registered()).then(|| i18n.t(Key::NoConfirmedRegistration))}</p>
                    <dl class="registration" data-testid="profile-fields">
                        <dt>{t(Key::FieldRole)}</dt><dd data-testid="profile-role">{role}</dd>
                        <dt>{t(Key::FieldInstitution)}</dt><dd data-testid="profile-institution">{field(|r| r[0].clone())}</dd>
                        <dt>{t(Key::FieldCountry)}</dt><dd data-testid="profile-country">{field(|r| r[1].clone())}</dd>
                        <dt>{t(Key::FieldExpertise)}</dt><dd data-testid="profile-expertise">{field(|r| r[2].clone())}</dd>
                        <dt>{t(Key::FieldInterests)}</dt><dd data-testid="profile-interests">{field(|r| r[3].clone())}</dd>
                        <dt>{t(Key::ProfilePosts)}</dt><dd data-testid="profile-posts">{posts}</dd>
                    </dl>
                </section>
                <section aria-labelledby="profile-notes-heading">
                    <h2 id="profile-notes-heading">{t(Key::ProfileNotesHeading)}</h2>
                    <p class="hint">{move || notes().is_empty().then(|| i18n.t(Key::NoProfileNotes))}</p>
                    <ul class="items" data-testid="profile-notes">
                        {move || {
                            notes()
                                .into_iter()
                                .map(|(discussion, title, text)| view! {
                                    <li class="item">
                                        <a href=format!("/c/{id}/discussions/{discussion}")><strong>{title}</strong></a>
                                        ": " {text}
                                    </li>
                                })
                                .collect_view()
                        }}
                    </ul>
                </section>
            </Show>
        </DiscussionLayout>
    }
}
