//! Translations: a small typed catalogue (one enum of keys, one exhaustive `match` per
//! language, so a missing translation is a compile error) and the language signal.
//!
//! Why not `leptos_i18n` (0.6.2, the line for leptos 0.8): it builds here, but measured on
//! the same 4-key, 4-locale test app (profile `wasm-release`, `wasm-opt -Oz`, crate built
//! with `default-features = false, features = ["csr"]`) it added 86 KB of wasm
//! (1,079,849 -> 1,166,042 bytes) and 30 KB gzipped (268,873 -> 299,019), about +11 %,
//! before a single string of ours, and ~86 more crates to compile (icu_*, leptos-use,
//! serde, yaml/json5 parsers). Over the 2G links Praxis is built for, 30 KB is seconds on
//! every cold load; this catalogue costs only its strings. Plurals or number formatting,
//! if ever needed, are the moment to measure again.

use leptos::prelude::*;

use crate::browser::local_storage;

const LANG_KEY: &str = "praxis.lang";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Es,
    Pt,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Es, Lang::Pt, Lang::Fr];

    /// BCP 47 code, used for `<html lang>`, localStorage and the `<select>` values.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Pt => "pt",
            Lang::Fr => "fr",
        }
    }

    /// The language's own name: someone who cannot read the current language still finds theirs.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Pt => "Português",
            Lang::Fr => "Français",
        }
    }

    /// Match a language tag such as `pt-BR` on its primary subtag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }
}

/// Every user-visible string of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    AppName,
    SkipToContent,
    MainNav,
    NavHome,
    NavNew,
    Language,
    ConnectionLabel,
    ConnOffline,
    ConnConnecting,
    ConnSyncing,
    ConnSynced,
    HomeHeading,
    HomeEmpty,
    HomeLoading,
    Untitled,
    NewHeading,
    FieldTitle,
    FieldProblem,
    ProblemHint,
    Create,
    TitleRequired,
    ShareHeading,
    ShareHint,
    CopyLink,
    Copied,
    CopyFailed,
    LookingFor,
    LookingOffline,
    NotFoundOnRelay,
    NotSharedWithYou,
    ErrorSignIn,
    ErrorDeviceKeyMissing,
    InviteHeading,
    InviteHint,
    InviteAskLeader,
    InviteValidFor,
    InviteOneDay,
    InviteOneWeek,
    InviteOneMonth,
    InviteUses,
    InviteOnePerson,
    InviteManyPeople,
    InviteCreate,
    InviteOffline,
    InviteCreated,
    InviteRevokedDone,
    InviteFailed,
    InviteActive,
    InviteExpires,
    InviteRevoke,
    JoinHeading,
    JoinWorking,
    JoinInvalid,
    JoinExpired,
    JoinUsed,
    JoinRevoked,
    JoinOffline,
    InvalidLink,
    PageNotFound,
    BackHome,
    Dismiss,
    ErrorStorageUnavailable,
    ErrorStorageRead,
    ErrorStorageWrite,
    ErrorCorruptDocument,
    ErrorCorruptJournal,
    ErrorUnreadable,
    ErrorCreate,
    ErrorEdit,
    DesignHeading,
    DesignIntro,
    DesignStagesNav,
    StageName,
    StageProblem,
    StageObjective,
    StageResults,
    StageMembers,
    StageAudiences,
    StageComplete,
    StageMissing,
    MissingTitle,
    MissingProblem,
    MissingObjectiveType,
    MissingObjectiveText,
    MissingResult,
    MissingTooManyResults,
    MissingIndicator,
    MissingLeader,
    MissingModerator,
    MissingCall,
    MissingAudience,
    PhaseTwoHeading,
    PhaseTwoStarted,
    PhaseTwoReady,
    PhaseTwoIncomplete,
    ConfirmIncomplete,
    StartPhaseTwo,
    BackToOverview,
    MethodAdvice,
    Remove,
    NameMethod,
    NameAdviceHeading,
    NameLooksGood,
    AdviceTooShort,
    AdviceNoProduct,
    AdviceOngoingActivity,
    GoodNames,
    BadNames,
    ProductPart,
    ProblemMethod,
    ObjectiveLegend,
    FieldObjective,
    ObjectiveMethod,
    ObjProblemSolving,
    ObjGenerationOfIdeas,
    ObjSharingKnowledge,
    ObjBestPractices,
    ObjLessonsLearned,
    ObjPostActionReviews,
    ConflictHeading,
    ConflictHint,
    ConflictKeep,
    ResultsMethod,
    ResultLabel,
    NoResults,
    FieldDescription,
    FieldIndicator,
    FieldStatus,
    StatusPlanned,
    StatusInProgress,
    StatusAchieved,
    StatusNotAchieved,
    AddResultHeading,
    NewResultDescription,
    NewResultIndicator,
    AddResult,
    ResultsFull,
    MembersMethod,
    MembersHeading,
    NoMembers,
    AddMemberHeading,
    FieldMemberName,
    FieldRole,
    RoleOf,
    ThisIsMe,
    You,
    AddMember,
    RoleLeader,
    RoleModerator,
    RoleFacilitator,
    RoleParticipant,
    CallLegend,
    CallPublic,
    ApprovalModerated,
    ApprovalHint,
    CallRestricted,
    ResponsibilitiesHeading,
    AudiencesMethod,
    NoAudiences,
    AddAudienceHeading,
    FieldAudience,
    AddAudience,
    ErrEmptyValue,
    ErrTooManyResults,
    ErrNotFound,
    ErrNotAllowed,
    ErrLeaderOrModeratorOnly,
    ErrDesignIncomplete,
    PageTools,
    PageRegister,
    PageMeeting,
    PagePlan,
    PhaseTwoNav,
    PhaseTwoPagesHeading,
    PhaseTwoIntro,
    GapNoTool,
    GapRegistrationsPending,
    GapNoConfirmedRegistration,
    GapNoMeetingDate,
    GapNoMeetingAgenda,
    GapNoMeetingMinutes,
    GapNoActionItem,
    GapResultWithoutAction,
    GapOverdueActions,
    GapActionOwnerNotMember,
    GapNoDiscussion,
    GapClosedWithoutSummary,
    ToolsMethod,
    ModeSync,
    ModeAsync,
    ModeUnknown,
    ToolPraxis,
    ToolVideo,
    ToolWebinar,
    ToolMailingList,
    ToolRepository,
    ToolsHeading,
    NoTools,
    FieldPurpose,
    ToolsRoleHint,
    AddTool,
    SuggestedToolsHeading,
    OtherToolHeading,
    FieldToolName,
    FieldMode,
    AddOtherTool,
    RegisterMethod,
    RegistrationPending,
    RegistrationConfirmed,
    RegistrationDeclined,
    YouAreMember,
    FieldInstitution,
    FieldCountry,
    FieldExpertise,
    FieldInterests,
    FieldConsent,
    SendRegistration,
    RegisterHeading,
    RosterHeading,
    PendingHeading,
    PendingRoleHint,
    NoPending,
    Confirm,
    Decline,
    MeetingMethod,
    MeetingPurposeHeading,
    FieldMeetingDate,
    FieldAgenda,
    FieldMinutes,
    MeetingRoleHint,
    DownloadInvitation,
    InvitationNeedsDate,
    PlanMethod,
    StatusDone,
    StatusCancelled,
    PlanHeading,
    NoActions,
    FieldResult,
    FieldOwner,
    FieldAction,
    FieldDue,
    FieldActionStatus,
    PlanRoleHint,
    ErrActionIncomplete,
    AddActionHeading,
    AddAction,
    ErrDateInPast,
    ErrInvalidDate,
    ErrConsentRequired,
    DiscussionsHeading,
    DiscussionsOpen,
    NoDiscussions,
    DiscussionStage,
    DiscussionPostCount,
    DiscPlanned,
    DiscOpen,
    DiscClosing,
    DiscClosed,
    NewDiscussionHeading,
    FieldDiscussionTitle,
    FieldDiscussionObjective,
    FieldGuidingQuestion,
    GuidelinesLegend,
    FieldPostLanguage,
    FieldMaxWords,
    FieldAddressing,
    NoWordLimit,
    CreateDiscussion,
    DiscussionRoleHint,
    ErrWholeNumber,
    PinnedQuestion,
    PostsHeading,
    NoPosts,
    ReplyButton,
    ReplyTo,
    FieldPost,
    FieldReply,
    SendPost,
    SendReply,
    NewPostHeading,
    ModerationHeading,
    FieldRestated,
    RestateQuestion,
    FieldClosingSummary,
    CitedPostsLegend,
    CloseDiscussion,
    ClosingSummaryHeading,
    DiscussionIsClosed,
    CitedPosts,
    PostBy,
    DiscussionNotFound,
    AllDiscussions,
    ErrPostTooLong,
    ErrDiscussionClosed,
    ErrAlreadyDecided,
    MemberNotFound,
    ProfileDetailsHeading,
    NoConfirmedRegistration,
    ProfilePosts,
    ProfileNotesHeading,
    NoProfileNotes,
    // discussions: plan editing, sub-groups, summaries, notes, follow-ups
    DiscErrModerateOnly,
    DiscNoDate,
    DiscScheduleHeading,
    DiscSummaryBy,
    DiscDrawsOn,
    DiscFollowUpsHeading,
    DiscNoFollowUps,
    DiscSaveFollowUps,
    DiscSaved,
    DiscFollowUpsLegend,
    DiscNoActions,
    DiscSummarySuggested,
    DiscPostsSinceSummary,
    DiscWriteSummary,
    DiscErrSummaryEmpty,
    DiscSummaryHeading,
    DiscFieldSummary,
    DiscSummaryPostsLegend,
    DiscPostSummary,
    DiscParticipantsHeading,
    DiscParticipantsHint,
    DiscFieldNotes,
    DiscProfileOf,
    DiscNoParticipants,
    DiscPlanHeading,
    DiscSaveGuidelines,
    DiscDatePlanned,
    DiscDateOpen,
    DiscDateClosing,
    DiscDateClosed,
    DiscChangeStage,
    DiscSubgroupsHeading,
    DiscNoSubgroups,
    DiscSubgroupMembers,
    DiscEditSubgroup,
    DiscSubgroupName,
    DiscSaveSubgroup,
    DiscRemoveSubgroup,
    DiscErrSubgroupName,
    DiscNewSubgroupHeading,
    DiscAddSubgroup,
    AsmtFinalHeading,
    AsmtPeriodicHeading,
    AsmtNoFinal,
    AsmtNoPeriodic,
    AsmtOpenedBy,
    AsmtOpenState,
    AsmtClosedOn,
    AsmtResponseRate,
    AsmtManageHint,
    AsmtOpenHeading,
    AsmtOpenHint,
    AsmtNewTitle,
    AsmtOpenFinal,
    AsmtOpenPeriodic,
    AsmtEditHeading,
    AsmtTitle,
    AsmtQuestion,
    AsmtAnswerScale,
    AsmtAnswerText,
    AsmtUnknownType,
    AsmtAnsweredBy,
    AsmtMoveUp,
    AsmtMoveDown,
    AsmtAddHeading,
    AsmtAnswerType,
    AsmtCycle,
    AsmtNoCycle,
    AsmtAddQuestion,
    AsmtCycleImmediate,
    AsmtCyclePotential,
    AsmtCycleApplied,
    AsmtCycleRealized,
    AsmtCycleReframing,
    AsmtCloseHint,
    AsmtClose,
    AsmtClosedNoAnswers,
    AsmtYourAnswers,
    AsmtNotAnonymous,
    AsmtAnsweredOn,
    AsmtSend,
    AsmtSaved,
    AsmtAnswerSomething,
    AsmtScaleLow,
    AsmtScale2,
    AsmtScale3,
    AsmtScale4,
    AsmtScaleHigh,
    AsmtResultsHeading,
    AsmtResultsWhenClosed,
    AsmtResultsFinal,
    AsmtChartTitle,
    AsmtChartDescription,
    AsmtChartCaption,
    AsmtByQuestion,
    AsmtByCycle,
    AsmtAnswersWord,
    AsmtMedian,
    AsmtMean,
    AsmtNoAnswers,
    AsmtAnswered,
    AsmtTableQuestions,
    AsmtTableCycles,
    AsmtCycleColumn,
    AsmtOpenAnswers,
    PremodLabel,
    PremodHint,
    PropHeading,
    PropHintOn,
    PropHintOff,
    PropField,
    PropSend,
    PropPublished,
    PropSent,
    PropListHeading,
    PropBy,
    PropStateLabel,
    PropStateWaiting,
    PropStateReturned,
    PropStateAccepted,
    PropStateUnknown,
    PropOf,
    PropOn,
    PropAccept,
    PropComment,
    PropReturn,
    PropErrComment,
    PropRevised,
    PropResend,
    PropErrDecided,
    ReviewHeading,
    ReviewNothing,
    ReviewSummary,
    ReviewMarkAll,
    ReviewAddedPosts,
    ReviewAdded,
    ReviewChanged,
    ReviewRemoved,
    ReviewBefore,
    ReviewAfter,
    ReviewChose,
    ReviewCleared,
    ReviewUnknownMember,
    ReviewUndo,
    ReviewConflictsHeading,
    ReviewConflictHint,
    ReviewChooseValue,
    ReviewBy,
    SectionDesign,
    SectionRoster,
    SectionPlan,
    SectionDiscussion,
    SectionKnowledge,
    SectionModeration,
    SectionOther,
    SubjectTitle,
    SubjectProblem,
    SubjectObjective,
    SubjectObjectiveType,
    SubjectDesign,
    SubjectResult,
    SubjectAudience,
    SubjectMember,
    SubjectCall,
    SubjectRegistration,
    SubjectPhase,
    SubjectTool,
    SubjectMeeting,
    SubjectAction,
    SubjectDiscussionPlan,
    SubjectPost,
    SubjectRestatement,
    SubjectSummary,
    SubjectParticipantNote,
    SubjectClosing,
    SubjectProposal,
    SubjectDecision,
    SubjectOther,
    PostHiddenFor,
    PostHiddenReason,
    PostHide,
    PostUnhide,
    PostHideReason,
    PostHideConfirm,
    PostHideNeedsReason,
    ReviewAddedPost,
    ReviewMarkOne,
    ReviewReviewedBy,
    ReviewReturn,
    ReviewReturnComment,
    ReviewReturnSend,
    ReviewReturnNeedsComment,
    PostReturnedNote,
    PostEdit,
    PostEditLabel,
    PostEditSave,
    PostEditCancel,
    ParticipationHeading,
    ParticipationCaption,
    ParticipationMember,
    ParticipationChanges,
    ParticipationPosts,
    ReviewShowPosts,
    ReviewHidePosts,
    ErrMembersOnly,
    PhaseThreeNav,
    PhaseThreeHeading,
    PhaseThreeIntro,
    StartPhaseThree,
    PageClose,
    CloseMethod,
    ClosingChecklist,
    ClosingReady,
    GapDiscussionsNotClosed,
    GapResultsUndecided,
    CloseHeading,
    CloseExplained,
    ConfirmCloseIncomplete,
    CloseCommunity,
    CloseLeaderOnly,
    CommunityClosedBy,
    OpenArchiveRecord,
    ErrCommunityClosed,
    ErrClosingIncomplete,
    ErrWrongPhase,
    CommunityLanguage,
    CommunityLanguageUnset,
    CommunityLanguageHint,
    SectionConclusion,
    SubjectAssessment,
    SubjectAssessmentQuestion,
    SubjectAssessmentResponse,
    SubjectKnowledgeEntry,
    SubjectClosure,
    GapNoFinalAssessment,
    GapFinalAssessmentUnanswered,
    GapFinalAssessmentOpen,
    GapNoConclusion,
    GapNoLesson,
    GapNoRecommendation,
    GapNoKnowledge,
    ErrFinalAssessmentMissing,
    ErrFinalAssessmentExists,
    ErrAssessmentClosed,
    ErrQuestionAnswered,
    ErrInvalidAnswer,
    PageAssessment,
    PageKnowledge,
    PageKit,
    AssessmentMethod,
    KnowledgeMethod,
    KitMethod,
    KbConclusion,
    KbLessonLearned,
    KbBestPractice,
    KbPostActionReview,
    KbRecommendation,
    KbConclusions,
    KbLessonsLearned,
    KbBestPractices,
    KbPostActionReviews,
    KbRecommendations,
    KbKind,
    KbTitle,
    KbText,
    KbSources,
    KbFrom,
    KbProposeHeading,
    KbPropose,
    KbAdded,
    KbSent,
    KbNone,
    KitErrUrl,
    KitErrSeminar,
    KitErrDeck,
    KitIntranet,
    KitPublicPage,
    KitNetwork,
    KitArticle,
    KitOptions,
    KitOptionsHint,
    KitPageUrl,
    KitEmail,
    KitHashtags,
    KitSeminar,
    KitSeminarDate,
    KitSeminarTime,
    KitSeminarMinutes,
    KitSeminarLink,
    KitDownload,
    KitSocial,
    KitSocialHint,
    KitSocialPost,
    KitSocialCount,
    KitDeck,
    KitDeckHint,
    KitDownloadDeck,
    KitSeminarInvitation,
    KitSeminarNeeded,
    KitDownloadIcs,
    ArchiveHeading,
    ArchiveHint,
    ArchiveSearch,
    LateHeading,
    LateCount,
    LateChangeBy,
    KbPosts,
    KbCites,
    JoinDeclined,
    PostsShowEarlier,
    PickerFilter,
    PickerShowing,
    PickerNoMatch,
}

/// The text for `key` in `lang`.
pub fn text(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::En => en(key),
        Lang::Es => es(key),
        Lang::Pt => pt(key),
        Lang::Fr => fr(key),
    }
}

fn en(key: Key) -> &'static str {
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
    }
}

fn es(key: Key) -> &'static str {
    use Key::*;
    match key {
        PageTools => "Herramientas de gestión del conocimiento",
        PageRegister => "Inscripción y miembros",
        PageMeeting => "Reunión introductoria",
        PagePlan => "Plan de acción",
        PhaseTwoNav => "Páginas de implementación",
        PhaseTwoPagesHeading => "Implementación (Fase II)",
        PhaseTwoIntro => {
            "Los pasos de la fase de implementación del método. Abra un paso para trabajar en él."
        }
        GapNoTool => "Aún no se ha registrado ninguna herramienta de gestión del conocimiento.",
        GapRegistrationsPending => {
            "Hay inscripciones que esperan la decisión de un líder o moderador."
        }
        GapNoConfirmedRegistration => "Aún no se ha confirmado ninguna inscripción.",
        GapNoMeetingDate => "La reunión introductoria no tiene fecha.",
        GapNoMeetingAgenda => "La reunión introductoria no tiene agenda.",
        GapNoMeetingMinutes => "La reunión introductoria ya se celebró: registre el acta.",
        GapNoActionItem => "El plan de acción aún no tiene acciones.",
        GapResultWithoutAction => "Un resultado esperado no tiene ninguna acción en el plan.",
        GapOverdueActions => "Algunas acciones superaron su fecha límite.",
        GapActionOwnerNotMember => "El responsable de una acción ya no es miembro.",
        GapNoDiscussion => "Aún no se ha planificado ninguna discusión.",
        GapClosedWithoutSummary => "Una discusión cerrada no tiene resumen de cierre.",
        ToolsMethod => {
            "Elija herramientas sincrónicas y asincrónicas antes de que la comunidad comience, para que los miembros estén bien conectados desde el inicio. Praxis ya es su espacio asincrónico."
        }
        ModeSync => "Sincrónica",
        ModeAsync => "Asincrónica",
        ModeUnknown => "Desconocido",
        ToolPraxis => "Praxis",
        ToolVideo => "Videoconferencia",
        ToolWebinar => "Seminario web",
        ToolMailingList => "Lista de correo",
        ToolRepository => "Repositorio de documentos compartido",
        ToolsHeading => "Herramientas elegidas",
        NoTools => "Aún no se eligió ninguna herramienta.",
        FieldPurpose => "Propósito",
        ToolsRoleHint => "Un líder, moderador o facilitador elige las herramientas.",
        AddTool => "Agregar",
        SuggestedToolsHeading => "Herramientas sugeridas",
        OtherToolHeading => "Otra herramienta",
        FieldToolName => "Nombre de la herramienta",
        FieldMode => "Modo",
        AddOtherTool => "Agregar herramienta",
        RegisterMethod => {
            "La convocatoria invita a inscribirse electrónicamente; un líder o moderador confirma cada inscripción. El formulario funciona sin conexión y se envía al reconectarse."
        }
        RegistrationPending => "Su inscripción espera la confirmación de un líder o moderador.",
        RegistrationConfirmed => "Su inscripción está confirmada.",
        RegistrationDeclined => "Su inscripción fue rechazada.",
        YouAreMember => "Usted es miembro de esta comunidad.",
        FieldInstitution => "Institución",
        FieldCountry => "País",
        FieldExpertise => "Experiencia",
        FieldInterests => "Intereses",
        FieldConsent => "Acepto las reglas de la comunidad (obligatorio)",
        SendRegistration => "Inscribirme",
        RegisterHeading => "Formulario de inscripción",
        RosterHeading => "Miembros",
        PendingHeading => "Inscripciones pendientes",
        PendingRoleHint => "Un líder o moderador confirma las inscripciones.",
        NoPending => "No hay inscripciones en espera.",
        Confirm => "Confirmar",
        Decline => "Rechazar",
        MeetingMethod => {
            "La reunión introductoria presenta el objetivo, los resultados esperados y el plan de acción, y permite que los miembros se conozcan. Envíe la invitación con la fecha y la agenda."
        }
        MeetingPurposeHeading => "Lo que presenta la reunión",
        FieldMeetingDate => "Fecha de la reunión",
        FieldAgenda => "Agenda",
        FieldMinutes => "Acta",
        MeetingRoleHint => "Un líder, moderador o facilitador planifica la reunión.",
        DownloadInvitation => "Descargar invitación (.ics)",
        InvitationNeedsDate => "Fije una fecha para descargar la invitación.",
        PlanMethod => {
            "El líder o moderador propone un plan de acción en la reunión introductoria; cada actividad sirve a un resultado esperado y todos los miembros siguen su avance."
        }
        StatusDone => "Hecho",
        StatusCancelled => "Cancelado",
        PlanHeading => "Actividades",
        NoActions => "Aún no hay actividades.",
        FieldResult => "Resultado esperado",
        FieldOwner => "Responsable",
        FieldAction => "Actividad",
        FieldDue => "Fecha límite",
        FieldActionStatus => "Estado de la actividad",
        PlanRoleHint => "Un líder o moderador edita el plan de acción.",
        ErrActionIncomplete => {
            "Describa la actividad y elija un resultado esperado, un responsable y una fecha límite."
        }
        AddActionHeading => "Agregar una actividad",
        AddAction => "Agregar actividad",
        ErrDateInPast => "Esta fecha ya pasó: elija hoy o un día posterior.",
        ErrInvalidDate => "Introduzca una fecha válida.",
        ErrConsentRequired => "Para inscribirse, acepte las reglas de la comunidad.",
        DiscussionsHeading => "Discusiones",
        DiscussionsOpen => "Discusiones moderadas",
        NoDiscussions => "Todavía no hay discusiones.",
        DiscussionStage => "Etapa",
        DiscussionPostCount => "Mensajes",
        DiscPlanned => "Planificada",
        DiscOpen => "Abierta",
        DiscClosing => "En cierre",
        DiscClosed => "Cerrada",
        NewDiscussionHeading => "Nueva discusión",
        FieldDiscussionTitle => "Título de la discusión",
        FieldDiscussionObjective => "Objetivo de la discusión",
        FieldGuidingQuestion => "Pregunta orientadora",
        GuidelinesLegend => "Pautas de participación",
        FieldPostLanguage => "Idioma de los mensajes",
        FieldMaxWords => "Máximo de palabras por mensaje",
        FieldAddressing => "Cómo dirigirse a los demás",
        NoWordLimit => "Sin límite",
        CreateDiscussion => "Crear discusión",
        DiscussionRoleHint => {
            "Solo un líder, moderador o facilitador puede planificar una discusión."
        }
        ErrWholeNumber => "Escriba un número entero o déjelo vacío.",
        PinnedQuestion => "Pregunta en discusión",
        PostsHeading => "Hilo",
        NoPosts => "Todavía no hay mensajes.",
        ReplyButton => "Responder",
        ReplyTo => "a",
        FieldPost => "Su mensaje",
        FieldReply => "Su respuesta",
        SendPost => "Publicar",
        SendReply => "Enviar respuesta",
        NewPostHeading => "Participar en la discusión",
        ModerationHeading => "Moderación",
        FieldRestated => "Pregunta reformulada",
        RestateQuestion => "Reformular la pregunta",
        FieldClosingSummary => "Síntesis articulada",
        CitedPostsLegend => "Mensajes en los que se basa la síntesis",
        CloseDiscussion => "Cerrar la discusión",
        ClosingSummaryHeading => "Síntesis de cierre",
        DiscussionIsClosed => "Esta discusión está cerrada.",
        CitedPosts => "Mensajes citados",
        PostBy => "Mensaje de",
        DiscussionNotFound => "No existe esa discusión en esta comunidad.",
        AllDiscussions => "Todas las discusiones",
        ErrPostTooLong => "Este mensaje supera el límite de palabras de las pautas.",
        ErrDiscussionClosed => "Esta discusión está cerrada; no admite más mensajes.",
        ErrAlreadyDecided => "Otro miembro ya decidió sobre esta inscripción.",
        AppName => "Praxis",
        SkipToContent => "Saltar al contenido principal",
        MainNav => "Principal",
        NavHome => "Mis comunidades",
        NavNew => "Nueva comunidad",
        Language => "Idioma",
        ConnectionLabel => "Conexión:",
        ConnOffline => "Sin conexión",
        ConnConnecting => "Conectando…",
        ConnSyncing => "Sincronizando…",
        ConnSynced => "Sincronizado",
        HomeHeading => "Mis comunidades",
        HomeEmpty => "Todavía no hay comunidades en este dispositivo.",
        HomeLoading => "Cargando las comunidades guardadas en este dispositivo…",
        Untitled => "Comunidad sin título",
        NewHeading => "Nueva comunidad",
        FieldTitle => "Título",
        FieldProblem => "Planteamiento del problema",
        ProblemHint => "El problema de salud que abordará esta comunidad de práctica.",
        Create => "Crear comunidad",
        TitleRequired => "Escriba un título para la comunidad.",
        ShareHeading => "Compartir",
        ShareHint => {
            "Envíe este enlace a otros miembros: abre esta comunidad en su navegador. Quien aún no es miembro necesita un enlace de invitación, salvo que la convocatoria sea pública."
        }
        CopyLink => "Copiar enlace",
        Copied => "Enlace copiado.",
        CopyFailed => "No se pudo copiar. Seleccione el enlace y cópielo a mano.",
        LookingFor => "Buscando esta comunidad…",
        LookingOffline => "Está sin conexión. La comunidad se cargará cuando vuelva la conexión.",
        NotFoundOnRelay => "Esta comunidad no se encontró en el relé.",
        NotSharedWithYou => {
            "El relé ya no comparte esta comunidad con este dispositivo: usted no está entre sus miembros. Lo que tiene se queda aquí, pero sus cambios no llegarán a los demás. Pida una invitación a un líder."
        }
        ErrorSignIn => {
            "El relé no aceptó este dispositivo; sus cambios quedan en este dispositivo hasta que lo haga."
        }
        ErrorDeviceKeyMissing => {
            "Este navegador no puede crear una clave de dispositivo, así que no puede sincronizar. Su trabajo queda en este dispositivo."
        }
        InviteHeading => "Invitar miembros",
        InviteHint => {
            "La convocatoria es restringida (o aún no está decidida): solo los miembros y quienes tengan un enlace de invitación pueden abrir esta comunidad. El relé crea los enlaces, así que necesita conexión."
        }
        InviteAskLeader => {
            "Para invitar a alguien, pida un enlace de invitación a un líder o a un moderador."
        }
        InviteValidFor => "Válido durante",
        InviteOneDay => "1 día",
        InviteOneWeek => "7 días",
        InviteOneMonth => "30 días",
        InviteUses => "Quién puede usarlo",
        InviteOnePerson => "Una persona",
        InviteManyPeople => "Cualquiera con el enlace, hasta que venza",
        InviteCreate => "Crear enlace de invitación",
        InviteOffline => "Conéctese al relé para crear o revocar enlaces de invitación.",
        InviteCreated => "Enlace de invitación creado. Envíelo a la persona invitada.",
        InviteRevokedDone => "Invitación revocada: su enlace ya no funciona.",
        InviteFailed => "El relé no pudo hacerlo.",
        InviteActive => "Enlaces de invitación vigentes",
        InviteExpires => "Vence el",
        InviteRevoke => "Revocar",
        JoinHeading => "Invitación a una comunidad",
        JoinWorking => "Comprobando la invitación con el relé…",
        JoinInvalid => "Este enlace de invitación no es válido. Pida uno nuevo.",
        JoinExpired => "Esta invitación venció. Pida una nueva.",
        JoinUsed => "Esta invitación ya se usó. Pida una nueva.",
        JoinRevoked => "Esta invitación fue revocada.",
        JoinOffline => "No tiene conexión. Vuelva a abrir este enlace cuando esté conectado.",
        InvalidLink => "Este enlace no es un enlace de comunidad válido.",
        PageNotFound => "Página no encontrada.",
        BackHome => "Volver a mis comunidades",
        Dismiss => "Cerrar",
        ErrorStorageUnavailable => {
            "El almacenamiento de este dispositivo no está disponible: los cambios se perderán al cerrar la página."
        }
        ErrorStorageRead => "No se pudieron leer las comunidades guardadas en este dispositivo.",
        ErrorStorageWrite => "No se pudieron guardar sus cambios en este dispositivo.",
        ErrorCorruptDocument => {
            "Una comunidad guardada en este dispositivo está dañada y se omitió."
        }
        ErrorCorruptJournal => {
            "No se pudieron leer cambios sin guardar de este dispositivo; se apartaron y el resto se cargó."
        }
        ErrorUnreadable => "No se pudo leer una comunidad.",
        ErrorCreate => "No se pudo crear la comunidad.",
        ErrorEdit => "No se pudo aplicar su cambio.",
        DesignHeading => "Diseño (Fase I)",
        DesignIntro => {
            "Las seis etapas de la fase de diseño del método. Abra una etapa para trabajar en ella."
        }
        DesignStagesNav => "Etapas del diseño",
        StageName => "Nombre",
        StageProblem => "Problema",
        StageObjective => "Objetivo",
        StageResults => "Resultados esperados",
        StageMembers => "Miembros y roles",
        StageAudiences => "Públicos destinatarios",
        StageComplete => "Completa",
        StageMissing => "Falta:",
        MissingTitle => "un título",
        MissingProblem => "el planteamiento del problema",
        MissingObjectiveType => "el tipo de objetivo",
        MissingObjectiveText => "el objetivo en sus propias palabras",
        MissingResult => "al menos un resultado esperado",
        MissingTooManyResults => "no más de tres resultados esperados (elimine alguno)",
        MissingIndicator => "un indicador para cada resultado esperado",
        MissingLeader => "un líder",
        MissingModerator => "un moderador",
        MissingCall => "la convocatoria de miembros (pública o restringida)",
        MissingAudience => "al menos un público destinatario",
        PhaseTwoHeading => "Fase II: Implementación",
        PhaseTwoStarted => "La fase II (Implementación) ha comenzado.",
        PhaseTwoReady => "El diseño está completo: la comunidad puede comenzar la fase II.",
        PhaseTwoIncomplete => {
            "El diseño aún no está completo. Un líder puede comenzar la fase II si lo confirma."
        }
        ConfirmIncomplete => "Confirmo que comenzamos con un diseño incompleto",
        StartPhaseTwo => "Comenzar la fase II",
        BackToOverview => "Resumen de la comunidad",
        MethodAdvice => "Consejos del método",
        Remove => "Eliminar",
        NameMethod => {
            "El método aconseja que el nombre incluya información sobre el objetivo y el producto específico esperado."
        }
        NameAdviceHeading => "Consejos sobre este nombre",
        NameLooksGood => "Este nombre parece indicar un objetivo y un producto.",
        AdviceTooShort => {
            "El nombre es corto: pocas palabras rara vez indican a la vez el objetivo y el producto."
        }
        AdviceNoProduct => {
            "No se encontró un producto concreto: diga qué producirá la comunidad (por ejemplo «definir indicadores»)."
        }
        AdviceOngoingActivity => "Describe una actividad continua en lugar de un producto:",
        GoodNames => "Buenos nombres",
        BadNames => "Nombres que conviene evitar",
        ProductPart => "Producto:",
        ProblemMethod => {
            "Identificación del problema: una breve descripción del problema que se resolverá con esta comunidad. Una comunidad también puede generar nuevo conocimiento o una línea de base sobre el tema."
        }
        ObjectiveLegend => "Tipo de objetivo",
        FieldObjective => "Objetivo en sus propias palabras",
        ObjectiveMethod => {
            "Elija hacia qué se orienta el objetivo de la comunidad y luego formule el objetivo con sus propias palabras. Cada tipo se explica junto a su opción."
        }
        ObjProblemSolving => "Resolución de problemas",
        ObjGenerationOfIdeas => "Generación de ideas",
        ObjSharingKnowledge => "Intercambio de conocimiento entre instituciones",
        ObjBestPractices => "Desarrollo de buenas prácticas",
        ObjLessonsLearned => "Lecciones aprendidas",
        ObjPostActionReviews => "Revisiones posteriores a la acción",
        ConflictHeading => "Varios miembros eligieron valores distintos al mismo tiempo:",
        ConflictHint => "Conserve uno de ellos para resolverlo para todos.",
        ConflictKeep => "Conservar",
        ResultsMethod => {
            "La comunidad debe definir de uno a tres resultados esperados que se verificarán en la evaluación; cada actividad se orienta hacia ellos. Dé a cada resultado un indicador."
        }
        ResultLabel => "Resultado esperado",
        NoResults => "Todavía no hay resultados esperados.",
        FieldDescription => "Descripción",
        FieldIndicator => "Indicador",
        FieldStatus => "Estado",
        StatusPlanned => "Planificado",
        StatusInProgress => "En curso",
        StatusAchieved => "Logrado",
        StatusNotAchieved => "No logrado",
        AddResultHeading => "Agregar un resultado esperado",
        NewResultDescription => "Descripción del nuevo resultado",
        NewResultIndicator => "Indicador del nuevo resultado",
        AddResult => "Agregar resultado esperado",
        ResultsFull => {
            "Esta comunidad ya tiene tres resultados esperados, el máximo que permite el método. Elimine uno para agregar otro."
        }
        MembersMethod => {
            "Seleccione a las personas que participarán, asigne un rol a cada una y decida si la convocatoria es pública o restringida a un grupo específico. Toda comunidad necesita un líder y un moderador."
        }
        MembersHeading => "Miembros",
        NoMembers => "Todavía no hay miembros.",
        AddMemberHeading => "Agregar un miembro",
        FieldMemberName => "Nombre del miembro",
        FieldRole => "Rol",
        RoleOf => "Rol de",
        ThisIsMe => "Soy yo (en este dispositivo)",
        You => "(usted)",
        AddMember => "Agregar miembro",
        RoleLeader => "Líder",
        RoleModerator => "Moderador",
        RoleFacilitator => "Facilitador",
        RoleParticipant => "Participante",
        CallLegend => "Convocatoria de miembros",
        CallPublic => "Pública: cualquier persona puede responder",
        ApprovalModerated => "Las inscripciones necesitan la aprobación de un líder o moderador",
        ApprovalHint => "Sin aprobación, quien se inscribe entra de inmediato como participante.",
        CallRestricted => "Restringida a un grupo específico de personas",
        ResponsibilitiesHeading => "Roles y responsabilidades",
        AudiencesMethod => {
            "Identifique los públicos destinatarios: el grupo al que atenderá la comunidad y los grupos que pueden beneficiarse de ella."
        }
        NoAudiences => "Todavía no hay públicos destinatarios.",
        AddAudienceHeading => "Agregar un público destinatario",
        FieldAudience => "Público destinatario",
        AddAudience => "Agregar público",
        ErrEmptyValue => "Complete este campo primero.",
        ErrTooManyResults => "El método permite como máximo tres resultados esperados.",
        ErrNotFound => "Esta entrada ya no existe: otro miembro puede haberla eliminado.",
        ErrNotAllowed => {
            "Solo un líder puede hacerlo. En Miembros y roles, agréguese como líder y marque «Soy yo»."
        }
        ErrLeaderOrModeratorOnly => "Solo un líder o un moderador puede hacerlo.",
        ErrDesignIncomplete => {
            "El diseño no está completo: marque la confirmación para comenzar la fase II de todos modos."
        }
        MemberNotFound => "Este miembro no está en la comunidad.",
        ProfileDetailsHeading => "Perfil",
        NoConfirmedRegistration => "Aún no hay un registro confirmado.",
        ProfilePosts => "Intervenciones en discusiones",
        ProfileNotesHeading => "Notas de los moderadores sobre conocimientos e intereses",
        NoProfileNotes => "Aún no hay notas de los moderadores.",
        // discussions: plan editing, sub-groups, summaries, notes, follow-ups
        DiscErrModerateOnly => {
            "Solo un líder, moderador o facilitador puede hacer esto en una discusión."
        }
        DiscNoDate => "Sin fecha",
        DiscScheduleHeading => "Etapas y fechas",
        DiscSummaryBy => "Síntesis parcial de",
        DiscDrawsOn => "Basada en:",
        DiscFollowUpsHeading => "Acciones de seguimiento",
        DiscNoFollowUps => "No hay acciones de seguimiento vinculadas.",
        DiscSaveFollowUps => "Guardar acciones de seguimiento",
        DiscSaved => "Guardado.",
        DiscFollowUpsLegend => "Acciones de seguimiento del plan de acción",
        DiscNoActions => "El plan de acción aún no tiene acciones.",
        DiscSummarySuggested => {
            "El debate se está alargando: el método aconseja una síntesis parcial."
        }
        DiscPostsSinceSummary => "Mensajes desde la última síntesis",
        DiscWriteSummary => "Escribir una síntesis parcial",
        DiscErrSummaryEmpty => "Escriba primero la síntesis.",
        DiscSummaryHeading => "Síntesis parcial",
        DiscFieldSummary => "Texto de la síntesis parcial",
        DiscSummaryPostsLegend => "Mensajes en los que se basa esta síntesis",
        DiscPostSummary => "Publicar síntesis parcial",
        DiscParticipantsHeading => "Conocimientos e intereses de los participantes",
        DiscParticipantsHint => {
            "Registre lo que cada miembro sabe, su experiencia y sus intereses, para tenerlos en cuenta. Las notas también aparecen en el perfil del miembro."
        }
        DiscFieldNotes => "Conocimientos, experiencia e intereses",
        DiscProfileOf => "Perfil de",
        DiscNoParticipants => {
            "Nadie ha participado aún: los miembros aparecen aquí cuando publican o se unen a un subgrupo."
        }
        DiscPlanHeading => "Plan de la discusión",
        DiscSaveGuidelines => "Guardar pautas",
        DiscDatePlanned => "Fecha de planificación",
        DiscDateOpen => "Fecha de apertura",
        DiscDateClosing => "Fecha de inicio del cierre",
        DiscDateClosed => "Fecha de cierre",
        DiscChangeStage => "Cambiar etapa",
        DiscSubgroupsHeading => "Subgrupos",
        DiscNoSubgroups => "Aún no hay subgrupos.",
        DiscSubgroupMembers => "Miembros del subgrupo",
        DiscEditSubgroup => "Subgrupo:",
        DiscSubgroupName => "Nombre del subgrupo",
        DiscSaveSubgroup => "Guardar subgrupo",
        DiscRemoveSubgroup => "Eliminar subgrupo",
        DiscErrSubgroupName => "Dé un nombre al subgrupo.",
        DiscNewSubgroupHeading => "Nuevo subgrupo",
        DiscAddSubgroup => "Añadir subgrupo",
        AsmtFinalHeading => "Evaluación final",
        AsmtPeriodicHeading => "Evaluaciones periódicas",
        AsmtNoFinal => "La evaluación final aún no se ha abierto.",
        AsmtNoPeriodic => "Todavía no hay evaluaciones periódicas.",
        AsmtOpenedBy => "Abierta el {date} por {name}",
        AsmtOpenState => "Abierta: admite respuestas",
        AsmtClosedOn => "Cerrada el {date}",
        AsmtResponseRate => "{n} de {m} miembros respondieron ({rate} %)",
        AsmtManageHint => {
            "Los líderes y los moderadores abren las evaluaciones y editan sus preguntas; todos los miembros las responden."
        }
        AsmtOpenHeading => "Abrir una evaluación",
        AsmtOpenHint => {
            "Empieza con las preguntas del método en el idioma de la comunidad; puede cambiarlas hasta que alguien responda. La evaluación final se abre una sola vez, en la Fase III."
        }
        AsmtNewTitle => "Título (opcional: se usa un título predeterminado)",
        AsmtOpenFinal => "Abrir la evaluación final",
        AsmtOpenPeriodic => "Abrir una evaluación periódica",
        AsmtEditHeading => "Editar la evaluación",
        AsmtTitle => "Título de la evaluación",
        AsmtQuestion => "Pregunta",
        AsmtAnswerScale => "Se responde de 1 a 5",
        AsmtAnswerText => "Se responde por escrito",
        AsmtUnknownType => {
            "(este tipo de pregunta requiere una versión más reciente de la aplicación)"
        }
        AsmtAnsweredBy => "respondida por {n}",
        AsmtMoveUp => "Subir",
        AsmtMoveDown => "Bajar",
        AsmtAddHeading => "Añadir una pregunta",
        AsmtAnswerType => "Cómo se responde",
        AsmtCycle => "Ciclo de creación de valor (opcional)",
        AsmtNoCycle => "Ninguno",
        AsmtAddQuestion => "Añadir la pregunta",
        AsmtCycleImmediate => "Valor inmediato",
        AsmtCyclePotential => "Valor potencial",
        AsmtCycleApplied => "Valor aplicado",
        AsmtCycleRealized => "Valor realizado",
        AsmtCycleReframing => "Valor de redefinición",
        AsmtCloseHint => {
            "Al cerrar la evaluación ya no se admiten respuestas: sus resultados quedan definitivos y todos los miembros pueden leerlos."
        }
        AsmtClose => "Cerrar la evaluación",
        AsmtClosedNoAnswers => "Esta evaluación está cerrada: ya no admite respuestas.",
        AsmtYourAnswers => "Sus respuestas",
        AsmtNotAnonymous => {
            "Sus respuestas no son anónimas: el historial de la comunidad registra quién respondió, y el líder y los moderadores leen las respuestas escritas con su nombre."
        }
        AsmtAnsweredOn => {
            "Usted respondió el {date}. Si envía de nuevo, sus respuestas se reemplazan."
        }
        AsmtSend => "Enviar mis respuestas",
        AsmtSaved => {
            "Sus respuestas se guardaron en este dispositivo y se envían cuando tenga conexión."
        }
        AsmtAnswerSomething => "Responda primero al menos una pregunta.",
        AsmtScaleLow => "Nada",
        AsmtScale2 => "Poco",
        AsmtScale3 => "Moderadamente",
        AsmtScale4 => "Bastante",
        AsmtScaleHigh => "Mucho",
        AsmtResultsHeading => "Resultados",
        AsmtResultsWhenClosed => {
            "Los resultados se muestran a todos los miembros cuando se cierra la evaluación; hasta entonces solo los ven el líder y los moderadores, para que las respuestas ya dadas no influyan en las que faltan."
        }
        AsmtResultsFinal => "La evaluación está cerrada: estos resultados son definitivos.",
        AsmtChartTitle => "{title}: resultados",
        AsmtChartDescription => {
            "Respuestas a cada pregunta y a cada ciclo de creación de valor, de 1 (nada) a 5 (mucho), con su número, mediana y media."
        }
        AsmtChartCaption => {
            "Cómo se distribuyeron las respuestas de 1 (nada) a 5 (mucho). Las tablas siguientes dan las mismas cifras."
        }
        AsmtByQuestion => "Por pregunta",
        AsmtByCycle => "Por ciclo de creación de valor",
        AsmtAnswersWord => "respuestas",
        AsmtMedian => "Mediana",
        AsmtMean => "Media",
        AsmtNoAnswers => "Todavía no hay respuestas",
        AsmtAnswered => "Respondieron",
        AsmtTableQuestions => "Respuestas por pregunta, de 1 a 5",
        AsmtTableCycles => "Respuestas por ciclo de creación de valor, de 1 a 5",
        AsmtCycleColumn => "Ciclo de creación de valor",
        AsmtOpenAnswers => "Respuestas escritas",
        PremodLabel => {
            "Las síntesis de los participantes necesitan la aceptación de un moderador (premoderación)"
        }
        PremodHint => {
            "Activada por defecto en una convocatoria pública. Líderes, moderadores y facilitadores publican sus propias síntesis de inmediato."
        }
        PropHeading => "Proponer una síntesis",
        PropHintOn => {
            "La premoderación está activada: un moderador lee su síntesis antes de que aparezca en la conversación."
        }
        PropHintOff => "Su síntesis aparece en la conversación de inmediato.",
        PropField => "Texto de su síntesis",
        PropSend => "Proponer la síntesis",
        PropPublished => "Publicada: su síntesis está en la conversación.",
        PropSent => "Enviada a los moderadores para su aceptación.",
        PropListHeading => "Síntesis propuestas",
        PropBy => "Síntesis propuesta por",
        PropStateLabel => "Estado",
        PropStateWaiting => "En espera de la aceptación de un moderador",
        PropStateReturned => "Devuelta por {who} con este comentario: {what}",
        PropStateAccepted => "Aceptada: está en la conversación como síntesis parcial",
        PropStateUnknown => "Desconocido (escrito por una versión más reciente de Praxis)",
        PropOf => "la síntesis propuesta por",
        PropOn => "sobre la síntesis propuesta por",
        PropAccept => "Aceptar",
        PropComment => "Comentario para el autor",
        PropReturn => "Devolver con un comentario",
        PropErrComment => "Escriba un comentario que diga qué cambiar.",
        PropRevised => "Síntesis revisada",
        PropResend => "Enviar de nuevo",
        PropErrDecided => "Un moderador ya decidió sobre esta propuesta.",
        ReviewHeading => "Desde su última revisión",
        ReviewNothing => "Nada nuevo desde su última revisión.",
        ReviewSummary => "{n} contribuciones de {m} miembros por revisar.",
        ReviewMarkAll => "Marcar todo como revisado",
        ReviewAddedPosts => "añadió {n} mensajes a {what}",
        ReviewAdded => "añadió {what}",
        ReviewChanged => "cambió {what}",
        ReviewRemoved => "eliminó {what}",
        ReviewBefore => "Antes",
        ReviewAfter => "Después",
        ReviewChose => "eligió",
        ReviewCleared => "lo vació",
        ReviewUnknownMember => "Alguien que no está en la lista",
        ReviewUndo => "Deshacer esta contribución",
        ReviewConflictsHeading => "Elegido de forma distinta a la vez",
        ReviewConflictHint => {
            "Nada se descarta hasta que alguien elija: el valor que se muestra ahora es provisional."
        }
        ReviewChooseValue => "Elegir",
        ReviewBy => "por",
        SectionDesign => "Diseño",
        SectionRoster => "Miembros",
        SectionPlan => "Plan",
        SectionDiscussion => "Discusión «{what}»",
        SectionKnowledge => "Conocimiento",
        SectionModeration => "Moderación",
        SectionOther => "Otros",
        SubjectTitle => "el nombre",
        SubjectProblem => "el problema",
        SubjectObjective => "el objetivo",
        SubjectObjectiveType => "el tipo de objetivo",
        SubjectDesign => "el diseño",
        SubjectResult => "el resultado esperado {n}",
        SubjectAudience => "un público destinatario",
        SubjectMember => "al miembro {what}",
        SubjectCall => "la convocatoria",
        SubjectRegistration => "una inscripción",
        SubjectPhase => "la fase",
        SubjectTool => "una herramienta de gestión del conocimiento",
        SubjectMeeting => "la reunión introductoria",
        SubjectAction => "una acción del plan",
        SubjectDiscussionPlan => "el plan de la discusión",
        SubjectPost => "un mensaje",
        SubjectRestatement => "la pregunta orientadora",
        SubjectSummary => "un resumen",
        SubjectParticipantNote => "notas sobre un participante",
        SubjectClosing => "el cierre",
        SubjectProposal => "una propuesta",
        SubjectDecision => "un conflicto, eligiendo un valor",
        SubjectOther => "algo que esta versión no conoce",
        PostHiddenFor => "Un moderador ocultó este mensaje.",
        PostHiddenReason => "Ocultado por {who}: {what}",
        PostHide => "Ocultar",
        PostUnhide => "Volver a mostrar",
        PostHideReason => "Motivo (el autor lo verá)",
        PostHideConfirm => "Ocultar el mensaje",
        PostHideNeedsReason => "Indique por qué se oculta el mensaje.",
        ReviewAddedPost => "añadió un mensaje a {what}",
        ReviewMarkOne => "Marcar como revisado",
        ReviewReviewedBy => "Revisado por {who}",
        ReviewReturn => "Devolver a su autor",
        ReviewReturnComment => "Comentario para el autor",
        ReviewReturnSend => "Devolver el mensaje",
        ReviewReturnNeedsComment => "Escriba un comentario para el autor.",
        PostReturnedNote => "Devuelto por {who}: {what}",
        PostEdit => "Editar",
        PostEditLabel => "Texto del mensaje",
        PostEditSave => "Guardar el mensaje",
        PostEditCancel => "Cancelar",
        ParticipationHeading => "Participación",
        ParticipationCaption => "Cambios que cada miembro hizo en la comunidad, y sus mensajes",
        ParticipationMember => "Miembro",
        ParticipationChanges => "Cambios",
        ParticipationPosts => "Mensajes",
        ReviewShowPosts => "Mostrar los {n} mensajes",
        ReviewHidePosts => "Ocultar los mensajes",
        ErrMembersOnly => {
            "Solo los miembros de la comunidad pueden hacerlo: inscríbase para participar o pida una invitación a un líder."
        }
        PhaseThreeNav => "Páginas de la fase III",
        PhaseThreeHeading => "Fase III: Conclusión",
        PhaseThreeIntro => {
            "En la última fase la comunidad evalúa lo que logró, registra su conocimiento para el repositorio institucional y comunica sus resultados. El líder la inicia cuando el trabajo de la fase II está hecho."
        }
        StartPhaseThree => "Iniciar la fase III: Conclusión",
        PageClose => "Cerrar la comunidad",
        CloseMethod => {
            "El método cierra una comunidad después de su evaluación final: conclusiones, lecciones aprendidas y recomendaciones registradas, resultados comunicados. Una vez cerrada, la comunidad pasa a ser un registro de solo lectura que el servidor archiva para el repositorio institucional."
        }
        ClosingChecklist => "Antes de cerrar",
        ClosingReady => "Todo lo que pide el método está en su lugar.",
        GapDiscussionsNotClosed => "{n} discusiones aún no están cerradas",
        GapResultsUndecided => "{n} resultados esperados aún no indican si se lograron",
        CloseHeading => "Cerrar la comunidad",
        CloseExplained => {
            "El cierre no se puede deshacer: después nadie puede modificar la comunidad y el servidor la conserva como registro archivado. Los cambios que los miembros hicieron sin conexión y envíen después se guardan aparte para los moderadores, no se pierden."
        }
        ConfirmCloseIncomplete => "Cerrar de todos modos: sé que faltan elementos de la lista",
        CloseCommunity => "Cerrar la comunidad",
        CloseLeaderOnly => "Solo un líder de la comunidad puede cerrarla.",
        CommunityClosedBy => {
            "{name} cerró esta comunidad el {date}. Ahora es un registro de solo lectura."
        }
        OpenArchiveRecord => "Abrir el registro archivado",
        ErrCommunityClosed => "La comunidad está cerrada: ahora es un registro de solo lectura.",
        ErrClosingIncomplete => {
            "Faltan elementos de la lista: confirme que desea cerrar de todos modos."
        }
        ErrWrongPhase => "Este paso pertenece a otra fase del método.",
        CommunityLanguage => "Idioma del registro de la comunidad",
        CommunityLanguageUnset => "Sin elegir (inglés)",
        CommunityLanguageHint => {
            "Las preguntas de la evaluación, el kit de comunicación y el registro archivado se escriben en este idioma. Lo elige el líder."
        }
        SectionConclusion => "Conclusión",
        SubjectAssessment => "una evaluación",
        SubjectAssessmentQuestion => "una pregunta de una evaluación",
        SubjectAssessmentResponse => "sus respuestas a una evaluación",
        SubjectKnowledgeEntry => "una entrada de la base de conocimiento",
        SubjectClosure => "el cierre de la comunidad",
        GapNoFinalAssessment => {
            "La evaluación final no se ha abierto (el cierre la necesita, con al menos una respuesta)"
        }
        GapFinalAssessmentUnanswered => {
            "Nadie ha respondido aún la evaluación final (el cierre necesita al menos una respuesta)"
        }
        GapFinalAssessmentOpen => {
            "La evaluación final aún recibe respuestas: ciérrela para que sus resultados sean definitivos"
        }
        GapNoConclusion => "No hay ninguna conclusión aceptada en la base de conocimiento",
        GapNoLesson => "No hay ninguna lección aprendida aceptada en la base de conocimiento",
        GapNoRecommendation => "No hay ninguna recomendación aceptada en la base de conocimiento",
        GapNoKnowledge => "Un tipo de conocimiento esperado no tiene ninguna entrada aceptada",
        ErrFinalAssessmentMissing => {
            "El cierre necesita la evaluación final, respondida por al menos un miembro."
        }
        ErrFinalAssessmentExists => "La comunidad ya tiene una evaluación final.",
        ErrAssessmentClosed => "Esta evaluación está cerrada: no admite más respuestas ni cambios.",
        ErrQuestionAnswered => {
            "Los miembros ya respondieron esta pregunta: agregue una nueva en lugar de cambiarla."
        }
        ErrInvalidAnswer => {
            "Esa respuesta no corresponde a la pregunta (elija de 1 a 5, o escriba un texto)."
        }
        PageAssessment => "Evaluación",
        PageKnowledge => "Base de conocimiento",
        PageKit => "Kit de comunicación",
        AssessmentMethod => {
            "El método pide evaluaciones periódicas y una final: una encuesta de satisfacción sencilla a los miembros, para valorar el desempeño de la comunidad frente a su objetivo y resultados esperados. De sus resultados se extraen conclusiones, lecciones aprendidas, revisiones posteriores a la acción y recomendaciones."
        }
        KnowledgeMethod => {
            "Organizar lo que produjo la comunidad es sobre todo tarea del moderador: convertir el conocimiento tácito en explícito, listo para un repositorio institucional. Cualquier miembro propone una entrada, vinculada a las discusiones de las que surgió; un moderador la acepta o la devuelve con un comentario."
        }
        KitMethod => {
            "Comunique los resultados a los miembros y a cada público: una nota en la intranet, una página para el público, mensajes cortos para redes sociales, una presentación, mensajes para redes temáticas, un seminario virtual y, si el aporte es original, un artículo científico. Cada elemento se redacta con el contenido de la comunidad, en su idioma; edítelo antes de usarlo."
        }
        KbConclusion => "Conclusión",
        KbLessonLearned => "Lección aprendida",
        KbBestPractice => "Buena práctica",
        KbPostActionReview => "Revisión posterior a la acción",
        KbRecommendation => "Recomendación",
        KbConclusions => "Conclusiones",
        KbLessonsLearned => "Lecciones aprendidas",
        KbBestPractices => "Buenas prácticas",
        KbPostActionReviews => "Revisiones posteriores a la acción",
        KbRecommendations => "Recomendaciones",
        KbKind => "Tipo de conocimiento",
        KbTitle => "Título",
        KbText => "Lo que aprendió la comunidad, en pocas frases",
        KbSources => "Discusiones de las que surgió",
        KbFrom => "De las discusiones:",
        KbProposeHeading => "Proponer conocimiento",
        KbPropose => "Proponer la entrada",
        KbAdded => "Agregada a la base de conocimiento.",
        KbSent => {
            "Enviada a los moderadores: aparece en la base de conocimiento cuando la acepten."
        }
        KbNone => "Nada todavía.",
        KitErrUrl => "Una dirección debe empezar por https:// o http:// y no tener espacios.",
        KitErrSeminar => "El seminario necesita una fecha, una hora (UTC) y un enlace.",
        KitErrDeck => "No se pudo crear la presentación.",
        KitIntranet => "Nota para la intranet",
        KitPublicPage => "Página web pública",
        KitNetwork => "Mensaje para redes temáticas",
        KitArticle => "Esquema de artículo científico (IMRyD)",
        KitOptions => "Sobre la publicación",
        KitOptionsHint => {
            "Todo lo que sigue se redacta con el contenido de la comunidad, en su idioma. Agregue lo que solo usted sabe; los textos se actualizan mientras escribe. Sus cambios en los cuadros de texto quedan en esta página: descargue cada elemento cuando esté listo."
        }
        KitPageUrl => "Dirección donde se publicará la página pública",
        KitEmail => "Correo de contacto",
        KitHashtags => "Etiquetas para redes sociales (separadas por comas)",
        KitSeminar => "Seminario virtual",
        KitSeminarDate => "Fecha",
        KitSeminarTime => "Hora de inicio (UTC)",
        KitSeminarMinutes => "Duración en minutos",
        KitSeminarLink => "Enlace para participar",
        KitDownload => "Descargar",
        KitSocial => "Mensajes cortos para redes sociales",
        KitSocialHint => {
            "Cada uno cabe en 280 caracteres tal como los cuenta X (un enlace cuenta 23)."
        }
        KitSocialPost => "Mensaje {n}",
        KitSocialCount => "{n} de {limit} caracteres",
        KitDeck => "Presentación de diapositivas",
        KitDeckHint => {
            "Un archivo .pptx que abren PowerPoint y LibreOffice, hecho con los resultados de la comunidad."
        }
        KitDownloadDeck => "Descargar las diapositivas (.pptx)",
        KitSeminarInvitation => "Invitación al seminario virtual",
        KitSeminarNeeded => {
            "Indique arriba la fecha, la hora y el enlace del seminario para redactar la invitación y el archivo de calendario."
        }
        KitDownloadIcs => "Descargar el archivo de calendario (.ics)",
        ArchiveHeading => "Archivo de comunidades cerradas",
        ArchiveHint => {
            "Las comunidades cerradas se conservan como registros: se pueden buscar sus conclusiones, lecciones aprendidas y recomendaciones. La búsqueda es una página ligera que funciona con conexiones lentas."
        }
        ArchiveSearch => "Buscar en el archivo",
        LateHeading => "Enviado después del cierre",
        LateCount => {
            "{n} cambios llegaron al servidor después de que se archivó la comunidad. Se guardan aparte, fuera del registro."
        }
        LateChangeBy => "{name}, recibido el {date}",
        KbPosts => "Mensajes en los que se basa",
        KbCites => "A partir de los mensajes:",
        JoinDeclined => {
            "Los líderes de la comunidad rechazaron su inscripción, así que este enlace no puede admitirle. Pídales que le agreguen a la lista de miembros."
        }
        PostsShowEarlier => "Mostrar mensajes anteriores ({n} sin mostrar)",
        PickerFilter => "Buscar mensajes por autor o palabras",
        PickerShowing => "Se muestran {shown} de {total} mensajes",
        PickerNoMatch => "Ningún mensaje coincide.",
    }
}

fn pt(key: Key) -> &'static str {
    use Key::*;
    match key {
        PageTools => "Ferramentas de gestão do conhecimento",
        PageRegister => "Inscrição e membros",
        PageMeeting => "Reunião introdutória",
        PagePlan => "Plano de ação",
        PhaseTwoNav => "Páginas de implementação",
        PhaseTwoPagesHeading => "Implementação (Fase II)",
        PhaseTwoIntro => {
            "As etapas da fase de implementação do método. Abra uma etapa para trabalhar nela."
        }
        GapNoTool => "Nenhuma ferramenta de gestão do conhecimento registrada ainda.",
        GapRegistrationsPending => "Há inscrições aguardando a decisão de um líder ou moderador.",
        GapNoConfirmedRegistration => "Nenhuma inscrição confirmada ainda.",
        GapNoMeetingDate => "A reunião introdutória não tem data.",
        GapNoMeetingAgenda => "A reunião introdutória não tem pauta.",
        GapNoMeetingMinutes => "A reunião introdutória já aconteceu: registre a ata.",
        GapNoActionItem => "O plano de ação ainda não tem ações.",
        GapResultWithoutAction => "Um resultado esperado não tem nenhuma ação no plano.",
        GapOverdueActions => "Algumas ações passaram do prazo.",
        GapActionOwnerNotMember => "O responsável por uma ação não é mais membro.",
        GapNoDiscussion => "Nenhuma discussão planejada ainda.",
        GapClosedWithoutSummary => "Uma discussão encerrada não tem resumo de encerramento.",
        ToolsMethod => {
            "Escolha ferramentas síncronas e assíncronas antes do início da comunidade, para que os membros estejam bem conectados desde o começo. O Praxis já é o seu espaço assíncrono."
        }
        ModeSync => "Síncrona",
        ModeAsync => "Assíncrona",
        ModeUnknown => "Desconhecido",
        ToolPraxis => "Praxis",
        ToolVideo => "Videoconferência",
        ToolWebinar => "Webinário",
        ToolMailingList => "Lista de e-mails",
        ToolRepository => "Repositório de documentos compartilhado",
        ToolsHeading => "Ferramentas escolhidas",
        NoTools => "Nenhuma ferramenta escolhida ainda.",
        FieldPurpose => "Finalidade",
        ToolsRoleHint => "Um líder, moderador ou facilitador escolhe as ferramentas.",
        AddTool => "Adicionar",
        SuggestedToolsHeading => "Ferramentas sugeridas",
        OtherToolHeading => "Outra ferramenta",
        FieldToolName => "Nome da ferramenta",
        FieldMode => "Modo",
        AddOtherTool => "Adicionar ferramenta",
        RegisterMethod => {
            "A convocatória convida as pessoas a se inscreverem eletronicamente; um líder ou moderador confirma cada inscrição. O formulário funciona sem conexão e é enviado ao reconectar."
        }
        RegistrationPending => "Sua inscrição aguarda a confirmação de um líder ou moderador.",
        RegistrationConfirmed => "Sua inscrição está confirmada.",
        RegistrationDeclined => "Sua inscrição foi recusada.",
        YouAreMember => "Você é membro desta comunidade.",
        FieldInstitution => "Instituição",
        FieldCountry => "País",
        FieldExpertise => "Especialidade",
        FieldInterests => "Interesses",
        FieldConsent => "Aceito as regras da comunidade (obrigatório)",
        SendRegistration => "Inscrever-me",
        RegisterHeading => "Formulário de inscrição",
        RosterHeading => "Membros",
        PendingHeading => "Inscrições pendentes",
        PendingRoleHint => "Um líder ou moderador confirma as inscrições.",
        NoPending => "Nenhuma inscrição aguardando.",
        Confirm => "Confirmar",
        Decline => "Recusar",
        MeetingMethod => {
            "A reunião introdutória apresenta o objetivo, os resultados esperados e o plano de ação, e permite que os membros se conheçam. Envie o convite com a data e a pauta."
        }
        MeetingPurposeHeading => "O que a reunião apresenta",
        FieldMeetingDate => "Data da reunião",
        FieldAgenda => "Pauta",
        FieldMinutes => "Ata",
        MeetingRoleHint => "Um líder, moderador ou facilitador planeja a reunião.",
        DownloadInvitation => "Baixar convite (.ics)",
        InvitationNeedsDate => "Defina uma data para baixar o convite.",
        PlanMethod => {
            "O líder ou moderador propõe um plano de ação na reunião introdutória; cada atividade serve a um resultado esperado e todos os membros acompanham seu andamento."
        }
        StatusDone => "Concluído",
        StatusCancelled => "Cancelado",
        PlanHeading => "Atividades",
        NoActions => "Nenhuma atividade ainda.",
        FieldResult => "Resultado esperado",
        FieldOwner => "Responsável",
        FieldAction => "Atividade",
        FieldDue => "Prazo",
        FieldActionStatus => "Situação da atividade",
        PlanRoleHint => "Um líder ou moderador edita o plano de ação.",
        ErrActionIncomplete => {
            "Descreva a atividade e escolha um resultado esperado, um responsável e um prazo."
        }
        AddActionHeading => "Adicionar uma atividade",
        AddAction => "Adicionar atividade",
        ErrDateInPast => "Esta data já passou: escolha hoje ou um dia posterior.",
        ErrInvalidDate => "Informe uma data válida.",
        ErrConsentRequired => "Para se inscrever, aceite as regras da comunidade.",
        DiscussionsHeading => "Discussões",
        DiscussionsOpen => "Discussões moderadas",
        NoDiscussions => "Ainda não há discussões.",
        DiscussionStage => "Etapa",
        DiscussionPostCount => "Mensagens",
        DiscPlanned => "Planejada",
        DiscOpen => "Aberta",
        DiscClosing => "Em encerramento",
        DiscClosed => "Encerrada",
        NewDiscussionHeading => "Nova discussão",
        FieldDiscussionTitle => "Título da discussão",
        FieldDiscussionObjective => "Objetivo da discussão",
        FieldGuidingQuestion => "Pergunta orientadora",
        GuidelinesLegend => "Diretrizes de participação",
        FieldPostLanguage => "Idioma das mensagens",
        FieldMaxWords => "Máximo de palavras por mensagem",
        FieldAddressing => "Como se dirigir aos outros",
        NoWordLimit => "Sem limite",
        CreateDiscussion => "Criar discussão",
        DiscussionRoleHint => {
            "Somente um líder, moderador ou facilitador pode planejar uma discussão."
        }
        ErrWholeNumber => "Digite um número inteiro ou deixe em branco.",
        PinnedQuestion => "Pergunta em discussão",
        PostsHeading => "Conversa",
        NoPosts => "Ainda não há mensagens.",
        ReplyButton => "Responder",
        ReplyTo => "a",
        FieldPost => "Sua mensagem",
        FieldReply => "Sua resposta",
        SendPost => "Publicar",
        SendReply => "Enviar resposta",
        NewPostHeading => "Participar da discussão",
        ModerationHeading => "Moderação",
        FieldRestated => "Pergunta reformulada",
        RestateQuestion => "Reformular a pergunta",
        FieldClosingSummary => "Síntese articulada",
        CitedPostsLegend => "Mensagens em que a síntese se baseia",
        CloseDiscussion => "Encerrar a discussão",
        ClosingSummaryHeading => "Síntese de encerramento",
        DiscussionIsClosed => "Esta discussão está encerrada.",
        CitedPosts => "Mensagens citadas",
        PostBy => "Mensagem de",
        DiscussionNotFound => "Não existe essa discussão nesta comunidade.",
        AllDiscussions => "Todas as discussões",
        ErrPostTooLong => "Esta mensagem ultrapassa o limite de palavras das diretrizes.",
        ErrDiscussionClosed => "Esta discussão está encerrada; não aceita mais mensagens.",
        ErrAlreadyDecided => "Outro membro já decidiu sobre esta inscrição.",
        AppName => "Praxis",
        SkipToContent => "Ir para o conteúdo principal",
        MainNav => "Principal",
        NavHome => "Minhas comunidades",
        NavNew => "Nova comunidade",
        Language => "Idioma",
        ConnectionLabel => "Conexão:",
        ConnOffline => "Sem conexão",
        ConnConnecting => "Conectando…",
        ConnSyncing => "Sincronizando…",
        ConnSynced => "Sincronizado",
        HomeHeading => "Minhas comunidades",
        HomeEmpty => "Ainda não há comunidades neste dispositivo.",
        HomeLoading => "Carregando as comunidades salvas neste dispositivo…",
        Untitled => "Comunidade sem título",
        NewHeading => "Nova comunidade",
        FieldTitle => "Título",
        FieldProblem => "Definição do problema",
        ProblemHint => "O problema de saúde que esta comunidade de prática vai abordar.",
        Create => "Criar comunidade",
        TitleRequired => "Digite um título para a comunidade.",
        ShareHeading => "Compartilhar",
        ShareHint => {
            "Envie este link a outros membros: ele abre esta comunidade no navegador deles. Quem ainda não é membro precisa de um link de convite, a menos que a chamada seja pública."
        }
        CopyLink => "Copiar link",
        Copied => "Link copiado.",
        CopyFailed => "Não foi possível copiar. Selecione o link e copie-o manualmente.",
        LookingFor => "Procurando esta comunidade…",
        LookingOffline => {
            "Você está sem conexão. A comunidade será carregada quando a conexão voltar."
        }
        NotFoundOnRelay => "Esta comunidade não foi encontrada no relé.",
        NotSharedWithYou => {
            "O relé não compartilha mais esta comunidade com este dispositivo: você não está entre os membros. O que você tem fica aqui, mas suas alterações não chegarão aos outros. Peça um convite a um líder."
        }
        ErrorSignIn => {
            "O relé não aceitou este dispositivo; suas alterações ficam neste dispositivo até que aceite."
        }
        ErrorDeviceKeyMissing => {
            "Este navegador não consegue criar uma chave de dispositivo, então não pode sincronizar. Seu trabalho fica neste dispositivo."
        }
        InviteHeading => "Convidar membros",
        InviteHint => {
            "A chamada é restrita (ou ainda não foi decidida): só os membros e quem tiver um link de convite podem abrir esta comunidade. O relé cria os links, então é preciso ter conexão."
        }
        InviteAskLeader => {
            "Para convidar alguém, peça um link de convite a um líder ou a um moderador."
        }
        InviteValidFor => "Válido por",
        InviteOneDay => "1 dia",
        InviteOneWeek => "7 dias",
        InviteOneMonth => "30 dias",
        InviteUses => "Quem pode usá-lo",
        InviteOnePerson => "Uma pessoa",
        InviteManyPeople => "Qualquer pessoa com o link, até expirar",
        InviteCreate => "Criar link de convite",
        InviteOffline => "Conecte-se ao relé para criar ou revogar links de convite.",
        InviteCreated => "Link de convite criado. Envie-o à pessoa convidada.",
        InviteRevokedDone => "Convite revogado: o link não funciona mais.",
        InviteFailed => "O relé não conseguiu fazer isso.",
        InviteActive => "Links de convite em vigor",
        InviteExpires => "Expira em",
        InviteRevoke => "Revogar",
        JoinHeading => "Convite para uma comunidade",
        JoinWorking => "Verificando o convite com o relé…",
        JoinInvalid => "Este link de convite não é válido. Peça um novo.",
        JoinExpired => "Este convite expirou. Peça um novo.",
        JoinUsed => "Este convite já foi usado. Peça um novo.",
        JoinRevoked => "Este convite foi revogado.",
        JoinOffline => "Você está sem conexão. Abra este link de novo quando estiver conectado.",
        InvalidLink => "Este link não é um link de comunidade válido.",
        PageNotFound => "Página não encontrada.",
        BackHome => "Voltar para minhas comunidades",
        Dismiss => "Fechar",
        ErrorStorageUnavailable => {
            "O armazenamento deste dispositivo não está disponível: as alterações serão perdidas ao fechar a página."
        }
        ErrorStorageRead => "Não foi possível ler as comunidades salvas neste dispositivo.",
        ErrorStorageWrite => "Não foi possível salvar suas alterações neste dispositivo.",
        ErrorCorruptDocument => {
            "Uma comunidade salva neste dispositivo está danificada e foi ignorada."
        }
        ErrorCorruptJournal => {
            "Não foi possível ler alterações não salvas deste dispositivo; foram separadas e o resto foi carregado."
        }
        ErrorUnreadable => "Não foi possível ler uma comunidade.",
        ErrorCreate => "Não foi possível criar a comunidade.",
        ErrorEdit => "Não foi possível aplicar sua alteração.",
        DesignHeading => "Desenho (Fase I)",
        DesignIntro => {
            "As seis etapas da fase de desenho do método. Abra uma etapa para trabalhar nela."
        }
        DesignStagesNav => "Etapas do desenho",
        StageName => "Nome",
        StageProblem => "Problema",
        StageObjective => "Objetivo",
        StageResults => "Resultados esperados",
        StageMembers => "Membros e papéis",
        StageAudiences => "Públicos-alvo",
        StageComplete => "Completa",
        StageMissing => "Falta:",
        MissingTitle => "um título",
        MissingProblem => "a definição do problema",
        MissingObjectiveType => "o tipo de objetivo",
        MissingObjectiveText => "o objetivo em suas próprias palavras",
        MissingResult => "pelo menos um resultado esperado",
        MissingTooManyResults => "no máximo três resultados esperados (remova algum)",
        MissingIndicator => "um indicador para cada resultado esperado",
        MissingLeader => "um líder",
        MissingModerator => "um moderador",
        MissingCall => "a chamada de membros (pública ou restrita)",
        MissingAudience => "pelo menos um público-alvo",
        PhaseTwoHeading => "Fase II: Implementação",
        PhaseTwoStarted => "A fase II (Implementação) começou.",
        PhaseTwoReady => "O desenho está completo: a comunidade pode começar a fase II.",
        PhaseTwoIncomplete => {
            "O desenho ainda não está completo. Um líder pode começar a fase II se confirmar."
        }
        ConfirmIncomplete => "Confirmo que começamos com um desenho incompleto",
        StartPhaseTwo => "Começar a fase II",
        BackToOverview => "Visão geral da comunidade",
        MethodAdvice => "Conselhos do método",
        Remove => "Remover",
        NameMethod => {
            "O método recomenda que o nome inclua informações sobre o objetivo e o produto específico esperado."
        }
        NameAdviceHeading => "Conselhos sobre este nome",
        NameLooksGood => "Este nome parece indicar um objetivo e um produto.",
        AdviceTooShort => {
            "O nome é curto: poucas palavras raramente indicam ao mesmo tempo o objetivo e o produto."
        }
        AdviceNoProduct => {
            "Nenhum produto concreto encontrado: diga o que a comunidade vai produzir (por exemplo “definir indicadores”)."
        }
        AdviceOngoingActivity => "Descreve uma atividade contínua em vez de um produto:",
        GoodNames => "Bons nomes",
        BadNames => "Nomes a evitar",
        ProductPart => "Produto:",
        ProblemMethod => {
            "Identificação do problema: uma breve descrição do problema a ser resolvido com esta comunidade. Uma comunidade também pode gerar novo conhecimento ou uma linha de base sobre o tema."
        }
        ObjectiveLegend => "Tipo de objetivo",
        FieldObjective => "Objetivo em suas próprias palavras",
        ObjectiveMethod => {
            "Escolha para o que o objetivo da comunidade está orientado e depois formule o objetivo com suas próprias palavras. Cada tipo é explicado ao lado da opção."
        }
        ObjProblemSolving => "Resolução de problemas",
        ObjGenerationOfIdeas => "Geração de ideias",
        ObjSharingKnowledge => "Compartilhamento de conhecimento entre instituições",
        ObjBestPractices => "Desenvolvimento de boas práticas",
        ObjLessonsLearned => "Lições aprendidas",
        ObjPostActionReviews => "Revisões pós-ação",
        ConflictHeading => "Membros escolheram valores diferentes ao mesmo tempo:",
        ConflictHint => "Mantenha um deles para resolver para todos.",
        ConflictKeep => "Manter",
        ResultsMethod => {
            "A comunidade deve definir de um a três resultados esperados que serão verificados na avaliação; cada atividade é orientada para eles. Dê a cada resultado um indicador."
        }
        ResultLabel => "Resultado esperado",
        NoResults => "Ainda não há resultados esperados.",
        FieldDescription => "Descrição",
        FieldIndicator => "Indicador",
        FieldStatus => "Situação",
        StatusPlanned => "Planejado",
        StatusInProgress => "Em andamento",
        StatusAchieved => "Alcançado",
        StatusNotAchieved => "Não alcançado",
        AddResultHeading => "Adicionar um resultado esperado",
        NewResultDescription => "Descrição do novo resultado",
        NewResultIndicator => "Indicador do novo resultado",
        AddResult => "Adicionar resultado esperado",
        ResultsFull => {
            "Esta comunidade já tem três resultados esperados, o máximo que o método permite. Remova um para adicionar outro."
        }
        MembersMethod => {
            "Selecione as pessoas que vão participar, atribua um papel a cada uma e decida se a chamada é pública ou restrita a um grupo específico. Toda comunidade precisa de um líder e de um moderador."
        }
        MembersHeading => "Membros",
        NoMembers => "Ainda não há membros.",
        AddMemberHeading => "Adicionar um membro",
        FieldMemberName => "Nome do membro",
        FieldRole => "Papel",
        RoleOf => "Papel de",
        ThisIsMe => "Sou eu (neste dispositivo)",
        You => "(você)",
        AddMember => "Adicionar membro",
        RoleLeader => "Líder",
        RoleModerator => "Moderador",
        RoleFacilitator => "Facilitador",
        RoleParticipant => "Participante",
        CallLegend => "Chamada de membros",
        CallPublic => "Pública: qualquer pessoa pode responder",
        ApprovalModerated => "As inscrições precisam da aprovação de um líder ou moderador",
        ApprovalHint => "Sem aprovação, quem se inscreve entra na hora como participante.",
        CallRestricted => "Restrita a um grupo específico de pessoas",
        ResponsibilitiesHeading => "Papéis e responsabilidades",
        AudiencesMethod => {
            "Identifique os públicos-alvo: o grupo que a comunidade vai atender e os grupos que podem se beneficiar dela."
        }
        NoAudiences => "Ainda não há públicos-alvo.",
        AddAudienceHeading => "Adicionar um público-alvo",
        FieldAudience => "Público-alvo",
        AddAudience => "Adicionar público",
        ErrEmptyValue => "Preencha este campo primeiro.",
        ErrTooManyResults => "O método permite no máximo três resultados esperados.",
        ErrNotFound => "Esta entrada não existe mais: outro membro pode tê-la removido.",
        ErrNotAllowed => {
            "Só um líder pode fazer isso. Em Membros e papéis, adicione-se como líder e marque “Sou eu”."
        }
        ErrLeaderOrModeratorOnly => "Só um líder ou um moderador pode fazer isso.",
        ErrDesignIncomplete => {
            "O desenho não está completo: marque a confirmação para começar a fase II mesmo assim."
        }
        MemberNotFound => "Este membro não está na comunidade.",
        ProfileDetailsHeading => "Perfil",
        NoConfirmedRegistration => "Ainda não há inscrição confirmada.",
        ProfilePosts => "Intervenções em discussões",
        ProfileNotesHeading => "Notas dos moderadores sobre conhecimentos e interesses",
        NoProfileNotes => "Ainda não há notas dos moderadores.",
        // discussions: plan editing, sub-groups, summaries, notes, follow-ups
        DiscErrModerateOnly => {
            "Somente um líder, moderador ou facilitador pode fazer isso em uma discussão."
        }
        DiscNoDate => "Sem data",
        DiscScheduleHeading => "Etapas e datas",
        DiscSummaryBy => "Síntese parcial de",
        DiscDrawsOn => "Baseada em:",
        DiscFollowUpsHeading => "Ações de acompanhamento",
        DiscNoFollowUps => "Nenhuma ação de acompanhamento vinculada.",
        DiscSaveFollowUps => "Salvar ações de acompanhamento",
        DiscSaved => "Salvo.",
        DiscFollowUpsLegend => "Ações de acompanhamento do plano de ação",
        DiscNoActions => "O plano de ação ainda não tem ações.",
        DiscSummarySuggested => {
            "O debate está ficando longo: o método recomenda uma síntese parcial."
        }
        DiscPostsSinceSummary => "Mensagens desde a última síntese",
        DiscWriteSummary => "Escrever uma síntese parcial",
        DiscErrSummaryEmpty => "Escreva a síntese primeiro.",
        DiscSummaryHeading => "Síntese parcial",
        DiscFieldSummary => "Texto da síntese parcial",
        DiscSummaryPostsLegend => "Mensagens em que esta síntese se baseia",
        DiscPostSummary => "Publicar síntese parcial",
        DiscParticipantsHeading => "Conhecimentos e interesses dos participantes",
        DiscParticipantsHint => {
            "Registre o que cada membro sabe, sua experiência e seus interesses, para tê-los em conta. As notas também aparecem no perfil do membro."
        }
        DiscFieldNotes => "Conhecimentos, experiência e interesses",
        DiscProfileOf => "Perfil de",
        DiscNoParticipants => {
            "Ninguém participou ainda: os membros aparecem aqui quando publicam ou entram em um subgrupo."
        }
        DiscPlanHeading => "Plano da discussão",
        DiscSaveGuidelines => "Salvar diretrizes",
        DiscDatePlanned => "Data de planejamento",
        DiscDateOpen => "Data de abertura",
        DiscDateClosing => "Data de início do encerramento",
        DiscDateClosed => "Data de encerramento",
        DiscChangeStage => "Mudar etapa",
        DiscSubgroupsHeading => "Subgrupos",
        DiscNoSubgroups => "Ainda não há subgrupos.",
        DiscSubgroupMembers => "Membros do subgrupo",
        DiscEditSubgroup => "Subgrupo:",
        DiscSubgroupName => "Nome do subgrupo",
        DiscSaveSubgroup => "Salvar subgrupo",
        DiscRemoveSubgroup => "Remover subgrupo",
        DiscErrSubgroupName => "Dê um nome ao subgrupo.",
        DiscNewSubgroupHeading => "Novo subgrupo",
        DiscAddSubgroup => "Adicionar subgrupo",
        AsmtFinalHeading => "Avaliação final",
        AsmtPeriodicHeading => "Avaliações periódicas",
        AsmtNoFinal => "A avaliação final ainda não foi aberta.",
        AsmtNoPeriodic => "Ainda não há avaliações periódicas.",
        AsmtOpenedBy => "Aberta em {date} por {name}",
        AsmtOpenState => "Aberta: recebe respostas",
        AsmtClosedOn => "Encerrada em {date}",
        AsmtResponseRate => "{n} de {m} membros responderam ({rate} %)",
        AsmtManageHint => {
            "Os líderes e os moderadores abrem as avaliações e editam suas perguntas; todos os membros as respondem."
        }
        AsmtOpenHeading => "Abrir uma avaliação",
        AsmtOpenHint => {
            "Começa com as perguntas do método no idioma da comunidade; você pode alterá-las até que alguém responda. A avaliação final é aberta uma única vez, na Fase III."
        }
        AsmtNewTitle => "Título (opcional: um título padrão é usado)",
        AsmtOpenFinal => "Abrir a avaliação final",
        AsmtOpenPeriodic => "Abrir uma avaliação periódica",
        AsmtEditHeading => "Editar a avaliação",
        AsmtTitle => "Título da avaliação",
        AsmtQuestion => "Pergunta",
        AsmtAnswerScale => "Respondida de 1 a 5",
        AsmtAnswerText => "Respondida por escrito",
        AsmtUnknownType => "(este tipo de pergunta requer uma versão mais recente do aplicativo)",
        AsmtAnsweredBy => "respondida por {n}",
        AsmtMoveUp => "Mover para cima",
        AsmtMoveDown => "Mover para baixo",
        AsmtAddHeading => "Adicionar uma pergunta",
        AsmtAnswerType => "Como é respondida",
        AsmtCycle => "Ciclo de criação de valor (opcional)",
        AsmtNoCycle => "Nenhum",
        AsmtAddQuestion => "Adicionar a pergunta",
        AsmtCycleImmediate => "Valor imediato",
        AsmtCyclePotential => "Valor potencial",
        AsmtCycleApplied => "Valor aplicado",
        AsmtCycleRealized => "Valor realizado",
        AsmtCycleReframing => "Valor de redefinição",
        AsmtCloseHint => {
            "Ao encerrar a avaliação, as respostas param: os resultados se tornam definitivos e todos os membros podem lê-los."
        }
        AsmtClose => "Encerrar a avaliação",
        AsmtClosedNoAnswers => "Esta avaliação está encerrada: não recebe mais respostas.",
        AsmtYourAnswers => "Suas respostas",
        AsmtNotAnonymous => {
            "Suas respostas não são anônimas: o histórico da comunidade registra quem respondeu, e o líder e os moderadores leem as respostas escritas com o seu nome."
        }
        AsmtAnsweredOn => "Você respondeu em {date}. Enviar de novo substitui suas respostas.",
        AsmtSend => "Enviar minhas respostas",
        AsmtSaved => {
            "Suas respostas foram salvas neste dispositivo e são enviadas quando você estiver on-line."
        }
        AsmtAnswerSomething => "Responda primeiro a pelo menos uma pergunta.",
        AsmtScaleLow => "Nada",
        AsmtScale2 => "Pouco",
        AsmtScale3 => "Moderadamente",
        AsmtScale4 => "Bastante",
        AsmtScaleHigh => "Muito",
        AsmtResultsHeading => "Resultados",
        AsmtResultsWhenClosed => {
            "Os resultados são mostrados a todos os membros quando a avaliação é encerrada; até lá, só o líder e os moderadores os veem, para que as respostas já dadas não influenciem as que ainda virão."
        }
        AsmtResultsFinal => "A avaliação está encerrada: estes resultados são definitivos.",
        AsmtChartTitle => "{title}: resultados",
        AsmtChartDescription => {
            "Respostas a cada pergunta e a cada ciclo de criação de valor, de 1 (nada) a 5 (muito), com seu número, mediana e média."
        }
        AsmtChartCaption => {
            "Como as respostas se distribuíram de 1 (nada) a 5 (muito). As tabelas abaixo trazem os mesmos números."
        }
        AsmtByQuestion => "Por pergunta",
        AsmtByCycle => "Por ciclo de criação de valor",
        AsmtAnswersWord => "respostas",
        AsmtMedian => "Mediana",
        AsmtMean => "Média",
        AsmtNoAnswers => "Ainda não há respostas",
        AsmtAnswered => "Responderam",
        AsmtTableQuestions => "Respostas por pergunta, de 1 a 5",
        AsmtTableCycles => "Respostas por ciclo de criação de valor, de 1 a 5",
        AsmtCycleColumn => "Ciclo de criação de valor",
        AsmtOpenAnswers => "Respostas escritas",
        PremodLabel => {
            "As sínteses dos participantes precisam da aceitação de um moderador (pré-moderação)"
        }
        PremodHint => {
            "Ativada por padrão numa convocatória pública. Líderes, moderadores e facilitadores publicam as suas próprias sínteses na hora."
        }
        PropHeading => "Propor uma síntese",
        PropHintOn => {
            "A pré-moderação está ativada: um moderador lê a sua síntese antes de ela aparecer na conversa."
        }
        PropHintOff => "A sua síntese aparece na conversa na hora.",
        PropField => "Texto da sua síntese",
        PropSend => "Propor a síntese",
        PropPublished => "Publicada: a sua síntese está na conversa.",
        PropSent => "Enviada aos moderadores para aceitação.",
        PropListHeading => "Sínteses propostas",
        PropBy => "Síntese proposta por",
        PropStateLabel => "Estado",
        PropStateWaiting => "À espera da aceitação de um moderador",
        PropStateReturned => "Devolvida por {who} com este comentário: {what}",
        PropStateAccepted => "Aceite: está na conversa como síntese parcial",
        PropStateUnknown => "Desconhecido (escrito por uma versão mais recente do Praxis)",
        PropOf => "a síntese proposta por",
        PropOn => "sobre a síntese proposta por",
        PropAccept => "Aceitar",
        PropComment => "Comentário para o autor",
        PropReturn => "Devolver com um comentário",
        PropErrComment => "Escreva um comentário a dizer o que mudar.",
        PropRevised => "Síntese revista",
        PropResend => "Enviar novamente",
        PropErrDecided => "Um moderador já decidiu sobre esta proposta.",
        ReviewHeading => "Desde a sua última revisão",
        ReviewNothing => "Nada de novo desde a sua última revisão.",
        ReviewSummary => "{n} contribuições de {m} membros para rever.",
        ReviewMarkAll => "Marcar tudo como revisto",
        ReviewAddedPosts => "adicionou {n} mensagens a {what}",
        ReviewAdded => "adicionou {what}",
        ReviewChanged => "alterou {what}",
        ReviewRemoved => "removeu {what}",
        ReviewBefore => "Antes",
        ReviewAfter => "Depois",
        ReviewChose => "escolheu",
        ReviewCleared => "esvaziou-o",
        ReviewUnknownMember => "Alguém que não está na lista",
        ReviewUndo => "Desfazer esta contribuição",
        ReviewConflictsHeading => "Escolhido de forma diferente ao mesmo tempo",
        ReviewConflictHint => {
            "Nada é descartado até alguém escolher: o valor mostrado agora é provisório."
        }
        ReviewChooseValue => "Escolher",
        ReviewBy => "por",
        SectionDesign => "Desenho",
        SectionRoster => "Membros",
        SectionPlan => "Plano",
        SectionDiscussion => "Discussão «{what}»",
        SectionKnowledge => "Conhecimento",
        SectionModeration => "Moderação",
        SectionOther => "Outros",
        SubjectTitle => "o nome",
        SubjectProblem => "o problema",
        SubjectObjective => "o objetivo",
        SubjectObjectiveType => "o tipo de objetivo",
        SubjectDesign => "o desenho",
        SubjectResult => "o resultado esperado {n}",
        SubjectAudience => "um público-alvo",
        SubjectMember => "o membro {what}",
        SubjectCall => "a convocatória",
        SubjectRegistration => "uma inscrição",
        SubjectPhase => "a fase",
        SubjectTool => "uma ferramenta de gestão do conhecimento",
        SubjectMeeting => "a reunião introdutória",
        SubjectAction => "uma ação do plano",
        SubjectDiscussionPlan => "o plano da discussão",
        SubjectPost => "uma mensagem",
        SubjectRestatement => "a pergunta orientadora",
        SubjectSummary => "um resumo",
        SubjectParticipantNote => "notas sobre um participante",
        SubjectClosing => "o encerramento",
        SubjectProposal => "uma proposta",
        SubjectDecision => "um conflito, escolhendo um valor",
        SubjectOther => "algo que esta versão não conhece",
        PostHiddenFor => "Um moderador ocultou esta mensagem.",
        PostHiddenReason => "Ocultada por {who}: {what}",
        PostHide => "Ocultar",
        PostUnhide => "Voltar a mostrar",
        PostHideReason => "Motivo (o autor vê-o)",
        PostHideConfirm => "Ocultar a mensagem",
        PostHideNeedsReason => "Indique porque a mensagem é ocultada.",
        ReviewAddedPost => "adicionou uma mensagem a {what}",
        ReviewMarkOne => "Marcar como revisto",
        ReviewReviewedBy => "Revisto por {who}",
        ReviewReturn => "Devolver ao autor",
        ReviewReturnComment => "Comentário para o autor",
        ReviewReturnSend => "Devolver a mensagem",
        ReviewReturnNeedsComment => "Escreva um comentário para o autor.",
        PostReturnedNote => "Devolvida por {who}: {what}",
        PostEdit => "Editar",
        PostEditLabel => "Texto da mensagem",
        PostEditSave => "Guardar a mensagem",
        PostEditCancel => "Cancelar",
        ParticipationHeading => "Participação",
        ParticipationCaption => "Alterações que cada membro fez na comunidade, e as suas mensagens",
        ParticipationMember => "Membro",
        ParticipationChanges => "Alterações",
        ParticipationPosts => "Mensagens",
        ReviewShowPosts => "Mostrar as {n} mensagens",
        ReviewHidePosts => "Ocultar as mensagens",
        ErrMembersOnly => {
            "Só os membros da comunidade podem fazê-lo: inscreva-se para participar ou peça um convite a um líder."
        }
        PhaseThreeNav => "Páginas da fase III",
        PhaseThreeHeading => "Fase III: Conclusão",
        PhaseThreeIntro => {
            "Na última fase a comunidade avalia o que alcançou, registra seu conhecimento para o repositório institucional e comunica seus resultados. O líder a inicia quando o trabalho da fase II está concluído."
        }
        StartPhaseThree => "Iniciar a fase III: Conclusão",
        PageClose => "Encerrar a comunidade",
        CloseMethod => {
            "O método encerra uma comunidade após a sua avaliação final: conclusões, lições aprendidas e recomendações registradas, resultados comunicados. Depois de encerrada, a comunidade torna-se um registro somente leitura que o servidor arquiva para o repositório institucional."
        }
        ClosingChecklist => "Antes de encerrar",
        ClosingReady => "Tudo o que o método pede está pronto.",
        GapDiscussionsNotClosed => "{n} discussões ainda não foram encerradas",
        GapResultsUndecided => "{n} resultados esperados ainda não indicam se foram alcançados",
        CloseHeading => "Encerrar a comunidade",
        CloseExplained => {
            "O encerramento não pode ser desfeito: depois ninguém pode alterar a comunidade, e o servidor a guarda como registro arquivado. As alterações feitas off-line e enviadas depois são guardadas à parte para os moderadores, não se perdem."
        }
        ConfirmCloseIncomplete => "Encerrar mesmo assim: sei que faltam itens da lista",
        CloseCommunity => "Encerrar a comunidade",
        CloseLeaderOnly => "Somente um líder da comunidade pode encerrá-la.",
        CommunityClosedBy => {
            "{name} encerrou esta comunidade em {date}. Agora é um registro somente leitura."
        }
        OpenArchiveRecord => "Abrir o registro arquivado",
        ErrCommunityClosed => "A comunidade está encerrada: agora é um registro somente leitura.",
        ErrClosingIncomplete => "Faltam itens da lista: confirme que deseja encerrar mesmo assim.",
        ErrWrongPhase => "Esta etapa pertence a outra fase do método.",
        CommunityLanguage => "Idioma do registro da comunidade",
        CommunityLanguageUnset => "Não escolhido (inglês)",
        CommunityLanguageHint => {
            "As perguntas da avaliação, o kit de comunicação e o registro arquivado são escritos neste idioma. O líder o escolhe."
        }
        SectionConclusion => "Conclusão",
        SubjectAssessment => "uma avaliação",
        SubjectAssessmentQuestion => "uma pergunta de uma avaliação",
        SubjectAssessmentResponse => "suas respostas a uma avaliação",
        SubjectKnowledgeEntry => "uma entrada da base de conhecimento",
        SubjectClosure => "o encerramento da comunidade",
        GapNoFinalAssessment => {
            "A avaliação final não foi aberta (o encerramento precisa dela, com pelo menos uma resposta)"
        }
        GapFinalAssessmentUnanswered => {
            "Ninguém respondeu ainda à avaliação final (o encerramento precisa de pelo menos uma resposta)"
        }
        GapFinalAssessmentOpen => {
            "A avaliação final ainda recebe respostas: encerre-a para que os resultados sejam definitivos"
        }
        GapNoConclusion => "Nenhuma conclusão aceita na base de conhecimento",
        GapNoLesson => "Nenhuma lição aprendida aceita na base de conhecimento",
        GapNoRecommendation => "Nenhuma recomendação aceita na base de conhecimento",
        GapNoKnowledge => "Um tipo de conhecimento esperado não tem nenhuma entrada aceita",
        ErrFinalAssessmentMissing => {
            "O encerramento precisa da avaliação final, respondida por pelo menos um membro."
        }
        ErrFinalAssessmentExists => "A comunidade já tem uma avaliação final.",
        ErrAssessmentClosed => {
            "Esta avaliação está encerrada: não aceita mais respostas nem alterações."
        }
        ErrQuestionAnswered => {
            "Os membros já responderam a esta pergunta: adicione uma nova em vez de alterá-la."
        }
        ErrInvalidAnswer => {
            "Essa resposta não corresponde à pergunta (escolha de 1 a 5 ou escreva um texto)."
        }
        PageAssessment => "Avaliação",
        PageKnowledge => "Base de conhecimento",
        PageKit => "Kit de comunicação",
        AssessmentMethod => {
            "O método pede avaliações periódicas e uma final: uma pesquisa de satisfação simples com os membros, para avaliar o desempenho da comunidade em relação ao seu objetivo e resultados esperados. Dos seus resultados saem conclusões, lições aprendidas, revisões pós-ação e recomendações."
        }
        KnowledgeMethod => {
            "Organizar o que a comunidade produziu é sobretudo tarefa do moderador: transformar o conhecimento tácito em explícito, pronto para um repositório institucional. Qualquer membro propõe uma entrada, vinculada às discussões de onde veio; um moderador a aceita ou a devolve com um comentário."
        }
        KitMethod => {
            "Comunique os resultados aos membros e a cada público: uma nota na intranet, uma página para o público, mensagens curtas para redes sociais, uma apresentação, mensagens para redes temáticas, um seminário virtual e, se a contribuição for original, um artigo científico. Cada item é redigido com o conteúdo da comunidade, no seu idioma; edite-o antes de usar."
        }
        KbConclusion => "Conclusão",
        KbLessonLearned => "Lição aprendida",
        KbBestPractice => "Boa prática",
        KbPostActionReview => "Revisão pós-ação",
        KbRecommendation => "Recomendação",
        KbConclusions => "Conclusões",
        KbLessonsLearned => "Lições aprendidas",
        KbBestPractices => "Boas práticas",
        KbPostActionReviews => "Revisões pós-ação",
        KbRecommendations => "Recomendações",
        KbKind => "Tipo de conhecimento",
        KbTitle => "Título",
        KbText => "O que a comunidade aprendeu, em poucas frases",
        KbSources => "Discussões de onde surgiu",
        KbFrom => "Das discussões:",
        KbProposeHeading => "Propor conhecimento",
        KbPropose => "Propor a entrada",
        KbAdded => "Adicionada à base de conhecimento.",
        KbSent => "Enviada aos moderadores: aparece na base de conhecimento quando for aceita.",
        KbNone => "Nada ainda.",
        KitErrUrl => "Um endereço deve começar com https:// ou http:// e não ter espaços.",
        KitErrSeminar => "O seminário precisa de uma data, um horário (UTC) e um link.",
        KitErrDeck => "Não foi possível criar a apresentação.",
        KitIntranet => "Nota para a intranet",
        KitPublicPage => "Página web pública",
        KitNetwork => "Mensagem para redes temáticas",
        KitArticle => "Esboço de artigo científico (IMRD)",
        KitOptions => "Sobre a publicação",
        KitOptionsHint => {
            "Tudo o que segue é redigido com o conteúdo da comunidade, no seu idioma. Acrescente o que só você sabe; os textos se atualizam enquanto digita. Suas alterações nas caixas de texto ficam nesta página: baixe cada item quando estiver pronto."
        }
        KitPageUrl => "Endereço onde a página pública será publicada",
        KitEmail => "E-mail de contato",
        KitHashtags => "Hashtags para redes sociais (separadas por vírgulas)",
        KitSeminar => "Seminário virtual",
        KitSeminarDate => "Data",
        KitSeminarTime => "Horário de início (UTC)",
        KitSeminarMinutes => "Duração em minutos",
        KitSeminarLink => "Link para participar",
        KitDownload => "Baixar",
        KitSocial => "Mensagens curtas para redes sociais",
        KitSocialHint => "Cada uma cabe em 280 caracteres como o X os conta (um link conta 23).",
        KitSocialPost => "Mensagem {n}",
        KitSocialCount => "{n} de {limit} caracteres",
        KitDeck => "Apresentação de slides",
        KitDeckHint => {
            "Um arquivo .pptx que o PowerPoint e o LibreOffice abrem, feito com os resultados da comunidade."
        }
        KitDownloadDeck => "Baixar os slides (.pptx)",
        KitSeminarInvitation => "Convite para o seminário virtual",
        KitSeminarNeeded => {
            "Informe acima a data, o horário e o link do seminário para redigir o convite e o arquivo de calendário."
        }
        KitDownloadIcs => "Baixar o arquivo de calendário (.ics)",
        ArchiveHeading => "Arquivo de comunidades encerradas",
        ArchiveHint => {
            "As comunidades encerradas são guardadas como registros: é possível pesquisar suas conclusões, lições aprendidas e recomendações. A busca é uma página leve que funciona em conexões lentas."
        }
        ArchiveSearch => "Pesquisar no arquivo",
        LateHeading => "Enviado após o encerramento",
        LateCount => {
            "{n} alterações chegaram ao servidor depois que a comunidade foi arquivada. Estão guardadas à parte, fora do registro."
        }
        LateChangeBy => "{name}, recebido em {date}",
        KbPosts => "Mensagens em que se baseia",
        KbCites => "A partir das mensagens:",
        JoinDeclined => {
            "Os líderes da comunidade recusaram sua inscrição, por isso este link não pode admiti-lo. Peça a eles que o adicionem à lista de membros."
        }
        PostsShowEarlier => "Mostrar mensagens anteriores ({n} não exibidas)",
        PickerFilter => "Procurar mensagens por autor ou palavras",
        PickerShowing => "Mostrando {shown} de {total} mensagens",
        PickerNoMatch => "Nenhuma mensagem corresponde.",
    }
}

fn fr(key: Key) -> &'static str {
    use Key::*;
    match key {
        PageTools => "Outils de gestion des connaissances",
        PageRegister => "Inscription et membres",
        PageMeeting => "Réunion d’introduction",
        PagePlan => "Plan d’action",
        PhaseTwoNav => "Pages de mise en œuvre",
        PhaseTwoPagesHeading => "Mise en œuvre (Phase II)",
        PhaseTwoIntro => {
            "Les étapes de la phase de mise en œuvre de la méthode. Ouvrez une étape pour y travailler."
        }
        GapNoTool => "Aucun outil de gestion des connaissances enregistré pour l’instant.",
        GapRegistrationsPending => {
            "Des inscriptions attendent la décision d’un responsable ou d’un modérateur."
        }
        GapNoConfirmedRegistration => "Aucune inscription confirmée pour l’instant.",
        GapNoMeetingDate => "La réunion d’introduction n’a pas de date.",
        GapNoMeetingAgenda => "La réunion d’introduction n’a pas d’ordre du jour.",
        GapNoMeetingMinutes => {
            "La réunion d’introduction a eu lieu : consignez-en le compte rendu."
        }
        GapNoActionItem => "Le plan d’action n’a encore aucune action.",
        GapResultWithoutAction => "Un résultat attendu n’a aucune action dans le plan.",
        GapOverdueActions => "Certaines actions ont dépassé leur échéance.",
        GapActionOwnerNotMember => "Le responsable d’une action n’est plus membre.",
        GapNoDiscussion => "Aucune discussion planifiée pour l’instant.",
        GapClosedWithoutSummary => "Une discussion close n’a pas de résumé de clôture.",
        ToolsMethod => {
            "Choisissez des outils synchrones et asynchrones avant le début de la communauté, pour que les membres soient bien connectés dès le départ. Praxis est déjà votre espace asynchrone."
        }
        ModeSync => "Synchrone",
        ModeAsync => "Asynchrone",
        ModeUnknown => "Inconnu",
        ToolPraxis => "Praxis",
        ToolVideo => "Visioconférence",
        ToolWebinar => "Webinaire",
        ToolMailingList => "Liste de diffusion",
        ToolRepository => "Dépôt de documents partagé",
        ToolsHeading => "Outils choisis",
        NoTools => "Aucun outil choisi pour l’instant.",
        FieldPurpose => "Objet",
        ToolsRoleHint => "Un responsable, modérateur ou facilitateur choisit les outils.",
        AddTool => "Ajouter",
        SuggestedToolsHeading => "Outils suggérés",
        OtherToolHeading => "Un autre outil",
        FieldToolName => "Nom de l’outil",
        FieldMode => "Mode",
        AddOtherTool => "Ajouter l’outil",
        RegisterMethod => {
            "L’appel invite à s’inscrire en ligne ; un responsable ou un modérateur confirme chaque inscription. Le formulaire fonctionne hors connexion et est envoyé à la reconnexion."
        }
        RegistrationPending => {
            "Votre inscription attend la confirmation d’un responsable ou d’un modérateur."
        }
        RegistrationConfirmed => "Votre inscription est confirmée.",
        RegistrationDeclined => "Votre inscription a été refusée.",
        YouAreMember => "Vous êtes membre de cette communauté.",
        FieldInstitution => "Institution",
        FieldCountry => "Pays",
        FieldExpertise => "Expertise",
        FieldInterests => "Centres d’intérêt",
        FieldConsent => "J’accepte les règles de la communauté (obligatoire)",
        SendRegistration => "M’inscrire",
        RegisterHeading => "Formulaire d’inscription",
        RosterHeading => "Membres",
        PendingHeading => "Inscriptions en attente",
        PendingRoleHint => "Un responsable ou un modérateur confirme les inscriptions.",
        NoPending => "Aucune inscription en attente.",
        Confirm => "Confirmer",
        Decline => "Refuser",
        MeetingMethod => {
            "La réunion d’introduction présente l’objectif, les résultats attendus et le plan d’action, et permet aux membres de se rencontrer. Envoyez l’invitation avec la date et l’ordre du jour."
        }
        MeetingPurposeHeading => "Ce que présente la réunion",
        FieldMeetingDate => "Date de la réunion",
        FieldAgenda => "Ordre du jour",
        FieldMinutes => "Compte rendu",
        MeetingRoleHint => "Un responsable, modérateur ou facilitateur prépare la réunion.",
        DownloadInvitation => "Télécharger l’invitation (.ics)",
        InvitationNeedsDate => "Fixez une date pour télécharger l’invitation.",
        PlanMethod => {
            "Le responsable ou le modérateur propose un plan d’action lors de la réunion d’introduction ; chaque activité sert un résultat attendu et chaque membre en suit l’avancement."
        }
        StatusDone => "Terminé",
        StatusCancelled => "Annulé",
        PlanHeading => "Activités",
        NoActions => "Aucune activité pour l’instant.",
        FieldResult => "Résultat attendu",
        FieldOwner => "Responsable de l’action",
        FieldAction => "Activité",
        FieldDue => "Échéance",
        FieldActionStatus => "État de l’activité",
        PlanRoleHint => "Un responsable ou un modérateur modifie le plan d’action.",
        ErrActionIncomplete => {
            "Décrivez l’activité et choisissez un résultat attendu, un responsable et une échéance."
        }
        AddActionHeading => "Ajouter une activité",
        AddAction => "Ajouter l’activité",
        ErrDateInPast => "Cette date est passée : choisissez aujourd’hui ou un jour suivant.",
        ErrInvalidDate => "Saisissez une date valide.",
        ErrConsentRequired => "Pour vous inscrire, acceptez les règles de la communauté.",
        DiscussionsHeading => "Discussions",
        DiscussionsOpen => "Discussions modérées",
        NoDiscussions => "Pas encore de discussion.",
        DiscussionStage => "Étape",
        DiscussionPostCount => "Messages",
        DiscPlanned => "Planifiée",
        DiscOpen => "Ouverte",
        DiscClosing => "En clôture",
        DiscClosed => "Close",
        NewDiscussionHeading => "Nouvelle discussion",
        FieldDiscussionTitle => "Titre de la discussion",
        FieldDiscussionObjective => "Objectif de la discussion",
        FieldGuidingQuestion => "Question directrice",
        GuidelinesLegend => "Règles de participation",
        FieldPostLanguage => "Langue des messages",
        FieldMaxWords => "Nombre maximal de mots par message",
        FieldAddressing => "Comment s’adresser aux autres",
        NoWordLimit => "Aucune limite",
        CreateDiscussion => "Créer la discussion",
        DiscussionRoleHint => {
            "Seul un responsable, un modérateur ou un facilitateur peut planifier une discussion."
        }
        ErrWholeNumber => "Saisissez un nombre entier ou laissez vide.",
        PinnedQuestion => "Question en discussion",
        PostsHeading => "Fil de discussion",
        NoPosts => "Pas encore de message.",
        ReplyButton => "Répondre",
        ReplyTo => "à",
        FieldPost => "Votre message",
        FieldReply => "Votre réponse",
        SendPost => "Publier",
        SendReply => "Envoyer la réponse",
        NewPostHeading => "Participer à la discussion",
        ModerationHeading => "Modération",
        FieldRestated => "Question reformulée",
        RestateQuestion => "Reformuler la question",
        FieldClosingSummary => "Synthèse articulée",
        CitedPostsLegend => "Messages sur lesquels repose la synthèse",
        CloseDiscussion => "Clore la discussion",
        ClosingSummaryHeading => "Synthèse de clôture",
        DiscussionIsClosed => "Cette discussion est close.",
        CitedPosts => "Messages cités",
        PostBy => "Message de",
        DiscussionNotFound => "Cette discussion n’existe pas dans cette communauté.",
        AllDiscussions => "Toutes les discussions",
        ErrPostTooLong => "Ce message dépasse le nombre de mots permis par les règles.",
        ErrDiscussionClosed => "Cette discussion est close ; elle n’accepte plus de messages.",
        ErrAlreadyDecided => "Un autre membre a déjà statué sur cette inscription.",
        AppName => "Praxis",
        SkipToContent => "Aller au contenu principal",
        MainNav => "Principale",
        NavHome => "Mes communautés",
        NavNew => "Nouvelle communauté",
        Language => "Langue",
        ConnectionLabel => "Connexion :",
        ConnOffline => "Hors ligne",
        ConnConnecting => "Connexion…",
        ConnSyncing => "Synchronisation…",
        ConnSynced => "Synchronisé",
        HomeHeading => "Mes communautés",
        HomeEmpty => "Il n’y a pas encore de communauté sur cet appareil.",
        HomeLoading => "Chargement des communautés enregistrées sur cet appareil…",
        Untitled => "Communauté sans titre",
        NewHeading => "Nouvelle communauté",
        FieldTitle => "Titre",
        FieldProblem => "Énoncé du problème",
        ProblemHint => {
            "Le problème de santé sur lequel cette communauté de pratique va travailler."
        }
        Create => "Créer la communauté",
        TitleRequired => "Saisissez un titre pour la communauté.",
        ShareHeading => "Partager",
        ShareHint => {
            "Envoyez ce lien aux autres membres : il ouvre cette communauté dans leur navigateur. Une personne qui n’est pas encore membre a besoin d’un lien d’invitation, sauf si l’appel est public."
        }
        CopyLink => "Copier le lien",
        Copied => "Lien copié.",
        CopyFailed => "Impossible de copier. Sélectionnez le lien et copiez-le à la main.",
        LookingFor => "Recherche de cette communauté…",
        LookingOffline => {
            "Vous êtes hors ligne. La communauté se chargera au retour de la connexion."
        }
        NotFoundOnRelay => "Cette communauté est introuvable sur le relais.",
        NotSharedWithYou => {
            "Le relais ne partage plus cette communauté avec cet appareil : vous n’êtes pas parmi ses membres. Ce que vous avez reste ici, mais vos modifications n’atteindront pas les autres. Demandez une invitation à un responsable."
        }
        ErrorSignIn => {
            "Le relais n’a pas accepté cet appareil ; vos modifications restent sur cet appareil en attendant."
        }
        ErrorDeviceKeyMissing => {
            "Ce navigateur ne peut pas créer de clé d’appareil, il ne peut donc pas synchroniser. Votre travail reste sur cet appareil."
        }
        InviteHeading => "Inviter des membres",
        InviteHint => {
            "L’appel est restreint (ou pas encore décidé) : seuls les membres et les personnes ayant un lien d’invitation peuvent ouvrir cette communauté. Le relais crée les liens, il faut donc une connexion."
        }
        InviteAskLeader => {
            "Pour inviter quelqu’un, demandez un lien d’invitation à un responsable ou à un modérateur."
        }
        InviteValidFor => "Valable pendant",
        InviteOneDay => "1 jour",
        InviteOneWeek => "7 jours",
        InviteOneMonth => "30 jours",
        InviteUses => "Qui peut l’utiliser",
        InviteOnePerson => "Une personne",
        InviteManyPeople => "Toute personne ayant le lien, jusqu’à son expiration",
        InviteCreate => "Créer un lien d’invitation",
        InviteOffline => "Connectez-vous au relais pour créer ou révoquer des liens d’invitation.",
        InviteCreated => "Lien d’invitation créé. Envoyez-le à la personne invitée.",
        InviteRevokedDone => "Invitation révoquée : son lien ne fonctionne plus.",
        InviteFailed => "Le relais n’a pas pu le faire.",
        InviteActive => "Liens d’invitation en cours",
        InviteExpires => "Expire le",
        InviteRevoke => "Révoquer",
        JoinHeading => "Invitation à une communauté",
        JoinWorking => "Vérification de l’invitation auprès du relais…",
        JoinInvalid => "Ce lien d’invitation n’est pas valide. Demandez-en un nouveau.",
        JoinExpired => "Cette invitation a expiré. Demandez-en une nouvelle.",
        JoinUsed => "Cette invitation a déjà été utilisée. Demandez-en une nouvelle.",
        JoinRevoked => "Cette invitation a été révoquée.",
        JoinOffline => "Vous êtes hors ligne. Rouvrez ce lien une fois connecté.",
        InvalidLink => "Ce lien n’est pas un lien de communauté valide.",
        PageNotFound => "Page introuvable.",
        BackHome => "Retour à mes communautés",
        Dismiss => "Fermer",
        ErrorStorageUnavailable => {
            "Le stockage de cet appareil est indisponible : les modifications seront perdues à la fermeture de la page."
        }
        ErrorStorageRead => "Impossible de lire les communautés enregistrées sur cet appareil.",
        ErrorStorageWrite => "Impossible d’enregistrer vos modifications sur cet appareil.",
        ErrorCorruptDocument => {
            "Une communauté enregistrée sur cet appareil est endommagée et a été ignorée."
        }
        ErrorCorruptJournal => {
            "Des modifications non enregistrées de cet appareil sont illisibles ; elles ont été mises de côté, le reste a été chargé."
        }
        ErrorUnreadable => "Impossible de lire une communauté.",
        ErrorCreate => "Impossible de créer la communauté.",
        ErrorEdit => "Impossible d’appliquer votre modification.",
        DesignHeading => "Conception (phase I)",
        DesignIntro => {
            "Les six étapes de la phase de conception de la méthode. Ouvrez une étape pour y travailler."
        }
        DesignStagesNav => "Étapes de la conception",
        StageName => "Nom",
        StageProblem => "Problème",
        StageObjective => "Objectif",
        StageResults => "Résultats attendus",
        StageMembers => "Membres et rôles",
        StageAudiences => "Publics cibles",
        StageComplete => "Terminée",
        StageMissing => "Il manque :",
        MissingTitle => "un titre",
        MissingProblem => "l’énoncé du problème",
        MissingObjectiveType => "le type d’objectif",
        MissingObjectiveText => "l’objectif dans vos propres mots",
        MissingResult => "au moins un résultat attendu",
        MissingTooManyResults => "au plus trois résultats attendus (supprimez-en)",
        MissingIndicator => "un indicateur pour chaque résultat attendu",
        MissingLeader => "un responsable",
        MissingModerator => "un modérateur",
        MissingCall => "l’appel à membres (public ou restreint)",
        MissingAudience => "au moins un public cible",
        PhaseTwoHeading => "Phase II : mise en œuvre",
        PhaseTwoStarted => "La phase II (mise en œuvre) a commencé.",
        PhaseTwoReady => "La conception est terminée : la communauté peut commencer la phase II.",
        PhaseTwoIncomplete => {
            "La conception n’est pas encore terminée. Un responsable peut tout de même commencer la phase II après l’avoir confirmé."
        }
        ConfirmIncomplete => "Je confirme que nous commençons avec une conception incomplète",
        StartPhaseTwo => "Commencer la phase II",
        BackToOverview => "Vue d’ensemble de la communauté",
        MethodAdvice => "Conseils de la méthode",
        Remove => "Supprimer",
        NameMethod => {
            "La méthode conseille que le nom précise l’objectif et le produit concret attendu."
        }
        NameAdviceHeading => "Conseils sur ce nom",
        NameLooksGood => "Ce nom semble indiquer un objectif et un produit.",
        AdviceTooShort => {
            "Le nom est court : quelques mots indiquent rarement à la fois l’objectif et le produit."
        }
        AdviceNoProduct => {
            "Aucun produit concret trouvé : dites ce que la communauté produira (par exemple « définir des indicateurs »)."
        }
        AdviceOngoingActivity => "Il décrit une activité continue plutôt qu’un produit :",
        GoodNames => "Bons noms",
        BadNames => "Noms à éviter",
        ProductPart => "Produit :",
        ProblemMethod => {
            "Identification du problème : une brève description du problème que cette communauté doit résoudre. Une communauté peut aussi construire de nouvelles connaissances ou un état des lieux du sujet."
        }
        ObjectiveLegend => "Type d’objectif",
        FieldObjective => "Objectif dans vos propres mots",
        ObjectiveMethod => {
            "Choisissez vers quoi l’objectif de la communauté est orienté, puis formulez l’objectif dans vos propres mots. Chaque type est expliqué à côté de son choix."
        }
        ObjProblemSolving => "Résolution de problèmes",
        ObjGenerationOfIdeas => "Génération d’idées",
        ObjSharingKnowledge => "Partage de connaissances entre institutions",
        ObjBestPractices => "Élaboration de bonnes pratiques",
        ObjLessonsLearned => "Enseignements tirés",
        ObjPostActionReviews => "Revues après action",
        ConflictHeading => "Des membres ont choisi des valeurs différentes en même temps :",
        ConflictHint => "Gardez l’une d’elles pour trancher pour tout le monde.",
        ConflictKeep => "Garder",
        ResultsMethod => {
            "La communauté doit définir un à trois résultats attendus qui seront vérifiés lors de l’évaluation ; chaque activité y est orientée. Donnez un indicateur à chaque résultat."
        }
        ResultLabel => "Résultat attendu",
        NoResults => "Pas encore de résultat attendu.",
        FieldDescription => "Description",
        FieldIndicator => "Indicateur",
        FieldStatus => "Statut",
        StatusPlanned => "Prévu",
        StatusInProgress => "En cours",
        StatusAchieved => "Atteint",
        StatusNotAchieved => "Non atteint",
        AddResultHeading => "Ajouter un résultat attendu",
        NewResultDescription => "Description du nouveau résultat",
        NewResultIndicator => "Indicateur du nouveau résultat",
        AddResult => "Ajouter le résultat attendu",
        ResultsFull => {
            "Cette communauté a déjà trois résultats attendus, le maximum permis par la méthode. Supprimez-en un pour en ajouter un autre."
        }
        MembersMethod => {
            "Choisissez les personnes qui participeront, attribuez un rôle à chacune et décidez si l’appel est public ou réservé à un groupe précis. Toute communauté a besoin d’un responsable et d’un modérateur."
        }
        MembersHeading => "Membres",
        NoMembers => "Pas encore de membre.",
        AddMemberHeading => "Ajouter un membre",
        FieldMemberName => "Nom du membre",
        FieldRole => "Rôle",
        RoleOf => "Rôle de",
        ThisIsMe => "C’est moi (sur cet appareil)",
        You => "(vous)",
        AddMember => "Ajouter le membre",
        RoleLeader => "Responsable",
        RoleModerator => "Modérateur",
        RoleFacilitator => "Facilitateur",
        RoleParticipant => "Participant",
        CallLegend => "Appel à membres",
        CallPublic => "Public : tout le monde peut répondre",
        ApprovalModerated => {
            "Les inscriptions doivent être approuvées par un responsable ou un modérateur"
        }
        ApprovalHint => {
            "Sans approbation, toute personne inscrite entre aussitôt comme participante."
        }
        CallRestricted => "Réservé à un groupe précis de personnes",
        ResponsibilitiesHeading => "Rôles et responsabilités",
        AudiencesMethod => {
            "Identifiez les publics cibles : le groupe que la communauté servira et les groupes qui peuvent en bénéficier."
        }
        NoAudiences => "Pas encore de public cible.",
        AddAudienceHeading => "Ajouter un public cible",
        FieldAudience => "Public cible",
        AddAudience => "Ajouter le public",
        ErrEmptyValue => "Remplissez d’abord ce champ.",
        ErrTooManyResults => "La méthode permet au plus trois résultats attendus.",
        ErrNotFound => "Cette entrée n’existe plus : un autre membre l’a peut-être supprimée.",
        ErrNotAllowed => {
            "Seul un responsable peut le faire. Dans Membres et rôles, ajoutez-vous comme responsable et cochez « C’est moi »."
        }
        ErrLeaderOrModeratorOnly => "Seul un responsable ou un modérateur peut le faire.",
        ErrDesignIncomplete => {
            "La conception n’est pas terminée : cochez la confirmation pour commencer quand même la phase II."
        }
        MemberNotFound => "Ce membre ne fait pas partie de la communauté.",
        ProfileDetailsHeading => "Profil",
        NoConfirmedRegistration => "Pas encore d’inscription confirmée.",
        ProfilePosts => "Interventions dans les discussions",
        ProfileNotesHeading => "Notes des modérateurs sur les connaissances et les intérêts",
        NoProfileNotes => "Pas encore de notes des modérateurs.",
        // discussions: plan editing, sub-groups, summaries, notes, follow-ups
        DiscErrModerateOnly => {
            "Seul un leader, un modérateur ou un facilitateur peut faire cela dans une discussion."
        }
        DiscNoDate => "Pas de date",
        DiscScheduleHeading => "Étapes et dates",
        DiscSummaryBy => "Synthèse intermédiaire de",
        DiscDrawsOn => "Fondée sur :",
        DiscFollowUpsHeading => "Actions de suivi",
        DiscNoFollowUps => "Aucune action de suivi liée.",
        DiscSaveFollowUps => "Enregistrer les actions de suivi",
        DiscSaved => "Enregistré.",
        DiscFollowUpsLegend => "Actions de suivi du plan d’action",
        DiscNoActions => "Le plan d’action n’a pas encore d’actions.",
        DiscSummarySuggested => {
            "Le débat s’allonge : la méthode conseille une synthèse intermédiaire."
        }
        DiscPostsSinceSummary => "Messages depuis la dernière synthèse",
        DiscWriteSummary => "Rédiger une synthèse intermédiaire",
        DiscErrSummaryEmpty => "Rédigez d’abord la synthèse.",
        DiscSummaryHeading => "Synthèse intermédiaire",
        DiscFieldSummary => "Texte de la synthèse intermédiaire",
        DiscSummaryPostsLegend => "Messages sur lesquels repose cette synthèse",
        DiscPostSummary => "Publier la synthèse intermédiaire",
        DiscParticipantsHeading => "Connaissances et intérêts des participants",
        DiscParticipantsHint => {
            "Notez ce que chaque membre sait, son expérience et ses intérêts, pour en tenir compte. Les notes apparaissent aussi sur le profil du membre."
        }
        DiscFieldNotes => "Connaissances, expérience et intérêts",
        DiscProfileOf => "Profil de",
        DiscNoParticipants => {
            "Personne n’a encore participé : les membres apparaissent ici dès qu’ils publient ou rejoignent un sous-groupe."
        }
        DiscPlanHeading => "Plan de la discussion",
        DiscSaveGuidelines => "Enregistrer les règles",
        DiscDatePlanned => "Date de planification",
        DiscDateOpen => "Date d’ouverture",
        DiscDateClosing => "Date de début de la clôture",
        DiscDateClosed => "Date de clôture",
        DiscChangeStage => "Changer d’étape",
        DiscSubgroupsHeading => "Sous-groupes",
        DiscNoSubgroups => "Pas encore de sous-groupes.",
        DiscSubgroupMembers => "Membres du sous-groupe",
        DiscEditSubgroup => "Sous-groupe :",
        DiscSubgroupName => "Nom du sous-groupe",
        DiscSaveSubgroup => "Enregistrer le sous-groupe",
        DiscRemoveSubgroup => "Supprimer le sous-groupe",
        DiscErrSubgroupName => "Donnez un nom au sous-groupe.",
        DiscNewSubgroupHeading => "Nouveau sous-groupe",
        DiscAddSubgroup => "Ajouter le sous-groupe",
        AsmtFinalHeading => "Évaluation finale",
        AsmtPeriodicHeading => "Évaluations périodiques",
        AsmtNoFinal => "L’évaluation finale n’a pas encore été ouverte.",
        AsmtNoPeriodic => "Aucune évaluation périodique pour l’instant.",
        AsmtOpenedBy => "Ouverte le {date} par {name}",
        AsmtOpenState => "Ouverte : elle reçoit des réponses",
        AsmtClosedOn => "Clôturée le {date}",
        AsmtResponseRate => "{n} membres sur {m} ont répondu ({rate} %)",
        AsmtManageHint => {
            "Les responsables et les modérateurs ouvrent les évaluations et en modifient les questions ; tous les membres y répondent."
        }
        AsmtOpenHeading => "Ouvrir une évaluation",
        AsmtOpenHint => {
            "Elle commence avec les questions de la méthode dans la langue de la communauté ; vous pouvez les modifier jusqu’à ce que quelqu’un réponde. L’évaluation finale s’ouvre une seule fois, en phase III."
        }
        AsmtNewTitle => "Titre (facultatif : un titre par défaut est utilisé)",
        AsmtOpenFinal => "Ouvrir l’évaluation finale",
        AsmtOpenPeriodic => "Ouvrir une évaluation périodique",
        AsmtEditHeading => "Modifier l’évaluation",
        AsmtTitle => "Titre de l’évaluation",
        AsmtQuestion => "Question",
        AsmtAnswerScale => "Réponse de 1 à 5",
        AsmtAnswerText => "Réponse écrite",
        AsmtUnknownType => {
            "(ce type de question nécessite une version plus récente de l’application)"
        }
        AsmtAnsweredBy => "{n} réponse(s)",
        AsmtMoveUp => "Monter",
        AsmtMoveDown => "Descendre",
        AsmtAddHeading => "Ajouter une question",
        AsmtAnswerType => "Type de réponse",
        AsmtCycle => "Cycle de création de valeur (facultatif)",
        AsmtNoCycle => "Aucun",
        AsmtAddQuestion => "Ajouter la question",
        AsmtCycleImmediate => "Valeur immédiate",
        AsmtCyclePotential => "Valeur potentielle",
        AsmtCycleApplied => "Valeur appliquée",
        AsmtCycleRealized => "Valeur réalisée",
        AsmtCycleReframing => "Valeur de recadrage",
        AsmtCloseHint => {
            "Clôturer l’évaluation arrête les réponses : ses résultats deviennent définitifs et tous les membres peuvent les lire."
        }
        AsmtClose => "Clôturer l’évaluation",
        AsmtClosedNoAnswers => "Cette évaluation est clôturée : elle ne reçoit plus de réponses.",
        AsmtYourAnswers => "Vos réponses",
        AsmtNotAnonymous => {
            "Vos réponses ne sont pas anonymes : l’historique de la communauté enregistre qui a répondu, et le responsable et les modérateurs lisent les réponses écrites avec votre nom."
        }
        AsmtAnsweredOn => "Vous avez répondu le {date}. Un nouvel envoi remplace vos réponses.",
        AsmtSend => "Envoyer mes réponses",
        AsmtSaved => {
            "Vos réponses sont enregistrées sur cet appareil et envoyées dès que vous êtes en ligne."
        }
        AsmtAnswerSomething => "Répondez d’abord à au moins une question.",
        AsmtScaleLow => "Pas du tout",
        AsmtScale2 => "Un peu",
        AsmtScale3 => "Moyennement",
        AsmtScale4 => "Beaucoup",
        AsmtScaleHigh => "Énormément",
        AsmtResultsHeading => "Résultats",
        AsmtResultsWhenClosed => {
            "Les résultats sont montrés à tous les membres une fois l’évaluation clôturée ; d’ici là, seuls le responsable et les modérateurs les voient, afin que les réponses déjà données n’influencent pas celles à venir."
        }
        AsmtResultsFinal => "L’évaluation est clôturée : ces résultats sont définitifs.",
        AsmtChartTitle => "{title} : résultats",
        AsmtChartDescription => {
            "Réponses à chaque question et à chaque cycle de création de valeur, de 1 (pas du tout) à 5 (énormément), avec leur nombre, leur médiane et leur moyenne."
        }
        AsmtChartCaption => {
            "Répartition des réponses de 1 (pas du tout) à 5 (énormément). Les tableaux ci-dessous donnent les mêmes chiffres."
        }
        AsmtByQuestion => "Par question",
        AsmtByCycle => "Par cycle de création de valeur",
        AsmtAnswersWord => "réponses",
        AsmtMedian => "Médiane",
        AsmtMean => "Moyenne",
        AsmtNoAnswers => "Pas encore de réponses",
        AsmtAnswered => "Réponses",
        AsmtTableQuestions => "Réponses par question, de 1 à 5",
        AsmtTableCycles => "Réponses par cycle de création de valeur, de 1 à 5",
        AsmtCycleColumn => "Cycle de création de valeur",
        AsmtOpenAnswers => "Réponses écrites",
        PremodLabel => {
            "Les synthèses des participants doivent être acceptées par un modérateur (prémodération)"
        }
        PremodHint => {
            "Activée par défaut pour un appel public. Les responsables, modérateurs et facilitateurs publient leurs propres synthèses immédiatement."
        }
        PropHeading => "Proposer une synthèse",
        PropHintOn => {
            "La prémodération est activée : un modérateur lit votre synthèse avant qu’elle n’apparaisse dans le fil."
        }
        PropHintOff => "Votre synthèse apparaît immédiatement dans le fil.",
        PropField => "Texte de votre synthèse",
        PropSend => "Proposer la synthèse",
        PropPublished => "Publiée : votre synthèse est dans le fil.",
        PropSent => "Envoyée aux modérateurs pour acceptation.",
        PropListHeading => "Synthèses proposées",
        PropBy => "Synthèse proposée par",
        PropStateLabel => "État",
        PropStateWaiting => "En attente de l’acceptation d’un modérateur",
        PropStateReturned => "Renvoyée par {who} avec ce commentaire : {what}",
        PropStateAccepted => "Acceptée : elle figure dans le fil comme synthèse intermédiaire",
        PropStateUnknown => "Inconnu (écrit par une version plus récente de Praxis)",
        PropOf => "la synthèse proposée par",
        PropOn => "sur la synthèse proposée par",
        PropAccept => "Accepter",
        PropComment => "Commentaire pour l’auteur",
        PropReturn => "Renvoyer avec un commentaire",
        PropErrComment => "Écrivez un commentaire qui dit quoi changer.",
        PropRevised => "Synthèse révisée",
        PropResend => "Envoyer à nouveau",
        PropErrDecided => "Un modérateur a déjà statué sur cette proposition.",
        ReviewHeading => "Depuis votre dernière revue",
        ReviewNothing => "Rien de nouveau depuis votre dernière revue.",
        ReviewSummary => "{n} contributions de {m} membres à examiner.",
        ReviewMarkAll => "Tout marquer comme examiné",
        ReviewAddedPosts => "a ajouté {n} messages à {what}",
        ReviewAdded => "a ajouté {what}",
        ReviewChanged => "a modifié {what}",
        ReviewRemoved => "a supprimé {what}",
        ReviewBefore => "Avant",
        ReviewAfter => "Après",
        ReviewChose => "a choisi",
        ReviewCleared => "l'a vidé",
        ReviewUnknownMember => "Quelqu'un hors de la liste",
        ReviewUndo => "Annuler cette contribution",
        ReviewConflictsHeading => "Choisi différemment en même temps",
        ReviewConflictHint => {
            "Rien n'est écarté tant que personne n'a choisi : la valeur affichée est provisoire."
        }
        ReviewChooseValue => "Choisir",
        ReviewBy => "par",
        SectionDesign => "Conception",
        SectionRoster => "Membres",
        SectionPlan => "Plan",
        SectionDiscussion => "Discussion « {what} »",
        SectionKnowledge => "Connaissances",
        SectionModeration => "Modération",
        SectionOther => "Autres",
        SubjectTitle => "le nom",
        SubjectProblem => "le problème",
        SubjectObjective => "l'objectif",
        SubjectObjectiveType => "le type d'objectif",
        SubjectDesign => "la conception",
        SubjectResult => "le résultat attendu {n}",
        SubjectAudience => "un public cible",
        SubjectMember => "le membre {what}",
        SubjectCall => "l'appel à membres",
        SubjectRegistration => "une inscription",
        SubjectPhase => "la phase",
        SubjectTool => "un outil de gestion des connaissances",
        SubjectMeeting => "la réunion d'introduction",
        SubjectAction => "une action du plan",
        SubjectDiscussionPlan => "le plan de la discussion",
        SubjectPost => "un message",
        SubjectRestatement => "la question directrice",
        SubjectSummary => "un résumé",
        SubjectParticipantNote => "des notes sur un participant",
        SubjectClosing => "la clôture",
        SubjectProposal => "une proposition",
        SubjectDecision => "un conflit, en choisissant une valeur",
        SubjectOther => "quelque chose que cette version ne connaît pas",
        PostHiddenFor => "Un modérateur a masqué ce message.",
        PostHiddenReason => "Masqué par {who} : {what}",
        PostHide => "Masquer",
        PostUnhide => "Afficher à nouveau",
        PostHideReason => "Motif (l'auteur le verra)",
        PostHideConfirm => "Masquer le message",
        PostHideNeedsReason => "Indiquez pourquoi le message est masqué.",
        ReviewAddedPost => "a ajouté un message à {what}",
        ReviewMarkOne => "Marquer comme examiné",
        ReviewReviewedBy => "Examiné par {who}",
        ReviewReturn => "Renvoyer à son auteur",
        ReviewReturnComment => "Commentaire pour l'auteur",
        ReviewReturnSend => "Renvoyer le message",
        ReviewReturnNeedsComment => "Écrivez un commentaire pour l'auteur.",
        PostReturnedNote => "Renvoyé par {who} : {what}",
        PostEdit => "Modifier",
        PostEditLabel => "Texte du message",
        PostEditSave => "Enregistrer le message",
        PostEditCancel => "Annuler",
        ParticipationHeading => "Participation",
        ParticipationCaption => {
            "Modifications apportées par chaque membre à la communauté, et leurs messages"
        }
        ParticipationMember => "Membre",
        ParticipationChanges => "Modifications",
        ParticipationPosts => "Messages",
        ReviewShowPosts => "Afficher les {n} messages",
        ReviewHidePosts => "Masquer les messages",
        ErrMembersOnly => {
            "Seuls les membres de la communauté peuvent le faire : inscrivez-vous pour participer ou demandez une invitation à un responsable."
        }
        PhaseThreeNav => "Pages de la phase III",
        PhaseThreeHeading => "Phase III : Conclusion",
        PhaseThreeIntro => {
            "Dans la dernière phase, la communauté évalue ce qu’elle a accompli, consigne ses connaissances pour le dépôt institutionnel et communique ses résultats. Le responsable la lance quand le travail de la phase II est fait."
        }
        StartPhaseThree => "Lancer la phase III : Conclusion",
        PageClose => "Clôturer la communauté",
        CloseMethod => {
            "La méthode clôture une communauté après son évaluation finale : conclusions, leçons apprises et recommandations consignées, résultats communiqués. Une fois clôturée, la communauté devient un dossier en lecture seule que le serveur archive pour le dépôt institutionnel."
        }
        ClosingChecklist => "Avant de clôturer",
        ClosingReady => "Tout ce que demande la méthode est en place.",
        GapDiscussionsNotClosed => "{n} discussions ne sont pas encore closes",
        GapResultsUndecided => {
            "{n} résultats attendus n’indiquent pas encore s’ils ont été atteints"
        }
        CloseHeading => "Clôturer la communauté",
        CloseExplained => {
            "La clôture est définitive : ensuite personne ne peut modifier la communauté, et le serveur la conserve comme dossier archivé. Les modifications faites hors ligne et envoyées plus tard sont mises de côté pour les modérateurs, pas perdues."
        }
        ConfirmCloseIncomplete => {
            "Clôturer quand même : je sais qu’il manque des éléments de la liste"
        }
        CloseCommunity => "Clôturer la communauté",
        CloseLeaderOnly => "Seul un responsable de la communauté peut la clôturer.",
        CommunityClosedBy => {
            "{name} a clôturé cette communauté le {date}. C’est désormais un dossier en lecture seule."
        }
        OpenArchiveRecord => "Ouvrir le dossier archivé",
        ErrCommunityClosed => {
            "La communauté est clôturée : c’est désormais un dossier en lecture seule."
        }
        ErrClosingIncomplete => {
            "Il manque des éléments de la liste : confirmez que vous voulez clôturer quand même."
        }
        ErrWrongPhase => "Cette étape appartient à une autre phase de la méthode.",
        CommunityLanguage => "Langue du dossier de la communauté",
        CommunityLanguageUnset => "Non choisie (anglais)",
        CommunityLanguageHint => {
            "Les questions de l’évaluation, le kit de communication et le dossier archivé sont rédigés dans cette langue. Le responsable la choisit."
        }
        SectionConclusion => "Conclusion",
        SubjectAssessment => "une évaluation",
        SubjectAssessmentQuestion => "une question d’une évaluation",
        SubjectAssessmentResponse => "ses réponses à une évaluation",
        SubjectKnowledgeEntry => "une entrée de la base de connaissances",
        SubjectClosure => "la clôture de la communauté",
        GapNoFinalAssessment => {
            "L’évaluation finale n’a pas été ouverte (la clôture en a besoin, avec au moins une réponse)"
        }
        GapFinalAssessmentUnanswered => {
            "Personne n’a encore répondu à l’évaluation finale (la clôture demande au moins une réponse)"
        }
        GapFinalAssessmentOpen => {
            "L’évaluation finale reçoit encore des réponses : fermez-la pour que ses résultats soient définitifs"
        }
        GapNoConclusion => "Aucune conclusion acceptée dans la base de connaissances",
        GapNoLesson => "Aucune leçon apprise acceptée dans la base de connaissances",
        GapNoRecommendation => "Aucune recommandation acceptée dans la base de connaissances",
        GapNoKnowledge => "Un type de connaissance attendu n’a aucune entrée acceptée",
        ErrFinalAssessmentMissing => {
            "La clôture demande l’évaluation finale, avec la réponse d’au moins un membre."
        }
        ErrFinalAssessmentExists => "La communauté a déjà une évaluation finale.",
        ErrAssessmentClosed => {
            "Cette évaluation est fermée : elle n’accepte plus de réponses ni de modifications."
        }
        ErrQuestionAnswered => {
            "Des membres ont déjà répondu à cette question : ajoutez-en une nouvelle au lieu de la modifier."
        }
        ErrInvalidAnswer => {
            "Cette réponse ne correspond pas à la question (choisissez de 1 à 5, ou écrivez un texte)."
        }
        PageAssessment => "Évaluation",
        PageKnowledge => "Base de connaissances",
        PageKit => "Kit de communication",
        AssessmentMethod => {
            "La méthode demande des évaluations périodiques et une évaluation finale : une simple enquête de satisfaction auprès des membres, pour juger la performance de la communauté au regard de son objectif et de ses résultats attendus. Ses résultats fondent les conclusions, leçons apprises, revues post-action et recommandations."
        }
        KnowledgeMethod => {
            "Organiser ce que la communauté a produit est surtout la tâche du modérateur : transformer le savoir tacite en savoir explicite, prêt pour un dépôt institutionnel. Tout membre propose une entrée, liée aux discussions dont elle est issue ; un modérateur l’accepte ou la renvoie avec un commentaire."
        }
        KitMethod => {
            "Communiquez les résultats aux membres et à chaque public : une note sur l’intranet, une page pour le public, des messages courts pour les réseaux sociaux, une présentation, des messages pour les réseaux thématiques, un séminaire virtuel et, si la contribution est originale, un article scientifique. Chaque élément est rédigé à partir du contenu de la communauté, dans sa langue ; modifiez-le avant usage."
        }
        KbConclusion => "Conclusion",
        KbLessonLearned => "Leçon apprise",
        KbBestPractice => "Bonne pratique",
        KbPostActionReview => "Revue post-action",
        KbRecommendation => "Recommandation",
        KbConclusions => "Conclusions",
        KbLessonsLearned => "Leçons apprises",
        KbBestPractices => "Bonnes pratiques",
        KbPostActionReviews => "Revues post-action",
        KbRecommendations => "Recommandations",
        KbKind => "Type de connaissance",
        KbTitle => "Titre",
        KbText => "Ce que la communauté a appris, en quelques phrases",
        KbSources => "Discussions dont elle est issue",
        KbFrom => "Issue des discussions :",
        KbProposeHeading => "Proposer une connaissance",
        KbPropose => "Proposer l’entrée",
        KbAdded => "Ajoutée à la base de connaissances.",
        KbSent => {
            "Envoyée aux modérateurs : elle apparaît dans la base de connaissances une fois acceptée."
        }
        KbNone => "Rien pour l’instant.",
        KitErrUrl => {
            "Une adresse doit commencer par https:// ou http:// et ne pas contenir d’espaces."
        }
        KitErrSeminar => "Le séminaire a besoin d’une date, d’une heure (UTC) et d’un lien.",
        KitErrDeck => "La présentation n’a pas pu être créée.",
        KitIntranet => "Note pour l’intranet",
        KitPublicPage => "Page web publique",
        KitNetwork => "Message pour les réseaux thématiques",
        KitArticle => "Plan d’article scientifique (IMRaD)",
        KitOptions => "À propos de la publication",
        KitOptionsHint => {
            "Tout ce qui suit est rédigé à partir du contenu de la communauté, dans sa langue. Ajoutez ce que vous seul savez ; les textes suivent votre saisie. Vos modifications dans les zones de texte restent sur cette page : téléchargez chaque élément quand il est prêt."
        }
        KitPageUrl => "Adresse où la page publique sera publiée",
        KitEmail => "Courriel de contact",
        KitHashtags => "Mots-dièse pour les réseaux sociaux (séparés par des virgules)",
        KitSeminar => "Séminaire virtuel",
        KitSeminarDate => "Date",
        KitSeminarTime => "Heure de début (UTC)",
        KitSeminarMinutes => "Durée en minutes",
        KitSeminarLink => "Lien pour participer",
        KitDownload => "Télécharger",
        KitSocial => "Messages courts pour les réseaux sociaux",
        KitSocialHint => "Chacun tient en 280 caractères comme X les compte (un lien compte 23).",
        KitSocialPost => "Message {n}",
        KitSocialCount => "{n} sur {limit} caractères",
        KitDeck => "Présentation",
        KitDeckHint => {
            "Un fichier .pptx que PowerPoint et LibreOffice ouvrent, fait à partir des résultats de la communauté."
        }
        KitDownloadDeck => "Télécharger les diapositives (.pptx)",
        KitSeminarInvitation => "Invitation au séminaire virtuel",
        KitSeminarNeeded => {
            "Indiquez ci-dessus la date, l’heure et le lien du séminaire pour rédiger l’invitation et le fichier de calendrier."
        }
        KitDownloadIcs => "Télécharger le fichier de calendrier (.ics)",
        ArchiveHeading => "Archives des communautés clôturées",
        ArchiveHint => {
            "Les communautés clôturées sont conservées comme dossiers : leurs conclusions, leçons apprises et recommandations peuvent être recherchées. La recherche est une page légère qui fonctionne sur les connexions lentes."
        }
        ArchiveSearch => "Rechercher dans les archives",
        LateHeading => "Envoyé après la clôture",
        LateCount => {
            "{n} modifications sont arrivées au serveur après l’archivage de la communauté. Elles sont mises de côté, hors du dossier."
        }
        LateChangeBy => "{name}, reçu le {date}",
        KbPosts => "Messages sur lesquels elle s’appuie",
        KbCites => "À partir des messages :",
        JoinDeclined => {
            "Les responsables de la communauté ont refusé votre inscription : ce lien ne peut donc pas vous admettre. Demandez-leur de vous ajouter à la liste des membres."
        }
        PostsShowEarlier => "Afficher les messages précédents ({n} non affichés)",
        PickerFilter => "Chercher des messages par auteur ou par mots",
        PickerShowing => "{shown} messages affichés sur {total}",
        PickerNoMatch => "Aucun message ne correspond.",
    }
}

/// The current language, provided as context by the root component.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
}

impl I18n {
    /// Tracked: a view calling this re-renders when the language changes.
    pub fn t(self, key: Key) -> &'static str {
        text(self.lang.get(), key)
    }

    /// Switch language, remember it for this browser and tell assistive tech via `<html lang>`.
    pub fn set(self, lang: Lang) {
        self.lang.set(lang);
        if let Some(storage) = local_storage() {
            let _ = storage.set_item(LANG_KEY, lang.code()); // not fatal: only a preference
        }
    }
}

/// Create the language signal (stored choice, else `navigator.languages`, else English),
/// keep `<html lang>` in step, and provide it as context.
pub fn provide_i18n() -> I18n {
    let i18n = I18n {
        lang: RwSignal::new(initial_lang()),
    };
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = html.set_attribute("lang", lang.code());
        }
    });
    provide_context(i18n);
    i18n
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A reactive text for views: `{t(Key::Create)}`.
pub fn t(key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.t(key)
}

fn initial_lang() -> Lang {
    let stored = local_storage()
        .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
        .and_then(|code| Lang::from_tag(&code));
    stored.or_else(browser_lang).unwrap_or(Lang::En)
}

fn browser_lang() -> Option<Lang> {
    let navigator = web_sys::window()?.navigator();
    navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .find_map(|tag| Lang::from_tag(&tag))
}

// The method's own advice. English and Spanish come from `community`, which quotes the
// PAHO/WHO text; Portuguese and French are translated here, where the other strings are.

/// The method's explanation of an objective type.
pub fn objective_explanation(lang: Lang, kind: community::ObjectiveType) -> &'static str {
    use community::ObjectiveType::*;
    match lang {
        Lang::En => kind.explanation_en(),
        Lang::Es => kind.explanation_es(),
        Lang::Pt => match kind {
            ProblemSolving => {
                "Os membros apresentam perguntas ou problemas e recebem respostas de seus pares no âmbito da experiência profissional; um sistema de perguntas e respostas “just in time” agiliza as soluções."
            }
            GenerationOfIdeas => {
                "Os membros contatam pessoas de fora do seu local de trabalho que compartilham a mesma área de conhecimento, trabalham de forma mais criativa e compartilham ideias que podem levar à inovação."
            }
            SharingKnowledgeBetweenInstitutions => {
                "Um ambiente favorável para identificar e produzir novas ideias e áreas de trabalho, que facilita a comunicação e a colaboração entre instituições."
            }
            DevelopingBestPractices => {
                "Pessoas selecionadas desenvolvem modelos de boas práticas baseados na resolução de problemas, dão a conhecer as boas práticas da Organização e as aprimoram."
            }
            LessonsLearned => {
                "Pessoas selecionadas analisam situações e recomendam o que instituições ou projetos devem incorporar; tem êxito quando as lições se tornam normas, políticas, produtos ou serviços institucionais."
            }
            PostActionReviews => {
                "Os membros analisam e refletem sobre a execução de um projeto, atividade ou evento para aprender com essa experiência e melhorar na etapa seguinte ou no futuro."
            }
        },
        Lang::Fr => match kind {
            ProblemSolving => {
                "Les membres posent des questions ou des problèmes et reçoivent les réponses de leurs pairs dans le cadre de l’expérience professionnelle ; un système de questions-réponses « juste à temps » accélère les solutions."
            }
            GenerationOfIdeas => {
                "Les membres contactent des personnes extérieures à leur lieu de travail qui partagent le même domaine de connaissance, travaillent de façon plus créative et partagent des idées qui peuvent mener à l’innovation."
            }
            SharingKnowledgeBetweenInstitutions => {
                "Un environnement favorable pour identifier et produire de nouvelles idées et de nouveaux domaines de travail, qui facilite la communication et la collaboration entre institutions."
            }
            DevelopingBestPractices => {
                "Des personnes choisies élaborent des modèles de bonnes pratiques fondés sur la résolution de problèmes, font connaître les bonnes pratiques de l’Organisation et les améliorent."
            }
            LessonsLearned => {
                "Des personnes choisies analysent des situations et recommandent ce que les institutions ou les projets devraient intégrer ; c’est réussi quand les enseignements deviennent des normes, politiques, produits ou services institutionnels."
            }
            PostActionReviews => {
                "Les membres analysent la mise en œuvre d’un projet, d’une activité ou d’un événement et y réfléchissent, pour apprendre de cette expérience et faire mieux à l’étape suivante ou à l’avenir."
            }
        },
    }
}

/// A role's responsibilities as the method describes them.
pub fn responsibilities(lang: Lang, role: community::Role) -> &'static [&'static str] {
    use community::Role::*;
    match lang {
        Lang::En => role.responsibilities_en(),
        Lang::Es => role.responsibilities_es(),
        Lang::Pt => match role {
            Leader => &[
                "Orienta e dá apoio gerencial; não precisa participar das atividades rotineiras.",
                "Promove a comunidade e orienta e motiva seus membros.",
                "Garante que a comunidade permaneça alinhada com seus objetivos.",
            ],
            Moderator => &[
                "Fomenta a atividade e a participação: envia informações, promove debates, apresenta problemas.",
                "Identifica novos temas relacionados que ajudam a comunidade a crescer.",
                "Modera os debates, avalia comentários e informações e elabora conclusões compartilhadas com toda a comunidade.",
            ],
            Facilitator => &[
                "Coordena e apoia as atividades da comunidade com ferramentas síncronas e assíncronas.",
                "Mantém a comunidade atualizada e divulga seu propósito e sua missão dentro e fora da organização.",
            ],
            Participant => &[
                "Constrói um repertório compartilhado: experiências, histórias, ferramentas, lições aprendidas, boas práticas, formas de enfrentar problemas recorrentes.",
                "Participa com tempo e interação contínua; apoia e motiva os demais membros.",
            ],
        },
        Lang::Fr => match role {
            Leader => &[
                "Oriente et apporte un soutien de gestion ; n’a pas besoin de participer aux activités courantes.",
                "Fait connaître la communauté, oriente et motive ses membres.",
                "Veille à ce que la communauté reste fidèle à ses objectifs.",
            ],
            Moderator => &[
                "Stimule l’activité et la participation : diffuse des informations, lance des discussions, pose des problèmes.",
                "Repère de nouveaux sujets liés qui aident la communauté à grandir.",
                "Modère les discussions, évalue commentaires et informations, et tire des conclusions partagées avec toute la communauté.",
            ],
            Facilitator => &[
                "Coordonne et soutient les activités de la communauté avec des outils synchrones et asynchrones.",
                "Tient la communauté informée et fait connaître sa raison d’être et sa mission dans l’organisation et au-dehors.",
            ],
            Participant => &[
                "Construit un répertoire commun : expériences, récits, outils, enseignements tirés, bonnes pratiques, façons de faire face aux problèmes récurrents.",
                "Participe avec du temps et une interaction suivie ; soutient et motive les autres membres.",
            ],
        },
    }
}

/// One of the method's example names and, for a good one, the part stating the product.
pub fn name_example(
    lang: Lang,
    example: &community::NameExample,
) -> (&'static str, Option<&'static str>) {
    match lang {
        Lang::En => (example.en, example.product_en),
        Lang::Es => (example.es, example.product_es),
        // Matched on the English text: `community` gives only en/es, and these four
        // examples are fixed by the method.
        Lang::Pt => match example.en {
            "CoPs to define indicators for the assessment of telemedicine projects" => (
                "CoP para definir indicadores para a avaliação de projetos de telemedicina",
                Some("definir indicadores"),
            ),
            "CoPs to select the platform to record open access documents" => (
                "CoP para selecionar a plataforma para registrar documentos de acesso aberto",
                Some("selecionar a plataforma"),
            ),
            "CoPs to coordinate the implementation of the institutional memory work program" => (
                "CoP para coordenar a implementação do programa de trabalho de memória institucional",
                None,
            ),
            "CoPs to monitor the development of the project for maternal mortality reduction in South America" => {
                (
                    "CoP para monitorar o desenvolvimento do projeto de redução da mortalidade materna na América do Sul",
                    None,
                )
            }
            _ => (example.en, example.product_en),
        },
        Lang::Fr => match example.en {
            "CoPs to define indicators for the assessment of telemedicine projects" => (
                "CdP pour définir des indicateurs d’évaluation des projets de télémédecine",
                Some("définir des indicateurs"),
            ),
            "CoPs to select the platform to record open access documents" => (
                "CdP pour choisir la plateforme d’enregistrement des documents en libre accès",
                Some("choisir la plateforme"),
            ),
            "CoPs to coordinate the implementation of the institutional memory work program" => (
                "CdP pour coordonner la mise en œuvre du programme de travail sur la mémoire institutionnelle",
                None,
            ),
            "CoPs to monitor the development of the project for maternal mortality reduction in South America" => {
                (
                    "CdP pour suivre le déroulement du projet de réduction de la mortalité maternelle en Amérique du Sud",
                    None,
                )
            }
            _ => (example.en, example.product_en),
        },
    }
}
