//! Stage 3, the objective: one of the method's six types (each with its explanation) and
//! the objective in the community's own words. A concurrent disagreement on the type is
//! shown in place until someone chooses again.

use community::{ObjectiveType, Stage};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::StageLayout;
use super::edit::change;
use crate::components::conflict::ConflictChoices;
use crate::components::field_error::FieldError;
use crate::components::text_field::TextField;
use crate::i18n::{Key, objective_explanation, t, use_i18n};
use crate::routes::community::WithCommunity;
use crate::state::use_app;

#[component]
pub fn ObjectivePage() -> impl IntoView {
    view! {
        <WithCommunity content=|id| {
            view! {
                <StageLayout id stage=Stage::Objective>
                    <ObjectiveForm id />
                    <aside class="advice" aria-labelledby="advice-heading">
                        <h2 id="advice-heading">{t(Key::MethodAdvice)}</h2>
                        <p>{t(Key::ObjectiveMethod)}</p>
                    </aside>
                </StageLayout>
            }
                .into_any()
        } />
    }
}

pub fn objective_key(kind: ObjectiveType) -> Key {
    match kind {
        ObjectiveType::ProblemSolving => Key::ObjProblemSolving,
        ObjectiveType::GenerationOfIdeas => Key::ObjGenerationOfIdeas,
        ObjectiveType::SharingKnowledgeBetweenInstitutions => Key::ObjSharingKnowledge,
        ObjectiveType::DevelopingBestPractices => Key::ObjBestPractices,
        ObjectiveType::LessonsLearned => Key::ObjLessonsLearned,
        ObjectiveType::PostActionReviews => Key::ObjPostActionReviews,
    }
}

#[component]
fn ObjectiveForm(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let kind = super::design(id, |d| d.objective.kind);
    let text = super::design(id, |d| d.objective.text.clone());
    let type_error = RwSignal::new(None::<Key>);
    let text_error = RwSignal::new(None::<Key>);
    let choices = ObjectiveType::ALL
        .into_iter()
        .map(|option| view! { <TypeChoice id option kind error=type_error /> })
        .collect_view();
    view! {
        <div class="stage-form stack">
            <fieldset class="choices" aria-describedby="objective-type-error">
                <legend>{t(Key::ObjectiveLegend)}</legend>
                <ConflictChoices
                    id
                    path=vec!["design".into(), "objective_type".into()]
                    parse=ObjectiveType::from_key
                    label=objective_key
                    choose=move |kind| change(app, id, |doc| community::set_objective_type(doc, kind))
                    field=Signal::derive(move || i18n.t(Key::ObjectiveLegend).to_owned())
                    error=type_error
                />
                {choices}
                <FieldError id="objective-type-error" error=type_error />
            </fieldset>
            <TextField
                id="objective-text"
                label=Key::FieldObjective
                value=text
                multiline=true
                error=text_error
                on_input=move |new: String| {
                    text_error
                        .set(change(app, id, |doc| community::set_objective_text(doc, &new)).err());
                }
            />
        </div>
    }
}

#[component]
fn TypeChoice(
    id: DocumentId,
    option: ObjectiveType,
    kind: Memo<Option<ObjectiveType>>,
    error: RwSignal<Option<Key>>,
) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let input_id = format!("objective-{}", option.key());
    let explanation_id = format!("{input_id}-explanation");
    view! {
        <div class="choice">
            <input
                type="radio"
                name="objective-type"
                id=input_id.clone()
                value=option.key()
                aria-describedby=explanation_id.clone()
                prop:checked=move || kind.get() == Some(option)
                on:change=move |_| {
                    error.set(change(app, id, |doc| community::set_objective_type(doc, option)).err());
                }
            />
            <div>
                <label for=input_id>{t(objective_key(option))}</label>
                <p id=explanation_id class="hint">
                    {move || objective_explanation(i18n.lang.get(), option)}
                </p>
            </div>
        </div>
    }
}
