//! What a change is about: a place in the document mapped to the method's vocabulary.

use crate::{
    ActionItemId, AudienceId, DiscussionId, MemberId, PostId, RegistrationId, ResultId, SummaryId,
    ToolId,
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
    Other,
}

impl Subject {
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
            Proposal(_) => Section::Knowledge,
            Decision(_) => Section::Moderation,
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
}
