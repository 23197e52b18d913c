//! Phase III's communication kit: the method's seven means of communicating a
//! community's results, generated from its own content in its working language.
//!
//! The method (Phase III, "Communication and feedback") lists: a note on the intranet for
//! institutional staff ([`intranet_note`]), a page on the Internet for the general public
//! ([`public_page`]), short messages for social networks ([`social_posts`]), a
//! presentation for events ([`deck`], a `.pptx`), a message for thematic networks
//! ([`network_message`]), a virtual seminar ([`seminar_invitation`], text and `.ics`) and
//! a scientific article ([`article_outline`], IMRaD).
//!
//! Every generator is a pure function of a [`Source`] (what the community wrote) and
//! [`KitOptions`] (what only the person preparing the kit knows: the page's address, the
//! seminar's date, a contact). Each returns a plain value the app shows in an editable
//! text area and offers as a download; nothing here reads a clock, a file or the network.

mod archive;
mod article;
mod deck;
pub mod ics;
mod intranet;
mod network;
mod page;
mod seminar;
mod social;
mod text;
mod words;

pub use article::article_outline;
pub use deck::{DECK_MEDIA_TYPE, Deck, deck};
pub use ics::UtcDateTime;
pub use intranet::intranet_note;
pub use network::network_message;
pub use page::public_page;
pub use seminar::{SeminarInvitation, seminar_invitation};
pub use social::{POST_LIMIT, SocialPost, URL_WEIGHT, post_weight, social_posts};

use crate::{Community, Language, ObjectiveType, ResultStatus, Role};

/// Preparing an item of the kit failed; nothing was produced.
#[derive(Debug, thiserror::Error)]
pub enum KitError {
    /// An address given in the options is not an absolute `http(s)` URL without spaces
    /// (a social network would not link it, so the post's count would be wrong).
    #[error("`{url}` is not an http(s) address")]
    InvalidUrl { url: String },
    /// A date-time is not `YYYY-MM-DDThh:mm[:ss]Z`.
    #[error("`{value}` is not a UTC date-time (YYYY-MM-DDThh:mmZ)")]
    InvalidDateTime { value: String },
    /// The seminar invitation was asked for without a seminar in the options.
    #[error("the seminar needs a date, a time and a link")]
    NoSeminar,
    /// The slide deck would be larger than a zip archive without zip64 holds (4 GiB).
    #[error("the slide deck is too large")]
    TooLarge,
}

/// What the kit is made from: a plain view of the community's content, so the
/// generators need no Automerge document and tests can build one by hand.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Source {
    /// The community's working language: every template is written in it.
    pub language: Language,
    pub title: String,
    pub problem: String,
    pub objective_type: Option<ObjectiveType>,
    pub objective: String,
    /// In the community's order.
    pub expected_results: Vec<ResultLine>,
    pub member_count: usize,
    /// The leaders' names, as members gave them.
    pub leaders: Vec<String>,
    /// The target audiences.
    pub audiences: Vec<String>,
    /// In the order the discussions were planned.
    pub discussions: Vec<DiscussionOutcome>,
    /// The knowledge base (Phase III), one entry per item.
    pub conclusions: Vec<String>,
    pub lessons_learned: Vec<String>,
    pub best_practices: Vec<String>,
    pub recommendations: Vec<String>,
    /// The final assessment, once members have answered it.
    pub assessment: Option<AssessmentSummary>,
}

/// One expected result as the kit shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResultLine {
    pub description: String,
    pub indicator: String,
    /// `None` when not recorded (or written by a newer build).
    pub status: Option<ResultStatus>,
}

/// What one discussion produced.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DiscussionOutcome {
    pub title: String,
    /// The moderator's articulated closing summary; empty while the discussion is open.
    pub closing_summary: String,
    /// The published interim summaries, oldest first.
    pub interim_summaries: Vec<String>,
}

/// The final satisfaction survey, summarised.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct AssessmentSummary {
    /// How many members answered.
    pub responses: u32,
    /// The mean satisfaction, `None` without answers.
    pub mean_satisfaction: Option<f32>,
    /// The top of the satisfaction scale (5 for a 1–5 scale).
    pub scale_max: u8,
}

/// What only the person preparing the kit knows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KitOptions {
    /// Where the public page will be published (`http(s)://…`); linked from every item.
    pub page_url: Option<String>,
    /// Whom to write to about the community.
    pub contact_email: Option<String>,
    /// Hashtags for the social posts, with or without `#`.
    pub hashtags: Vec<String>,
    /// The virtual seminar, if one is planned.
    pub seminar: Option<Seminar>,
}

/// A virtual seminar to present the results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seminar {
    /// When it starts, in UTC (the invitation names UTC; calendars show local time).
    pub start: UtcDateTime,
    pub duration_minutes: u16,
    /// Where to join (`http(s)://…`).
    pub link: String,
    /// The calendar event's identity, stable across re-downloads (e.g. `<community
    /// id>-seminar@praxis`), so a calendar updates the event instead of adding another.
    pub uid: String,
    /// When the invitation is made (the crate reads no clock).
    pub created: UtcDateTime,
}

impl Source {
    /// The kit's view of a community. The knowledge base and the final assessment are
    /// left empty until the domain records them.
    pub fn from_community(community: &Community) -> Self {
        let design = &community.design;
        Self {
            language: design.language.unwrap_or_default(),
            title: design.title.clone(),
            problem: design.problem.clone(),
            objective_type: design.objective.kind,
            objective: design.objective.text.clone(),
            expected_results: design
                .expected_results
                .iter()
                .map(|result| ResultLine {
                    description: result.description.clone(),
                    indicator: result.indicator.clone(),
                    status: result.status,
                })
                .collect(),
            member_count: design.members.len(),
            leaders: design
                .members
                .iter()
                .filter(|member| member.role == Some(Role::Leader))
                .map(|member| member.name.trim().to_owned())
                .filter(|name| !name.is_empty())
                .collect(),
            audiences: design
                .audiences
                .iter()
                .map(|audience| audience.text.clone())
                .collect(),
            discussions: community
                .discussions
                .iter()
                .map(|discussion| DiscussionOutcome {
                    title: discussion.title.clone(),
                    closing_summary: discussion.closing.summary.clone(),
                    interim_summaries: discussion
                        .summaries
                        .iter()
                        .map(|summary| summary.text.clone())
                        .collect(),
                })
                .collect(),
            conclusions: Vec::new(),
            lessons_learned: Vec::new(),
            best_practices: Vec::new(),
            recommendations: Vec::new(),
            assessment: None,
        }
    }
}

impl Source {
    /// Adds Phase III's record: the accepted entries of the knowledge base
    /// ([`crate::knowledge_base`]) and the final assessment's results (the mean of every
    /// answer on its 1-to-5 scale questions).
    pub fn with_conclusion(
        mut self,
        knowledge: &[crate::KnowledgeEntry],
        final_assessment: Option<&crate::AssessmentResults>,
    ) -> Self {
        use crate::KnowledgeKind as K;
        for entry in knowledge.iter().filter(|entry| entry.is_accepted()) {
            let text = match (entry.title.trim(), entry.text.trim()) {
                ("", text) => text.to_owned(),
                (title, "") => title.to_owned(),
                (title, text) => format!("{title}: {text}"),
            };
            match entry.kind {
                Some(K::Conclusion) => self.conclusions.push(text),
                Some(K::LessonLearned | K::PostActionReview) => self.lessons_learned.push(text),
                Some(K::BestPractice) => self.best_practices.push(text),
                Some(K::Recommendation) => self.recommendations.push(text),
                None => {}
            }
        }
        if let Some(results) = final_assessment {
            let (sum, answers) = results
                .questions
                .iter()
                .flat_map(|question| question.scale.distribution.iter().enumerate())
                .fold((0, 0), |(sum, answers), (index, count)| {
                    (sum + (index + 1) * count, answers + count)
                });
            self.assessment = Some(AssessmentSummary {
                responses: u32::try_from(results.respondents).unwrap_or(u32::MAX),
                // Precision is not a concern: the kit prints one decimal.
                mean_satisfaction: (answers > 0).then(|| sum as f32 / answers as f32),
                scale_max: 5,
            });
        }
        self
    }
}

/// The kit's view of the community `doc` holds, its Phase III record included: what
/// the app calls.
pub fn source(doc: &automerge::Automerge) -> Result<Source, crate::CommunityError> {
    let community = crate::read(doc)?;
    let final_results = crate::final_assessment(doc)
        .and_then(|chosen| crate::assessment_results(doc, &chosen.chosen.id).ok());
    Ok(Source::from_community(&community)
        .with_conclusion(&crate::knowledge_base(doc), final_results.as_ref()))
}

/// "42 members took part, led by Ana and José."
fn members_sentence(source: &Source) -> String {
    let words = words::Words::of(source.language);
    let count = source.member_count.to_string();
    if source.leaders.is_empty() {
        text::fill(words.members_only, &[("count", &count)])
    } else {
        let leaders = text::join_list(source.language, &source.leaders);
        text::fill(
            words.members_led,
            &[("count", &count), ("leaders", &leaders)],
        )
    }
}

/// "31 members answered the final assessment; mean satisfaction: 4.2 out of 5.", if
/// there was an assessment.
fn assessment_sentence(source: &Source) -> Option<String> {
    let words = words::Words::of(source.language);
    let assessment = source.assessment?;
    let responses = assessment.responses.to_string();
    Some(match assessment.mean_satisfaction {
        Some(mean) => text::fill(
            words.assessment_mean,
            &[
                ("responses", &responses),
                ("mean", &text::decimal(source.language, mean)),
                ("max", &assessment.scale_max.to_string()),
            ],
        ),
        None => text::fill(words.assessment_count, &[("responses", &responses)]),
    })
}

/// The knowledge base's sections that have entries, with their headings.
fn knowledge(source: &Source) -> Vec<(&'static str, &[String])> {
    let words = words::Words::of(source.language);
    [
        (words.conclusions, source.conclusions.as_slice()),
        (words.lessons, source.lessons_learned.as_slice()),
        (words.practices, source.best_practices.as_slice()),
        (words.recommendations, source.recommendations.as_slice()),
    ]
    .into_iter()
    .filter(|(_, items)| items.iter().any(|item| !item.trim().is_empty()))
    .collect()
}

/// Non-empty entries, trimmed.
fn present(items: &[String]) -> impl Iterator<Item = &str> {
    items
        .iter()
        .map(|item| item.trim())
        .filter(|item| !item.is_empty())
}

/// Checks an address the kit links to.
fn checked_url(url: &str) -> Result<&str, KitError> {
    let url = url.trim();
    let scheme = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match scheme {
        Some(rest) if !rest.is_empty() && !url.chars().any(char::is_whitespace) => Ok(url),
        _ => Err(KitError::InvalidUrl {
            url: url.to_owned(),
        }),
    }
}

#[cfg(test)]
pub(crate) mod fixture {
    use super::*;

    /// A community with every section filled, in `language`.
    pub(crate) fn source(language: Language) -> Source {
        Source {
            language,
            title: "Indicators for telemedicine & <primary care>".into(),
            problem: "Teleconsultations grew fast, but no shared indicators measure their quality.".into(),
            objective_type: Some(ObjectiveType::DevelopingBestPractices),
            objective: "Agree on five shared indicators of telemedicine quality.".into(),
            expected_results: vec![
                ResultLine {
                    description: "A list of indicators".into(),
                    indicator: "Five indicators agreed by the members".into(),
                    status: Some(ResultStatus::Achieved),
                },
                ResultLine {
                    description: "A pilot in three countries".into(),
                    indicator: "Three pilots reported".into(),
                    status: Some(ResultStatus::InProgress),
                },
            ],
            member_count: 42,
            leaders: vec!["Ana Souza".into(), "José Pérez".into()],
            audiences: vec!["Primary care managers".into(), "Ministries of health".into()],
            discussions: vec![DiscussionOutcome {
                title: "Which indicators matter?".into(),
                closing_summary: "Members agreed that waiting time, resolution rate and patient satisfaction come first.".into(),
                interim_summaries: vec!["Twelve candidate indicators were proposed.".into()],
            }],
            conclusions: vec!["Shared indicators make services comparable.".into()],
            lessons_learned: vec!["Start with the data services already collect.".into()],
            best_practices: vec!["A monthly dashboard reviewed by the team.".into()],
            recommendations: vec!["Adopt the five indicators in national guidelines.".into()],
            assessment: Some(AssessmentSummary {
                responses: 31,
                mean_satisfaction: Some(4.25),
                scale_max: 5,
            }),
        }
    }

    pub(crate) fn options() -> KitOptions {
        KitOptions {
            page_url: Some("https://example.org/cop/telemedicine-indicators-results".into()),
            contact_email: Some("cop@example.org".into()),
            hashtags: vec!["telemedicine".into(), "#PublicHealth".into()],
            seminar: Some(Seminar {
                start: "2031-03-15T14:00Z".parse().unwrap(),
                duration_minutes: 90,
                link: "https://meet.example.org/cop-results".into(),
                uid: "abc-seminar@praxis".into(),
                created: "2031-02-01T09:30:00Z".parse().unwrap(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        MemberId, Role, add_audience, add_expected_result, create, read, set_language, set_member,
    };

    #[test]
    fn a_source_reads_the_community_in_its_language() {
        let mut doc = create("Indicators for telemedicine", "No shared indicators").unwrap();
        set_language(&mut doc, Language::Fr).unwrap();
        add_expected_result(&mut doc, "A list of indicators", "Five agreed").unwrap();
        add_audience(&mut doc, "Primary care managers").unwrap();
        let ana = MemberId::new("ana").unwrap();
        let bo = MemberId::new("bo").unwrap();
        set_member(&mut doc, &ana, "Ana", Role::Leader).unwrap();
        set_member(&mut doc, &bo, "Bo", Role::Participant).unwrap();
        let source = Source::from_community(&read(&doc).unwrap());
        assert_eq!(source.language, Language::Fr);
        assert_eq!(source.title, "Indicators for telemedicine");
        assert_eq!(source.problem, "No shared indicators");
        assert_eq!(source.expected_results.len(), 1);
        assert_eq!(source.expected_results[0].indicator, "Five agreed");
        assert_eq!(source.member_count, 2);
        assert_eq!(source.leaders, ["Ana"]);
        assert_eq!(source.audiences, ["Primary care managers"]);
        assert!(source.lessons_learned.is_empty() && source.assessment.is_none());
    }

    #[test]
    fn the_conclusion_adds_accepted_knowledge_and_the_final_assessment() {
        use crate::{KnowledgeDraft, KnowledgeKind, knowledge_base, propose_knowledge};
        let mut doc = create("Indicators", "p").unwrap();
        let ana = MemberId::new("ana").unwrap();
        let bo = MemberId::new("bo").unwrap();
        set_member(&mut doc, &ana, "Ana", Role::Leader).unwrap();
        set_member(&mut doc, &bo, "Bo", Role::Participant).unwrap();
        let draft = |kind, title: &str, text: &str| KnowledgeDraft {
            kind,
            title: title.into(),
            text: text.into(),
            discussions: vec![],
            posts: vec![],
        };
        let at = "2031-03-01T10:00Z";
        propose_knowledge(
            &mut doc,
            &ana,
            &draft(KnowledgeKind::LessonLearned, "Data", "Start with the data"),
            at,
        )
        .unwrap();
        propose_knowledge(
            &mut doc,
            &ana,
            &draft(KnowledgeKind::Recommendation, "Guidelines", "Adopt them"),
            at,
        )
        .unwrap();
        // Waiting for a moderator: not in the kit.
        propose_knowledge(
            &mut doc,
            &bo,
            &draft(KnowledgeKind::Conclusion, "Later", "Not yet"),
            at,
        )
        .unwrap();
        let source = Source::from_community(&read(&doc).unwrap())
            .with_conclusion(&knowledge_base(&doc), None);
        assert_eq!(source.lessons_learned, ["Data: Start with the data"]);
        assert_eq!(source.recommendations, ["Guidelines: Adopt them"]);
        assert!(source.conclusions.is_empty() && source.assessment.is_none());
    }

    #[test]
    fn the_source_of_a_document_carries_its_final_assessment() {
        use crate::{
            Answer, AssessmentKind, QuestionId, answer_assessment, open_assessment, sign_as,
            start_conclusion, start_implementation,
        };
        let mut doc = create("Indicators", "p").unwrap();
        let ana = MemberId::new("ana").unwrap();
        let bo = MemberId::new("bo").unwrap();
        sign_as(&mut doc, &ana);
        set_member(&mut doc, &ana, "Ana", Role::Leader).unwrap();
        set_member(&mut doc, &bo, "Bo", Role::Participant).unwrap();
        start_implementation(&mut doc, &ana, true).unwrap();
        start_conclusion(&mut doc, &ana).unwrap();
        let at = "2031-03-01T10:00Z";
        let survey = open_assessment(&mut doc, &ana, AssessmentKind::Final, "", at).unwrap();
        let objective = QuestionId::new("objective").unwrap();
        for (who, score) in [(&ana, 2), (&bo, 4)] {
            answer_assessment(
                &mut doc,
                who,
                &survey,
                &[(objective.clone(), Answer::Scale(score))],
                at,
            )
            .unwrap();
        }
        let summary = source(&doc).unwrap().assessment.unwrap();
        assert_eq!(summary.responses, 2);
        assert_eq!(summary.mean_satisfaction, Some(3.0));
        assert_eq!(summary.scale_max, 5);
    }

    #[test]
    fn only_http_addresses_are_linked() {
        assert!(checked_url(" https://example.org/x ").is_ok());
        assert!(checked_url("http://example.org").is_ok());
        for bad in [
            "example.org",
            "https://",
            "javascript:alert(1)",
            "https://a b",
        ] {
            assert!(checked_url(bad).is_err(), "{bad}");
        }
    }
}
