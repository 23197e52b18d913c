//! Sub-groups ("virtual grouping of participants"): everyone sees who is in which; a
//! moderator adds one with members from the roster, renames it, changes its members or
//! removes it.

use community::{Member, MemberId, Subgroup, SubgroupId};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::{Shown, moderate, shown_id};
use crate::components::choice_checkbox::ChoiceCheckbox;
use crate::components::draft_input::DraftInput;
use crate::components::field_error::FieldError;
use crate::i18n::{Key, t, use_i18n};
use crate::routes::design::edit::me;
use crate::routes::implementation::member_name;
use crate::state::use_app;

#[component]
pub fn Subgroups(
    id: DocumentId,
    discussion: Shown,
    members: Memo<Vec<Member>>,
    moderator: Memo<bool>,
    closed: Memo<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    // Grouping is planning: once the discussion is closed the groups are only shown.
    let may_edit = Memo::new(move |_| moderator.get() && !closed.get());
    let groups = Memo::new(move |_| {
        discussion.with(|d| d.as_ref().map(|d| d.subgroups.clone()).unwrap_or_default())
    });
    view! {
        <section class="stack" aria-labelledby="subgroups-heading" data-testid="subgroups">
            <h2 id="subgroups-heading">{t(Key::DiscSubgroupsHeading)}</h2>
            <p class="hint">{move || groups.with(Vec::is_empty).then(|| i18n.t(Key::DiscNoSubgroups))}</p>
            <ul class="items">
                <For
                    each=move || groups.get()
                    key=|g: &Subgroup| g.id.clone()
                    children=move |g| view! { <SubgroupItem id discussion members may_edit group=g.id /> }
                />
            </ul>
            <Show when=move || may_edit.get()>
                <AddSubgroup id discussion members />
            </Show>
        </section>
    }
}

/// Member check boxes bound to `chosen`, one per member of the roster.
#[component]
fn MemberPicker(
    members: Memo<Vec<Member>>,
    chosen: RwSignal<Vec<MemberId>>,
    prefix: String,
) -> impl IntoView {
    view! {
        <fieldset class="stack">
            <legend>{t(Key::DiscSubgroupMembers)}</legend>
            <For
                each=move || members.get()
                key=|m: &Member| (m.id.clone(), m.name.clone())
                children=move |m| {
                    view! {
                        <ChoiceCheckbox id=format!("{prefix}-{}", m.id) value=m.id.clone() chosen>
                            {m.name}
                        </ChoiceCheckbox>
                    }
                }
            />
        </fieldset>
    }
}

#[component]
fn SubgroupItem(
    id: DocumentId,
    discussion: Shown,
    members: Memo<Vec<Member>>,
    may_edit: Memo<bool>,
    group: SubgroupId,
) -> impl IntoView {
    let stored = {
        let group = group.clone();
        Memo::new(move |_| {
            discussion.with(|d| {
                d.as_ref()
                    .and_then(|d| d.subgroups.iter().find(|g| g.id == group).cloned())
            })
        })
    };
    let name = move || stored.with(|g| g.as_ref().map(|g| g.name.clone()).unwrap_or_default());
    let who = move || {
        let ids = stored.with(|g| g.as_ref().map(|g| g.members.clone()).unwrap_or_default());
        members.with(|m| {
            ids.iter()
                .map(|id| member_name(m, id))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    view! {
        <li class="item stack" data-testid="subgroup">
            <p><strong data-testid="subgroup-name">{name}</strong> ": " <span data-testid="subgroup-members">{who}</span></p>
            <Show when=move || may_edit.get()>
                <EditSubgroup id discussion members group=group.clone() stored />
            </Show>
        </li>
    }
}

#[component]
fn EditSubgroup(
    id: DocumentId,
    discussion: Shown,
    members: Memo<Vec<Member>>,
    group: SubgroupId,
    stored: Memo<Option<Subgroup>>,
) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let name = RwSignal::new(String::new());
    let chosen = RwSignal::new(Vec::<MemberId>::new());
    let error = RwSignal::new(None::<Key>);
    // Show what is stored, and follow it when it changes (here or another moderator).
    Effect::new(move |_| {
        if let Some(g) = stored.get() {
            name.set(g.name);
            chosen.set(g.members);
        }
    });
    let prefix = format!("subgroup-{group}");
    let name_id = format!("{prefix}-name");
    let error_id = format!("{prefix}-error");
    let described_by = error_id.clone();
    let save = {
        let group = group.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let Some(target) = shown_id(discussion) else {
                return;
            };
            let by = me();
            let outcome = {
                let renamed = name.get_untracked();
                // Renamed only when changed: writing the same name again would turn
                // another moderator's concurrent rename into a conflict.
                let unchanged =
                    stored.with_untracked(|g| g.as_ref().is_some_and(|g| g.name == renamed));
                moderate(app, id, |doc| {
                    if !unchanged {
                        community::rename_subgroup(doc, &by, &target, &group, &renamed)?;
                    }
                    community::set_subgroup_members(
                        doc,
                        &by,
                        &target,
                        &group,
                        &chosen.get_untracked(),
                    )
                })
            };
            error.set(outcome.err().map(empty_name));
        }
    };
    let remove = move |_| {
        let Some(target) = shown_id(discussion) else {
            return;
        };
        let by = me();
        let outcome = moderate(app, id, |doc| {
            community::remove_subgroup(doc, &by, &target, &group)
        });
        error.set(outcome.err());
    };
    let legend = move || stored.with(|g| g.as_ref().map(|g| g.name.clone()).unwrap_or_default());
    view! {
        <form class="stack" on:submit=save aria-describedby=described_by>
            <fieldset class="stack">
                <legend>{t(Key::DiscEditSubgroup)} " " {legend}</legend>
                <div class="field">
                    <label for=name_id.clone()>{t(Key::DiscSubgroupName)}</label>
                    <input
                        type="text"
                        id=name_id
                        autocomplete="off"
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                </div>
                <MemberPicker members chosen prefix=prefix.clone() />
            </fieldset>
            <div class="actions">
                <button type="submit" class="secondary">
                    {t(Key::DiscSaveSubgroup)}
                    <span class="visually-hidden">" " {legend}</span>
                </button>
                <button type="button" class="secondary" on:click=remove>
                    {move || i18n.t(Key::DiscRemoveSubgroup)}
                    <span class="visually-hidden">" " {legend}</span>
                </button>
            </div>
            <FieldError id=error_id error />
        </form>
    }
}

/// "Fill this in first" said of the sub-group's name.
fn empty_name(key: Key) -> Key {
    match key {
        Key::ErrEmptyValue => Key::DiscErrSubgroupName,
        other => other,
    }
}

#[component]
fn AddSubgroup(id: DocumentId, discussion: Shown, members: Memo<Vec<Member>>) -> impl IntoView {
    let app = use_app();
    let name = RwSignal::new(String::new());
    let chosen = RwSignal::new(Vec::<MemberId>::new());
    let error = RwSignal::new(None::<Key>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(target) = shown_id(discussion) else {
            return;
        };
        let by = me();
        let outcome = moderate(app, id, |doc| {
            community::add_subgroup(
                doc,
                &by,
                &target,
                &name.get_untracked(),
                &chosen.get_untracked(),
            )
        });
        if outcome.is_ok() {
            name.set(String::new());
            chosen.set(Vec::new());
        }
        error.set(outcome.err().map(empty_name));
    };
    view! {
        <form class="stack add" on:submit=add aria-describedby="new-subgroup-error" data-testid="add-subgroup">
            <h3>{t(Key::DiscNewSubgroupHeading)}</h3>
            <DraftInput id="new-subgroup-name" label=Key::DiscSubgroupName value=name described_by="new-subgroup-error" />
            <MemberPicker members chosen prefix="new-subgroup".to_owned() />
            <button type="submit">{t(Key::DiscAddSubgroup)}</button>
            <FieldError id="new-subgroup-error" error />
        </form>
    }
}
