//! Phase II, step 3: the recommended action plan, whose items tie to expected results.

use automerge::{Automerge, ReadDoc};

use crate::{ActionItemId, CommunityError, IsoDate, MemberId, ResultId, members, results, store};

const ACTION_PLAN: store::Path = &["implementation", "action_plan"];

/// How far an action-plan item has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ActionStatus {
    #[default]
    Planned,
    InProgress,
    Done,
    Cancelled,
}

impl ActionStatus {
    /// Every status, in order.
    pub const ALL: [Self; 4] = [Self::Planned, Self::InProgress, Self::Done, Self::Cancelled];

    /// The stored value, also the key the UI translates.
    pub fn key(self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::InProgress => "in_progress",
            Self::Done => "done",
            Self::Cancelled => "cancelled",
        }
    }

    /// The status a stored value names, if this build knows it.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.key() == key)
    }
}

/// An action-plan item as read. After a merge its result or owner may have been removed
/// concurrently by another member; the ids are kept so the UI can show that.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionItem {
    pub id: ActionItemId,
    pub text: String,
    pub result: ResultId,
    pub owner: MemberId,
    pub due: Option<IsoDate>,
    pub status: Option<ActionStatus>,
}

/// What a new action-plan item says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewActionItem {
    pub text: String,
    /// The expected result the action serves; must exist.
    pub result: ResultId,
    /// The member responsible; must be a member.
    pub owner: MemberId,
    pub due: IsoDate,
}

/// Adds an action-plan item, status "planned".
pub fn add_action_item(
    doc: &mut Automerge,
    item: &NewActionItem,
) -> Result<ActionItemId, CommunityError> {
    if item.text.trim().is_empty() {
        return Err(CommunityError::Empty { field: "action" });
    }
    let id = store::fresh_id(doc);
    store::write(doc, |tx| {
        check_links(tx, &item.result, &item.owner)?;
        let entry = store::insert_entry(tx, ACTION_PLAN, "action", id.as_str())?;
        store::put_text(tx, &entry, "text", &item.text)?;
        store::put_scalar(tx, &entry, "result", item.result.as_str())?;
        store::put_scalar(tx, &entry, "owner", item.owner.as_str())?;
        store::put_scalar(tx, &entry, "due", item.due.to_string())?;
        store::put_scalar(tx, &entry, "status", ActionStatus::Planned.key())?;
        Ok(())
    })?;
    Ok(ActionItemId::from_stored(id))
}

/// Replaces an item's text, character-wise.
pub fn set_action_text(
    doc: &mut Automerge,
    id: &ActionItemId,
    text: &str,
) -> Result<(), CommunityError> {
    if text.trim().is_empty() {
        return Err(CommunityError::Empty { field: "action" });
    }
    edit_item(doc, id, |tx, entry| {
        store::put_text(tx, entry, "text", text)
    })
}

/// Ties an item to another expected result and owner, both checked to exist.
pub fn set_action_links(
    doc: &mut Automerge,
    id: &ActionItemId,
    result: &ResultId,
    owner: &MemberId,
) -> Result<(), CommunityError> {
    edit_item(doc, id, |tx, entry| {
        check_links(tx, result, owner)?;
        store::put_scalar(tx, entry, "result", result.as_str())?;
        store::put_scalar(tx, entry, "owner", owner.as_str())
    })
}

/// Changes an item's due date.
pub fn set_action_due(
    doc: &mut Automerge,
    id: &ActionItemId,
    due: IsoDate,
) -> Result<(), CommunityError> {
    edit_item(doc, id, |tx, entry| {
        store::put_scalar(tx, entry, "due", due.to_string())
    })
}

/// Changes an item's status; concurrent different statuses stay visible as a conflict.
pub fn set_action_status(
    doc: &mut Automerge,
    id: &ActionItemId,
    status: ActionStatus,
) -> Result<(), CommunityError> {
    edit_item(doc, id, |tx, entry| {
        store::put_scalar(tx, entry, "status", status.key())
    })
}

/// Removes an item.
pub fn remove_action_item(doc: &mut Automerge, id: &ActionItemId) -> Result<(), CommunityError> {
    store::write(doc, |tx| {
        store::remove_entry(tx, ACTION_PLAN, "action", id.as_str())
    })
}

/// Whether the action plan has an item with this id.
pub(crate) fn action_exists<R: ReadDoc>(doc: &R, id: &ActionItemId) -> bool {
    store::find_entry(doc, ACTION_PLAN, id.as_str()).is_some()
}

fn check_links<R: ReadDoc>(
    doc: &R,
    result: &ResultId,
    owner: &MemberId,
) -> Result<(), CommunityError> {
    if !results::result_exists(doc, result) {
        return Err(CommunityError::NotFound {
            kind: "expected result",
            id: result.to_string(),
        });
    }
    if !members::is_member(doc, owner) {
        return Err(CommunityError::NotFound {
            kind: "member",
            id: owner.to_string(),
        });
    }
    Ok(())
}

fn edit_item(
    doc: &mut Automerge,
    id: &ActionItemId,
    change: impl FnOnce(
        &mut automerge::transaction::Transaction<'_>,
        &automerge::ObjId,
    ) -> Result<(), CommunityError>,
) -> Result<(), CommunityError> {
    store::edit_entry(doc, ACTION_PLAN, "action", id.as_str(), change)
}

pub(crate) fn read_action_plan<R: ReadDoc>(doc: &R) -> Vec<ActionItem> {
    let mut items: Vec<_> = store::entries(doc, ACTION_PLAN)
        .into_iter()
        .map(|(id, entry)| {
            let string = |key| store::string(doc, &entry, key).unwrap_or_default();
            let item = ActionItem {
                id: ActionItemId::from_stored(id.clone()),
                text: store::text(doc, &entry, "text"),
                result: ResultId::from_stored(string("result")),
                owner: MemberId::from_stored(string("owner")),
                due: string("due").parse().ok(),
                status: ActionStatus::from_key(&string("status")),
            };
            (store::int(doc, &entry, "position").unwrap_or(0), id, item)
        })
        .collect();
    store::sort_by_position(&mut items);
    items.into_iter().map(|(_, _, item)| item).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Role, add_expected_result, create, read, remove_expected_result, set_member};

    fn setup() -> (Automerge, ResultId, MemberId) {
        let mut doc = create("CoP to define indicators", "p").unwrap();
        let result = add_expected_result(&mut doc, "Five indicators", "Published").unwrap();
        let owner = MemberId::new("luis").unwrap();
        set_member(&mut doc, &owner, "Luis", Role::Moderator).unwrap();
        (doc, result, owner)
    }

    fn item(result: &ResultId, owner: &MemberId) -> NewActionItem {
        NewActionItem {
            text: "Draft the list".into(),
            result: result.clone(),
            owner: owner.clone(),
            due: "2030-05-01".parse().unwrap(),
        }
    }

    #[test]
    fn action_items_tie_to_results_and_owners() {
        let (mut doc, result, owner) = setup();
        let id = add_action_item(&mut doc, &item(&result, &owner)).unwrap();
        set_action_status(&mut doc, &id, ActionStatus::InProgress).unwrap();
        set_action_text(&mut doc, &id, "Draft the first list").unwrap();
        set_action_due(&mut doc, &id, "2030-06-01".parse().unwrap()).unwrap();
        let plan = read(&doc).unwrap().implementation.action_plan;
        assert_eq!(plan.len(), 1);
        assert_eq!(plan[0].text, "Draft the first list");
        assert_eq!(plan[0].result, result);
        assert_eq!(plan[0].owner, owner);
        assert_eq!(plan[0].due, Some("2030-06-01".parse().unwrap()));
        assert_eq!(plan[0].status, Some(ActionStatus::InProgress));
        remove_action_item(&mut doc, &id).unwrap();
        assert!(read(&doc).unwrap().implementation.action_plan.is_empty());
    }

    #[test]
    fn an_action_tied_to_a_missing_result_or_owner_is_refused() {
        let (mut doc, result, owner) = setup();
        let missing = ResultId::new("nope").unwrap();
        assert!(matches!(
            add_action_item(&mut doc, &item(&missing, &owner)),
            Err(CommunityError::NotFound {
                kind: "expected result",
                ..
            })
        ));
        let stranger = MemberId::new("stranger").unwrap();
        assert!(matches!(
            add_action_item(&mut doc, &item(&result, &stranger)),
            Err(CommunityError::NotFound { kind: "member", .. })
        ));
        remove_expected_result(&mut doc, &result).unwrap();
        assert!(matches!(
            add_action_item(&mut doc, &item(&result, &owner)),
            Err(CommunityError::NotFound {
                kind: "expected result",
                ..
            })
        ));
        assert!(read(&doc).unwrap().implementation.action_plan.is_empty());
    }

    #[test]
    fn the_action_plan_is_written_after_a_merge() {
        let (mut ana, result, owner) = setup();
        let id = add_action_item(&mut ana, &item(&result, &owner)).unwrap();
        let mut luis = Automerge::new();
        luis.merge(&mut ana.clone()).unwrap();
        set_action_status(&mut luis, &id, ActionStatus::Done).unwrap();
        ana.merge(&mut luis.clone()).unwrap();
        set_action_text(&mut ana, &id, "Draft and publish").unwrap();
        let other = add_expected_result(&mut ana, "Dashboard", "").unwrap();
        set_action_links(&mut ana, &id, &other, &owner).unwrap();
        luis.merge(&mut ana).unwrap();
        let plan = read(&luis).unwrap().implementation.action_plan;
        assert_eq!(plan[0].text, "Draft and publish");
        assert_eq!(plan[0].status, Some(ActionStatus::Done));
        assert_eq!(plan[0].result, other);
    }
}
