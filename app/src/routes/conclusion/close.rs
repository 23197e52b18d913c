//! Closing the community: the method's checklist of what Phase III should have produced
//! (`community::closing_checklist`), then the leader's closing, which the relay archives.

use community::{Action, ClosingGap, KnowledgeKind};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::Page;
use crate::components::field_error::FieldError;
use crate::i18n::{Key, t, use_i18n};
use crate::routes::community::WithCommunity;
use crate::routes::design::edit::{change, me};
use crate::routes::implementation::{PhaseLayout, RoleHint, allowed, read};
use crate::state::use_app;

#[component]
pub fn ClosePage() -> impl IntoView {
    view! {
        <WithCommunity content=|id| {
            view! {
                <PhaseLayout id page=Page::Close advice=Key::CloseMethod>
                    <Checklist id />
                    <CloseForm id />
                </PhaseLayout>
            }
                .into_any()
        } />
    }
}

/// What is missing, re-derived from the document whenever it changes.
fn checklist(id: DocumentId) -> Memo<Vec<ClosingGap>> {
    let app = use_app();
    Memo::new(move |_| {
        // Track every change to the community; the checklist reads the document itself.
        app.communities.with(|m| m.get(&id).map(|_| ()));
        app.with_repo_unpumped(|repo| repo.document(&id).map(community::closing_checklist))
            .flatten()
            .and_then(Result::ok)
            .unwrap_or_default()
    })
}

#[component]
fn Checklist(id: DocumentId) -> impl IntoView {
    let i18n = use_i18n();
    let gaps = checklist(id);
    view! {
        <section aria-labelledby="checklist-heading">
            <h2 id="checklist-heading">{t(Key::ClosingChecklist)}</h2>
            {move || {
                let gaps = gaps.get();
                if gaps.is_empty() {
                    view! {
                        <p class="status status-complete" data-testid="closing-ready">
                            {t(Key::ClosingReady)}
                        </p>
                    }
                        .into_any()
                } else {
                    view! {
                        <ul class="status status-missing" data-testid="closing-gaps">
                            {gaps
                                .iter()
                                .map(|gap| {
                                    let (key, count) = gap_key(gap);
                                    view! {
                                        <li>
                                            {move || i18n.t(key).replace("{n}", &count.to_string())}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

fn gap_key(gap: &ClosingGap) -> (Key, usize) {
    match gap {
        ClosingGap::DiscussionsNotClosed { count } => (Key::GapDiscussionsNotClosed, *count),
        ClosingGap::ClosedWithoutSummary { count } => (Key::GapClosedWithoutSummary, *count),
        ClosingGap::ResultsUndecided { count } => (Key::GapResultsUndecided, *count),
        ClosingGap::NoFinalAssessment => (Key::GapNoFinalAssessment, 0),
        ClosingGap::FinalAssessmentWithoutResponses => (Key::GapFinalAssessmentUnanswered, 0),
        ClosingGap::FinalAssessmentOpen => (Key::GapFinalAssessmentOpen, 0),
        ClosingGap::NoAcceptedKnowledge { kind } => (
            match kind {
                KnowledgeKind::Conclusion => Key::GapNoConclusion,
                KnowledgeKind::LessonLearned => Key::GapNoLesson,
                KnowledgeKind::Recommendation => Key::GapNoRecommendation,
                KnowledgeKind::BestPractice | KnowledgeKind::PostActionReview => {
                    Key::GapNoKnowledge
                }
            },
            0,
        ),
    }
}

#[component]
fn CloseForm(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let may_close = allowed(id, Action::Conclude);
    let closed = read(id, |v| v.closure.is_some());
    let gaps = checklist(id);
    let confirmed = RwSignal::new(false);
    let error = RwSignal::new(None::<Key>);
    let close = move |_| {
        let at = crate::routes::discussions::now_iso();
        let outcome = change(app, id, |doc| {
            community::close_community(doc, &me(), &at, confirmed.get_untracked())
        });
        error.set(outcome.err());
    };
    move || {
        if closed.get() {
            ().into_any()
        } else if !may_close.get() {
            view! { <RoleHint key=Key::CloseLeaderOnly /> }.into_any()
        } else {
            let incomplete = !gaps.get().is_empty();
            view! {
                <section aria-labelledby="close-heading">
                    <h2 id="close-heading">{t(Key::CloseHeading)}</h2>
                    <p class="hint">{t(Key::CloseExplained)}</p>
                    <Show when=move || incomplete>
                        <div class="check">
                            <input
                                type="checkbox"
                                id="confirm-close-incomplete"
                                prop:checked=move || confirmed.get()
                                on:change=move |ev| confirmed.set(event_target_checked(&ev))
                            />
                            <label for="confirm-close-incomplete">
                                {t(Key::ConfirmCloseIncomplete)}
                            </label>
                        </div>
                    </Show>
                    <button
                        type="button"
                        data-testid="close-community"
                        aria-describedby="close-community-error"
                        on:click=close
                    >
                        {t(Key::CloseCommunity)}
                    </button>
                    <FieldError id="close-community-error" error />
                </section>
            }
            .into_any()
        }
    }
}
