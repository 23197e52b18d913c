//! Phase III: the assessment page. The community's assessments (final and periodic
//! apart) with their response rate; leaders and moderators open them and edit their
//! questions; every member answers the one shown, offline too; the results are drawn
//! and tabled.

mod answer;
mod questions;
mod results;

use community::{Action, Assessment, AssessmentId, AssessmentKind, Member, Phase};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use sync_protocol::DocumentId;

use self::answer::AnswerForm;
use self::questions::Manage;
use self::results::Results;
use super::Page;
use crate::components::draft_input::DraftInput;
use crate::components::field_error::FieldError;
use crate::i18n::{I18n, Key, t, use_i18n};
use crate::routes::community::WithCommunity;
use crate::routes::design::edit::{change, me};
use crate::routes::implementation::{PhaseLayout, PhasePage, RoleHint, allowed, member_name, read};
use crate::state::use_app;

#[component]
pub fn AssessmentPage() -> impl IntoView {
    view! {
        <WithCommunity content=|id| {
            view! {
                <PhaseLayout id page=Page::Assessment advice=Key::AssessmentMethod>
                    <Assessments id />
                </PhaseLayout>
            }
                .into_any()
        } />
    }
}

/// Every assessment, re-read from the document whenever it changes (the community's
/// view does not carry them: only this page needs them).
fn assessments(id: DocumentId) -> Memo<Vec<Assessment>> {
    let app = use_app();
    Memo::new(move |_| {
        // Track every change to the community; the list reads the document itself.
        app.communities.with(|m| m.get(&id).map(|_| ()));
        app.with_repo_unpumped(|repo| repo.document(&id).map(community::assessments))
            .flatten()
            .unwrap_or_default()
    })
}

/// The page's address showing assessment `shown`, so a link or the back button finds it.
fn path(id: DocumentId, shown: &AssessmentId) -> String {
    format!("{}?a={shown}", Page::Assessment.path(id))
}

/// The assessment the address names, else the open final one, else any open one, else
/// the latest: the one a member most likely came to answer.
fn chosen<'a>(list: &'a [Assessment], wanted: Option<&str>) -> Option<&'a Assessment> {
    let open_final = || {
        list.iter()
            .find(|a| a.is_open() && a.kind == Some(AssessmentKind::Final))
    };
    wanted
        .and_then(|w| list.iter().find(|a| a.id.as_str() == w))
        .or_else(open_final)
        .or_else(|| list.iter().find(|a| a.is_open()))
        .or_else(|| list.last())
}

#[component]
fn Assessments(id: DocumentId) -> impl IntoView {
    let all = assessments(id);
    let query = use_query_map();
    let selected = Memo::new(move |_| {
        let wanted = query.with(|q| q.get("a"));
        all.with(|list| chosen(list, wanted.as_deref()).map(|a| a.id.clone()))
    });
    view! {
        <AssessmentList id all selected />
        {move || selected.get().map(|shown| view! { <Shown id shown all /> })}
        <OpenForm id all />
    }
}

/// The date part of a stored moment ("2026-11-29T…" reads "2026-11-29").
fn day(moment: &str) -> String {
    moment.get(..10).unwrap_or(moment).to_owned()
}

/// Of the members on the roster, how many answered; and the roster's size.
fn answered_on_roster(assessment: &Assessment, members: &[Member]) -> (usize, usize) {
    let answered = assessment
        .responses
        .iter()
        .filter(|r| members.iter().any(|m| m.id == r.member))
        .count();
    (answered, members.len())
}

/// "3 of 12 members answered (25 %)", in the reader's language.
fn response_rate(i18n: I18n, answered: usize, members: usize) -> String {
    // Rounded to the nearest percent; no members, no rate to speak of.
    let rate = (answered * 100 + members / 2)
        .checked_div(members)
        .unwrap_or(0);
    i18n.t(Key::AsmtResponseRate)
        .replace("{n}", &answered.to_string())
        .replace("{m}", &members.to_string())
        .replace("{rate}", &rate.to_string())
}

#[component]
fn AssessmentList(
    id: DocumentId,
    all: Memo<Vec<Assessment>>,
    selected: Memo<Option<AssessmentId>>,
) -> impl IntoView {
    let part = move |kind: AssessmentKind| {
        Memo::new(move |_| {
            all.with(|l| {
                l.iter()
                    .filter(|a| a.kind == Some(kind))
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    let (finals, periodic) = (part(AssessmentKind::Final), part(AssessmentKind::Periodic));
    view! {
        <section aria-labelledby="final-assessment-heading">
            <h2 id="final-assessment-heading">{t(Key::AsmtFinalHeading)}</h2>
            <Listed id items=finals selected empty=Key::AsmtNoFinal testid="final-assessments" />
        </section>
        <section aria-labelledby="periodic-assessments-heading">
            <h2 id="periodic-assessments-heading">{t(Key::AsmtPeriodicHeading)}</h2>
            <Listed id items=periodic selected empty=Key::AsmtNoPeriodic testid="periodic-assessments" />
        </section>
    }
}

#[component]
fn Listed(
    id: DocumentId,
    items: Memo<Vec<Assessment>>,
    selected: Memo<Option<AssessmentId>>,
    empty: Key,
    testid: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let members = read(id, |v| v.design.members.clone());
    move || {
        let items = items.get();
        if items.is_empty() {
            return view! { <p class="hint">{t(empty)}</p> }.into_any();
        }
        let members = members.get();
        view! {
            <ul class="items" data-testid=testid>
                {items
                    .into_iter()
                    .map(|a| {
                        let (answered, roster) = answered_on_roster(&a, &members);
                        let opener = member_name(&members, &a.opened_by);
                        let opened = day(&a.opened_at);
                        let closed = a.closed_at.as_deref().map(day);
                        let current = {
                            let shown = a.id.clone();
                            move || (selected.get() == Some(shown.clone())).then_some("true")
                        };
                        view! {
                            <li class="item" data-testid="assessment-item">
                                <a href=path(id, &a.id) aria-current=current class="item-heading">
                                    {a.title.clone()}
                                </a>
                                <p class="hint">
                                    {move || {
                                        i18n.t(Key::AsmtOpenedBy)
                                            .replace("{date}", &opened)
                                            .replace("{name}", &opener)
                                    }}
                                </p>
                                <p data-testid="assessment-state">
                                    {move || match &closed {
                                        Some(on) => i18n.t(Key::AsmtClosedOn).replace("{date}", on),
                                        None => i18n.t(Key::AsmtOpenState).to_owned(),
                                    }}
                                    " · "
                                    {move || response_rate(i18n, answered, roster)}
                                </p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    }
}

/// Leaders and moderators open a periodic assessment (any phase) or the final one
/// (Phase III); the domain writes the method's questions in the community's language.
#[component]
fn OpenForm(id: DocumentId, all: Memo<Vec<Assessment>>) -> impl IntoView {
    let may = allowed(id, Action::ManageAssessment);
    view! {
        <Show when=move || may.get() fallback=|| view! { <RoleHint key=Key::AsmtManageHint /> }>
            <OpenButtons id all />
        </Show>
    }
}

#[component]
fn OpenButtons(id: DocumentId, all: Memo<Vec<Assessment>>) -> impl IntoView {
    let phase = read(id, |v| Some(v.phase));
    // The final assessment belongs to Phase III, and there is one only.
    let no_final = move || {
        phase.get() == Some(Phase::Conclusion)
            && all.with(|l| l.iter().all(|a| a.kind != Some(AssessmentKind::Final)))
    };
    let title = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Key>);
    view! {
        <section class="add" aria-labelledby="open-assessment-heading">
            <h2 id="open-assessment-heading">{t(Key::AsmtOpenHeading)}</h2>
            <p class="hint">{t(Key::AsmtOpenHint)}</p>
            <DraftInput id="new-assessment-title" label=Key::AsmtNewTitle value=title described_by="open-assessment-error" />
            <div class="actions">
                <Show when=no_final>
                    <OpenButton id kind=AssessmentKind::Final title error />
                </Show>
                <OpenButton id kind=AssessmentKind::Periodic title error />
            </div>
            <FieldError id="open-assessment-error" error />
        </section>
    }
}

/// Opens an assessment of `kind` titled `title`, then shows it.
#[component]
fn OpenButton(
    id: DocumentId,
    kind: AssessmentKind,
    title: RwSignal<String>,
    error: RwSignal<Option<Key>>,
) -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let open = move |_| {
        let at = crate::routes::discussions::now_iso();
        let outcome = change(app, id, |doc| {
            community::open_assessment(doc, &me(), kind, &title.get_untracked(), &at)
        });
        match outcome {
            Ok(opened) => {
                title.set(String::new());
                error.set(None);
                navigate(&path(id, &opened), Default::default());
            }
            Err(key) => error.set(Some(key)),
        }
    };
    let (label, class, testid) = match kind {
        AssessmentKind::Final => (Key::AsmtOpenFinal, "", "open-final-assessment"),
        AssessmentKind::Periodic => (
            Key::AsmtOpenPeriodic,
            "secondary",
            "open-periodic-assessment",
        ),
    };
    view! {
        <button type="button" class=class data-testid=testid aria-describedby="open-assessment-error" on:click=open>
            {t(label)}
        </button>
    }
}

/// The assessment shown: editing it, answering it, its results.
#[component]
fn Shown(id: DocumentId, shown: AssessmentId, all: Memo<Vec<Assessment>>) -> impl IntoView {
    let current = Memo::new(move |_| all.with(|l| l.iter().find(|a| a.id == shown).cloned()));
    let title = move || current.with(|a| a.as_ref().map(|a| a.title.clone()));
    view! {
        <section class="assessment stack" aria-labelledby="assessment-heading" data-testid="assessment">
            <h2 id="assessment-heading">{title}</h2>
            <Manage id current />
            <AnswerForm id current />
            <Results id current />
        </section>
    }
}
