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
    let values = Memo::new(move |_| {
        app.communities.with(|m| {
            m.get(&id)
                .and_then(|v| v.conflicts.iter().find(|c| c.path == path))
                .map(|c| c.values.clone())
                .unwrap_or_default()
        })
    });
    move || {
        let values = values.get();
        (!values.is_empty()).then(|| {
            let choices = values
                .iter()
                .filter_map(|value| parse(value))
                .map(|value| {
                    view! {
                        <li>
                            <button type="button" on:click=move |_| error.set(choose.run(value).err())>
                                {t(Key::ConflictKeep)} " " {move || i18n.t(label(value))}
                                <span class="visually-hidden">
                                    " (" {move || field.get()} ")"
                                </span>
                            </button>
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
