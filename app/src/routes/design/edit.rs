//! Applying a Phase I edit: one domain call inside the repo's `change_document`, so it is
//! journaled, saved to IndexedDB and synced like every other change; a refusal comes back as a
//! translated message for the control that caused it.

use automerge::Automerge;
use community::CommunityError;
use sync_protocol::DocumentId;

use crate::clock;
use crate::i18n::Key;
use crate::state::{AppState, Refresh};

/// Run `f` on the community document; on refusal the document is unchanged.
pub fn change<R>(
    app: AppState,
    id: DocumentId,
    f: impl FnOnce(&mut Automerge) -> Result<R, CommunityError>,
) -> Result<R, Key> {
    change_refreshing(app, id, Refresh::Now, f)
}

/// [`change`], the page following the change when `refresh` says (`Refresh::Later`: in a
/// task of its own).
pub fn change_refreshing<R>(
    app: AppState,
    id: DocumentId,
    refresh: Refresh,
    f: impl FnOnce(&mut Automerge) -> Result<R, CommunityError>,
) -> Result<R, Key> {
    let result =
        app.with_repo_refreshing(refresh, |repo| repo.change_document(&id, clock::now(), f));
    match result.flatten() {
        // Journaled and its save scheduled; re-read now, or in the next task (`Later`).
        Some(Ok(value)) => Ok(value),
        Some(Err(err)) => Err(error_key(&err)),
        // The document is gone from the repo (or the repo is borrowed): nothing was written.
        None => Err(Key::ErrorEdit),
    }
}

/// The message a person can act on for each refusal the Design pages can meet.
pub fn error_key(err: &CommunityError) -> Key {
    match err {
        CommunityError::EmptyTitle => Key::TitleRequired,
        CommunityError::Empty { .. } => Key::ErrEmptyValue,
        CommunityError::TooManyExpectedResults { .. } => Key::ErrTooManyResults,
        CommunityError::NotFound { .. } => Key::ErrNotFound,
        CommunityError::NotAllowed { action, .. } => not_allowed_key(action),
        CommunityError::DesignIncomplete { .. } => Key::ErrDesignIncomplete,
        CommunityError::DateInPast { .. } => Key::ErrDateInPast,
        CommunityError::InvalidDate { .. } => Key::ErrInvalidDate,
        CommunityError::ConsentRequired => Key::ErrConsentRequired,
        CommunityError::AlreadyDecided { .. } => Key::ErrAlreadyDecided,
        CommunityError::PostTooLong { .. } => Key::ErrPostTooLong,
        CommunityError::DiscussionClosed { .. } => Key::ErrDiscussionClosed,
        CommunityError::ProposalDecided { .. } => Key::PropErrDecided,
        CommunityError::CommunityClosed => Key::ErrCommunityClosed,
        CommunityError::ClosingIncomplete { .. } => Key::ErrClosingIncomplete,
        CommunityError::WrongPhase { .. } => Key::ErrWrongPhase,
        CommunityError::FinalAssessmentMissing => Key::ErrFinalAssessmentMissing,
        CommunityError::FinalAssessmentExists { .. } => Key::ErrFinalAssessmentExists,
        CommunityError::AssessmentClosed { .. } => Key::ErrAssessmentClosed,
        CommunityError::QuestionAnswered { .. } => Key::ErrQuestionAnswered,
        CommunityError::InvalidAnswer { .. } => Key::ErrInvalidAnswer,
        CommunityError::InConflict { .. } => Key::ErrInConflict,
        _ => Key::ErrorEdit,
    }
}

/// The refusal that names who may do `action` (the error carries its description).
fn not_allowed_key(action: &str) -> Key {
    use community::{Action, Role, may};
    let Some(action) = Action::ALL.into_iter().find(|a| a.describe() == action) else {
        return Key::ErrorEdit;
    };
    if may(Role::Participant, action) {
        // Every role may: the person is not on the roster (yet).
        Key::ErrMembersOnly
    } else if may(Role::Facilitator, action) {
        Key::DiscErrModerateOnly // leaders, moderators and facilitators
    } else if may(Role::Moderator, action) {
        Key::ErrLeaderOrModeratorOnly
    } else {
        Key::ErrNotAllowed // leaders only
    }
}

/// This device's member id, derived from its key (see [`crate::identity`]).
pub fn me() -> community::MemberId {
    crate::identity::me()
}
