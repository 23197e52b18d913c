//! Stage 4, expected results: one to three, each with a description, an indicator and a
//! status. Adding is disabled (with the reason) at three; a refusal by the domain, e.g.
//! after members added results concurrently, is shown beside the button.

use community::{MAX_EXPECTED_RESULTS, ResultId, ResultStatus, Stage};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::StageLayout;
use super::edit::change;
use crate::components::conflict::ConflictChoices;
use crate::components::draft_input::DraftInput;
use crate::components::field_error::FieldError;
use crate::components::text_field::TextField;
use crate::i18n::{Key, t, use_i18n};
use crate::routes::community::WithCommunity;
use crate::state::use_app;

#[component]
pub fn ResultsPage() -> impl IntoView {
    view! {
        <WithCommunity content=|id| {
            view! {
                <StageLayout id stage=Stage::ExpectedResults>
                    <div class="stage-form stack">
                        <ResultList id />
                        <AddResult id />
                    </div>
                    <aside class="advice" aria-labelledby="advice-heading">
                        <h2 id="advice-heading">{t(Key::MethodAdvice)}</h2>
                        <p>{t(Key::ResultsMethod)}</p>
                    </aside>
                </StageLayout>
            }
                .into_any()
        } />
    }
}

pub fn status_key(status: ResultStatus) -> Key {
    match status {
        ResultStatus::Planned => Key::StatusPlanned,
        ResultStatus::InProgress => Key::StatusInProgress,
        ResultStatus::Achieved => Key::StatusAchieved,
        ResultStatus::NotAchieved => Key::StatusNotAchieved,
    }
}

#[component]
fn ResultList(id: DocumentId) -> impl IntoView {
    let ids = super::design(id, |d| {
        d.expected_results
            .iter()
            .map(|r| r.id.clone())
            .collect::<Vec<_>>()
    });
    view! {
        <p class="hint">{move || ids.with(Vec::is_empty).then(|| t(Key::NoResults)())}</p>
        <ol class="items" data-testid="result-list">
            <For
                each=move || ids.get()
                key=|result| result.as_str().to_owned()
                children=move |result| view! { <ResultItem id result ids /> }
            />
        </ol>
    }
}

#[component]
fn ResultItem(id: DocumentId, result: ResultId, ids: Memo<Vec<ResultId>>) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let prefix = format!("result-{}", result.as_str());
    let number = {
        let result = result.clone();
        Memo::new(move |_| {
            ids.with(|all| all.iter().position(|r| *r == result).map_or(0, |i| i + 1))
        })
    };
    let pick = |result: ResultId, f: fn(&community::ExpectedResult) -> String| {
        super::design(id, move |d| {
            d.expected_results
                .iter()
                .find(|r| r.id == result)
                .map(f)
                .unwrap_or_default()
        })
    };
    let description = pick(result.clone(), |r| r.description.clone());
    let indicator = pick(result.clone(), |r| r.indicator.clone());
    let status = {
        let result = result.clone();
        super::design(id, move |d| {
            d.expected_results
                .iter()
                .find(|r| r.id == result)
                .and_then(|r| r.status)
        })
    };
    let description_error = RwSignal::new(None::<Key>);
    let indicator_error = RwSignal::new(None::<Key>);
    let item_error = RwSignal::new(None::<Key>);
    let heading_id = format!("{prefix}-heading");
    let labelled_by = heading_id.clone();
    let status_id = format!("{prefix}-status");
    let error_id = format!("{prefix}-error");
    let status_path = vec![
        "design".to_owned(),
        "expected_results".to_owned(),
        result.as_str().to_owned(),
        "status".to_owned(),
    ];
    let (r1, r2, r3, r4, r5) = (
        result.clone(),
        result.clone(),
        result.clone(),
        result.clone(),
        result,
    );
    view! {
        <li class="item stack" aria-labelledby=labelled_by>
            <h2 id=heading_id class="item-heading">
                {move || i18n.t(Key::ResultLabel)} " " {number}
            </h2>
            <TextField
                id=format!("{prefix}-description")
                label=Key::FieldDescription
                value=description
                multiline=true
                error=description_error
                on_input=move |text: String| {
                    description_error
                        .set(
                            change(app, id, |doc| community::set_result_description(doc, &r1, &text))
                                .err(),
                        );
                }
            />
            <TextField
                id=format!("{prefix}-indicator")
                label=Key::FieldIndicator
                value=indicator
                error=indicator_error
                on_input=move |text: String| {
                    indicator_error
                        .set(
                            change(app, id, |doc| community::set_result_indicator(doc, &r2, &text))
                                .err(),
                        );
                }
            />
            <div class="field">
                <label for=status_id.clone()>{t(Key::FieldStatus)}</label>
                <select
                    id=status_id
                    aria-describedby=error_id.clone()
                    on:change=move |ev| {
                        if let Some(new) = ResultStatus::from_key(&event_target_value(&ev)) {
                            item_error
                                .set(
                                    change(app, id, |doc| community::set_result_status(doc, &r3, new))
                                        .err(),
                                );
                        }
                    }
                >
                    {ResultStatus::ALL
                        .into_iter()
                        .map(|option| {
                            view! {
                                <option value=option.key() prop:selected=move || status.get() == Some(option)>
                                    {t(status_key(option))}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <ConflictChoices
                    id
                    path=status_path
                    parse=ResultStatus::from_key
                    label=status_key
                    choose=move |new| {
                        change(app, id, |doc| community::set_result_status(doc, &r5, new))
                    }
                    field=Signal::derive(move || {
                        format!("{} {} {}", i18n.t(Key::FieldStatus), i18n.t(Key::ResultLabel), number.get())
                    })
                    error=item_error
                />
            </div>
            <div>
                <button
                    type="button"
                    class="secondary"
                    aria-describedby=error_id.clone()
                    on:click=move |_| {
                        item_error
                            .set(change(app, id, |doc| community::remove_expected_result(doc, &r4)).err());
                    }
                >
                    {t(Key::Remove)}
                    <span class="visually-hidden">
                        " " {move || i18n.t(Key::ResultLabel)} " " {number}
                    </span>
                </button>
            </div>
            <FieldError id=error_id error=item_error />
        </li>
    }
}

#[component]
fn AddResult(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let count = super::design(id, |d| d.expected_results.len());
    let full = move || count.get() >= MAX_EXPECTED_RESULTS;
    let description = RwSignal::new(String::new());
    let indicator = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Key>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (text, measure) = (description.get_untracked(), indicator.get_untracked());
        match change(app, id, |doc| {
            community::add_expected_result(doc, &text, &measure)
        }) {
            Ok(_) => {
                description.set(String::new());
                indicator.set(String::new());
                error.set(None);
            }
            Err(key) => error.set(Some(key)),
        }
    };
    view! {
        <section class="add" aria-labelledby="add-result-heading">
            <h2 id="add-result-heading">{t(Key::AddResultHeading)}</h2>
            <form class="stack" on:submit=add>
                <DraftInput id="new-result-description" label=Key::NewResultDescription value=description />
                <DraftInput id="new-result-indicator" label=Key::NewResultIndicator value=indicator />
                <p id="results-full" class="hint" data-testid="results-full">
                    {move || full().then(|| t(Key::ResultsFull)())}
                </p>
                <button
                    type="submit"
                    disabled=full
                    aria-describedby="results-full add-result-error"
                >
                    {t(Key::AddResult)}
                </button>
                <FieldError id="add-result-error" error />
            </form>
        </section>
    }
}
