//! Where Phase II stands: for each of the method's implementation steps, what it still
//! lacks — the counterpart of the Design stages' progress, shown on the overview.
//!
//! A step is complete when nothing is missing. Some gaps depend on the day (minutes are
//! expected once the meeting has happened; an item past its due date is overdue), so the
//! caller passes today: this crate reads no clock.

use crate::discussions::DiscussionStage;
use crate::{
    ActionStatus, Community, Design, Discussion, Implementation, IsoDate, MemberId,
    RegistrationState, ResultId,
};

/// Phase II's steps, in the method's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    Tools,
    Registration,
    Meeting,
    ActionPlan,
    Discussions,
}

/// Something a Phase II step still lacks; the UI translates it by variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gap {
    /// No knowledge-management tool is recorded.
    NoTool,
    /// Registrations wait for a leader's or moderator's decision.
    RegistrationsPending {
        count: usize,
    },
    /// Nobody has been confirmed through the call yet.
    NoConfirmedRegistration,
    NoMeetingDate,
    NoMeetingAgenda,
    /// The meeting day has passed and no minutes were written.
    NoMeetingMinutes,
    NoActionItem,
    /// An expected result that no action-plan item serves.
    ResultWithoutAction {
        id: ResultId,
    },
    /// Items past their due date and neither done nor cancelled.
    OverdueActions {
        count: usize,
    },
    /// An item whose owner is no longer a member (removed concurrently, say).
    ActionOwnerNotMember {
        owner: MemberId,
    },
    NoDiscussion,
    /// Closed discussions whose closing has no articulated summary.
    ClosedWithoutSummary {
        count: usize,
    },
}

/// One step and what it lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepProgress {
    pub step: Step,
    pub missing: Vec<Gap>,
}

impl StepProgress {
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
    }
}

/// Every Phase II step, in order, with what each lacks.
pub fn implementation_progress(community: &Community, today: IsoDate) -> Vec<StepProgress> {
    implementation_progress_of(
        &community.design,
        &community.implementation,
        &community.discussions,
        today,
    )
}

/// [`implementation_progress`] from the parts of a community it looks at (for a view
/// that keeps them apart).
pub fn implementation_progress_of(
    design: &Design,
    implementation: &Implementation,
    discussions: &[Discussion],
    today: IsoDate,
) -> Vec<StepProgress> {
    let step = |step, missing| StepProgress { step, missing };

    let tools = gap_if(implementation.tools.is_empty(), Gap::NoTool);

    let registrations = &implementation.registrations;
    let pending = registrations
        .iter()
        .filter(|r| r.state == Some(RegistrationState::Pending))
        .count();
    let mut registration = gap_if(pending > 0, Gap::RegistrationsPending { count: pending });
    registration.extend(gap_if(
        !registrations
            .iter()
            .any(|r| r.state == Some(RegistrationState::Confirmed)),
        Gap::NoConfirmedRegistration,
    ));

    let meeting = &implementation.meeting;
    let mut meeting_gaps = gap_if(meeting.date.is_none(), Gap::NoMeetingDate);
    meeting_gaps.extend(gap_if(
        meeting.agenda.trim().is_empty(),
        Gap::NoMeetingAgenda,
    ));
    meeting_gaps.extend(gap_if(
        meeting.date.is_some_and(|day| day < today) && meeting.minutes.trim().is_empty(),
        Gap::NoMeetingMinutes,
    ));

    let plan = &implementation.action_plan;
    let mut plan_gaps = gap_if(plan.is_empty(), Gap::NoActionItem);
    if !plan.is_empty() {
        plan_gaps.extend(
            design
                .expected_results
                .iter()
                .filter(|result| !plan.iter().any(|item| item.result == result.id))
                .map(|result| Gap::ResultWithoutAction {
                    id: result.id.clone(),
                }),
        );
    }
    let settled = |status| matches!(status, Some(ActionStatus::Done | ActionStatus::Cancelled));
    let overdue = plan
        .iter()
        .filter(|item| !settled(item.status) && item.due.is_some_and(|due| due < today))
        .count();
    plan_gaps.extend(gap_if(overdue > 0, Gap::OverdueActions { count: overdue }));
    let members = &design.members;
    let mut orphaned: Vec<MemberId> = plan
        .iter()
        .filter(|item| !settled(item.status) && !members.iter().any(|m| m.id == item.owner))
        .map(|item| item.owner.clone())
        .collect();
    orphaned.dedup();
    plan_gaps.extend(
        orphaned
            .into_iter()
            .map(|owner| Gap::ActionOwnerNotMember { owner }),
    );

    let mut discussion_gaps = gap_if(discussions.is_empty(), Gap::NoDiscussion);
    let without_summary = discussions
        .iter()
        .filter(|d| d.stage == Some(DiscussionStage::Closed))
        .filter(|d| d.closing.summary.trim().is_empty())
        .count();
    discussion_gaps.extend(gap_if(
        without_summary > 0,
        Gap::ClosedWithoutSummary {
            count: without_summary,
        },
    ));

    vec![
        step(Step::Tools, tools),
        step(Step::Registration, registration),
        step(Step::Meeting, meeting_gaps),
        step(Step::ActionPlan, plan_gaps),
        step(Step::Discussions, discussion_gaps),
    ]
}

fn gap_if(condition: bool, gap: Gap) -> Vec<Gap> {
    if condition { vec![gap] } else { Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        Decision, NewActionItem, NewDiscussion, RegistrationForm, Role, ToolMode, add_action_item,
        add_expected_result, add_tool, close_discussion, create, create_discussion,
        decide_registration, read, register, remove_member, set_action_status, set_meeting_agenda,
        set_meeting_date, set_meeting_minutes, set_member,
    };
    use automerge::Automerge;

    fn day(text: &str) -> IsoDate {
        text.parse().unwrap()
    }

    fn gaps(doc: &Automerge, today: &str, step: Step) -> Vec<Gap> {
        let community = read(doc).unwrap();
        implementation_progress(&community, day(today))
            .into_iter()
            .find(|p| p.step == step)
            .unwrap()
            .missing
    }

    fn leader() -> MemberId {
        MemberId::new("ana").unwrap()
    }

    fn community() -> (Automerge, ResultId) {
        let mut doc = create("CoP to define indicators", "p").unwrap();
        set_member(&mut doc, &leader(), "Ana", Role::Leader).unwrap();
        let result = add_expected_result(&mut doc, "Five indicators", "Published").unwrap();
        (doc, result)
    }

    fn form(member: &str) -> RegistrationForm {
        RegistrationForm {
            member: MemberId::new(member).unwrap(),
            name: member.into(),
            institution: "MoH".into(),
            country: "Peru".into(),
            expertise: String::new(),
            interests: String::new(),
            consent: true,
        }
    }

    #[test]
    fn a_new_community_lacks_every_step_in_the_methods_order() {
        let (doc, _) = community();
        let progress = implementation_progress(&read(&doc).unwrap(), day("2030-01-01"));
        let steps: Vec<Step> = progress.iter().map(|p| p.step).collect();
        assert_eq!(
            steps,
            [
                Step::Tools,
                Step::Registration,
                Step::Meeting,
                Step::ActionPlan,
                Step::Discussions
            ]
        );
        assert!(progress.iter().all(|p| !p.is_complete()));
    }

    #[test]
    fn tools_are_complete_with_one_tool() {
        let (mut doc, _) = community();
        assert_eq!(gaps(&doc, "2030-01-01", Step::Tools), [Gap::NoTool]);
        add_tool(&mut doc, "Praxis", ToolMode::Asynchronous, "Discussions").unwrap();
        assert!(gaps(&doc, "2030-01-01", Step::Tools).is_empty());
    }

    #[test]
    fn pending_registrations_are_counted_until_decided() {
        let (mut doc, _) = community();
        let first = register(&mut doc, &form("rosa")).unwrap();
        register(&mut doc, &form("luis")).unwrap();
        assert_eq!(
            gaps(&doc, "2030-01-01", Step::Registration),
            [
                Gap::RegistrationsPending { count: 2 },
                Gap::NoConfirmedRegistration
            ]
        );
        decide_registration(&mut doc, &first, &leader(), Decision::Confirm).unwrap();
        assert_eq!(
            gaps(&doc, "2030-01-01", Step::Registration),
            [Gap::RegistrationsPending { count: 1 }]
        );
    }

    #[test]
    fn minutes_are_expected_only_once_the_meeting_day_has_passed() {
        let (mut doc, _) = community();
        assert_eq!(
            gaps(&doc, "2030-01-01", Step::Meeting),
            [Gap::NoMeetingDate, Gap::NoMeetingAgenda]
        );
        set_meeting_date(&mut doc, day("2030-02-10"), day("2030-01-01")).unwrap();
        set_meeting_agenda(&mut doc, "Welcome; plan").unwrap();
        assert!(gaps(&doc, "2030-02-10", Step::Meeting).is_empty());
        assert_eq!(
            gaps(&doc, "2030-02-11", Step::Meeting),
            [Gap::NoMeetingMinutes]
        );
        set_meeting_minutes(&mut doc, "Agreed on the plan").unwrap();
        assert!(gaps(&doc, "2030-02-11", Step::Meeting).is_empty());
    }

    #[test]
    fn the_plan_must_serve_every_result_and_flags_overdue_and_orphaned_items() {
        let (mut doc, first) = community();
        let second = add_expected_result(&mut doc, "A shared glossary", "Adopted").unwrap();
        assert_eq!(
            gaps(&doc, "2030-01-01", Step::ActionPlan),
            [Gap::NoActionItem]
        );
        let luis = MemberId::new("luis").unwrap();
        set_member(&mut doc, &luis, "Luis", Role::Moderator).unwrap();
        let item = add_action_item(
            &mut doc,
            &NewActionItem {
                text: "Draft the list".into(),
                result: first,
                owner: luis.clone(),
                due: day("2030-03-01"),
            },
        )
        .unwrap();
        assert_eq!(
            gaps(&doc, "2030-01-01", Step::ActionPlan),
            [Gap::ResultWithoutAction { id: second.clone() }]
        );
        assert_eq!(
            gaps(&doc, "2030-03-02", Step::ActionPlan),
            [
                Gap::ResultWithoutAction { id: second },
                Gap::OverdueActions { count: 1 }
            ]
        );
        remove_member(&mut doc, &luis).unwrap();
        assert!(
            gaps(&doc, "2030-01-01", Step::ActionPlan)
                .contains(&Gap::ActionOwnerNotMember { owner: luis })
        );
        // A finished item is neither overdue nor waiting for an owner.
        set_action_status(&mut doc, &item, ActionStatus::Done).unwrap();
        assert_eq!(gaps(&doc, "2030-03-02", Step::ActionPlan).len(), 1);
    }

    #[test]
    fn a_closed_discussion_needs_its_articulated_summary() {
        let (mut doc, _) = community();
        assert_eq!(
            gaps(&doc, "2030-01-01", Step::Discussions),
            [Gap::NoDiscussion]
        );
        let plan = NewDiscussion {
            title: "Which indicators?".into(),
            objective: "Agree on five".into(),
            question: "What do you measure today?".into(),
            guidelines: Default::default(),
            schedule: Default::default(),
        };
        let id = create_discussion(&mut doc, &leader(), &plan).unwrap();
        assert!(gaps(&doc, "2030-01-01", Step::Discussions).is_empty());
        close_discussion(&mut doc, &leader(), &id, "2030-01-01T10:00:00Z").unwrap();
        assert_eq!(
            gaps(&doc, "2030-01-01", Step::Discussions),
            [Gap::ClosedWithoutSummary { count: 1 }]
        );
    }
}
