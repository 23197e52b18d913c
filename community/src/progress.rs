//! Where a community stands in the method: which Design stages are complete, what is
//! missing, and the move from Phase I (Design) to Phase II (Implementation).

use automerge::{Automerge, ReadDoc};

use crate::roles::{Action, may};
use crate::{CommunityError, MemberId, ResultId, Role, members, store};

const IMPLEMENTATION: store::Path = &["implementation"];

/// The six stages of Phase I, in the method's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    Name,
    Problem,
    Objective,
    ExpectedResults,
    MembersAndRoles,
    Audiences,
}

/// Something a Design stage still lacks; the UI translates it by variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Missing {
    NoTitle,
    NoProblem,
    NoObjectiveType,
    NoObjectiveText,
    NoExpectedResult,
    /// Members adding results offline at once merged into more than the method's three.
    TooManyExpectedResults {
        count: usize,
    },
    ResultWithoutIndicator {
        id: ResultId,
    },
    NoLeader,
    NoModerator,
    NoCall,
    NoAudience,
}

/// One stage and what it lacks; complete when nothing is missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageProgress {
    pub stage: Stage,
    pub missing: Vec<Missing>,
}

impl StageProgress {
    /// Whether the stage is complete.
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
    }
}

/// The six stages of Design with what each lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DesignProgress {
    pub stages: Vec<StageProgress>,
}

impl DesignProgress {
    /// Whether every stage is complete.
    pub fn is_complete(&self) -> bool {
        self.stages.iter().all(StageProgress::is_complete)
    }

    /// Everything missing, stage by stage.
    pub fn missing(&self) -> impl Iterator<Item = &Missing> {
        self.stages.iter().flat_map(|stage| &stage.missing)
    }
}

/// The method's phase the community is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Phase {
    #[default]
    Design,
    Implementation,
    Conclusion,
}

impl Phase {
    /// The stored value.
    pub fn key(self) -> &'static str {
        match self {
            Self::Design => "design",
            Self::Implementation => "implementation",
            Self::Conclusion => "conclusion",
        }
    }
}

/// How the community entered Implementation, as recorded in the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhaseState {
    pub phase: Phase,
    /// The leader who started Implementation.
    pub started_by: Option<MemberId>,
    /// Whether that leader confirmed starting with Design incomplete.
    pub design_incomplete_confirmed: bool,
}

/// Which Design stages are complete and what each lacks.
pub fn progress(doc: &Automerge) -> Result<DesignProgress, CommunityError> {
    Ok(design_progress(&crate::read(doc)?.design))
}

/// [`progress`] of a design already read (reading the document is the costly part).
pub fn design_progress(design: &crate::Design) -> DesignProgress {
    let stage = |stage, missing| StageProgress { stage, missing };
    let mut results = Vec::new();
    if design.expected_results.is_empty() {
        results.push(Missing::NoExpectedResult);
    }
    if design.expected_results.len() > crate::MAX_EXPECTED_RESULTS {
        results.push(Missing::TooManyExpectedResults {
            count: design.expected_results.len(),
        });
    }
    results.extend(
        design
            .expected_results
            .iter()
            .filter(|result| result.indicator.trim().is_empty())
            .map(|result| Missing::ResultWithoutIndicator {
                id: result.id.clone(),
            }),
    );
    let has_role = |role| design.members.iter().any(|m| m.role == Some(role));
    let mut people = Vec::new();
    if !has_role(Role::Leader) {
        people.push(Missing::NoLeader);
    }
    if !has_role(Role::Moderator) {
        people.push(Missing::NoModerator);
    }
    if design.call.is_none() {
        people.push(Missing::NoCall);
    }
    let when = |condition: bool, missing: Missing| if condition { vec![missing] } else { vec![] };
    let mut objective = when(design.objective.kind.is_none(), Missing::NoObjectiveType);
    objective.extend(when(
        design.objective.text.trim().is_empty(),
        Missing::NoObjectiveText,
    ));
    DesignProgress {
        stages: vec![
            stage(
                Stage::Name,
                when(design.title.trim().is_empty(), Missing::NoTitle),
            ),
            stage(
                Stage::Problem,
                when(design.problem.trim().is_empty(), Missing::NoProblem),
            ),
            stage(Stage::Objective, objective),
            stage(Stage::ExpectedResults, results),
            stage(Stage::MembersAndRoles, people),
            stage(
                Stage::Audiences,
                when(design.audiences.is_empty(), Missing::NoAudience),
            ),
        ],
    }
}

/// Whether Implementation can start without the leader's confirmation.
pub fn can_start_implementation(doc: &Automerge) -> Result<bool, CommunityError> {
    Ok(progress(doc)?.is_complete())
}

/// Moves the community to Phase II. Only a leader may; with Design incomplete the leader
/// must pass `confirm_incomplete`, and that confirmation is recorded in the document.
pub fn start_implementation(
    doc: &mut Automerge,
    by: &MemberId,
    confirm_incomplete: bool,
) -> Result<(), CommunityError> {
    let allowed =
        members::role_of(doc, by).is_some_and(|role| may(role, Action::StartImplementation));
    if !allowed {
        return Err(CommunityError::NotAllowed {
            member: by.to_string(),
            action: Action::StartImplementation.describe(),
        });
    }
    let progress = progress(doc)?;
    if !progress.is_complete() && !confirm_incomplete {
        return Err(CommunityError::DesignIncomplete {
            missing: progress.missing().count(),
        });
    }
    store::write(doc, |tx| {
        store::put_scalar(tx, &automerge::ROOT, "phase", Phase::Implementation.key())?;
        let implementation = store::ensure_map(tx, IMPLEMENTATION)?;
        store::put_scalar(tx, &implementation, "started_by", by.as_str())?;
        store::put_scalar(
            tx,
            &implementation,
            "design_incomplete_confirmed",
            !progress.is_complete(),
        )
    })
}

pub(crate) fn read_phase<R: ReadDoc>(doc: &R) -> PhaseState {
    let phase = match store::string(doc, &automerge::ROOT, "phase").as_deref() {
        Some("implementation") => Phase::Implementation,
        Some("conclusion") => Phase::Conclusion,
        _ => Phase::Design,
    };
    let implementation = store::containers(doc, IMPLEMENTATION).into_iter().next();
    PhaseState {
        phase,
        started_by: implementation
            .as_ref()
            .and_then(|obj| store::string(doc, obj, "started_by"))
            .map(MemberId::from_stored),
        design_incomplete_confirmed: implementation
            .as_ref()
            .and_then(|obj| store::boolean(doc, obj, "design_incomplete_confirmed"))
            .unwrap_or(false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        Call, ObjectiveType, add_audience, add_expected_result, create, read, set_call, set_member,
        set_objective_text, set_objective_type, set_result_indicator,
    };

    fn id(s: &str) -> MemberId {
        MemberId::new(s).unwrap()
    }

    fn stage(progress: &DesignProgress, stage: Stage) -> &[Missing] {
        &progress
            .stages
            .iter()
            .find(|s| s.stage == stage)
            .unwrap()
            .missing
    }

    #[test]
    fn a_new_community_reports_what_is_missing() {
        let doc = create("CoP to define indicators", "").unwrap();
        let progress = progress(&doc).unwrap();
        assert_eq!(progress.stages.len(), 6);
        assert!(stage(&progress, Stage::Name).is_empty());
        assert_eq!(stage(&progress, Stage::Problem), [Missing::NoProblem]);
        assert_eq!(
            stage(&progress, Stage::Objective),
            [Missing::NoObjectiveType, Missing::NoObjectiveText]
        );
        assert_eq!(
            stage(&progress, Stage::ExpectedResults),
            [Missing::NoExpectedResult]
        );
        assert_eq!(
            stage(&progress, Stage::MembersAndRoles),
            [Missing::NoLeader, Missing::NoModerator, Missing::NoCall]
        );
        assert_eq!(stage(&progress, Stage::Audiences), [Missing::NoAudience]);
        assert!(!can_start_implementation(&doc).unwrap());
    }

    fn designed() -> Automerge {
        let mut doc = create("CoP to define indicators", "No shared indicators").unwrap();
        set_objective_type(&mut doc, ObjectiveType::DevelopingBestPractices).unwrap();
        set_objective_text(&mut doc, "Agree on indicators").unwrap();
        let result = add_expected_result(&mut doc, "Five indicators", "").unwrap();
        set_member(&mut doc, &id("ana"), "Ana", Role::Leader).unwrap();
        set_member(&mut doc, &id("luis"), "Luis", Role::Moderator).unwrap();
        set_call(&mut doc, Call::Public).unwrap();
        add_audience(&mut doc, "Telemedicine teams").unwrap();
        assert_eq!(
            progress(&doc).unwrap().missing().collect::<Vec<_>>(),
            [&Missing::ResultWithoutIndicator { id: result.clone() }]
        );
        set_result_indicator(&mut doc, &result, "Published list").unwrap();
        doc
    }

    #[test]
    fn a_designed_community_starts_implementation_without_confirmation() {
        let mut doc = designed();
        assert!(can_start_implementation(&doc).unwrap());
        assert_eq!(read(&doc).unwrap().phase.phase, Phase::Design);
        start_implementation(&mut doc, &id("ana"), false).unwrap();
        let phase = read(&doc).unwrap().phase;
        assert_eq!(phase.phase, Phase::Implementation);
        assert_eq!(phase.started_by, Some(id("ana")));
        assert!(!phase.design_incomplete_confirmed);
    }

    #[test]
    fn an_incomplete_design_needs_the_leaders_confirmation() {
        let mut doc = create("CoP to define indicators", "").unwrap();
        set_member(&mut doc, &id("ana"), "Ana", Role::Leader).unwrap();
        set_member(&mut doc, &id("luis"), "Luis", Role::Moderator).unwrap();
        assert!(matches!(
            start_implementation(&mut doc, &id("ana"), false),
            Err(CommunityError::DesignIncomplete { missing }) if missing > 0
        ));
        assert!(matches!(
            start_implementation(&mut doc, &id("luis"), true),
            Err(CommunityError::NotAllowed { .. })
        ));
        assert_eq!(read(&doc).unwrap().phase.phase, Phase::Design);
        start_implementation(&mut doc, &id("ana"), true).unwrap();
        let phase = read(&doc).unwrap().phase;
        assert_eq!(phase.phase, Phase::Implementation);
        assert!(
            phase.design_incomplete_confirmed,
            "the confirmation is recorded"
        );
    }

    #[test]
    fn implementation_starts_after_a_merge() {
        let mut ana = designed();
        let mut luis = Automerge::new();
        luis.merge(&mut ana.clone()).unwrap();
        set_objective_text(&mut luis, "Agree on five indicators").unwrap();
        ana.merge(&mut luis.clone()).unwrap();
        start_implementation(&mut ana, &id("ana"), false).unwrap();
        luis.merge(&mut ana).unwrap();
        assert_eq!(read(&luis).unwrap().phase.phase, Phase::Implementation);
    }
}
