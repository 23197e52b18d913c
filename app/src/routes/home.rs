//! `/`: the communities stored on this device, by title.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::page_title::page_title;
use crate::home_list;
use crate::i18n::{Key, t, use_i18n};
use crate::state::use_app;

#[component]
pub fn Home() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    page_title(move || i18n.t(Key::HomeHeading).to_owned());
    // Until the documents are read, the list kept at the last visit (`home_list`).
    let before_reading = home_list::before_reading();
    let listed = Memo::new(move |_| {
        if app.loaded.get() {
            Some(home_list::from_documents(app))
        } else {
            before_reading.clone()
        }
    });
    // `None` while there is nothing to list yet; the body changes only with it.
    let empty = Memo::new(move |_| listed.with(|list| list.as_ref().map(Vec::is_empty)));
    let body = move || match empty.get() {
        None => view! { <p role="status">{t(Key::HomeLoading)}</p> }.into_any(),
        Some(true) => view! {
            <p>{t(Key::HomeEmpty)}</p>
            <p>
                <A href="/new" attr:class="button">{t(Key::NavNew)}</A>
            </p>
        }
        .into_any(),
        Some(false) => view! { <CommunityList listed /> }.into_any(),
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
fn CommunityList(listed: Memo<Option<home_list::Listed>>) -> impl IntoView {
    let i18n = use_i18n();
    let items = move || {
        let mut items: Vec<(String, String)> = listed.with(|list| {
            list.iter()
                .flatten()
                .map(|(id, title)| (title.clone(), id.clone()))
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
