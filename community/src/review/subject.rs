//! What a change is about: a place in the document mapped to the method's vocabulary.

use crate::{
    ActionItemId, AssessmentId, AudienceId, DiscussionId, KnowledgeId, MemberId, PostId,
    QuestionId, RegistrationId, ResultId, SummaryId, ToolId,
};

/// The thing a contribution changed, as a person would name it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    /// A design text or choice, by its field: `title`, `problem`, `objective`,
    /// `objective_type`.
    Design(String),
    ExpectedResult(ResultId),
    Audience(AudienceId),
    /// A member's role or name.
    Member(MemberId),
    /// A setting of the call for members, by its field: `call`, `approval`,
    /// `premoderation`.
    Call(String),
    Registration(RegistrationId),
    /// The community's phase and how Implementation was started.
    Phase,
    Tool(ToolId),
    Meeting,
    ActionItem(ActionItemId),
    /// A discussion's plan: its texts, guidelines, schedule, stage and sub-groups.
    DiscussionPlan(DiscussionId),
    Post(DiscussionId, PostId),
    Restatement(DiscussionId, String),
    Summary(DiscussionId, SummaryId),
    ParticipantNote(DiscussionId, MemberId),
    Closing(DiscussionId),
    /// A proposal to a curated section, waiting for a moderator.
    Proposal(String),
    /// A moderator's recorded choice between conflicting values.
    Decision(String),
    /// An assessment: its kind, title, opening and closing.
    Assessment(AssessmentId),
    /// A question of an assessment.
    AssessmentQuestion(AssessmentId, QuestionId),
    /// A member's answers to an assessment. Private: the review says that the member
    /// answered, never what (see [`Subject::is_private`]).
    AssessmentResponse(AssessmentId, MemberId),
    /// An entry of the knowledge base (a conclusion, a lesson learned, …).
    KnowledgeEntry(KnowledgeId),
    /// The community's closing.
    Closure,
    /// A place this build does not know (written by a newer one), by its path.
    Other(String),
}

/// The part of the community a subject belongs to, for grouping the review.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    Design,
    Roster,
    Plan,
    Discussion(DiscussionId),
    Knowledge,
    Moderation,
    /// Phase III: assessments, their questions and responses, the closing.
    Conclusion,
    Other,
}

impl Subject {
    /// Whether the review lists only that the subject changed, without its fields: a
    /// member's answers to a satisfaction survey are theirs. (Anyone holding the
    /// document can still read them; the review does not put them in front of a
    /// moderator who did not ask.)
    pub fn is_private(&self) -> bool {
        matches!(self, Subject::AssessmentResponse(..))
    }

    /// The part of the community the subject belongs to.
    pub fn section(&self) -> Section {
        use Subject::*;
        match self {
            Design(_) | ExpectedResult(_) | Audience(_) => Section::Design,
            Member(_) | Call(_) | Registration(_) => Section::Roster,
            Phase | Tool(_) | Meeting | ActionItem(_) => Section::Plan,
            DiscussionPlan(d)
            | Post(d, _)
            | Restatement(d, _)
            | Summary(d, _)
            | ParticipantNote(d, _)
            | Closing(d) => Section::Discussion(d.clone()),
            Proposal(_) | KnowledgeEntry(_) => Section::Knowledge,
            Decision(_) => Section::Moderation,
            Assessment(_) | AssessmentQuestion(..) | AssessmentResponse(..) | Closure => {
                Section::Conclusion
            }
            Other(_) => Section::Other,
        }
    }
}

/// Where a subject sits: the subject, how many keys of the path name it (the rest name a
/// field inside it), and whether it is an entry of a collection (added and removed as a
/// whole) rather than a fixed place.
pub(super) struct Placed {
    pub subject: Subject,
    pub depth: usize,
    pub entry: bool,
}

/// The subject of a change at `keys` (map keys from the root), or `None` for
/// bookkeeping no person needs to review (the schema version, the creator record, the
/// review marks themselves, the containers).
pub(super) fn classify(keys: &[&str]) -> Option<Placed> {
    let place = |subject, depth, entry| {
        Some(Placed {
            subject,
            depth,
            entry,
        })
    };
    let stored = |id: &str| id.to_owned();
    match keys {
        ["phase", ..] => place(Subject::Phase, 1, false),
        ["design", "expected_results", id, ..] => place(
            Subject::ExpectedResult(ResultId::from_stored(stored(id))),
            3,
            true,
        ),
        ["design", "audiences", id, ..] => place(
            Subject::Audience(AudienceId::from_stored(stored(id))),
            3,
            true,
        ),
        ["design", "members" | "member_names", id, ..] => {
            place(Subject::Member(MemberId::from_stored(stored(id))), 3, true)
        }
        [
            "design",
            field @ ("call" | "approval" | "premoderation"),
            ..,
        ] => place(Subject::Call(stored(field)), 2, false),
        ["design", "created_by", ..] => None,
        ["design", field, ..] => place(Subject::Design(stored(field)), 2, false),
        ["implementation", "registrations", id, ..] => place(
            Subject::Registration(RegistrationId::from_stored(stored(id))),
            3,
            true,
        ),
        ["implementation", "tools", id, ..] => {
            place(Subject::Tool(ToolId::from_stored(stored(id))), 3, true)
        }
        ["implementation", "action_plan", id, ..] => place(
            Subject::ActionItem(ActionItemId::from_stored(stored(id))),
            3,
            true,
        ),
        ["implementation", "meeting", _, ..] => place(Subject::Meeting, 2, false),
        ["implementation", _, ..] => place(Subject::Phase, 1, false),
        ["discussions", d, rest @ ..] => {
            let discussion = || DiscussionId::from_stored(stored(d));
            match rest {
                ["posts", id, ..] => place(
                    Subject::Post(discussion(), PostId::from_stored(stored(id))),
                    4,
                    true,
                ),
                ["restatements", id, ..] => {
                    place(Subject::Restatement(discussion(), stored(id)), 4, true)
                }
                ["summaries", id, ..] => place(
                    Subject::Summary(discussion(), SummaryId::from_stored(stored(id))),
                    4,
                    true,
                ),
                ["participants", id, ..] => place(
                    Subject::ParticipantNote(discussion(), MemberId::from_stored(stored(id))),
                    4,
                    true,
                ),
                ["closing", ..] => place(Subject::Closing(discussion()), 3, false),
                [] => place(Subject::DiscussionPlan(discussion()), 2, true),
                _ => place(Subject::DiscussionPlan(discussion()), 2, false),
            }
        }
        ["conclusion", "assessments", a, rest @ ..] => {
            let assessment = || AssessmentId::from_stored(stored(a));
            match rest {
                ["questions", id, ..] => place(
                    Subject::AssessmentQuestion(assessment(), QuestionId::from_stored(stored(id))),
                    5,
                    true,
                ),
                ["responses", id, ..] => place(
                    Subject::AssessmentResponse(assessment(), MemberId::from_stored(stored(id))),
                    5,
                    true,
                ),
                [] => place(Subject::Assessment(assessment()), 3, true),
                _ => place(Subject::Assessment(assessment()), 3, false),
            }
        }
        ["conclusion", "knowledge", id, ..] => place(
            Subject::KnowledgeEntry(KnowledgeId::from_stored(stored(id))),
            3,
            true,
        ),
        ["conclusion", "closure", ..] => place(Subject::Closure, 2, false),
        ["conclusion", "started_by", ..] => place(Subject::Phase, 1, false),
        ["conclusion", ..] => None,
        ["moderation", "proposals", id, ..] => place(Subject::Proposal(stored(id)), 3, true),
        ["moderation", "decisions", id, ..] => place(Subject::Decision(stored(id)), 3, true),
        ["moderation", ..] | ["schema_version", ..] | [] | [_] => None,
        [top, second, ..] => place(Subject::Other(format!("{top}/{second}")), 2, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject(keys: &[&str]) -> Option<(Subject, usize)> {
        classify(keys).map(|p| (p.subject, p.depth))
    }

    #[test]
    fn places_map_to_the_methods_vocabulary() {
        let d = DiscussionId::from_stored("d1".into());
        assert_eq!(
            subject(&["discussions", "d1", "posts", "p1", "body"]),
            Some((
                Subject::Post(d.clone(), PostId::from_stored("p1".into())),
                4
            ))
        );
        assert_eq!(
            subject(&["discussions", "d1", "guidelines", "max_words"]),
            Some((Subject::DiscussionPlan(d.clone()), 2))
        );
        assert_eq!(
            subject(&["design", "member_names", "ana"]).map(|s| s.0),
            Some(Subject::Member(MemberId::from_stored("ana".into())))
        );
        assert_eq!(
            subject(&["design", "title"]),
            Some((Subject::Design("title".into()), 2))
        );
        assert_eq!(subject(&["design", "created_by"]), None);
        assert_eq!(subject(&["moderation", "reviewed", "k"]), None);
        assert_eq!(subject(&["schema_version"]), None);
        assert_eq!(
            subject(&["future", "thing", "x"]).map(|s| s.0.section()),
            Some(Section::Other)
        );
    }

    #[test]
    fn phase_three_places_are_named_and_a_response_is_private() {
        let a = AssessmentId::from_stored("a1".into());
        let response = subject(&["conclusion", "assessments", "a1", "responses", "eva", "at"]);
        let expected = Subject::AssessmentResponse(a.clone(), MemberId::from_stored("eva".into()));
        assert_eq!(response, Some((expected.clone(), 5)));
        assert!(expected.is_private());
        assert_eq!(expected.section(), Section::Conclusion);
        let question = Subject::AssessmentQuestion(a.clone(), QuestionId::from_stored("q".into()));
        assert_eq!(
            subject(&["conclusion", "assessments", "a1", "questions", "q", "text"]),
            Some((question.clone(), 5))
        );
        assert!(!question.is_private());
        assert_eq!(
            subject(&["conclusion", "assessments", "a1", "title"]),
            Some((Subject::Assessment(a), 3))
        );
        let entry = subject(&["conclusion", "knowledge", "k1", "text"])
            .unwrap()
            .0;
        assert_eq!(
            entry,
            Subject::KnowledgeEntry(KnowledgeId::from_stored("k1".into()))
        );
        assert_eq!(entry.section(), Section::Knowledge);
        assert_eq!(
            subject(&["conclusion", "closure", "by"]).map(|s| s.0.section()),
            Some(Section::Conclusion)
        );
        assert_eq!(
            subject(&["conclusion", "started_by"]).map(|s| s.0),
            Some(Subject::Phase)
        );
        assert_eq!(subject(&["conclusion", "assessments"]), None);
        assert_eq!(subject(&["conclusion"]), None);
    }
}
