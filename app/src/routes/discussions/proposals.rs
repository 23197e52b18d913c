//! Pre-moderated summaries in a thread: a member who does not moderate proposes an interim
//! summary (published at once when pre-moderation is off, else sent to the moderators);
//! moderators accept or return, with a comment, the ones waiting; the author follows
//! theirs and revises a returned one, which sends it again. The domain publishes an
//! accepted proposal as an interim summary, so it appears in the timeline like a
//! moderator's own.
//!
//! The list is keyed by proposal id: a comment or revision being typed survives changes
//! to the other proposals, merged from other members.

use community::{Contributed, Member, PostId, Proposal, ProposalId, ProposalKind, ProposalState};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::closing::offered_posts;
use super::{Shown, moderate, now_iso, show_moment, shown_id};
use crate::components::accept_or_return::AcceptOrReturn;
use crate::components::draft_input::DraftInput;
use crate::components::field_error::FieldError;
use crate::components::post_picker::PostPicker;
use crate::i18n::{I18n, Key, t, use_i18n};
use crate::routes::design::edit::{change, me};
use crate::routes::implementation::{member_name, read};
use crate::state::use_app;

/// The form to propose a summary (for members who do not moderate), then this
/// discussion's proposals as this person may act on them.
#[component]
pub fn Proposals(
    id: DocumentId,
    discussion: Shown,
    members: Memo<Vec<Member>>,
    moderator: Memo<bool>,
) -> impl IntoView {
    view! {
        <Show when=move || !moderator.get()>
            <ProposeForm id discussion members />
        </Show>
        <ProposalList id discussion members moderator />
    }
}

/// A member's summary of the debate so far, with the posts it draws on. The outcome says
/// whether it was published or is waiting for a moderator.
#[component]
fn ProposeForm(id: DocumentId, discussion: Shown, members: Memo<Vec<Member>>) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let premoderated = read(id, |v| v.design.premoderation);
    let text = RwSignal::new(String::new());
    let drawn = RwSignal::new(Vec::<PostId>::new());
    let error = RwSignal::new(None::<Key>);
    let outcome = RwSignal::new(None::<Key>);
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(target) = shown_id(discussion) else {
            return;
        };
        let by = me();
        let result = change(app, id, |doc| {
            community::contribute_summary(
                doc,
                &by,
                &target,
                &text.get_untracked(),
                &drawn.get_untracked(),
                &now_iso(),
            )
        });
        match result {
            Ok(made) => {
                text.set(String::new());
                drawn.set(Vec::new());
                error.set(None);
                outcome.set(Some(match made {
                    Contributed::Published(_) => Key::PropPublished,
                    Contributed::Proposed(_) => Key::PropSent,
                }));
            }
            Err(key) => {
                outcome.set(None);
                error.set(Some(match key {
                    Key::ErrEmptyValue => Key::DiscErrSummaryEmpty,
                    other => other,
                }));
            }
        }
    };
    let hint = move || {
        i18n.t(if premoderated.get() {
            Key::PropHintOn
        } else {
            Key::PropHintOff
        })
    };
    view! {
        <section class="add" aria-labelledby="propose-summary-heading" data-testid="propose-summary">
            <h2 id="propose-summary-heading">{t(Key::PropHeading)}</h2>
            <p class="hint" id="propose-summary-hint" data-testid="propose-hint">{hint}</p>
            <form class="stack" on:submit=send aria-describedby="propose-summary-hint propose-summary-error">
                <DraftInput id="proposed-summary-text" label=Key::PropField value=text multiline=true rows=4 described_by="propose-summary-error" />
                <PostPicker offered=offered_posts(discussion, members, true) chosen=drawn legend=Key::DiscSummaryPostsLegend prefix="proposed-post" />
                <button type="submit">{t(Key::PropSend)}</button>
                <p role="status" data-testid="propose-outcome">{move || outcome.get().map(|key| i18n.t(key))}</p>
                <FieldError id="propose-summary-error" error />
            </form>
        </section>
    }
}

/// This discussion's proposals: for moderators the ones waiting, for their author their
/// own in every state. Hidden when there is none.
#[component]
fn ProposalList(
    id: DocumentId,
    discussion: Shown,
    members: Memo<Vec<Member>>,
    moderator: Memo<bool>,
) -> impl IntoView {
    let all = read(id, |v| v.proposals.clone());
    let mine = me();
    let shown = Memo::new(move |_| {
        let Some(here) = discussion.with(|d| d.as_ref().map(|d| d.id.clone())) else {
            return Vec::new();
        };
        let moderates = moderator.get();
        all.with(|all| {
            all.iter()
                .filter(|p| p.discussion == here && p.kind == Some(ProposalKind::InterimSummary))
                .filter(|p| p.by == mine || (moderates && p.state == Some(ProposalState::Proposed)))
                .cloned()
                .collect::<Vec<Proposal>>()
        })
    });
    let ids =
        Memo::new(move |_| shown.with(|s| s.iter().map(|p| p.id.clone()).collect::<Vec<_>>()));
    view! {
        <Show when=move || ids.with(|ids| !ids.is_empty())>
            <section class="stack" aria-labelledby="proposals-heading" data-testid="proposals">
                <h2 id="proposals-heading">{t(Key::PropListHeading)}</h2>
                <ul class="items">
                    <For
                        each=move || ids.get()
                        key=ProposalId::clone
                        children=move |proposal| view! { <ProposalItem id shown members moderator proposal /> }
                    />
                </ul>
            </section>
        </Show>
    }
}

/// One proposal: its text and state, the moderator's Accept and Return, the author's
/// revision of a returned one.
#[component]
fn ProposalItem(
    id: DocumentId,
    shown: Memo<Vec<Proposal>>,
    members: Memo<Vec<Member>>,
    moderator: Memo<bool>,
    proposal: ProposalId,
) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let current = {
        let proposal = proposal.clone();
        Memo::new(move |_| shown.with(|s| s.iter().find(|p| p.id == proposal).cloned()))
    };
    let Some(first) = current.get_untracked() else {
        return ().into_any();
    };
    let author = first.by.clone();
    let mine = author == me();
    let name = Memo::new(move |_| members.with(|m| member_name(m, &author)));
    let state = Memo::new(move |_| current.with(|p| p.as_ref().and_then(|p| p.state)));
    let text = Memo::new(move |_| {
        current.with(|p| p.as_ref().map(|p| p.text.clone()).unwrap_or_default())
    });
    let state_line = move || {
        current.with(|p| {
            let p = p.as_ref()?;
            Some(state_words(
                i18n,
                p.state,
                p.decided_by.as_ref(),
                &p.comment,
                members,
            ))
        })
    };
    let error = RwSignal::new(None::<Key>);
    let draft = RwSignal::new(first.text.clone());
    let accept = {
        let proposal = proposal.clone();
        Callback::new(move |()| {
            let (at, by) = (now_iso(), me());
            moderate(app, id, |doc| {
                community::accept_proposal(doc, &by, &proposal, &at)
            })
        })
    };
    let give_back = {
        let proposal = proposal.clone();
        Callback::new(move |words: String| {
            let (at, by) = (now_iso(), me());
            moderate(app, id, |doc| {
                community::return_proposal(doc, &by, &proposal, &words, &at)
            })
        })
    };
    let revise = {
        let proposal = proposal.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let by = me();
            let outcome = change(app, id, |doc| {
                community::revise_proposal(doc, &by, &proposal, &draft.get_untracked())
            });
            error.set(outcome.err().map(|key| match key {
                Key::ErrEmptyValue => Key::DiscErrSummaryEmpty,
                other => other,
            }));
        }
    };
    let suffix = proposal.as_str().to_owned();
    let heading_id = format!("proposal-{suffix}");
    let labelled_by = heading_id.clone();
    let error_id = format!("proposal-error-{suffix}");
    let (revise_described, described_by) = (error_id.clone(), error_id.clone());
    let comment_id = format!("return-comment-{suffix}");
    let revise_id = format!("revise-text-{suffix}");
    // Named by what they act on, for several proposals on one page.
    let whose = move |key: Key| Signal::derive(move || format!(" {} {}", i18n.t(key), name.get()));
    view! {
        <li class="item" data-testid="proposal">
            <article class="stack" aria-labelledby=labelled_by>
                <h3 id=heading_id>{t(Key::PropBy)} " " {move || name.get()}</h3>
                <p class="post-meta"><time datetime=first.at.clone()>{show_moment(&first.at)}</time></p>
                <p class="post-body" data-testid="proposal-text">{move || text.get()}</p>
                <p data-testid="proposal-state">{t(Key::PropStateLabel)} ": " {state_line}</p>
                <Show when=move || moderator.get() && state.get() == Some(ProposalState::Proposed)>
                    <AcceptOrReturn
                        testid="proposal"
                        comment_id=comment_id.clone()
                        error_id=described_by.clone()
                        accept_names=whose(Key::PropOf)
                        return_names=whose(Key::PropOn)
                        accept
                        give_back
                        error
                    />
                </Show>
                <Show when=move || mine && state.get() == Some(ProposalState::Returned)>
                    <form class="stack" data-testid="proposal-revise" on:submit=revise.clone()>
                        <div class="field">
                            <label for=revise_id.clone()>{t(Key::PropRevised)}</label>
                            <textarea
                                id=revise_id.clone()
                                rows="4"
                                aria-describedby=revise_described.clone()
                                prop:value=move || draft.get()
                                on:input=move |ev| draft.set(event_target_value(&ev))
                            ></textarea>
                        </div>
                        <button type="submit">{t(Key::PropResend)}</button>
                    </form>
                </Show>
                <FieldError id=error_id error />
            </article>
        </li>
    }
    .into_any()
}

/// Where a proposal (or a knowledge entry, which goes through the same states) stands,
/// in words: waiting, accepted, or returned by whom with what comment.
pub(crate) fn state_words(
    i18n: I18n,
    state: Option<ProposalState>,
    decided_by: Option<&community::MemberId>,
    comment: &str,
    members: Memo<Vec<Member>>,
) -> String {
    match state {
        Some(ProposalState::Proposed) => i18n.t(Key::PropStateWaiting).to_owned(),
        Some(ProposalState::Accepted) => i18n.t(Key::PropStateAccepted).to_owned(),
        Some(ProposalState::Returned) => {
            let who = decided_by
                .map(|by| members.with(|m| member_name(m, by)))
                .unwrap_or_default();
            i18n.t(Key::PropStateReturned)
                .replace("{who}", &who)
                .replace("{what}", comment)
        }
        None => i18n.t(Key::PropStateUnknown).to_owned(),
    }
}
