//! Phase II, step 1: the synchronous and asynchronous knowledge-management tools the
//! community will use, Praxis first among the suggestions; each with its purpose.

use community::{Action, KmTool, SUGGESTED_TOOLS, ToolId, ToolMode};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::{Page, PhaseLayout, RoleHint, allowed, read};
use crate::components::draft_input::DraftInput;
use crate::components::field_error::FieldError;
use crate::components::text_field::TextField;
use crate::i18n::{Key, t, use_i18n};
use crate::routes::community::WithCommunity;
use crate::routes::design::edit::change;
use crate::state::use_app;

#[component]
pub fn ToolsPage() -> impl IntoView {
    view! {
        <WithCommunity content=|id| {
            view! {
                <PhaseLayout id page=Page::Tools advice=Key::ToolsMethod>
                    <ToolList id />
                    <AddTools id />
                </PhaseLayout>
            }
                .into_any()
        } />
    }
}

fn mode_key(mode: Option<ToolMode>) -> Key {
    match mode {
        Some(ToolMode::Synchronous) => Key::ModeSync,
        Some(ToolMode::Asynchronous) => Key::ModeAsync,
        None => Key::ModeUnknown,
    }
}

/// Suggested tools are stored under their English name and shown translated.
fn tool_key(name: &str) -> Option<Key> {
    let suggested = SUGGESTED_TOOLS.iter().find(|s| s.name == name)?;
    Some(match suggested.key {
        "praxis" => Key::ToolPraxis,
        "video_conference" => Key::ToolVideo,
        "webinar" => Key::ToolWebinar,
        "mailing_list" => Key::ToolMailingList,
        _ => Key::ToolRepository,
    })
}

#[component]
fn ToolList(id: DocumentId) -> impl IntoView {
    let tools = read(id, |v| v.implementation.tools.clone());
    view! {
        <section aria-labelledby="tools-heading">
            <h2 id="tools-heading">{t(Key::ToolsHeading)}</h2>
            <p class="hint">{move || tools.with(Vec::is_empty).then(|| t(Key::NoTools)())}</p>
            <ul class="items" data-testid="tool-list">
                <For
                    each=move || tools.get()
                    key=|tool| (tool.id.as_str().to_owned(), tool.name.clone(), tool.mode)
                    children=move |tool| view! { <ToolItem id tool /> }
                />
            </ul>
        </section>
    }
}

#[component]
fn ToolItem(id: DocumentId, tool: KmTool) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let may = allowed(id, Action::ChooseTools);
    let error = RwSignal::new(None::<Key>);
    let prefix = format!("tool-{}", tool.id.as_str());
    // The purpose field's own error line also explains a refused removal.
    let error_id = format!("{prefix}-purpose-error");
    let name = tool.name.clone();
    let shown = move || tool_key(&name).map_or_else(|| name.clone(), |k| i18n.t(k).to_owned());
    let tool_id = tool.id.clone();
    let purpose = read(id, move |v| {
        v.implementation
            .tools
            .iter()
            .find(|x| x.id == tool_id)
            .map(|x| x.purpose.clone())
            .unwrap_or_default()
    });
    let (for_purpose, for_remove): (ToolId, ToolId) = (tool.id.clone(), tool.id);
    let label = shown.clone();
    let editor = move || {
        let for_purpose = for_purpose.clone();
        let for_remove = for_remove.clone();
        let label = label.clone();
        may.get().then(|| {
            view! {
                <TextField
                    id=format!("{prefix}-purpose")
                    label=Key::FieldPurpose
                    value=purpose
                    error
                    on_input=move |text: String| {
                        error.set(change(app, id, |doc| community::set_tool_purpose(doc, &for_purpose, &text)).err());
                    }
                />
                <button
                    type="button"
                    class="secondary"
                    aria-describedby=error_id.clone()
                    on:click=move |_| {
                        error.set(change(app, id, |doc| community::remove_tool(doc, &for_remove)).err());
                    }
                >
                    {t(Key::Remove)}
                    <span class="visually-hidden">" " {label.clone()}</span>
                </button>
            }
        })
    };
    view! {
        <li class="item stack">
            <strong>{shown}</strong>
            " · "
            {t(mode_key(tool.mode))}
            {move || (!may.get()).then(|| view! { <p>{move || purpose.get()}</p> })}
            {editor}
        </li>
    }
}

#[component]
fn AddTools(id: DocumentId) -> impl IntoView {
    let may = allowed(id, Action::ChooseTools);
    view! {
        <Show when=move || may.get() fallback=|| view! { <RoleHint key=Key::ToolsRoleHint /> }>
            <Suggestions id />
            <CustomTool id />
        </Show>
    }
}

#[component]
fn Suggestions(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let error = RwSignal::new(None::<Key>);
    let buttons = SUGGESTED_TOOLS
        .into_iter()
        .map(|s| {
            let key = tool_key(s.name).unwrap_or(Key::ToolRepository);
            view! {
                <li>
                    <button
                        type="button"
                        class="secondary"
                        aria-describedby="suggested-error"
                        on:click=move |_| {
                            error.set(change(app, id, |doc| community::add_tool(doc, s.name, s.mode, "")).err());
                        }
                    >
                        {move || i18n.t(Key::AddTool)} " " {t(key)} " (" {t(mode_key(Some(s.mode)))} ")"
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="suggested-heading">
            <h2 id="suggested-heading">{t(Key::SuggestedToolsHeading)}</h2>
            <ul class="suggestions">{buttons}</ul>
            <FieldError id="suggested-error" error />
        </section>
    }
}

#[component]
fn CustomTool(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let name = RwSignal::new(String::new());
    let purpose = RwSignal::new(String::new());
    let mode = RwSignal::new(ToolMode::Asynchronous);
    let error = RwSignal::new(None::<Key>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (n, p, m) = (
            name.get_untracked(),
            purpose.get_untracked(),
            mode.get_untracked(),
        );
        match change(app, id, |doc| community::add_tool(doc, &n, m, &p)) {
            Ok(_) => {
                name.set(String::new());
                purpose.set(String::new());
                error.set(None);
            }
            Err(key) => error.set(Some(key)),
        }
    };
    let radio = move |value: ToolMode, input_id: &'static str| {
        view! {
            <div class="check">
                <input
                    type="radio"
                    name="new-tool-mode"
                    id=input_id
                    prop:checked=move || mode.get() == value
                    on:change=move |_| mode.set(value)
                />
                <label for=input_id>{t(mode_key(Some(value)))}</label>
            </div>
        }
    };
    view! {
        <section class="add" aria-labelledby="custom-tool-heading">
            <h2 id="custom-tool-heading">{t(Key::OtherToolHeading)}</h2>
            <form class="stack" on:submit=add>
                <DraftInput id="new-tool-name" label=Key::FieldToolName value=name described_by="add-tool-error" />
                <fieldset class="choices">
                    <legend>{t(Key::FieldMode)}</legend>
                    {radio(ToolMode::Synchronous, "new-tool-sync")}
                    {radio(ToolMode::Asynchronous, "new-tool-async")}
                </fieldset>
                <DraftInput id="new-tool-purpose" label=Key::FieldPurpose value=purpose />
                <button type="submit">{t(Key::AddOtherTool)}</button>
                <FieldError id="add-tool-error" error />
            </form>
        </section>
    }
}
