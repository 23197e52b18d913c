//! The pages that load only when opened, a group at a time: each phase, the community
//! overview, and the pages that start or join a community. Each group's view is a split
//! point (`wasm_split`, fallible: see `or_retry`): the release build puts the code only
//! that group's pages use in a wasm module of its own, and the code groups share in
//! modules loaded with them, which the browser fetches the first time one of the
//! group's pages is shown; the service worker precaches them all for offline use
//! (docs/ARCHITECTURE.md, "Build and toolchain"). Only what the home page needs stays
//! in the main module: a first visit waits for nothing else. The routes carry no data: every page reads its
//! community from the app state.

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use leptos_router::LazyRoute;
use send_wrapper::SendWrapper;

use crate::browser::{Try, until_ok};
use crate::components::page_missing::PageMissing;

use crate::routes::{
    community, conclusion, design, discussions, implementation, join, new_community, profile,
};

/// The page `load` renders; if its module fails to download (a first visit over a poor
/// link, before the service worker holds the app), a note that says so, replaced by the
/// page once a later try brings it. Leptos' `#[lazy]` panics on a failed load instead,
/// and a panic aborts the whole app: a blank page, every other page gone with it.
async fn or_retry<F, Fut>(load: F) -> AnyView
where
    F: Fn() -> Fut + 'static,
    Fut: Future<Output = Result<AnyView, SplitLoaderError>> + 'static,
{
    match load().await {
        Ok(page) => {
            crate::browser::mark("praxis:page");
            page
        }
        Err(_) => {
            // Single-threaded wasm: the wrapper only satisfies `Suspend`'s `Send` bound.
            let page = SendWrapper::new(async move { until_ok(Try::Later, &load).await });
            view! {
                <Suspense fallback=PageMissing>{Suspend::new(page)}</Suspense>
            }
            .into_any()
        }
    }
}

/// `pages!(view_fn, Pages { Route => Page, "/path"; … })` declares one split point,
/// `view_fn`, that renders any page of the group, and a lazy route per page calling it.
macro_rules! pages {
    (
        $(#[$doc:meta])*
        $view:ident, $pages:ident { $($route:ident => $page:path, $path:literal;)* }
    ) => {
        $(#[$doc])*
        #[derive(Clone, Copy)]
        #[allow(clippy::enum_variant_names)]
        enum $pages {
            $($route,)*
        }

        // `fallible`, not `#[lazy]`: see `or_retry`.
        #[leptos::wasm_split::wasm_split($view, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $view(page: $pages) -> Result<AnyView, SplitLoaderError> {
            Ok(match page {
                $($pages::$route => view! { <$page /> }.into_any(),)*
            })
        }

        $(
            #[doc = concat!("`", $path, "`, loaded with the rest of its group.")]
            pub struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    $route
                }

                async fn view(_: Self) -> AnyView {
                    or_retry(|| $view($pages::$route)).await
                }
            }
        )*
    };
}

pages!(
    /// A community's overview, with every phase's panel: the first page after home, so
    /// it loads on its own, not with a phase.
    overview_view, OverviewPages {
        CommunityRoute => community::CommunityPage, "/c/:id";
    }
);

pages!(
    /// Starting a community, and joining one from an invitation link.
    entry_view, EntryPages {
        NewRoute => new_community::NewCommunity, "/new";
        JoinRoute => join::JoinPage, "/join/:id";
    }
);

pages!(
    /// Phase I, the design.
    design_view, DesignPages {
        NameRoute => design::name::NamePage, "/c/:id/design/name";
        ProblemRoute => design::problem::ProblemPage, "/c/:id/design/problem";
        ObjectiveRoute => design::objective::ObjectivePage, "/c/:id/design/objective";
        ResultsRoute => design::results::ResultsPage, "/c/:id/design/results";
        MembersRoute => design::members::MembersPage, "/c/:id/design/members";
        AudiencesRoute => design::audiences::AudiencesPage, "/c/:id/design/audiences";
    }
);

pages!(
    /// Phase II's implementation steps.
    implementation_view, ImplementationPages {
        ToolsRoute => implementation::tools::ToolsPage, "/c/:id/implementation/tools";
        RegisterRoute => implementation::register::RegisterPage, "/c/:id/implementation/register";
        MeetingRoute => implementation::meeting::MeetingPage, "/c/:id/implementation/meeting";
        PlanRoute => implementation::plan::PlanPage, "/c/:id/implementation/plan";
    }
);

pages!(
    /// Phase II's discussions.
    discussions_view, DiscussionPages {
        DiscussionsRoute => discussions::DiscussionsPage, "/c/:id/discussions";
        ThreadRoute => discussions::thread::ThreadPage, "/c/:id/discussions/:discussion";
    }
);

pages!(
    /// Phase III, the conclusion.
    conclusion_view, ConclusionPages {
        AssessmentRoute => conclusion::assessment::AssessmentPage, "/c/:id/conclusion/assessment";
        KnowledgeRoute => conclusion::knowledge::KnowledgePage, "/c/:id/conclusion/knowledge";
        KitRoute => conclusion::kit::KitPage, "/c/:id/conclusion/kit";
        CloseRoute => conclusion::close::ClosePage, "/c/:id/conclusion/close";
    }
);

pages!(
    /// A member's profile.
    profile_view, ProfilePages {
        ProfileRoute => profile::ProfilePage, "/c/:id/members/:member";
    }
);
