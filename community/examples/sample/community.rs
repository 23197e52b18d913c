//! The sample community itself, shared by the `sample` example and the benchmarks
//! (`benches/document.rs` includes this file).

use automerge::Automerge;
use community::*;

/// What to put in the sample.
pub struct Shape<'a> {
    /// The leader's member id (the app's "me" in browser tests).
    pub leader: &'a str,
    /// Posts in the open discussion.
    pub posts: usize,
    /// Participants besides the leader and the moderator.
    pub participants: usize,
}

fn member(id: &str) -> Result<MemberId, CommunityError> {
    MemberId::new(id)
}

fn day(text: &str) -> IsoDate {
    text.parse().expect("a valid literal date")
}

/// Builds the sample, one domain call (one change) at a time.
pub fn build(args: &Shape) -> Result<Automerge, CommunityError> {
    let mut doc = create(
        "CoP to define indicators for maternal mortality reduction",
        "Maternal deaths are counted differently in each country, so progress cannot be compared.",
    )?;
    let leader = member(args.leader)?;
    let moderator = member("sample-moderator")?;
    // At least three: the sample's sub-group and replies name the first three.
    let participants: Vec<MemberId> = (1..=args.participants.max(3))
        .map(|i| member(&format!("sample-participant-{i}")))
        .collect::<Result<_, _>>()?;
    let names = [
        "Eva Díaz",
        "Luis Gómez",
        "Rosa Lima",
        "João Silva",
        "Marie Dubois",
        "Ana Ruiz",
    ];

    // Phase I: every stage complete.
    set_objective_type(&mut doc, ObjectiveType::DevelopingBestPractices)?;
    set_objective_text(
        &mut doc,
        "Agree on five shared indicators and how to collect them.",
    )?;
    let results = [
        (
            "A list of five indicators",
            "Five indicators agreed by all countries",
        ),
        ("A data-collection guide", "Guide published"),
        ("A regional baseline", "Baseline for 10 countries"),
    ]
    .iter()
    .map(|(d, i)| add_expected_result(&mut doc, d, i))
    .collect::<Result<Vec<_>, _>>()?;
    set_result_status(&mut doc, &results[0], ResultStatus::InProgress)?;
    set_member(&mut doc, &leader, "Carla Méndez", Role::Leader)?;
    set_member(&mut doc, &moderator, "Pablo Ortiz", Role::Moderator)?;
    for (i, id) in participants.iter().enumerate() {
        let name = names
            .get(i)
            .map_or_else(|| format!("Participant {}", i + 1), |n| (*n).to_owned());
        set_member(&mut doc, id, &name, Role::Participant)?;
    }
    set_role(&mut doc, &participants[0], Role::Facilitator)?;
    set_call(&mut doc, Call::Restricted)?;
    for audience in [
        "Ministries of health",
        "Statistics offices",
        "PAHO country offices",
    ] {
        add_audience(&mut doc, audience)?;
    }

    // Phase II.
    start_implementation(&mut doc, &leader, false)?;
    add_tool(
        &mut doc,
        "Praxis",
        ToolMode::Asynchronous,
        "Discussions and the knowledge base",
    )?;
    add_tool(
        &mut doc,
        "Video calls",
        ToolMode::Synchronous,
        "The introductory meeting",
    )?;
    for (i, name) in ["Tomás Vera", "Inés Castro"].iter().enumerate() {
        let registration = register(
            &mut doc,
            &RegistrationForm {
                member: member(&format!("sample-registrant-{i}"))?,
                name: (*name).into(),
                institution: "Ministerio de Salud".into(),
                country: "Perú".into(),
                expertise: "Vital statistics".into(),
                interests: "Indicators".into(),
                consent: true,
            },
        )?;
        if i == 0 {
            decide_registration(&mut doc, &registration, &leader, Decision::Confirm)?;
        }
    }
    set_meeting_date(&mut doc, day("2031-03-15"), day("2026-01-01"))?;
    set_meeting_agenda(
        &mut doc,
        "Welcome; objectives and expected results; the action plan.",
    )?;
    let action = add_action_item(
        &mut doc,
        &NewActionItem {
            text: "Draft the indicator list".into(),
            result: results[0].clone(),
            owner: moderator.clone(),
            due: day("2031-04-01"),
        },
    )?;

    // An open discussion with many posts.
    let open = create_discussion(
        &mut doc,
        &moderator,
        &NewDiscussion {
            title: "Which indicators do you report today?".into(),
            objective: "Know what each country measures before proposing a common list.".into(),
            question: "Which maternal-mortality indicators does your country report, and how?"
                .into(),
            guidelines: Guidelines {
                language: "Español, English".into(),
                max_words: Some(300),
                addressing: "By first name; quote the post you answer.".into(),
            },
            schedule: Schedule {
                planned: Some(day("2031-04-01")),
                open: Some(day("2031-04-05")),
                closing: Some(day("2031-05-01")),
                closed: Some(day("2031-05-10")),
            },
        },
    )?;
    set_discussion_stage(&mut doc, &moderator, &open, DiscussionStage::Open)?;
    add_subgroup(
        &mut doc,
        &moderator,
        &open,
        "Andean countries",
        &participants[..3],
    )?;
    let mut threads: Vec<PostId> = Vec::new();
    let mut cited = Vec::new();
    for i in 0..args.posts {
        let author = &participants[i % participants.len()];
        // Every fourth post starts a thread; the others reply to a recent thread.
        let parent = (i % 4 != 0).then(|| {
            threads[threads
                .len()
                .saturating_sub(1 + i % 3)
                .min(threads.len() - 1)]
            .clone()
        });
        let id = post(
            &mut doc,
            &open,
            &NewPost {
                author: author.clone(),
                body: format!(
                    "Post {}: we report the maternal mortality ratio from vital registration, \
                     corrected with a hospital survey every five years; coverage is about 80 %.",
                    i + 1
                ),
                created: format!(
                    "2031-04-{:02}T{:02}:{:02}:00Z",
                    5 + (i / 200) % 20,
                    (i / 60) % 24,
                    i % 60
                ),
                parent: parent.clone(),
            },
        )?;
        if parent.is_none() {
            threads.push(id.clone());
        }
        if i < 3 {
            cited.push(id);
        }
    }
    restate_question(
        &mut doc,
        &moderator,
        &open,
        "Which indicators do you report, from which source, and how often?",
        "2031-04-10T09:00:00Z",
    )?;
    add_interim_summary(
        &mut doc,
        &moderator,
        &open,
        "Most countries report the ratio from vital registration; few correct for under-reporting.",
        &cited,
        "2031-04-12T09:00:00Z",
    )?;
    record_participant(
        &mut doc,
        &moderator,
        &open,
        &participants[0],
        "Led the 2024 national survey; interested in data-collection guides.",
    )?;

    // A closed discussion with its articulated summary.
    let closed = create_discussion(
        &mut doc,
        &moderator,
        &NewDiscussion {
            title: "Welcome and introductions".into(),
            objective: "Meet each other.".into(),
            question: "Who are you and what do you bring?".into(),
            guidelines: Guidelines::default(),
            schedule: Schedule::default(),
        },
    )?;
    set_discussion_stage(&mut doc, &moderator, &closed, DiscussionStage::Open)?;
    let hello = post(
        &mut doc,
        &closed,
        &NewPost {
            author: participants[1].clone(),
            body: "Hello from Lima: I work on vital statistics.".into(),
            created: "2031-03-20T10:00:00Z".into(),
            parent: None,
        },
    )?;
    set_closing_summary(
        &mut doc,
        &moderator,
        &closed,
        "Members come from ministries and statistics offices; most work on vital registration.",
        &[hello],
    )?;
    set_follow_ups(&mut doc, &moderator, &closed, &[action])?;
    close_discussion(&mut doc, &moderator, &closed, "2031-03-25T10:00:00Z")?;
    Ok(doc)
}
