//! A message under a control saying why the last action on it was refused; its id goes in
//! the control's `aria-describedby`, and `role="alert"` announces it when it appears.

use leptos::prelude::*;

use crate::i18n::{Key, use_i18n};

#[component]
pub fn FieldError(#[prop(into)] id: String, error: RwSignal<Option<Key>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p id=id class="field-error" role="alert">
            {move || error.get().map(|key| i18n.t(key))}
        </p>
    }
}
