//! `/c/:id/discussions/:discussion`: the pinned question, the guidelines, the threaded
//! posts with a post form and replies (each a document edit, so they work offline), and
//! for moderators the restated question and the closing summary citing posts.

use community::{Action, Discussion, DiscussionId, DiscussionStage, Member, NewPost, Post, PostId};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use sync_protocol::DocumentId;

use super::{DiscussionLayout, stage_key};
use crate::components::draft_input::DraftInput;
use crate::components::field_error::FieldError;
use crate::i18n::{Key, t, use_i18n};
use crate::routes::community::WithCommunity;
use crate::routes::design::edit::{change, me};
use crate::routes::implementation::{allowed, member_name, read};
use crate::state::use_app;

#[component]
pub fn ThreadPage() -> impl IntoView {
    view! { <WithCommunity content=|id| view! { <Thread id /> }.into_any() /> }
}

/// Now, as the ISO date-time the domain stores (the caller's clock, in UTC).
fn now_iso() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

/// A stored moment as people read it: date and minutes, marked UTC when it is.
fn show_moment(moment: &str) -> String {
    let shown: String = moment
        .chars()
        .take(16)
        .collect::<String>()
        .replace('T', " ");
    if moment.ends_with('Z') {
        format!("{shown} UTC")
    } else {
        shown
    }
}

/// The element id a post is shown under, which the closing summary links to.
fn anchor(post: &PostId) -> String {
    format!("post-{post}")
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
    view! {
        <DiscussionLayout id heading>
            <p><a href=format!("/c/{id}/discussions")>{t(Key::AllDiscussions)}</a></p>
            <Show when=move || found.get() fallback=|| view! { <p role="alert">{t(Key::DiscussionNotFound)}</p> }>
                <Overview discussion />
                <Show when=move || closed.get()>
                    <ClosingView discussion members />
                </Show>
                <Posts id discussion members closed />
                <Show when=move || !closed.get()>
                    <PostForm id discussion parent=None />
                    <Moderation id discussion members />
                </Show>
            </Show>
        </DiscussionLayout>
    }
}

/// The pinned question and the guidelines.
#[component]
fn Overview(discussion: Memo<Option<Discussion>>) -> impl IntoView {
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
    view! {
        <section class="pinned" aria-labelledby="pinned-heading">
            <h2 id="pinned-heading">{t(Key::PinnedQuestion)}</h2>
            <p class="pinned-question" data-testid="pinned-question">{pick(|d| d.pinned_question().to_owned())}</p>
            <p>{pick(|d| d.objective.clone())}</p>
            <p data-testid="discussion-stage">{t(Key::DiscussionStage)} ": " {stage}</p>
        </section>
        <section aria-labelledby="guidelines-heading">
            <h2 id="guidelines-heading">{t(Key::GuidelinesLegend)}</h2>
            <dl class="registration">
                <dt>{t(Key::FieldPostLanguage)}</dt><dd>{pick(|d| d.guidelines.language.clone())}</dd>
                <dt>{t(Key::FieldMaxWords)}</dt><dd data-testid="max-words">{limit}</dd>
                <dt>{t(Key::FieldAddressing)}</dt><dd>{pick(|d| d.guidelines.addressing.clone())}</dd>
            </dl>
        </section>
    }
}

#[component]
fn ClosingView(discussion: Memo<Option<Discussion>>, members: Memo<Vec<Member>>) -> impl IntoView {
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
        </section>
    }
}

#[component]
fn Posts(
    id: DocumentId,
    discussion: Memo<Option<Discussion>>,
    members: Memo<Vec<Member>>,
    closed: Memo<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    // Which post is being answered lives here, so a remote change that re-renders the
    // tree keeps the reply form open.
    let replying = RwSignal::new(None::<PostId>);
    let ctx = Ctx {
        id,
        discussion,
        members,
        closed,
        replying,
    };
    let posts = Memo::new(move |_| {
        discussion.with(|d| d.as_ref().map(|d| d.posts.clone()).unwrap_or_default())
    });
    view! {
        <section aria-labelledby="posts-heading">
            <h2 id="posts-heading">{t(Key::PostsHeading)}</h2>
            <p class="hint">{move || posts.with(Vec::is_empty).then(|| i18n.t(Key::NoPosts))}</p>
            {move || tree(ctx, posts.get())}
        </section>
    }
}

/// What each post of the tree needs.
#[derive(Clone, Copy)]
struct Ctx {
    id: DocumentId,
    discussion: Memo<Option<Discussion>>,
    members: Memo<Vec<Member>>,
    closed: Memo<bool>,
    replying: RwSignal<Option<PostId>>,
}

/// Nested lists: a thread's replies are a list inside its post.
fn tree(ctx: Ctx, posts: Vec<Post>) -> AnyView {
    if posts.is_empty() {
        return ().into_any();
    }
    view! {
        <ul class="posts" data-testid="post-list">
            {posts.into_iter().map(|post| view! { <PostItem ctx post /> }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn PostItem(ctx: Ctx, post: Post) -> impl IntoView {
    let name = ctx.members.with_untracked(|m| member_name(m, &post.author));
    let this = post.id.clone();
    let open = {
        let this = this.clone();
        Memo::new(move |_| ctx.replying.with(|r| r.as_ref() == Some(&this)))
    };
    let toggle = {
        let this = this.clone();
        move |_| {
            ctx.replying.update(|r| {
                *r = if r.as_ref() == Some(&this) {
                    None
                } else {
                    Some(this.clone())
                }
            })
        }
    };
    view! {
        <li id=anchor(&post.id) class="post" data-testid="post">
            <article class="item stack">
                <p class="post-meta">
                    <strong>{name.clone()}</strong>
                    " · "
                    <time datetime=post.created.clone()>{show_moment(&post.created)}</time>
                </p>
                <p class="post-body">{post.body.clone()}</p>
                <Show when=move || !ctx.closed.get()>
                    <button type="button" class="secondary" aria-expanded=move || open.get().to_string() on:click=toggle.clone()>
                        {t(Key::ReplyButton)}
                        <span class="visually-hidden">" " {t(Key::ReplyTo)} " " {name.clone()}</span>
                    </button>
                </Show>
                {move || open.get().then(|| view! { <PostForm id=ctx.id discussion=ctx.discussion parent=Some(this.clone()) on_sent=ctx.replying /> })}
            </article>
            {tree(ctx, post.replies)}
        </li>
    }
}

/// A new post, or with `parent` a reply; `on_sent` is cleared once the post is written.
#[component]
fn PostForm(
    id: DocumentId,
    discussion: Memo<Option<Discussion>>,
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
        let Some(target) = discussion.with_untracked(|d| d.as_ref().map(|d| d.id.clone())) else {
            return;
        };
        let outcome = me().ok_or(Key::ErrNotAllowed).and_then(|author| {
            let new = NewPost {
                author,
                body: body.get_untracked(),
                created: now_iso(),
                parent: parent.clone(),
            };
            change(app, id, |doc| community::post(doc, &target, &new))
        });
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

/// Restating the question and closing, for those whose role moderates.
#[component]
fn Moderation(
    id: DocumentId,
    discussion: Memo<Option<Discussion>>,
    members: Memo<Vec<Member>>,
) -> impl IntoView {
    let may = allowed(id, Action::ModerateDiscussion);
    view! {
        <Show when=move || may.get()>
            <section class="add stack" aria-labelledby="moderation-heading">
                <h2 id="moderation-heading">{t(Key::ModerationHeading)}</h2>
                <RestateForm id discussion />
                <CloseForm id discussion members />
            </section>
        </Show>
    }
}

#[component]
fn RestateForm(id: DocumentId, discussion: Memo<Option<Discussion>>) -> impl IntoView {
    let app = use_app();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Key>);
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(target) = discussion.with_untracked(|d| d.as_ref().map(|d| d.id.clone())) else {
            return;
        };
        let outcome = me().ok_or(Key::ErrNotAllowed).and_then(|by| {
            change(app, id, |doc| {
                community::restate_question(doc, &by, &target, &text.get_untracked(), &now_iso())
            })
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

#[component]
fn CloseForm(
    id: DocumentId,
    discussion: Memo<Option<Discussion>>,
    members: Memo<Vec<Member>>,
) -> impl IntoView {
    let app = use_app();
    let summary = RwSignal::new(String::new());
    let cited = RwSignal::new(Vec::<PostId>::new());
    let error = RwSignal::new(None::<Key>);
    let posts = Memo::new(move |_| {
        discussion.with(|d| {
            d.as_ref()
                .map(|d| d.all_posts().into_iter().cloned().collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let close = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(target) = discussion.with_untracked(|d| d.as_ref().map(|d| d.id.clone())) else {
            return;
        };
        let outcome = me().ok_or(Key::ErrNotAllowed).and_then(|by| {
            // Summary and close in one edit: a closed discussion always carries its summary.
            change(app, id, |doc| {
                community::set_closing_summary(
                    doc,
                    &by,
                    &target,
                    &summary.get_untracked(),
                    &cited.get_untracked(),
                )?;
                community::close_discussion(doc, &by, &target, &now_iso())
            })
        });
        error.set(outcome.err());
    };
    view! {
        <form class="stack" on:submit=close aria-describedby="close-error">
            <h3>{t(Key::CloseDiscussion)}</h3>
            <DraftInput id="closing-summary" label=Key::FieldClosingSummary value=summary multiline=true rows=4 />
            <fieldset class="stack">
                <legend>{t(Key::CitedPostsLegend)}</legend>
                {move || posts.get().into_iter().map(|post| {
                    let box_id = format!("cite-{}", post.id);
                    let name = members.with_untracked(|m| member_name(m, &post.author));
                    let this = post.id.clone();
                    let checked = { let this = this.clone(); move || cited.with(|c| c.contains(&this)) };
                    view! {
                        <div class="check">
                            <input
                                type="checkbox"
                                id=box_id.clone()
                                prop:checked=checked
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    cited.update(|c| {
                                        c.retain(|p| p != &this);
                                        if on { c.push(this.clone()); }
                                    });
                                }
                            />
                            <label for=box_id>{name} ": " {post.body.clone()}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <button type="submit">{t(Key::CloseDiscussion)}</button>
            <FieldError id="close-error" error />
        </form>
    }
}
