//! An assessment's results: the response rate, the chart (`community::results_svg`) in a
//! figure, the same figures in tables (so nothing depends on seeing the picture), and
//! the open answers with who gave them (responses are not anonymous).
//!
//! Who sees them when: leaders and moderators while the assessment is open (they run it
//! and decide when to close it), every member once it is closed, so that members still
//! to answer are not swayed by the answers given so far. This is not a privacy measure:
//! the document every member holds contains the answers.

use community::{
    Action, Assessment, AssessmentResults, ChartLabels, Member, ScaleSummary, ValueCycle,
};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::answer::SCALE_ENDS;
use super::questions::cycle_key;
use crate::i18n::{I18n, Key, Lang, t, use_i18n};
use crate::routes::implementation::{allowed, member_name, read};
use crate::state::use_app;

#[component]
pub(super) fn Results(id: DocumentId, current: Memo<Option<Assessment>>) -> impl IntoView {
    let may_manage = allowed(id, Action::ManageAssessment);
    let shown = Memo::new(move |_| {
        current.with(|a| {
            a.as_ref()
                .filter(|a| !a.is_open() || may_manage.get())
                .map(|a| a.id.clone())
        })
    });
    let app = use_app();
    let results = Memo::new(move |_| {
        let aid = shown.get()?;
        // Re-computed with every change to the community (through `current`).
        current.track();
        app.with_repo_unpumped(|repo| {
            repo.document(&id)
                .map(|doc| community::assessment_results(doc, &aid))
        })
        .flatten()
        .and_then(Result::ok)
    });
    let members = read(id, |v| v.design.members.clone());
    view! {
        <section class="results stack" aria-labelledby="results-heading" data-testid="results">
            <h3 id="results-heading">{t(Key::AsmtResultsHeading)}</h3>
            {move || match results.get() {
                Some(results) => view! { <Shown results members /> }.into_any(),
                None => view! { <p class="hint">{t(Key::AsmtResultsWhenClosed)}</p> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn Shown(results: AssessmentResults, members: Memo<Vec<Member>>) -> impl IntoView {
    let i18n = use_i18n();
    let (answered, members_now) = (results.respondents_on_roster, results.members);
    let rate = move || super::response_rate(i18n, answered, members_now);
    let svg = {
        let results = results.clone();
        move || community::results_svg(&results, &chart_labels(i18n, &results.title))
    };
    let has_scale = results
        .questions
        .iter()
        .any(|q| q.answer == Some(community::AnswerType::Scale));
    view! {
        <p data-testid="response-rate">{rate}</p>
        {(!results.open).then(|| view! { <p class="hint">{t(Key::AsmtResultsFinal)}</p> })}
        {has_scale.then(|| view! {
            <figure class="chart">
                <div class="chart-image" inner_html=svg></div>
                <figcaption>{t(Key::AsmtChartCaption)}</figcaption>
            </figure>
        })}
        <QuestionTable results=results.clone() />
        <CycleTable results=results.clone() />
        <OpenAnswers results members />
    }
}

/// The chart's words in the reader's language.
fn chart_labels(i18n: I18n, title: &str) -> ChartLabels {
    let scale = [
        Key::AsmtScaleLow,
        Key::AsmtScale2,
        Key::AsmtScale3,
        Key::AsmtScale4,
        Key::AsmtScaleHigh,
    ]
    .map(|key| i18n.t(key).to_owned());
    ChartLabels {
        title: i18n.t(Key::AsmtChartTitle).replace("{title}", title),
        description: i18n.t(Key::AsmtChartDescription).to_owned(),
        scale,
        by_question: i18n.t(Key::AsmtByQuestion).to_owned(),
        by_cycle: i18n.t(Key::AsmtByCycle).to_owned(),
        cycles: ValueCycle::ALL.map(|c| i18n.t(cycle_key(c)).to_owned()),
        answers: i18n.t(Key::AsmtAnswersWord).to_owned(),
        median: i18n.t(Key::AsmtMedian).to_owned(),
        mean: i18n.t(Key::AsmtMean).to_owned(),
        no_answers: i18n.t(Key::AsmtNoAnswers).to_owned(),
        decimal_separator: separator(i18n.lang.get()),
    }
}

fn separator(lang: Lang) -> char {
    match lang {
        Lang::En => '.',
        Lang::Es | Lang::Pt | Lang::Fr => ',',
    }
}

/// A median or mean with one decimal at most, as the reader writes decimals; "–" when
/// nobody answered.
fn number(value: Option<f64>, lang: Lang) -> String {
    match value {
        None => "–".to_owned(),
        Some(v) if v.fract() == 0.0 => format!("{v:.0}"),
        Some(v) => format!("{v:.1}").replace('.', &separator(lang).to_string()),
    }
}

/// The table's column headers: the row's name, 1 to 5 (the ends named), answered,
/// median, mean.
fn header(first: Key) -> impl IntoView {
    let value = |n: u8| {
        let end = match n {
            1 => Some(SCALE_ENDS.0),
            5 => Some(SCALE_ENDS.1),
            _ => None,
        };
        view! {
            <th scope="col">{n} {end.map(|key| view! { <span class="scale-end">" " {t(key)}</span> })}</th>
        }
    };
    view! {
        <thead>
            <tr>
                <th scope="col">{t(first)}</th>
                {(1_u8..=5).map(value).collect_view()}
                <th scope="col">{t(Key::AsmtAnswered)}</th>
                <th scope="col">{t(Key::AsmtMedian)}</th>
                <th scope="col">{t(Key::AsmtMean)}</th>
            </tr>
        </thead>
    }
}

fn row(name: String, scale: ScaleSummary) -> impl IntoView {
    let i18n = use_i18n();
    let (median, mean) = (scale.median, scale.mean);
    view! {
        <tr>
            <th scope="row">{name}</th>
            {scale.distribution.map(|count| view! { <td>{count}</td> }).into_iter().collect_view()}
            <td>{scale.answered}</td>
            <td>{move || number(median, i18n.lang.get())}</td>
            <td>{move || number(mean, i18n.lang.get())}</td>
        </tr>
    }
}

#[component]
fn QuestionTable(results: AssessmentResults) -> impl IntoView {
    let rows: Vec<_> = results
        .questions
        .into_iter()
        .filter(|q| q.answer == Some(community::AnswerType::Scale))
        .map(|q| row(q.text, q.scale))
        .collect();
    (!rows.is_empty()).then(|| {
        view! {
            // Focusable and named: a wide table scrolls, and the keyboard must reach it.
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby="results-table-caption">
                <table data-testid="results-table">
                    <caption id="results-table-caption">{t(Key::AsmtTableQuestions)}</caption>
                    {header(Key::AsmtQuestion)}
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    })
}

#[component]
fn CycleTable(results: AssessmentResults) -> impl IntoView {
    let i18n = use_i18n();
    let rows: Vec<_> = results
        .cycles
        .into_iter()
        .map(|c| row(i18n.t(cycle_key(c.cycle)).to_owned(), c.scale))
        .collect();
    (!rows.is_empty()).then(|| {
        view! {
            // Focusable and named: a wide table scrolls, and the keyboard must reach it.
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby="cycles-table-caption">
                <table data-testid="cycles-table">
                    <caption id="cycles-table-caption">{t(Key::AsmtTableCycles)}</caption>
                    {header(Key::AsmtCycleColumn)}
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    })
}

#[component]
fn OpenAnswers(results: AssessmentResults, members: Memo<Vec<Member>>) -> impl IntoView {
    let open: Vec<_> = results
        .questions
        .into_iter()
        .filter(|q| q.answer == Some(community::AnswerType::Text))
        .collect();
    (!open.is_empty()).then(|| {
        view! {
            <section class="stack" aria-labelledby="open-answers-heading" data-testid="open-answers">
                <h4 id="open-answers-heading">{t(Key::AsmtOpenAnswers)}</h4>
                {open
                    .into_iter()
                    .map(|q| {
                        let texts = q.texts;
                        view! {
                            <div>
                                <p class="open-question">{q.text}</p>
                                {if texts.is_empty() {
                                    view! { <p class="hint">{t(Key::AsmtNoAnswers)}</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="open-answers">
                                            {texts
                                                .into_iter()
                                                .map(|a| {
                                                    let who = move || members.with(|m| member_name(m, &a.member));
                                                    view! {
                                                        <li data-testid="open-answer">
                                                            <strong>{who}</strong>
                                                            ": "
                                                            {a.text}
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    }
                                        .into_any()
                                }}
                            </div>
                        }
                    })
                    .collect_view()}
            </section>
        }
    })
}
