//! Which role may do what: pure functions the UI uses to offer only allowed actions.
//!
//! The method gives the leader the design and the direction, the moderator the
//! discussions and the community's knowledge, the facilitator the tools and the
//! day-to-day support; participants contribute. The relay enforces membership
//! elsewhere; these checks are about roles within a community.

use crate::Role;

/// Something a member can do in Praxis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Change the name, problem, objective, expected results or audiences.
    EditDesign,
    /// Add or remove members and assign roles, decide the call.
    AssignRoles,
    /// Move the community from Design to Implementation.
    StartImplementation,
    /// Confirm or decline a registration.
    DecideRegistration,
    /// Choose the knowledge-management tools.
    ChooseTools,
    /// Set the introductory meeting's date and agenda.
    PlanMeeting,
    /// Write the introductory meeting's minutes.
    WriteMinutes,
    /// Add, edit or remove action-plan items.
    EditActionPlan,
    /// Update the status of an action-plan item (every member monitors the activities).
    UpdateActionStatus,
    /// Update an expected result's status.
    UpdateResultStatus,
    /// Plan a discussion, restate its question, summarise it, record what participants
    /// know and care about, and close it.
    ModerateDiscussion,
    /// Post or reply in a discussion (every member takes part).
    PostInDiscussion,
    /// Review what members contributed: edit or hide others' posts, return a post or a
    /// proposal to its author, accept proposals, mark merged contributions reviewed.
    ReviewContributions,
    /// Decide whether members' contributions to curated sections wait for a moderator.
    SetPremoderation,
    /// Move the community to Phase III and close it.
    Conclude,
    /// Open, edit and close the community's assessments (periodic and final).
    ManageAssessment,
    /// Answer an assessment's survey (every member is asked).
    AnswerAssessment,
    /// Propose a conclusion, lesson learned, best practice, post-action review or
    /// recommendation for the knowledge base (a reviewer accepts it).
    ProposeKnowledge,
}

impl Action {
    /// Every action, for callers that map an error's description back to its action.
    pub const ALL: [Self; 18] = [
        Self::EditDesign,
        Self::AssignRoles,
        Self::StartImplementation,
        Self::DecideRegistration,
        Self::ChooseTools,
        Self::PlanMeeting,
        Self::WriteMinutes,
        Self::EditActionPlan,
        Self::UpdateActionStatus,
        Self::UpdateResultStatus,
        Self::ModerateDiscussion,
        Self::PostInDiscussion,
        Self::ReviewContributions,
        Self::SetPremoderation,
        Self::Conclude,
        Self::ManageAssessment,
        Self::AnswerAssessment,
        Self::ProposeKnowledge,
    ];

    /// A short English description, used in error messages.
    pub fn describe(self) -> &'static str {
        match self {
            Self::EditDesign => "edit the design",
            Self::AssignRoles => "assign roles",
            Self::StartImplementation => "start implementation",
            Self::DecideRegistration => "confirm or decline registrations",
            Self::ChooseTools => "choose the tools",
            Self::PlanMeeting => "plan the introductory meeting",
            Self::WriteMinutes => "write the minutes",
            Self::EditActionPlan => "edit the action plan",
            Self::UpdateActionStatus => "update an action's status",
            Self::UpdateResultStatus => "update an expected result's status",
            Self::ModerateDiscussion => "moderate discussions",
            Self::PostInDiscussion => "post in discussions",
            Self::ReviewContributions => "review members' contributions",
            Self::SetPremoderation => "decide pre-moderation",
            Self::Conclude => "conclude and close the community",
            Self::ManageAssessment => "manage the assessments",
            Self::AnswerAssessment => "answer assessments",
            Self::ProposeKnowledge => "propose to the knowledge base",
        }
    }
}

/// Whether a member with `role` may perform `action`.
pub fn may(role: Role, action: Action) -> bool {
    use Action::*;
    use Role::*;
    match action {
        // Pre-moderation is a rule of the community, like who may join: the leader's.
        // "The leader guarantees that the CoP is aligned with the set objectives": the
        // leader moves it between phases and closes it.
        EditDesign | AssignRoles | StartImplementation | SetPremoderation | Conclude => {
            role == Leader
        }
        // "The leader or the moderator will submit ... a recommended action plan".
        // "Periodic assessments and a last assessment of the CoP": the leader, who
        // answers for the objectives, and the moderator, who manages what the community
        // produces, run the survey.
        DecideRegistration | EditActionPlan | UpdateResultStatus | ManageAssessment => {
            matches!(role, Leader | Moderator)
        }
        // The facilitator "coordinates and supports the CoP's activities using
        // asynchronous and synchronous tools".
        // "The moderator, and sometimes the facilitator" plans, intervenes and closes.
        // The moderator "evaluates comments and information": the same people who
        // moderate discussions review what members contributed.
        ChooseTools | PlanMeeting | WriteMinutes | ModerateDiscussion | ReviewContributions => {
            matches!(role, Leader | Moderator | Facilitator)
        }
        // "Each member is responsible for monitoring and assessing these activities".
        // "A simple satisfaction survey to members": every member answers. Conclusions,
        // lessons learned and recommendations are "put forward" by the community; a
        // reviewer accepts them into the knowledge base.
        UpdateActionStatus | PostInDiscussion | AnswerAssessment | ProposeKnowledge => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_leaders_and_moderators_decide_registrations() {
        assert!(may(Role::Leader, Action::DecideRegistration));
        assert!(may(Role::Moderator, Action::DecideRegistration));
        assert!(!may(Role::Facilitator, Action::DecideRegistration));
        assert!(!may(Role::Participant, Action::DecideRegistration));
    }

    #[test]
    fn only_the_leader_edits_the_design_and_starts_implementation() {
        for role in Role::ALL {
            assert_eq!(may(role, Action::EditDesign), role == Role::Leader);
            assert_eq!(may(role, Action::StartImplementation), role == Role::Leader);
            assert_eq!(may(role, Action::SetPremoderation), role == Role::Leader);
        }
    }

    #[test]
    fn every_action_is_listed_once_with_its_own_description() {
        let mut described: Vec<_> = Action::ALL.iter().map(|a| a.describe()).collect();
        described.sort_unstable();
        described.dedup();
        assert_eq!(described.len(), Action::ALL.len());
        assert!(Action::ALL.contains(&Action::ReviewContributions));
        assert!(Action::ALL.contains(&Action::SetPremoderation));
    }

    #[test]
    fn every_member_updates_action_status_and_facilitators_choose_tools() {
        assert!(
            Role::ALL
                .iter()
                .all(|&r| may(r, Action::UpdateActionStatus))
        );
        assert!(may(Role::Facilitator, Action::ChooseTools));
        assert!(!may(Role::Participant, Action::ChooseTools));
        assert!(!may(Role::Participant, Action::EditActionPlan));
    }

    #[test]
    fn leaders_and_moderators_run_assessments_every_member_answers_and_proposes() {
        for role in Role::ALL {
            assert_eq!(
                may(role, Action::ManageAssessment),
                matches!(role, Role::Leader | Role::Moderator)
            );
            assert!(may(role, Action::AnswerAssessment));
            assert!(may(role, Action::ProposeKnowledge));
        }
    }

    #[test]
    fn moderation_is_for_moderators_leaders_and_facilitators_posting_for_all() {
        for role in Role::ALL {
            assert_eq!(
                may(role, Action::ModerateDiscussion),
                role != Role::Participant
            );
            assert_eq!(
                may(role, Action::ReviewContributions),
                may(role, Action::ModerateDiscussion)
            );
            assert!(may(role, Action::PostInDiscussion));
        }
    }
}
