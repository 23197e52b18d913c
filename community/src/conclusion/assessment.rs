//! Assessments: the method's "periodic assessments and a last assessment of the CoP",
//! each "a simple satisfaction survey to members". The leader or the moderator opens
//! one (with the default questions of [`super::survey`], in the community's language),
//! edits its questions, and closes it; every member answers, offline if need be.
//!
//! Rules, and why:
//! - One response per member, keyed by member id: answering again replaces that
//!   member's answers (an answer left out is removed), and a member's two devices
//!   answering concurrently merge answer by answer, since every answer is its own key.
//! - A question that has answers can no longer be reworded or removed: the answers
//!   were given to its wording. A question added, reworded or removed while someone
//!   answers offline still merges: the answer stays with the question's new wording (or,
//!   for a removed question, is kept in the document but left out of the results).
//! - At most one final assessment: opening a second is refused, but two opened
//!   concurrently on two replicas are both kept; [`final_assessment`] picks the one
//!   with most responses and names the others.
//! - Responses are not anonymous: each is keyed by its member and every change carries
//!   its author (see [`crate::attribution`]), so anyone holding the document can see who
//!   answered what. The survey should say so to the people answering.

use std::collections::BTreeMap;

use automerge::transaction::{Transactable as _, Transaction};
use automerge::{Automerge, ObjId, ObjType, ReadDoc, Value};

use super::ASSESSMENTS;
use super::survey::{AnswerType, ValueCycle, default_questions, default_title};
use crate::discussions::{check_moment, require};
use crate::progress::Phase;
use crate::{Action, AssessmentId, CommunityError, MemberId, QuestionId, ResultId, store};

/// Which of the method's assessments this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AssessmentKind {
    /// One of the assessments made during the community's life.
    Periodic,
    /// The last assessment, which the leader closes the community after.
    Final,
}

impl AssessmentKind {
    /// Every kind.
    pub const ALL: [Self; 2] = [Self::Periodic, Self::Final];

    /// The stored value, also the key the UI translates.
    pub fn key(self) -> &'static str {
        match self {
            Self::Periodic => "periodic",
            Self::Final => "final",
        }
    }

    /// The kind a stored value names, if this build knows it.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.key() == key)
    }
}

/// One member's answer to one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// 1 (not at all) to 5 (very much).
    Scale(u8),
    /// Free text; empty text counts as no answer.
    Text(String),
}

/// A question as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub id: QuestionId,
    pub text: String,
    /// `None` when the stored value is unknown to this build.
    pub answer: Option<AnswerType>,
    /// The value-creation cycle it asks about, if any.
    pub cycle: Option<ValueCycle>,
    /// The expected result it asks about, if any.
    pub result: Option<ResultId>,
}

/// One member's answers to an assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub member: MemberId,
    /// When the member last answered, as their device wrote it.
    pub at: String,
    /// By question; answers to questions since removed are kept here.
    pub answers: BTreeMap<QuestionId, Answer>,
}

/// An assessment as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub id: AssessmentId,
    /// `None` when the stored value is unknown to this build.
    pub kind: Option<AssessmentKind>,
    pub title: String,
    pub opened_by: MemberId,
    pub opened_at: String,
    /// Set once a leader or moderator closed it: it takes no more answers.
    pub closed_at: Option<String>,
    pub closed_by: Option<MemberId>,
    /// In order (position, then id).
    pub questions: Vec<Question>,
    /// Responses with at least one answer, sorted by member id.
    pub responses: Vec<Response>,
}

impl Assessment {
    /// Whether members may still answer.
    pub fn is_open(&self) -> bool {
        self.closed_at.is_none()
    }

    /// How many members answered `question`.
    pub fn answers_to(&self, question: &QuestionId) -> usize {
        self.responses
            .iter()
            .filter(|response| response.answers.contains_key(question))
            .count()
    }
}

/// The final assessment the closing checklist uses, and any other final assessment
/// opened concurrently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinalAssessment {
    /// Of the final assessments, the one with most responses (then the first opened).
    pub chosen: Assessment,
    /// The others, kept in the document (a merge may bring two): the UI says so.
    pub concurrent: Vec<AssessmentId>,
}

/// A question to add to an assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewQuestion {
    pub text: String,
    pub answer: AnswerType,
    pub cycle: Option<ValueCycle>,
}

/// Opens an assessment with the default question set in the community's language
/// (English until the leader sets one), one question per expected result. A blank
/// `title` takes the default ("Final assessment", …). Leader or moderator only; a final
/// assessment only in Phase III and only if there is none yet.
pub fn open_assessment(
    doc: &mut Automerge,
    by: &MemberId,
    kind: AssessmentKind,
    title: &str,
    at: &str,
) -> Result<AssessmentId, CommunityError> {
    check_moment(at)?;
    let fresh = store::fresh_id(doc);
    let language = crate::language::read_language(doc).unwrap_or_default();
    let questions = default_questions(language, &crate::results::read_results(doc));
    let title = match title.trim() {
        "" => default_title(language, kind == AssessmentKind::Final),
        given => given,
    };
    store::write(doc, |tx| {
        require(tx, by, Action::ManageAssessment)?;
        if kind == AssessmentKind::Final {
            let phase = crate::progress::read_phase(tx).phase;
            if phase != Phase::Conclusion {
                return Err(CommunityError::WrongPhase {
                    expected: Phase::Conclusion.key(),
                    found: phase.key(),
                });
            }
            if let Some(existing) = assessments(tx)
                .into_iter()
                .find(|a| a.kind == Some(AssessmentKind::Final))
            {
                return Err(CommunityError::FinalAssessmentExists {
                    id: existing.id.to_string(),
                });
            }
        }
        let entry = store::insert_entry(tx, ASSESSMENTS, "assessment", &fresh)?;
        store::put_scalar(tx, &entry, "kind", kind.key())?;
        store::put_text(tx, &entry, "title", title)?;
        store::put_scalar(tx, &entry, "opened_by", by.as_str())?;
        store::put_scalar(tx, &entry, "opened_at", at)?;
        // Both maps are made with the entry, so no two members ever create them
        // concurrently (which would leave one of the two maps hidden).
        let map = tx
            .put_object(&entry, "questions", ObjType::Map)
            .map_err(store::edit("questions"))?;
        tx.put_object(&entry, "responses", ObjType::Map)
            .map_err(store::edit("responses"))?;
        for (question, position) in questions.iter().zip(0_i64..) {
            let new = NewQuestion {
                text: question.text.clone(),
                answer: question.answer,
                cycle: question.cycle,
            };
            let written = write_question(tx, &map, &question.id, &new, position)?;
            if let Some(result) = &question.result {
                store::put_scalar(tx, &written, "result", result.as_str())?;
            }
        }
        Ok(AssessmentId::from_stored(fresh))
    })
}

/// Renames an assessment. Leader or moderator, at any time (the title only labels it).
pub fn set_assessment_title(
    doc: &mut Automerge,
    by: &MemberId,
    id: &AssessmentId,
    title: &str,
) -> Result<(), CommunityError> {
    if title.trim().is_empty() {
        return Err(CommunityError::Empty {
            field: "assessment title",
        });
    }
    store::write(doc, |tx| {
        require(tx, by, Action::ManageAssessment)?;
        let entry = entry(tx, id)?;
        store::put_text(tx, &entry, "title", title)
    })
}

/// Adds a question at the end of an open assessment. Leader or moderator.
pub fn add_question(
    doc: &mut Automerge,
    by: &MemberId,
    id: &AssessmentId,
    question: &NewQuestion,
) -> Result<QuestionId, CommunityError> {
    if question.text.trim().is_empty() {
        return Err(CommunityError::Empty { field: "question" });
    }
    let fresh = store::fresh_id(doc);
    store::write(doc, |tx| {
        let entry = editable(tx, by, id)?;
        let map = questions_map(tx, &entry)?;
        let position = read_questions(tx, &entry)
            .iter()
            .map(|(position, _)| *position)
            .max()
            .map_or(0, |max| max.saturating_add(1));
        write_question(tx, &map, &fresh, question, position)?;
        Ok(QuestionId::from_stored(fresh))
    })
}

/// Rewords a question of an open assessment, character-wise. Refused once a member
/// has answered it. Leader or moderator.
pub fn set_question_text(
    doc: &mut Automerge,
    by: &MemberId,
    id: &AssessmentId,
    question: &QuestionId,
    text: &str,
) -> Result<(), CommunityError> {
    if text.trim().is_empty() {
        return Err(CommunityError::Empty { field: "question" });
    }
    store::write(doc, |tx| {
        let entry = editable(tx, by, id)?;
        let found = unanswered(tx, &entry, question)?;
        store::put_text(tx, &found, "text", text)
    })
}

/// Removes a question from an open assessment. Refused once a member has answered it.
/// Leader or moderator.
pub fn remove_question(
    doc: &mut Automerge,
    by: &MemberId,
    id: &AssessmentId,
    question: &QuestionId,
) -> Result<(), CommunityError> {
    store::write(doc, |tx| {
        let entry = editable(tx, by, id)?;
        unanswered(tx, &entry, question)?;
        let map = questions_map(tx, &entry)?;
        tx.delete(&map, question.as_str())
            .map_err(store::edit("question"))
    })
}

/// Moves a question to `index` in the assessment's order (the end if past it). Allowed
/// on answered questions: the order changes no question's meaning. Leader or moderator.
pub fn move_question(
    doc: &mut Automerge,
    by: &MemberId,
    id: &AssessmentId,
    question: &QuestionId,
    index: usize,
) -> Result<(), CommunityError> {
    store::write(doc, |tx| {
        let entry = editable(tx, by, id)?;
        let mut order: Vec<QuestionId> = read_questions(tx, &entry)
            .into_iter()
            .map(|(_, q)| q.id)
            .collect();
        let from = order
            .iter()
            .position(|q| q == question)
            .ok_or_else(|| store::not_found("question", question.as_str()))?;
        let moved = order.remove(from);
        order.insert(index.min(order.len()), moved);
        let map = questions_map(tx, &entry)?;
        // Every question gets its index, so the order is the same on every replica;
        // unchanged positions write nothing (`put_scalar`).
        for (q, position) in order.iter().zip(0_i64..) {
            if let Some((Value::Object(ObjType::Map), found)) =
                tx.get(&map, q.as_str()).map_err(store::edit("question"))?
            {
                store::put_scalar(tx, &found, "position", position)?;
            }
        }
        Ok(())
    })
}

/// Closes an assessment: it takes no more answers. Leader or moderator.
pub fn close_assessment(
    doc: &mut Automerge,
    by: &MemberId,
    id: &AssessmentId,
    at: &str,
) -> Result<(), CommunityError> {
    check_moment(at)?;
    store::write(doc, |tx| {
        let entry = editable(tx, by, id)?;
        store::put_scalar(tx, &entry, "closed_at", at)?;
        store::put_scalar(tx, &entry, "closed_by", by.as_str())
    })
}

/// A member answers an open assessment, or answers again: the answers given replace
/// that member's earlier ones (a question left out, or given empty text, is no longer
/// answered). Every answer is checked against its question first: a number from 1 to
/// 5 for a scale question, text for an open one.
pub fn answer_assessment(
    doc: &mut Automerge,
    by: &MemberId,
    id: &AssessmentId,
    answers: &[(QuestionId, Answer)],
    at: &str,
) -> Result<(), CommunityError> {
    check_moment(at)?;
    store::write(doc, |tx| {
        require(tx, by, Action::AnswerAssessment)?;
        let entry = entry(tx, id)?;
        refuse_closed(tx, id, &entry)?;
        let map = questions_map(tx, &entry)?;
        for (question, answer) in answers {
            let found = match tx.get(&map, question.as_str()) {
                Ok(Some((Value::Object(ObjType::Map), found))) => found,
                _ => return Err(store::not_found("question", question.as_str())),
            };
            let kind = store::string(tx, &found, "answer").and_then(|k| AnswerType::from_key(&k));
            check_answer(question, kind, answer)?;
        }
        let given: Vec<(&QuestionId, &Answer)> = answers
            .iter()
            .filter(|(_, answer)| !matches!(answer, Answer::Text(text) if text.trim().is_empty()))
            .map(|(question, answer)| (question, answer))
            .collect();
        let responses = store::child_map(tx, &entry, "responses")?;
        let response = match tx
            .get(&responses, by.as_str())
            .map_err(store::edit("response"))?
        {
            Some((Value::Object(ObjType::Map), found)) => found,
            _ => tx
                .put_object(&responses, by.as_str(), ObjType::Map)
                .map_err(store::edit("response"))?,
        };
        store::put_scalar(tx, &response, "at", at)?;
        let stored = store::child_map(tx, &response, "answers")?;
        // Replacing removes only the answers this replica has seen: an answer the
        // member's other device gave concurrently survives the merge. Of concurrent
        // copies (see `answer_maps`) only the one written here keeps the new answers.
        for copy in answer_maps(tx, &entry, by) {
            for old in tx.keys(&copy).collect::<Vec<_>>() {
                let kept = copy == stored && given.iter().any(|(q, _)| q.as_str() == old);
                if !kept {
                    tx.delete(&copy, old.as_str())
                        .map_err(store::edit("answer"))?;
                }
            }
        }
        for (question, answer) in given {
            match answer {
                Answer::Scale(value) => {
                    store::put_keyed(tx, &stored, question.as_str(), "answer", i64::from(*value))?
                }
                Answer::Text(text) => {
                    store::put_text_keyed(tx, &stored, question.as_str(), "answer", text)?
                }
            }
        }
        Ok(())
    })
}

/// Every assessment, in the order they were opened (position, then id).
pub fn assessments<R: ReadDoc>(doc: &R) -> Vec<Assessment> {
    let mut items: Vec<_> = store::entries(doc, ASSESSMENTS)
        .into_iter()
        .map(|(id, entry)| {
            let position = store::int(doc, &entry, "position").unwrap_or(0);
            (position, id.clone(), read_assessment(doc, id, &entry))
        })
        .collect();
    store::sort_by_position(&mut items);
    items.into_iter().map(|(_, _, a)| a).collect()
}

/// One assessment, if it exists.
pub fn assessment<R: ReadDoc>(doc: &R, id: &AssessmentId) -> Option<Assessment> {
    let entry = store::find_entry(doc, ASSESSMENTS, id.as_str())?;
    Some(read_assessment(doc, id.to_string(), &entry))
}

/// The final assessment: of those a merge may have brought (two opened concurrently),
/// the one with most responses, then the first opened.
pub fn final_assessment<R: ReadDoc>(doc: &R) -> Option<FinalAssessment> {
    let mut finals: Vec<Assessment> = assessments(doc)
        .into_iter()
        .filter(|a| a.kind == Some(AssessmentKind::Final))
        .collect();
    // Stable: among equal counts the opening order stays.
    finals.sort_by_key(|a| std::cmp::Reverse(a.responses.len()));
    let mut finals = finals.into_iter();
    let chosen = finals.next()?;
    Some(FinalAssessment {
        chosen,
        concurrent: finals.map(|a| a.id).collect(),
    })
}

fn check_answer(
    question: &QuestionId,
    kind: Option<AnswerType>,
    answer: &Answer,
) -> Result<(), CommunityError> {
    let invalid = |expected| CommunityError::InvalidAnswer {
        question: question.to_string(),
        expected,
    };
    match (kind, answer) {
        (Some(AnswerType::Scale), Answer::Scale(value)) if (1..=5).contains(value) => Ok(()),
        (Some(AnswerType::Scale), _) => Err(invalid("a number from 1 to 5")),
        (Some(AnswerType::Text), Answer::Text(_)) => Ok(()),
        (Some(AnswerType::Text), _) => Err(invalid("text")),
        // A question of a type from a newer build: this one cannot check an answer.
        (None, _) => Err(CommunityError::Missing { field: "answer" }),
    }
}

fn entry<R: ReadDoc>(doc: &R, id: &AssessmentId) -> Result<ObjId, CommunityError> {
    store::existing_entry(doc, ASSESSMENTS, "assessment", id.as_str())
}

/// The assessment's entry, if `by` may manage it and it is still open.
fn editable(
    tx: &Transaction<'_>,
    by: &MemberId,
    id: &AssessmentId,
) -> Result<ObjId, CommunityError> {
    require(tx, by, Action::ManageAssessment)?;
    let entry = entry(tx, id)?;
    refuse_closed(tx, id, &entry)?;
    Ok(entry)
}

fn refuse_closed<R: ReadDoc>(
    doc: &R,
    id: &AssessmentId,
    entry: &ObjId,
) -> Result<(), CommunityError> {
    if store::string(doc, entry, "closed_at").is_some() {
        Err(CommunityError::AssessmentClosed { id: id.to_string() })
    } else {
        Ok(())
    }
}

fn questions_map<R: ReadDoc>(doc: &R, entry: &ObjId) -> Result<ObjId, CommunityError> {
    match doc.get(entry, "questions") {
        Ok(Some((Value::Object(ObjType::Map), map))) => Ok(map),
        _ => Err(CommunityError::Missing { field: "questions" }),
    }
}

/// The question's entry, if no member has answered it.
fn unanswered(
    tx: &Transaction<'_>,
    entry: &ObjId,
    question: &QuestionId,
) -> Result<ObjId, CommunityError> {
    let map = questions_map(tx, entry)?;
    let found = match tx.get(&map, question.as_str()) {
        Ok(Some((Value::Object(ObjType::Map), found))) => found,
        _ => return Err(store::not_found("question", question.as_str())),
    };
    let answers = read_responses(tx, entry)
        .iter()
        .filter(|r| r.answers.contains_key(question))
        .count();
    if answers > 0 {
        return Err(CommunityError::QuestionAnswered {
            question: question.to_string(),
            answers,
        });
    }
    Ok(found)
}

fn write_question(
    tx: &mut Transaction<'_>,
    map: &ObjId,
    id: &str,
    question: &NewQuestion,
    position: i64,
) -> Result<ObjId, CommunityError> {
    let entry = tx
        .put_object(map, id, ObjType::Map)
        .map_err(store::edit("question"))?;
    store::put_text(tx, &entry, "text", &question.text)?;
    store::put_scalar(tx, &entry, "answer", question.answer.key())?;
    if let Some(cycle) = question.cycle {
        store::put_scalar(tx, &entry, "cycle", cycle.key())?;
    }
    store::put_scalar(tx, &entry, "position", position)?;
    Ok(entry)
}

fn read_assessment<R: ReadDoc>(doc: &R, id: String, entry: &ObjId) -> Assessment {
    let string = |key| store::string(doc, entry, key);
    Assessment {
        id: AssessmentId::from_stored(id),
        kind: string("kind").as_deref().and_then(AssessmentKind::from_key),
        title: store::text(doc, entry, "title"),
        opened_by: MemberId::from_stored(string("opened_by").unwrap_or_default()),
        opened_at: string("opened_at").unwrap_or_default(),
        closed_at: string("closed_at"),
        closed_by: string("closed_by").map(MemberId::from_stored),
        questions: read_questions(doc, entry)
            .into_iter()
            .map(|(_, q)| q)
            .collect(),
        responses: read_responses(doc, entry),
    }
}

/// The questions with their positions, in order.
fn read_questions<R: ReadDoc>(doc: &R, entry: &ObjId) -> Vec<(i64, Question)> {
    let Ok(map) = questions_map(doc, entry) else {
        return Vec::new();
    };
    let mut items: Vec<(i64, String, Question)> = doc
        .map_range(&map, ..)
        .filter(|item| matches!(item.value, automerge::ValueRef::Object(ObjType::Map)))
        .map(|item| {
            let key = item.key.to_string();
            let found = item.id();
            let string = |field| store::string(doc, &found, field);
            let question = Question {
                id: QuestionId::from_stored(key.clone()),
                text: store::text(doc, &found, "text"),
                answer: string("answer").as_deref().and_then(AnswerType::from_key),
                cycle: string("cycle").as_deref().and_then(ValueCycle::from_key),
                result: string("result").map(ResultId::from_stored),
            };
            let position = store::int(doc, &found, "position").unwrap_or(0);
            (position, key, question)
        })
        .collect();
    store::sort_by_position(&mut items);
    items.into_iter().map(|(p, _, q)| (p, q)).collect()
}

/// Every copy of a member's answers map: one, unless the member's two devices answered
/// for the first time concurrently, each making the member's response.
fn answer_maps<R: ReadDoc>(doc: &R, entry: &ObjId, member: &MemberId) -> Vec<ObjId> {
    let Ok(Some((Value::Object(ObjType::Map), responses))) = doc.get(entry, "responses") else {
        return Vec::new();
    };
    doc.get_all(&responses, member.as_str())
        .unwrap_or_default()
        .into_iter()
        .filter(|(value, _)| matches!(value, Value::Object(ObjType::Map)))
        .filter_map(|(_, response)| match doc.get(&response, "answers") {
            Ok(Some((Value::Object(ObjType::Map), answers))) => Some(answers),
            _ => None,
        })
        .collect()
}

/// The responses with at least one answer, by member id; a member's concurrent copies
/// (see [`answer_maps`]) read as one, the winning copy first for any question both
/// answered.
fn read_responses<R: ReadDoc>(doc: &R, entry: &ObjId) -> Vec<Response> {
    let Ok(Some((Value::Object(ObjType::Map), responses))) = doc.get(entry, "responses") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for key in doc.keys(&responses) {
        let member = MemberId::from_stored(key.clone());
        let copies: Vec<ObjId> = doc
            .get_all(&responses, key.as_str())
            .unwrap_or_default()
            .into_iter()
            .filter(|(value, _)| matches!(value, Value::Object(ObjType::Map)))
            .map(|(_, copy)| copy)
            .collect();
        let at = copies
            .iter()
            .filter_map(|copy| store::string(doc, copy, "at"))
            .max()
            .unwrap_or_default();
        let mut answers = BTreeMap::new();
        for map in answer_maps(doc, entry, &member) {
            for question in doc.keys(&map) {
                if answers.contains_key(question.as_str()) {
                    continue;
                }
                if let Some(answer) = read_answer(doc, &map, &question) {
                    answers.insert(question, answer);
                }
            }
        }
        if !answers.is_empty() {
            let answers = answers
                .into_iter()
                .map(|(q, a)| (QuestionId::from_stored(q), a))
                .collect();
            out.push(Response {
                member,
                at,
                answers,
            });
        }
    }
    out
}

fn read_answer<R: ReadDoc>(doc: &R, map: &ObjId, question: &str) -> Option<Answer> {
    match doc.get(map, question).ok()?? {
        (Value::Scalar(value), _) => match value.as_i64() {
            Some(number) => u8::try_from(number)
                .ok()
                .filter(|n| (1..=5).contains(n))
                .map(Answer::Scale),
            // A JavaScript client writes plain strings (see `store::string`).
            None => value
                .as_str()
                .filter(|text| !text.trim().is_empty())
                .map(|text| Answer::Text(text.to_owned())),
        },
        (Value::Object(ObjType::Text), text) => doc
            .text(&text)
            .ok()
            .filter(|text| !text.trim().is_empty())
            .map(Answer::Text),
        (Value::Object(_), _) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conclusion::fixture::{concluding, id, replica};
    use crate::{Language, set_language};

    const AT: &str = "2030-03-01T10:00:00Z";

    fn q(s: &str) -> QuestionId {
        QuestionId::new(s).unwrap()
    }

    fn periodic(doc: &mut Automerge) -> AssessmentId {
        open_assessment(doc, &id("mo"), AssessmentKind::Periodic, "", AT).unwrap()
    }

    fn read(doc: &Automerge, a: &AssessmentId) -> Assessment {
        assessment(doc, a).unwrap()
    }

    #[test]
    fn leaders_and_moderators_open_assessments_with_the_default_set_in_the_communitys_language() {
        let mut doc = concluding();
        for other in ["fa", "luis", "ghost"] {
            assert!(matches!(
                open_assessment(&mut doc, &id(other), AssessmentKind::Periodic, "", AT),
                Err(CommunityError::NotAllowed { action, .. })
                    if action == Action::ManageAssessment.describe()
            ));
        }
        let heads = doc.get_heads();
        assert!(matches!(
            open_assessment(&mut doc, &id("mo"), AssessmentKind::Periodic, "", "now"),
            Err(CommunityError::InvalidDateTime { .. })
        ));
        assert_eq!(doc.get_heads(), heads);

        let a = periodic(&mut doc);
        let read = read(&doc, &a);
        assert_eq!(read.kind, Some(AssessmentKind::Periodic));
        assert_eq!(read.title, "Periodic assessment");
        assert_eq!(
            (read.opened_by.as_str(), read.opened_at.as_str()),
            ("mo", AT)
        );
        assert!(read.is_open() && read.responses.is_empty());
        assert_eq!(read.questions.len(), 12);
        assert!(read.questions[1].text.contains("A shared indicator set"));
        assert!(read.questions[1].result.is_some());
        assert_eq!(read.questions[5].cycle, Some(ValueCycle::Immediate));
        assert_eq!(read.questions[11].answer, Some(AnswerType::Text));

        set_language(&mut doc, Language::Es).unwrap();
        let f = open_assessment(&mut doc, &id("ana"), AssessmentKind::Final, " ", AT).unwrap();
        let spanish = assessment(&doc, &f).unwrap();
        assert_eq!(spanish.title, "Evaluación final");
        assert!(
            spanish.questions[0]
                .text
                .starts_with("¿Qué tan satisfecho/a")
        );
        let named = open_assessment(
            &mut doc,
            &id("ana"),
            AssessmentKind::Periodic,
            "Mid-term",
            AT,
        );
        assert_eq!(assessment(&doc, &named.unwrap()).unwrap().title, "Mid-term");
        assert_eq!(assessments(&doc).len(), 3);
        assert_eq!(assessments(&doc)[0].id, a, "listed in the order opened");
    }

    #[test]
    fn one_final_assessment_and_only_in_phase_three() {
        let mut doc = crate::create("CoP", "p").unwrap();
        crate::set_member(&mut doc, &id("ana"), "Ana", crate::Role::Leader).unwrap();
        crate::start_implementation(&mut doc, &id("ana"), true).unwrap();
        assert!(matches!(
            open_assessment(&mut doc, &id("ana"), AssessmentKind::Final, "", AT),
            Err(CommunityError::WrongPhase { .. })
        ));
        open_assessment(&mut doc, &id("ana"), AssessmentKind::Periodic, "", AT)
            .expect("periodic assessments during Implementation");

        let mut doc = concluding();
        let first = open_assessment(&mut doc, &id("ana"), AssessmentKind::Final, "", AT).unwrap();
        assert!(matches!(
            open_assessment(&mut doc, &id("mo"), AssessmentKind::Final, "", AT),
            Err(CommunityError::FinalAssessmentExists { id }) if id == first.as_str()
        ));
        let chosen = final_assessment(&doc).unwrap();
        assert_eq!((chosen.chosen.id, chosen.concurrent), (first, vec![]));
    }

    #[test]
    fn two_finals_opened_concurrently_are_both_kept_and_the_most_answered_is_chosen() {
        let base = concluding();
        let mut ana = replica(&base, "ana");
        let mut mo = replica(&base, "mo");
        let by_ana = open_assessment(&mut ana, &id("ana"), AssessmentKind::Final, "", AT).unwrap();
        let by_mo = open_assessment(&mut mo, &id("mo"), AssessmentKind::Final, "", AT).unwrap();
        answer_assessment(
            &mut mo,
            &id("luis"),
            &by_mo,
            &[(q("tools"), Answer::Scale(4))],
            AT,
        )
        .unwrap();
        ana.merge(&mut mo.clone()).unwrap();
        mo.merge(&mut ana.clone()).unwrap();
        for doc in [&ana, &mo] {
            assert_eq!(assessments(doc).len(), 2);
            let chosen = final_assessment(doc).unwrap();
            assert_eq!(chosen.chosen.id, by_mo, "the one with a response");
            assert_eq!(chosen.concurrent, std::slice::from_ref(&by_ana));
        }
    }

    #[test]
    fn every_member_answers_once_and_answering_again_replaces_their_answers() {
        let mut doc = concluding();
        let a = periodic(&mut doc);
        let luis = id("luis");
        let answers = [
            (q("objective"), Answer::Scale(4)),
            (q("keep"), Answer::Text("The monthly calls".into())),
        ];
        answer_assessment(&mut doc, &luis, &a, &answers, AT).unwrap();
        answer_assessment(&mut doc, &id("ana"), &a, &answers[..1], AT).unwrap();
        let read_back = read(&doc, &a);
        assert_eq!(read_back.responses.len(), 2);
        let mine = &read_back.responses[1];
        assert_eq!((mine.member.as_str(), mine.at.as_str()), ("luis", AT));
        assert_eq!(mine.answers.get(&q("objective")), Some(&Answer::Scale(4)));
        assert_eq!(read_back.answers_to(&q("objective")), 2);

        let again = [
            (q("objective"), Answer::Scale(2)),
            (q("keep"), Answer::Text("  ".into())),
            (q("change"), Answer::Text("Shorter posts".into())),
        ];
        answer_assessment(&mut doc, &luis, &a, &again, "2030-03-02").unwrap();
        let mine = read(&doc, &a).responses[1].clone();
        assert_eq!(mine.at, "2030-03-02");
        assert_eq!(
            mine.answers.into_iter().collect::<Vec<_>>(),
            [
                (q("change"), Answer::Text("Shorter posts".into())),
                (q("objective"), Answer::Scale(2)),
            ],
            "the blank answer and the omitted ones are gone"
        );
        answer_assessment(&mut doc, &luis, &a, &[], "2030-03-03").unwrap();
        assert_eq!(
            read(&doc, &a).responses.len(),
            1,
            "an empty response is none"
        );
    }

    #[test]
    fn answers_that_do_not_fit_are_refused_and_change_nothing() {
        let mut doc = concluding();
        let a = periodic(&mut doc);
        let heads = doc.get_heads();
        let luis = id("luis");
        for (question, answer, expected) in [
            ("objective", Answer::Scale(0), "a number from 1 to 5"),
            ("objective", Answer::Scale(6), "a number from 1 to 5"),
            (
                "objective",
                Answer::Text("5".into()),
                "a number from 1 to 5",
            ),
            ("keep", Answer::Scale(3), "text"),
        ] {
            let given = [(q("tools"), Answer::Scale(3)), (q(question), answer)];
            assert!(matches!(
                answer_assessment(&mut doc, &luis, &a, &given, AT),
                Err(CommunityError::InvalidAnswer { expected: e, .. }) if e == expected
            ));
        }
        assert!(matches!(
            answer_assessment(&mut doc, &luis, &a, &[(q("nope"), Answer::Scale(3))], AT),
            Err(CommunityError::NotFound {
                kind: "question",
                ..
            })
        ));
        assert!(matches!(
            answer_assessment(&mut doc, &id("ghost"), &a, &[], AT),
            Err(CommunityError::NotAllowed { .. })
        ));
        let missing = AssessmentId::new("gone").unwrap();
        assert!(matches!(
            answer_assessment(&mut doc, &luis, &missing, &[], AT),
            Err(CommunityError::NotFound {
                kind: "assessment",
                ..
            })
        ));
        assert_eq!(doc.get_heads(), heads);
    }

    #[test]
    fn questions_are_edited_until_answered_and_nothing_changes_once_closed() {
        let mut doc = concluding();
        let a = periodic(&mut doc);
        let mo = id("mo");
        let new = NewQuestion {
            text: "Would you join again?".into(),
            answer: AnswerType::Scale,
            cycle: Some(ValueCycle::Reframing),
        };
        assert!(matches!(
            add_question(&mut doc, &id("luis"), &a, &new),
            Err(CommunityError::NotAllowed { .. })
        ));
        let added = add_question(&mut doc, &mo, &a, &new).unwrap();
        let questions = read(&doc, &a).questions;
        assert_eq!(questions.last().unwrap().id, added);
        assert_eq!(questions.last().unwrap().cycle, Some(ValueCycle::Reframing));
        set_question_text(&mut doc, &mo, &a, &added, "Would you take part again?").unwrap();
        move_question(&mut doc, &mo, &a, &added, 0).unwrap();
        let questions = read(&doc, &a).questions;
        assert_eq!(questions[0].text, "Would you take part again?");
        assert_eq!(questions[1].id, q("objective"));
        remove_question(&mut doc, &id("ana"), &a, &q("tools")).unwrap();
        assert_eq!(read(&doc, &a).questions.len(), 12);

        let luis = id("luis");
        answer_assessment(
            &mut doc,
            &luis,
            &a,
            &[(added.clone(), Answer::Scale(5))],
            AT,
        )
        .unwrap();
        let heads = doc.get_heads();
        assert!(matches!(
            set_question_text(&mut doc, &mo, &a, &added, "Other"),
            Err(CommunityError::QuestionAnswered { answers: 1, .. })
        ));
        assert!(matches!(
            remove_question(&mut doc, &mo, &a, &added),
            Err(CommunityError::QuestionAnswered { .. })
        ));
        assert!(matches!(
            set_question_text(&mut doc, &mo, &a, &added, " "),
            Err(CommunityError::Empty { .. })
        ));
        assert_eq!(doc.get_heads(), heads);
        move_question(&mut doc, &mo, &a, &added, 99).unwrap();
        assert_eq!(read(&doc, &a).questions.last().unwrap().id, added);

        assert!(matches!(
            close_assessment(&mut doc, &luis, &a, AT),
            Err(CommunityError::NotAllowed { .. })
        ));
        close_assessment(&mut doc, &id("ana"), &a, "2030-03-05").unwrap();
        let closed = read(&doc, &a);
        assert_eq!(closed.closed_at.as_deref(), Some("2030-03-05"));
        assert_eq!(closed.closed_by, Some(id("ana")));
        let heads = doc.get_heads();
        let answer = [(q("objective"), Answer::Scale(3))];
        assert!(matches!(
            answer_assessment(&mut doc, &luis, &a, &answer, AT),
            Err(CommunityError::AssessmentClosed { .. })
        ));
        assert!(matches!(
            add_question(&mut doc, &mo, &a, &new),
            Err(CommunityError::AssessmentClosed { .. })
        ));
        assert!(matches!(
            close_assessment(&mut doc, &mo, &a, AT),
            Err(CommunityError::AssessmentClosed { .. })
        ));
        assert_eq!(doc.get_heads(), heads);
        set_assessment_title(&mut doc, &mo, &a, "Mid-term survey").unwrap();
        assert_eq!(read(&doc, &a).title, "Mid-term survey");
    }

    #[test]
    fn two_members_answering_offline_merge_in_either_order() {
        let mut base = concluding();
        let a = periodic(&mut base);
        let mut luis = replica(&base, "luis");
        let mut pa = replica(&base, "pa");
        answer_assessment(
            &mut luis,
            &id("luis"),
            &a,
            &[(q("tools"), Answer::Scale(2))],
            AT,
        )
        .unwrap();
        let text = Answer::Text("The guides".into());
        answer_assessment(&mut pa, &id("pa"), &a, &[(q("keep"), text.clone())], AT).unwrap();
        let mut one = luis.clone();
        one.merge(&mut pa.clone()).unwrap();
        let mut other = pa.clone();
        other.merge(&mut luis.clone()).unwrap();
        assert_eq!(read(&one, &a), read(&other, &a));
        let merged = read(&one, &a);
        assert_eq!(merged.responses.len(), 2);
        assert_eq!(merged.responses[0].answers[&q("tools")], Answer::Scale(2));
        assert_eq!(merged.responses[1].answers[&q("keep")], text);
    }

    #[test]
    fn one_members_two_devices_answering_concurrently_merge_answer_by_answer() {
        let mut base = concluding();
        let a = periodic(&mut base);
        let mut phone = replica(&base, "luis");
        let mut laptop = replica(&base, "luis");
        let luis = id("luis");
        let on_phone = [
            (q("tools"), Answer::Scale(2)),
            (q("objective"), Answer::Scale(3)),
        ];
        answer_assessment(&mut phone, &luis, &a, &on_phone, "2030-03-02").unwrap();
        let on_laptop = [
            (q("objective"), Answer::Scale(5)),
            (q("moderation"), Answer::Scale(4)),
        ];
        answer_assessment(&mut laptop, &luis, &a, &on_laptop, "2030-03-03").unwrap();
        phone.merge(&mut laptop.clone()).unwrap();
        laptop.merge(&mut phone.clone()).unwrap();
        let merged = read(&phone, &a);
        assert_eq!(merged, read(&laptop, &a));
        assert_eq!(merged.responses.len(), 1, "one member, one response");
        let answers = &merged.responses[0].answers;
        assert_eq!(answers[&q("tools")], Answer::Scale(2));
        assert_eq!(answers[&q("moderation")], Answer::Scale(4));
        assert!(matches!(answers[&q("objective")], Answer::Scale(3 | 5)));
        assert_eq!(merged.responses[0].at, "2030-03-03");

        // Answering again on the merged replica replaces every copy's answers.
        answer_assessment(&mut phone, &luis, &a, &on_phone, "2030-03-04").unwrap();
        let answers = read(&phone, &a).responses[0].answers.clone();
        assert_eq!(answers.len(), 2);
        assert_eq!(answers[&q("objective")], Answer::Scale(3));
    }

    #[test]
    fn a_question_reworded_while_a_member_answers_keeps_both() {
        let mut base = concluding();
        let a = periodic(&mut base);
        let mut mo = replica(&base, "mo");
        let mut luis = replica(&base, "luis");
        set_question_text(
            &mut mo,
            &id("mo"),
            &a,
            &q("tools"),
            "How useful were the tools?",
        )
        .unwrap();
        answer_assessment(
            &mut luis,
            &id("luis"),
            &a,
            &[(q("tools"), Answer::Scale(4))],
            AT,
        )
        .unwrap();
        mo.merge(&mut luis).unwrap();
        let merged = read(&mo, &a);
        let tools = merged
            .questions
            .iter()
            .find(|x| x.id == q("tools"))
            .unwrap();
        assert_eq!(tools.text, "How useful were the tools?");
        assert_eq!(merged.answers_to(&q("tools")), 1);
        assert!(matches!(
            set_question_text(&mut mo, &id("mo"), &a, &q("tools"), "Again"),
            Err(CommunityError::QuestionAnswered { .. })
        ));
    }

    #[test]
    fn an_answer_to_a_question_removed_meanwhile_is_kept_but_not_counted() {
        let mut base = concluding();
        let a = periodic(&mut base);
        let mut mo = replica(&base, "mo");
        let mut luis = replica(&base, "luis");
        remove_question(&mut mo, &id("mo"), &a, &q("tools")).unwrap();
        let answers = [
            (q("tools"), Answer::Scale(1)),
            (q("objective"), Answer::Scale(5)),
        ];
        answer_assessment(&mut luis, &id("luis"), &a, &answers, AT).unwrap();
        mo.merge(&mut luis).unwrap();
        let merged = read(&mo, &a);
        assert!(merged.questions.iter().all(|x| x.id != q("tools")));
        assert_eq!(merged.responses[0].answers.len(), 2, "kept in the document");
        let results = crate::assessment_results(&mo, &a).unwrap();
        assert!(results.questions.iter().all(|r| r.question != q("tools")));
        assert_eq!(results.respondents, 1);
    }

    #[test]
    fn a_document_without_a_conclusion_reads_no_assessments_and_takes_one() {
        let mut doc = crate::create("CoP", "p").unwrap();
        assert!(assessments(&doc).is_empty());
        assert_eq!(final_assessment(&doc), None);
        crate::set_member(&mut doc, &id("ana"), "Ana", crate::Role::Leader).unwrap();
        let a = open_assessment(&mut doc, &id("ana"), AssessmentKind::Periodic, "", AT).unwrap();
        assert_eq!(assessments(&doc)[0].id, a);
        assert_eq!(
            assessments(&doc)[0].questions.len(),
            11,
            "no expected results yet"
        );
    }
}
