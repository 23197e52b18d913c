//! Editing a discussion's plan after it was created: title, objective and guiding
//! question (prose, edited character-wise like the design pages), the participation
//! guidelines (written together on "Save"), the date of each stage, and the current stage.

use community::{DiscussionStage, Guidelines, IsoDate, PlanText};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::{Shown, moderate, parse_max_words, shown_id, stage_key};
use crate::components::draft_input::DraftInput;
use crate::components::field_error::FieldError;
use crate::components::text_field::TextField;
use crate::i18n::{Key, t, use_i18n};
use crate::routes::design::edit::me;
use crate::state::use_app;

#[component]
pub fn PlanEditor(id: DocumentId, discussion: Shown) -> impl IntoView {
    view! {
        <section class="stack" aria-labelledby="plan-edit-heading" data-testid="plan-editor">
            <h3 id="plan-edit-heading">{t(Key::DiscPlanHeading)}</h3>
            <PlanTextField id discussion field=PlanText::Title />
            <PlanTextField id discussion field=PlanText::Objective />
            <PlanTextField id discussion field=PlanText::Question />
            <GuidelinesForm id discussion />
            <StageDates id discussion />
            <StageForm id discussion />
        </section>
    }
}

#[component]
fn PlanTextField(id: DocumentId, discussion: Shown, field: PlanText) -> impl IntoView {
    let app = use_app();
    let error = RwSignal::new(None::<Key>);
    let (element, label, multiline) = match field {
        PlanText::Title => ("plan-title", Key::FieldDiscussionTitle, false),
        PlanText::Objective => ("plan-objective", Key::FieldDiscussionObjective, true),
        PlanText::Question => ("plan-question", Key::FieldGuidingQuestion, true),
    };
    let value = Memo::new(move |_| {
        discussion.with(|d| {
            d.as_ref()
                .map(|d| match field {
                    PlanText::Title => d.title.clone(),
                    PlanText::Objective => d.objective.clone(),
                    PlanText::Question => d.question.clone(),
                })
                .unwrap_or_default()
        })
    });
    let write = move |text: String| {
        let Some(target) = shown_id(discussion) else {
            return;
        };
        let by = me();
        let outcome = moderate(app, id, |doc| {
            community::set_discussion_text(doc, &by, &target, field, &text)
        });
        error.set(outcome.err());
    };
    view! { <TextField id=element label value on_input=write multiline error /> }
}

/// The guidelines as stored, for the form's fields.
fn stored_guidelines(discussion: Shown) -> Memo<Guidelines> {
    Memo::new(move |_| {
        discussion.with(|d| d.as_ref().map(|d| d.guidelines.clone()).unwrap_or_default())
    })
}

#[component]
fn GuidelinesForm(id: DocumentId, discussion: Shown) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let stored = stored_guidelines(discussion);
    let language = RwSignal::new(String::new());
    let max_words = RwSignal::new(String::new());
    let addressing = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Key>);
    let saved = RwSignal::new(false);
    // The fields show the stored guidelines, and follow them when they change (a save
    // here or another moderator's); typing elsewhere in the document leaves them alone.
    Effect::new(move |_| {
        let g = stored.get();
        language.set(g.language);
        max_words.set(g.max_words.map(|n| n.to_string()).unwrap_or_default());
        addressing.set(g.addressing);
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(target) = shown_id(discussion) else {
            return;
        };
        let outcome = parse_max_words(&max_words.get_untracked()).and_then(|limit| {
            let by = me();
            let guidelines = Guidelines {
                language: language.get_untracked(),
                max_words: limit,
                addressing: addressing.get_untracked(),
            };
            moderate(app, id, |doc| {
                community::set_guidelines(doc, &by, &target, &guidelines)
            })
        });
        saved.set(outcome.is_ok());
        error.set(outcome.err());
    };
    view! {
        // `novalidate`: a bad word limit gets the app's translated message, not the
        // browser's bubble in the browser's language.
        <form class="stack" on:submit=save aria-describedby="plan-guidelines-error" novalidate>
            <fieldset class="stack">
                <legend>{t(Key::GuidelinesLegend)}</legend>
                <DraftInput id="plan-language" label=Key::FieldPostLanguage value=language />
                <div class="field">
                    <label for="plan-max-words">{t(Key::FieldMaxWords)}</label>
                    <input
                        type="number"
                        id="plan-max-words"
                        min="1"
                        inputmode="numeric"
                        aria-describedby="plan-guidelines-error"
                        prop:value=move || max_words.get()
                        on:input=move |ev| max_words.set(event_target_value(&ev))
                    />
                </div>
                <DraftInput id="plan-addressing" label=Key::FieldAddressing value=addressing multiline=true rows=3 />
            </fieldset>
            <button type="submit" class="secondary">{t(Key::DiscSaveGuidelines)}</button>
            <p role="status" class="hint" data-testid="guidelines-saved">{move || saved.get().then(|| i18n.t(Key::DiscSaved))}</p>
            <FieldError id="plan-guidelines-error" error />
        </form>
    }
}

/// One date field per stage, each written when it changes; emptying one clears it.
#[component]
fn StageDates(id: DocumentId, discussion: Shown) -> impl IntoView {
    let app = use_app();
    let error = RwSignal::new(None::<Key>);
    let set = move |stage: DiscussionStage, raw: String| {
        let Some(target) = shown_id(discussion) else {
            return;
        };
        let outcome = if raw.trim().is_empty() {
            Ok(None)
        } else {
            raw.trim()
                .parse::<IsoDate>()
                .map(Some)
                .map_err(|_| Key::ErrInvalidDate)
        }
        .and_then(|date| {
            let by = me();
            moderate(app, id, |doc| {
                community::set_stage_date(doc, &by, &target, stage, date)
            })
        });
        error.set(outcome.err());
    };
    view! {
        <fieldset class="stack" aria-describedby="stage-dates-error">
            <legend>{t(Key::DiscScheduleHeading)}</legend>
            {DiscussionStage::ALL
                .into_iter()
                .map(|stage| {
                    let field_id = format!("stage-date-{}", stage.key());
                    let value = move || {
                        discussion
                            .with(|d| d.as_ref().and_then(|d| d.schedule.date(stage)))
                            .map(|d| d.to_string())
                            .unwrap_or_default()
                    };
                    view! {
                        <div class="field">
                            <label for=field_id.clone()>{t(stage_date_key(stage))}</label>
                            <input
                                type="date"
                                id=field_id
                                aria-describedby="stage-dates-error"
                                prop:value=value
                                on:change=move |ev| set(stage, event_target_value(&ev))
                            />
                        </div>
                    }
                })
                .collect_view()}
            <FieldError id="stage-dates-error" error />
        </fieldset>
    }
}

/// The label of a stage's date field.
fn stage_date_key(stage: DiscussionStage) -> Key {
    match stage {
        DiscussionStage::Planned => Key::DiscDatePlanned,
        DiscussionStage::Open => Key::DiscDateOpen,
        DiscussionStage::Closing => Key::DiscDateClosing,
        DiscussionStage::Closed => Key::DiscDateClosed,
    }
}

/// Moves the discussion between planned, open and closing. Closed is reached only
/// through the closing form, which closes overtly with a summary, who and when.
#[component]
fn StageForm(id: DocumentId, discussion: Shown) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let current = Memo::new(move |_| discussion.with(|d| d.as_ref().and_then(|d| d.stage)));
    let chosen = RwSignal::new(current.get_untracked().unwrap_or(DiscussionStage::Open));
    Effect::new(move |_| {
        if let Some(stage) = current.get() {
            chosen.set(stage);
        }
    });
    let error = RwSignal::new(None::<Key>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(target) = shown_id(discussion) else {
            return;
        };
        let stage = chosen.get_untracked();
        let by = me();
        let outcome = moderate(app, id, |doc| {
            community::set_discussion_stage(doc, &by, &target, stage)
        });
        error.set(outcome.err());
    };
    let movable = [
        DiscussionStage::Planned,
        DiscussionStage::Open,
        DiscussionStage::Closing,
    ];
    view! {
        <form class="stack" on:submit=save aria-describedby="plan-stage-error">
            <div class="field">
                <label for="plan-stage">{t(Key::DiscussionStage)}</label>
                <select
                    id="plan-stage"
                    aria-describedby="plan-stage-error"
                    on:change=move |ev| {
                        if let Some(stage) = DiscussionStage::from_key(&event_target_value(&ev)) {
                            chosen.set(stage);
                        }
                    }
                >
                    {movable
                        .into_iter()
                        .map(|stage| {
                            view! {
                                <option value=stage.key() prop:selected=move || chosen.get() == stage>
                                    {move || i18n.t(stage_key(Some(stage)))}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <button type="submit" class="secondary">{t(Key::DiscChangeStage)}</button>
            <FieldError id="plan-stage-error" error />
        </form>
    }
}
