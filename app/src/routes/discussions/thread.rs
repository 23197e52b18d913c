//! `/c/:id/discussions/:discussion`: the pinned question, the guidelines and stage dates,
//! the sub-groups, the timeline (threaded posts with replies, and the moderator's interim
//! summaries in place), a post form (each post a document edit, so it works offline),
//! the summaries members propose under pre-moderation (`proposals`), and for moderators
//! the tools of the method's three columns.
//!
//! The timeline is rendered keyed by post and summary id: a change from another member
//! adds or moves entries without re-creating the others, so a reply form someone has
//! open, and the text they are typing in it, survive remote posts. Each post reads its
//! own cell ([`Cells`]), so a change re-runs the views of the posts it changed and no
//! other: with one memo shared by every post, each of a 1,000-post discussion's views
//! re-ran (and subscribed again) after every change, a sent post included.

use std::collections::HashMap;
use std::sync::Arc;

use community::{
    Action, Discussion, DiscussionId, DiscussionStage, Entry, Member, NewPost, Post, PostId,
    SummaryId, Timeline,
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use sync_protocol::DocumentId;

use super::closing::{CloseForm, ClosingView, offered_posts};
use super::notes::ParticipantNotes;
use super::plan::PlanEditor;
use super::proposals::Proposals;
use super::subgroups::Subgroups;
use super::summaries::{SummaryForm, SummarySuggestion};
use super::{DiscussionLayout, Shown, anchor, moderate, now_iso, show_moment, shown_id, stage_key};
use crate::components::draft_input::DraftInput;
use crate::components::field_error::FieldError;
use crate::i18n::{Key, t, use_i18n};
use crate::routes::community::WithCommunity;
use crate::routes::design::edit::{change, change_refreshing, me};
use crate::routes::implementation::{allowed, member_name, read};
use crate::state::{Refresh, use_app};

#[component]
pub fn ThreadPage() -> impl IntoView {
    view! { <WithCommunity content=|id| view! { <Thread id /> }.into_any() /> }
}

#[component]
fn Thread(id: DocumentId) -> impl IntoView {
    let params = use_params_map();
    let wanted = Memo::new(move |_| {
        params.with(|p| {
            p.get("discussion")
                .and_then(|raw| DiscussionId::new(raw).ok())
        })
    });
    let discussion = read(id, move |v| {
        let wanted = wanted.get()?;
        v.discussions.iter().find(|d| d.id == wanted).cloned()
    });
    let members = read(id, |v| v.design.members.clone());
    let heading = Signal::derive(move || {
        discussion.with(|d| d.as_ref().map(|d| d.title.clone()).unwrap_or_default())
    });
    let found = Memo::new(move |_| discussion.with(Option::is_some));
    let closed = Memo::new(move |_| {
        discussion.with(|d| {
            d.as_ref()
                .is_some_and(|d| d.stage == Some(DiscussionStage::Closed))
        })
    });
    let moderator = allowed(id, Action::ModerateDiscussion);
    view! {
        <DiscussionLayout id heading>
            <p><a href=format!("/c/{id}/discussions")>{t(Key::AllDiscussions)}</a></p>
            <Show when=move || found.get() fallback=|| view! { <p role="alert">{t(Key::DiscussionNotFound)}</p> }>
                <Overview discussion />
                <Show when=move || closed.get()>
                    <ClosingView id discussion members moderator />
                </Show>
                <Subgroups id discussion members moderator closed />
                <Posts id discussion members closed />
                <Show when=move || !closed.get()>
                    <Show when=move || moderator.get()>
                        <SummarySuggestion discussion />
                    </Show>
                    <PostForm id discussion parent=None />
                    <Proposals id discussion members moderator />
                    <Moderation id discussion members moderator />
                </Show>
                // Kept after the close: the method's closing assesses interventions,
                // publicly and personally.
                <Show when=move || moderator.get()>
                    <ParticipantNotes id discussion members />
                </Show>
            </Show>
        </DiscussionLayout>
    }
}

/// The pinned question, the guidelines and the stages with their dates.
#[component]
fn Overview(discussion: Shown) -> impl IntoView {
    let i18n = use_i18n();
    let pick = move |f: fn(&Discussion) -> String| {
        move || discussion.with(|d| d.as_ref().map(f).unwrap_or_default())
    };
    let limit = move || {
        discussion
            .with(|d| d.as_ref().and_then(|d| d.guidelines.max_words))
            .map_or_else(|| i18n.t(Key::NoWordLimit).to_owned(), |n| n.to_string())
    };
    let stage = move || {
        i18n.t(stage_key(
            discussion.with(|d| d.as_ref().and_then(|d| d.stage)),
        ))
    };
    let date = move |stage: DiscussionStage| {
        move || {
            discussion
                .with(|d| d.as_ref().and_then(|d| d.schedule.date(stage)))
                .map_or_else(|| i18n.t(Key::DiscNoDate).to_owned(), |d| d.to_string())
        }
    };
    view! {
        <section class="pinned" aria-labelledby="pinned-heading">
            <h2 id="pinned-heading">{t(Key::PinnedQuestion)}</h2>
            <p class="pinned-question" data-testid="pinned-question">{pick(|d| d.pinned_question().to_owned())}</p>
            <p data-testid="discussion-objective">{pick(|d| d.objective.clone())}</p>
            <p data-testid="discussion-stage">{t(Key::DiscussionStage)} ": " {stage}</p>
        </section>
        <section aria-labelledby="guidelines-heading">
            <h2 id="guidelines-heading">{t(Key::GuidelinesLegend)}</h2>
            <dl class="registration" data-testid="guidelines">
                <dt>{t(Key::FieldPostLanguage)}</dt><dd>{pick(|d| d.guidelines.language.clone())}</dd>
                <dt>{t(Key::FieldMaxWords)}</dt><dd data-testid="max-words">{limit}</dd>
                <dt>{t(Key::FieldAddressing)}</dt><dd>{pick(|d| d.guidelines.addressing.clone())}</dd>
            </dl>
        </section>
        <section aria-labelledby="schedule-heading">
            <h2 id="schedule-heading">{t(Key::DiscScheduleHeading)}</h2>
            <dl class="registration" data-testid="schedule">
                {DiscussionStage::ALL
                    .into_iter()
                    .map(|stage| {
                        view! {
                            <dt>{t(stage_key(Some(stage)))}</dt>
                            <dd data-testid=format!("schedule-{}", stage.key())>{date(stage)}</dd>
                        }
                    })
                    .collect_view()}
            </dl>
        </section>
    }
}

/// One post's own reactive state.
#[derive(Clone, Copy)]
struct PostCell {
    /// The post as last read (its views read their own fields from it).
    post: RwSignal<Arc<Post>>,
    /// Its replies' ids, in thread order.
    replies: RwSignal<Vec<PostId>>,
}

/// The ids of a post's replies, in thread order.
fn reply_ids(post: &Post) -> Vec<PostId> {
    post.replies.iter().map(|r| r.id.clone()).collect()
}

/// Every shown post's cell, made on first use with the timeline's owner (a cell must
/// outlive the view that asked for it first), and set only when its post changed.
#[derive(Clone, Copy)]
struct Cells {
    owner: StoredValue<Owner, LocalStorage>,
    cells: StoredValue<HashMap<PostId, PostCell>, LocalStorage>,
}

impl Cells {
    fn new() -> Self {
        Self {
            owner: StoredValue::new_local(Owner::current().expect("made inside a component")),
            cells: StoredValue::new_local(HashMap::new()),
        }
    }

    /// The cell of post `id`, as `timeline` has it if it is new.
    fn get(self, timeline: &Timeline, id: &PostId) -> Option<PostCell> {
        if let Some(cell) = self.cells.with_value(|cells| cells.get(id).copied()) {
            return Some(cell);
        }
        let post = Arc::clone(timeline.post(id)?);
        let replies = reply_ids(&post);
        let cell = self.owner.with_value(|owner| {
            owner.with(|| PostCell {
                post: RwSignal::new(post),
                replies: RwSignal::new(replies),
            })
        });
        self.cells.update_value(|cells| {
            cells.insert(id.clone(), cell);
        });
        Some(cell)
    }

    /// Brings every cell to `timeline`, setting only those whose post changed: a post
    /// the reading shares with the last one did not.
    fn update(self, timeline: &Timeline) {
        let mut posts = Vec::new();
        let mut replies = Vec::new();
        self.cells.with_value(|cells| {
            for (id, cell) in cells {
                let Some(post) = timeline.post(id) else {
                    continue;
                };
                if cell.post.with_untracked(|old| Arc::ptr_eq(old, post)) {
                    continue;
                }
                posts.push((cell.post, Arc::clone(post)));
                let now = reply_ids(post);
                if cell.replies.with_untracked(|old| *old != now) {
                    replies.push((cell.replies, now));
                }
            }
        });
        for (cell, post) in posts {
            cell.set(post);
        }
        for (cell, now) in replies {
            cell.set(now);
        }
    }
}

/// What each entry of the timeline needs.
#[derive(Clone, Copy)]
struct Ctx {
    id: DocumentId,
    discussion: Shown,
    timeline: Memo<Timeline>,
    cells: Cells,
    members: Memo<Vec<Member>>,
    closed: Memo<bool>,
    /// Whether this person moderates (hides and shows posts).
    moderator: Memo<bool>,
    /// The posts whose bodies were edited in two places at once, with each version.
    versions: Memo<HashMap<PostId, community::Conflict>>,
    /// Which post is being answered: kept here, outside the entries, so it survives
    /// anything that happens to them.
    replying: RwSignal<Option<PostId>>,
}

#[component]
fn Posts(
    id: DocumentId,
    discussion: Shown,
    members: Memo<Vec<Member>>,
    closed: Memo<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    // Followed, not built anew: a change re-indexes only the threads it touched.
    let timeline = Memo::new_owning(move |old: Option<Timeline>| {
        discussion.with(|d| match (old, d) {
            (Some(old), Some(d)) => old.follow(d),
            (None, Some(d)) => (Timeline::of(d), true),
            (old, None) => (
                Timeline::default(),
                old.is_none_or(|old| old != Timeline::default()),
            ),
        })
    });
    let cells = Cells::new();
    Effect::new(move |_| timeline.with(|t| cells.update(t)));
    let ctx = Ctx {
        id,
        discussion,
        timeline,
        cells,
        members,
        closed,
        moderator: allowed(id, Action::ModerateDiscussion),
        versions: post_versions(id, discussion),
        replying: RwSignal::new(None),
    };
    let limit = RwSignal::new(WINDOW);
    let entries = Memo::new(move |_| timeline.with(|t| t.entries().to_vec()));
    // What the timeline held when it was first read here: an entry that arrives later
    // (a post just sent, a remote one) is shown wherever its time places it, even
    // before the window (a device clock behind the others' puts a post there).
    let first_read = StoredValue::new(None::<std::collections::HashSet<Entry>>);
    let shown = Memo::new(move |_| {
        entries.with(|all| {
            if first_read.with_value(Option::is_none) && !all.is_empty() {
                first_read.set_value(Some(all.iter().cloned().collect()));
            }
            let start = all.len().saturating_sub(limit.get());
            first_read.with_value(|known| {
                let arrived = |entry: &&Entry| known.as_ref().is_some_and(|k| !k.contains(*entry));
                all[..start]
                    .iter()
                    .filter(arrived)
                    .chain(&all[start..])
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    });
    let earlier = move || entries.with(Vec::len) - shown.with(Vec::len);
    bring_linked_posts_into(limit, timeline);
    let show_earlier = move |_| {
        limit.update(|l| *l += WINDOW);
        if earlier() == 0 {
            // The button is gone: the keyboard continues from the thread's heading.
            crate::browser::focus_first("#posts-heading");
        }
    };
    view! {
        <section aria-labelledby="posts-heading">
            <h2 id="posts-heading" tabindex="-1">{t(Key::PostsHeading)}</h2>
            <p class="hint">{move || entries.with(Vec::is_empty).then(|| i18n.t(Key::NoPosts))}</p>
            <Show when=move || earlier() != 0>
                <button type="button" class="secondary" data-testid="show-earlier" on:click=show_earlier>
                    {move || i18n.t(Key::PostsShowEarlier).replace("{n}", &earlier().to_string())}
                </button>
            </Show>
            <ul class="posts" data-testid="post-list">
                <For
                    each=move || shown.get()
                    key=Entry::clone
                    children=move |entry| match entry {
                        Entry::Thread(post) => view! { <PostItem ctx post /> }.into_any(),
                        Entry::Summary(summary) => view! { <SummaryItem ctx summary /> }.into_any(),
                    }
                />
            </ul>
        </section>
    }
}

/// The posts of the shown discussion whose body has versions written at the same time
/// (a post's body is one string: concurrent edits are kept side by side, not merged).
fn post_versions(id: DocumentId, discussion: Shown) -> Memo<HashMap<PostId, community::Conflict>> {
    read(id, move |view| {
        let Some(shown) = shown_id(discussion) else {
            return HashMap::new();
        };
        view.conflicts
            .iter()
            .filter_map(|conflict| match conflict.path.as_slice() {
                [top, d, posts, post, body]
                    if top == "discussions"
                        && d == shown.as_str()
                        && posts == "posts"
                        && body == "body" =>
                {
                    Some((PostId::new(post).ok()?, conflict.clone()))
                }
                _ => None,
            })
            .collect()
    })
}

/// The latest entries of the timeline (threads with their replies, and summaries) shown
/// at first, and how many more "show earlier" adds each time. A page holding every post
/// of a long discussion spent ~270 ms of Chromium's layout on each post sent at 1,000
/// posts, and slowed every keystroke at 5,000 (docs/PERFORMANCE.md): the window bounds
/// the page whatever the discussion's length.
const WINDOW: usize = 50;

/// A link to a post the window leaves out (a summary citing it, the knowledge base, a
/// shared link) widens the window to its thread, then scrolls to the post: on arrival
/// and on each change of the address's `#post-…`.
fn bring_linked_posts_into(limit: RwSignal<usize>, timeline: Memo<Timeline>) {
    // The router's location, not `hashchange`: a click on an in-page link (a summary's
    // cited post) is the router's navigation, a `pushState` that fires no `hashchange`.
    let hash = leptos_router::hooks::use_location().hash;
    let target = RwSignal::new(None);
    Effect::new(move |_| target.set(hash.with(|h| linked_post(h))));
    Effect::new(move |_| {
        let Some(post) = target.get() else {
            return;
        };
        let Some(needed) = timeline.with(|t| t.entries_to_show(&post)) else {
            return; // not (yet) in this discussion
        };
        target.set(None);
        if limit.get_untracked() < needed {
            limit.set(needed);
        }
        let id = anchor(&post);
        // After the widened list is on the page.
        request_animation_frame(move || {
            if let Some(element) = document().get_element_by_id(&id) {
                element.scroll_into_view();
            }
        });
    });
}

/// The post an address's hash names (`#post-<id>`), if any.
fn linked_post(hash: &str) -> Option<PostId> {
    let id = hash.trim_start_matches('#').strip_prefix("post-")?;
    PostId::new(id).ok()
}

/// An interim summary in its place in the timeline, with links to the posts it draws on.
#[component]
fn SummaryItem(ctx: Ctx, summary: SummaryId) -> impl IntoView {
    let Some(shown) = ctx
        .timeline
        .with_untracked(|t| t.summary(&summary).cloned())
    else {
        return ().into_any();
    };
    let name = author_name(ctx, shown.by.clone());
    let cited = ctx.timeline.with_untracked(|t| {
        shown
            .posts
            .iter()
            .filter_map(|p| t.post(p))
            .map(|p| {
                (
                    p.id.clone(),
                    ctx.members.with_untracked(|m| member_name(m, &p.author)),
                    p.created.clone(),
                )
            })
            .collect::<Vec<_>>()
    });
    let heading_id = format!("summary-{summary}");
    let labelled_by = heading_id.clone();
    view! {
        <li class="interim-summary" data-testid="interim-summary">
            <article class="item stack" aria-labelledby=labelled_by>
                <h3 id=heading_id>{t(Key::DiscSummaryBy)} " " {move || name.get()}</h3>
                <p class="post-meta"><time datetime=shown.at.clone()>{show_moment(&shown.at)}</time></p>
                <p class="post-body">{shown.text.clone()}</p>
                {(!cited.is_empty()).then(|| view! {
                    <p>{t(Key::DiscDrawsOn)}</p>
                    <ul>
                        {cited.into_iter().map(|(post, author, created)| view! {
                            <li><a href=format!("#{}", anchor(&post))>{t(Key::PostBy)} " " {author} ", " {show_moment(&created)}</a></li>
                        }).collect_view()}
                    </ul>
                })}
            </article>
        </li>
    }
    .into_any()
}

/// A member's name as the roster has it now (a renamed member shows renamed at once).
fn author_name(ctx: Ctx, member: community::MemberId) -> Memo<String> {
    Memo::new(move |_| ctx.members.with(|m| member_name(m, &member)))
}

#[component]
fn PostItem(ctx: Ctx, post: PostId) -> impl IntoView {
    let Some(cell) = ctx.timeline.with_untracked(|t| ctx.cells.get(t, &post)) else {
        return ().into_any();
    };
    // A post's author and time never change once written (the author's name may).
    let shown = cell.post.get_untracked();
    let name = author_name(ctx, shown.author.clone());
    let replies = cell.replies;
    let open = {
        let post = post.clone();
        Memo::new(move |_| ctx.replying.with(|r| r.as_ref() == Some(&post)))
    };
    let toggle = {
        let post = post.clone();
        move |_| {
            ctx.replying.update(|r| {
                *r = if r.as_ref() == Some(&post) {
                    None
                } else {
                    Some(post.clone())
                }
            })
        }
    };
    view! {
        <li id=anchor(&post) class="post" data-testid="post">
            <article class="item stack">
                <p class="post-meta">
                    <strong>{move || name.get()}</strong>
                    " · "
                    <time datetime=shown.created.clone()>{show_moment(&shown.created)}</time>
                </p>
                <PostBody ctx post=post.clone() cell author=shown.author.clone() />
                <Show when=move || !ctx.closed.get()>
                    <button type="button" class="secondary" aria-expanded=move || open.get().to_string() on:click=toggle.clone()>
                        {t(Key::ReplyButton)}
                        <span class="visually-hidden">" " {t(Key::ReplyTo)} " " {move || name.get()}</span>
                    </button>
                </Show>
                {
                    let post = post.clone();
                    move || open.get().then(|| view! { <PostForm id=ctx.id discussion=ctx.discussion parent=Some(post.clone()) on_sent=ctx.replying /> })
                }
            </article>
            <Show when=move || replies.with(|r| !r.is_empty())>
                <ul class="posts" data-testid="post-list">
                    <For
                        each=move || replies.get()
                        key=PostId::clone
                        children=move |post| view! { <PostItem ctx post /> }.into_any()
                    />
                </ul>
            </Show>
        </li>
    }
    .into_any()
}

/// A post's body, which its author or a moderator may edit, and whether a moderator hid
/// it: the author and moderators still read it with the reason, everyone else reads only
/// that it was hidden. Moderators hide (with a reason) and show it again here.
#[component]
fn PostBody(ctx: Ctx, post: PostId, cell: PostCell, author: community::MemberId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let current = Memo::new(move |_| {
        cell.post
            .with(|p| (p.body.clone(), p.hidden.clone(), p.returned.clone()))
    });
    let mine = author == me();
    let hiding = RwSignal::new(false);
    let reason = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Key>);
    let field_id = format!("hide-reason-{}", post.as_str());
    let hide = {
        let post = post.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let text = reason.get_untracked();
            if text.trim().is_empty() {
                error.set(Some(Key::PostHideNeedsReason));
                return;
            }
            let Some(discussion) = shown_id(ctx.discussion) else {
                return;
            };
            let at = now_iso();
            let result = moderate(app, ctx.id, |doc| {
                community::hide_post(doc, &me(), &discussion, &post, &text, &at)
            });
            error.set(result.err());
            if error.get_untracked().is_none() {
                hiding.set(false);
                reason.set(String::new());
            }
        }
    };
    let unhide = {
        let post = post.clone();
        move |_| {
            let Some(discussion) = shown_id(ctx.discussion) else {
                return;
            };
            error.set(
                moderate(app, ctx.id, |doc| {
                    community::unhide_post(doc, &me(), &discussion, &post)
                })
                .err(),
            );
        }
    };
    let versions = {
        let post = post.clone();
        Memo::new(move |_| ctx.versions.with(|v| v.get(&post).cloned()))
    };
    let may_settle = move || mine || ctx.moderator.get();
    let keep = {
        let post = post.clone();
        move |index: usize| {
            let Some(discussion) = shown_id(ctx.discussion) else {
                return;
            };
            let path = [
                "discussions",
                discussion.as_str(),
                "posts",
                post.as_str(),
                "body",
            ];
            let at = now_iso();
            error.set(
                change(app, ctx.id, |doc| {
                    community::resolve_conflict(doc, &me(), &path, index, &at)
                })
                .err(),
            );
        }
    };
    // Edited in two places at once: every version, each with who wrote it, and for the
    // author and moderators a button to keep it.
    let text = move |body: String| match versions.get() {
        None => view! { <p class="post-body">{body}</p> }.into_any(),
        Some(conflict) => {
            let choices = conflict
                .values
                .into_iter()
                .zip(conflict.authors)
                .enumerate()
                .map(|(index, (value, authors))| {
                    let names = ctx.members.with(|m| {
                        authors
                            .iter()
                            .map(|who| match who {
                                community::Contributor::Member(id) => member_name(m, id),
                                community::Contributor::Unknown(actor) => actor.clone(),
                            })
                            .collect::<Vec<_>>()
                            .join(", ")
                    });
                    let keep = keep.clone();
                    let settle = may_settle().then(|| {
                        let names = names.clone();
                        view! {
                            <button type="button" class="secondary" data-testid="post-version-keep"
                                on:click=move |_| keep(index)>
                                {t(Key::PostVersionKeep)}
                                <span class="visually-hidden">" (" {t(Key::ReviewBy)} " " {names} ")"</span>
                            </button>
                        }
                    });
                    view! {
                        <li data-testid="post-version">
                            <p class="post-body">{value}</p>
                            <p class="post-meta">{t(Key::ReviewBy)} " " {names}</p>
                            {settle}
                        </li>
                    }
                })
                .collect::<Vec<_>>();
            view! {
                <div class="conflict" role="status" data-testid="post-versions">
                    <p>{t(Key::PostVersionsHeading)}</p>
                    <ul class="conflict-choices">{choices}</ul>
                </div>
            }
            .into_any()
        }
    };
    let body = move || {
        let (body, hidden, _) = current.get();
        match hidden {
            Some(_) if !(mine || ctx.moderator.get()) => view! {
                <p class="post-hidden" data-testid="post-hidden">{i18n.t(Key::PostHiddenFor)}</p>
            }
            .into_any(),
            Some(hidden) => {
                let who = ctx.members.with(|m| member_name(m, &hidden.by));
                let note = i18n
                    .t(Key::PostHiddenReason)
                    .replace("{who}", &who)
                    .replace("{what}", &hidden.reason);
                view! {
                    <p class="post-hidden" data-testid="post-hidden">{note}</p>
                    {text(body)}
                }
                .into_any()
            }
            None => text(body),
        }
    };
    let is_hidden = Memo::new(move |_| current.with(|(_, hidden, _)| hidden.is_some()));
    // Sent back by a moderator: the author (and moderators) read why.
    let returned = move || {
        let (_, _, returned) = current.get();
        let returned = returned.filter(|_| mine || ctx.moderator.get())?;
        let who = ctx.members.with(|m| member_name(m, &returned.by));
        Some(view! {
            <p class="post-returned" data-testid="post-returned">
                {i18n.t(Key::PostReturnedNote).replace("{who}", &who).replace("{what}", &returned.comment)}
            </p>
        })
    };
    // The author, or a moderator, edits the text in place.
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    let edit_id = format!("edit-post-{}", post.as_str());
    let save = {
        let post = post.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let Some(discussion) = shown_id(ctx.discussion) else {
                return;
            };
            let text = draft.get_untracked();
            let result = change(app, ctx.id, |doc| {
                community::edit_post(doc, &me(), &discussion, &post, &text)
            });
            error.set(result.err());
            if error.get_untracked().is_none() {
                editing.set(false);
            }
        }
    };
    // Not while versions wait for a choice: the edit would replace them all, unseen.
    let may_edit = move || {
        ((mine && !ctx.closed.get()) || ctx.moderator.get()) && versions.with(Option::is_none)
    };
    view! {
        {body}
        {returned}
        <Show when=may_edit>
            {
                let edit_id = edit_id.clone();
                let save = save.clone();
                move || if editing.get() {
                    let edit_id = edit_id.clone();
                    view! {
                        <form class="stack" data-testid="post-edit-form" on:submit=save.clone()>
                            <label for=edit_id.clone()>{t(Key::PostEditLabel)}</label>
                            <textarea id=edit_id prop:value=move || draft.get()
                                on:input=move |ev| draft.set(event_target_value(&ev))></textarea>
                            <button type="submit">{t(Key::PostEditSave)}</button>
                            <button type="button" class="secondary" on:click=move |_| editing.set(false)>
                                {t(Key::PostEditCancel)}
                            </button>
                        </form>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" class="secondary" data-testid="post-edit" on:click=move |_| {
                            draft.set(current.get_untracked().0);
                            editing.set(true);
                        }>
                            {t(Key::PostEdit)}
                        </button>
                    }.into_any()
                }
            }
        </Show>
        <Show when=move || ctx.moderator.get()>
            {
                let field_id = field_id.clone();
                let hide = hide.clone();
                let unhide = unhide.clone();
                move || if is_hidden.get() {
                    let unhide = unhide.clone();
                    view! {
                        <button type="button" class="secondary" data-testid="post-unhide" on:click=unhide>
                            {t(Key::PostUnhide)}
                        </button>
                    }.into_any()
                } else if hiding.get() {
                    let field_id = field_id.clone();
                    view! {
                        <form class="stack" data-testid="post-hide-form" on:submit=hide.clone()>
                            <label for=field_id.clone()>{t(Key::PostHideReason)}</label>
                            <input id=field_id type="text" required
                                prop:value=move || reason.get()
                                on:input=move |ev| reason.set(event_target_value(&ev)) />
                            <button type="submit">{t(Key::PostHideConfirm)}</button>
                        </form>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" class="secondary" data-testid="post-hide" on:click=move |_| hiding.set(true)>
                            {t(Key::PostHide)}
                        </button>
                    }.into_any()
                }
            }
        </Show>
        <Show when=move || error.get().is_some()>
            <p class="field-error" role="alert">{move || error.get().map(|k| i18n.t(k))}</p>
        </Show>
    }
}

/// A new post, or with `parent` a reply; `on_sent` is cleared once the post is written.
#[component]
fn PostForm(
    id: DocumentId,
    discussion: Shown,
    parent: Option<PostId>,
    #[prop(optional)] on_sent: Option<RwSignal<Option<PostId>>>,
) -> impl IntoView {
    let app = use_app();
    let body = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Key>);
    let suffix = parent
        .as_ref()
        .map_or_else(|| "new".to_owned(), ToString::to_string);
    let field_id = format!("post-body-{suffix}");
    let error_id = format!("post-error-{suffix}");
    let reply = parent.is_some();
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(target) = shown_id(discussion) else {
            return;
        };
        let author = me();
        let outcome = {
            let new = NewPost {
                author,
                body: body.get_untracked(),
                created: now_iso(),
                parent: parent.clone(),
            };
            // The post is made, journaled and sent now; the thread (and every view of
            // the discussion) follows in the next task, so the click is answered first.
            change_refreshing(app, id, Refresh::Later, |doc| {
                community::post(doc, &target, &new)
            })
        };
        if outcome.is_ok() {
            body.set(String::new());
            if let Some(open) = on_sent {
                open.set(None);
            }
        }
        error.set(outcome.err());
    };
    let label = if reply {
        Key::FieldReply
    } else {
        Key::FieldPost
    };
    let button = if reply { Key::SendReply } else { Key::SendPost };
    let form = view! {
        <form class="stack" on:submit=send>
            <div class="field">
                <label for=field_id.clone()>{t(label)}</label>
                <textarea
                    id=field_id.clone()
                    rows="4"
                    aria-describedby=error_id.clone()
                    prop:value=move || body.get()
                    on:input=move |ev| body.set(event_target_value(&ev))
                ></textarea>
            </div>
            <button type="submit">{t(button)}</button>
            <FieldError id=error_id error />
        </form>
    };
    if reply {
        form.into_any()
    } else {
        view! {
            <section class="add" aria-labelledby="new-post-heading" data-testid="post-form">
                <h2 id="new-post-heading">{t(Key::NewPostHeading)}</h2>
                {form}
            </section>
        }
        .into_any()
    }
}

/// The moderator's tools while the discussion runs, in the method's order: the plan,
/// restating the question, interim summaries, and the closing.
#[component]
fn Moderation(
    id: DocumentId,
    discussion: Shown,
    members: Memo<Vec<Member>>,
    moderator: Memo<bool>,
) -> impl IntoView {
    // One list of the posts for both summaries' pickers: it is every post's label, made
    // again on each change to the discussion.
    let offered = offered_posts(discussion, members, false);
    view! {
        <Show when=move || moderator.get()>
            <section class="add stack" aria-labelledby="moderation-heading" data-testid="moderation">
                <h2 id="moderation-heading">{t(Key::ModerationHeading)}</h2>
                <PlanEditor id discussion />
                <RestateForm id discussion />
                <SummaryForm id discussion offered />
                <CloseForm id discussion offered />
            </section>
        </Show>
    }
}

#[component]
fn RestateForm(id: DocumentId, discussion: Shown) -> impl IntoView {
    let app = use_app();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Key>);
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(target) = shown_id(discussion) else {
            return;
        };
        let by = me();
        let outcome = super::moderate(app, id, |doc| {
            community::restate_question(doc, &by, &target, &text.get_untracked(), &now_iso())
        });
        if outcome.is_ok() {
            text.set(String::new());
        }
        error.set(outcome.err());
    };
    view! {
        <form class="stack" on:submit=send aria-describedby="restate-error">
            <h3>{t(Key::RestateQuestion)}</h3>
            <DraftInput id="restated-question" label=Key::FieldRestated value=text multiline=true rows=4 />
            <button type="submit" class="secondary">{t(Key::RestateQuestion)}</button>
            <FieldError id="restate-error" error />
        </form>
    }
}
