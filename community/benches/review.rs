//! Issue 5's figure: the review ("since you were away") of 50 members × 100 offline
//! changes each, as a moderator sees it after merging everyone's work.
//! `cargo bench -p community --bench review` prints the figures (criterion's median and
//! spread) and, once, how many changes, contributions and conflicts the review covers.

use automerge::{Automerge, ChangeHash};
use community::*;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use std::time::Duration;

/// Members who work offline, each making [`CHANGES`] changes.
const WRITERS: usize = 50;
const CHANGES: usize = 100;

const STATUSES: [ResultStatus; 4] = [
    ResultStatus::Planned,
    ResultStatus::InProgress,
    ResultStatus::Achieved,
    ResultStatus::NotAchieved,
];

/// The words posts are made of.
const VOCABULARY: &str = "we report the maternal mortality ratio from vital registration corrected \
    with a hospital survey every five years coverage is about eighty percent in rural areas";

fn member(id: &str) -> MemberId {
    MemberId::new(id).expect("a valid member id")
}

/// About 30 words, different for every member and post.
fn body(writer: usize, n: usize) -> String {
    let vocabulary: Vec<&str> = VOCABULARY.split_whitespace().collect();
    let mut words = vec![format!("Note {n} from member {writer}:")];
    let mut seed = (writer * 7919 + n * 104_729 + 1) as u64;
    for _ in 0..27 {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        words.push(vocabulary[(seed >> 33) as usize % vocabulary.len()].to_owned());
    }
    words.join(" ") + "."
}

/// The community as everyone had it before going offline, the replicas of the 50
/// writers after their offline work, and the reviewing moderator.
struct Setup {
    base: Automerge,
    replicas: Vec<Automerge>,
    moderator: MemberId,
}

/// The roster: the leader, a moderator and 48 participants write offline; a second
/// moderator reviews (51 members, so the review covers exactly 50 × 100 changes).
fn setup() -> Setup {
    let mut base = create(
        "CoP to define indicators for maternal mortality reduction",
        "Maternal deaths are counted differently in each country, so progress cannot be compared.",
    )
    .expect("create");
    let leader = member("bench-leader");
    let moderator = member("bench-moderator");
    sign_as(&mut base, &leader);
    let writers: Vec<MemberId> = (0..WRITERS)
        .map(|i| match i {
            0 => leader.clone(),
            1 => member("bench-moderator-2"),
            i => member(&format!("bench-participant-{i}")),
        })
        .collect();
    for (i, id) in writers.iter().enumerate() {
        let role = match i {
            0 => Role::Leader,
            1 => Role::Moderator,
            _ => Role::Participant,
        };
        set_member(&mut base, id, &format!("Member {i}"), role).expect("member");
    }
    set_member(
        &mut base,
        &moderator,
        "Reviewing moderator",
        Role::Moderator,
    )
    .expect("member");
    let result = add_expected_result(
        &mut base,
        "Five indicators agreed by all countries",
        "Indicators agreed",
    )
    .expect("result");
    set_result_status(&mut base, &result, ResultStatus::InProgress).expect("status");
    let discussion = create_discussion(
        &mut base,
        &leader,
        &NewDiscussion {
            title: "Which indicators do you report today?".into(),
            objective: "Know what each country measures.".into(),
            question: "Which maternal-mortality indicators does your country report?".into(),
            guidelines: Guidelines::default(),
            schedule: Schedule::default(),
        },
    )
    .expect("discussion");
    set_discussion_stage(&mut base, &leader, &discussion, DiscussionStage::Open).expect("open");
    // A few posts from before, for offline replies to answer.
    let earlier: Vec<PostId> = (0..10)
        .map(|n| {
            post(
                &mut base,
                &discussion,
                &NewPost {
                    author: writers[n + 2].clone(),
                    body: body(n + 2, 1000 + n),
                    created: format!("2031-04-01T09:{n:02}:00Z"),
                    parent: None,
                },
            )
            .expect("post")
        })
        .collect();

    let replicas = writers
        .iter()
        .enumerate()
        .map(|(w, writer)| {
            let mut replica = base.fork();
            sign_as(&mut replica, writer);
            let mut mine: Vec<PostId> = Vec::new();
            let mut status = 1; // InProgress, as in the base
            let mut edits = 0;
            for n in 0..CHANGES {
                let created = format!("2031-04-{:02}T{:02}:{:02}:00Z", 2 + n / 60, w % 24, n % 60);
                let new_post = |parent: Option<PostId>| NewPost {
                    author: writer.clone(),
                    body: body(w, n),
                    created: created.clone(),
                    parent,
                };
                // Of every ten changes: six posts, two replies, one edit of the expected
                // result's description, one change of its status.
                match n % 10 {
                    0..=5 => {
                        let id = post(&mut replica, &discussion, &new_post(None)).expect("post");
                        mine.push(id);
                    }
                    6 | 7 => {
                        // Answer an earlier post, one's own or one from before.
                        let parent = if n % 20 < 10 {
                            earlier[(w + n) % earlier.len()].clone()
                        } else {
                            mine[(w + n) % mine.len()].clone()
                        };
                        post(&mut replica, &discussion, &new_post(Some(parent))).expect("reply");
                    }
                    8 => {
                        edits += 1;
                        let text = format!(
                            "Five indicators agreed by all countries, as member {w} proposes in revision {edits}"
                        );
                        set_result_description(&mut replica, &result, &text).expect("edit");
                    }
                    _ => {
                        status = (status + 1 + w % 3) % STATUSES.len();
                        set_result_status(&mut replica, &result, STATUSES[status]).expect("status");
                    }
                }
            }
            assert_eq!(
                replica.get_changes(&base.get_heads()).len(),
                CHANGES,
                "every offline step makes one change"
            );
            replica
        })
        .collect();
    Setup {
        base,
        replicas,
        moderator,
    }
}

/// The moderator's replica as it was before going away.
fn moderators_copy(setup: &Setup) -> Automerge {
    let mut copy = setup.base.fork();
    sign_as(&mut copy, &setup.moderator);
    copy
}

fn merge_all(target: &mut Automerge, replicas: &mut [Automerge]) {
    for replica in replicas {
        target.merge(replica).expect("merge");
    }
}

fn review_50x100(c: &mut Criterion) {
    let setup = setup();
    let since: Vec<ChangeHash> = setup.base.get_heads();
    let mut merged = moderators_copy(&setup);
    merge_all(&mut merged, &mut setup.replicas.clone());
    let bytes = merged.save();
    let review = review(&merged, &since, Some(&setup.moderator));
    let changes = merged.get_changes(&since);
    eprintln!(
        "review 50x100: {} changes since the base ({} operations; {} changes in the \
         document), {} contributions by {} members, {} conflicts, saved document {} KiB",
        changes.len(),
        changes.iter().map(|change| change.len()).sum::<usize>(),
        merged.get_changes(&[]).len(),
        review.contributions.len(),
        review.by_author().len(),
        review.conflicts.len(),
        bytes.len() / 1024,
    );

    let mut group = c.benchmark_group("review");
    // One sample is one iteration of a second or more, so criterion warns that 10
    // samples do not fit in 5 s and takes longer; the whole file runs in about 1.5 min
    // (the setup, built once, takes about 15 s of it).
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("merge_50x100", |b| {
        b.iter_batched(
            || (moderators_copy(&setup), setup.replicas.clone()),
            |(mut target, mut replicas)| {
                merge_all(&mut target, &mut replicas);
                target
            },
            BatchSize::LargeInput,
        )
    });
    group.bench_function("compute_50x100", |b| {
        b.iter(|| community::review(&merged, &since, Some(&setup.moderator)))
    });
    // The app keeps one index per document: each change is summarised once, as it
    // arrives, so opening the review after the merge only combines the summaries and
    // reads the values shown.
    let mut index = community::ReviewIndex::default();
    index.review(&merged, &since, Some(&setup.moderator));
    group.bench_function("warm_50x100", |b| {
        b.iter(|| index.review(&merged, &since, Some(&setup.moderator)))
    });
    group.bench_function("reload_50x100", |b| {
        b.iter(|| Automerge::load(&bytes).expect("load"))
    });
    group.finish();
}

criterion_group!(benches, review_50x100);
criterion_main!(benches);
