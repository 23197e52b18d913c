//! Closing the community: the method's checklist of what Phase III should have
//! produced, the leader's closing, and the check the relay makes before archiving.

use automerge::transaction::Transactable as _;
use automerge::{Automerge, ReadDoc as _};

use super::assessment::final_assessment;
use super::knowledge::{KnowledgeKind, knowledge_base};
use super::{CLOSURE, CONCLUSION, Closure, recorded_closure};
use crate::attribution::{Contributor, contributor_of_actor};
use crate::discussions::check_moment;
use crate::progress::Phase;
use crate::{Action, CommunityError, DiscussionStage, MemberId, ResultStatus, Role, may, store};

/// Something the method expects before a community closes that is not there yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClosingGap {
    /// Discussions still planned, open or closing.
    DiscussionsNotClosed { count: usize },
    /// Closed discussions whose closing has no articulated summary.
    ClosedWithoutSummary { count: usize },
    /// Expected results still marked planned or in progress: the assessment says
    /// whether each was achieved.
    ResultsUndecided { count: usize },
    /// No final assessment has been opened. Closing needs one with at least one
    /// response, confirmation or not ([`CommunityError::FinalAssessmentMissing`]).
    NoFinalAssessment,
    /// The final assessment has no responses yet (closing is refused until it has).
    FinalAssessmentWithoutResponses,
    /// The final assessment still takes answers: close it so its results are final.
    FinalAssessmentOpen,
    /// The knowledge base has no accepted entry of a kind the method asks the community
    /// to put forward: conclusions, lessons learned, recommendations. (Best practices
    /// and post-action reviews are welcome but not every community has them.)
    NoAcceptedKnowledge { kind: KnowledgeKind },
}

/// The kinds of knowledge the closing checklist asks for, one gap each.
const EXPECTED_KNOWLEDGE: [KnowledgeKind; 3] = [
    KnowledgeKind::Conclusion,
    KnowledgeKind::LessonLearned,
    KnowledgeKind::Recommendation,
];

/// What the community still lacks before closing, in the method's order; empty when
/// it is ready.
pub fn closing_checklist(doc: &Automerge) -> Result<Vec<ClosingGap>, CommunityError> {
    let community = crate::read(doc)?;
    let mut gaps = Vec::new();
    let not_closed = community
        .discussions
        .iter()
        .filter(|d| d.stage != Some(DiscussionStage::Closed))
        .count();
    if not_closed > 0 {
        gaps.push(ClosingGap::DiscussionsNotClosed { count: not_closed });
    }
    let without_summary = community
        .discussions
        .iter()
        .filter(|d| d.stage == Some(DiscussionStage::Closed))
        .filter(|d| d.closing.summary.trim().is_empty())
        .count();
    if without_summary > 0 {
        gaps.push(ClosingGap::ClosedWithoutSummary {
            count: without_summary,
        });
    }
    let undecided = community
        .design
        .expected_results
        .iter()
        .filter(|r| {
            matches!(
                r.status,
                None | Some(ResultStatus::Planned | ResultStatus::InProgress)
            )
        })
        .count();
    if undecided > 0 {
        gaps.push(ClosingGap::ResultsUndecided { count: undecided });
    }
    // With two final assessments opened concurrently, the one with most responses
    // counts (see `final_assessment`).
    match final_assessment(doc) {
        None => gaps.push(ClosingGap::NoFinalAssessment),
        Some(found) => {
            if found.chosen.responses.is_empty() {
                gaps.push(ClosingGap::FinalAssessmentWithoutResponses);
            }
            if found.chosen.is_open() {
                gaps.push(ClosingGap::FinalAssessmentOpen);
            }
        }
    }
    let knowledge = knowledge_base(doc);
    for kind in EXPECTED_KNOWLEDGE {
        if !knowledge
            .iter()
            .any(|entry| entry.kind == Some(kind) && entry.is_accepted())
        {
            gaps.push(ClosingGap::NoAcceptedKnowledge { kind });
        }
    }
    Ok(gaps)
}

/// Moves the community to Phase III. Only a leader may, from Implementation.
pub fn start_conclusion(doc: &mut Automerge, by: &MemberId) -> Result<(), CommunityError> {
    require_leader(doc, by)?;
    let phase = crate::progress::read_phase(doc).phase;
    if phase != Phase::Implementation {
        return Err(CommunityError::WrongPhase {
            expected: Phase::Implementation.key(),
            found: phase.key(),
        });
    }
    store::write(doc, |tx| {
        store::put_scalar(tx, &automerge::ROOT, "phase", Phase::Conclusion.key())?;
        let conclusion = store::ensure_map(tx, CONCLUSION)?;
        store::put_scalar(tx, &conclusion, "started_by", by.as_str())
    })
}

/// Closes the community. Only a leader may, in Phase III, and only once the final
/// assessment has at least one response: "the leader closes the community after the
/// final assessment", so no confirmation overrides that. With other items of the
/// [`closing_checklist`] missing, only with `confirm_incomplete` (recorded). After this
/// every write is refused.
pub fn close_community(
    doc: &mut Automerge,
    by: &MemberId,
    at: &str,
    confirm_incomplete: bool,
) -> Result<(), CommunityError> {
    require_leader(doc, by)?;
    check_moment(at)?;
    let phase = crate::progress::read_phase(doc).phase;
    if phase != Phase::Conclusion {
        return Err(CommunityError::WrongPhase {
            expected: Phase::Conclusion.key(),
            found: phase.key(),
        });
    }
    let gaps = closing_checklist(doc)?;
    if gaps.iter().any(|gap| {
        matches!(
            gap,
            ClosingGap::NoFinalAssessment | ClosingGap::FinalAssessmentWithoutResponses
        )
    }) {
        return Err(CommunityError::FinalAssessmentMissing);
    }
    if !gaps.is_empty() && !confirm_incomplete {
        return Err(CommunityError::ClosingIncomplete {
            missing: gaps.len(),
        });
    }
    store::write(doc, |tx| {
        let conclusion = store::ensure_map(tx, CONCLUSION)?;
        let closure = tx
            .put_object(&conclusion, "closure", automerge::ObjType::Map)
            .map_err(store::edit("closure"))?;
        store::put_scalar(tx, &closure, "by", by.as_str())?;
        store::put_scalar(tx, &closure, "at", at)?;
        store::put_scalar(tx, &closure, "incomplete_confirmed", !gaps.is_empty())
    })
}

/// Why the relay must not archive a community as closed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClosureInvalid {
    #[error("the community is not closed")]
    NotClosed,
    /// The closure names a member, but a different member wrote it (`?` and an actor
    /// prefix: a device that signs as no one). Anyone
    /// can type a leader's id, only the leader's devices sign as the leader.
    #[error("the closure names {named} but was written by {written_by}")]
    NotWrittenByCloser { named: String, written_by: String },
    /// The member who closed it is not a leader of the community.
    #[error("{member} closed the community but is not its leader")]
    CloserNotLeader { member: String },
}

/// The closure, if it is one the relay should archive: written by the closer's own
/// devices (the change's author, see [`crate::attribution`]) and the closer a leader
/// on the roster. The relay cannot check who a device belongs to beyond the author the
/// change carries; that it checks the author at all keeps a participant from closing
/// (and so freezing) a community by writing a leader's id.
pub fn verify_closure(doc: &Automerge) -> Result<Closure, ClosureInvalid> {
    let found = recorded_closure(doc).ok_or(ClosureInvalid::NotClosed)?;
    let closure_map = store::containers(doc, CLOSURE)
        .into_iter()
        .next()
        .ok_or(ClosureInvalid::NotClosed)?;
    let written_by = match doc.get(&closure_map, "by") {
        Ok(Some((_, automerge::ObjId::Id(_, actor, _)))) => contributor_of_actor(doc, &actor),
        _ => return Err(ClosureInvalid::NotClosed),
    };
    if written_by != Contributor::Member(found.by.clone()) {
        return Err(ClosureInvalid::NotWrittenByCloser {
            named: found.by.to_string(),
            written_by: written_by.key(),
        });
    }
    if crate::members::role_of(doc, &found.by) != Some(Role::Leader) {
        return Err(ClosureInvalid::CloserNotLeader {
            member: found.by.to_string(),
        });
    }
    Ok(found)
}

fn require_leader(doc: &Automerge, by: &MemberId) -> Result<(), CommunityError> {
    if crate::members::role_of(doc, by).is_some_and(|role| may(role, Action::Conclude)) {
        Ok(())
    } else {
        Err(CommunityError::NotAllowed {
            member: by.to_string(),
            action: Action::Conclude.describe(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conclusion::closure;
    use crate::{
        Answer, AssessmentId, AssessmentKind, KnowledgeDraft, NewDiscussion, QuestionId,
        accept_knowledge, add_expected_result, answer_assessment, close_assessment, create,
        create_discussion, open_assessment, propose_knowledge, read, set_member, set_result_status,
        set_title, sign_as, start_implementation,
    };

    fn id(s: &str) -> MemberId {
        MemberId::new(s).unwrap()
    }

    /// A community in Implementation led by `ana`, with `luis` as participant, signed
    /// as `ana`.
    fn implementing() -> Automerge {
        let mut doc = create("Indicators for telemedicine", "No shared indicators").unwrap();
        sign_as(&mut doc, &id("ana"));
        set_member(&mut doc, &id("ana"), "Ana Pérez", Role::Leader).unwrap();
        set_member(&mut doc, &id("luis"), "Luis Gómez", Role::Participant).unwrap();
        start_implementation(&mut doc, &id("ana"), true).unwrap();
        doc
    }

    #[test]
    fn only_a_leader_starts_phase_three_and_only_from_implementation() {
        let mut doc = create("Indicators", "").unwrap();
        set_member(&mut doc, &id("ana"), "Ana", Role::Leader).unwrap();
        assert!(matches!(
            start_conclusion(&mut doc, &id("ana")),
            Err(CommunityError::WrongPhase { .. })
        ));
        let mut doc = implementing();
        assert!(matches!(
            start_conclusion(&mut doc, &id("luis")),
            Err(CommunityError::NotAllowed { .. })
        ));
        start_conclusion(&mut doc, &id("ana")).unwrap();
        let phase = read(&doc).unwrap().phase;
        assert_eq!(phase.phase, Phase::Conclusion);
    }

    #[test]
    fn the_checklist_names_open_discussions_and_undecided_results() {
        let mut doc = implementing();
        add_expected_result(&mut doc, "A shared indicator set", "Published").unwrap();
        create_discussion(
            &mut doc,
            &id("ana"),
            &NewDiscussion {
                title: "Which indicators?".into(),
                objective: "Agree on indicators".into(),
                question: "What do you measure today?".into(),
                guidelines: Default::default(),
                schedule: Default::default(),
            },
        )
        .unwrap();
        let rest = [
            ClosingGap::NoFinalAssessment,
            ClosingGap::NoAcceptedKnowledge {
                kind: KnowledgeKind::Conclusion,
            },
            ClosingGap::NoAcceptedKnowledge {
                kind: KnowledgeKind::LessonLearned,
            },
            ClosingGap::NoAcceptedKnowledge {
                kind: KnowledgeKind::Recommendation,
            },
        ];
        let mut expected = vec![
            ClosingGap::DiscussionsNotClosed { count: 1 },
            ClosingGap::ResultsUndecided { count: 1 },
        ];
        expected.extend(rest.clone());
        assert_eq!(closing_checklist(&doc).unwrap(), expected);
        let result = read(&doc).unwrap().design.expected_results[0].id.clone();
        set_result_status(&mut doc, &result, ResultStatus::Achieved).unwrap();
        expected.remove(1);
        assert_eq!(closing_checklist(&doc).unwrap(), expected);
    }

    /// Opens the final assessment and has `luis` answer it.
    fn answered_final(doc: &mut Automerge) -> AssessmentId {
        let f = open_assessment(doc, &id("ana"), AssessmentKind::Final, "", AT).unwrap();
        let answer = [(QuestionId::new("objective").unwrap(), Answer::Scale(4))];
        answer_assessment(doc, &id("luis"), &f, &answer, AT).unwrap();
        f
    }

    const AT: &str = "2030-03-01T10:00:00Z";

    #[test]
    fn the_checklist_follows_the_final_assessment_and_the_accepted_knowledge() {
        let mut doc = implementing();
        start_conclusion(&mut doc, &id("ana")).unwrap();
        let gaps = closing_checklist(&doc).unwrap();
        assert_eq!(gaps[0], ClosingGap::NoFinalAssessment);
        let f = open_assessment(&mut doc, &id("ana"), AssessmentKind::Final, "", AT).unwrap();
        let gaps = closing_checklist(&doc).unwrap();
        assert_eq!(
            gaps[..2],
            [
                ClosingGap::FinalAssessmentWithoutResponses,
                ClosingGap::FinalAssessmentOpen
            ]
        );
        let answer = [(QuestionId::new("tools").unwrap(), Answer::Scale(3))];
        answer_assessment(&mut doc, &id("luis"), &f, &answer, AT).unwrap();
        close_assessment(&mut doc, &id("ana"), &f, AT).unwrap();
        assert_eq!(
            closing_checklist(&doc).unwrap().len(),
            3,
            "three kinds missing"
        );

        let draft = |kind| KnowledgeDraft {
            kind,
            title: "Title".into(),
            text: "Text".into(),
            discussions: vec![],
            posts: vec![],
        };
        // A participant's proposal waits: it does not count until accepted.
        let waiting =
            propose_knowledge(&mut doc, &id("luis"), &draft(KnowledgeKind::Conclusion), AT)
                .unwrap();
        propose_knowledge(
            &mut doc,
            &id("ana"),
            &draft(KnowledgeKind::LessonLearned),
            AT,
        )
        .unwrap();
        assert_eq!(
            closing_checklist(&doc).unwrap(),
            [
                ClosingGap::NoAcceptedKnowledge {
                    kind: KnowledgeKind::Conclusion
                },
                ClosingGap::NoAcceptedKnowledge {
                    kind: KnowledgeKind::Recommendation
                }
            ]
        );
        accept_knowledge(&mut doc, &id("ana"), &waiting, AT).unwrap();
        propose_knowledge(
            &mut doc,
            &id("ana"),
            &draft(KnowledgeKind::Recommendation),
            AT,
        )
        .unwrap();
        assert_eq!(closing_checklist(&doc).unwrap(), []);
        close_community(&mut doc, &id("ana"), AT, false).unwrap();
        assert!(!closure(&doc).unwrap().incomplete_confirmed);
    }

    #[test]
    fn no_confirmation_closes_a_community_before_its_final_assessment_is_answered() {
        let mut doc = implementing();
        start_conclusion(&mut doc, &id("ana")).unwrap();
        let heads = doc.get_heads();
        assert!(matches!(
            close_community(&mut doc, &id("ana"), AT, true),
            Err(CommunityError::FinalAssessmentMissing)
        ));
        assert_eq!(doc.get_heads(), heads, "refused, nothing written");
        open_assessment(&mut doc, &id("ana"), AssessmentKind::Final, "", AT).unwrap();
        assert!(matches!(
            close_community(&mut doc, &id("ana"), AT, true),
            Err(CommunityError::FinalAssessmentMissing)
        ));
        // A periodic assessment's answers do not stand in for the final one.
        let p = open_assessment(&mut doc, &id("ana"), AssessmentKind::Periodic, "", AT).unwrap();
        let answer = [(QuestionId::new("tools").unwrap(), Answer::Scale(3))];
        answer_assessment(&mut doc, &id("luis"), &p, &answer, AT).unwrap();
        assert!(matches!(
            close_community(&mut doc, &id("ana"), AT, true),
            Err(CommunityError::FinalAssessmentMissing)
        ));
        assert!(closure(&doc).is_none());
    }

    #[test]
    fn closing_with_gaps_needs_confirmation_and_then_refuses_every_write() {
        let mut doc = implementing();
        add_expected_result(&mut doc, "A shared indicator set", "Published").unwrap();
        start_conclusion(&mut doc, &id("ana")).unwrap();
        answered_final(&mut doc);
        assert!(matches!(
            close_community(&mut doc, &id("luis"), "2026-11-29T10:00:00Z", true),
            Err(CommunityError::NotAllowed { .. })
        ));
        // The undecided result, the final assessment still open, three kinds of
        // knowledge.
        assert!(matches!(
            close_community(&mut doc, &id("ana"), "2026-11-29T10:00:00Z", false),
            Err(CommunityError::ClosingIncomplete { missing: 5 })
        ));
        assert!(matches!(
            close_community(&mut doc, &id("ana"), "yesterday", true),
            Err(CommunityError::InvalidDateTime { .. })
        ));
        close_community(&mut doc, &id("ana"), "2026-11-29T10:00:00Z", true).unwrap();
        let closed = closure(&doc).unwrap();
        assert_eq!(closed.by, id("ana"));
        assert_eq!(closed.at, "2026-11-29T10:00:00Z");
        assert!(closed.incomplete_confirmed);
        assert!(matches!(
            set_title(&mut doc, "Renamed"),
            Err(CommunityError::CommunityClosed)
        ));
        assert!(matches!(
            close_community(&mut doc, &id("ana"), "2026-11-30T10:00:00Z", true),
            Err(CommunityError::CommunityClosed)
        ));
        assert_eq!(
            read(&doc).unwrap().design.title,
            "Indicators for telemedicine"
        );
    }

    #[test]
    fn the_relay_accepts_a_closure_only_from_the_leaders_own_device() {
        let mut doc = implementing();
        start_conclusion(&mut doc, &id("ana")).unwrap();
        answered_final(&mut doc);
        assert_eq!(verify_closure(&doc), Err(ClosureInvalid::NotClosed));

        // Luis's replica writes a closure naming Ana: the change's author is Luis.
        let mut forged = doc.fork();
        sign_as(&mut forged, &id("luis"));
        store::write(&mut forged, |tx| {
            let conclusion = store::ensure_map(tx, CONCLUSION)?;
            let closure = tx
                .put_object(&conclusion, "closure", automerge::ObjType::Map)
                .map_err(store::edit("closure"))?;
            store::put_scalar(tx, &closure, "by", "ana")?;
            store::put_scalar(tx, &closure, "at", "2026-11-29T10:00:00Z")
        })
        .unwrap();
        assert!(matches!(
            verify_closure(&forged),
            Err(ClosureInvalid::NotWrittenByCloser { .. })
        ));
        // A forged closure counts for nothing in the domain either: the community stays
        // open, and its leader can still close it for real.
        assert_eq!(closure(&forged), None);
        crate::set_title(&mut forged, "Still open").unwrap();
        let mut leader = forged.fork();
        sign_as(&mut leader, &id("ana"));
        close_community(&mut leader, &id("ana"), "2026-11-29T11:00:00Z", true).unwrap();
        assert_eq!(verify_closure(&leader).unwrap().at, "2026-11-29T11:00:00Z");

        let mut closed = doc.fork();
        sign_as(&mut closed, &id("ana"));
        close_community(&mut closed, &id("ana"), "2026-11-29T10:00:00Z", true).unwrap();
        assert_eq!(verify_closure(&closed).unwrap().by, id("ana"));

        // A leader demoted concurrently: the merged roster no longer names a leader who
        // closed it, so the relay does not archive it.
        let mut demoted = doc.fork();
        sign_as(&mut demoted, &id("ana"));
        crate::set_role(&mut demoted, &id("ana"), Role::Moderator).unwrap();
        closed.merge(&mut demoted).unwrap();
        assert!(matches!(
            verify_closure(&closed),
            Err(ClosureInvalid::CloserNotLeader { .. })
        ));
    }
}
