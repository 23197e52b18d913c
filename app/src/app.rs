//! The root component: creates the shared state, starts storage and sync, lays out the page.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{Lazy, path};
use sync_protocol::{Config, Repo, Role};

use crate::components::header::Header;
use crate::components::notices::Notices;
use crate::i18n::{Key, provide_i18n, t};
use crate::routes::community::CommunityPage;
use crate::routes::conclusion;
use crate::routes::design;
use crate::routes::discussions;
use crate::routes::home::Home;
use crate::routes::implementation;
use crate::routes::join::JoinPage;
use crate::routes::new_community::NewCommunity;
use crate::routes::not_found::NotFound;
use crate::routes::profile;
use crate::state::AppState;
use crate::{identity, ids, storage, sync};

#[component]
pub fn App() -> impl IntoView {
    provide_i18n();
    let mut repo = Repo::new(ids::peer_id(), Role::Client, Config::default());
    // Everything typed here is this device's member's: the moderator's review names them.
    repo.sign_local_changes(community::attribution::author_bytes(&identity::me()));
    let app = AppState::new(repo);
    provide_context(app);
    start(app);

    view! {
        <Router>
            <a class="skip-link" href="#main">{t(Key::SkipToContent)}</a>
            <Header />
            <Notices />
            <main id="main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/new") view=NewCommunity />
                    <Route path=path!("/join/:id") view=JoinPage />
                    <Route path=path!("/c/:id") view=CommunityPage />
                    <Route path=path!("/c/:id/design/name") view=design::name::NamePage />
                    <Route path=path!("/c/:id/design/problem") view=design::problem::ProblemPage />
                    <Route
                        path=path!("/c/:id/design/objective")
                        view=design::objective::ObjectivePage
                    />
                    <Route path=path!("/c/:id/design/results") view=design::results::ResultsPage />
                    <Route path=path!("/c/:id/design/members") view=design::members::MembersPage />
                    <Route
                        path=path!("/c/:id/design/audiences")
                        view=design::audiences::AudiencesPage
                    />
                    <Route
                        path=path!("/c/:id/implementation/tools")
                        view=implementation::tools::ToolsPage
                    />
                    <Route
                        path=path!("/c/:id/implementation/register")
                        view=implementation::register::RegisterPage
                    />
                    <Route
                        path=path!("/c/:id/implementation/meeting")
                        view=implementation::meeting::MeetingPage
                    />
                    <Route
                        path=path!("/c/:id/implementation/plan")
                        view=implementation::plan::PlanPage
                    />
                    <Route path=path!("/c/:id/discussions") view=discussions::DiscussionsPage />
                    <Route
                        path=path!("/c/:id/conclusion/assessment")
                        view={Lazy::<conclusion::AssessmentRoute>::new()}
                    />
                    <Route
                        path=path!("/c/:id/conclusion/knowledge")
                        view={Lazy::<conclusion::KnowledgeRoute>::new()}
                    />
                    <Route
                        path=path!("/c/:id/conclusion/kit")
                        view={Lazy::<conclusion::KitRoute>::new()}
                    />
                    <Route
                        path=path!("/c/:id/conclusion/close")
                        view={Lazy::<conclusion::CloseRoute>::new()}
                    />
                    <Route path=path!("/c/:id/members/:member") view=profile::ProfilePage />
                    <Route
                        path=path!("/c/:id/discussions/:discussion")
                        view=discussions::thread::ThreadPage
                    />
                </Routes>
            </main>
        </Router>
    }
}

/// Load what this device stored, then connect: the first sync then covers every document.
fn start(app: AppState) {
    if let Some(problem) = identity::problem() {
        app.notify(Key::ErrorDeviceKeyMissing, Some(problem));
    }
    storage::save_when_hidden(app);
    wasm_bindgen_futures::spawn_local(async move {
        storage::open_and_load(app).await;
        app.loaded.set(true);
        sync::start(app);
    });
}
