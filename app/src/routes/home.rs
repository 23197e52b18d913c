//! `/`: the communities stored on this device, by title.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::page_title::page_title;
use crate::i18n::{Key, t, use_i18n};
use crate::state::use_app;

#[component]
pub fn Home() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    page_title(move || i18n.t(Key::HomeHeading).to_owned());
    let body = move || {
        if !app.loaded.get() {
            view! { <p role="status">{t(Key::HomeLoading)}</p> }.into_any()
        } else if app.communities.with(|m| m.is_empty()) {
            view! {
                <p>{t(Key::HomeEmpty)}</p>
                <p>
                    <A href="/new" attr:class="button">{t(Key::NavNew)}</A>
                </p>
            }
            .into_any()
        } else {
            view! { <CommunityList /> }.into_any()
        }
    };
    view! {
        <h1>{t(Key::HomeHeading)}</h1>
        {body}
        <section aria-labelledby="archive-heading">
            <h2 id="archive-heading">{t(Key::ArchiveHeading)}</h2>
            <p>{t(Key::ArchiveHint)}</p>
            // The relay's own page, without the app: a link the router must not take.
            <p>
                <a href="/archive" rel="external" data-testid="archive-search-link">
                    {t(Key::ArchiveSearch)}
                </a>
            </p>
        </section>
    }
}

#[component]
fn CommunityList() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let items = move || {
        let mut items: Vec<(String, String)> = app.communities.with(|map| {
            map.iter()
                .map(|(id, view)| (view.title.clone(), id.to_string()))
                .collect()
        });
        items.sort_by_key(|(title, _)| title.to_lowercase());
        items
    };
    view! {
        <ul class="community-list">
            <For each=items key=|item| item.clone() let:item>
                <li>
                    <A href=format!("/c/{}", item.1)>
                        {if item.0.trim().is_empty() {
                            i18n.t(Key::Untitled).to_owned()
                        } else {
                            item.0.clone()
                        }}
                    </A>
                </li>
            </For>
        </ul>
    }
}
