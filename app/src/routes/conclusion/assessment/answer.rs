//! Answering an assessment: every member, offline too. Scale questions are radio groups
//! from 1 to 5, open ones textareas; sending again replaces the member's own answers.

use std::collections::BTreeMap;

use community::{Action, Answer, AnswerType, Assessment, Question, QuestionId};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use crate::components::field_error::FieldError;
use crate::i18n::{Key, t, use_i18n};
use crate::routes::design::edit::{change, me};
use crate::routes::implementation::allowed;
use crate::state::use_app;

/// What the member is answering, before it is sent.
type Draft = RwSignal<BTreeMap<QuestionId, Answer>>;

/// The names of the scale's ends, shown beside 1 and 5.
pub(super) const SCALE_ENDS: (Key, Key) = (Key::AsmtScaleLow, Key::AsmtScaleHigh);

#[component]
pub(super) fn AnswerForm(id: DocumentId, current: Memo<Option<Assessment>>) -> impl IntoView {
    let may = allowed(id, Action::AnswerAssessment);
    let open = Memo::new(move |_| current.with(|a| a.as_ref().is_some_and(Assessment::is_open)));
    move || match (may.get(), open.get()) {
        (false, _) => ().into_any(),
        (true, false) => view! {
            <p class="status" data-testid="assessment-closed">{t(Key::AsmtClosedNoAnswers)}</p>
        }
        .into_any(),
        (true, true) => view! { <Answering id current /> }.into_any(),
    }
}

/// The form, pre-filled with the member's earlier answers.
#[component]
fn Answering(id: DocumentId, current: Memo<Option<Assessment>>) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let mine = me();
    let earlier = current
        .get_untracked()
        .and_then(|a| a.responses.into_iter().find(|r| r.member == mine));
    let answered_on = earlier.as_ref().map(|r| super::day(&r.at));
    let draft: Draft = RwSignal::new(earlier.map(|r| r.answers).unwrap_or_default());
    let questions = Memo::new(move |_| {
        current.with(|a| a.as_ref().map(|a| a.questions.clone()).unwrap_or_default())
    });
    let error = RwSignal::new(None::<Key>);
    let saved = RwSignal::new(false);
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(assessment) = current.get_untracked() else {
            return;
        };
        // Only the questions still asked: an answer to one removed meanwhile is dropped.
        let answers: Vec<(QuestionId, Answer)> = draft.with_untracked(|d| {
            assessment
                .questions
                .iter()
                .filter_map(|q| Some((q.id.clone(), d.get(&q.id)?.clone())))
                .filter(|(_, a)| !matches!(a, Answer::Text(text) if text.trim().is_empty()))
                .collect()
        });
        if answers.is_empty() {
            saved.set(false);
            error.set(Some(Key::AsmtAnswerSomething));
            return;
        }
        let at = crate::routes::discussions::now_iso();
        let outcome = change(app, id, |doc| {
            community::answer_assessment(doc, &me(), &assessment.id, &answers, &at)
        });
        saved.set(outcome.is_ok());
        error.set(outcome.err());
    };
    view! {
        <section class="answering stack" aria-labelledby="answer-heading">
            <h3 id="answer-heading">{t(Key::AsmtYourAnswers)}</h3>
            <p class="not-anonymous" data-testid="not-anonymous">{t(Key::AsmtNotAnonymous)}</p>
            {answered_on.map(|on| view! {
                <p class="hint">{move || i18n.t(Key::AsmtAnsweredOn).replace("{date}", &on)}</p>
            })}
            <form class="stack" on:submit=send data-testid="answer-form">
                <For
                    each=move || questions.get()
                    // Reworded before anyone answered: shown anew with its new wording.
                    key=|q| (q.id.clone(), q.text.clone())
                    children=move |q| view! { <Asked question=q draft /> }
                />
                <button type="submit" aria-describedby="answer-error answer-status">
                    {t(Key::AsmtSend)}
                </button>
                <FieldError id="answer-error" error />
                <p id="answer-status" class="status status-complete" role="status" data-testid="answer-status">
                    {move || saved.get().then(|| i18n.t(Key::AsmtSaved))}
                </p>
            </form>
        </section>
    }
}

#[component]
fn Asked(question: Question, draft: Draft) -> impl IntoView {
    match question.answer {
        Some(AnswerType::Scale) => view! { <ScaleQuestion question draft /> }.into_any(),
        Some(AnswerType::Text) => view! { <TextQuestion question draft /> }.into_any(),
        // A type from a newer version of the app: it cannot be answered here.
        None => {
            view! { <p class="hint">{question.text} " " {t(Key::AsmtUnknownType)}</p> }.into_any()
        }
    }
}

/// One question on the scale: a radio group, its legend the question, its ends named.
#[component]
fn ScaleQuestion(question: Question, draft: Draft) -> impl IntoView {
    let name = format!("answer-{}", question.id);
    let qid = question.id;
    let options = (1_u8..=5)
        .map(|value| {
            let input_id = format!("{name}-{value}");
            let end = match value {
                1 => Some(SCALE_ENDS.0),
                5 => Some(SCALE_ENDS.1),
                _ => None,
            };
            let (for_checked, for_change) = (qid.clone(), qid.clone());
            view! {
                <div class="scale-option">
                    <input
                        type="radio"
                        id=input_id.clone()
                        name=name.clone()
                        value=value.to_string()
                        prop:checked=move || {
                            draft.with(|d| d.get(&for_checked) == Some(&Answer::Scale(value)))
                        }
                        on:change=move |_| {
                            draft.update(|d| {
                                d.insert(for_change.clone(), Answer::Scale(value));
                            })
                        }
                    />
                    <label for=input_id>
                        {value}
                        {end.map(|key| view! { " " <span class="scale-end">{t(key)}</span> })}
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="choices scale" data-testid="scale-question">
            <legend>{question.text}</legend>
            <div class="scale-options">{options}</div>
        </fieldset>
    }
}

/// One open question: a labelled textarea.
#[component]
fn TextQuestion(question: Question, draft: Draft) -> impl IntoView {
    let input_id = format!("answer-{}", question.id);
    let (for_value, for_input) = (question.id.clone(), question.id);
    view! {
        <div class="field">
            <label for=input_id.clone()>{question.text}</label>
            <textarea
                id=input_id
                rows="3"
                prop:value=move || {
                    draft.with(|d| match d.get(&for_value) {
                        Some(Answer::Text(text)) => text.clone(),
                        _ => String::new(),
                    })
                }
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    draft.update(|d| {
                        d.insert(for_input.clone(), Answer::Text(text));
                    })
                }
            ></textarea>
        </div>
    }
}
