//! The closing column: the articulated summary citing posts, the overt close, and the
//! follow-up actions (items of the action plan) linked to the discussion — chosen when
//! closing, shown to everyone once closed, and still editable by moderators after.

use std::collections::HashMap;
use std::sync::Arc;

use community::{ActionItem, ActionItemId, Member, Post, PostId};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::{Shown, anchor, moderate, now_iso, show_moment, shown_id};
use crate::components::choice_checkbox::ChoiceCheckbox;
use crate::components::draft_input::DraftInput;
use crate::components::field_error::FieldError;
use crate::components::post_picker::PostPicker;
use crate::i18n::{Key, t, use_i18n};
use crate::routes::design::edit::me;
use crate::routes::implementation::{member_name, read};
use crate::state::use_app;

/// What everyone sees of a closed discussion.
#[component]
pub fn ClosingView(
    id: DocumentId,
    discussion: Shown,
    members: Memo<Vec<Member>>,
    moderator: Memo<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let summary = move || {
        discussion.with(|d| {
            d.as_ref()
                .map(|d| d.closing.summary.clone())
                .unwrap_or_default()
        })
    };
    let cited = move || {
        discussion.with(|d| {
            let Some(d) = d else { return Vec::new() };
            let all = d.all_posts();
            d.closing
                .posts
                .iter()
                .filter_map(|p| all.iter().find(|post| &post.id == p))
                .map(|p| (*p).clone())
                .collect::<Vec<_>>()
        })
    };
    let actions = read(id, |v| v.implementation.action_plan.clone());
    let follow_ups = Memo::new(move |_| {
        let linked = discussion.with(|d| {
            d.as_ref()
                .map(|d| d.closing.follow_ups.clone())
                .unwrap_or_default()
        });
        actions.with(|all| {
            linked
                .iter()
                .filter_map(|a| all.iter().find(|item| &item.id == a).cloned())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="closing" aria-labelledby="closing-heading" data-testid="closing-summary">
            <h2 id="closing-heading">{t(Key::ClosingSummaryHeading)}</h2>
            <p class="status status-complete">{t(Key::DiscussionIsClosed)}</p>
            <p class="summary">{summary}</p>
            <h3>{t(Key::CitedPosts)}</h3>
            <ul data-testid="cited-posts">
                {move || cited().into_iter().map(|post| {
                    let name = members.with(|m| member_name(m, &post.author));
                    view! {
                        <li><a href=format!("#{}", anchor(&post.id))>{t(Key::PostBy)} " " {name} ", " {show_moment(&post.created)}</a></li>
                    }
                }).collect_view()}
            </ul>
            <h3 id="follow-ups-heading">{t(Key::DiscFollowUpsHeading)}</h3>
            <p class="hint">{move || follow_ups.with(Vec::is_empty).then(|| i18n.t(Key::DiscNoFollowUps))}</p>
            <ul data-testid="follow-ups" aria-labelledby="follow-ups-heading">
                {move || follow_ups.get().into_iter().map(|item| {
                    let owner = members.with(|m| member_name(m, &item.owner));
                    view! {
                        <li>
                            <a href=format!("/c/{id}/implementation/plan")>{item.text.clone()}</a>
                            " · " {t(Key::FieldOwner)} ": " {owner}
                            {item.due.map(|due| view! { " · " {t(Key::FieldDue)} ": " {due.to_string()} })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <Show when=move || moderator.get()>
                <FollowUpsForm id discussion />
            </Show>
        </section>
    }
}

/// After closing, a moderator can still link or unlink follow-up actions.
#[component]
fn FollowUpsForm(id: DocumentId, discussion: Shown) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let chosen = RwSignal::new(discussion.with_untracked(|d| {
        d.as_ref()
            .map(|d| d.closing.follow_ups.clone())
            .unwrap_or_default()
    }));
    let error = RwSignal::new(None::<Key>);
    let saved = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(target) = shown_id(discussion) else {
            return;
        };
        let by = me();
        let outcome = moderate(app, id, |doc| {
            community::set_follow_ups(doc, &by, &target, &chosen.get_untracked())
        });
        saved.set(outcome.is_ok());
        error.set(outcome.err());
    };
    view! {
        <form class="stack" on:submit=save aria-describedby="follow-ups-error">
            <FollowUpsPicker id chosen prefix="edit-follow-up" />
            <button type="submit" class="secondary">{t(Key::DiscSaveFollowUps)}</button>
            <p role="status" class="hint">{move || saved.get().then(|| i18n.t(Key::DiscSaved))}</p>
            <FieldError id="follow-ups-error" error />
        </form>
    }
}

/// Check boxes, one per action-plan item, bound to `chosen`.
#[component]
fn FollowUpsPicker(
    id: DocumentId,
    chosen: RwSignal<Vec<ActionItemId>>,
    prefix: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let actions = read(id, |v| v.implementation.action_plan.clone());
    view! {
        <fieldset class="stack">
            <legend>{t(Key::DiscFollowUpsLegend)}</legend>
            <p class="hint">
                {move || actions.with(Vec::is_empty).then(|| i18n.t(Key::DiscNoActions))}
                " "
                <a href=format!("/c/{id}/implementation/plan")>{t(Key::PagePlan)}</a>
            </p>
            <For
                each=move || actions.get()
                key=|item: &ActionItem| (item.id.clone(), item.text.clone())
                children=move |item| {
                    view! {
                        <ChoiceCheckbox id=format!("{prefix}-{}", item.id) value=item.id.clone() chosen>
                            {item.text.clone()}
                        </ChoiceCheckbox>
                    }
                }
            />
        </fieldset>
    }
}

/// The posts of the shown discussion a picker offers (the closing and interim summaries,
/// a proposal), in thread order, each with its author's name. With `without_hidden` (for
/// members who do not moderate) posts a moderator hid are left out: their text is not for
/// everyone to read.
///
/// Kept up to date, not made anew: a post the reading shares with the last one keeps its
/// label. Labelling a 5,000-post discussion again (and comparing the labels) after every
/// post sent cost about 10 ms of the send in Chromium.
pub fn offered_posts(
    discussion: Shown,
    members: Memo<Vec<Member>>,
    without_hidden: bool,
) -> Memo<Vec<(PostId, String)>> {
    // The posts labelled last (kept alive, so their addresses name them) and the names
    // they were labelled with.
    let labelled = StoredValue::new((Vec::<Arc<Post>>::new(), Vec::<Member>::new()));
    Memo::new_owning(move |old: Option<Vec<(PostId, String)>>| {
        discussion.with(|d| {
            members.with(|members| {
                let posts: Vec<&Arc<Post>> = d.as_ref().map_or_else(Vec::new, |d| {
                    d.all_posts()
                        .into_iter()
                        .filter(|p| !(without_hidden && p.hidden.is_some()))
                        .collect()
                });
                let label = |post: &Post| post_label(members, post);
                labelled
                    .try_update_value(|(before, names)| {
                        let reusable =
                            old.filter(|old| names == members && old.len() == before.len());
                        let labels = match reusable {
                            Some(old)
                                if before.len() == posts.len()
                                    && before
                                        .iter()
                                        .zip(&posts)
                                        .all(|(a, b)| Arc::ptr_eq(a, b)) =>
                            {
                                return (old, false);
                            }
                            Some(old) => {
                                let mut by_address: HashMap<*const Post, (PostId, String)> =
                                    before.iter().map(Arc::as_ptr).zip(old).collect();
                                posts
                                    .iter()
                                    .map(|post| {
                                        by_address
                                            .remove(&Arc::as_ptr(post))
                                            .unwrap_or_else(|| label(post))
                                    })
                                    .collect()
                            }
                            None => posts.iter().map(|post| label(post)).collect(),
                        };
                        *before = posts.into_iter().cloned().collect();
                        names.clone_from(members);
                        (labels, true)
                    })
                    // Only once the page is gone.
                    .unwrap_or_default()
            })
        })
    })
}

/// What a picker's check box reads for `post`: its author's name and its text.
pub fn post_label(members: &[Member], post: &Post) -> (PostId, String) {
    let name = member_name(members, &post.author);
    (post.id.clone(), format!("{name}: {}", post.body))
}

/// The articulated summary, the posts it cites and the follow-up actions, written with
/// the close in one edit: a closed discussion always carries its summary.
#[component]
pub fn CloseForm(
    id: DocumentId,
    discussion: Shown,
    /// The posts it may cite ([`offered_posts`]).
    offered: Memo<Vec<(PostId, String)>>,
) -> impl IntoView {
    let app = use_app();
    let summary = RwSignal::new(String::new());
    let cited = RwSignal::new(Vec::<PostId>::new());
    let follow_ups = RwSignal::new(Vec::<ActionItemId>::new());
    let error = RwSignal::new(None::<Key>);
    let close = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(target) = shown_id(discussion) else {
            return;
        };
        let by = me();
        let outcome = moderate(app, id, |doc| {
            // Follow-ups first: the one a concurrent removal can refuse, before
            // anything is written.
            community::set_follow_ups(doc, &by, &target, &follow_ups.get_untracked())?;
            community::set_closing_summary(
                doc,
                &by,
                &target,
                &summary.get_untracked(),
                &cited.get_untracked(),
            )?;
            community::close_discussion(doc, &by, &target, &now_iso())
        });
        error.set(outcome.err());
    };
    view! {
        <form class="stack" on:submit=close aria-describedby="close-error" data-testid="close-form">
            <h3>{t(Key::CloseDiscussion)}</h3>
            <DraftInput id="closing-summary" label=Key::FieldClosingSummary value=summary multiline=true rows=4 />
            <PostPicker offered chosen=cited legend=Key::CitedPostsLegend prefix="cite" />
            <FollowUpsPicker id chosen=follow_ups prefix="follow-up" />
            <button type="submit">{t(Key::CloseDiscussion)}</button>
            <FieldError id="close-error" error />
        </form>
    }
}
