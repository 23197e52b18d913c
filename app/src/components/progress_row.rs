//! One step of a phase on the community overview: a link to its page, then "Complete" or
//! the list of what it still lacks. Shared by the Design stages and the Phase II steps.

use leptos::prelude::*;

use crate::i18n::{Key, t, use_i18n};

#[component]
pub fn ProgressRow(
    /// The stable token in `data-step` (e2e tests and CSS rely on it).
    slug: &'static str,
    href: String,
    label: Key,
    /// What is missing, one message per gap (repeated messages are shown once).
    missing: Vec<Key>,
) -> impl IntoView {
    let i18n = use_i18n();
    let complete = missing.is_empty();
    let status = if complete {
        view! { <p class="status status-complete">{t(Key::StageComplete)}</p> }.into_any()
    } else {
        // One line per kind of gap: three results without an indicator are one task.
        let mut keys: Vec<Key> = Vec::new();
        for key in missing {
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
        let items = keys
            .into_iter()
            .map(|key| view! { <li>{move || i18n.t(key)}</li> })
            .collect_view();
        view! {
            <div class="status status-missing">
                <p>{t(Key::StageMissing)}</p>
                <ul>{items}</ul>
            </div>
        }
        .into_any()
    };
    view! {
        <li data-step=slug data-complete=complete.to_string()>
            <a href=href>{t(label)}</a>
            {status}
        </li>
    }
}
