//! Phase III (Conclusion): one page per step of the method under
//! `/c/:id/conclusion/<page>`, the phase's panel on the community overview, and the
//! notice every page shows once the community is closed.

pub mod assessment;
pub mod close;
pub mod kit;
pub mod knowledge;

use community::{Action, Phase};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use crate::components::field_error::FieldError;
use crate::i18n::{Key, t, use_i18n};
use crate::routes::design::edit::{change, me};
use crate::routes::implementation::{PhasePage, allowed, member_name, read};

/// The pages in the method's order.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Assessment,
    Knowledge,
    Kit,
    Close,
}

impl PhasePage for Page {
    const ALL: &'static [Self] = &[Page::Assessment, Page::Knowledge, Page::Kit, Page::Close];
    const NAV: Key = Key::PhaseThreeNav;

    fn path(self, id: DocumentId) -> String {
        let slug = match self {
            Page::Assessment => "assessment",
            Page::Knowledge => "knowledge",
            Page::Kit => "kit",
            Page::Close => "close",
        };
        format!("/c/{id}/conclusion/{slug}")
    }

    fn key(self) -> Key {
        match self {
            Page::Assessment => Key::PageAssessment,
            Page::Knowledge => Key::PageKnowledge,
            Page::Kit => Key::PageKit,
            Page::Close => Key::PageClose,
        }
    }
}

/// Phase III on the overview: the leader starts it once Implementation is under way;
/// then the links to its pages; once closed, where the archived record lives.
#[component]
pub fn ConclusionPanel(id: DocumentId) -> impl IntoView {
    let phase = read(id, |v| Some(v.phase));
    let closed = read(id, |v| v.closure.is_some());
    let may_conclude = allowed(id, Action::Conclude);
    let error = RwSignal::new(None::<Key>);
    let app = crate::state::use_app();
    let start = move |_| {
        error.set(change(app, id, |doc| community::start_conclusion(doc, &me())).err());
    };
    view! {
        <section class="phase-three" aria-labelledby="phase-three-heading">
            <h2 id="phase-three-heading">{t(Key::PhaseThreeHeading)}</h2>
            {move || match (phase.get(), closed.get()) {
                (_, true) => view! { <ClosedNotice id /> }.into_any(),
                (Some(Phase::Conclusion), false) => {
                    view! {
                        <CommunityLanguage id />
                        <ul class="stage-list" data-testid="phase-three-pages">
                            {Page::ALL
                                .iter()
                                .map(|&page| {
                                    view! {
                                        <li>
                                            <a href=page.path(id)>{t(page.key())}</a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }
                (Some(Phase::Implementation), false) if may_conclude.get() => {
                    view! {
                        <p class="hint">{t(Key::PhaseThreeIntro)}</p>
                        <button
                            type="button"
                            data-testid="start-conclusion"
                            aria-describedby="start-conclusion-error"
                            on:click=start
                        >
                            {t(Key::StartPhaseThree)}
                        </button>
                        <FieldError id="start-conclusion-error" error />
                    }
                        .into_any()
                }
                _ => view! { <p class="hint">{t(Key::PhaseThreeIntro)}</p> }.into_any(),
            }}
        </section>
    }
}

/// Said on every page of a closed community: it is a record now, read-only, and the
/// relay keeps it in the archive.
#[component]
pub fn ClosedNotice(id: DocumentId) -> impl IntoView {
    let i18n = use_i18n();
    let closure = read(id, |v| {
        v.closure
            .as_ref()
            .map(|c| (member_name(&v.design.members, &c.by), c.at.clone()))
    });
    move || {
        closure.get().map(|(by, at)| {
            let day = at.get(..10).unwrap_or_default().to_owned();
            view! {
                <div class="notice closed-notice" role="status" data-testid="community-closed">
                    <p>
                        {move || {
                            i18n.t(Key::CommunityClosedBy).replace("{name}", &by).replace("{date}", &day)
                        }}
                    </p>
                    <LateChanges id />
                    <p>
                        <a
                            href=format!("/archive/{id}")
                            rel="external"
                            data-testid="archive-link"
                            on:click=move |ev| {
                                ev.prevent_default();
                                open_archive(id);
                            }
                        >
                            {t(Key::OpenArchiveRecord)}
                        </a>
                    </p>
                </div>
            }
        })
    }
}

/// Opens the archived record of a restricted community as its member: the record page
/// is the relay's, without the app, so the credential goes along as a cookie first.
/// Offline or refused, the page is opened anyway and says what it can.
fn open_archive(id: DocumentId) {
    wasm_bindgen_futures::spawn_local(async move {
        let _ = crate::relay::share_credential_with_pages().await;
        if let Some(window) = web_sys::window() {
            let _ = window.location().assign(&format!("/archive/{id}"));
        }
    });
}

/// The community's working language: the kit and the archived record are written in
/// it, whatever language each member reads the app in. The leader sets it.
#[component]
fn CommunityLanguage(id: DocumentId) -> impl IntoView {
    let app = crate::state::use_app();
    let current = read(id, |v| v.design.language);
    let may_edit = allowed(id, Action::EditDesign);
    let error = RwSignal::new(None::<Key>);
    let on_change = move |ev| {
        if let Some(language) = community::Language::from_key(&event_target_value(&ev)) {
            error.set(change(app, id, |doc| community::set_language(doc, language)).err());
        }
    };
    let options = community::Language::ALL.map(|language| {
        let lang = crate::i18n::Lang::from_tag(language.key());
        view! {
            <option
                value=language.key()
                lang=language.key()
                prop:selected=move || current.get() == Some(language)
            >
                {lang.map(|l| l.endonym())}
            </option>
        }
    });
    view! {
        <div class="field">
            <label for="community-language">{t(Key::CommunityLanguage)}</label>
            <select
                id="community-language"
                aria-describedby="community-language-hint community-language-error"
                prop:disabled=move || !may_edit.get()
                on:change=on_change
            >
                <option value="" prop:selected=move || current.get().is_none()>
                    {t(Key::CommunityLanguageUnset)}
                </option>
                {options}
            </select>
            <p class="hint" id="community-language-hint">
                {t(Key::CommunityLanguageHint)}
            </p>
            <FieldError id="community-language-error" error />
        </div>
    }
}

/// One change that reached the relay after the community was archived.
#[derive(Clone, Debug, PartialEq)]
struct Late {
    author: String,
    arrived_at: f64,
    touched: Vec<String>,
}

/// For the archive's moderators (leaders and moderators): the changes members sent
/// after the closing, which the relay kept aside from the record. Asked of the relay
/// once per visit; others are not shown the section (the relay would refuse them).
#[component]
fn LateChanges(id: DocumentId) -> impl IntoView {
    let i18n = use_i18n();
    let moderates = allowed(id, Action::DecideRegistration);
    let late = RwSignal::new(None::<Vec<Late>>);
    let app = crate::state::use_app();
    Effect::new(move |asked: Option<bool>| {
        // Asked once synced: the relay archives a closing before it acknowledges it, so
        // by then the archive exists (asked earlier, it answers "no such community").
        let synced = app.connection.get() == crate::state::ConnectionState::Synced;
        if asked == Some(true) || !moderates.get() || !synced {
            return asked.unwrap_or(false);
        }
        wasm_bindgen_futures::spawn_local(async move {
            let path = format!("/api/communities/{id}/late-changes");
            if let Ok(answer) = crate::relay::authorized("GET", &path, None).await {
                late.set(Some(parse_late(&answer)));
            }
        });
        true
    });
    move || {
        let changes = late.get()?;
        let count = changes.len();
        let items = changes
            .into_iter()
            .map(|change| {
                let when =
                    js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(change.arrived_at * 1000.0))
                        .to_iso_string()
                        .as_string()
                        .unwrap_or_default();
                let line = i18n
                    .t(Key::LateChangeBy)
                    .replace("{name}", &change.author)
                    .replace("{date}", &crate::routes::discussions::show_moment(&when));
                view! {
                    <li>
                        {line}
                        <ul>
                            {change
                                .touched
                                .into_iter()
                                .map(|what| view! { <li><code>{what}</code></li> })
                                .collect_view()}
                        </ul>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section aria-labelledby="late-heading" data-testid="late-changes">
                <h2 id="late-heading">{t(Key::LateHeading)}</h2>
                <p>
                    {move || i18n.t(Key::LateCount).replace("{n}", &count.to_string())}
                </p>
                <ul>{items}</ul>
            </section>
        })
    }
}

fn parse_late(answer: &wasm_bindgen::JsValue) -> Vec<Late> {
    use crate::relay::string_field;
    let list: js_sys::Array = answer.clone().into();
    list.iter()
        .map(|item| {
            let field = |name: &str| js_sys::Reflect::get(&item, &name.into()).ok();
            Late {
                author: string_field(&item, "author_name")
                    .or_else(|| string_field(&item, "author"))
                    .unwrap_or_default(),
                arrived_at: field("arrived_at").and_then(|v| v.as_f64()).unwrap_or(0.0),
                touched: field("touched")
                    .map(|v| {
                        js_sys::Array::from(&v)
                            .iter()
                            .filter_map(|s| s.as_string())
                            .collect()
                    })
                    .unwrap_or_default(),
            }
        })
        .collect()
}
