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

mod en;
mod es;
mod fr;
mod pt;

use std::sync::OnceLock;

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use crate::browser::{Try, local_storage};

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
    PostVersionsHeading,
    PostVersionKeep,
    ErrInConflict,
    ErrorPartMissing,
    PageMissingHeading,
    PageMissingHint,
}

/// One language's text for every key.
type Catalogue = fn(Key) -> &'static str;

// Each language but English is a split point of its own (`wasm_split`, as for the
// lazy pages in `routes::lazy`): a first visit downloads the text of its own language
// only, 9-10 KB of wasm (brotli) per language. English stays in the main module: it is
// the fallback, and the language of most first visits.
// `fallible`, not `#[lazy]`: a catalogue that fails to download (a first visit on a
// poor link) leaves the page in English, where a panic would abort the whole app.
#[leptos::wasm_split::wasm_split(spanish, wasm_split_path = ::leptos::wasm_split, fallible)]
fn spanish() -> Result<Catalogue, SplitLoaderError> {
    Ok(es::text)
}

#[leptos::wasm_split::wasm_split(portuguese, wasm_split_path = ::leptos::wasm_split, fallible)]
fn portuguese() -> Result<Catalogue, SplitLoaderError> {
    Ok(pt::text)
}

#[leptos::wasm_split::wasm_split(french, wasm_split_path = ::leptos::wasm_split, fallible)]
fn french() -> Result<Catalogue, SplitLoaderError> {
    Ok(fr::text)
}

// The catalogues this page has loaded.
static SPANISH: OnceLock<Catalogue> = OnceLock::new();
static PORTUGUESE: OnceLock<Catalogue> = OnceLock::new();
static FRENCH: OnceLock<Catalogue> = OnceLock::new();

/// Fetch `lang`'s catalogue unless this page already has it. The language signal only
/// takes a language once it is loaded: `main` loads the first before the first render,
/// `I18n::set` any other before switching. False if the download failed.
pub async fn load(lang: Lang) -> bool {
    let loaded = match lang {
        Lang::En => Ok(()),
        Lang::Es => keep(&SPANISH, spanish()).await,
        Lang::Pt => keep(&PORTUGUESE, portuguese()).await,
        Lang::Fr => keep(&FRENCH, french()).await,
    };
    loaded.is_ok()
}

async fn keep(
    slot: &OnceLock<Catalogue>,
    fetch: impl Future<Output = Result<Catalogue, SplitLoaderError>>,
) -> Result<(), SplitLoaderError> {
    if slot.get().is_none() {
        let _ = slot.set(fetch.await?); // a concurrent load set the same catalogue
    }
    Ok(())
}

/// Whether this page has `lang`'s text (English it always has).
fn loaded(lang: Lang) -> bool {
    match lang {
        Lang::En => true,
        Lang::Es => SPANISH.get().is_some(),
        Lang::Pt => PORTUGUESE.get().is_some(),
        Lang::Fr => FRENCH.get().is_some(),
    }
}

/// The text for `key` in `lang`; in English while `lang` is not loaded, which `load`
/// makes a moment that never renders.
fn text(lang: Lang, key: Key) -> &'static str {
    let loaded = match lang {
        Lang::En => None,
        Lang::Es => SPANISH.get(),
        Lang::Pt => PORTUGUESE.get(),
        Lang::Fr => FRENCH.get(),
    };
    loaded.map_or_else(|| en::text(key), |catalogue| catalogue(key))
}

/// The current language, provided as context by the root component.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The language the page shows; its catalogue is loaded.
    pub lang: RwSignal<Lang>,
    /// The language last chosen, which `lang` follows once its catalogue is loaded.
    chosen: StoredValue<Lang>,
}

impl I18n {
    /// Tracked: a view calling this re-renders when the language changes.
    pub fn t(self, key: Key) -> &'static str {
        text(self.lang.get(), key)
    }

    /// Switch language once its text is loaded, remember it for this browser and tell
    /// assistive tech via `<html lang>`.
    pub fn set(self, lang: Lang) {
        self.chosen.set_value(lang);
        if let Some(storage) = local_storage() {
            let _ = storage.set_item(LANG_KEY, lang.code()); // not fatal: only a preference
        }
        self.follow_choice(Try::Now);
    }

    /// Show the language last chosen once its text is here, trying its download again
    /// until it arrives or another language is chosen.
    fn follow_choice(self, first: Try) {
        let lang = self.chosen.get_value();
        wasm_bindgen_futures::spawn_local(async move {
            crate::browser::until_ok(first, || async move {
                // Two quick choices: the last one wins, whichever catalogue arrives last.
                let done = self.chosen.get_value() != lang || load(lang).await;
                done.then_some(()).ok_or(())
            })
            .await;
            if self.chosen.get_value() == lang {
                self.lang.set(lang);
            }
        });
    }
}

/// Create the language signal (the first language, as `initial_lang`), keep
/// `<html lang>` in step, and provide it as context.
pub fn provide_i18n() -> I18n {
    let wanted = initial_lang();
    // `main` fetched its text; if that failed, the page starts in English (and says so
    // in `<html lang>`) and switches once the text arrives.
    let i18n = I18n {
        lang: RwSignal::new(if loaded(wanted) { wanted } else { Lang::En }),
        chosen: StoredValue::new(wanted),
    };
    if !loaded(wanted) {
        i18n.follow_choice(Try::Later);
    }
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

/// The language of the first render: the stored choice, else `navigator.languages`,
/// else English.
pub fn initial_lang() -> Lang {
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
