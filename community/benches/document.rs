//! The community document at the sizes a large community reaches: opening (load + read),
//! saving, re-reading after one edit, and merging many members' offline work.
//! `cargo bench -p community` prints the figures (criterion's median and spread).

#[path = "../examples/sample/community.rs"]
mod sample;

use automerge::Automerge;
use community::*;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

/// The large community: 5,000 posts, about 100 members.
fn large() -> Automerge {
    sample::build(&sample::Shape {
        leader: "bench-leader",
        posts: 5_000,
        participants: 98,
    })
    .expect("the sample builds")
}

fn open_save_reread(c: &mut Criterion) {
    let doc = large();
    let bytes = doc.save();
    let mut group = c.benchmark_group("5,000 posts, 100 members");
    group.sample_size(10);
    group.bench_function("open (load + read)", |b| {
        b.iter(|| {
            let doc = Automerge::load(&bytes).expect("load");
            read(&doc).expect("read")
        })
    });
    group.bench_function("save", |b| b.iter(|| doc.save()));
    group.bench_function("read", |b| b.iter(|| read(&doc).expect("read")));
    group.bench_function("conflicts", |b| b.iter(|| conflicts(&doc)));
    // The app's first reading of a document: the two above in one pass over the posts.
    group.bench_function("read and conflicts, one pass", |b| {
        b.iter(|| read_with_conflicts(&doc).expect("read"))
    });
    // What the app does after a keystroke in a design field.
    group.bench_function("reread after a design edit", |b| {
        let previous = read(&doc).expect("read");
        b.iter_batched(
            || {
                let mut edited = doc.clone();
                let since = edited.get_heads();
                set_problem(&mut edited, "Counts differ by country.").expect("edit");
                (edited, since)
            },
            |(edited, since)| {
                let touched = touched_since(&edited, &since);
                reread(&edited, &previous.discussions, &touched).expect("reread")
            },
            BatchSize::LargeInput,
        )
    });
    // What the app does when a member sends a post to the discussion that holds the
    // 5,000: the change (with its role and closing checks), then the re-read.
    group.bench_function("post, then reread", |b| {
        let previous = read(&doc).expect("read");
        let discussion = previous.discussions[0].id.clone();
        let author = MemberId::new("sample-participant-1").expect("id");
        b.iter_batched(
            || {
                let edited = doc.clone();
                let since = edited.get_heads();
                (edited, since)
            },
            |(mut edited, since)| {
                let new = NewPost {
                    author: author.clone(),
                    body: "Forms travel by road, so counts arrive late.".into(),
                    created: "2031-04-20T10:00:00Z".into(),
                    parent: None,
                };
                post(&mut edited, &discussion, &new).expect("post");
                let touched = touched_since(&edited, &since);
                reread(&edited, &previous.discussions, &touched).expect("reread")
            },
            BatchSize::LargeInput,
        )
    });
    // The participation panel after a keystroke: every change counted again, against a
    // tally that counts only the new change.
    let edited = || {
        let mut edited = doc.clone();
        set_problem(&mut edited, "Counts differ by country.").expect("edit");
        edited
    };
    group.bench_function("participation after an edit, counted in full", |b| {
        b.iter_batched(
            edited,
            |edited| participation(&edited),
            BatchSize::LargeInput,
        )
    });
    group.bench_function("participation after an edit, kept up to date", |b| {
        let mut tally = Participation::default();
        tally.update(&doc);
        b.iter_batched(
            || (edited(), tally.clone()),
            |(edited, mut tally)| {
                tally.update(&edited);
                tally.counts()
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

/// 50 members, each with 100 offline posts, merged into one replica.
fn merge_offline_work(c: &mut Criterion) {
    let base = sample::build(&sample::Shape {
        leader: "bench-leader",
        posts: 40,
        participants: 50,
    })
    .expect("the sample builds");
    let discussion = read(&base).expect("read").discussions[0].id.clone();
    let replicas: Vec<Automerge> = (1..=50)
        .map(|member| {
            let mut replica = base.fork();
            for i in 0..100 {
                post(
                    &mut replica,
                    &discussion,
                    &NewPost {
                        author: MemberId::new(format!("sample-participant-{member}")).expect("id"),
                        body: format!("Offline note {i} from member {member}."),
                        created: "2031-04-20T10:00:00Z".into(),
                        parent: None,
                    },
                )
                .expect("post");
            }
            replica
        })
        .collect();
    let mut group = c.benchmark_group("50 members × 100 offline changes");
    group.sample_size(10);
    group.bench_function("merge into one replica", |b| {
        b.iter_batched(
            || (base.clone(), replicas.clone()),
            |(mut target, mut replicas)| {
                for replica in &mut replicas {
                    target.merge(replica).expect("merge");
                }
                target
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group!(benches, open_save_reread, merge_offline_work);
criterion_main!(benches);
