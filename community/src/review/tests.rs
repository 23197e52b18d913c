use std::collections::{BTreeMap, BTreeSet};

use automerge::{Automerge, ReadDoc};
use proptest::prelude::*;

use super::*;
use crate::*;

fn id(s: &str) -> MemberId {
    MemberId::new(s).unwrap()
}

/// A community as everyone had it before going offline: Ana leads, Luis and Mara
/// moderate, Eva takes part; one expected result, one action, one open discussion.
struct Base {
    doc: Automerge,
    result: ResultId,
    action: ActionItemId,
    discussion: DiscussionId,
}

fn base() -> Base {
    let mut doc = create(
        "CoP to define telemedicine indicators",
        "No shared indicators",
    )
    .unwrap();
    sign_as(&mut doc, &id("ana"));
    set_member(&mut doc, &id("ana"), "Ana", Role::Leader).unwrap();
    set_member(&mut doc, &id("luis"), "Luis", Role::Moderator).unwrap();
    set_member(&mut doc, &id("mara"), "Mara", Role::Moderator).unwrap();
    set_member(&mut doc, &id("eva"), "Eva", Role::Participant).unwrap();
    let result = add_expected_result(&mut doc, "Five agreed indicators", "count").unwrap();
    let action = add_action_item(
        &mut doc,
        &NewActionItem {
            text: "Collect current indicators".into(),
            result: result.clone(),
            owner: id("eva"),
            due: IsoDate::new(2031, 1, 1).unwrap(),
        },
    )
    .unwrap();
    let discussion = create_discussion(
        &mut doc,
        &id("ana"),
        &NewDiscussion {
            title: "Indicators for telemedicine".into(),
            objective: "Agree on five".into(),
            question: "What do you measure today?".into(),
            guidelines: Default::default(),
            schedule: Default::default(),
        },
    )
    .unwrap();
    set_discussion_stage(&mut doc, &id("ana"), &discussion, DiscussionStage::Open).unwrap();
    Base {
        doc,
        result,
        action,
        discussion,
    }
}

/// A member's own replica of `doc`, signing as them.
fn replica(doc: &Automerge, member: &str) -> Automerge {
    let mut mine = doc.fork();
    sign_as(&mut mine, &id(member));
    mine
}

fn post(doc: &mut Automerge, author: &str, discussion: &DiscussionId, body: &str) -> PostId {
    crate::post(
        doc,
        discussion,
        &NewPost {
            author: id(author),
            body: body.into(),
            created: "2031-01-01T10:00:00Z".into(),
            parent: None,
        },
    )
    .unwrap()
}

fn member(name: &str) -> Contributor {
    Contributor::Member(id(name))
}

#[test]
fn offline_posts_and_an_edited_result_are_listed_by_member_with_before_and_after() {
    let b = base();
    let mut ana = replica(&b.doc, "ana");
    let mut luis = replica(&b.doc, "luis");
    let mut mara = replica(&b.doc, "mara");
    let mut posts: Vec<PostId> = (1..=3)
        .map(|n| post(&mut ana, "ana", &b.discussion, &format!("Post {n} by Ana")))
        .collect();
    // Contributions are listed by subject, and posts' subjects by id.
    posts.sort();
    set_result_description(&mut luis, &b.result, "Seven agreed indicators").unwrap();
    mara.merge(&mut luis).unwrap();
    mara.merge(&mut ana).unwrap();

    let review = review(&mara, &b.doc.get_heads(), Some(&id("mara")));
    let by_author = review.by_author();
    let anas = &by_author[&member("ana")];
    assert_eq!(anas.len(), 3);
    for (contribution, post) in anas.iter().zip(&posts) {
        assert_eq!(
            contribution.subject,
            Subject::Post(b.discussion.clone(), post.clone())
        );
        assert_eq!(contribution.kind, Kind::Added);
        assert_eq!(
            contribution.section(),
            Section::Discussion(b.discussion.clone())
        );
        let body = contribution
            .fields
            .iter()
            .find(|f| f.field == "body")
            .unwrap();
        assert_eq!(body.before, None);
        assert!(body.after.as_deref().unwrap().ends_with("by Ana"));
    }
    let [luiss] = by_author[&member("luis")].as_slice() else {
        panic!("one contribution by Luis")
    };
    assert_eq!(luiss.subject, Subject::ExpectedResult(b.result.clone()));
    assert_eq!(luiss.kind, Kind::Changed);
    assert_eq!(luiss.section(), Section::Design);
    let [description] = luiss.fields.as_slice() else {
        panic!("one field")
    };
    assert_eq!(description.field, "description");
    assert_eq!(
        description.before.as_deref(),
        Some("Five agreed indicators")
    );
    assert_eq!(
        description.after.as_deref(),
        Some("Seven agreed indicators")
    );
    assert_eq!(review.contributions.len(), 4);
    assert!(review.conflicts.is_empty());
    assert_eq!(review.heads, mara.get_heads());
}

#[test]
fn phase_three_work_is_listed_by_subject_and_a_members_answers_stay_private() {
    let b = base();
    let at = "2031-02-01T10:00:00Z";
    let mut doc = replica(&b.doc, "ana");
    let a = open_assessment(&mut doc, &id("ana"), AssessmentKind::Periodic, "", at).unwrap();
    let since = doc.get_heads();
    let mut eva = replica(&doc, "eva");
    let answers = [
        (QuestionId::new("objective").unwrap(), Answer::Scale(2)),
        (
            QuestionId::new("change").unwrap(),
            Answer::Text("Fewer calls".into()),
        ),
    ];
    answer_assessment(&mut eva, &id("eva"), &a, &answers, at).unwrap();
    let draft = KnowledgeDraft {
        kind: KnowledgeKind::LessonLearned,
        title: "Agree early".into(),
        text: "Indicators agreed early were used".into(),
        discussions: vec![b.discussion.clone()],
        posts: vec![],
    };
    let entry = propose_knowledge(&mut eva, &id("eva"), &draft, at).unwrap();
    let mut ana = replica(&doc, "ana");
    ana.merge(&mut eva).unwrap();

    let review = review(&ana, &since, Some(&id("ana")));
    let evas = &review.by_author()[&member("eva")];
    assert_eq!(evas.len(), 2, "{evas:#?}");
    let find = |subject: &Subject| *evas.iter().find(|c| &c.subject == subject).unwrap();
    let knowledge = find(&Subject::KnowledgeEntry(entry));
    assert_eq!(knowledge.section(), Section::Knowledge);
    assert_eq!(knowledge.kind, Kind::Added);
    let title = knowledge
        .fields
        .iter()
        .find(|f| f.field == "title")
        .unwrap();
    assert_eq!(title.after.as_deref(), Some("Agree early"));
    let answered = find(&Subject::AssessmentResponse(a, id("eva")));
    assert_eq!(answered.section(), Section::Conclusion);
    assert_eq!(answered.kind, Kind::Added);
    assert!(
        answered.fields.is_empty(),
        "what Eva answered is not listed"
    );
}

#[test]
fn the_reviewers_own_changes_and_what_they_already_reviewed_are_left_out() {
    let b = base();
    let mut mara = replica(&b.doc, "mara");
    let mut eva = replica(&b.doc, "eva");
    post(&mut mara, "mara", &b.discussion, "Mine");
    post(&mut eva, "eva", &b.discussion, "First");
    mara.merge(&mut eva).unwrap();
    let first = review(&mara, &b.doc.get_heads(), Some(&id("mara")));
    assert_eq!(first.contributions.len(), 1);
    assert_eq!(first.contributions[0].author, member("eva"));

    post(&mut eva, "eva", &b.discussion, "Second");
    mara.merge(&mut eva).unwrap();
    let second = review(&mara, &first.heads, Some(&id("mara")));
    assert_eq!(second.contributions.len(), 1);
    let body = &second.contributions[0].fields;
    assert!(body.iter().any(|f| f.after.as_deref() == Some("Second")));
    assert!(
        review(&mara, &mara.get_heads(), None)
            .contributions
            .is_empty()
    );
}

#[test]
fn a_post_written_in_several_changes_is_one_contribution() {
    let b = base();
    let mut eva = replica(&b.doc, "eva");
    let p = post(&mut eva, "eva", &b.discussion, "Draft");
    // A second change to the same post: its author's edit.
    edit_post(&mut eva, &id("eva"), &b.discussion, &p, "Draft ready").unwrap();
    assert_eq!(eva.get_changes(&b.doc.get_heads()).len(), 2);
    let review = review(&eva, &b.doc.get_heads(), None);
    let posts: Vec<_> = review
        .contributions
        .iter()
        .filter(|c| c.subject == Subject::Post(b.discussion.clone(), p.clone()))
        .collect();
    assert_eq!(posts.len(), 1);
}

#[test]
fn concurrent_choices_are_a_conflict_naming_both_authors_until_someone_chooses() {
    let b = base();
    let mut ana = replica(&b.doc, "ana");
    let mut luis = replica(&b.doc, "luis");
    let mut mara = replica(&b.doc, "mara");
    set_result_status(&mut ana, &b.result, ResultStatus::Achieved).unwrap();
    set_result_status(&mut luis, &b.result, ResultStatus::InProgress).unwrap();
    mara.merge(&mut ana).unwrap();
    mara.merge(&mut luis).unwrap();

    let review = review(&mara, &b.doc.get_heads(), Some(&id("mara")));
    let path = ["design", "expected_results", b.result.as_str(), "status"];
    let [conflict] = review.conflicts.as_slice() else {
        panic!("one conflict: {:?}", review.conflicts)
    };
    assert_eq!(conflict.path, path.map(str::to_owned));
    let mut pairs: Vec<(String, Vec<Contributor>)> = conflict
        .values
        .iter()
        .cloned()
        .zip(conflict.authors.iter().cloned())
        .collect();
    pairs.sort();
    assert_eq!(
        pairs,
        [
            ("achieved".to_owned(), vec![member("ana")]),
            ("in_progress".to_owned(), vec![member("luis")]),
        ]
    );
    // Each author's contribution says what they wrote, not only the winner.
    for (name, value) in [("ana", "achieved"), ("luis", "in_progress")] {
        let mine = &review.by_author()[&member(name)];
        assert_eq!(mine[0].fields[0].written, Written::Set(value.to_owned()));
    }

    // Eva may not choose; Mara does, and the choice is recorded.
    let choice = conflict
        .values
        .iter()
        .position(|v| v == "in_progress")
        .unwrap();
    let before = mara.get_heads();
    let refused = resolve_conflict(&mut mara, &id("eva"), &path, choice, "2031-01-02T09:00:00Z");
    assert!(matches!(refused, Err(CommunityError::NotAllowed { .. })));
    assert_eq!(mara.get_heads(), before);
    resolve_conflict(
        &mut mara,
        &id("mara"),
        &path,
        choice,
        "2031-01-02T09:00:00Z",
    )
    .unwrap();
    assert!(conflicts(&mara).is_empty());
    assert_eq!(
        read(&mara).unwrap().design.expected_results[0].status,
        Some(ResultStatus::InProgress)
    );
    // Others see the decision among the contributions.
    let later = crate::review(&mara, &review.heads, Some(&id("ana")));
    assert!(
        later
            .contributions
            .iter()
            .any(|c| c.author == member("mara") && matches!(c.subject, Subject::Decision(_)))
    );
    // A stale choice (an index that no longer exists) is refused.
    assert!(matches!(
        resolve_conflict(&mut mara, &id("mara"), &path, 0, "2031-01-02T09:00:00Z"),
        Err(CommunityError::NoSuchChoice { .. })
    ));
}

#[test]
fn a_delete_against_an_edit_lists_both() {
    let b = base();
    let mut ana = replica(&b.doc, "ana");
    let mut eva = replica(&b.doc, "eva");
    remove_action_item(&mut ana, &b.action).unwrap();
    set_action_text(&mut eva, &b.action, "Collect and compare indicators").unwrap();
    ana.merge(&mut eva).unwrap();
    let review = review(&ana, &b.doc.get_heads(), None);
    let subject = Subject::ActionItem(b.action.clone());
    let on_action: BTreeMap<Contributor, Kind> = review
        .contributions
        .iter()
        .filter(|c| c.subject == subject)
        .map(|c| (c.author.clone(), c.kind))
        .collect();
    assert_eq!(
        on_action,
        BTreeMap::from([
            (member("ana"), Kind::Removed),
            (member("eva"), Kind::Changed)
        ])
    );
}

#[test]
fn reverting_an_edit_restores_the_text_and_survives_later_merges() {
    let b = base();
    let mut luis = replica(&b.doc, "luis");
    let mut mara = replica(&b.doc, "mara");
    let mut eva = replica(&b.doc, "eva");
    set_result_description(&mut luis, &b.result, "Seven agreed indicators").unwrap();
    // Eva, offline meanwhile, changes something else.
    post(&mut eva, "eva", &b.discussion, "From the field");
    mara.merge(&mut luis).unwrap();
    let review = review(&mara, &b.doc.get_heads(), Some(&id("mara")));
    let key = review.by_author()[&member("luis")][0].key.clone();

    let before = mara.get_heads();
    assert!(matches!(
        revert(&mut mara, &id("eva"), &review, &key),
        Err(CommunityError::NotAllowed { .. })
    ));
    assert_eq!(mara.get_heads(), before);
    revert(&mut mara, &id("mara"), &review, &key).unwrap();
    let description = |doc: &Automerge| {
        read(doc).unwrap().design.expected_results[0]
            .description
            .clone()
    };
    assert_eq!(description(&mara), "Five agreed indicators");

    // History is whole: Luis's change is still there, undone by a later one.
    assert!(
        mara.get_change_by_hash(&review.contributions[0].changes[0])
            .is_some()
    );
    // Merging Luis again (nothing new) and Eva's offline work keeps the revert.
    mara.merge(&mut luis).unwrap();
    mara.merge(&mut eva).unwrap();
    assert_eq!(description(&mara), "Five agreed indicators");
    luis.merge(&mut mara).unwrap();
    assert_eq!(description(&luis), "Five agreed indicators");
}

#[test]
fn reverting_keeps_concurrent_edits_by_others() {
    let b = base();
    let mut luis = replica(&b.doc, "luis");
    let mut ana = replica(&b.doc, "ana");
    let mut mara = replica(&b.doc, "mara");
    set_result_description(&mut luis, &b.result, "Five agreed indicators by June").unwrap();
    set_result_description(&mut ana, &b.result, "Five shared agreed indicators").unwrap();
    mara.merge(&mut luis).unwrap();
    mara.merge(&mut ana).unwrap();
    let review = review(&mara, &b.doc.get_heads(), Some(&id("mara")));
    let luiss = review.by_author()[&member("luis")][0].key.clone();
    revert(&mut mara, &id("mara"), &review, &luiss).unwrap();
    assert_eq!(
        read(&mara).unwrap().design.expected_results[0].description,
        "Five shared agreed indicators"
    );
}

#[test]
fn reverting_an_added_post_removes_it_unless_it_has_replies_and_a_removal_is_restored() {
    let b = base();
    let mut eva = replica(&b.doc, "eva");
    let mut ana = replica(&b.doc, "ana");
    let mut mara = replica(&b.doc, "mara");
    let lone = post(&mut eva, "eva", &b.discussion, "Off topic");
    let answered = post(&mut eva, "eva", &b.discussion, "A question");
    crate::post(
        &mut eva,
        &b.discussion,
        &NewPost {
            author: id("eva"),
            body: "My own answer".into(),
            created: "2031-01-01T11:00:00Z".into(),
            parent: Some(answered.clone()),
        },
    )
    .unwrap();
    remove_action_item(&mut ana, &b.action).unwrap();
    mara.merge(&mut eva).unwrap();
    mara.merge(&mut ana).unwrap();
    let review = review(&mara, &b.doc.get_heads(), Some(&id("mara")));
    let key_of = |subject: &Subject| {
        review
            .contributions
            .iter()
            .find(|c| c.subject == *subject)
            .unwrap()
            .key
            .clone()
    };
    let post_ids = |doc: &Automerge| -> BTreeSet<PostId> {
        read(doc).unwrap().discussions[0]
            .all_posts()
            .iter()
            .map(|p| p.id.clone())
            .collect()
    };
    revert(
        &mut mara,
        &id("mara"),
        &review,
        &key_of(&Subject::Post(b.discussion.clone(), lone.clone())),
    )
    .unwrap();
    assert!(!post_ids(&mara).contains(&lone));
    assert!(matches!(
        revert(
            &mut mara,
            &id("mara"),
            &review,
            &key_of(&Subject::Post(b.discussion.clone(), answered.clone()))
        ),
        Err(CommunityError::HasReplies { .. })
    ));
    assert!(post_ids(&mara).contains(&answered));

    revert(
        &mut mara,
        &id("mara"),
        &review,
        &key_of(&Subject::ActionItem(b.action.clone())),
    )
    .unwrap();
    let plan = read(&mara).unwrap().implementation.action_plan;
    assert_eq!(plan.len(), 1);
    assert_eq!(plan[0].text, "Collect current indicators");
    assert_eq!(plan[0].owner, id("eva"));
}

/// What a simulated member does offline.
#[derive(Debug, Clone)]
enum Step {
    Post,
    EditDescription,
    SetStatus(u8),
    EditAction,
    RemoveAction,
    /// Answer the assessment's first question with this value (1 to 5).
    Answer(u8),
    /// Exchange changes with another member (by index) when both are online.
    SyncWith(usize),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => Just(Step::Post),
        2 => Just(Step::EditDescription),
        2 => (0u8..4).prop_map(Step::SetStatus),
        1 => Just(Step::EditAction),
        1 => Just(Step::RemoveAction),
        1 => (1u8..=5).prop_map(Step::Answer),
        1 => (0usize..3).prop_map(Step::SyncWith),
    ]
}

const WRITERS: [&str; 3] = ["ana", "luis", "eva"];
const STATUSES: [ResultStatus; 4] = [
    ResultStatus::Planned,
    ResultStatus::InProgress,
    ResultStatus::Achieved,
    ResultStatus::NotAchieved,
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Members edit offline (concurrent choices, concurrent text edits, deletes against
    /// edits), sync now and then, and reach the moderator in any order: the review lists
    /// every member's work on every subject exactly once, with its author, the same on
    /// every replica, and reports every conflict.
    #[test]
    fn every_contribution_is_listed_once_with_its_author_in_any_merge_order(
        steps in proptest::collection::vec((0usize..3, step()), 1..40),
        order in Just([0usize, 1, 2]).prop_shuffle(),
    ) {
        let mut b = base();
        let assessment = open_assessment(
            &mut b.doc, &id("ana"), AssessmentKind::Periodic, "", "2031-01-01",
        ).unwrap();
        let mut replicas: Vec<Automerge> = WRITERS.iter().map(|m| replica(&b.doc, m)).collect();
        let mut expected: BTreeSet<(Contributor, Subject)> = BTreeSet::new();
        for (n, (who, step)) in steps.iter().enumerate() {
            let me = id(WRITERS[*who]);
            let doc = &mut replicas[*who];
            let heads = doc.get_heads();
            let subject = match step {
                Step::Post => {
                    let p = post(doc, WRITERS[*who], &b.discussion, &format!("Post {n}"));
                    Some(Subject::Post(b.discussion.clone(), p))
                }
                Step::EditDescription => {
                    let old = read(doc).unwrap().design.expected_results[0].description.clone();
                    set_result_description(doc, &b.result, &format!("{old} {n}")).unwrap();
                    Some(Subject::ExpectedResult(b.result.clone()))
                }
                Step::SetStatus(s) => {
                    set_result_status(doc, &b.result, STATUSES[*s as usize]).unwrap();
                    Some(Subject::ExpectedResult(b.result.clone()))
                }
                Step::EditAction => {
                    // Refused once the action is gone from this replica.
                    set_action_text(doc, &b.action, &format!("Action {n}")).ok();
                    Some(Subject::ActionItem(b.action.clone()))
                }
                Step::RemoveAction => {
                    remove_action_item(doc, &b.action).ok();
                    Some(Subject::ActionItem(b.action.clone()))
                }
                Step::Answer(value) => {
                    let answer = [(QuestionId::new("objective").unwrap(), Answer::Scale(*value))];
                    answer_assessment(doc, &me, &assessment, &answer, "2031-01-02").unwrap();
                    Some(Subject::AssessmentResponse(assessment.clone(), me.clone()))
                }
                Step::SyncWith(other) if other != who => {
                    let mut theirs = replicas[*other].clone();
                    replicas[*who].merge(&mut theirs).unwrap();
                    let mut mine = replicas[*who].clone();
                    replicas[*other].merge(&mut mine).unwrap();
                    None
                }
                Step::SyncWith(_) => None,
            };
            // Only work that made a change is a contribution.
            if let Some(subject) = subject
                && replicas[*who].get_heads() != heads
            {
                expected.insert((Contributor::Member(me), subject));
            }
        }

        let mut moderator = replica(&b.doc, "mara");
        // A review kept up to date as the replicas arrive one by one decodes each change
        // once; it must equal one computed afresh.
        let mut index = ReviewIndex::default();
        for i in order {
            moderator.merge(&mut replicas[i].clone()).unwrap();
            index.review(&moderator, &b.doc.get_heads(), Some(&id("mara")));
        }
        let mut other_order = replica(&b.doc, "mara");
        for i in [2, 1, 0] {
            other_order.merge(&mut replicas[i].clone()).unwrap();
        }

        // Attribution: every change reads as the author its actor's first change names.
        let all = moderator.get_changes(&[]);
        for change in &all {
            let first = all
                .iter()
                .find(|c| c.actor_id() == change.actor_id() && c.seq() == 1)
                .unwrap();
            let named = first.author().map(|a| a.as_bytes().to_vec());
            let mapped = moderator
                .get_author_for_actor(change.actor_id())
                .map(|a| a.as_bytes().to_vec());
            prop_assert_eq!(named, mapped);
        }
        let review = review(&moderator, &b.doc.get_heads(), Some(&id("mara")));
        prop_assert_eq!(
            &index.review(&moderator, &b.doc.get_heads(), Some(&id("mara"))),
            &review
        );
        let listed: Vec<(Contributor, Subject)> = review
            .contributions
            .iter()
            .map(|c| (c.author.clone(), c.subject.clone()))
            .collect();
        prop_assert!(review
            .contributions
            .iter()
            .filter(|c| c.subject.is_private())
            .all(|c| c.fields.is_empty()));
        let unique: BTreeSet<_> = listed.iter().cloned().collect();
        prop_assert_eq!(listed.len(), unique.len(), "listed twice: {:?}", listed);
        prop_assert_eq!(&unique, &expected);
        let keys = |r: &Review| r.contributions.iter().map(|c| c.key.clone()).collect::<Vec<_>>();
        prop_assert_eq!(
            keys(&review),
            keys(&crate::review(&other_order, &b.doc.get_heads(), Some(&id("mara"))))
        );

        // Every field holding concurrent, different values is reported.
        let entry = moderator
            .get(automerge::ROOT, "design").unwrap().unwrap().1;
        let results = moderator.get(&entry, "expected_results").unwrap().unwrap().1;
        let result = moderator.get(&results, b.result.as_str()).unwrap().unwrap().1;
        let statuses: BTreeSet<String> = moderator
            .get_all(&result, "status").unwrap()
            .iter()
            .map(|(v, _)| v.to_string())
            .collect();
        let reported = review.conflicts.iter().any(|c| c.path.last().map(String::as_str) == Some("status"));
        prop_assert_eq!(reported, statuses.len() > 1);
    }
}
