//! The Praxis domain: the community document and the rules of the PAHO/WHO method.
//!
//! One Automerge document holds one Community of Practice. This crate maps it to typed
//! Rust and performs no I/O, so it builds for the browser and the relay alike and is
//! tested natively. Callers pass an [`automerge::Automerge`] they own (the sync layer
//! keeps it); every operation here is one Automerge transaction, and a refused operation
//! changes nothing.
//!
//! Phase I (Design): [`set_title`] with the [`name_advice`] coach, [`set_problem`], the
//! objective, one to three expected results, members and roles with the call, target
//! audiences, and [`progress`]. Phase II (Implementation): tools, registrations, the
//! introductory meeting, the action plan and the moderated discussions (planning,
//! intervention, closing), and the moderator's review of what members contributed
//! (edit, hide or return a post, mark merged contributions reviewed, pre-moderation of
//! interim summaries). [`may`] says which role may do what; [`conflicts`] lists
//! concurrent choices that disagree.

pub mod access;
pub mod attribution;
mod audiences;
mod conclusion;
mod conflicts;
mod date;
mod discussions;
mod document;
mod error;
pub mod export;
mod ids;
mod implementation;
pub mod kit;
mod language;
mod members;
mod moderation;
mod name_coach;
mod objective;
mod progress;
mod reread;
mod results;
mod review;
mod roles;
mod store;

pub use access::{Access, roster_access};
pub use attribution::{Contributor, Participation, participation, sign_as};
pub use audiences::{Audience, add_audience, remove_audience, set_audience};
pub use conclusion::Closure;
pub use conclusion::assessment::{
    Answer, Assessment, AssessmentKind, FinalAssessment, NewQuestion, Question, Response,
    add_question, answer_assessment, assessment, assessments, close_assessment, final_assessment,
    move_question, open_assessment, remove_question, set_assessment_title, set_question_text,
};
pub use conclusion::chart::{ChartLabels, results_svg};
pub use conclusion::closing::{
    ClosingGap, ClosureInvalid, close_community, closing_checklist, start_conclusion,
    verify_closure,
};
pub use conclusion::closure;
pub use conclusion::knowledge::{
    KnowledgeDraft, KnowledgeEntry, KnowledgeKind, accept_knowledge, knowledge_base,
    propose_knowledge, return_knowledge, revise_knowledge,
};
pub use conclusion::results::{
    AssessmentResults, CycleResult, QuestionResult, ScaleSummary, TextAnswer, assessment_results,
};
pub use conclusion::survey::{AnswerType, ValueCycle};
pub use conflicts::{Conflict, conflicts, conflicts_at, conflicts_reusing, resolve_conflict};
pub use date::IsoDate;
pub use discussions::closing::{close_discussion, set_closing_summary, set_follow_ups};
pub use discussions::intervention::{
    NewPost, add_interim_summary, post, record_participant, restate_question,
};
pub use discussions::planning::{
    NewDiscussion, PlanText, add_subgroup, create_discussion, remove_subgroup, rename_subgroup,
    set_discussion_stage, set_discussion_text, set_guidelines, set_stage_date,
    set_subgroup_members,
};
pub use discussions::timeline::{Entry, Timeline};
pub use discussions::{
    Closing, Discussion, DiscussionStage, Guidelines, InterimSummary, ParticipantNote, Post,
    Restatement, Schedule, Subgroup,
};
pub use document::{
    Community, Design, SCHEMA_VERSION, create, read, read_with_conflicts, set_problem, set_title,
};
pub use error::CommunityError;
pub use ids::{
    ActionItemId, AssessmentId, AudienceId, DiscussionId, KnowledgeId, MemberId, PostId,
    ProposalId, QuestionId, RegistrationId, ResultId, SubgroupId, SummaryId, ToolId,
};
pub use implementation::Implementation;
pub use implementation::action_plan::{
    ActionItem, ActionStatus, NewActionItem, add_action_item, remove_action_item, set_action_due,
    set_action_links, set_action_status, set_action_text,
};
pub use implementation::meeting::{
    IntroductoryMeeting, set_meeting_agenda, set_meeting_date, set_meeting_minutes,
};
pub use implementation::progress::{
    Gap, Step, StepProgress, implementation_progress, implementation_progress_of,
};
pub use implementation::registrations::{
    Decision, Registration, RegistrationForm, RegistrationState, decide_registration, register,
};
pub use implementation::tools::{
    KmTool, PRAXIS, SUGGESTED_TOOLS, SuggestedTool, ToolMode, add_tool, remove_tool,
    set_tool_purpose,
};
pub use language::{Language, set_language};
pub use members::{
    Approval, Call, Member, Role, new_member_id, record_creator, remove_member, role_of,
    set_approval, set_call, set_member, set_role,
};
pub use moderation::{
    Contributed, Hidden, Proposal, ProposalKind, ProposalState, REVIEW_KEY_LIMIT, Returned,
    ReviewMark, accept_proposal, clear_return, contribute_summary, edit_post, hide_post,
    mark_reviewed, premoderation, proposals, return_post, return_proposal, reviewed_marks,
    revise_proposal, set_premoderation, unhide_post,
};
pub use name_coach::{NAME_EXAMPLES, NameAdvice, NameExample, name_advice};
pub use objective::{Objective, ObjectiveType, set_objective_text, set_objective_type};
pub use progress::{
    DesignProgress, Missing, Phase, PhaseState, Stage, StageProgress, can_start_implementation,
    design_progress, progress, start_implementation,
};
pub use reread::{
    Changes, Touched, Within, changes_since, reread, reread_discussions, touched_since,
};
pub use results::{
    ExpectedResult, MAX_EXPECTED_RESULTS, ResultStatus, add_expected_result,
    remove_expected_result, set_result_description, set_result_indicator, set_result_status,
};
pub use review::{
    Contribution, FieldChange, Kind, Review, ReviewIndex, Section, Subject, Written, revert,
    review, subject_of,
};
pub use roles::{Action, may};
