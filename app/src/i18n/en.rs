//! The English text of every key: an exhaustive `match`, so a key without its
//! English text does not compile.

use super::Key;

pub(super) fn text(key: Key) -> &'static str {
    use Key::*;
    match key {
        PageTools => "Knowledge-management tools",
        PageRegister => "Registration and roster",
        PageMeeting => "Introductory meeting",
        PagePlan => "Action plan",
        PhaseTwoNav => "Implementation pages",
        PhaseTwoPagesHeading => "Implementation (Phase II)",
        PhaseTwoIntro => {
            "The steps of the method's implementation phase. Open a step to work on it."
        }
        GapNoTool => "No knowledge-management tool recorded yet.",
        GapRegistrationsPending => {
            "Registrations are waiting for a leader's or moderator's decision."
        }
        GapNoConfirmedRegistration => "No registration confirmed yet.",
        GapNoMeetingDate => "The introductory meeting has no date.",
        GapNoMeetingAgenda => "The introductory meeting has no agenda.",
        GapNoMeetingMinutes => "The introductory meeting has taken place: record its minutes.",
        GapNoActionItem => "The action plan has no item yet.",
        GapResultWithoutAction => "An expected result has no action in the plan.",
        GapOverdueActions => "Some actions are past their due date.",
        GapActionOwnerNotMember => "An action's owner is no longer a member.",
        GapNoDiscussion => "No discussion planned yet.",
        GapClosedWithoutSummary => "A closed discussion has no closing summary.",
        ToolsMethod => {
            "Choose synchronous and asynchronous tools before the community starts, so members are properly connected from the start. Praxis is already your asynchronous space."
        }
        ModeSync => "Synchronous",
        ModeAsync => "Asynchronous",
        ModeUnknown => "Unknown",
        ToolPraxis => "Praxis",
        ToolVideo => "Video conference",
        ToolWebinar => "Webinar",
        ToolMailingList => "Mailing list",
        ToolRepository => "Shared document repository",
        ToolsHeading => "Chosen tools",
        NoTools => "No tool chosen yet.",
        FieldPurpose => "Purpose",
        ToolsRoleHint => "A leader, moderator or facilitator chooses the tools.",
        AddTool => "Add",
        SuggestedToolsHeading => "Suggested tools",
        OtherToolHeading => "Another tool",
        FieldToolName => "Tool name",
        FieldMode => "Mode",
        AddOtherTool => "Add tool",
        RegisterMethod => {
            "The call for members invites people to register electronically; a leader or moderator confirms each registration. The form works without a connection and is sent when you reconnect."
        }
        RegistrationPending => {
            "Your registration is waiting for a leader or moderator to confirm it."
        }
        RegistrationConfirmed => "Your registration is confirmed.",
        RegistrationDeclined => "Your registration was declined.",
        YouAreMember => "You are a member of this community.",
        FieldInstitution => "Institution",
        FieldCountry => "Country",
        FieldExpertise => "Expertise",
        FieldInterests => "Interests",
        FieldConsent => "I accept the community’s rules (required)",
        SendRegistration => "Register",
        RegisterHeading => "Registration form",
        RosterHeading => "Members",
        PendingHeading => "Pending registrations",
        PendingRoleHint => "A leader or moderator confirms registrations.",
        NoPending => "No registration is waiting.",
        Confirm => "Confirm",
        Decline => "Decline",
        MeetingMethod => {
            "The introductory meeting presents the objective, the expected results and the action plan, and lets members meet. Send the invitation with the date and the agenda."
        }
        MeetingPurposeHeading => "What the meeting presents",
        FieldMeetingDate => "Meeting date",
        FieldAgenda => "Agenda",
        FieldMinutes => "Minutes",
        MeetingRoleHint => "A leader, moderator or facilitator plans the meeting.",
        DownloadInvitation => "Download invitation (.ics)",
        InvitationNeedsDate => "Set a date to download the invitation.",
        PlanMethod => {
            "The leader or moderator proposes an action plan at the introductory meeting; each activity serves an expected result, and every member monitors its progress."
        }
        StatusDone => "Done",
        StatusCancelled => "Cancelled",
        PlanHeading => "Activities",
        NoActions => "No activity yet.",
        FieldResult => "Expected result",
        FieldOwner => "Owner",
        FieldAction => "Activity",
        FieldDue => "Due date",
        FieldActionStatus => "Activity status",
        PlanRoleHint => "A leader or moderator edits the action plan.",
        ErrActionIncomplete => {
            "Describe the activity and choose an expected result, an owner and a due date."
        }
        AddActionHeading => "Add an activity",
        AddAction => "Add activity",
        ErrDateInPast => "This date is in the past: choose today or a later day.",
        ErrInvalidDate => "Enter a valid date.",
        ErrConsentRequired => "To register, accept the community’s rules.",
        DiscussionsHeading => "Discussions",
        DiscussionsOpen => "Moderated discussions",
        NoDiscussions => "No discussions yet.",
        DiscussionStage => "Stage",
        DiscussionPostCount => "Posts",
        DiscPlanned => "Planned",
        DiscOpen => "Open",
        DiscClosing => "Closing",
        DiscClosed => "Closed",
        NewDiscussionHeading => "New discussion",
        FieldDiscussionTitle => "Discussion title",
        FieldDiscussionObjective => "Objective of the discussion",
        FieldGuidingQuestion => "Guiding question",
        GuidelinesLegend => "Participation guidelines",
        FieldPostLanguage => "Language of the posts",
        FieldMaxWords => "Maximum words per post",
        FieldAddressing => "How to address others",
        NoWordLimit => "No limit",
        CreateDiscussion => "Create discussion",
        DiscussionRoleHint => "Only a leader, moderator or facilitator can plan a discussion.",
        ErrWholeNumber => "Enter a whole number, or leave it empty.",
        PinnedQuestion => "Question under discussion",
        PostsHeading => "Thread",
        NoPosts => "No posts yet.",
        ReplyButton => "Reply",
        ReplyTo => "to",
        FieldPost => "Your post",
        FieldReply => "Your reply",
        SendPost => "Post",
        SendReply => "Send reply",
        NewPostHeading => "Add to the discussion",
        ModerationHeading => "Moderation",
        FieldRestated => "Restated question",
        RestateQuestion => "Restate the question",
        FieldClosingSummary => "Articulated summary",
        CitedPostsLegend => "Posts the summary draws on",
        CloseDiscussion => "Close the discussion",
        ClosingSummaryHeading => "Closing summary",
        DiscussionIsClosed => "This discussion is closed.",
        CitedPosts => "Posts cited",
        PostBy => "Post by",
        DiscussionNotFound => "There is no such discussion in this community.",
        AllDiscussions => "All discussions",
        ErrPostTooLong => "This post is longer than the word limit in the guidelines.",
        ErrDiscussionClosed => "This discussion is closed; it takes no more posts.",
        ErrAlreadyDecided => "Another member already decided on this registration.",
        AppName => "Praxis",
        SkipToContent => "Skip to main content",
        MainNav => "Main",
        NavHome => "My communities",
        NavNew => "New community",
        Language => "Language",
        ConnectionLabel => "Connection:",
        ConnOffline => "Offline",
        ConnConnecting => "Connecting…",
        ConnSyncing => "Syncing…",
        ConnSynced => "Synced",
        HomeHeading => "My communities",
        HomeEmpty => "There are no communities on this device yet.",
        HomeLoading => "Loading the communities stored on this device…",
        Untitled => "Untitled community",
        NewHeading => "New community",
        FieldTitle => "Title",
        FieldProblem => "Problem statement",
        ProblemHint => "The health problem this community of practice will work on.",
        Create => "Create community",
        TitleRequired => "Enter a title for the community.",
        ShareHeading => "Share",
        ShareHint => {
            "Send this link to other members: it opens this community in their browser. Someone who is not a member yet needs an invitation link, unless the call is public."
        }
        CopyLink => "Copy link",
        Copied => "Link copied.",
        CopyFailed => "Could not copy. Select the link and copy it by hand.",
        LookingFor => "Looking for this community…",
        LookingOffline => "You are offline. The community will load when the connection returns.",
        NotFoundOnRelay => "This community was not found on the relay.",
        NotSharedWithYou => {
            "The relay no longer shares this community with this device: you are not among its members. What you have stays here, but your changes will not reach the others. Ask a leader for an invitation."
        }
        ErrorSignIn => {
            "The relay did not accept this device; your changes stay on this device until it does."
        }
        ErrorDeviceKeyMissing => {
            "This browser cannot create a device key, so it cannot sync. Your work stays on this device."
        }
        InviteHeading => "Invite members",
        InviteHint => {
            "The call is restricted (or not decided yet): only members and people with an invitation link can open this community. The relay makes invitation links, so you need a connection."
        }
        InviteAskLeader => "To invite someone, ask a leader or a moderator for an invitation link.",
        InviteValidFor => "Valid for",
        InviteOneDay => "1 day",
        InviteOneWeek => "7 days",
        InviteOneMonth => "30 days",
        InviteUses => "Who can use it",
        InviteOnePerson => "One person",
        InviteManyPeople => "Anyone with the link, until it expires",
        InviteCreate => "Create invitation link",
        InviteOffline => "Connect to the relay to make or revoke invitation links.",
        InviteCreated => "Invitation link created. Send it to the person you invite.",
        InviteRevokedDone => "Invitation revoked: its link no longer works.",
        InviteFailed => "The relay could not do that.",
        InviteActive => "Invitation links in use",
        InviteExpires => "Expires",
        InviteRevoke => "Revoke",
        JoinHeading => "Invitation to a community",
        JoinWorking => "Checking the invitation with the relay…",
        JoinInvalid => "This invitation link is not valid. Ask for a new one.",
        JoinExpired => "This invitation has expired. Ask for a new one.",
        JoinUsed => "This invitation has already been used. Ask for a new one.",
        JoinRevoked => "This invitation was revoked.",
        JoinOffline => "You are offline. Open this link again once you are connected.",
        InvalidLink => "This link is not a valid community link.",
        PageNotFound => "Page not found.",
        BackHome => "Back to my communities",
        Dismiss => "Dismiss",
        ErrorStorageUnavailable => {
            "Storage on this device is unavailable: changes will be lost when the page closes."
        }
        ErrorStorageRead => "Could not read the communities stored on this device.",
        ErrorStorageWrite => "Could not save your changes on this device.",
        ErrorCorruptDocument => "A community stored on this device is damaged and was skipped.",
        ErrorCorruptJournal => {
            "Unsaved changes kept on this device could not be read; they were set aside, the rest loaded."
        }
        ErrorUnreadable => "A community could not be read.",
        ErrorCreate => "Could not create the community.",
        ErrorEdit => "Could not apply your edit.",
        DesignHeading => "Design (Phase I)",
        DesignIntro => "The six stages of the method's design phase. Open a stage to work on it.",
        DesignStagesNav => "Design stages",
        StageName => "Name",
        StageProblem => "Problem",
        StageObjective => "Objective",
        StageResults => "Expected results",
        StageMembers => "Members and roles",
        StageAudiences => "Target audiences",
        StageComplete => "Complete",
        StageMissing => "Missing:",
        MissingTitle => "a title",
        MissingProblem => "a problem statement",
        MissingObjectiveType => "the type of objective",
        MissingObjectiveText => "the objective in your own words",
        MissingResult => "at least one expected result",
        MissingTooManyResults => "no more than three expected results (remove some)",
        MissingIndicator => "an indicator for every expected result",
        MissingLeader => "a leader",
        MissingModerator => "a moderator",
        MissingCall => "the call for members (public or restricted)",
        MissingAudience => "at least one target audience",
        PhaseTwoHeading => "Phase II: Implementation",
        PhaseTwoStarted => "Phase II (Implementation) has started.",
        PhaseTwoReady => "The design is complete: the community can start Phase II.",
        PhaseTwoIncomplete => {
            "The design is not complete yet. A leader may still start Phase II after confirming it."
        }
        ConfirmIncomplete => "I confirm that we start with an incomplete design",
        StartPhaseTwo => "Start Phase II",
        BackToOverview => "Community overview",
        MethodAdvice => "The method's advice",
        Remove => "Remove",
        NameMethod => {
            "The method advises that the name include information on the objective and the specific product expected."
        }
        NameAdviceHeading => "Advice on this name",
        NameLooksGood => "This name seems to state an objective and a product.",
        AdviceTooShort => {
            "The name is short: a few words rarely state both the objective and the product."
        }
        AdviceNoProduct => {
            "No concrete product found: say what the community will produce (for example “define indicators”)."
        }
        AdviceOngoingActivity => "It describes an ongoing activity rather than a product:",
        GoodNames => "Good names",
        BadNames => "Names to avoid",
        ProductPart => "Product:",
        ProblemMethod => {
            "Identification of the problem: a brief description of the problem to be solved with this community. A community may also build new knowledge or a baseline on the topic."
        }
        ObjectiveLegend => "Type of objective",
        FieldObjective => "Objective in your own words",
        ObjectiveMethod => {
            "Choose what the community's objective is oriented towards, then state the objective in your own words. Each type is explained beside its choice."
        }
        ObjProblemSolving => "Problem solving",
        ObjGenerationOfIdeas => "Generation of ideas",
        ObjSharingKnowledge => "Sharing knowledge between institutions",
        ObjBestPractices => "Developing best practices",
        ObjLessonsLearned => "Lessons learned",
        ObjPostActionReviews => "Post-action reviews",
        ConflictHeading => "Members chose different values at the same time:",
        ConflictHint => "Keep one of them to settle it for everyone.",
        ConflictKeep => "Keep",
        ResultsMethod => {
            "The community should define one to three expected results that will be checked during evaluation; each activity is oriented towards them. Give each result an indicator."
        }
        ResultLabel => "Expected result",
        NoResults => "No expected results yet.",
        FieldDescription => "Description",
        FieldIndicator => "Indicator",
        FieldStatus => "Status",
        StatusPlanned => "Planned",
        StatusInProgress => "In progress",
        StatusAchieved => "Achieved",
        StatusNotAchieved => "Not achieved",
        AddResultHeading => "Add an expected result",
        NewResultDescription => "Description of the new result",
        NewResultIndicator => "Indicator of the new result",
        AddResult => "Add expected result",
        ResultsFull => {
            "This community already has three expected results, the most the method allows. Remove one to add another."
        }
        MembersMethod => {
            "Select the people who will take part, give each a role, and decide whether the call is public or restricted to a specific group. Every community needs a leader and a moderator."
        }
        MembersHeading => "Members",
        NoMembers => "No members yet.",
        AddMemberHeading => "Add a member",
        FieldMemberName => "Member's name",
        FieldRole => "Role",
        RoleOf => "Role of",
        ThisIsMe => "This is me (on this device)",
        You => "(you)",
        AddMember => "Add member",
        RoleLeader => "Leader",
        RoleModerator => "Moderator",
        RoleFacilitator => "Facilitator",
        RoleParticipant => "Participant",
        CallLegend => "Call for members",
        CallPublic => "Public: anyone may answer the call",
        ApprovalModerated => "Registrations need the approval of a leader or moderator",
        ApprovalHint => "Without approval, whoever registers joins at once as a participant.",
        CallRestricted => "Restricted to a specific group of people",
        ResponsibilitiesHeading => "Roles and responsibilities",
        AudiencesMethod => {
            "Identify the target audiences: the group the community will serve and the groups that may benefit from it."
        }
        NoAudiences => "No target audiences yet.",
        AddAudienceHeading => "Add a target audience",
        FieldAudience => "Target audience",
        AddAudience => "Add audience",
        ErrEmptyValue => "Fill this in first.",
        ErrTooManyResults => "The method allows at most three expected results.",
        ErrNotFound => "This entry no longer exists: another member may have removed it.",
        ErrNotAllowed => {
            "Only a leader can do this. In Members and roles, add yourself as a leader and tick “This is me”."
        }
        ErrLeaderOrModeratorOnly => "Only a leader or a moderator can do this.",
        ErrDesignIncomplete => {
            "The design is not complete: tick the confirmation to start Phase II anyway."
        }
        MemberNotFound => "This member is not in the community.",
        ProfileDetailsHeading => "Profile",
        NoConfirmedRegistration => "No confirmed registration yet.",
        ProfilePosts => "Posts in discussions",
        ProfileNotesHeading => "Moderators’ notes on knowledge and interests",
        NoProfileNotes => "No notes from moderators yet.",
        // discussions: plan editing, sub-groups, summaries, notes, follow-ups
        DiscErrModerateOnly => {
            "Only a leader, moderator or facilitator can do this in a discussion."
        }
        DiscNoDate => "No date set",
        DiscScheduleHeading => "Stages and dates",
        DiscSummaryBy => "Interim summary by",
        DiscDrawsOn => "Drawn from:",
        DiscFollowUpsHeading => "Follow-up actions",
        DiscNoFollowUps => "No follow-up actions linked.",
        DiscSaveFollowUps => "Save follow-up actions",
        DiscSaved => "Saved.",
        DiscFollowUpsLegend => "Follow-up actions from the action plan",
        DiscNoActions => "The action plan has no actions yet.",
        DiscSummarySuggested => {
            "The debate is getting long: the method advises an interim summary."
        }
        DiscPostsSinceSummary => "Posts since the last summary",
        DiscWriteSummary => "Write an interim summary",
        DiscErrSummaryEmpty => "Write the summary first.",
        DiscSummaryHeading => "Interim summary",
        DiscFieldSummary => "Text of the interim summary",
        DiscSummaryPostsLegend => "Posts this summary draws on",
        DiscPostSummary => "Post interim summary",
        DiscParticipantsHeading => "Participants’ knowledge and interests",
        DiscParticipantsHint => {
            "Record what each member knows, has experienced and is interested in, to bear it in mind. The notes also appear on the member’s profile."
        }
        DiscFieldNotes => "Knowledge, experience and interests",
        DiscProfileOf => "Profile of",
        DiscNoParticipants => {
            "No one has taken part yet: members appear here once they post or join a sub-group."
        }
        DiscPlanHeading => "Discussion plan",
        DiscSaveGuidelines => "Save guidelines",
        DiscDatePlanned => "Planning date",
        DiscDateOpen => "Opening date",
        DiscDateClosing => "Date the closing begins",
        DiscDateClosed => "Closing date",
        DiscChangeStage => "Change stage",
        DiscSubgroupsHeading => "Sub-groups",
        DiscNoSubgroups => "No sub-groups yet.",
        DiscSubgroupMembers => "Members of the sub-group",
        DiscEditSubgroup => "Sub-group:",
        DiscSubgroupName => "Sub-group name",
        DiscSaveSubgroup => "Save sub-group",
        DiscRemoveSubgroup => "Remove sub-group",
        DiscErrSubgroupName => "Give the sub-group a name.",
        DiscNewSubgroupHeading => "New sub-group",
        DiscAddSubgroup => "Add sub-group",
        AsmtFinalHeading => "Final assessment",
        AsmtPeriodicHeading => "Periodic assessments",
        AsmtNoFinal => "The final assessment has not been opened yet.",
        AsmtNoPeriodic => "No periodic assessment yet.",
        AsmtOpenedBy => "Opened on {date} by {name}",
        AsmtOpenState => "Open: it takes answers",
        AsmtClosedOn => "Closed on {date}",
        AsmtResponseRate => "{n} of {m} members answered ({rate} %)",
        AsmtManageHint => {
            "Leaders and moderators open the assessments and edit their questions; every member answers them."
        }
        AsmtOpenHeading => "Open an assessment",
        AsmtOpenHint => {
            "It starts with the method’s questions in the community’s language; you can change them until someone answers. The final assessment is opened once, in Phase III."
        }
        AsmtNewTitle => "Title (optional: a default title is used)",
        AsmtOpenFinal => "Open the final assessment",
        AsmtOpenPeriodic => "Open a periodic assessment",
        AsmtEditHeading => "Edit the assessment",
        AsmtTitle => "Title of the assessment",
        AsmtQuestion => "Question",
        AsmtAnswerScale => "Answered from 1 to 5",
        AsmtAnswerText => "Answered in writing",
        AsmtUnknownType => "(this kind of question needs a newer version of the app)",
        AsmtAnsweredBy => "answered by {n}",
        AsmtMoveUp => "Move up",
        AsmtMoveDown => "Move down",
        AsmtAddHeading => "Add a question",
        AsmtAnswerType => "How it is answered",
        AsmtCycle => "Value-creation cycle (optional)",
        AsmtNoCycle => "None",
        AsmtAddQuestion => "Add the question",
        AsmtCycleImmediate => "Immediate value",
        AsmtCyclePotential => "Potential value",
        AsmtCycleApplied => "Applied value",
        AsmtCycleRealized => "Realized value",
        AsmtCycleReframing => "Reframing value",
        AsmtCloseHint => {
            "Closing the assessment stops the answers: its results become final and every member can read them."
        }
        AsmtClose => "Close the assessment",
        AsmtClosedNoAnswers => "This assessment is closed: it takes no more answers.",
        AsmtYourAnswers => "Your answers",
        AsmtNotAnonymous => {
            "Your answers are not anonymous: the community’s history records who answered, and the leader and the moderators read the written answers with your name."
        }
        AsmtAnsweredOn => "You answered on {date}. Sending again replaces your answers.",
        AsmtSend => "Send my answers",
        AsmtSaved => "Your answers are saved on this device and sent when you are online.",
        AsmtAnswerSomething => "Answer at least one question first.",
        AsmtScaleLow => "Not at all",
        AsmtScale2 => "A little",
        AsmtScale3 => "Moderately",
        AsmtScale4 => "Much",
        AsmtScaleHigh => "Very much",
        AsmtResultsHeading => "Results",
        AsmtResultsWhenClosed => {
            "The results are shown to every member once the assessment is closed; until then only the leader and the moderators see them, so that the answers given so far do not sway those still to come."
        }
        AsmtResultsFinal => "The assessment is closed: these results are final.",
        AsmtChartTitle => "{title}: results",
        AsmtChartDescription => {
            "Answers to each question and each value-creation cycle from 1 (not at all) to 5 (very much), with their number, median and mean."
        }
        AsmtChartCaption => {
            "How the answers fell from 1 (not at all) to 5 (very much). The tables below give the same figures."
        }
        AsmtByQuestion => "By question",
        AsmtByCycle => "By value-creation cycle",
        AsmtAnswersWord => "answers",
        AsmtMedian => "Median",
        AsmtMean => "Mean",
        AsmtNoAnswers => "No answers yet",
        AsmtAnswered => "Answered",
        AsmtTableQuestions => "Answers per question, from 1 to 5",
        AsmtTableCycles => "Answers per value-creation cycle, from 1 to 5",
        AsmtCycleColumn => "Value-creation cycle",
        AsmtOpenAnswers => "Written answers",
        PremodLabel => "Participants’ summaries need a moderator’s acceptance (pre-moderation)",
        PremodHint => {
            "On by default for a public call. Leaders, moderators and facilitators publish their own summaries at once."
        }
        PropHeading => "Propose a summary",
        PropHintOn => {
            "Pre-moderation is on: a moderator reads your summary before it appears in the timeline."
        }
        PropHintOff => "Your summary appears in the timeline at once.",
        PropField => "Text of your summary",
        PropSend => "Propose the summary",
        PropPublished => "Published: your summary is in the timeline.",
        PropSent => "Sent to the moderators for acceptance.",
        PropListHeading => "Proposed summaries",
        PropBy => "Summary proposed by",
        PropStateLabel => "State",
        PropStateWaiting => "Waiting for a moderator’s acceptance",
        PropStateReturned => "Returned by {who} with this comment: {what}",
        PropStateAccepted => "Accepted: it is in the timeline as an interim summary",
        PropStateUnknown => "Unknown (written by a newer version of Praxis)",
        PropOf => "the summary proposed by",
        PropOn => "on the summary proposed by",
        PropAccept => "Accept",
        PropComment => "Comment to the author",
        PropReturn => "Return with a comment",
        PropErrComment => "Write a comment saying what to change.",
        PropRevised => "Revised summary",
        PropResend => "Send again",
        PropErrDecided => "A moderator already decided on this proposal.",
        ReviewHeading => "Since you were away",
        ReviewNothing => "Nothing new since your last review.",
        ReviewSummary => "{n} contributions from {m} members to review.",
        ReviewMarkAll => "Mark all as reviewed",
        ReviewAddedPosts => "added {n} posts to {what}",
        ReviewAdded => "added {what}",
        ReviewChanged => "changed {what}",
        ReviewRemoved => "removed {what}",
        ReviewBefore => "Before",
        ReviewAfter => "After",
        ReviewChose => "chose",
        ReviewCleared => "cleared it",
        ReviewUnknownMember => "Someone not on the roster",
        ReviewUndo => "Undo this contribution",
        ReviewConflictsHeading => "Chosen differently at the same time",
        ReviewConflictHint => {
            "Nothing is dropped until someone chooses: the value shown now is only provisional."
        }
        ReviewChooseValue => "Choose",
        ReviewBy => "by",
        SectionDesign => "Design",
        SectionRoster => "Members",
        SectionPlan => "Plan",
        SectionDiscussion => "Discussion “{what}”",
        SectionKnowledge => "Knowledge",
        SectionModeration => "Moderation",
        SectionOther => "Other",
        SubjectTitle => "the name",
        SubjectProblem => "the problem",
        SubjectObjective => "the objective",
        SubjectObjectiveType => "the type of objective",
        SubjectDesign => "the design",
        SubjectResult => "expected result {n}",
        SubjectAudience => "a target audience",
        SubjectMember => "member {what}",
        SubjectCall => "the call for members",
        SubjectRegistration => "a registration",
        SubjectPhase => "the phase",
        SubjectTool => "a knowledge-management tool",
        SubjectMeeting => "the introductory meeting",
        SubjectAction => "an action of the plan",
        SubjectDiscussionPlan => "the discussion's plan",
        SubjectPost => "a post",
        SubjectRestatement => "the guiding question",
        SubjectSummary => "a summary",
        SubjectParticipantNote => "notes on a participant",
        SubjectClosing => "the closing",
        SubjectProposal => "a proposal",
        SubjectDecision => "a conflict, choosing one value",
        SubjectOther => "something this version does not know",
        PostHiddenFor => "A moderator hid this post.",
        PostHiddenReason => "Hidden by {who}: {what}",
        PostHide => "Hide",
        PostUnhide => "Show again",
        PostHideReason => "Reason (the author sees it)",
        PostHideConfirm => "Hide the post",
        PostHideNeedsReason => "Say why the post is hidden.",
        ReviewAddedPost => "added a post to {what}",
        ReviewMarkOne => "Mark reviewed",
        ReviewReviewedBy => "Reviewed by {who}",
        ReviewReturn => "Return to its author",
        ReviewReturnComment => "Comment for the author",
        ReviewReturnSend => "Return the post",
        ReviewReturnNeedsComment => "Write a comment for the author.",
        PostReturnedNote => "Returned by {who}: {what}",
        PostEdit => "Edit",
        PostEditLabel => "Text of the post",
        PostEditSave => "Save the post",
        PostEditCancel => "Cancel",
        ParticipationHeading => "Participation",
        ParticipationCaption => "Changes each member made to the community, and their posts",
        ParticipationMember => "Member",
        ParticipationChanges => "Changes",
        ParticipationPosts => "Posts",
        ReviewShowPosts => "Show the {n} posts",
        ReviewHidePosts => "Hide the posts",
        ErrMembersOnly => {
            "Only members of the community can do this: register to take part, or ask a leader for an invitation."
        }
        PhaseThreeNav => "Phase III pages",
        PhaseThreeHeading => "Phase III: Conclusion",
        PhaseThreeIntro => {
            "In the last phase the community assesses what it achieved, records its knowledge for the institutional repository and communicates its results. The leader starts it when the work of Phase II is done."
        }
        StartPhaseThree => "Start Phase III: Conclusion",
        PageClose => "Close the community",
        CloseMethod => {
            "The method closes a community after its final assessment: conclusions, lessons learned and recommendations recorded, results communicated. Once closed, the community becomes a read-only record that the relay archives for the institutional repository."
        }
        ClosingChecklist => "Before closing",
        ClosingReady => "Everything the method asks for is in place.",
        GapDiscussionsNotClosed => "{n} discussions are not closed yet",
        GapResultsUndecided => "{n} expected results do not say yet whether they were achieved",
        CloseHeading => "Close the community",
        CloseExplained => {
            "Closing cannot be undone: nobody can change the community afterwards, and the relay keeps it as an archived record. Changes members made offline and send later are kept aside for the moderators, not lost."
        }
        ConfirmCloseIncomplete => "Close anyway: I know items of the checklist are missing",
        CloseCommunity => "Close the community",
        CloseLeaderOnly => "Only a leader of the community can close it.",
        CommunityClosedBy => {
            "{name} closed this community on {date}. It is a read-only record now."
        }
        OpenArchiveRecord => "Open the archived record",
        ErrCommunityClosed => "The community is closed: it is a read-only record now.",
        ErrClosingIncomplete => {
            "Items of the checklist are missing: confirm that you want to close anyway."
        }
        ErrWrongPhase => "This step belongs to another phase of the method.",
        CommunityLanguage => "Language of the community's record",
        CommunityLanguageUnset => "Not chosen (English)",
        CommunityLanguageHint => {
            "The assessment's questions, the communication kit and the archived record are written in this language. The leader chooses it."
        }
        SectionConclusion => "Conclusion",
        SubjectAssessment => "an assessment",
        SubjectAssessmentQuestion => "a question of an assessment",
        SubjectAssessmentResponse => "their answers to an assessment",
        SubjectKnowledgeEntry => "an entry of the knowledge base",
        SubjectClosure => "the closing of the community",
        GapNoFinalAssessment => {
            "The final assessment has not been opened (closing needs it, with at least one response)"
        }
        GapFinalAssessmentUnanswered => {
            "Nobody has answered the final assessment yet (closing needs at least one response)"
        }
        GapFinalAssessmentOpen => {
            "The final assessment still takes answers: close it so its results are final"
        }
        GapNoConclusion => "No accepted conclusion in the knowledge base",
        GapNoLesson => "No accepted lesson learned in the knowledge base",
        GapNoRecommendation => "No accepted recommendation in the knowledge base",
        GapNoKnowledge => "An expected kind of knowledge has no accepted entry",
        ErrFinalAssessmentMissing => {
            "Closing needs the final assessment, answered by at least one member."
        }
        ErrFinalAssessmentExists => "The community already has a final assessment.",
        ErrAssessmentClosed => "This assessment is closed: it takes no more answers or changes.",
        ErrQuestionAnswered => {
            "Members have answered this question already: add a new question instead of changing it."
        }
        ErrInvalidAnswer => "That answer does not fit the question (choose 1 to 5, or write text).",
        PageAssessment => "Assessment",
        PageKnowledge => "Knowledge base",
        PageKit => "Communication kit",
        AssessmentMethod => {
            "The method asks for periodic assessments and a last one: a simple satisfaction survey of the members, to judge the community's performance against its objective and expected results. Conclusions, lessons learned, post-action reviews and recommendations are drawn from its results."
        }
        KnowledgeMethod => {
            "Organizing what the community produced is mainly the moderator's task: turning tacit knowledge into explicit knowledge, ready for an institutional repository. Any member proposes an entry, linked to the discussions it came from; a moderator accepts it or returns it with a comment."
        }
        KitMethod => {
            "Communicate the results to the members and to each audience: a note on the intranet, a page for the public, short messages for social networks, a slide presentation, messages for thematic networks, a virtual seminar and, when the contribution is original, a scientific article. Each item is written from the community's own content, in its language; edit it before use."
        }
        KbConclusion => "Conclusion",
        KbLessonLearned => "Lesson learned",
        KbBestPractice => "Best practice",
        KbPostActionReview => "Post-action review",
        KbRecommendation => "Recommendation",
        KbConclusions => "Conclusions",
        KbLessonsLearned => "Lessons learned",
        KbBestPractices => "Best practices",
        KbPostActionReviews => "Post-action reviews",
        KbRecommendations => "Recommendations",
        KbKind => "Kind of knowledge",
        KbTitle => "Title",
        KbText => "What the community learned, in a few sentences",
        KbSources => "Discussions it came from",
        KbFrom => "From the discussions:",
        KbProposeHeading => "Put knowledge forward",
        KbPropose => "Propose the entry",
        KbAdded => "Added to the knowledge base.",
        KbSent => "Sent to the moderators: it appears in the knowledge base once accepted.",
        KbNone => "Nothing yet.",
        KitErrUrl => "An address must start with https:// or http:// and have no spaces.",
        KitErrSeminar => "The seminar needs a date, a time (UTC) and a link.",
        KitErrDeck => "The slide deck could not be made.",
        KitIntranet => "Note for the intranet",
        KitPublicPage => "Public web page",
        KitNetwork => "Message for thematic networks",
        KitArticle => "Scientific article outline (IMRaD)",
        KitOptions => "About the publication",
        KitOptionsHint => {
            "Everything below is written from the community's content in its language. Add what only you know; the texts follow as you type. Your edits in the text areas stay on this page: download each item when it is ready."
        }
        KitPageUrl => "Address where the public page will be published",
        KitEmail => "Contact email",
        KitHashtags => "Hashtags for social posts (separated by commas)",
        KitSeminar => "Virtual seminar",
        KitSeminarDate => "Date",
        KitSeminarTime => "Start time (UTC)",
        KitSeminarMinutes => "Duration in minutes",
        KitSeminarLink => "Link to join",
        KitDownload => "Download",
        KitSocial => "Short messages for social networks",
        KitSocialHint => "Each stays within 280 characters as X counts them (a link counts 23).",
        KitSocialPost => "Message {n}",
        KitSocialCount => "{n} of {limit} characters",
        KitDeck => "Slide presentation",
        KitDeckHint => {
            "A .pptx file that PowerPoint and LibreOffice open, made from the community's results."
        }
        KitDownloadDeck => "Download the slides (.pptx)",
        KitSeminarInvitation => "Invitation to the virtual seminar",
        KitSeminarNeeded => {
            "Give the seminar's date, time and link above to write its invitation and calendar file."
        }
        KitDownloadIcs => "Download the calendar file (.ics)",
        ArchiveHeading => "Archive of closed communities",
        ArchiveHint => {
            "Closed communities are kept as records: their conclusions, lessons learned and recommendations can be searched. The search is a light page that works on slow connections."
        }
        ArchiveSearch => "Search the archive",
        LateHeading => "Sent after the closing",
        LateCount => {
            "{n} changes reached the relay after the community was archived. They are kept aside, not in the record."
        }
        LateChangeBy => "{name}, received {date}",
        KbPosts => "Posts it draws on",
        KbCites => "Drawing on the posts:",
        JoinDeclined => {
            "The community's leaders declined your registration, so this link cannot admit you. Ask them to add you to the roster."
        }
        PostsShowEarlier => "Show earlier posts ({n} not shown)",
        PickerFilter => "Find posts by author or words",
        PickerShowing => "Showing {shown} of {total} posts",
        PickerNoMatch => "No post matches.",
        PostVersionsHeading => {
            "This post was edited in two places at the same time. Both versions are kept until its author or a moderator keeps one:"
        }
        PostVersionKeep => "Keep this version",
        ErrInConflict => {
            "This was changed in two places at the same time: keep one of the versions first."
        }
        ErrorPartMissing => {
            "Part of Praxis could not be downloaded, so your communities cannot open yet. Check your connection: Praxis keeps trying by itself."
        }
        PageMissingHeading => "This page has not arrived yet",
        PageMissingHint => {
            "Its part of Praxis could not be downloaded. Check your connection: the page appears here as soon as it arrives, and nothing you wrote is lost."
        }
    }
}
