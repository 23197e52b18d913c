//! Identifiers: one newtype per kind, so a member id is never passed where a result id
//! is meant.

use std::fmt;

use crate::CommunityError;

/// Longest accepted identifier, in bytes.
const ID_LIMIT: usize = 64;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            /// Accepts an id made of ASCII letters, digits, `-` and `_` (at most 64):
            /// ids are map keys in the document and appear in links.
            pub fn new(id: impl Into<String>) -> Result<Self, CommunityError> {
                let id = id.into();
                let valid = !id.is_empty()
                    && id.len() <= ID_LIMIT
                    && id
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
                if valid {
                    Ok(Self(id))
                } else {
                    Err(CommunityError::InvalidId { id })
                }
            }

            /// The id as stored in the document.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            // Ids read back from the document are used as they are: refusing one a
            // newer build wrote would hide that member's entry.
            pub(crate) fn from_stored(id: String) -> Self {
                Self(id)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// A person taking part in the community (given by the membership layer).
    MemberId
);
id_type!(
    /// One of the community's expected results.
    ResultId
);
id_type!(
    /// One target audience entry.
    AudienceId
);
id_type!(
    /// One knowledge-management tool the community uses.
    ToolId
);
id_type!(
    /// One registration sent in answer to the call for members.
    RegistrationId
);
id_type!(
    /// One item of the action plan.
    ActionItemId
);
id_type!(
    /// One moderated discussion.
    DiscussionId
);
id_type!(
    /// One post or reply in a discussion.
    PostId
);
id_type!(
    /// One sub-group of a discussion's participants.
    SubgroupId
);
id_type!(
    /// One interim summary of a discussion.
    SummaryId
);
id_type!(
    /// One contribution proposed for a curated section, waiting for a moderator
    /// (pre-moderation).
    ProposalId
);

id_type!(
    /// One assessment of the community (Phase III): a periodic one or the final one.
    AssessmentId
);
id_type!(
    /// One question of an assessment.
    QuestionId
);
id_type!(
    /// One entry of the community's knowledge base: a conclusion, lesson learned, best
    /// practice, post-action review or recommendation.
    KnowledgeId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_short_safe_keys() {
        assert!(MemberId::new("ana-01_x").is_ok());
        assert!(matches!(
            MemberId::new(""),
            Err(CommunityError::InvalidId { .. })
        ));
        assert!(MemberId::new("a b").is_err());
        assert!(MemberId::new("x".repeat(ID_LIMIT + 1)).is_err());
        assert_eq!(ResultId::new("r1").unwrap().to_string(), "r1");
    }
}
