//! Test support: one community with something in every section the exports write,
//! and something in each they leave out (a registration, notes on a participant, a
//! hidden post, a returned post).

use automerge::Automerge;

use crate::*;

/// What the exports are expected to show or hide.
pub(crate) const HIDDEN_BODY: &str = "Something nobody should read again";
pub(crate) const HIDDEN_REASON: &str = "Personal attack";
pub(crate) const RETURN_COMMENT: &str = "Please cite your source";
pub(crate) const PARTICIPANT_NOTES: &str = "Knows the district's surveillance data";
pub(crate) const INSTITUTION: &str = "Hospital Central";

pub(crate) fn member(id: &str) -> MemberId {
    MemberId::new(id).expect("member id")
}

pub(crate) fn community() -> Automerge {
    let (lead, moderator, part) = (member("lead"), member("mod"), member("part"));
    let mut doc =
        create("Dengue <response> & care", "Cases rise each rainy season.").expect("create");
    set_member(&mut doc, &lead, "Ana Pérez", Role::Leader).expect("leader");
    set_member(&mut doc, &moderator, "Bruno Silva", Role::Moderator).expect("moderator");
    set_member(&mut doc, &part, "Chloé Martin", Role::Participant).expect("participant");
    set_call(&mut doc, Call::Public).expect("call");
    set_objective_text(&mut doc, "Share what worked in 2025.").expect("objective");
    let result =
        add_expected_result(&mut doc, "A triage guide", "Guide published").expect("result");
    set_result_status(&mut doc, &result, ResultStatus::Achieved).expect("status");
    add_audience(&mut doc, "Nurses in primary care").expect("audience");
    start_implementation(&mut doc, &lead, true).expect("phase II");
    add_tool(
        &mut doc,
        "Praxis",
        ToolMode::Asynchronous,
        "Moderated discussions",
    )
    .expect("tool");
    let day = |d| IsoDate::new(2026, 12, d).expect("date");
    set_meeting_date(&mut doc, day(1), day(1)).expect("meeting date");
    set_meeting_agenda(&mut doc, "Introductions\nThe plan").expect("agenda");
    let action = add_action_item(
        &mut doc,
        &NewActionItem {
            text: "Draft the guide".into(),
            result: result.clone(),
            owner: part.clone(),
            due: day(20),
        },
    )
    .expect("action");
    register(
        &mut doc,
        &RegistrationForm {
            member: member("newcomer"),
            name: "Dana Roe".into(),
            institution: INSTITUTION.into(),
            country: "PE".into(),
            expertise: "Epidemiology".into(),
            interests: "Vectors".into(),
            consent: true,
        },
    )
    .expect("registration");

    let discussion = create_discussion(
        &mut doc,
        &lead,
        &NewDiscussion {
            title: "Triage at the door".into(),
            objective: "Agree on a first triage".into(),
            question: "What do you check first?".into(),
            ..Default::default()
        },
    )
    .expect("discussion");
    let write = |doc: &mut Automerge, author: &MemberId, body: &str, parent: Option<PostId>| {
        post(
            doc,
            &discussion,
            &NewPost {
                author: author.clone(),
                body: body.into(),
                created: "2026-12-02T10:00:00Z".into(),
                parent,
            },
        )
        .expect("post")
    };
    let first = write(&mut doc, &part, "Warning signs first.", None);
    write(
        &mut doc,
        &moderator,
        "Agreed, and fluids.",
        Some(first.clone()),
    );
    let hidden = write(&mut doc, &part, HIDDEN_BODY, None);
    hide_post(
        &mut doc,
        &moderator,
        &discussion,
        &hidden,
        HIDDEN_REASON,
        "2026-12-02T11:00:00Z",
    )
    .expect("hide");
    let returned = write(&mut doc, &part, "Platelets matter most.", None);
    return_post(
        &mut doc,
        &moderator,
        &discussion,
        &returned,
        RETURN_COMMENT,
        "2026-12-02T11:00:00Z",
    )
    .expect("return");
    restate_question(
        &mut doc,
        &moderator,
        &discussion,
        "Which warning sign first?",
        "2026-12-03T09:00:00Z",
    )
    .expect("restate");
    record_participant(&mut doc, &moderator, &discussion, &part, PARTICIPANT_NOTES).expect("notes");
    add_interim_summary(
        &mut doc,
        &moderator,
        &discussion,
        "Warning signs lead.",
        std::slice::from_ref(&first),
        "2026-12-04T09:00:00Z",
    )
    .expect("summary");
    set_closing_summary(
        &mut doc,
        &moderator,
        &discussion,
        "Check warning signs, then fluids.",
        &[first],
    )
    .expect("closing summary");
    set_follow_ups(&mut doc, &moderator, &discussion, &[action]).expect("follow-ups");
    close_discussion(&mut doc, &moderator, &discussion, "2026-12-05T09:00:00Z").expect("close");

    // Two members choose the objective type offline; the leader settles it.
    let mut other = doc.fork();
    set_objective_type(&mut doc, ObjectiveType::LessonsLearned).expect("type");
    set_objective_type(&mut other, ObjectiveType::ProblemSolving).expect("type");
    doc.merge(&mut other).expect("merge");
    let conflict = conflicts_at(&doc, &["design", "objective_type"]).expect("a conflict");
    let lessons = conflict
        .values
        .iter()
        .position(|value| value == "lessons_learned")
        .expect("both values");
    resolve_conflict(
        &mut doc,
        &lead,
        &["design", "objective_type"],
        lessons,
        "2026-12-06T09:00:00Z",
    )
    .expect("decision");
    doc
}

/// What Phase III adds, and the open answer the exports leave out.
pub(crate) const LESSON: &str = "Triage at the door shortens the wait";
pub(crate) const OPEN_ANSWER: &str = "Only for the community's eyes";
pub(crate) const CLOSED_AT: &str = "2026-10-02T09:30:00Z";

/// [`community`] taken through Phase III by its leader: a lesson learned accepted, one
/// waiting, the final assessment answered (a scale and an open answer), and closed.
pub(crate) fn closed() -> Automerge {
    let (lead, part) = (member("lead"), member("part"));
    let mut doc = community();
    sign_as(&mut doc, &lead);
    start_conclusion(&mut doc, &lead).expect("phase III");
    let draft = |kind, title: &str, text: &str| KnowledgeDraft {
        kind,
        title: title.into(),
        text: text.into(),
        discussions: Vec::new(),
        posts: Vec::new(),
    };
    propose_knowledge(
        &mut doc,
        &lead,
        &draft(KnowledgeKind::LessonLearned, "Triage", LESSON),
        CLOSED_AT,
    )
    .expect("lesson");
    propose_knowledge(
        &mut doc,
        &part,
        &draft(KnowledgeKind::Conclusion, "Waiting", "Not accepted"),
        CLOSED_AT,
    )
    .expect("proposal");
    let survey = open_assessment(&mut doc, &lead, AssessmentKind::Final, "", CLOSED_AT)
        .expect("final assessment");
    let question = |id: &str| QuestionId::new(id).expect("question id");
    answer_assessment(
        &mut doc,
        &part,
        &survey,
        &[
            (question("objective"), Answer::Scale(4)),
            (question("keep"), Answer::Text(OPEN_ANSWER.into())),
        ],
        CLOSED_AT,
    )
    .expect("answers");
    close_community(&mut doc, &lead, CLOSED_AT, true).expect("closed");
    doc
}
