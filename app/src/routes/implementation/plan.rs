//! Phase II, step 3 (continued): the recommended action plan. Each item serves one of
//! the design's expected results and has an owner among the members, a due date and a
//! status; leaders and moderators edit the plan, every member updates a status.

use community::{
    Action, ActionItem, ActionItemId, ActionStatus, IsoDate, MemberId, NewActionItem, ResultId,
};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::{Page, PhaseLayout, RoleHint, allowed, member_name, read};
use crate::components::conflict::ConflictChoices;
use crate::components::draft_input::DraftInput;
use crate::components::field_error::FieldError;
use crate::components::text_field::TextField;
use crate::i18n::{Key, t, use_i18n};
use crate::routes::community::WithCommunity;
use crate::routes::design::edit::change;
use crate::state::use_app;

#[component]
pub fn PlanPage() -> impl IntoView {
    view! {
        <WithCommunity content=|id| {
            view! {
                <PhaseLayout id page=Page::Plan advice=Key::PlanMethod>
                    <PlanList id />
                    <AddItem id />
                </PhaseLayout>
            }
                .into_any()
        } />
    }
}

pub fn status_key(status: ActionStatus) -> Key {
    match status {
        ActionStatus::Planned => Key::StatusPlanned,
        ActionStatus::InProgress => Key::StatusInProgress,
        ActionStatus::Done => Key::StatusDone,
        ActionStatus::Cancelled => Key::StatusCancelled,
    }
}

#[component]
fn PlanList(id: DocumentId) -> impl IntoView {
    let items = read(id, |v| v.implementation.action_plan.clone());
    view! {
        <section aria-labelledby="plan-heading">
            <h2 id="plan-heading">{t(Key::PlanHeading)}</h2>
            <p class="hint">{move || items.with(Vec::is_empty).then(|| t(Key::NoActions)())}</p>
            <ol class="items" data-testid="action-list">
                <For
                    each=move || items.get()
                    key=|item| item.id.as_str().to_owned()
                    children=move |item| view! { <PlanItem id item /> }
                />
            </ol>
        </section>
    }
}

/// One item, re-read from the document so remote edits show.
fn item_memo(id: DocumentId, item: ActionItemId) -> Memo<Option<ActionItem>> {
    read(id, move |v| {
        v.implementation
            .action_plan
            .iter()
            .find(|i| i.id == item)
            .cloned()
    })
}

#[component]
fn PlanItem(id: DocumentId, item: ActionItem) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let may_edit = allowed(id, Action::EditActionPlan);
    let current = item_memo(id, item.id.clone());
    let text = Memo::new(move |_| current.get().map(|i| i.text).unwrap_or_default());
    let context = read(id, |v| {
        (v.design.expected_results.clone(), v.design.members.clone())
    });
    let links = move || {
        let (results, members) = context.get();
        let item = current.get()?;
        let result = results.iter().find(|r| r.id == item.result).map_or_else(
            || i18n.t(Key::ErrNotFound).to_owned(),
            |r| r.description.clone(),
        );
        Some(format!(
            "{}: {result} · {}: {}",
            i18n.t(Key::FieldResult),
            i18n.t(Key::FieldOwner),
            member_name(&members, &item.owner)
        ))
    };
    let prefix = format!("action-{}", item.id.as_str());
    let error = RwSignal::new(None::<Key>);
    let error_id = format!("{prefix}-error");
    let (for_text, for_due, for_status, for_remove) = (
        item.id.clone(),
        item.id.clone(),
        item.id.clone(),
        item.id.clone(),
    );
    let (remove_error_id, shown_error_id, links_error_id) =
        (error_id.clone(), error_id.clone(), error_id.clone());
    let (for_links, for_conflict) = (item.id.clone(), item.id.clone());
    let status_path = vec![
        "implementation".to_owned(),
        "action_plan".to_owned(),
        item.id.as_str().to_owned(),
        "status".to_owned(),
    ];
    let due_id = format!("{prefix}-due");
    let status_id = format!("{prefix}-status");
    view! {
        <li class="item stack" data-testid="action-item">
            <Show when=move || may_edit.get() fallback=move || view! { <strong>{move || text.get()}</strong> }>
                <TextField
                    id=format!("{prefix}-text")
                    label=Key::FieldAction
                    value=text
                    on_input={
                        let for_text = for_text.clone();
                        move |value: String| {
                            error.set(change(app, id, |doc| community::set_action_text(doc, &for_text, &value)).err());
                        }
                    }
                />
            </Show>
            <Show when=move || may_edit.get() fallback=move || view! { <p>{links}</p> }>
                <LinkSelects id item=for_links.clone() current context error error_id=links_error_id.clone() />
            </Show>
            <div class="field">
                <label for=due_id.clone()>{t(Key::FieldDue)}</label>
                <input
                    type="date"
                    id=due_id
                    disabled=move || !may_edit.get()
                    aria-describedby=error_id.clone()
                    prop:value=move || current.get().and_then(|i| i.due).map(|d| d.to_string()).unwrap_or_default()
                    on:change=move |ev| {
                        let outcome = match event_target_value(&ev).parse::<IsoDate>() {
                            Ok(due) => change(app, id, |doc| community::set_action_due(doc, &for_due, due)),
                            Err(_) => Err(Key::ErrInvalidDate),
                        };
                        error.set(outcome.err());
                    }
                />
            </div>
            <div class="field">
                <label for=status_id.clone()>{t(Key::FieldActionStatus)}</label>
                <select
                    id=status_id
                    aria-describedby=error_id.clone()
                    on:change=move |ev| {
                        if let Some(status) = ActionStatus::from_key(&event_target_value(&ev)) {
                            error.set(change(app, id, |doc| community::set_action_status(doc, &for_status, status)).err());
                        }
                    }
                >
                    {move || {
                        let now = current.get().and_then(|i| i.status);
                        ActionStatus::ALL
                            .into_iter()
                            .map(|s| view! { <option value=s.key() prop:selected=now == Some(s)>{t(status_key(s))}</option> })
                            .collect_view()
                    }}
                </select>
                <ConflictChoices
                    id
                    path=status_path
                    parse=ActionStatus::from_key
                    label=status_key
                    choose=move |status| {
                        change(app, id, |doc| community::set_action_status(doc, &for_conflict, status))
                    }
                    field=Signal::derive(move || format!("{}: {}", i18n.t(Key::FieldActionStatus), text.get()))
                    error
                />
            </div>
            <Show when=move || may_edit.get()>
                <button
                    type="button"
                    class="secondary"
                    aria-describedby=remove_error_id.clone()
                    on:click={
                        let for_remove = for_remove.clone();
                        move |_| {
                            error.set(change(app, id, |doc| community::remove_action_item(doc, &for_remove)).err());
                        }
                    }
                >
                    {t(Key::Remove)}
                    <span class="visually-hidden">" " {move || text.get()}</span>
                </button>
            </Show>
            <FieldError id=shown_error_id error />
        </li>
    }
}

/// The item's expected result and owner as choices, for those who edit the plan: a plan
/// changes as the community learns, so an item can move to another result or person.
#[component]
fn LinkSelects(
    id: DocumentId,
    item: ActionItemId,
    current: Memo<Option<ActionItem>>,
    context: Memo<(Vec<community::ExpectedResult>, Vec<community::Member>)>,
    error: RwSignal<Option<Key>>,
    error_id: String,
) -> impl IntoView {
    let app = use_app();
    let prefix = format!("action-{}", item.as_str());
    let (result_id, owner_id) = (format!("{prefix}-result"), format!("{prefix}-owner"));
    let relink = move |result: Option<ResultId>, owner: Option<MemberId>| {
        let Some(now) = current.get_untracked() else {
            return;
        };
        let (result, owner) = (result.unwrap_or(now.result), owner.unwrap_or(now.owner));
        error.set(
            change(app, id, |doc| {
                community::set_action_links(doc, &now.id, &result, &owner)
            })
            .err(),
        );
    };
    // A link removed concurrently by another member is shown as such, not as the first
    // option (which would look chosen without being so).
    let missing = |present: bool| {
        (!present)
            .then(|| view! { <option value="" selected disabled>{t(Key::ErrNotFound)}</option> })
    };
    view! {
        <div class="field">
            <label for=result_id.clone()>{t(Key::FieldResult)}</label>
            <select
                id=result_id
                aria-describedby=error_id.clone()
                on:change=move |ev| relink(ResultId::new(event_target_value(&ev)).ok(), None)
            >
                {move || {
                    let chosen = current.get().map(|i| i.result);
                    let results = context.get().0;
                    let present = results.iter().any(|r| Some(&r.id) == chosen.as_ref());
                    let options = results
                        .into_iter()
                        .map(|r| {
                            let selected = Some(&r.id) == chosen.as_ref();
                            view! { <option value=r.id.to_string() selected=selected>{r.description}</option> }
                        })
                        .collect_view();
                    view! { {missing(present)} {options} }
                }}
            </select>
        </div>
        <div class="field">
            <label for=owner_id.clone()>{t(Key::FieldOwner)}</label>
            <select
                id=owner_id
                aria-describedby=error_id
                on:change=move |ev| relink(None, MemberId::new(event_target_value(&ev)).ok())
            >
                {move || {
                    let chosen = current.get().map(|i| i.owner);
                    let members = context.get().1;
                    let present = members.iter().any(|m| Some(&m.id) == chosen.as_ref());
                    let options = members
                        .into_iter()
                        .map(|m| {
                            let selected = Some(&m.id) == chosen.as_ref();
                            view! { <option value=m.id.to_string() selected=selected>{m.name}</option> }
                        })
                        .collect_view();
                    view! { {missing(present)} {options} }
                }}
            </select>
        </div>
    }
}

#[component]
fn AddItem(id: DocumentId) -> impl IntoView {
    let may = allowed(id, Action::EditActionPlan);
    view! {
        <Show when=move || may.get() fallback=|| view! { <RoleHint key=Key::PlanRoleHint /> }>
            <AddForm id />
        </Show>
    }
}

#[component]
fn AddForm(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let options = read(id, |v| {
        (v.design.expected_results.clone(), v.design.members.clone())
    });
    let text = RwSignal::new(String::new());
    let result = RwSignal::new(String::new());
    let owner = RwSignal::new(String::new());
    let due = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Key>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (results, members) = options.get_untracked();
        // An untouched select shows its first option, so that is the choice.
        let chosen_result = Some(result.get_untracked())
            .filter(|r| !r.is_empty())
            .or_else(|| results.first().map(|r| r.id.to_string()));
        let chosen_owner = Some(owner.get_untracked())
            .filter(|o| !o.is_empty())
            .or_else(|| members.first().map(|m| m.id.to_string()));
        let item = (|| {
            Some(NewActionItem {
                text: text.get_untracked(),
                result: ResultId::new(chosen_result?).ok()?,
                owner: MemberId::new(chosen_owner?).ok()?,
                due: due.get_untracked().parse().ok()?,
            })
        })();
        let Some(item) = item else {
            error.set(Some(Key::ErrActionIncomplete));
            return;
        };
        match change(app, id, |doc| community::add_action_item(doc, &item)) {
            Ok(_) => {
                text.set(String::new());
                error.set(None);
            }
            Err(key) => error.set(Some(key)),
        }
    };
    view! {
        <section class="add" aria-labelledby="add-action-heading">
            <h2 id="add-action-heading">{t(Key::AddActionHeading)}</h2>
            <form class="stack" on:submit=add>
                <DraftInput id="new-action-text" label=Key::FieldAction value=text described_by="add-action-error" />
                <div class="field">
                    <label for="new-action-result">{t(Key::FieldResult)}</label>
                    <select id="new-action-result" on:change=move |ev| result.set(event_target_value(&ev))>
                        {move || {
                            options.get().0.into_iter().map(|r| view! { <option value=r.id.to_string()>{r.description}</option> }).collect_view()
                        }}
                    </select>
                </div>
                <div class="field">
                    <label for="new-action-owner">{t(Key::FieldOwner)}</label>
                    <select id="new-action-owner" on:change=move |ev| owner.set(event_target_value(&ev))>
                        {move || {
                            options.get().1.into_iter().map(|m| view! { <option value=m.id.to_string()>{m.name}</option> }).collect_view()
                        }}
                    </select>
                </div>
                <div class="field">
                    <label for="new-action-due">{t(Key::FieldDue)}</label>
                    <input type="date" id="new-action-due" prop:value=move || due.get() on:change=move |ev| due.set(event_target_value(&ev)) />
                </div>
                <button type="submit">{t(Key::AddAction)}</button>
                <FieldError id="add-action-error" error />
            </form>
        </section>
    }
}
