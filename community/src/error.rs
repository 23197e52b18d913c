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
