//! An assessment's results, "based on [which] conclusions, lessons learned, post-action
//! reviews and recommendations will be put forward": per question the answers counted
//! (how many of each value from 1 to 5, median and mean), per value-creation cycle the
//! same over its questions, the open answers listed, and the response rate over the
//! roster.
//!
//! Derived from the document alone, so every replica that has merged the same changes
//! computes the same results whatever order the merges came in (a property test checks
//! it). Open answers are listed with their member: responses are not anonymous (see
//! [`super::assessment`]), and hiding names here would only pretend they were.

use automerge::ReadDoc;

use super::assessment::{Answer, Assessment, AssessmentKind, assessment};
use super::survey::{AnswerType, ValueCycle};
use crate::{AssessmentId, CommunityError, MemberId, QuestionId, ResultId, store};

/// How answers on the 1-to-5 scale fell.
#[derive(Debug, Clone, PartialEq)]
pub struct ScaleSummary {
    /// How many answers were counted.
    pub answered: usize,
    /// How many answered 1, 2, 3, 4 and 5 (index 0 is 1).
    pub distribution: [usize; 5],
    /// `None` without answers; with an even count, the mean of the two middle values.
    pub median: Option<f64>,
    /// `None` without answers.
    pub mean: Option<f64>,
}

impl ScaleSummary {
    fn of(distribution: [usize; 5]) -> Self {
        let answered: usize = distribution.iter().sum();
        // The value at a 0-based rank among the sorted answers.
        let at_rank = |rank: usize| {
            let mut seen = 0;
            for (value, count) in (1_u8..).zip(distribution) {
                seen += count;
                if rank < seen {
                    return f64::from(value);
                }
            }
            5.0
        };
        let (median, mean) = if answered == 0 {
            (None, None)
        } else {
            let median = if answered % 2 == 1 {
                at_rank(answered / 2)
            } else {
                (at_rank(answered / 2 - 1) + at_rank(answered / 2)) / 2.0
            };
            let total: f64 = (1_u8..)
                .zip(distribution)
                .map(|(value, count)| f64::from(value) * count as f64)
                .sum();
            (Some(median), Some(total / answered as f64))
        };
        Self {
            answered,
            distribution,
            median,
            mean,
        }
    }
}

/// An open answer, with the member who gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextAnswer {
    pub member: MemberId,
    pub text: String,
}

/// The results of one question.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionResult {
    pub question: QuestionId,
    pub text: String,
    pub answer: Option<AnswerType>,
    pub cycle: Option<ValueCycle>,
    pub result: Option<ResultId>,
    /// The scale answers (all zero for an open question).
    pub scale: ScaleSummary,
    /// The open answers, by member id (empty for a scale question).
    pub texts: Vec<TextAnswer>,
}

impl QuestionResult {
    /// How many members answered it.
    pub fn answered(&self) -> usize {
        self.scale.answered + self.texts.len()
    }
}

/// The scale answers to every question about one value-creation cycle, together.
#[derive(Debug, Clone, PartialEq)]
pub struct CycleResult {
    pub cycle: ValueCycle,
    /// How many scale questions ask about it.
    pub questions: usize,
    pub scale: ScaleSummary,
}

/// An assessment's results.
#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentResults {
    pub assessment: AssessmentId,
    pub title: String,
    pub kind: Option<AssessmentKind>,
    /// Whether it still takes answers (the results may still change).
    pub open: bool,
    /// In the assessment's order.
    pub questions: Vec<QuestionResult>,
    /// The cycles some scale question asks about, in the framework's order.
    pub cycles: Vec<CycleResult>,
    /// Members who answered at least one of its questions.
    pub respondents: usize,
    /// Of those, the ones still on the roster.
    pub respondents_on_roster: usize,
    /// Members on the roster now.
    pub members: usize,
}

impl AssessmentResults {
    /// Respondents on the roster over the roster, from 0 to 1; `None` with no members.
    pub fn response_rate(&self) -> Option<f64> {
        (self.members > 0).then(|| self.respondents_on_roster as f64 / self.members as f64)
    }
}

/// The results of the assessment `id`.
pub fn assessment_results<R: ReadDoc>(
    doc: &R,
    id: &AssessmentId,
) -> Result<AssessmentResults, CommunityError> {
    let found = assessment(doc, id).ok_or_else(|| store::not_found("assessment", id.as_str()))?;
    let roster: Vec<MemberId> = crate::members::read_members(doc)
        .into_iter()
        .map(|m| m.id)
        .collect();
    Ok(results_of(&found, &roster))
}

fn results_of(assessment: &Assessment, roster: &[MemberId]) -> AssessmentResults {
    let questions: Vec<QuestionResult> = assessment
        .questions
        .iter()
        .map(|question| {
            let mut distribution = [0; 5];
            let mut texts = Vec::new();
            for response in &assessment.responses {
                match (question.answer, response.answers.get(&question.id)) {
                    (Some(AnswerType::Scale), Some(Answer::Scale(value))) => {
                        // Reads keep only 1 to 5; index 0 is the value 1.
                        let index = usize::from(*value).checked_sub(1);
                        if let Some(count) = index.and_then(|i| distribution.get_mut(i)) {
                            *count += 1;
                        }
                    }
                    (Some(AnswerType::Text), Some(Answer::Text(text))) => texts.push(TextAnswer {
                        member: response.member.clone(),
                        text: text.clone(),
                    }),
                    // No answer, or one that does not fit the question (a JavaScript
                    // peer's): not counted.
                    _ => {}
                }
            }
            QuestionResult {
                question: question.id.clone(),
                text: question.text.clone(),
                answer: question.answer,
                cycle: question.cycle,
                result: question.result.clone(),
                scale: ScaleSummary::of(distribution),
                texts,
            }
        })
        .collect();
    let cycles = ValueCycle::ALL
        .into_iter()
        .filter_map(|cycle| {
            let asking: Vec<&QuestionResult> = questions
                .iter()
                .filter(|q| q.cycle == Some(cycle) && q.answer == Some(AnswerType::Scale))
                .collect();
            if asking.is_empty() {
                return None;
            }
            let mut distribution = [0; 5];
            for question in &asking {
                for (sum, count) in distribution.iter_mut().zip(question.scale.distribution) {
                    *sum += count;
                }
            }
            Some(CycleResult {
                cycle,
                questions: asking.len(),
                scale: ScaleSummary::of(distribution),
            })
        })
        .collect();
    let respondents: Vec<&MemberId> = assessment
        .responses
        .iter()
        .filter(|response| {
            assessment
                .questions
                .iter()
                .any(|q| response.answers.contains_key(&q.id))
        })
        .map(|response| &response.member)
        .collect();
    AssessmentResults {
        assessment: assessment.id.clone(),
        title: assessment.title.clone(),
        kind: assessment.kind,
        open: assessment.is_open(),
        questions,
        cycles,
        respondents: respondents.len(),
        respondents_on_roster: respondents.iter().filter(|m| roster.contains(m)).count(),
        members: roster.len(),
    }
}

#[cfg(test)]
mod tests {
    use automerge::Automerge;
    use proptest::prelude::*;

    use super::*;
    use crate::conclusion::assessment::{answer_assessment, open_assessment};
    use crate::conclusion::fixture::{concluding, id, replica};

    const AT: &str = "2030-03-01T10:00:00Z";

    fn q(s: &str) -> QuestionId {
        QuestionId::new(s).unwrap()
    }

    #[test]
    fn results_count_each_question_each_cycle_the_open_answers_and_the_response_rate() {
        let mut doc = concluding();
        let a = open_assessment(&mut doc, &id("mo"), AssessmentKind::Periodic, "", AT).unwrap();
        let keep = "Monthly calls".to_owned();
        let luis = [
            (q("objective"), Answer::Scale(4)),
            (q("immediate"), Answer::Scale(5)),
            (q("potential"), Answer::Scale(3)),
            (q("keep"), Answer::Text(keep.clone())),
        ];
        answer_assessment(&mut doc, &id("luis"), &a, &luis, AT).unwrap();
        let pa = [
            (q("objective"), Answer::Scale(2)),
            (q("immediate"), Answer::Scale(4)),
        ];
        answer_assessment(&mut doc, &id("pa"), &a, &pa, AT).unwrap();
        answer_assessment(
            &mut doc,
            &id("ana"),
            &a,
            &[(q("objective"), Answer::Scale(5))],
            AT,
        )
        .unwrap();

        let results = assessment_results(&doc, &a).unwrap();
        assert!(results.open);
        assert_eq!(results.questions.len(), 12);
        let objective = &results.questions[0];
        assert_eq!(objective.answered(), 3);
        assert_eq!(objective.scale.distribution, [0, 1, 0, 1, 1]);
        assert_eq!(objective.scale.median, Some(4.0));
        assert_eq!(objective.scale.mean, Some(11.0 / 3.0));
        let tools = results
            .questions
            .iter()
            .find(|r| r.question == q("tools"))
            .unwrap();
        assert_eq!((tools.answered(), tools.scale.median), (0, None));
        let kept = results
            .questions
            .iter()
            .find(|r| r.question == q("keep"))
            .unwrap();
        assert_eq!(
            kept.texts,
            [TextAnswer {
                member: id("luis"),
                text: keep
            }]
        );
        assert_eq!(kept.answered(), 1);
        let cycles: Vec<_> = results
            .cycles
            .iter()
            .map(|c| (c.cycle, c.questions))
            .collect();
        assert_eq!(cycles, ValueCycle::ALL.map(|c| (c, 1)));
        assert_eq!(results.cycles[0].scale.distribution, [0, 0, 0, 1, 1]);
        assert_eq!(results.cycles[1].scale.distribution, [0, 0, 1, 0, 0]);
        assert_eq!(results.cycles[2].scale.answered, 0);
        assert_eq!((results.respondents, results.members), (3, 5));
        assert_eq!(results.response_rate(), Some(0.6));

        crate::remove_member(&mut doc, &id("pa")).unwrap();
        let results = assessment_results(&doc, &a).unwrap();
        assert_eq!((results.respondents, results.respondents_on_roster), (3, 2));
        assert_eq!(results.response_rate(), Some(0.5));
        let missing = AssessmentId::new("gone").unwrap();
        assert!(matches!(
            assessment_results(&doc, &missing),
            Err(CommunityError::NotFound { .. })
        ));
    }

    const MEMBERS: [&str; 3] = ["luis", "pa", "mo"];
    const SCALE: [&str; 4] = ["objective", "tools", "immediate", "applied"];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(16))]

        /// Members answer (and answer again) on their own replicas, offline; merged in
        /// two different orders, every replica computes the same results, and each
        /// question counts the members whose last answers include it.
        #[test]
        fn results_do_not_depend_on_the_merge_order(
            rounds in proptest::collection::vec(
                (0usize..3, proptest::collection::vec((0usize..4, 1u8..=5), 0..4)),
                1..8,
            ),
        ) {
            let mut base = concluding();
            let a = open_assessment(&mut base, &id("mo"), AssessmentKind::Periodic, "", AT)
                .unwrap();
            let mut replicas: Vec<Automerge> =
                MEMBERS.iter().map(|m| replica(&base, m)).collect();
            let mut last: [Vec<usize>; 3] = Default::default();
            for (member, answers) in &rounds {
                let given: Vec<(QuestionId, Answer)> = answers
                    .iter()
                    .map(|(question, value)| (q(SCALE[*question]), Answer::Scale(*value)))
                    .collect();
                let who = id(MEMBERS[*member]);
                answer_assessment(&mut replicas[*member], &who, &a, &given, AT).unwrap();
                last[*member] = answers.iter().map(|(question, _)| *question).collect();
            }
            let mut forward = base.fork();
            for doc in replicas.iter_mut() {
                forward.merge(doc).unwrap();
            }
            let mut backward = base.fork();
            for doc in replicas.iter_mut().rev() {
                backward.merge(doc).unwrap();
            }
            let results = assessment_results(&forward, &a).unwrap();
            prop_assert_eq!(&results, &assessment_results(&backward, &a).unwrap());
            for (index, name) in SCALE.iter().enumerate() {
                let expected = last.iter().filter(|asked| asked.contains(&index)).count();
                let found = results.questions.iter().find(|r| r.question == q(name)).unwrap();
                prop_assert_eq!(found.answered(), expected, "{}", name);
            }
        }
    }

    #[test]
    fn medians_and_means_follow_the_distribution() {
        let none = ScaleSummary::of([0; 5]);
        assert_eq!((none.answered, none.median, none.mean), (0, None, None));
        let odd = ScaleSummary::of([1, 0, 1, 0, 1]);
        assert_eq!(
            (odd.answered, odd.median, odd.mean),
            (3, Some(3.0), Some(3.0))
        );
        let even = ScaleSummary::of([0, 1, 0, 1, 0]);
        assert_eq!((even.median, even.mean), (Some(3.0), Some(3.0)));
        let skewed = ScaleSummary::of([0, 0, 0, 1, 3]);
        assert_eq!(skewed.median, Some(5.0));
        assert_eq!(skewed.mean, Some(4.75));
        let split = ScaleSummary::of([1, 0, 0, 0, 1]);
        assert_eq!(split.median, Some(3.0));
        let pair = ScaleSummary::of([0, 0, 1, 1, 0]);
        assert_eq!(pair.median, Some(3.5));
    }
}
