//! `/new`: create a community from a title (required) and a problem statement.

use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use sync_protocol::DocumentId;

use crate::components::page_title::page_title;
use crate::i18n::{Key, t, use_i18n};
use crate::ids;
use crate::routes::community::TITLE_MAX_CHARS;
use crate::state::{AppState, use_app};
use crate::storage;

#[component]
pub fn NewCommunity() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    page_title(move || i18n.t(Key::NewHeading).to_owned());
    let title = RwSignal::new(String::new());
    let problem = RwSignal::new(String::new());
    let missing_title = RwSignal::new(false);
    // One community per press, however impatient the network makes people.
    let busy = RwSignal::new(false);
    let title_input = NodeRef::<html::Input>::new();
    let navigate = use_navigate();

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let title_text = title.get_untracked();
        if title_text.trim().is_empty() {
            missing_title.set(true);
            if let Some(input) = title_input.get() {
                let _ = input.focus(); // take the person to the field that needs them
            }
            return;
        }
        let id = match create(app, title_text.trim(), problem.get_untracked().trim()) {
            Ok(id) => {
                busy.set(true);
                id
            }
            Err(detail) => return app.notify(Key::ErrorCreate, Some(detail)),
        };
        let navigate = navigate.clone();
        wasm_bindgen_futures::spawn_local(async move {
            // Stored before we move on, so a reload right away still finds it. If storage
            // fails the community still exists (in memory, and on the relay once synced).
            if let Err(err) = storage::save_now(app, id).await {
                app.notify(Key::ErrorStorageWrite, Some(err));
            }
            navigate(&format!("/c/{id}"), Default::default());
        });
    };

    view! {
        <h1>{t(Key::NewHeading)}</h1>
        <form class="stack" on:submit=on_submit novalidate>
            <div class="field">
                <label for="new-title">{t(Key::FieldTitle)}</label>
                <input
                    id="new-title"
                    name="title"
                    type="text"
                    required
                    autocomplete="off"
                    maxlength=TITLE_MAX_CHARS
                    node_ref=title_input
                    aria-invalid=move || missing_title.get().to_string()
                    aria-describedby="new-title-error"
                    bind:value=title
                    on:input=move |_| missing_title.set(false)
                />
                <p id="new-title-error" class="field-error">
                    {move || missing_title.get().then(|| i18n.t(Key::TitleRequired))}
                </p>
            </div>
            <div class="field">
                <label for="new-problem">{t(Key::FieldProblem)}</label>
                <textarea
                    id="new-problem"
                    name="problem"
                    rows="6"
                    aria-describedby="new-problem-hint"
                    bind:value=problem
                ></textarea>
                <p id="new-problem-hint" class="hint">{t(Key::ProblemHint)}</p>
            </div>
            <button type="submit" aria-disabled=move || busy.get().to_string()>
                {t(Key::Create)}
            </button>
        </form>
    }
}

/// Make the document, give it a fresh id and add it to the repo (which syncs it).
fn create(app: AppState, title: &str, problem: &str) -> Result<DocumentId, String> {
    let mut doc = community::create(title, problem).map_err(|e| e.to_string())?;
    community::record_creator(&mut doc, &crate::identity::me()).map_err(|e| e.to_string())?;
    let id = ids::new_document_id().map_err(|e| e.to_string())?;
    app.insert(id, doc);
    Ok(id)
}
