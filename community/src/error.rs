//! What can go wrong when reading or changing a community document.

/// An operation on a community document failed; the document is unchanged.
#[derive(Debug, thiserror::Error)]
pub enum CommunityError {
    /// The method asks for a name that states the objective and the product: never empty.
    #[error("the community needs a title")]
    EmptyTitle,
    /// Titles are shown in lists and links; an essay belongs in the problem statement.
    #[error("the title has {chars} characters; the limit is {limit}")]
    TitleTooLong { chars: usize, limit: usize },
    /// The document was written by a newer Praxis whose schema this build cannot read.
    #[error(
        "the document has schema version {found}; this version of Praxis reads up to {supported}"
    )]
    UnsupportedSchema { found: u64, supported: u64 },
    /// The stored schema version is negative: the document is damaged.
    #[error("the document's schema version {0} is not valid")]
    BadSchemaVersion(i64),
    /// A field the schema requires is missing or has the wrong type.
    #[error("the community document has no valid `{field}`")]
    Missing { field: &'static str },
    /// Automerge refused the edit.
    #[error("could not change the {field}: {source}")]
    Edit {
        field: &'static str,
        #[source]
        source: Box<automerge::AutomergeError>,
    },
    /// The document is not a community (missing or mistyped fields).
    #[error("not a community document: {0}")]
    NotACommunity(#[source] Box<autosurgeon::HydrateError>),
    /// Writing the typed value into the document failed.
    #[error("could not write the community document: {0}")]
    Write(#[source] Box<autosurgeon::ReconcileError>),
    /// An identifier is empty, too long or has characters a map key must not have.
    #[error("`{id}` is not a valid identifier")]
    InvalidId { id: String },
    /// A date is not an existing `YYYY-MM-DD` day.
    #[error("`{value}` is not a date (YYYY-MM-DD)")]
    InvalidDate { value: String },
    /// A new meeting cannot be scheduled before today.
    #[error("the date {date} is in the past (today is {today})")]
    DateInPast { date: String, today: String },
    /// A required piece of text is empty.
    #[error("the {field} cannot be empty")]
    Empty { field: &'static str },
    /// The method asks for one to three expected results.
    #[error("a community has at most {limit} expected results")]
    TooManyExpectedResults { limit: usize },
    /// No entry of that kind has this id (it may have been removed by another member).
    #[error("there is no {kind} `{id}`")]
    NotFound { kind: &'static str, id: String },
    /// The member's role does not allow the action.
    #[error("member `{member}` may not {action}")]
    NotAllowed {
        member: String,
        action: &'static str,
    },
    /// Design is incomplete and the leader did not confirm moving on anyway.
    #[error(
        "the design is not complete ({missing} items missing); the leader must confirm to start implementation"
    )]
    DesignIncomplete { missing: usize },
    /// A registrant must accept the community's rules.
    #[error("a registration needs consent to the community's rules")]
    ConsentRequired,
    /// A closed discussion takes no more posts.
    #[error("discussion `{id}` is closed")]
    DiscussionClosed { id: String },
    /// A post is longer than the discussion's participation guidelines allow.
    #[error("the post has {words} words; the guidelines allow {limit}")]
    PostTooLong { words: usize, limit: usize },
    /// A moment is not an ISO date or date-time (`YYYY-MM-DD` or `YYYY-MM-DDThh:mm…`).
    #[error("`{value}` is not an ISO date-time")]
    InvalidDateTime { value: String },
    /// The registration was already confirmed or declined.
    #[error("registration `{id}` was already decided")]
    AlreadyDecided { id: String },

    #[error("post `{post}` has replies: hide it instead of removing it")]
    HasReplies { post: String },

    #[error("the conflict at `{path}` has no value {choice}")]
    NoSuchChoice { path: String, choice: usize },
    /// Members wrote the field at the same time, and each version is kept until someone
    /// chooses one ([`crate::resolve_conflict`]); writing it first would drop the others
    /// unseen.
    #[error("`{path}` has versions written at the same time: choose one before changing it")]
    InConflict { path: String },

    /// A proposal was already accepted or returned (perhaps by another moderator), or
    /// is accepted and can no longer be revised.
    #[error("proposal `{id}` is already {state}")]
    ProposalDecided { id: String, state: &'static str },
    /// Only the member who wrote an entry may do this to it.
    #[error("member `{member}` did not write {kind} `{id}`")]
    NotAuthor {
        member: String,
        kind: &'static str,
        id: String,
    },
    /// A review key is empty or longer than the limit (it becomes a map key).
    #[error("a review key has 1 to {limit} bytes; this one has {bytes}")]
    ReviewKey { bytes: usize, limit: usize },
    /// The step belongs to another phase of the method.
    #[error("the community is in phase {found}; this needs phase {expected}")]
    WrongPhase {
        expected: &'static str,
        found: &'static str,
    },
    /// The closing checklist has gaps and the leader did not confirm closing anyway.
    #[error(
        "the community is not ready to close ({missing} items missing); the leader must confirm to close it anyway"
    )]
    ClosingIncomplete { missing: usize },
    /// The community was closed: it is an archived record now and takes no changes.
    #[error("the community is closed and takes no more changes")]
    CommunityClosed,
    /// "The leader closes the community after the final assessment": no final
    /// assessment with at least one response exists, and no confirmation overrides it.
    #[error("the community cannot close before its final assessment has been answered")]
    FinalAssessmentMissing,
    /// A final assessment exists already; periodic ones may be opened as often as needed.
    #[error("the community already has a final assessment (`{id}`)")]
    FinalAssessmentExists { id: String },
    /// The assessment was closed and takes no more answers or changes to its questions.
    #[error("assessment `{id}` is closed")]
    AssessmentClosed { id: String },
    /// Members answered this question already: changing or removing it would change
    /// what they answered. Add a new question instead.
    #[error("question `{question}` has {answers} answers and can no longer be changed")]
    QuestionAnswered { question: String, answers: usize },
    /// An answer does not fit its question: a number outside 1 to 5, or text for a
    /// scale question (or the reverse).
    #[error("the answer to question `{question}` must be {expected}")]
    InvalidAnswer {
        question: String,
        expected: &'static str,
    },
}

// Boxed: the library errors are large, and this error travels through every edit.
impl From<autosurgeon::HydrateError> for CommunityError {
    fn from(error: autosurgeon::HydrateError) -> Self {
        Self::NotACommunity(Box::new(error))
    }
}

impl From<autosurgeon::ReconcileError> for CommunityError {
    fn from(error: autosurgeon::ReconcileError) -> Self {
        Self::Write(Box::new(error))
    }
}
