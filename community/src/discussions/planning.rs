//! Discussion planning: objective, guiding question, participation guidelines, stages
//! with dates, and sub-groups of participants.

use automerge::transaction::{Transactable as _, Transaction};
use automerge::{Automerge, ObjId, ReadDoc as _};

use super::{
    DISCUSSIONS, DiscussionStage, Guidelines, Schedule, discussion, inner, insert_inner, require,
};
use crate::roles::Action;
use crate::{CommunityError, DiscussionId, IsoDate, MemberId, SubgroupId, members, store};

/// What the moderator plans before opening a discussion.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewDiscussion {
    pub title: String,
    pub objective: String,
    /// The guiding question or initial text.
    pub question: String,
    pub guidelines: Guidelines,
    pub schedule: Schedule,
}

/// The prose fields of a discussion's plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlanText {
    Title,
    Objective,
    /// The guiding question or initial text.
    Question,
}

impl PlanText {
    fn key(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Objective => "objective",
            Self::Question => "question",
        }
    }
}

/// Plans a discussion, in stage "planned". `by` must be allowed to moderate.
pub fn create_discussion(
    doc: &mut Automerge,
    by: &MemberId,
    plan: &NewDiscussion,
) -> Result<DiscussionId, CommunityError> {
    if plan.title.trim().is_empty() {
        return Err(CommunityError::Empty {
            field: "discussion title",
        });
    }
    require(doc, by, Action::ModerateDiscussion)?;
    let id = store::fresh_id(doc);
    store::write(doc, |tx| {
        let entry = store::insert_entry(tx, DISCUSSIONS, "discussion", id.as_str())?;
        store::put_text(tx, &entry, "title", &plan.title)?;
        store::put_text(tx, &entry, "objective", &plan.objective)?;
        store::put_text(tx, &entry, "question", &plan.question)?;
        store::put_scalar(tx, &entry, "created_by", by.as_str())?;
        store::put_scalar(tx, &entry, "stage", DiscussionStage::Planned.key())?;
        put_guidelines(tx, &entry, &plan.guidelines)?;
        let schedule = store::child_map(tx, &entry, "schedule")?;
        for stage in DiscussionStage::ALL {
            if let Some(date) = plan.schedule.date(stage) {
                store::put_keyed(tx, &schedule, stage.key(), "schedule", date.to_string())?;
            }
        }
        // Every child container now, so members' first additions land in one map.
        for key in [
            "subgroups",
            "posts",
            "restatements",
            "summaries",
            "participants",
        ] {
            store::child_map(tx, &entry, key)?;
        }
        let closing = store::child_map(tx, &entry, "closing")?;
        store::put_text(tx, &closing, "summary", "")?;
        store::child_map(tx, &closing, "posts")?;
        store::child_map(tx, &closing, "follow_ups")?;
        Ok(())
    })?;
    Ok(DiscussionId::from_stored(id))
}

/// Replaces the title, objective or guiding question, character-wise.
pub fn set_discussion_text(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    field: PlanText,
    value: &str,
) -> Result<(), CommunityError> {
    if field == PlanText::Title && value.trim().is_empty() {
        return Err(CommunityError::Empty {
            field: "discussion title",
        });
    }
    moderate(doc, by, id, |tx, entry| {
        store::put_text(tx, entry, field.key(), value)
    })
}

/// Replaces the participation guidelines.
pub fn set_guidelines(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    guidelines: &Guidelines,
) -> Result<(), CommunityError> {
    moderate(doc, by, id, |tx, entry| {
        put_guidelines(tx, entry, guidelines)
    })
}

/// Sets (or with `None` clears) the date planned for a stage.
pub fn set_stage_date(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    stage: DiscussionStage,
    date: Option<IsoDate>,
) -> Result<(), CommunityError> {
    moderate(doc, by, id, |tx, entry| {
        let schedule = store::child_map(tx, entry, "schedule")?;
        match date {
            Some(date) => {
                store::put_keyed(tx, &schedule, stage.key(), "schedule", date.to_string())
            }
            None => match tx
                .get(&schedule, stage.key())
                .map_err(store::edit("schedule"))?
            {
                Some(_) => tx
                    .delete(&schedule, stage.key())
                    .map_err(store::edit("schedule")),
                None => Ok(()),
            },
        }
    })
}

/// Moves the discussion to a stage; concurrent different stages stay visible as a
/// conflict. To close overtly, with who and when, use [`super::closing::close_discussion`].
pub fn set_discussion_stage(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    stage: DiscussionStage,
) -> Result<(), CommunityError> {
    moderate(doc, by, id, |tx, entry| {
        store::put_scalar(tx, entry, "stage", stage.key())
    })
}

/// Groups participants virtually; every member must be in the roster.
pub fn add_subgroup(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    name: &str,
    group: &[MemberId],
) -> Result<SubgroupId, CommunityError> {
    if name.trim().is_empty() {
        return Err(CommunityError::Empty {
            field: "sub-group name",
        });
    }
    let subgroup = store::fresh_id(doc);
    moderate(doc, by, id, |tx, entry| {
        check_members(tx, group)?;
        let path = inner(id.as_str(), "subgroups");
        let sub = insert_inner(tx, entry, &path, "subgroups", subgroup.as_str())?;
        store::put_scalar(tx, &sub, "name", name)?;
        put_members(tx, &sub, group)
    })?;
    Ok(SubgroupId::from_stored(subgroup))
}

/// Renames a sub-group (the name is one value: two names given concurrently leave a
/// conflict, which renaming again settles).
pub fn rename_subgroup(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    subgroup: &SubgroupId,
    name: &str,
) -> Result<(), CommunityError> {
    if name.trim().is_empty() {
        return Err(CommunityError::Empty {
            field: "sub-group name",
        });
    }
    moderate(doc, by, id, |tx, _| {
        let path = inner(id.as_str(), "subgroups");
        let sub = store::existing_entry(tx, &path, "sub-group", subgroup.as_str())?;
        store::put_scalar(tx, &sub, "name", name)
    })
}

/// Replaces a sub-group's members; a member another moderator added concurrently stays.
pub fn set_subgroup_members(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    subgroup: &SubgroupId,
    group: &[MemberId],
) -> Result<(), CommunityError> {
    moderate(doc, by, id, |tx, _| {
        check_members(tx, group)?;
        let path = inner(id.as_str(), "subgroups");
        let sub = store::existing_entry(tx, &path, "sub-group", subgroup.as_str())?;
        put_members(tx, &sub, group)
    })
}

/// Removes a sub-group.
pub fn remove_subgroup(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    subgroup: &SubgroupId,
) -> Result<(), CommunityError> {
    moderate(doc, by, id, |tx, _| {
        let path = inner(id.as_str(), "subgroups");
        store::remove_entry(tx, &path, "sub-group", subgroup.as_str())
    })
}

/// Runs `change` on a discussion's entry in one transaction once `by` may moderate.
pub(crate) fn moderate<O>(
    doc: &mut Automerge,
    by: &MemberId,
    id: &DiscussionId,
    change: impl FnOnce(&mut Transaction<'_>, &ObjId) -> Result<O, CommunityError>,
) -> Result<O, CommunityError> {
    store::write(doc, |tx| {
        require(tx, by, Action::ModerateDiscussion)?;
        let entry = discussion(tx, id)?;
        change(tx, &entry)
    })
}

fn put_guidelines(
    tx: &mut Transaction<'_>,
    entry: &ObjId,
    guidelines: &Guidelines,
) -> Result<(), CommunityError> {
    let map = store::child_map(tx, entry, "guidelines")?;
    store::put_scalar(tx, &map, "language", guidelines.language.as_str())?;
    // 0 means "no limit": a plain Int, never absent-vs-present races.
    store::put_scalar(
        tx,
        &map,
        "max_words",
        i64::from(guidelines.max_words.unwrap_or(0)),
    )?;
    store::put_text(tx, &map, "addressing", &guidelines.addressing)
}

fn put_members(
    tx: &mut Transaction<'_>,
    sub: &ObjId,
    group: &[MemberId],
) -> Result<(), CommunityError> {
    let ids: Vec<&str> = group.iter().map(MemberId::as_str).collect();
    store::put_key_set(tx, sub, "members", &ids)
}

fn check_members(tx: &Transaction<'_>, group: &[MemberId]) -> Result<(), CommunityError> {
    match group.iter().find(|m| !members::is_member(tx, m)) {
        Some(stranger) => Err(store::not_found("member", stranger.as_str())),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discussions::fixture::{community, id};
    use crate::{Closing, Role, conflicts_at, read, set_member};

    fn only(doc: &Automerge) -> crate::Discussion {
        let mut all = read(doc).unwrap().discussions;
        assert_eq!(all.len(), 1);
        all.remove(0)
    }

    #[test]
    fn a_planned_discussion_reads_back() {
        let (doc, discussion) = community();
        let d = only(&doc);
        assert_eq!(d.id, discussion);
        assert_eq!(d.title, "Which indicators?");
        assert_eq!(d.objective, "Agree on five");
        assert_eq!(d.question, "What do you measure today?");
        assert_eq!(d.pinned_question(), "What do you measure today?");
        assert_eq!(d.created_by, id("mo"));
        assert_eq!(d.stage, Some(DiscussionStage::Planned));
        assert_eq!(d.guidelines.max_words, Some(10));
        assert_eq!(d.guidelines.language, "es");
        assert_eq!(d.guidelines.addressing, "By name");
        assert!(d.posts.is_empty() && d.subgroups.is_empty());
        assert_eq!(d.closing, Closing::default());
    }

    #[test]
    fn the_plan_is_edited_by_a_moderator_only() {
        let (mut doc, d) = community();
        let mo = id("mo");
        set_discussion_text(&mut doc, &mo, &d, PlanText::Objective, "Agree on six").unwrap();
        set_discussion_text(&mut doc, &mo, &d, PlanText::Question, "What works?").unwrap();
        set_discussion_text(&mut doc, &mo, &d, PlanText::Title, "Indicators").unwrap();
        let guidelines = Guidelines {
            language: "en".into(),
            max_words: None,
            addressing: "Quote the post".into(),
        };
        set_guidelines(&mut doc, &mo, &d, &guidelines).unwrap();
        let day: IsoDate = "2030-03-01".parse().unwrap();
        set_stage_date(&mut doc, &mo, &d, DiscussionStage::Open, Some(day)).unwrap();
        set_stage_date(&mut doc, &mo, &d, DiscussionStage::Closed, Some(day)).unwrap();
        set_stage_date(&mut doc, &mo, &d, DiscussionStage::Closed, None).unwrap();
        set_discussion_stage(&mut doc, &mo, &d, DiscussionStage::Open).unwrap();
        let read = only(&doc);
        assert_eq!(read.objective, "Agree on six");
        assert_eq!(read.question, "What works?");
        assert_eq!(read.title, "Indicators");
        assert_eq!(read.guidelines, guidelines);
        assert_eq!(read.schedule.open, Some(day));
        assert_eq!(read.schedule.closed, None);
        assert_eq!(read.stage, Some(DiscussionStage::Open));

        let heads = doc.get_heads();
        let pa = id("pa");
        let refused = [
            set_discussion_stage(&mut doc, &pa, &d, DiscussionStage::Closed),
            set_discussion_text(&mut doc, &pa, &d, PlanText::Title, "Mine"),
            set_guidelines(&mut doc, &pa, &d, &Guidelines::default()),
            set_stage_date(&mut doc, &pa, &d, DiscussionStage::Open, None),
            create_discussion(
                &mut doc,
                &pa,
                &NewDiscussion {
                    title: "Mine".into(),
                    ..Default::default()
                },
            )
            .map(drop),
        ];
        for result in refused {
            assert!(matches!(result, Err(CommunityError::NotAllowed { .. })));
        }
        assert_eq!(doc.get_heads(), heads, "a refused edit changes nothing");
        assert!(matches!(
            set_discussion_text(&mut doc, &mo, &d, PlanText::Title, " "),
            Err(CommunityError::Empty { .. })
        ));
        assert!(matches!(
            create_discussion(&mut doc, &mo, &NewDiscussion::default()),
            Err(CommunityError::Empty { .. })
        ));
        let missing = DiscussionId::new("nope").unwrap();
        assert!(matches!(
            set_discussion_stage(&mut doc, &mo, &missing, DiscussionStage::Open),
            Err(CommunityError::NotFound {
                kind: "discussion",
                ..
            })
        ));
    }

    #[test]
    fn subgroups_hold_members_of_the_roster() {
        let (mut doc, d) = community();
        let mo = id("mo");
        let group = add_subgroup(&mut doc, &mo, &d, "Andes", &[id("pa")]).unwrap();
        set_subgroup_members(&mut doc, &mo, &d, &group, &[id("mo"), id("pa")]).unwrap();
        let read = only(&doc);
        assert_eq!(read.subgroups.len(), 1);
        assert_eq!(read.subgroups[0].name, "Andes");
        assert_eq!(read.subgroups[0].members, [id("mo"), id("pa")]);
        assert!(matches!(
            add_subgroup(&mut doc, &mo, &d, "Ghosts", &[id("ghost")]),
            Err(CommunityError::NotFound { kind: "member", .. })
        ));
        assert!(matches!(
            add_subgroup(&mut doc, &mo, &d, "", &[]),
            Err(CommunityError::Empty { .. })
        ));
        assert!(matches!(
            add_subgroup(&mut doc, &id("pa"), &d, "Mine", &[]),
            Err(CommunityError::NotAllowed { .. })
        ));
        rename_subgroup(&mut doc, &mo, &d, &group, "Andean region").unwrap();
        assert_eq!(only(&doc).subgroups[0].name, "Andean region");
        let heads = doc.get_heads();
        assert!(matches!(
            rename_subgroup(&mut doc, &mo, &d, &group, "  "),
            Err(CommunityError::Empty { .. })
        ));
        assert!(matches!(
            rename_subgroup(&mut doc, &id("pa"), &d, &group, "Mine"),
            Err(CommunityError::NotAllowed { .. })
        ));
        assert_eq!(doc.get_heads(), heads, "a refused rename changes nothing");
        remove_subgroup(&mut doc, &mo, &d, &group).unwrap();
        assert!(only(&doc).subgroups.is_empty());
        assert!(matches!(
            remove_subgroup(&mut doc, &mo, &d, &group),
            Err(CommunityError::NotFound { .. })
        ));
        assert!(matches!(
            rename_subgroup(&mut doc, &mo, &d, &group, "Gone"),
            Err(CommunityError::NotFound { .. })
        ));
    }

    #[test]
    fn planning_is_written_after_a_merge() {
        let (mut mo_doc, d) = community();
        let mut fa_doc = Automerge::new();
        fa_doc.merge(&mut mo_doc.clone()).unwrap();
        let (mo, fa) = (id("mo"), id("fa"));
        set_member(&mut fa_doc, &fa, "Fa", Role::Facilitator).unwrap();
        set_discussion_text(&mut fa_doc, &fa, &d, PlanText::Objective, "Agree on six").unwrap();
        let group = add_subgroup(&mut fa_doc, &fa, &d, "Andes", &[id("pa")]).unwrap();
        mo_doc.merge(&mut fa_doc.clone()).unwrap();
        set_discussion_text(&mut mo_doc, &mo, &d, PlanText::Question, "Why?").unwrap();
        set_guidelines(&mut mo_doc, &mo, &d, &Guidelines::default()).unwrap();
        set_stage_date(
            &mut mo_doc,
            &mo,
            &d,
            DiscussionStage::Open,
            "2030-01-01".parse().ok(),
        )
        .unwrap();
        set_discussion_stage(&mut mo_doc, &mo, &d, DiscussionStage::Open).unwrap();
        set_subgroup_members(&mut mo_doc, &mo, &d, &group, std::slice::from_ref(&mo)).unwrap();
        let other = add_subgroup(&mut mo_doc, &mo, &d, "Coast", &[]).unwrap();
        remove_subgroup(&mut mo_doc, &mo, &d, &other).unwrap();
        let second = create_discussion(
            &mut mo_doc,
            &mo,
            &NewDiscussion {
                title: "Second".into(),
                ..Default::default()
            },
        )
        .unwrap();
        fa_doc.merge(&mut mo_doc).unwrap();
        let all = read(&fa_doc).unwrap().discussions;
        assert_eq!(all.len(), 2);
        assert_eq!(all[1].id, second, "listed in the order planned");
        let first = &all[0];
        assert_eq!(first.objective, "Agree on six");
        assert_eq!(first.question, "Why?");
        assert_eq!(first.guidelines.max_words, None);
        assert_eq!(first.stage, Some(DiscussionStage::Open));
        assert_eq!(first.schedule.open, "2030-01-01".parse().ok());
        assert_eq!(first.subgroups.len(), 1);
        assert_eq!(first.subgroups[0].members, [mo]);
    }

    #[test]
    fn concurrent_stage_changes_are_a_conflict_and_subgroup_additions_merge() {
        let (mut base, d) = community();
        let mo = id("mo");
        let group = add_subgroup(&mut base, &mo, &d, "Andes", &[]).unwrap();
        let mut ana = base.fork();
        let mut luis = base.fork();
        set_discussion_stage(&mut ana, &mo, &d, DiscussionStage::Open).unwrap();
        set_discussion_stage(&mut luis, &mo, &d, DiscussionStage::Closing).unwrap();
        set_subgroup_members(&mut ana, &mo, &d, &group, &[id("pa")]).unwrap();
        set_subgroup_members(&mut luis, &mo, &d, &group, std::slice::from_ref(&mo)).unwrap();
        ana.merge(&mut luis).unwrap();
        let conflict = conflicts_at(&ana, &["discussions", d.as_str(), "stage"]).unwrap();
        let mut values = conflict.values.clone();
        values.sort();
        assert_eq!(values, ["closing", "open"]);
        assert_eq!(only(&ana).subgroups[0].members, [id("mo"), id("pa")]);
        // Choosing again settles it.
        set_discussion_stage(&mut ana, &mo, &d, DiscussionStage::Open).unwrap();
        assert_eq!(
            conflicts_at(&ana, &["discussions", d.as_str(), "stage"]),
            None
        );
    }
}
