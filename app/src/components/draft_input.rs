//! A labelled input bound to a signal of the page, not to the document: for forms whose
//! fields are written together on submit (a registration, a discussion plan).

use leptos::prelude::*;

use crate::i18n::{Key, t};

#[component]
pub fn DraftInput(
    id: &'static str,
    label: Key,
    value: RwSignal<String>,
    #[prop(optional)] multiline: bool,
    /// Height of a multi-line field.
    #[prop(default = 3)]
    rows: u32,
    /// The id of the form's error message, read with the field.
    #[prop(optional)]
    described_by: Option<&'static str>,
) -> impl IntoView {
    let control = if multiline {
        view! { <textarea id=id rows=rows aria-describedby=described_by prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))></textarea> }.into_any()
    } else {
        view! { <input type="text" id=id autocomplete="off" aria-describedby=described_by prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) /> }.into_any()
    };
    view! {
        <div class="field">
            <label for=id>{t(label)}</label>
            {control}
        </div>
    }
}
