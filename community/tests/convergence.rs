//! Several members edit one community offline and merge in random orders: every replica
//! converges, no member's contribution is lost, and disagreeing choices stay visible.

use std::collections::{BTreeMap, BTreeSet};

use automerge::Automerge;
use community::*;
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    AppendTitle,
    AppendProblem,
    AppendObjective,
    SetObjectiveType(usize),
    SetCall(bool),
    AddResult,
    EditResultIndicator(usize),
    SetResultStatus(usize, usize),
    RemoveResult(usize),
    SetMember(usize, usize),
    AddAudience,
    RemoveAudience(usize),
    Register,
    ConfirmOwnRegistration(usize),
    /// A new thread, or (with `Some`) a reply to one of the posts this replica knows.
    Post(Option<usize>),
    SetDiscussionStage(usize),
    /// The leader (a reviewer) appends to a known post.
    EditPost(usize),
    HidePost(usize),
    UnhidePost(usize),
    /// A participant's interim summary, proposed under pre-moderation (`Some`: citing
    /// a known post).
    ContributeSummary(Option<usize>),
    AcceptProposal(usize),
    MarkReviewed(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        Just(Op::AppendTitle),
        Just(Op::AppendProblem),
        Just(Op::AppendObjective),
        (0..6usize).prop_map(Op::SetObjectiveType),
        any::<bool>().prop_map(Op::SetCall),
        Just(Op::AddResult),
        any::<usize>().prop_map(Op::EditResultIndicator),
        (any::<usize>(), 0..4usize).prop_map(|(r, s)| Op::SetResultStatus(r, s)),
        any::<usize>().prop_map(Op::RemoveResult),
        (0..POOL.len(), 0..4usize).prop_map(|(m, r)| Op::SetMember(m, r)),
        Just(Op::AddAudience),
        any::<usize>().prop_map(Op::RemoveAudience),
        Just(Op::Register),
        any::<usize>().prop_map(Op::ConfirmOwnRegistration),
        // Listed twice: posting is what members do most, so threads grow deep enough.
        prop::option::of(any::<usize>()).prop_map(Op::Post),
        prop::option::of(any::<usize>()).prop_map(Op::Post),
        (0..4usize).prop_map(Op::SetDiscussionStage),
        any::<usize>().prop_map(Op::EditPost),
        any::<usize>().prop_map(Op::HidePost),
        any::<usize>().prop_map(Op::UnhidePost),
        prop::option::of(any::<usize>()).prop_map(Op::ContributeSummary),
        any::<usize>().prop_map(Op::AcceptProposal),
        (0..REVIEW_KEYS.len()).prop_map(Op::MarkReviewed),
    ]
}

/// Member ids that several members may assign roles to concurrently.
const POOL: [&str; 3] = ["eva", "joe", "kim"];

/// Review keys that several reviewers may mark concurrently.
const REVIEW_KEYS: [&str; 3] = ["merge:a", "merge:b", "merge:c"];

/// The participant whose summaries wait for a moderator.
const PARTICIPANT: &str = "pat";

fn member(id: &str) -> MemberId {
    MemberId::new(id).expect("valid id")
}

/// What one member did, to check against the merged result.
#[derive(Default)]
struct Trace {
    markers: Vec<(&'static str, String)>,
    results: Vec<ResultId>,
    audiences: Vec<AudienceId>,
    registrations: Vec<RegistrationId>,
    confirmed: BTreeSet<String>,
    members: BTreeSet<String>,
    removed_results: BTreeSet<ResultId>,
    removed_audiences: BTreeSet<AudienceId>,
    /// Posts this member wrote, with the parent each replies to.
    posts: Vec<(PostId, Option<PostId>)>,
    /// Last value this member wrote per scalar path (to predict conflicts).
    last: BTreeMap<Vec<String>, String>,
    /// Markers appended to posts, by post.
    post_edits: Vec<(PostId, String)>,
    /// Whether this member last hid (`true`) or showed (`false`) each post.
    hidden: BTreeMap<PostId, bool>,
    /// Summaries this member's contributions published or proposed.
    published: Vec<SummaryId>,
    proposed: Vec<ProposalId>,
    accepted: BTreeSet<ProposalId>,
    reviewed: BTreeSet<String>,
}

struct Base {
    doc: Automerge,
    result: ResultId,
    audience: AudienceId,
    discussion: DiscussionId,
    /// A post every member knows, so moderation of one post happens concurrently.
    post: PostId,
}

fn base() -> Base {
    let mut doc = create("CoP to define indicators", "Base problem").expect("create");
    let result = add_expected_result(&mut doc, "Base result", "").expect("result");
    let audience = add_audience(&mut doc, "Base audience").expect("audience");
    set_member(&mut doc, &member("ana"), "Ana", Role::Leader).expect("leader");
    let plan = NewDiscussion {
        title: "Which indicators?".into(),
        question: "What do you measure?".into(),
        ..NewDiscussion::default()
    };
    let discussion = create_discussion(&mut doc, &member("ana"), &plan).expect("discussion");
    set_discussion_stage(&mut doc, &member("ana"), &discussion, DiscussionStage::Open)
        .expect("open");
    set_member(&mut doc, &member(PARTICIPANT), "Pat", Role::Participant).expect("pat");
    set_premoderation(&mut doc, &member("ana"), true).expect("premoderation");
    let first = NewPost {
        author: member("ana"),
        body: "Base post".into(),
        created: "2030-01-01T09:00".into(),
        parent: None,
    };
    let post = post(&mut doc, &discussion, &first).expect("post");
    Base {
        doc,
        result,
        audience,
        discussion,
        post,
    }
}

fn apply(
    doc: &mut Automerge,
    discussion: &DiscussionId,
    who: usize,
    step: usize,
    op: &Op,
    trace: &mut Trace,
) {
    let marker = format!("[{who}.{step}]");
    // Choose among entries this replica holds now: after gossip another member may
    // already have removed one this member added.
    let current = read(doc).expect("read");
    let known_results: Vec<ResultId> = current
        .design
        .expected_results
        .iter()
        .map(|r| r.id.clone())
        .collect();
    let known_audiences: Vec<AudienceId> = current
        .design
        .audiences
        .iter()
        .map(|a| a.id.clone())
        .collect();
    let pick = |n: usize, len: usize| (len > 0).then(|| n % len);
    match op {
        Op::AppendTitle => {
            // The title limit may refuse a long one; only an accepted edit must survive.
            if set_title(doc, &format!("{} {marker}", current.design.title)).is_ok() {
                trace.markers.push(("title", marker));
            }
        }
        Op::AppendProblem => {
            set_problem(doc, &format!("{} {marker}", current.design.problem)).expect("problem");
            trace.markers.push(("problem", marker));
        }
        Op::AppendObjective => {
            let text = format!("{} {marker}", current.design.objective.text);
            set_objective_text(doc, &text).expect("objective");
            trace.markers.push(("objective", marker));
        }
        Op::SetObjectiveType(n) => {
            let kind = ObjectiveType::ALL[*n];
            set_objective_type(doc, kind).expect("objective type");
            trace
                .last
                .insert(path(&["design", "objective_type"]), kind.key().into());
        }
        Op::SetCall(public) => {
            let call = if *public {
                Call::Public
            } else {
                Call::Restricted
            };
            set_call(doc, call).expect("call");
            trace
                .last
                .insert(path(&["design", "call"]), call.key().into());
        }
        Op::AddResult => match add_expected_result(doc, &format!("Result {marker}"), "") {
            Ok(id) => trace.results.push(id),
            Err(CommunityError::TooManyExpectedResults { .. }) => {}
            Err(other) => panic!("{other}"),
        },
        Op::EditResultIndicator(n) => {
            if let Some(i) = pick(*n, known_results.len()) {
                set_result_indicator(doc, &known_results[i], &marker).expect("indicator");
            }
        }
        Op::SetResultStatus(n, s) => {
            if let Some(i) = pick(*n, known_results.len()) {
                let status = ResultStatus::ALL[*s];
                let before = current.design.expected_results[i].status;
                set_result_status(doc, &known_results[i], status).expect("status");
                let key = path(&[
                    "design",
                    "expected_results",
                    known_results[i].as_str(),
                    "status",
                ]);
                // Re-choosing the value already there writes nothing, so it cannot conflict.
                if before != Some(status) || trace.last.contains_key(&key) {
                    trace.last.insert(key, status.key().into());
                }
            }
        }
        Op::RemoveResult(n) => {
            if let Some(i) = pick(*n, known_results.len()) {
                remove_expected_result(doc, &known_results[i]).expect("remove result");
                trace.removed_results.insert(known_results[i].clone());
            }
        }
        Op::SetMember(m, r) => {
            let role = Role::ALL[*r];
            let id = POOL[*m];
            set_member(doc, &member(id), id, role).expect("member");
            trace.members.insert(id.into());
            trace
                .last
                .insert(path(&["design", "members", id]), role.key().into());
        }
        Op::AddAudience => {
            let id = add_audience(doc, &format!("Audience {marker}")).expect("audience");
            trace.audiences.push(id);
        }
        Op::RemoveAudience(n) => {
            if let Some(i) = pick(*n, known_audiences.len()) {
                remove_audience(doc, &known_audiences[i]).expect("remove audience");
                trace.removed_audiences.insert(known_audiences[i].clone());
            }
        }
        Op::Register => {
            let form = RegistrationForm {
                member: member(&format!("r{who}x{step}")),
                name: format!("Registrant {marker}"),
                institution: "Ministry".into(),
                country: "PE".into(),
                expertise: marker.clone(),
                interests: String::new(),
                consent: true,
            };
            trace
                .registrations
                .push(register(doc, &form).expect("register"));
        }
        Op::Post(reply_to) => {
            let thread = &current.discussions[0];
            let known: Vec<PostId> = thread.all_posts().iter().map(|p| p.id.clone()).collect();
            let parent = reply_to
                .and_then(|n| pick(n, known.len()))
                .map(|i| known[i].clone());
            let new = NewPost {
                // Every member posts as the leader: roles are not what is under test.
                author: member("ana"),
                body: format!("Post {marker}"),
                // Several posts share a time stamp: ties are ordered by id.
                created: format!("2030-01-0{}T10:00", 1 + step % 3),
                parent: parent.clone(),
            };
            match post(doc, discussion, &new) {
                Ok(id) => trace.posts.push((id, parent)),
                Err(CommunityError::DiscussionClosed { .. }) => {}
                Err(other) => panic!("{other}"),
            }
        }
        Op::SetDiscussionStage(n) => {
            let stage = DiscussionStage::ALL[*n];
            let before = current.discussions[0].stage;
            set_discussion_stage(doc, &member("ana"), discussion, stage).expect("stage");
            let key = path(&["discussions", discussion.as_str(), "stage"]);
            if before != Some(stage) || trace.last.contains_key(&key) {
                trace.last.insert(key, stage.key().into());
            }
        }
        Op::EditPost(n) | Op::HidePost(n) | Op::UnhidePost(n) => {
            let thread = &current.discussions[0];
            let known = thread.all_posts();
            if let Some(i) = pick(*n, known.len()) {
                let target = known[i];
                let ana = member("ana");
                match op {
                    Op::EditPost(_) => {
                        let body = format!("{} {marker}", target.body);
                        match edit_post(doc, &ana, discussion, &target.id, &body) {
                            Ok(()) => trace.post_edits.push((target.id.clone(), marker)),
                            // Concurrent versions wait for someone to choose; nothing
                            // was written.
                            Err(CommunityError::InConflict { .. }) => {}
                            Err(other) => panic!("edit: {other}"),
                        }
                    }
                    Op::HidePost(_) => {
                        let at = format!("2030-01-0{}T11:00", 1 + step % 3);
                        hide_post(doc, &ana, discussion, &target.id, &marker, &at).expect("hide");
                        trace.hidden.insert(target.id.clone(), true);
                    }
                    _ => {
                        unhide_post(doc, &ana, discussion, &target.id).expect("unhide");
                        trace.hidden.insert(target.id.clone(), false);
                    }
                }
            }
        }
        Op::ContributeSummary(cite) => {
            let known: Vec<PostId> = current.discussions[0]
                .all_posts()
                .iter()
                .map(|p| p.id.clone())
                .collect();
            let cites: Vec<PostId> = cite
                .and_then(|n| pick(n, known.len()))
                .map(|i| known[i].clone())
                .into_iter()
                .collect();
            let by = member(PARTICIPANT);
            match contribute_summary(doc, &by, discussion, &marker, &cites, "2030-01-02") {
                Ok(Contributed::Proposed(id)) => trace.proposed.push(id),
                Ok(Contributed::Published(id)) => trace.published.push(id),
                Err(CommunityError::DiscussionClosed { .. }) => {}
                Err(other) => panic!("{other}"),
            }
        }
        Op::AcceptProposal(n) => {
            let known = proposals(doc);
            if let Some(i) = pick(*n, known.len()) {
                let id = known[i].id.clone();
                match accept_proposal(doc, &member("ana"), &id, "2030-01-03") {
                    Ok(()) => {
                        trace.accepted.insert(id);
                    }
                    Err(CommunityError::ProposalDecided { .. }) => {}
                    Err(other) => panic!("{other}"),
                }
            }
        }
        Op::MarkReviewed(n) => {
            let key = REVIEW_KEYS[*n];
            mark_reviewed(doc, &member("ana"), key, "2030-01-03").expect("review");
            trace.reviewed.insert(key.into());
        }
        Op::ConfirmOwnRegistration(n) => {
            if let Some(i) = pick(*n, trace.registrations.len()) {
                let id = trace.registrations[i].clone();
                match decide_registration(doc, &id, &member("ana"), Decision::Confirm) {
                    Ok(()) => {
                        let registration = read(doc)
                            .expect("read")
                            .implementation
                            .registrations
                            .into_iter()
                            .find(|r| r.id == id)
                            .expect("registration");
                        trace.confirmed.insert(registration.form.member.to_string());
                    }
                    Err(CommunityError::AlreadyDecided { .. }) => {}
                    Err(other) => panic!("{other}"),
                }
            }
        }
    }
}

fn path(keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| (*k).to_owned()).collect()
}

/// Members' first-round operations, each replica's merge order, gossip between rounds,
/// and second-round operations.
type Scenario = (
    Vec<Vec<Op>>,
    Vec<Vec<usize>>,
    Vec<(usize, usize)>,
    Vec<Vec<Op>>,
);

fn scenario() -> impl Strategy<Value = Scenario> {
    (2usize..=4).prop_flat_map(|n| {
        (
            prop::collection::vec(prop::collection::vec(op(), 0..8), n),
            prop::collection::vec(Just((0..n).collect::<Vec<_>>()).prop_shuffle(), n),
            prop::collection::vec((0..n, 0..n), 0..6),
            prop::collection::vec(prop::collection::vec(op(), 0..4), n),
        )
    })
}

/// Runs the scenario; with `second_round` the members gossip and edit again before the
/// final merge (writes after merges), so conflicts are only predicted for one round.
fn run(
    first: &[Vec<Op>],
    orders: &[Vec<usize>],
    gossip: &[(usize, usize)],
    second: Option<&[Vec<Op>]>,
) -> Result<(), TestCaseError> {
    let base = base();
    let mut replicas: Vec<Automerge> = first.iter().map(|_| base.doc.fork()).collect();
    let mut traces: Vec<Trace> = first.iter().map(|_| Trace::default()).collect();
    for (who, ops) in first.iter().enumerate() {
        for (step, op) in ops.iter().enumerate() {
            apply(
                &mut replicas[who],
                &base.discussion,
                who,
                step,
                op,
                &mut traces[who],
            );
        }
    }
    if let Some(second) = second {
        for &(from, to) in gossip {
            let mut source = replicas[from].clone();
            replicas[to].merge(&mut source).expect("merge");
        }
        for (who, ops) in second.iter().enumerate() {
            for (step, op) in ops.iter().enumerate() {
                apply(
                    &mut replicas[who],
                    &base.discussion,
                    who,
                    100 + step,
                    op,
                    &mut traces[who],
                );
            }
        }
    }
    let snapshots = replicas.clone();
    for (replica, order) in replicas.iter_mut().zip(orders) {
        for &other in order {
            replica.merge(&mut snapshots[other].clone()).expect("merge");
        }
    }

    // Every replica converges to the same document and the same reading.
    let expected = read(&replicas[0]).expect("read");
    // Reading again only what the merged changes touched (as the app does after each
    // change) gives the same reading as reading everything.
    for (replica, before) in replicas.iter().zip(&snapshots) {
        let previous = read(before).expect("read");
        let touched = touched_since(replica, &before.get_heads());
        // Changes that landed only in discussions leave everything else as it was read.
        if !changes_since(replica, &before.get_heads()).elsewhere {
            let outside = |community: &Community| Community {
                discussions: Vec::new(),
                ..community.clone()
            };
            prop_assert_eq!(outside(&expected), outside(&previous));
            prop_assert_eq!(proposals(replica), proposals(before));
        }
        let now = reread(replica, &previous.discussions, &touched).expect("reread");
        prop_assert_eq!(&now, &expected);
        // A discussion's timeline, followed from the one before, is the one built anew.
        for (then, now) in previous.discussions.iter().zip(&now.discussions) {
            let (followed, _) = Timeline::of(then).follow(now);
            prop_assert_eq!(followed, Timeline::of(now));
        }
        // And walking again only what they touched finds the same conflicts.
        prop_assert_eq!(
            conflicts_reusing(replica, &conflicts(before), &touched),
            conflicts(replica)
        );
        // Reading and walking in one pass (the app's first reading) gives both.
        prop_assert_eq!(
            read_with_conflicts(replica).expect("read"),
            (expected.clone(), conflicts(replica))
        );
    }
    let mut heads = replicas[0].get_heads();
    heads.sort();
    for replica in &replicas[1..] {
        prop_assert_eq!(&read(replica).expect("read"), &expected);
        let mut other = replica.get_heads();
        other.sort();
        prop_assert_eq!(&other, &heads);
        prop_assert_eq!(conflicts(replica), conflicts(&replicas[0]));
    }

    // No addition is lost unless someone removed it; nothing removed comes back.
    let removed_results: BTreeSet<_> = traces
        .iter()
        .flat_map(|t| t.removed_results.clone())
        .collect();
    let wanted_results: BTreeSet<_> = std::iter::once(base.result.clone())
        .chain(traces.iter().flat_map(|t| t.results.clone()))
        .filter(|id| !removed_results.contains(id))
        .collect();
    let got: BTreeSet<_> = expected
        .design
        .expected_results
        .iter()
        .map(|r| r.id.clone())
        .collect();
    prop_assert_eq!(got, wanted_results);
    let removed_audiences: BTreeSet<_> = traces
        .iter()
        .flat_map(|t| t.removed_audiences.clone())
        .collect();
    let wanted_audiences: BTreeSet<_> = std::iter::once(base.audience.clone())
        .chain(traces.iter().flat_map(|t| t.audiences.clone()))
        .filter(|id| !removed_audiences.contains(id))
        .collect();
    let got: BTreeSet<_> = expected
        .design
        .audiences
        .iter()
        .map(|a| a.id.clone())
        .collect();
    prop_assert_eq!(got, wanted_audiences);
    let got: BTreeSet<_> = expected
        .implementation
        .registrations
        .iter()
        .map(|r| r.id.clone())
        .collect();
    for id in traces.iter().flat_map(|t| &t.registrations) {
        prop_assert!(got.contains(id), "registration {} lost", id);
    }
    let roster: BTreeSet<_> = expected
        .design
        .members
        .iter()
        .map(|m| m.id.to_string())
        .collect();
    for id in traces
        .iter()
        .flat_map(|t| t.members.iter().chain(&t.confirmed))
    {
        prop_assert!(roster.contains(id), "member {} lost", id);
    }

    // Every post survives exactly once, under the parent it replied to.
    let mut placed: Vec<(PostId, Option<PostId>)> = Vec::new();
    fn walk(
        posts: &[std::sync::Arc<Post>],
        parent: Option<&PostId>,
        out: &mut Vec<(PostId, Option<PostId>)>,
    ) {
        for post in posts {
            assert_eq!(
                post.parent.as_ref(),
                parent,
                "reply placed under its parent"
            );
            out.push((post.id.clone(), parent.cloned()));
            walk(&post.replies, Some(&post.id), out);
        }
    }
    walk(&expected.discussions[0].posts, None, &mut placed);
    let mut written: Vec<_> = std::iter::once((base.post.clone(), None))
        .chain(traces.iter().flat_map(|t| t.posts.clone()))
        .collect();
    placed.sort();
    written.sort();
    prop_assert_eq!(placed, written);

    // Every edit of a post is in its body; every contribution and review mark survives,
    // and a proposal accepted anywhere (even by several reviewers) is one summary.
    let posts: BTreeMap<PostId, &std::sync::Arc<Post>> = expected.discussions[0]
        .all_posts()
        .into_iter()
        .map(|p| (p.id.clone(), p))
        .collect();
    // A post's body is one string, so an edit made beside another is kept as a version
    // of the body (a conflict) rather than merged into it.
    for (post, marker) in traces.iter().flat_map(|t| &t.post_edits) {
        let body = &posts[post].body;
        let path = [
            "discussions",
            expected.discussions[0].id.as_str(),
            "posts",
            post.as_str(),
            "body",
        ];
        let versions = conflicts_at(&replicas[0], &path).map(|c| c.values);
        prop_assert!(
            body.contains(marker.as_str())
                || versions
                    .iter()
                    .flatten()
                    .any(|v| v.contains(marker.as_str())),
            "{} lost: {} (versions {:?})",
            marker,
            body,
            versions
        );
    }
    let read_proposals = proposals(&replicas[0]);
    let summaries = &expected.discussions[0].summaries;
    for id in traces.iter().flat_map(|t| &t.proposed) {
        prop_assert!(read_proposals.iter().any(|p| &p.id == id), "proposal lost");
    }
    for id in traces.iter().flat_map(|t| &t.published) {
        prop_assert!(summaries.iter().any(|s| &s.id == id), "summary lost");
    }
    let accepted: BTreeSet<&ProposalId> = traces.iter().flat_map(|t| &t.accepted).collect();
    for id in &accepted {
        let proposal = read_proposals.iter().find(|p| &p.id == *id);
        prop_assert_eq!(
            proposal.and_then(|p| p.state),
            Some(ProposalState::Accepted)
        );
        let copies = summaries.iter().filter(|s| s.id.as_str() == id.as_str());
        prop_assert_eq!(copies.count(), 1);
    }
    let published: usize = traces.iter().map(|t| t.published.len()).sum();
    prop_assert_eq!(summaries.len(), published + accepted.len());
    let marked: BTreeSet<String> = traces.iter().flat_map(|t| t.reviewed.clone()).collect();
    let read_marks: BTreeSet<String> = reviewed_marks(&replicas[0]).into_keys().collect();
    prop_assert_eq!(read_marks, marked);
    // In one round each member hid or showed posts from what they saw alone: a post is
    // hidden when any member last hid it (a showing removes only the hides it saw).
    if second.is_none() {
        for (id, post) in &posts {
            let hid = traces.iter().any(|t| t.hidden.get(id) == Some(&true));
            prop_assert_eq!(post.hidden.is_some(), hid, "post {}", id);
        }
    }

    // Every member's text edits are present.
    for (field, marker) in traces.iter().flat_map(|t| &t.markers) {
        let text = match *field {
            "title" => &expected.design.title,
            "problem" => &expected.design.problem,
            _ => &expected.design.objective.text,
        };
        prop_assert!(
            text.contains(marker.as_str()),
            "{} lost from {}: {}",
            marker,
            field,
            text
        );
    }

    // Concurrent scalar choices that disagree are reported, with every member's value.
    if second.is_none() {
        let found = conflicts(&replicas[0]);
        let paths: BTreeSet<_> = traces.iter().flat_map(|t| t.last.keys().cloned()).collect();
        for path in paths {
            let values: BTreeSet<String> = traces
                .iter()
                .filter_map(|t| t.last.get(&path).cloned())
                .collect();
            let removed = path.get(1).is_some_and(|k| k == "expected_results")
                && removed_results.iter().any(|id| id.as_str() == path[2]);
            let conflict = found.iter().find(|c| c.path == path);
            if values.len() > 1 && !removed {
                let conflict = conflict.ok_or_else(|| {
                    TestCaseError::fail(format!("no conflict reported at {path:?}"))
                })?;
                let reported: BTreeSet<String> = conflict.values.iter().cloned().collect();
                prop_assert_eq!(reported, values);
            } else {
                prop_assert!(
                    conflict.is_none(),
                    "agreement reported as conflict at {:?}",
                    path
                );
            }
        }
    }
    Ok(())
}

proptest! {
    // Modest by default so `cargo test` stays fast (merging decodes every change, slow in
    // a debug build); PROPTEST_CASES=1000 for a deeper run.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(32),
        // Integration tests have no lib.rs beside them to persist failures next to.
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn members_editing_offline_converge_and_lose_nothing(
        (first, orders, _gossip, _second) in scenario()
    ) {
        run(&first, &orders, &[], None)?;
    }

    #[test]
    fn members_who_merge_and_edit_again_converge_and_lose_nothing(
        (first, orders, gossip, second) in scenario()
    ) {
        run(&first, &orders, &gossip, Some(&second))?;
    }
}
