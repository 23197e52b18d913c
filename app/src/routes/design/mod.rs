//! Phase I (Design): one page per stage of the method, under `/c/:id/design/<stage>`,
//! plus the progress view and the move to Phase II shown on the community overview.

pub mod audiences;
pub mod edit;
pub mod members;
pub mod name;
pub mod objective;
pub mod problem;
pub mod progress;
pub mod results;
pub mod start;

use community::{Missing, Stage};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use crate::components::page_title::page_title;
use crate::i18n::{Key, t, use_i18n};
use crate::state::{AppState, use_app};

/// The stages in the method's order (the domain's `progress` lists them the same way).
pub const STAGES: [Stage; 6] = [
    Stage::Name,
    Stage::Problem,
    Stage::Objective,
    Stage::ExpectedResults,
    Stage::MembersAndRoles,
    Stage::Audiences,
];

/// The stage's segment in `/c/:id/design/<stage>` (also `data-step` for tests and CSS).
pub fn slug(stage: Stage) -> &'static str {
    match stage {
        Stage::Name => "name",
        Stage::Problem => "problem",
        Stage::Objective => "objective",
        Stage::ExpectedResults => "results",
        Stage::MembersAndRoles => "members",
        Stage::Audiences => "audiences",
    }
}

pub fn stage_path(id: DocumentId, stage: Stage) -> String {
    format!("/c/{id}/design/{}", slug(stage))
}

pub fn stage_key(stage: Stage) -> Key {
    match stage {
        Stage::Name => Key::StageName,
        Stage::Problem => Key::StageProblem,
        Stage::Objective => Key::StageObjective,
        Stage::ExpectedResults => Key::StageResults,
        Stage::MembersAndRoles => Key::StageMembers,
        Stage::Audiences => Key::StageAudiences,
    }
}

pub fn missing_key(missing: &Missing) -> Key {
    match missing {
        Missing::NoTitle => Key::MissingTitle,
        Missing::NoProblem => Key::MissingProblem,
        Missing::NoObjectiveType => Key::MissingObjectiveType,
        Missing::NoObjectiveText => Key::MissingObjectiveText,
        Missing::NoExpectedResult => Key::MissingResult,
        Missing::TooManyExpectedResults { .. } => Key::MissingTooManyResults,
        Missing::ResultWithoutIndicator { .. } => Key::MissingIndicator,
        Missing::NoLeader => Key::MissingLeader,
        Missing::NoModerator => Key::MissingModerator,
        Missing::NoCall => Key::MissingCall,
        Missing::NoAudience => Key::MissingAudience,
    }
}

/// Whether the domain reports `stage` complete; `None` while progress is unknown.
pub fn stage_complete(app: AppState, id: DocumentId, stage: Stage) -> Option<bool> {
    app.communities.with(|m| {
        let progress = &m.get(&id)?.progress;
        let found = progress.stages.iter().find(|s| s.stage == stage)?;
        Some(found.is_complete())
    })
}

/// Read part of the community's Phase I fields, reactively.
pub fn design<T: Default + PartialEq + Send + Sync + 'static>(
    id: DocumentId,
    pick: impl Fn(&community::Design) -> T + Send + Sync + 'static,
) -> Memo<T> {
    let app = use_app();
    Memo::new(move |_| {
        app.communities
            .with(|m| m.get(&id).map(|v| pick(&v.design)).unwrap_or_default())
    })
}

/// The frame of every stage page: the way back, the stage list, the heading, then the
/// form and the method's advice (`children`), side by side on wide screens.
#[component]
pub fn StageLayout(id: DocumentId, stage: Stage, children: Children) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let community = Memo::new(move |_| {
        app.communities
            .with(|m| m.get(&id).map(|v| v.title.clone()).unwrap_or_default())
    });
    page_title(move || format!("{} · {}", i18n.t(stage_key(stage)), community.get()));
    view! {
        <p class="breadcrumb">
            <a href=format!("/c/{id}")>{t(Key::BackToOverview)}</a>
            ": "
            <span>{move || community.get()}</span>
        </p>
        <nav class="stage-nav" aria-label=t(Key::DesignStagesNav)>
            <ol>
                {STAGES
                    .into_iter()
                    .map(|other| view! { <StageNavItem id stage=other current=stage /> })
                    .collect_view()}
            </ol>
        </nav>
        <h1>{t(stage_key(stage))}</h1>
        <div class="stage-body">{children()}</div>
    }
}

#[component]
fn StageNavItem(id: DocumentId, stage: Stage, current: Stage) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let complete = move || stage_complete(app, id, stage).unwrap_or(false);
    view! {
        <li data-complete=move || complete().to_string()>
            <a
                href=stage_path(id, stage)
                aria-current=(stage == current).then_some("page")
            >
                {t(stage_key(stage))}
            </a>
            // The tick is decoration; the status is said in words for screen readers.
            <span aria-hidden="true">{move || if complete() { " ✓" } else { "" }}</span>
            <span class="visually-hidden">
                {move || complete().then(|| format!(" ({})", i18n.t(Key::StageComplete)))}
            </span>
        </li>
    }
}
