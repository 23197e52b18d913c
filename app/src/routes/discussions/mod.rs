//! Phase II, step 4: moderated discussions. `/c/:id/discussions` lists them and lets a
//! moderator plan a new one; `thread` is one discussion with its posts, and beside it
//! the moderator's tools in the method's three columns: `plan` (editing the plan and its
//! stage dates), `subgroups`, `summaries` (interim summaries), `notes` (each
//! participant's knowledge and interests) and `closing` (summary, close, follow-ups);
//! `proposals` is the members' side of interim summaries under pre-moderation.

pub mod closing;
pub mod notes;
pub mod plan;
pub mod proposals;
pub mod subgroups;
pub mod summaries;
pub mod thread;

use community::{Action, DiscussionStage, Guidelines, NewDiscussion};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use crate::components::draft_input::DraftInput;
use crate::components::field_error::FieldError;
use crate::components::page_title::page_title;
use crate::i18n::{Key, t, use_i18n};
use crate::routes::community::WithCommunity;
use crate::routes::design::edit::{change, me};
use crate::routes::implementation::{RoleHint, allowed, read};
use crate::state::{AppState, use_app};

/// Runs a moderator's edit; a role refusal is said in the discussions' own words (the
/// shared message names only the leader, but a moderator or facilitator may do this).
pub(crate) fn moderate<R>(
    app: AppState,
    id: DocumentId,
    f: impl FnOnce(&mut automerge::Automerge) -> Result<R, community::CommunityError>,
) -> Result<R, Key> {
    change(app, id, f).map_err(|key| match key {
        Key::ErrNotAllowed => Key::DiscErrModerateOnly,
        other => other,
    })
}

/// Now, as the ISO date-time the domain stores (the caller's clock, in UTC).
pub(crate) fn now_iso() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

/// A stored moment as people read it: date and minutes, marked UTC when it is.
pub(crate) fn show_moment(moment: &str) -> String {
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

/// The element id a post is shown under, which summaries link to.
pub(crate) fn anchor(post: &community::PostId) -> String {
    format!("post-{post}")
}

/// The discussion shown by a thread page, as its pieces share it.
pub(crate) type Shown = Memo<Option<community::Discussion>>;

/// The id of the discussion shown, read without tracking (for submit handlers).
pub(crate) fn shown_id(discussion: Shown) -> Option<community::DiscussionId> {
    discussion.with_untracked(|d| d.as_ref().map(|d| d.id.clone()))
}

#[component]
pub fn DiscussionsPage() -> impl IntoView {
    view! {
        <WithCommunity content=|id| {
            view! {
                <DiscussionLayout id heading=Signal::stored(String::new())>
                    <DiscussionList id />
                    <NewDiscussionForm id />
                </DiscussionLayout>
            }
                .into_any()
        } />
    }
}

/// The way back to the overview, the page title and the `<h1>`: the discussions heading,
/// or `heading` when it is not empty (a discussion's title).
#[component]
pub fn DiscussionLayout(
    id: DocumentId,
    heading: Signal<String>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let community = read(id, |v| v.title.clone());
    let title = move || {
        let own = heading.get();
        if own.is_empty() {
            i18n.t(Key::DiscussionsHeading).to_owned()
        } else {
            own
        }
    };
    page_title(move || format!("{} · {}", title(), community.get()));
    view! {
        <p class="breadcrumb">
            <a href=format!("/c/{id}")>{t(Key::BackToOverview)}</a>
            ": "
            <span>{move || community.get()}</span>
        </p>
        <h1>{title}</h1>
        <div class="stack discussions">{children()}</div>
    }
}

/// The stage's translation key.
pub fn stage_key(stage: Option<DiscussionStage>) -> Key {
    match stage {
        Some(DiscussionStage::Planned) => Key::DiscPlanned,
        Some(DiscussionStage::Open) => Key::DiscOpen,
        Some(DiscussionStage::Closing) => Key::DiscClosing,
        Some(DiscussionStage::Closed) => Key::DiscClosed,
        None => Key::ModeUnknown,
    }
}

#[component]
fn DiscussionList(id: DocumentId) -> impl IntoView {
    let i18n = use_i18n();
    // Only what the list shows, so typing in a thread elsewhere does not re-render it.
    let items = read(id, |v| {
        v.discussions
            .iter()
            .map(|d| (d.id.clone(), d.title.clone(), d.stage, d.all_posts().len()))
            .collect::<Vec<_>>()
    });
    view! {
        <section aria-labelledby="discussion-list-heading">
            <h2 id="discussion-list-heading">{t(Key::DiscussionsOpen)}</h2>
            <p class="hint">{move || items.with(Vec::is_empty).then(|| i18n.t(Key::NoDiscussions))}</p>
            <ul class="items" data-testid="discussion-list">
                <For
                    each=move || items.get()
                    key=|item| item.clone()
                    children=move |(discussion, title, stage, count)| {
                        view! {
                            <li class="item">
                                <a href=format!("/c/{id}/discussions/{discussion}")>{title}</a>
                                " · " {t(Key::DiscussionStage)} ": " {move || i18n.t(stage_key(stage))}
                                " · " {t(Key::DiscussionPostCount)} ": " {count}
                            </li>
                        }
                    }
                />
            </ul>
        </section>
    }
}

#[component]
fn NewDiscussionForm(id: DocumentId) -> impl IntoView {
    let may = allowed(id, Action::ModerateDiscussion);
    view! {
        <section class="add" aria-labelledby="new-discussion-heading">
            <h2 id="new-discussion-heading">{t(Key::NewDiscussionHeading)}</h2>
            <Show when=move || may.get() fallback=|| view! { <RoleHint key=Key::DiscussionRoleHint /> }>
                <PlanForm id />
            </Show>
        </section>
    }
}

/// Empty means no limit; anything else must be a positive whole number.
pub(crate) fn parse_max_words(raw: &str) -> Result<Option<u32>, Key> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    raw.parse::<u32>()
        .map(|n| (n > 0).then_some(n))
        .map_err(|_| Key::ErrWholeNumber)
}

#[component]
fn PlanForm(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let fields: [RwSignal<String>; 6] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let [title, objective, question, language, max_words, addressing] = fields;
    let error = RwSignal::new(None::<Key>);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let outcome = parse_max_words(&max_words.get_untracked()).and_then(|limit| {
            let by = me();
            let plan = NewDiscussion {
                title: title.get_untracked(),
                objective: objective.get_untracked(),
                question: question.get_untracked(),
                guidelines: Guidelines {
                    language: language.get_untracked(),
                    max_words: limit,
                    addressing: addressing.get_untracked(),
                },
                ..NewDiscussion::default()
            };
            // Planned and opened in one edit: members can take part as soon as it exists.
            change(app, id, |doc| {
                let created = community::create_discussion(doc, &by, &plan)?;
                community::set_discussion_stage(doc, &by, &created, DiscussionStage::Open)
            })
        });
        if outcome.is_ok() {
            fields.iter().for_each(|f| f.set(String::new()));
        }
        error.set(outcome.err());
    };
    view! {
        <form class="stack" on:submit=create aria-describedby="new-discussion-error">
            <DraftInput id="discussion-title" label=Key::FieldDiscussionTitle value=title />
            <DraftInput id="discussion-objective" label=Key::FieldDiscussionObjective value=objective multiline=true rows=4 />
            <DraftInput id="discussion-question" label=Key::FieldGuidingQuestion value=question multiline=true rows=4 />
            <fieldset class="stack">
                <legend>{t(Key::GuidelinesLegend)}</legend>
                <DraftInput id="discussion-language" label=Key::FieldPostLanguage value=language />
                <div class="field">
                    <label for="discussion-max-words">{t(Key::FieldMaxWords)}</label>
                    <input
                        type="number"
                        id="discussion-max-words"
                        min="1"
                        inputmode="numeric"
                        prop:value=move || max_words.get()
                        on:input=move |ev| max_words.set(event_target_value(&ev))
                    />
                </div>
                <DraftInput id="discussion-addressing" label=Key::FieldAddressing value=addressing multiline=true rows=4 />
            </fieldset>
            <button type="submit">{t(Key::CreateDiscussion)}</button>
            <FieldError id="new-discussion-error" error />
        </form>
    }
}
