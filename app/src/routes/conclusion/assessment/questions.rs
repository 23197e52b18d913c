//! Editing an open assessment, for leaders and moderators: its title, its questions
//! (reworded, added, removed, moved up or down with buttons, so the keyboard suffices)
//! and its closing. The domain refuses to change a question someone has answered.

use community::{Action, AnswerType, Assessment, AssessmentId, NewQuestion, Question, ValueCycle};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use crate::components::draft_input::DraftInput;
use crate::components::field_error::FieldError;
use crate::components::text_field::TextField;
use crate::i18n::{Key, t, use_i18n};
use crate::routes::design::edit::{change, me};
use crate::routes::implementation::allowed;
use crate::state::use_app;

/// The translated name of a value-creation cycle.
pub(super) fn cycle_key(cycle: ValueCycle) -> Key {
    match cycle {
        ValueCycle::Immediate => Key::AsmtCycleImmediate,
        ValueCycle::Potential => Key::AsmtCyclePotential,
        ValueCycle::Applied => Key::AsmtCycleApplied,
        ValueCycle::Realized => Key::AsmtCycleRealized,
        ValueCycle::Reframing => Key::AsmtCycleReframing,
    }
}

fn answer_key(answer: Option<AnswerType>) -> Key {
    match answer {
        Some(AnswerType::Scale) => Key::AsmtAnswerScale,
        Some(AnswerType::Text) => Key::AsmtAnswerText,
        None => Key::AsmtUnknownType,
    }
}

#[component]
pub(super) fn Manage(id: DocumentId, current: Memo<Option<Assessment>>) -> impl IntoView {
    let may = allowed(id, Action::ManageAssessment);
    // Keyed on the assessment's id: its fields are re-read inside.
    let editable = Memo::new(move |_| {
        current.with(|a| {
            a.as_ref()
                .filter(|a| a.is_open() && may.get())
                .map(|a| a.id.clone())
        })
    });
    move || {
        editable
            .get()
            .map(|aid| view! { <Editor id aid current /> })
    }
}

#[component]
fn Editor(id: DocumentId, aid: AssessmentId, current: Memo<Option<Assessment>>) -> impl IntoView {
    let app = use_app();
    let title = Memo::new(move |_| {
        current.with(|a| a.as_ref().map(|a| a.title.clone()).unwrap_or_default())
    });
    let questions = Memo::new(move |_| {
        current.with(|a| {
            a.as_ref()
                .map(|a| {
                    a.questions
                        .iter()
                        .map(|q| (q.clone(), a.answers_to(&q.id)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let count = Memo::new(move |_| questions.with(Vec::len));
    let title_error = RwSignal::new(None::<Key>);
    let for_title = aid.clone();
    view! {
        <section class="stack" aria-labelledby="edit-assessment-heading" data-testid="edit-assessment">
            <h3 id="edit-assessment-heading">{t(Key::AsmtEditHeading)}</h3>
            <TextField
                id="assessment-title"
                label=Key::AsmtTitle
                value=title
                error=title_error
                on_input=move |value: String| {
                    title_error.set(change(app, id, |doc| community::set_assessment_title(doc, &me(), &for_title, &value)).err());
                }
            />
            <ol class="items" data-testid="question-list">
                <For
                    each=move || questions.get().into_iter().enumerate()
                    key=|(index, (q, answered))| (*index, q.id.clone(), *answered)
                    children={
                        let aid = aid.clone();
                        move |(index, (question, answered))| {
                            view! { <QuestionItem id aid=aid.clone() question answered index count current /> }
                        }
                    }
                />
            </ol>
            <AddQuestion id aid=aid.clone() />
            <CloseAssessment id aid />
        </section>
    }
}

#[component]
fn QuestionItem(
    id: DocumentId,
    aid: AssessmentId,
    question: Question,
    answered: usize,
    index: usize,
    count: Memo<usize>,
    current: Memo<Option<Assessment>>,
) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let prefix = format!("question-{}", question.id);
    let error = RwSignal::new(None::<Key>);
    let error_id = format!("{prefix}-error");
    let qid = question.id.clone();
    // Re-read, so a rewording by another leader or moderator shows in the field.
    let text = {
        let qid = qid.clone();
        Memo::new(move |_| {
            current.with(|a| {
                a.as_ref()
                    .and_then(|a| a.questions.iter().find(|q| q.id == qid))
                    .map(|q| q.text.clone())
                    .unwrap_or_default()
            })
        })
    };
    let shown = question.text.clone();
    let (up_id, down_id) = (format!("{prefix}-up"), format!("{prefix}-down"));
    let act = {
        let (aid, qid) = (aid.clone(), qid.clone());
        let (up_id, down_id) = (up_id.clone(), down_id.clone());
        move |step: Step| {
            let outcome = change(app, id, |doc| match step {
                Step::To(to) => community::move_question(doc, &me(), &aid, &qid, to),
                Step::Remove => community::remove_question(doc, &me(), &aid, &qid),
            });
            if outcome.is_ok() && matches!(step, Step::To(_)) {
                refocus(up_id.clone(), down_id.clone());
            }
            error.set(outcome.err());
        }
    };
    let (up, down, remove) = (act.clone(), act.clone(), act);
    let details = move || {
        let mut line = i18n.t(answer_key(question.answer)).to_owned();
        if let Some(cycle) = question.cycle {
            line.push_str(" · ");
            line.push_str(i18n.t(cycle_key(cycle)));
        }
        line.push_str(" · ");
        line.push_str(
            &i18n
                .t(Key::AsmtAnsweredBy)
                .replace("{n}", &answered.to_string()),
        );
        line
    };
    let name = move || format!(" {}", shown.clone());
    view! {
        <li class="item stack" data-testid="question-item">
            <TextField
                id=format!("{prefix}-text")
                label=Key::AsmtQuestion
                value=text
                error
                on_input={
                    let (aid, qid) = (aid.clone(), qid.clone());
                    move |value: String| {
                        error.set(change(app, id, |doc| community::set_question_text(doc, &me(), &aid, &qid, &value)).err());
                    }
                }
            />
            <p class="hint">{details}</p>
            <div class="actions">
                <button type="button" id=up_id class="secondary" aria-describedby=error_id.clone() disabled=index == 0 on:click=move |_| up(Step::To(index.saturating_sub(1)))>
                    {t(Key::AsmtMoveUp)}
                    <span class="visually-hidden">{name.clone()}</span>
                </button>
                <button type="button" id=down_id class="secondary" aria-describedby=error_id.clone() disabled=move || { index + 1 >= count.get() } on:click=move |_| down(Step::To(index + 1))>
                    {t(Key::AsmtMoveDown)}
                    <span class="visually-hidden">{name.clone()}</span>
                </button>
                <button type="button" class="secondary" aria-describedby=error_id.clone() on:click=move |_| remove(Step::Remove)>
                    {t(Key::Remove)}
                    <span class="visually-hidden">{name}</span>
                </button>
            </div>
            <FieldError id=error_id error />
        </li>
    }
}

/// After a move the question is drawn anew in its place, and the button pressed with
/// it: focus goes back to the moved question's "move up" button (its "move down" at the
/// top), so a keyboard user can press again without searching for it.
fn refocus(up: String, down: String) {
    request_animation_frame(move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let enabled = |id: &str| {
            document
                .get_element_by_id(id)
                .and_then(|el| {
                    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlButtonElement>(el).ok()
                })
                .filter(|button| !button.disabled())
        };
        if let Some(button) = enabled(&up).or_else(|| enabled(&down)) {
            let _ = button.focus(); // best effort: only where the focus lands
        }
    });
}

/// What a question's buttons do.
#[derive(Clone, Copy)]
enum Step {
    To(usize),
    Remove,
}

#[component]
fn AddQuestion(id: DocumentId, aid: AssessmentId) -> impl IntoView {
    let app = use_app();
    let text = RwSignal::new(String::new());
    let answer = RwSignal::new(AnswerType::Scale);
    let cycle = RwSignal::new(None::<ValueCycle>);
    let error = RwSignal::new(None::<Key>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let question = NewQuestion {
            text: text.get_untracked(),
            answer: answer.get_untracked(),
            cycle: cycle.get_untracked(),
        };
        match change(app, id, |doc| {
            community::add_question(doc, &me(), &aid, &question)
        }) {
            Ok(_) => {
                text.set(String::new());
                error.set(None);
            }
            Err(key) => error.set(Some(key)),
        }
    };
    view! {
        <form class="stack add" on:submit=add aria-labelledby="add-question-heading">
            <h4 id="add-question-heading">{t(Key::AsmtAddHeading)}</h4>
            <DraftInput id="new-question-text" label=Key::AsmtQuestion value=text described_by="add-question-error" />
            <div class="field">
                <label for="new-question-answer">{t(Key::AsmtAnswerType)}</label>
                <select
                    id="new-question-answer"
                    on:change=move |ev| {
                        if let Some(kind) = AnswerType::from_key(&event_target_value(&ev)) {
                            answer.set(kind);
                        }
                    }
                >
                    {AnswerType::ALL
                        .into_iter()
                        .map(|kind| view! {
                            <option value=kind.key() prop:selected=move || answer.get() == kind>{t(answer_key(Some(kind)))}</option>
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="new-question-cycle">{t(Key::AsmtCycle)}</label>
                <select id="new-question-cycle" on:change=move |ev| cycle.set(ValueCycle::from_key(&event_target_value(&ev)))>
                    <option value="" prop:selected=move || cycle.get().is_none()>{t(Key::AsmtNoCycle)}</option>
                    {ValueCycle::ALL
                        .into_iter()
                        .map(|c| view! {
                            <option value=c.key() prop:selected=move || cycle.get() == Some(c)>{t(cycle_key(c))}</option>
                        })
                        .collect_view()}
                </select>
            </div>
            <button type="submit">{t(Key::AsmtAddQuestion)}</button>
            <FieldError id="add-question-error" error />
        </form>
    }
}

#[component]
fn CloseAssessment(id: DocumentId, aid: AssessmentId) -> impl IntoView {
    let app = use_app();
    let error = RwSignal::new(None::<Key>);
    let close = move |_| {
        let at = crate::routes::discussions::now_iso();
        error.set(
            change(app, id, |doc| {
                community::close_assessment(doc, &me(), &aid, &at)
            })
            .err(),
        );
    };
    view! {
        <div class="stack">
            <p class="hint" id="close-assessment-hint">{t(Key::AsmtCloseHint)}</p>
            <button type="button" data-testid="close-assessment" aria-describedby="close-assessment-hint close-assessment-error" on:click=close>
                {t(Key::AsmtClose)}
            </button>
            <FieldError id="close-assessment-error" error />
        </div>
    }
}
