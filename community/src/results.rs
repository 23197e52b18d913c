//! Phase I, stage 4: one to three expected results, each with an indicator and a status.
//!
//! The limit of three is enforced on every local addition. Members adding results
//! offline at the same time can still merge into more than three: nothing is dropped
//! (that would lose a member's work); [`crate::progress`] reports the excess so the
//! community can decide which to remove.

use automerge::{Automerge, ReadDoc};

use crate::{CommunityError, ResultId, store};

/// Where expected results live.
pub(crate) const RESULTS: store::Path = &["design", "expected_results"];

/// The method's limit: "one to three expected results".
pub const MAX_EXPECTED_RESULTS: usize = 3;

/// How far an expected result has come; checked during evaluation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResultStatus {
    #[default]
    Planned,
    InProgress,
    Achieved,
    NotAchieved,
}

impl ResultStatus {
    /// Every status, in order.
    pub const ALL: [Self; 4] = [
        Self::Planned,
        Self::InProgress,
        Self::Achieved,
        Self::NotAchieved,
    ];

    /// The stored value, also the key the UI translates.
    pub fn key(self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::InProgress => "in_progress",
            Self::Achieved => "achieved",
            Self::NotAchieved => "not_achieved",
        }
    }

    /// The status a stored value names, if this build knows it.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.key() == key)
    }
}

/// One expected result as read. `status` is `None` when the stored value is unknown to
/// this build (written by a newer one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedResult {
    pub id: ResultId,
    pub description: String,
    pub indicator: String,
    pub status: Option<ResultStatus>,
}

/// Adds an expected result with status "planned"; a fourth is refused.
pub fn add_expected_result(
    doc: &mut Automerge,
    description: &str,
    indicator: &str,
) -> Result<ResultId, CommunityError> {
    if description.trim().is_empty() {
        return Err(CommunityError::Empty {
            field: "expected result",
        });
    }
    let id = store::fresh_id(doc);
    store::write(doc, |tx| {
        if store::entries(tx, RESULTS).len() >= MAX_EXPECTED_RESULTS {
            return Err(CommunityError::TooManyExpectedResults {
                limit: MAX_EXPECTED_RESULTS,
            });
        }
        let entry = store::insert_entry(tx, RESULTS, "expected result", id.as_str())?;
        store::put_text(tx, &entry, "description", description)?;
        store::put_text(tx, &entry, "indicator", indicator)?;
        store::put_scalar(tx, &entry, "status", ResultStatus::Planned.key())?;
        Ok(())
    })?;
    Ok(ResultId::from_stored(id))
}

/// Replaces a result's description, character-wise.
pub fn set_result_description(
    doc: &mut Automerge,
    id: &ResultId,
    description: &str,
) -> Result<(), CommunityError> {
    if description.trim().is_empty() {
        return Err(CommunityError::Empty {
            field: "expected result",
        });
    }
    edit_result(doc, id, |tx, entry| {
        store::put_text(tx, entry, "description", description)
    })
}

/// Replaces a result's indicator, character-wise.
pub fn set_result_indicator(
    doc: &mut Automerge,
    id: &ResultId,
    indicator: &str,
) -> Result<(), CommunityError> {
    edit_result(doc, id, |tx, entry| {
        store::put_text(tx, entry, "indicator", indicator)
    })
}

/// Sets a result's status; concurrent different statuses stay visible as a conflict.
pub fn set_result_status(
    doc: &mut Automerge,
    id: &ResultId,
    status: ResultStatus,
) -> Result<(), CommunityError> {
    edit_result(doc, id, |tx, entry| {
        store::put_scalar(tx, entry, "status", status.key())
    })
}

/// Removes an expected result.
pub fn remove_expected_result(doc: &mut Automerge, id: &ResultId) -> Result<(), CommunityError> {
    store::write(doc, |tx| {
        store::remove_entry(tx, RESULTS, "expected result", id.as_str())
    })
}

fn edit_result(
    doc: &mut Automerge,
    id: &ResultId,
    change: impl FnOnce(
        &mut automerge::transaction::Transaction<'_>,
        &automerge::ObjId,
    ) -> Result<(), CommunityError>,
) -> Result<(), CommunityError> {
    store::edit_entry(doc, RESULTS, "expected result", id.as_str(), change)
}

/// Whether the document has an expected result with this id.
pub(crate) fn result_exists<R: ReadDoc>(doc: &R, id: &ResultId) -> bool {
    store::find_entry(doc, RESULTS, id.as_str()).is_some()
}

pub(crate) fn read_results<R: ReadDoc>(doc: &R) -> Vec<ExpectedResult> {
    let mut items: Vec<_> = store::entries(doc, RESULTS)
        .into_iter()
        .map(|(id, entry)| {
            let result = ExpectedResult {
                id: ResultId::from_stored(id.clone()),
                description: store::text(doc, &entry, "description"),
                indicator: store::text(doc, &entry, "indicator"),
                status: store::string(doc, &entry, "status")
                    .as_deref()
                    .and_then(ResultStatus::from_key),
            };
            (store::int(doc, &entry, "position").unwrap_or(0), id, result)
        })
        .collect();
    store::sort_by_position(&mut items);
    items.into_iter().map(|(_, _, result)| result).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{conflicts, create, read};

    fn doc() -> Automerge {
        create("CoP to define indicators", "p").unwrap()
    }

    #[test]
    fn results_are_added_edited_and_removed_by_id() {
        let mut doc = doc();
        let first = add_expected_result(&mut doc, "Five indicators", "Indicators agreed").unwrap();
        let second = add_expected_result(&mut doc, "A dashboard", "").unwrap();
        set_result_indicator(&mut doc, &second, "Dashboard online").unwrap();
        set_result_description(&mut doc, &first, "Six indicators").unwrap();
        set_result_status(&mut doc, &first, ResultStatus::Achieved).unwrap();
        let results = read(&doc).unwrap().design.expected_results;
        assert_eq!(results.len(), 2);
        assert_eq!(results[0].id, first, "listed in the order added");
        assert_eq!(results[0].description, "Six indicators");
        assert_eq!(results[0].status, Some(ResultStatus::Achieved));
        assert_eq!(results[1].indicator, "Dashboard online");
        assert_eq!(results[1].status, Some(ResultStatus::Planned));
        remove_expected_result(&mut doc, &first).unwrap();
        let results = read(&doc).unwrap().design.expected_results;
        assert_eq!(results.len(), 1);
        assert_eq!(results[0].id, second);
        assert!(matches!(
            remove_expected_result(&mut doc, &first),
            Err(CommunityError::NotFound { .. })
        ));
        assert!(matches!(
            set_result_status(&mut doc, &first, ResultStatus::Planned),
            Err(CommunityError::NotFound { .. })
        ));
    }

    #[test]
    fn a_fourth_expected_result_is_refused() {
        let mut doc = doc();
        for n in 0..MAX_EXPECTED_RESULTS {
            add_expected_result(&mut doc, &format!("Result {n}"), "").unwrap();
        }
        let heads = doc.get_heads();
        assert!(matches!(
            add_expected_result(&mut doc, "One too many", ""),
            Err(CommunityError::TooManyExpectedResults { limit: 3 })
        ));
        assert_eq!(doc.get_heads(), heads, "a refused edit changes nothing");
        assert!(matches!(
            add_expected_result(&mut doc, "  ", ""),
            Err(CommunityError::Empty { .. })
        ));
    }

    #[test]
    fn concurrent_additions_beyond_three_are_kept_not_dropped() {
        let mut ana = doc();
        add_expected_result(&mut ana, "Shared", "").unwrap();
        add_expected_result(&mut ana, "Shared too", "").unwrap();
        let mut luis = ana.fork();
        add_expected_result(&mut ana, "Ana's", "").unwrap();
        add_expected_result(&mut luis, "Luis's", "").unwrap();
        ana.merge(&mut luis).unwrap();
        assert_eq!(read(&ana).unwrap().design.expected_results.len(), 4);
    }

    #[test]
    fn results_are_edited_after_a_merge() {
        let mut ana = doc();
        let id = add_expected_result(&mut ana, "Indicators", "").unwrap();
        let mut luis = Automerge::new();
        luis.merge(&mut ana.clone()).unwrap();
        set_result_indicator(&mut luis, &id, "Agreed by all").unwrap();
        ana.merge(&mut luis.clone()).unwrap();
        set_result_description(&mut ana, &id, "Five indicators").unwrap();
        set_result_status(&mut ana, &id, ResultStatus::InProgress).unwrap();
        let other = add_expected_result(&mut ana, "Dashboard", "").unwrap();
        remove_expected_result(&mut ana, &other).unwrap();
        luis.merge(&mut ana).unwrap();
        let results = read(&luis).unwrap().design.expected_results;
        assert_eq!(results.len(), 1);
        assert_eq!(results[0].description, "Five indicators");
        assert_eq!(results[0].indicator, "Agreed by all");
        assert_eq!(results[0].status, Some(ResultStatus::InProgress));
    }

    #[test]
    fn concurrent_statuses_are_reported_as_a_conflict() {
        let mut base = doc();
        let id = add_expected_result(&mut base, "Indicators", "").unwrap();
        let mut ana = base.fork();
        let mut luis = base.fork();
        set_result_status(&mut ana, &id, ResultStatus::Achieved).unwrap();
        set_result_status(&mut luis, &id, ResultStatus::NotAchieved).unwrap();
        ana.merge(&mut luis).unwrap();
        let found = conflicts(&ana);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].path,
            ["design", "expected_results", id.as_str(), "status"]
        );
        assert_eq!(found[0].values.len(), 2);
    }
}
