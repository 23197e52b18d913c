//! The archived community as JSON, schema `praxis-community-archive/1`
//! (`docs/archive-schema.json`): what the community designed, implemented and
//! discussed, for programs and for whoever reads the archive in years to come.
//!
//! Versioning: `schema` names the version. Adding an optional field keeps `/1`;
//! removing or changing the meaning of one makes `/2`. Dates are as the document
//! stores them (`YYYY-MM-DD` days, ISO 8601 moments); members are referred to by id
//! (the hash of their device key, as in the document) and every reference carries the
//! name next to it, so a reader needs no join.
//!
//! Left out on purpose: registrations and the moderators' notes on participants
//! (personal data collected for running the community, not for its public record), a
//! hidden post's body (hidden by a moderator, so it stays unpublished: the post is
//! kept with its `hidden` reason so threads still read), returned marks and pending
//! proposals (the moderation workflow, not its outcome), and review marks.

use std::collections::HashMap;

use automerge::Automerge;
use serde_json::{Map, Value, json};

use super::decisions::read_decisions;
use crate::{Community, CommunityError, Discussion, MemberId, Post};

/// The value of the `schema` field.
pub const ARCHIVE_SCHEMA: &str = "praxis-community-archive/1";

/// The community `doc` holds, as a `praxis-community-archive/1` document.
pub fn to_json(doc: &Automerge) -> Result<Value, CommunityError> {
    let community = crate::read(doc)?;
    let names = Names::of(&community);
    Ok(json!({
        "schema": ARCHIVE_SCHEMA,
        "design": design(&community, &names),
        "implementation": implementation(&community, &names),
        "discussions": community
            .discussions
            .iter()
            .map(|discussion| self::discussion(discussion, &names))
            .collect::<Vec<_>>(),
        "moderation": moderation(doc, &names),
        "conclusion": conclusion(doc, &community, &names),
    }))
}

/// Phase III: the closing, the accepted knowledge base and every assessment's counted
/// results. Open answers stay out: they are named members' own words, for the
/// community, not for the repository (the record page leaves them out too).
fn conclusion(doc: &Automerge, community: &Community, names: &Names<'_>) -> Value {
    let closure = community.closure.as_ref().map(|closure| {
        json!({
            "by": member(&closure.by, names),
            "at": closure.at,
            "incomplete_confirmed": closure.incomplete_confirmed,
        })
    });
    let knowledge: Vec<Value> = crate::knowledge_base(doc)
        .into_iter()
        .filter(|entry| entry.is_accepted())
        .map(|entry| {
            json!({
                "id": entry.id.as_str(),
                "kind": entry.kind.map(|kind| kind.key()),
                "title": entry.title,
                "text": entry.text,
                "discussions": entry.discussions.iter().map(|d| d.as_str()).collect::<Vec<_>>(),
                "posts": entry.posts.iter().map(|p| p.as_str()).collect::<Vec<_>>(),
                "by": member(&entry.by, names),
                "at": entry.at,
            })
        })
        .collect();
    let assessments: Vec<Value> = crate::assessments(doc)
        .into_iter()
        .filter_map(|assessment| crate::assessment_results(doc, &assessment.id).ok())
        .map(|results| {
            json!({
                "id": results.assessment.as_str(),
                "kind": results.kind.map(|kind| kind.key()),
                "title": results.title,
                "open": results.open,
                "respondents": results.respondents,
                "members": results.members,
                "questions": results.questions.iter().map(|question| json!({
                    "id": question.question.as_str(),
                    "text": question.text,
                    "answer": question.answer.map(|answer| answer.key()),
                    "cycle": question.cycle.map(|cycle| cycle.key()),
                    "answered": question.scale.answered,
                    "distribution": question.scale.distribution,
                    "median": question.scale.median,
                    "mean": question.scale.mean,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({ "closure": closure, "knowledge_base": knowledge, "assessments": assessments })
}

/// Members' names by id, for references.
pub(crate) struct Names<'a>(HashMap<&'a str, &'a str>);

impl<'a> Names<'a> {
    pub(crate) fn of(community: &'a Community) -> Self {
        Self(
            community
                .design
                .members
                .iter()
                .map(|member| (member.id.as_str(), member.name.as_str()))
                .collect(),
        )
    }

    /// The member's name; empty for someone no longer on the roster.
    pub(crate) fn of_member(&self, id: &str) -> &'a str {
        self.0.get(id).copied().unwrap_or_default()
    }
}

/// `{ "id", "name" }` for a member reference.
fn member(id: &MemberId, names: &Names<'_>) -> Value {
    json!({ "id": id.as_str(), "name": names.of_member(id.as_str()) })
}

fn design(community: &Community, names: &Names<'_>) -> Value {
    let design = &community.design;
    json!({
        "title": design.title,
        "problem": design.problem,
        "objective": {
            "type": design.objective.kind.map(|kind| kind.key()),
            "text": design.objective.text,
        },
        "expected_results": design.expected_results.iter().map(|result| json!({
            "id": result.id.as_str(),
            "description": result.description,
            "indicator": result.indicator,
            "status": result.status.map(|status| status.key()),
        })).collect::<Vec<_>>(),
        "members": design.members.iter().map(|member| json!({
            "id": member.id.as_str(),
            "name": names.of_member(member.id.as_str()),
            "role": member.role.map(|role| role.key()),
        })).collect::<Vec<_>>(),
        "call": design.call.map(|call| call.key()),
        "audiences": design.audiences.iter().map(|audience| audience.text.as_str()).collect::<Vec<_>>(),
    })
}

fn implementation(community: &Community, names: &Names<'_>) -> Value {
    let implementation = &community.implementation;
    json!({
        "tools": implementation.tools.iter().map(|tool| json!({
            "name": tool.name,
            "mode": tool.mode.map(|mode| mode.key()),
            "purpose": tool.purpose,
        })).collect::<Vec<_>>(),
        "meeting": {
            "date": implementation.meeting.date.map(|date| date.to_string()),
            "agenda": implementation.meeting.agenda,
            "minutes": implementation.meeting.minutes,
        },
        "action_plan": implementation.action_plan.iter().map(|item| json!({
            "id": item.id.as_str(),
            "text": item.text,
            "result": item.result.as_str(),
            "owner": member(&item.owner, names),
            "due": item.due.map(|due| due.to_string()),
            "status": item.status.map(|status| status.key()),
        })).collect::<Vec<_>>(),
    })
}

fn discussion(discussion: &Discussion, names: &Names<'_>) -> Value {
    let closing = &discussion.closing;
    json!({
        "id": discussion.id.as_str(),
        "title": discussion.title,
        "objective": discussion.objective,
        "question": discussion.question,
        "restated_questions": discussion.restatements.iter().map(|restatement| json!({
            "text": restatement.text,
            "by": member(&restatement.by, names),
            "at": restatement.at,
        })).collect::<Vec<_>>(),
        "stage": discussion.stage.map(|stage| stage.key()),
        "posts": discussion.all_posts().into_iter().map(|post| self::post(post, names)).collect::<Vec<_>>(),
        "interim_summaries": discussion.summaries.iter().map(|summary| json!({
            "id": summary.id.as_str(),
            "text": summary.text,
            "posts": summary.posts.iter().map(|post| post.as_str()).collect::<Vec<_>>(),
            "by": member(&summary.by, names),
            "at": summary.at,
        })).collect::<Vec<_>>(),
        "closing": {
            "summary": closing.summary,
            "posts": closing.posts.iter().map(|post| post.as_str()).collect::<Vec<_>>(),
            "closed_by": closing.closed_by.as_ref().map(|by| member(by, names)),
            "closed_at": closing.closed_at,
            "follow_ups": closing.follow_ups.iter().map(|action| action.as_str()).collect::<Vec<_>>(),
        },
    })
}

/// A post, replies listed after it with `parent` set (depth first, thread order). A
/// hidden post has no `body`.
fn post(post: &Post, names: &Names<'_>) -> Value {
    let mut out = Map::new();
    out.insert("id".into(), post.id.as_str().into());
    out.insert("author".into(), member(&post.author, names));
    out.insert("created".into(), post.created.as_str().into());
    out.insert(
        "parent".into(),
        post.parent.as_ref().map(|parent| parent.as_str()).into(),
    );
    match &post.hidden {
        Some(hidden) => {
            out.insert(
                "hidden".into(),
                json!({
                    "reason": hidden.reason,
                    "by": member(&hidden.by, names),
                    "at": hidden.at,
                }),
            );
        }
        None => {
            out.insert("body".into(), post.body.as_str().into());
        }
    }
    Value::Object(out)
}

/// The decisions members made on conflicting values, in the order they were made.
fn moderation(doc: &Automerge, names: &Names<'_>) -> Value {
    json!({
        "decisions": read_decisions(doc).into_iter().map(|decision| json!({
            "path": decision.path,
            "chosen": decision.chosen,
            "over": decision.over,
            "by": { "id": decision.by, "name": names.of_member(&decision.by) },
            "at": decision.at,
        })).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixture::{
        self, HIDDEN_BODY, HIDDEN_REASON, INSTITUTION, PARTICIPANT_NOTES, RETURN_COMMENT,
    };

    /// The published schema, as the repository ships it.
    fn validator() -> jsonschema::Validator {
        let schema: Value = serde_json::from_str(include_str!("../../../docs/archive-schema.json"))
            .expect("the schema is JSON");
        jsonschema::validator_for(&schema).expect("the schema compiles")
    }

    fn assert_valid(export: &Value) {
        let errors: Vec<String> = validator()
            .iter_errors(export)
            .map(|error| format!("{} at {}", error, error.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}\n{export:#}");
    }

    #[test]
    fn exports_validate_against_the_published_schema() {
        assert_valid(&to_json(&fixture::community()).expect("export"));
        assert_valid(&to_json(&crate::create("Bare", "").expect("create")).expect("export"));
    }

    #[test]
    fn a_closed_community_exports_its_closing_knowledge_and_counted_results_only() {
        let export = to_json(&fixture::closed()).expect("export");
        assert_valid(&export);
        let conclusion = &export["conclusion"];
        assert_eq!(conclusion["closure"]["by"]["name"], "Ana Pérez");
        assert_eq!(conclusion["closure"]["at"], fixture::CLOSED_AT);
        let knowledge = conclusion["knowledge_base"].as_array().expect("entries");
        assert_eq!(knowledge.len(), 1, "the waiting proposal is not exported");
        assert_eq!(knowledge[0]["kind"], "lesson_learned");
        assert_eq!(knowledge[0]["text"], fixture::LESSON);
        let survey = &conclusion["assessments"][0];
        assert_eq!(survey["kind"], "final");
        assert_eq!(survey["respondents"], 1);
        let objective = survey["questions"]
            .as_array()
            .and_then(|questions| questions.iter().find(|q| q["id"] == "objective"))
            .expect("the objective question");
        assert_eq!(objective["distribution"], json!([0, 0, 0, 1, 0]));
        assert_eq!(objective["mean"], 4.0);
        assert!(
            !export.to_string().contains(fixture::OPEN_ANSWER),
            "open answers stay out"
        );
    }

    #[test]
    fn the_schema_refuses_what_the_export_must_not_write() {
        // Guards the test above: a schema that accepted anything would pass it.
        let mut export = to_json(&fixture::community()).expect("export");
        let hidden = export["discussions"][0]["posts"]
            .as_array_mut()
            .and_then(|posts| posts.iter_mut().find(|post| post.get("hidden").is_some()))
            .expect("a hidden post");
        hidden["body"] = "leaked".into();
        assert!(!validator().is_valid(&export));
        let mut export = to_json(&fixture::community()).expect("export");
        export["schema"] = "praxis-community-archive/2".into();
        assert!(!validator().is_valid(&export));
    }

    #[test]
    fn the_export_holds_the_design_the_implementation_and_the_discussions() {
        let export = to_json(&fixture::community()).expect("export");
        assert_eq!(export["schema"], "praxis-community-archive/1");
        let design = &export["design"];
        assert_eq!(design["title"], "Dengue <response> & care");
        assert_eq!(design["objective"]["type"], "lessons_learned");
        assert_eq!(design["expected_results"][0]["status"], "achieved");
        assert_eq!(
            design["members"][0],
            json!({ "id": "lead", "name": "Ana Pérez", "role": "leader" })
        );
        assert_eq!(design["call"], "public");
        assert_eq!(design["audiences"], json!(["Nurses in primary care"]));
        let implementation = &export["implementation"];
        assert_eq!(implementation["tools"][0]["mode"], "asynchronous");
        assert_eq!(implementation["meeting"]["date"], "2026-12-01");
        assert_eq!(
            implementation["action_plan"][0]["owner"]["name"],
            "Chloé Martin"
        );
        assert_eq!(implementation["action_plan"][0]["due"], "2026-12-20");

        let discussion = &export["discussions"][0];
        assert_eq!(discussion["stage"], "closed");
        assert_eq!(
            discussion["restated_questions"][0]["text"],
            "Which warning sign first?"
        );
        let posts = discussion["posts"].as_array().expect("posts");
        assert_eq!(posts.len(), 4);
        // Depth first: the reply follows its parent and names it. (Top-level posts
        // are in id order, which is random here.)
        let first = posts
            .iter()
            .position(|post| post["body"] == "Warning signs first.")
            .expect("the first post");
        let reply = &posts[first + 1];
        assert_eq!(reply["body"], "Agreed, and fluids.");
        assert_eq!(reply["parent"], posts[first]["id"]);
        assert_eq!(reply["author"]["name"], "Bruno Silva");
        assert_eq!(posts[first]["parent"], Value::Null);
        assert_eq!(
            discussion["interim_summaries"][0]["posts"],
            json!([posts[first]["id"]])
        );
        assert_eq!(
            discussion["closing"]["summary"],
            "Check warning signs, then fluids."
        );
        assert_eq!(discussion["closing"]["closed_by"]["name"], "Bruno Silva");
        assert_eq!(
            discussion["closing"]["follow_ups"],
            json!([implementation["action_plan"][0]["id"]])
        );

        assert_eq!(
            export["moderation"]["decisions"],
            json!([{
                "path": "design/objective_type",
                "chosen": "lessons_learned",
                "over": ["problem_solving"],
                "by": { "id": "lead", "name": "Ana Pérez" },
                "at": "2026-12-06T09:00:00Z",
            }])
        );
    }

    #[test]
    fn hidden_bodies_returns_registrations_and_notes_stay_out() {
        let export = to_json(&fixture::community()).expect("export");
        let hidden = export["discussions"][0]["posts"]
            .as_array()
            .and_then(|posts| posts.iter().find(|post| post.get("hidden").is_some()))
            .expect("the hidden post is kept");
        assert_eq!(hidden["hidden"]["reason"], HIDDEN_REASON);
        assert_eq!(hidden["hidden"]["by"]["name"], "Bruno Silva");
        assert!(hidden.get("body").is_none());
        let text = export.to_string();
        for secret in [
            HIDDEN_BODY,
            RETURN_COMMENT,
            PARTICIPANT_NOTES,
            INSTITUTION,
            "Dana Roe",
        ] {
            assert!(!text.contains(secret), "{secret} leaked");
        }
        // The returned post itself is part of the thread.
        assert!(text.contains("Platelets matter most."));
    }
}
