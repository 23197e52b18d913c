//! The language picker; options are written in their own language.

use leptos::prelude::*;

use crate::i18n::{Key, Lang, t, use_i18n};

#[component]
pub fn LanguageSelect() -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |ev| {
        if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
            i18n.set(lang);
        }
    };
    let options = Lang::ALL.map(|lang| {
        view! {
            <option value=lang.code() lang=lang.code() prop:selected=move || i18n.lang.get() == lang>
                {lang.endonym()}
            </option>
        }
    });
    view! {
        <div class="language">
            <label for="language-select">{t(Key::Language)}</label>
            <select id="language-select" on:change=on_change>
                {options}
            </select>
        </div>
    }
}
