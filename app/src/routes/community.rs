//! `/c/:id`: one community, editable. If this device does not have it yet, it is requested
//! from the relay and shown when it arrives.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use sync_protocol::DocumentId;

use crate::clock;
use crate::components::invitations::Invitations;
use crate::components::page_title::page_title;
use crate::components::participation::Participation;
use crate::components::review::SinceYouWereAway;
use crate::components::share_link::ShareLink;
use crate::components::text_field::TextField;
use crate::i18n::{Key, t, use_i18n};
use crate::routes::conclusion::ConclusionPanel;
use crate::routes::design::progress::DesignProgressView;
use crate::routes::design::start::StartImplementation;
use crate::routes::implementation::progress::ImplementationProgressView;
use crate::state::{AppState, ConnectionState, use_app};

#[component]
pub fn CommunityPage() -> impl IntoView {
    view! { <WithCommunity content=|id| view! { <Editor id /> }.into_any() /> }
}

/// The community named by the `:id` of the route, rendered by `content` once this device
/// has it; meanwhile a "looking for it" status, or an error for a malformed link.
#[component]
pub fn WithCommunity(content: fn(DocumentId) -> AnyView) -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params.with(|p| p.get("id").and_then(|raw| DocumentId::from_url(&raw).ok()))
    });
    move || match id.get() {
        Some(id) => view! { <Community id content /> }.into_any(),
        None => view! { <InvalidLink /> }.into_any(),
    }
}

#[component]
fn Community(id: DocumentId, content: fn(DocumentId) -> AnyView) -> impl IntoView {
    let app = use_app();
    let present = Memo::new(move |_| app.communities.with(|m| m.contains_key(&id)));
    request_when_missing(app, id, present);
    let refused = Memo::new(move |_| app.refused.with(|set| set.contains(&id)));
    move || {
        if present.get() {
            view! {
                <Show when=move || refused.get()>
                    <p class="notice" role="status" data-testid="not-shared">
                        {t(Key::NotSharedWithYou)}
                    </p>
                </Show>
                {content(id)}
            }
            .into_any()
        } else {
            view! { <Searching id /> }.into_any()
        }
    }
}

/// Once local storage is loaded, ask peers for a document this device lacks. The repo
/// repeats the request on every new connection until someone has it.
fn request_when_missing(app: AppState, id: DocumentId, present: Memo<bool>) {
    Effect::new(move |asked: Option<bool>| {
        if asked == Some(true) {
            return true;
        }
        let should_ask = app.loaded.get() && !present.get();
        if should_ask {
            app.with_repo(|repo| repo.request_document(id, clock::now()));
        }
        should_ask
    });
}

#[component]
fn Searching(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let status = move || {
        if app.unavailable.with(|set| set.contains(&id)) {
            Key::NotFoundOnRelay
        } else if app.loaded.get() && app.connection.get() == ConnectionState::Offline {
            Key::LookingOffline
        } else {
            Key::LookingFor
        }
    };
    page_title(move || i18n.t(status()).to_owned());
    view! {
        <div role="status" aria-live="polite" data-testid="document-status">
            <h1>{move || i18n.t(status())}</h1>
        </div>
        <p>
            <A href="/">{t(Key::BackHome)}</A>
        </p>
    }
}

/// `community` rejects longer titles; `maxlength` counts UTF-16 units, which is never fewer
/// than characters, so the browser stops typing before the domain would refuse it.
pub const TITLE_MAX_CHARS: u32 = 200;

#[derive(Clone, Copy)]
enum Field {
    Title,
    Problem,
}

#[component]
fn Editor(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    // Set while the title field is empty: the method requires a title, so the document
    // keeps its last one until the person types a new one.
    let title_error = RwSignal::new(None::<Key>);
    let title = field_text(app, id, |v| &v.title);
    let problem = field_text(app, id, |v| &v.problem);
    let heading = move || {
        let text = title.get();
        if text.trim().is_empty() {
            i18n.t(Key::Untitled).to_owned()
        } else {
            text
        }
    };
    page_title(heading);
    view! {
        <h1>{heading}</h1>
        <SinceYouWereAway id />
        <form class="stack" on:submit=|ev| ev.prevent_default()>
            <TextField
                id="community-title"
                label=Key::FieldTitle
                value=title
                error=title_error
                max_length=TITLE_MAX_CHARS
                on_input=move |text| {
                    let missing = text.trim().is_empty();
                    title_error.set(missing.then_some(Key::TitleRequired));
                    if !missing {
                        edit(app, id, Field::Title, &text);
                    }
                }
            />
            <TextField
                id="community-problem"
                label=Key::FieldProblem
                value=problem
                multiline=true
                on_input=move |text| edit(app, id, Field::Problem, &text)
            />
        </form>
        <DesignProgressView id />
        <StartImplementation id />
        <ImplementationProgressView id />
        <ConclusionPanel id />
        <Participation id />
        <ShareLink id />
        <Invitations id />
    }
}

fn field_text(
    app: AppState,
    id: DocumentId,
    pick: fn(&crate::state::CommunityView) -> &String,
) -> Memo<String> {
    Memo::new(move |_| {
        app.communities
            .with(|m| m.get(&id).map(|v| pick(v).clone()).unwrap_or_default())
    })
}

/// Apply a local edit as a character-level change to the document.
fn edit(app: AppState, id: DocumentId, field: Field, text: &str) {
    let result = app.with_repo(|repo| {
        repo.change_document(&id, clock::now(), |doc| match field {
            Field::Title => community::set_title(doc, text),
            Field::Problem => community::set_problem(doc, text),
        })
    });
    match result.flatten() {
        Some(Ok(())) => {} // re-read, journaled and saved by `with_repo`
        Some(Err(err)) => app.notify(Key::ErrorEdit, Some(err.to_string())),
        None => app.notify(Key::ErrorEdit, None),
    }
}

#[component]
fn InvalidLink() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Key::InvalidLink).to_owned());
    view! {
        <h1>{t(Key::InvalidLink)}</h1>
        <p>
            <A href="/">{t(Key::BackHome)}</A>
        </p>
    }
}
