//! The pages that load only when opened, one phase at a time. Each phase's view is a
//! split point (Leptos' `#[lazy]`): the release build puts the code only that phase's
//! pages use in a wasm module of its own, and the code phases share in modules loaded
//! with them, which the browser fetches the first time one of the phase's pages is shown;
//! the service worker precaches them all for offline use (docs/ARCHITECTURE.md, "Build
//! and toolchain"). What a first visit needs stays in the main module: the home page, a
//! new community, joining, the community overview, and what those share with the rest.
//! The routes carry no data: every page reads its community from the app state.

use leptos::prelude::*;
use leptos_router::LazyRoute;

use crate::routes::{conclusion, design, discussions, implementation, profile};

/// `phase!(view_fn, Pages { Route => Page, "/path"; … })` declares one split point,
/// `view_fn`, that renders any page of the phase, and a lazy route per page calling it.
macro_rules! phase {
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
            #[doc = concat!("`", $path, "`, loaded with the rest of its phase.")]
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

phase!(
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

phase!(
    /// Phase II's implementation steps.
    implementation_view, ImplementationPages {
        ToolsRoute => implementation::tools::ToolsPage, "/c/:id/implementation/tools";
        RegisterRoute => implementation::register::RegisterPage, "/c/:id/implementation/register";
        MeetingRoute => implementation::meeting::MeetingPage, "/c/:id/implementation/meeting";
        PlanRoute => implementation::plan::PlanPage, "/c/:id/implementation/plan";
    }
);

phase!(
    /// Phase II's discussions.
    discussions_view, DiscussionPages {
        DiscussionsRoute => discussions::DiscussionsPage, "/c/:id/discussions";
        ThreadRoute => discussions::thread::ThreadPage, "/c/:id/discussions/:discussion";
    }
);

phase!(
    /// Phase III, the conclusion.
    conclusion_view, ConclusionPages {
        AssessmentRoute => conclusion::assessment::AssessmentPage, "/c/:id/conclusion/assessment";
        KnowledgeRoute => conclusion::knowledge::KnowledgePage, "/c/:id/conclusion/knowledge";
        KitRoute => conclusion::kit::KitPage, "/c/:id/conclusion/kit";
        CloseRoute => conclusion::close::ClosePage, "/c/:id/conclusion/close";
    }
);

phase!(
    /// A member's profile.
    profile_view, ProfilePages {
        ProfileRoute => profile::ProfilePage, "/c/:id/members/:member";
    }
);
