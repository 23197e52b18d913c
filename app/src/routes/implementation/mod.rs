//! Phase II (Implementation): one page per step of the method, under
//! `/c/:id/implementation/<page>` — tools, registration and roster, introductory
//! meeting, action plan — plus the links to them on the community overview.

pub mod meeting;
pub mod plan;
pub mod progress;
pub mod register;
pub mod tools;

use community::{Action, Role};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use crate::components::page_title::page_title;
use crate::i18n::{Key, t, use_i18n};
use crate::routes::conclusion::ClosedNotice;
use crate::routes::design::edit::me;
use crate::state::use_app;

/// The pages in the method's order.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Tools,
    Register,
    Meeting,
    Plan,
}

impl Page {
    pub const ALL: [Page; 4] = [Page::Tools, Page::Register, Page::Meeting, Page::Plan];

    fn slug(self) -> &'static str {
        match self {
            Page::Tools => "tools",
            Page::Register => "register",
            Page::Meeting => "meeting",
            Page::Plan => "plan",
        }
    }

    fn key(self) -> Key {
        match self {
            Page::Tools => Key::PageTools,
            Page::Register => Key::PageRegister,
            Page::Meeting => Key::PageMeeting,
            Page::Plan => Key::PagePlan,
        }
    }

    fn path(self, id: DocumentId) -> String {
        format!("/c/{id}/implementation/{}", self.slug())
    }
}

/// Read part of the community document, reactively.
pub fn read<T: Default + PartialEq + Send + Sync + 'static>(
    id: DocumentId,
    pick: impl Fn(&crate::state::CommunityView) -> T + Send + Sync + 'static,
) -> Memo<T> {
    let app = use_app();
    Memo::new(move |_| {
        app.communities
            .with(|m| m.get(&id).map(&pick).unwrap_or_default())
    })
}

/// This device's role in the community, if it is a member.
pub fn my_role(id: DocumentId) -> Memo<Option<Role>> {
    read(id, |v| {
        let mine = me();
        v.design.members.iter().find(|m| m.id == mine)?.role
    })
}

/// Whether this device's member may do `action` (the UI offers only what the role allows).
pub fn allowed(id: DocumentId, action: Action) -> Memo<bool> {
    let role = my_role(id);
    Memo::new(move |_| role.get().is_some_and(|role| community::may(role, action)))
}

/// Said where an editing control would be, to a member whose role does not allow it.
#[component]
pub fn RoleHint(key: Key) -> impl IntoView {
    view! { <p class="hint" data-testid="role-hint">{t(key)}</p> }
}

/// A page of a phase: where it lives and what it is called, for [`PhaseLayout`].
pub trait PhasePage: Copy + PartialEq + Send + Sync + 'static {
    /// The phase's pages in the method's order.
    const ALL: &'static [Self];
    /// The accessible name of the phase's page list.
    const NAV: Key;
    fn path(self, id: DocumentId) -> String;
    fn key(self) -> Key;
}

impl PhasePage for Page {
    const ALL: &'static [Self] = &Page::ALL;
    const NAV: Key = Key::PhaseTwoNav;
    fn path(self, id: DocumentId) -> String {
        Page::path(self, id)
    }
    fn key(self) -> Key {
        Page::key(self)
    }
}

/// The frame of every Phase II and III page: the way back, the page list, the heading,
/// then the content and the method's advice side by side.
#[component]
pub fn PhaseLayout<P: PhasePage>(
    id: DocumentId,
    page: P,
    advice: Key,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let community = read(id, |v| v.title.clone());
    page_title(move || format!("{} · {}", i18n.t(page.key()), community.get()));
    view! {
        <p class="breadcrumb">
            <a href=format!("/c/{id}")>{t(Key::BackToOverview)}</a>
            ": "
            <span>{move || community.get()}</span>
        </p>
        <nav class="stage-nav" aria-label=t(P::NAV)>
            <ol>
                {P::ALL
                    .iter()
                    .map(|&other| {
                        view! {
                            <li>
                                <a href=other.path(id) aria-current=(other == page).then_some("page")>
                                    {t(other.key())}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
        <h1>{t(page.key())}</h1>
        <ClosedNotice id />
        <div class="stage-body">
            <div class="stage-form stack">{children()}</div>
            <aside class="advice" aria-labelledby="advice-heading">
                <h2 id="advice-heading">{t(Key::MethodAdvice)}</h2>
                <p>{t(advice)}</p>
            </aside>
        </div>
    }
}

/// The member's name as the roster has it, or the id when the member was removed.
pub fn member_name(members: &[community::Member], id: &community::MemberId) -> String {
    members
        .iter()
        .find(|m| &m.id == id)
        .map_or_else(|| id.to_string(), |m| m.name.clone())
}
