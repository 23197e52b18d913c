//! A choice that members made differently at the same time, shown where it is edited.
//!
//! Automerge keeps every concurrent value of a scalar and reads one of them; the domain's
//! `conflicts` lists the others. This shows all of them beside the control, with one
//! button per value: choosing writes it again, which settles it for everyone. (Re-picking
//! the value a `<select>` or radio already shows fires no change event, so the control
//! itself cannot settle it.)

use leptos::prelude::*;
use sync_protocol::DocumentId;

use crate::i18n::{Key, t, use_i18n};
use crate::state::use_app;

#[component]
pub fn ConflictChoices<T, P, L>(
    id: DocumentId,
    /// The field's path in the document, e.g. `["design", "call"]`.
    path: Vec<String>,
    /// The typed value of a stored value (values this build does not know are not offered).
    parse: P,
    /// The words for a value, in the person's language.
    label: L,
    /// Write the chosen value (the domain call); a refusal is shown in `error`.
    #[prop(into)]
    choose: Callback<T, Result<(), Key>>,
    /// What to call the field in the buttons' accessible names (e.g. "Role of Ana").
    #[prop(into)]
    field: Signal<String>,
    error: RwSignal<Option<Key>>,
) -> impl IntoView
where
    T: Copy + Send + Sync + 'static,
    P: Fn(&str) -> Option<T> + Send + Sync + 'static,
    L: Fn(T) -> Key + Copy + Send + Sync + 'static,
{
    let app = use_app();
    let i18n = use_i18n();
    let data_path = path.join("/");
    // Each value with who chose it, by their roster names.
    let conflict_path = path.clone();
    let values = Memo::new(move |_| {
        app.communities.with(|m| {
            let Some(view) = m.get(&id) else {
                return Vec::new();
            };
            let name = |who: &community::Contributor| match who {
                community::Contributor::Member(member) => view
                    .design
                    .members
                    .iter()
                    .find(|m| m.id == *member)
                    .map_or_else(|| member.to_string(), |m| m.name.clone()),
                community::Contributor::Unknown(actor) => actor.clone(),
            };
            view.conflicts
                .iter()
                .find(|c| c.path == conflict_path)
                .map(|c| {
                    c.values
                        .iter()
                        .zip(&c.authors)
                        .enumerate()
                        .map(|(index, (value, authors))| {
                            let names: Vec<String> = authors.iter().map(name).collect();
                            (index, value.clone(), names.join(", "))
                        })
                        .collect()
                })
                .unwrap_or_default()
        })
    });
    // A moderator's (or the entry's owner's) choice is recorded with the decision;
    // anyone else who may edit the field settles it by writing the value again.
    let settle = move |index: usize, value: T| {
        let me = crate::routes::design::edit::me();
        let at = crate::routes::discussions::now_iso();
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        let recorded = crate::routes::design::edit::change(app, id, |doc| {
            community::resolve_conflict(doc, &me, &path, index, &at)
        });
        match recorded {
            Ok(()) => None,
            Err(_) => choose.run(value).err(),
        }
    };
    move || {
        let values = values.get();
        (!values.is_empty()).then(|| {
            let choices = values
                .iter()
                .filter_map(|(index, value, names)| Some((*index, parse(value)?, names.clone())))
                .map(|(index, value, names)| {
                    let settle = settle.clone();
                    view! {
                        <li>
                            <button type="button" on:click=move |_| error.set(settle(index, value))>
                                {t(Key::ConflictKeep)} " " {move || i18n.t(label(value))}
                                <span class="visually-hidden">
                                    " (" {move || field.get()} ")"
                                </span>
                            </button>
                            " " <span data-testid="conflict-author">{t(Key::ReviewBy)} " " {names}</span>
                        </li>
                    }
                })
                .collect::<Vec<_>>();
            view! {
                <div class="conflict" role="status" data-testid="conflict" data-path=data_path.clone()>
                    <p>{t(Key::ConflictHeading)}</p>
                    <ul class="conflict-choices">{choices}</ul>
                    <p>{t(Key::ConflictHint)}</p>
                </div>
            }
        })
    }
}
