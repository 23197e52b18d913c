//! Phase II's steps on the community overview — tools, call and registration, the
//! introductory meeting, the action plan, the discussions — each complete or with what
//! it lacks (`community::implementation_progress`), linking to its page.

use community::{Gap, Step};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::{Page, read};
use crate::components::progress_row::ProgressRow;
use crate::i18n::{Key, t};

/// Always shown: the method has the call for members open while the design is finished,
/// and a member must be able to register whatever the phase the leader has recorded.
#[component]
pub fn ImplementationProgressView(id: DocumentId) -> impl IntoView {
    let steps = read(id, |v| v.phase_two.clone());
    view! {
        <nav class="design-progress" aria-labelledby="phase-two-steps-heading">
            <h2 id="phase-two-steps-heading">{t(Key::PhaseTwoPagesHeading)}</h2>
            <p class="hint">{t(Key::PhaseTwoIntro)}</p>
            <ol class="stage-list" data-testid="phase-two-progress">
                {move || {
                    steps
                        .get()
                        .into_iter()
                        .map(|progress| {
                            let (slug, href, label) = place(id, progress.step);
                            view! {
                                <ProgressRow
                                    slug
                                    href
                                    label
                                    missing=progress.missing.iter().map(gap_key).collect()
                                />
                            }
                        })
                        .collect_view()
                }}
            </ol>
        </nav>
    }
}

/// A step's token, page and name.
fn place(id: DocumentId, step: Step) -> (&'static str, String, Key) {
    let page = |page: Page| (page.slug(), page.path(id), page.key());
    match step {
        Step::Tools => page(Page::Tools),
        Step::Registration => page(Page::Register),
        Step::Meeting => page(Page::Meeting),
        Step::ActionPlan => page(Page::Plan),
        Step::Discussions => (
            "discussions",
            format!("/c/{id}/discussions"),
            Key::DiscussionsHeading,
        ),
    }
}

fn gap_key(gap: &Gap) -> Key {
    match gap {
        Gap::NoTool => Key::GapNoTool,
        Gap::RegistrationsPending { .. } => Key::GapRegistrationsPending,
        Gap::NoConfirmedRegistration => Key::GapNoConfirmedRegistration,
        Gap::NoMeetingDate => Key::GapNoMeetingDate,
        Gap::NoMeetingAgenda => Key::GapNoMeetingAgenda,
        Gap::NoMeetingMinutes => Key::GapNoMeetingMinutes,
        Gap::NoActionItem => Key::GapNoActionItem,
        Gap::ResultWithoutAction { .. } => Key::GapResultWithoutAction,
        Gap::OverdueActions { .. } => Key::GapOverdueActions,
        Gap::ActionOwnerNotMember { .. } => Key::GapActionOwnerNotMember,
        Gap::NoDiscussion => Key::GapNoDiscussion,
        Gap::ClosedWithoutSummary { .. } => Key::GapClosedWithoutSummary,
    }
}
