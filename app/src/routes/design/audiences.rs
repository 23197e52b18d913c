//! Stage 6, target audiences: whom the community serves and who may benefit from it.

use community::{Audience, Stage};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::StageLayout;
use super::edit::change;
use crate::components::draft_input::DraftInput;
use crate::components::field_error::FieldError;
use crate::i18n::{Key, t};
use crate::routes::community::WithCommunity;
use crate::state::use_app;

#[component]
pub fn AudiencesPage() -> impl IntoView {
    view! {
        <WithCommunity content=|id| {
            view! {
                <StageLayout id stage=Stage::Audiences>
                    <div class="stage-form stack">
                        <AudienceList id />
                        <AddAudience id />
                    </div>
                    <aside class="advice" aria-labelledby="advice-heading">
                        <h2 id="advice-heading">{t(Key::MethodAdvice)}</h2>
                        <p>{t(Key::AudiencesMethod)}</p>
                    </aside>
                </StageLayout>
            }
                .into_any()
        } />
    }
}

#[component]
fn AudienceList(id: DocumentId) -> impl IntoView {
    let audiences = super::design(id, |d| d.audiences.clone());
    view! {
        <p class="hint">
            {move || audiences.with(Vec::is_empty).then(|| t(Key::NoAudiences)())}
        </p>
        <ul class="items" data-testid="audience-list">
            <For
                each=move || audiences.get()
                key=|audience| (audience.id.as_str().to_owned(), audience.text.clone())
                children=move |audience| view! { <AudienceItem id audience /> }
            />
        </ul>
    }
}

#[component]
fn AudienceItem(id: DocumentId, audience: Audience) -> impl IntoView {
    let app = use_app();
    let error = RwSignal::new(None::<Key>);
    let error_id = format!("audience-{}-error", audience.id.as_str());
    let entry = audience.id.clone();
    view! {
        <li class="item member">
            <span class="member-name">{audience.text.clone()}</span>
            <button
                type="button"
                class="secondary"
                aria-describedby=error_id.clone()
                on:click=move |_| {
                    error.set(change(app, id, |doc| community::remove_audience(doc, &entry)).err());
                }
            >
                {t(Key::Remove)}
                <span class="visually-hidden">" " {audience.text}</span>
            </button>
            <FieldError id=error_id error />
        </li>
    }
}

#[component]
fn AddAudience(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Key>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = text.get_untracked();
        match change(app, id, |doc| community::add_audience(doc, &value)) {
            Ok(_) => {
                text.set(String::new());
                error.set(None);
            }
            Err(key) => error.set(Some(key)),
        }
    };
    view! {
        <section class="add" aria-labelledby="add-audience-heading">
            <h2 id="add-audience-heading">{t(Key::AddAudienceHeading)}</h2>
            <form class="stack" on:submit=add>
                <DraftInput id="new-audience" label=Key::FieldAudience value=text described_by="add-audience-error" />
                <button type="submit" aria-describedby="add-audience-error">
                    {t(Key::AddAudience)}
                </button>
                <FieldError id="add-audience-error" error />
            </form>
        </section>
    }
}
