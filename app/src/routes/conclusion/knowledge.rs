//! The knowledge base: the conclusions, lessons learned, best practices, post-action
//! reviews and recommendations the community puts forward, each linked to the
//! discussions it came from. Any member proposes an entry; a moderator accepts it or
//! returns it with a comment; the author revises a returned one, which sends it again
//! (the tacit → explicit step of the method, `community::propose_knowledge`).
//!
//! Entries are listed by kind and keyed by id, so a comment being typed survives
//! changes merged from other members.

use community::{
    Action, DiscussionId, KnowledgeDraft, KnowledgeEntry, KnowledgeId, KnowledgeKind, PostId,
    ProposalState,
};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::Page;
use crate::components::accept_or_return::AcceptOrReturn;
use crate::components::choice_checkbox::ChoiceCheckbox;
use crate::components::field_error::FieldError;
use crate::components::post_picker::PostPicker;
use crate::i18n::{Key, t, use_i18n};
use crate::routes::community::WithCommunity;
use crate::routes::design::edit::{change, me};
use crate::routes::discussions::closing::post_label;
use crate::routes::discussions::proposals::state_words;
use crate::routes::discussions::{moderate, now_iso, show_moment};
use crate::routes::implementation::{PhaseLayout, RoleHint, allowed, member_name, read};
use crate::state::use_app;

#[component]
pub fn KnowledgePage() -> impl IntoView {
    view! {
        <WithCommunity content=|id| {
            view! {
                <PhaseLayout id page=Page::Knowledge advice=Key::KnowledgeMethod>
                    <ProposeEntry id />
                    <Entries id />
                </PhaseLayout>
            }
                .into_any()
        } />
    }
}

/// The knowledge base as the document holds it now, every state, in order.
fn entries(id: DocumentId) -> Memo<Vec<KnowledgeEntry>> {
    let app = use_app();
    Memo::new(move |_| {
        // Track every change to the community; the entries are read from the document.
        app.communities.with(|m| m.get(&id).map(|_| ()));
        app.with_repo_unpumped(|repo| repo.document(&id).map(community::knowledge_base))
            .flatten()
            .unwrap_or_default()
    })
}

pub fn kind_key(kind: KnowledgeKind) -> Key {
    match kind {
        KnowledgeKind::Conclusion => Key::KbConclusion,
        KnowledgeKind::LessonLearned => Key::KbLessonLearned,
        KnowledgeKind::BestPractice => Key::KbBestPractice,
        KnowledgeKind::PostActionReview => Key::KbPostActionReview,
        KnowledgeKind::Recommendation => Key::KbRecommendation,
    }
}

fn kind_heading(kind: KnowledgeKind) -> Key {
    match kind {
        KnowledgeKind::Conclusion => Key::KbConclusions,
        KnowledgeKind::LessonLearned => Key::KbLessonsLearned,
        KnowledgeKind::BestPractice => Key::KbBestPractices,
        KnowledgeKind::PostActionReview => Key::KbPostActionReviews,
        KnowledgeKind::Recommendation => Key::KbRecommendations,
    }
}

/// The fields of an entry, shared by the proposal form and the author's revision.
#[derive(Clone, Copy)]
struct Draft {
    kind: RwSignal<KnowledgeKind>,
    title: RwSignal<String>,
    text: RwSignal<String>,
    discussions: RwSignal<Vec<DiscussionId>>,
    /// Posts of the chosen discussions the entry draws on.
    posts: RwSignal<Vec<PostId>>,
    /// The posts it may cite now (see [`offered_posts`]).
    offered: Memo<Vec<(PostId, String)>>,
}

impl Draft {
    fn new(id: DocumentId) -> Self {
        Self::with(
            id,
            KnowledgeKind::LessonLearned,
            "",
            "",
            Vec::new(),
            Vec::new(),
        )
    }

    fn of(id: DocumentId, entry: &KnowledgeEntry) -> Self {
        Self::with(
            id,
            entry.kind.unwrap_or(KnowledgeKind::LessonLearned),
            &entry.title,
            &entry.text,
            entry.discussions.clone(),
            entry.posts.clone(),
        )
    }

    fn with(
        id: DocumentId,
        kind: KnowledgeKind,
        title: &str,
        text: &str,
        discussions: Vec<DiscussionId>,
        posts: Vec<PostId>,
    ) -> Self {
        let discussions = RwSignal::new(discussions);
        Self {
            kind: RwSignal::new(kind),
            title: RwSignal::new(title.to_owned()),
            text: RwSignal::new(text.to_owned()),
            discussions,
            posts: RwSignal::new(posts),
            offered: offered_posts(id, discussions),
        }
    }

    /// The entry as the form stands; a post stays cited only while its discussion is
    /// among the sources.
    fn value(self) -> KnowledgeDraft {
        KnowledgeDraft {
            kind: self.kind.get_untracked(),
            title: self.title.get_untracked(),
            text: self.text.get_untracked(),
            discussions: self.discussions.get_untracked(),
            posts: self.offered.with_untracked(|offered| {
                self.posts
                    .get_untracked()
                    .into_iter()
                    .filter(|post| offered.iter().any(|(p, _)| p == post))
                    .collect()
            }),
        }
    }

    fn clear(self) {
        self.title.set(String::new());
        self.text.set(String::new());
        self.discussions.set(Vec::new());
        self.posts.set(Vec::new());
    }
}

/// The posts a draft may cite: those of its chosen discussions a moderator has not
/// hidden, with their author's name, in thread order.
fn offered_posts(
    id: DocumentId,
    discussions: RwSignal<Vec<DiscussionId>>,
) -> Memo<Vec<(PostId, String)>> {
    let app = use_app();
    Memo::new(move |_| {
        let chosen = discussions.get();
        app.communities.with(|m| {
            let Some(view) = m.get(&id) else {
                return Vec::new();
            };
            view.discussions
                .iter()
                .filter(|d| chosen.contains(&d.id))
                .flat_map(|d| d.all_posts())
                .filter(|post| post.hidden.is_none())
                .map(|post| post_label(&view.design.members, post))
                .collect()
        })
    })
}

/// The kind, title, text and source discussions of an entry; `prefix` keeps the ids of
/// several forms on one page apart.
#[component]
fn DraftFields(id: DocumentId, draft: Draft, prefix: String) -> impl IntoView {
    let discussions = read(id, |v| {
        v.discussions
            .iter()
            .map(|d| (d.id.clone(), d.title.clone()))
            .collect::<Vec<_>>()
    });
    let kind_id = format!("{prefix}-kind");
    let options = KnowledgeKind::ALL.map(|kind| {
        view! {
            <option value=kind.key() prop:selected=move || draft.kind.get() == kind>
                {t(kind_key(kind))}
            </option>
        }
    });
    let boxes_prefix = prefix.clone();
    let posts_prefix = prefix.clone();
    view! {
        <div class="field">
            <label for=kind_id.clone()>{t(Key::KbKind)}</label>
            <select
                id=kind_id
                on:change=move |ev| {
                    if let Some(kind) = KnowledgeKind::from_key(&event_target_value(&ev)) {
                        draft.kind.set(kind);
                    }
                }
            >
                {options}
            </select>
        </div>
        <TitleAndText draft prefix />
        <Show when=move || discussions.with(|d| !d.is_empty())>
            <fieldset class="stack">
                <legend>{t(Key::KbSources)}</legend>
                {
                    let boxes_prefix = boxes_prefix.clone();
                    move || {
                        discussions
                            .get()
                            .into_iter()
                            .map(|(discussion, title)| {
                                view! {
                                    <ChoiceCheckbox
                                        id=format!("{boxes_prefix}-source-{discussion}")
                                        value=discussion
                                        chosen=draft.discussions
                                    >
                                        {title}
                                    </ChoiceCheckbox>
                                }
                            })
                            .collect_view()
                    }
                }
            </fieldset>
        </Show>
        <PostChoices draft prefix=posts_prefix />
    }
}

/// Check boxes for the posts of the chosen discussions the entry draws on.
#[component]
fn PostChoices(draft: Draft, prefix: String) -> impl IntoView {
    let offered = draft.offered;
    view! {
        <Show when=move || offered.with(|posts| !posts.is_empty())>
            <PostPicker offered chosen=draft.posts legend=Key::KbPosts prefix=format!("{prefix}-post") />
        </Show>
    }
}

/// The title and text inputs; ids made from `prefix`, since the revision forms repeat
/// them once per entry.
#[component]
fn TitleAndText(draft: Draft, prefix: String) -> impl IntoView {
    let (title_id, text_id) = (format!("{prefix}-title"), format!("{prefix}-text"));
    view! {
        <div class="field">
            <label for=title_id.clone()>{t(Key::KbTitle)}</label>
            <input
                type="text"
                id=title_id
                autocomplete="off"
                prop:value=move || draft.title.get()
                on:input=move |ev| draft.title.set(event_target_value(&ev))
            />
        </div>
        <div class="field">
            <label for=text_id.clone()>{t(Key::KbText)}</label>
            <textarea
                id=text_id
                rows="5"
                prop:value=move || draft.text.get()
                on:input=move |ev| draft.text.set(event_target_value(&ev))
            ></textarea>
        </div>
    }
}

/// Every member's form to put an entry forward: accepted at once when its author
/// reviews contributions, else sent to the moderators.
#[component]
fn ProposeEntry(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let may_propose = allowed(id, Action::ProposeKnowledge);
    let draft = Draft::new(id);
    let error = RwSignal::new(None::<Key>);
    let outcome = RwSignal::new(None::<Key>);
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (by, at) = (me(), now_iso());
        let result = change(app, id, |doc| {
            let made = community::propose_knowledge(doc, &by, &draft.value(), &at)?;
            let accepted = community::knowledge_base(doc)
                .iter()
                .any(|entry| entry.id == made && entry.is_accepted());
            Ok(accepted)
        });
        match result {
            Ok(accepted) => {
                draft.clear();
                error.set(None);
                outcome.set(Some(if accepted { Key::KbAdded } else { Key::KbSent }));
            }
            Err(key) => {
                outcome.set(None);
                error.set(Some(key));
            }
        }
    };
    move || {
        if !may_propose.get() {
            return view! { <RoleHint key=Key::ErrMembersOnly /> }.into_any();
        }
        view! {
            <section class="add" aria-labelledby="kb-propose-heading" data-testid="kb-propose">
                <h2 id="kb-propose-heading">{t(Key::KbProposeHeading)}</h2>
                <form class="stack" on:submit=send aria-describedby="kb-propose-error">
                    <DraftFields id draft prefix="kb-new".to_owned() />
                    <button type="submit">{t(Key::KbPropose)}</button>
                    <p role="status" data-testid="kb-outcome">
                        {move || outcome.get().map(|key| i18n.t(key))}
                    </p>
                    <FieldError id="kb-propose-error" error />
                </form>
            </section>
        }
        .into_any()
    }
}

/// The entries by kind: accepted ones for everyone; waiting ones for the moderators
/// (to decide) and for their author; returned ones for their author (to revise).
#[component]
fn Entries(id: DocumentId) -> impl IntoView {
    let all = entries(id);
    let reviewer = allowed(id, Action::ReviewContributions);
    let mine = me();
    let visible = Memo::new(move |_| {
        let reviews = reviewer.get();
        all.with(|all| {
            all.iter()
                .filter(|e| e.is_accepted() || e.by == mine || reviews)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let sections = KnowledgeKind::ALL.map(|kind| {
        let ids = Memo::new(move |_| {
            visible.with(|v| {
                v.iter()
                    .filter(|e| e.kind == Some(kind))
                    .map(|e| e.id.clone())
                    .collect::<Vec<_>>()
            })
        });
        let heading_id = format!("kb-{}-heading", kind.key());
        let labelled_by = heading_id.clone();
        view! {
            <section class="stack" aria-labelledby=labelled_by data-kind=kind.key()>
                <h2 id=heading_id>{t(kind_heading(kind))}</h2>
                <Show
                    when=move || ids.with(|ids| !ids.is_empty())
                    fallback=|| view! { <p class="hint">{t(Key::KbNone)}</p> }
                >
                    <ul class="items">
                        <For
                            each=move || ids.get()
                            key=KnowledgeId::clone
                            children=move |entry| view! { <Entry id visible reviewer entry /> }
                        />
                    </ul>
                </Show>
            </section>
        }
    });
    view! { <div class="stack" data-testid="knowledge-base">{sections}</div> }
}

/// One entry: its text, sources and state; the moderator's Accept and Return; the
/// author's revision of a returned one.
#[component]
fn Entry(
    id: DocumentId,
    visible: Memo<Vec<KnowledgeEntry>>,
    reviewer: Memo<bool>,
    entry: KnowledgeId,
) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let current = {
        let entry = entry.clone();
        Memo::new(move |_| visible.with(|v| v.iter().find(|e| e.id == entry).cloned()))
    };
    let Some(first) = current.get_untracked() else {
        return ().into_any();
    };
    let members = read(id, |v| v.design.members.clone());
    let discussions = read(id, |v| {
        v.discussions
            .iter()
            .map(|d| (d.id.clone(), d.title.clone()))
            .collect::<Vec<_>>()
    });
    let author = first.by.clone();
    let mine = author == me();
    let name = Memo::new(move |_| members.with(|m| member_name(m, &author)));
    let field = move |pick: fn(&KnowledgeEntry) -> String| {
        Memo::new(move |_| current.with(|e| e.as_ref().map(pick).unwrap_or_default()))
    };
    let title = field(|e| e.title.clone());
    let text = field(|e| e.text.clone());
    let state = Memo::new(move |_| current.with(|e| e.as_ref().and_then(|e| e.state)));
    let sources = move || {
        let chosen = current.with(|e| e.as_ref().map(|e| e.discussions.clone()))?;
        if chosen.is_empty() {
            return None;
        }
        let links = discussions.with(|all| {
            chosen
                .iter()
                .map(|d| {
                    let title = all
                        .iter()
                        .find(|(id, _)| id == d)
                        .map_or_else(|| d.to_string(), |(_, title)| title.clone());
                    view! {
                        <li>
                            <a href=format!("/c/{id}/discussions/{d}")>{title}</a>
                        </li>
                    }
                })
                .collect_view()
        });
        let cited = current.with(|e| e.as_ref().map(|e| e.posts.clone()).unwrap_or_default());
        let app = use_app();
        let posts = app.communities.with(|m| {
            let view = m.get(&id)?;
            let items = cited
                .iter()
                .filter_map(|post| {
                    let discussion = view
                        .discussions
                        .iter()
                        .find(|d| d.all_posts().iter().any(|p| p.id == *post))?;
                    let found = discussion.all_posts().into_iter().find(|p| p.id == *post)?;
                    // A post hidden since it was cited is named, not quoted.
                    let text = if found.hidden.is_some() {
                        String::new()
                    } else {
                        found.body.chars().take(120).collect()
                    };
                    let name = member_name(&view.design.members, &found.author);
                    let href = format!(
                        "/c/{id}/discussions/{}#{}",
                        discussion.id,
                        crate::routes::discussions::anchor(post)
                    );
                    Some(view! {
                        <li>
                            <a href=href>{name}</a>
                            " "
                            {text}
                        </li>
                    })
                })
                .collect::<Vec<_>>();
            (!items.is_empty()).then(|| {
                view! {
                    <p>{t(Key::KbCites)}</p>
                    <ul data-testid="kb-cited-posts">{items}</ul>
                }
            })
        });
        Some(view! {
            <div class="kb-sources">
                <p>{t(Key::KbFrom)}</p>
                <ul>{links}</ul>
                {posts}
            </div>
        })
    };
    let state_line = move || {
        current.with(|e| {
            let e = e.as_ref()?;
            Some(state_words(
                i18n,
                e.state,
                e.decided_by.as_ref(),
                &e.comment,
                members,
            ))
        })
    };
    let error = RwSignal::new(None::<Key>);
    let draft = Draft::of(id, &first);
    let accept = {
        let entry = entry.clone();
        Callback::new(move |()| {
            let (by, at) = (me(), now_iso());
            moderate(app, id, |doc| {
                community::accept_knowledge(doc, &by, &entry, &at)
            })
        })
    };
    let give_back = {
        let entry = entry.clone();
        Callback::new(move |words: String| {
            let (by, at) = (me(), now_iso());
            moderate(app, id, |doc| {
                community::return_knowledge(doc, &by, &entry, &words, &at)
            })
        })
    };
    let revise = {
        let entry = entry.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let by = me();
            let outcome = change(app, id, |doc| {
                community::revise_knowledge(doc, &by, &entry, &draft.value())
            });
            error.set(outcome.err());
        }
    };
    let suffix = entry.as_str().to_owned();
    let heading_id = format!("kb-entry-{suffix}");
    let labelled_by = heading_id.clone();
    let error_id = format!("kb-error-{suffix}");
    let comment_id = format!("kb-comment-{suffix}");
    // Named by the entry they act on, for several entries on one page.
    let names = Signal::derive(move || format!(": {}", title.get()));
    let described_by = error_id.clone();
    let revise_prefix = format!("kb-revise-{suffix}");
    view! {
        <li class="item" data-testid="kb-entry">
            <article class="stack" aria-labelledby=labelled_by>
                <h3 id=heading_id>{move || title.get()}</h3>
                <p class="post-meta">
                    {t(Key::PropBy)} " " {move || name.get()} " · "
                    <time datetime=first.at.clone()>{show_moment(&first.at)}</time>
                </p>
                <p class="post-body" data-testid="kb-text">{move || text.get()}</p>
                {sources}
                <Show when=move || state.get() != Some(ProposalState::Accepted)>
                    <p data-testid="kb-state">{t(Key::PropStateLabel)} ": " {state_line}</p>
                </Show>
                <Show when=move || reviewer.get() && state.get() == Some(ProposalState::Proposed)>
                    <AcceptOrReturn
                        testid="kb"
                        comment_id=comment_id.clone()
                        error_id=described_by.clone()
                        accept_names=names
                        return_names=names
                        accept
                        give_back
                        error
                    />
                </Show>
                <Show when=move || mine && state.get() == Some(ProposalState::Returned)>
                    <form class="stack" data-testid="kb-revise" on:submit=revise.clone()>
                        <DraftFields id draft prefix=revise_prefix.clone() />
                        <button type="submit">{t(Key::PropResend)}</button>
                    </form>
                </Show>
                <FieldError id=error_id error />
            </article>
        </li>
    }
    .into_any()
}
