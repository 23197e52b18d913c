//! The root component: creates the shared state, starts storage and sync, lays out the page.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{Lazy, path};
use sync_protocol::{Config, Repo, Role};

use crate::components::header::Header;
use crate::components::notices::Notices;
use crate::i18n::{Key, provide_i18n, t};
use crate::routes::home::Home;
use crate::routes::lazy;
use crate::routes::not_found::NotFound;
use crate::state::AppState;
use crate::{home_list, identity, ids, storage, sync};

#[component]
pub fn App() -> impl IntoView {
    provide_i18n();
    let mut repo = Repo::new(ids::peer_id(), Role::Client, Config::default());
    // Everything typed here is this device's member's: the moderator's review names them.
    repo.sign_local_changes(community::attribution::author_bytes(&identity::me()));
    let app = AppState::new(repo);
    provide_context(app);
    home_list::keep_in_step(app);
    wasm_bindgen_futures::spawn_local(async move {
        // The engine's module can fail to download (a first visit on a poor link): say
        // so once, and keep trying; the home page works meanwhile from `home_list`.
        let mut told = false;
        crate::browser::until_ok(crate::browser::Try::Now, || {
            let first = !std::mem::replace(&mut told, true);
            async move {
                let started = start(app).await;
                if started.is_err() && first {
                    app.notify(Key::ErrorPartMissing, None);
                }
                started
            }
        })
        .await;
        app.notices
            .update(|list| list.retain(|n| n.key != Key::ErrorPartMissing));
    });

    view! {
        <Router>
            <a class="skip-link" href="#main">{t(Key::SkipToContent)}</a>
            <Header />
            <Notices />
            <main id="main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/new") view={Lazy::<lazy::NewRoute>::new()} />
                    <Route path=path!("/join/:id") view={Lazy::<lazy::JoinRoute>::new()} />
                    <Route path=path!("/c/:id") view={Lazy::<lazy::CommunityRoute>::new()} />
                    <Route path=path!("/c/:id/design/name") view={Lazy::<lazy::NameRoute>::new()} />
                    <Route
                        path=path!("/c/:id/design/problem")
                        view={Lazy::<lazy::ProblemRoute>::new()}
                    />
                    <Route
                        path=path!("/c/:id/design/objective")
                        view={Lazy::<lazy::ObjectiveRoute>::new()}
                    />
                    <Route
                        path=path!("/c/:id/design/results")
                        view={Lazy::<lazy::ResultsRoute>::new()}
                    />
                    <Route
                        path=path!("/c/:id/design/members")
                        view={Lazy::<lazy::MembersRoute>::new()}
                    />
                    <Route
                        path=path!("/c/:id/design/audiences")
                        view={Lazy::<lazy::AudiencesRoute>::new()}
                    />
                    <Route
                        path=path!("/c/:id/implementation/tools")
                        view={Lazy::<lazy::ToolsRoute>::new()}
                    />
                    <Route
                        path=path!("/c/:id/implementation/register")
                        view={Lazy::<lazy::RegisterRoute>::new()}
                    />
                    <Route
                        path=path!("/c/:id/implementation/meeting")
                        view={Lazy::<lazy::MeetingRoute>::new()}
                    />
                    <Route
                        path=path!("/c/:id/implementation/plan")
                        view={Lazy::<lazy::PlanRoute>::new()}
                    />
                    <Route
                        path=path!("/c/:id/discussions")
                        view={Lazy::<lazy::DiscussionsRoute>::new()}
                    />
                    <Route
                        path=path!("/c/:id/conclusion/assessment")
                        view={Lazy::<lazy::AssessmentRoute>::new()}
                    />
                    <Route
                        path=path!("/c/:id/conclusion/knowledge")
                        view={Lazy::<lazy::KnowledgeRoute>::new()}
                    />
                    <Route
                        path=path!("/c/:id/conclusion/kit")
                        view={Lazy::<lazy::KitRoute>::new()}
                    />
                    <Route
                        path=path!("/c/:id/conclusion/close")
                        view={Lazy::<lazy::CloseRoute>::new()}
                    />
                    <Route
                        path=path!("/c/:id/members/:member")
                        view={Lazy::<lazy::ProfileRoute>::new()}
                    />
                    <Route
                        path=path!("/c/:id/discussions/:discussion")
                        view={Lazy::<lazy::ThreadRoute>::new()}
                    />
                </Routes>
            </main>
        </Router>
    }
}

/// Load what this device stored, then connect: the first sync then covers every document.
/// A split point (`wasm_split`): what reads and syncs documents, the automerge engine with
/// it, is a wasm module the home page does not wait for (it lists communities from
/// `home_list` meanwhile); the pages of a community wait for it with their own module.
/// `fallible`: a module that fails to load is an error to handle, where Leptos' `#[lazy]`
/// panics, and a panic aborts the whole app (a blank page).
#[leptos::wasm_split::wasm_split(start, wasm_split_path = ::leptos::wasm_split, fallible)]
fn start(app: AppState) -> Result<(), leptos::wasm_split::SplitLoaderError> {
    crate::browser::mark("praxis:engine");
    if let Some(problem) = identity::problem() {
        app.notify(Key::ErrorDeviceKeyMissing, Some(problem));
    }
    storage::save_when_hidden(app);
    wasm_bindgen_futures::spawn_local(async move {
        storage::open_and_load(app).await;
        crate::browser::mark("praxis:documents");
        app.loaded.set(true);
        sync::start(app);
    });
    Ok(())
}
