//! Marks that a moderator reviewed something merged from offline members, under keys
//! the review module makes (opaque here).

use std::collections::BTreeMap;

use automerge::transaction::Transactable as _;
use automerge::{Automerge, ObjType, ReadDoc};

use super::REVIEWED;
use crate::discussions::{check_moment, require};
use crate::roles::Action;
use crate::{CommunityError, MemberId, store};

/// The longest review key, in bytes: keys are map keys, and a key this long already
/// names more than any review needs.
pub const REVIEW_KEY_LIMIT: usize = 200;

/// Who reviewed, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewMark {
    pub by: MemberId,
    /// ISO date or date-time from the moderator's clock.
    pub at: String,
}

/// Marks `key` reviewed by `by` at `at`; marking it again replaces the mark with the
/// newer review.
///
/// Each mark is a new map, never fields updated in place: two moderators marking the
/// same key concurrently leave two maps at one key, of which one wins and reads like
/// any other (both say "reviewed"), and no scalar is left in conflict for
/// [`crate::conflicts`] to ask about.
pub fn mark_reviewed(
    doc: &mut Automerge,
    by: &MemberId,
    key: &str,
    at: &str,
) -> Result<(), CommunityError> {
    if key.is_empty() || key.len() > REVIEW_KEY_LIMIT {
        return Err(CommunityError::ReviewKey {
            bytes: key.len(),
            limit: REVIEW_KEY_LIMIT,
        });
    }
    check_moment(at)?;
    store::write(doc, |tx| {
        require(tx, by, Action::ReviewContributions)?;
        store::delete_everywhere(tx, REVIEWED, key).map_err(store::edit("review mark"))?;
        let marks = store::ensure_map(tx, REVIEWED)?;
        let mark = tx
            .put_object(&marks, key, ObjType::Map)
            .map_err(store::edit("review mark"))?;
        store::put_scalar(tx, &mark, "by", by.as_str())?;
        store::put_scalar(tx, &mark, "at", at)
    })
}

/// Every review mark, by key.
pub fn reviewed_marks<R: ReadDoc>(doc: &R) -> BTreeMap<String, ReviewMark> {
    store::entries(doc, REVIEWED)
        .into_iter()
        .map(|(key, mark)| {
            let read = ReviewMark {
                by: MemberId::from_stored(store::string(doc, &mark, "by").unwrap_or_default()),
                at: store::string(doc, &mark, "at").unwrap_or_default(),
            };
            (key, read)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discussions::fixture::id;
    use crate::moderation::fixture::{OTHERS, REVIEWERS, with_post};

    #[test]
    fn reviewers_mark_keys_reviewed_others_may_not() {
        let (mut doc, _, _) = with_post();
        for (n, reviewer) in REVIEWERS.into_iter().enumerate() {
            let key = format!("merge:{n}");
            mark_reviewed(&mut doc, &id(reviewer), &key, "2030-01-02T10:00").unwrap();
            assert_eq!(
                reviewed_marks(&doc).get(&key),
                Some(&ReviewMark {
                    by: id(reviewer),
                    at: "2030-01-02T10:00".into()
                })
            );
        }
        mark_reviewed(&mut doc, &id("le"), "merge:1", "2030-01-03").unwrap();
        assert_eq!(
            reviewed_marks(&doc)["merge:1"].by,
            id("le"),
            "a newer review"
        );
        assert_eq!(reviewed_marks(&doc).len(), 3);
        let heads = doc.get_heads();
        for other in OTHERS {
            assert!(matches!(
                mark_reviewed(&mut doc, &id(other), "merge:9", "2030-01-02"),
                Err(CommunityError::NotAllowed { .. })
            ));
        }
        assert!(matches!(
            mark_reviewed(&mut doc, &id("mo"), "", "2030-01-02"),
            Err(CommunityError::ReviewKey { bytes: 0, .. })
        ));
        let long = "k".repeat(REVIEW_KEY_LIMIT + 1);
        assert!(matches!(
            mark_reviewed(&mut doc, &id("mo"), &long, "2030-01-02"),
            Err(CommunityError::ReviewKey {
                bytes: 201,
                limit: 200
            })
        ));
        assert!(matches!(
            mark_reviewed(&mut doc, &id("mo"), "merge:9", "later"),
            Err(CommunityError::InvalidDateTime { .. })
        ));
        assert_eq!(doc.get_heads(), heads);
        let longest = "k".repeat(REVIEW_KEY_LIMIT);
        mark_reviewed(&mut doc, &id("mo"), &longest, "2030-01-02").unwrap();
        assert!(reviewed_marks(&doc).contains_key(&longest));
    }

    #[test]
    fn two_moderators_marking_one_key_concurrently_read_as_one_mark() {
        let (base, _, _) = with_post();
        let mut mo = base.fork();
        let mut le = base.fork();
        mark_reviewed(&mut mo, &id("mo"), "merge:abc", "2030-01-02").unwrap();
        mark_reviewed(&mut le, &id("le"), "merge:abc", "2030-01-03").unwrap();
        mo.merge(&mut le.clone()).unwrap();
        le.merge(&mut mo.clone()).unwrap();
        let marks = reviewed_marks(&mo);
        assert_eq!(
            marks,
            reviewed_marks(&le),
            "every replica reads the same mark"
        );
        assert_eq!(marks.len(), 1);
        assert!([id("mo"), id("le")].contains(&marks["merge:abc"].by));
        assert!(crate::conflicts(&mo).is_empty(), "nothing to settle");
        mark_reviewed(&mut mo, &id("fa"), "merge:abc", "2030-01-04").unwrap();
        assert_eq!(reviewed_marks(&mo)["merge:abc"].by, id("fa"));
        // Marking again after merging and marking concurrently again: still one mark.
        mark_reviewed(&mut le, &id("le"), "merge:abc", "2030-01-05").unwrap();
        mo.merge(&mut le).unwrap();
        assert_eq!(reviewed_marks(&mo).len(), 1);
        assert!(crate::conflicts(&mo).is_empty());
    }

    #[test]
    fn marks_from_two_replicas_of_an_old_document_are_all_kept() {
        // A document from before moderation has no `moderation` map: each replica
        // creates one, and reading unions them.
        let (mut base, _, _) = with_post();
        let mut tx = base.transaction();
        automerge::transaction::Transactable::delete(&mut tx, automerge::ROOT, "moderation")
            .unwrap();
        tx.commit();
        assert!(reviewed_marks(&base).is_empty());
        let mut mo = base.fork();
        let mut le = base.fork();
        mark_reviewed(&mut mo, &id("mo"), "a", "2030-01-02").unwrap();
        mark_reviewed(&mut le, &id("le"), "b", "2030-01-02").unwrap();
        mo.merge(&mut le).unwrap();
        let keys: Vec<_> = reviewed_marks(&mo).into_keys().collect();
        assert_eq!(keys, ["a", "b"]);
    }
}
