//! The pages that load only when opened, a group at a time: each phase, the community
//! overview, and the pages that start or join a community. Each group's view is a split
//! point (Leptos' `#[lazy]`): the release build puts the code only that group's pages
//! use in a wasm module of its own, and the code groups share in modules loaded with
//! them, which the browser fetches the first time one of the group's pages is shown;
//! the service worker precaches them all for offline use (docs/ARCHITECTURE.md, "Build
//! and toolchain"). Only what the home page needs stays in the main module: a first
//! visit waits for nothing else. The routes carry no data: every page reads its
//! community from the app state.

use leptos::prelude::*;
use leptos_router::LazyRoute;

use crate::routes::{
    community, conclusion, design, discussions, implementation, join, new_community, profile,
};

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

        #[leptos::lazy]
        fn $view(page: $pages) -> AnyView {
            match page {
                $($pages::$route => view! { <$page /> }.into_any(),)*
            }
        }

        $(
            #[doc = concat!("`", $path, "`, loaded with the rest of its group.")]
            pub struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    $route
                }

                async fn view(_: Self) -> AnyView {
                    $view($pages::$route).await
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
