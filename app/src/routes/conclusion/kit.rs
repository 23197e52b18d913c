//! The communication kit: every item the method lists for communicating results,
//! generated from the community's own content in its working language
//! (`community::kit`), shown in text areas the person edits before downloading. The
//! edits stay on this page (they are drafts for other channels, not the community's
//! record); everything works offline, since it is built from the local document.

use community::kit::{self, KitError, KitOptions, Seminar, Source, UtcDateTime};
use leptos::html;
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::Page;
use crate::components::download::download;
use crate::i18n::{Key, t, use_i18n};
use crate::routes::community::WithCommunity;
use crate::routes::implementation::PhaseLayout;
use crate::state::use_app;

#[component]
pub fn KitPage() -> impl IntoView {
    view! {
        <WithCommunity content=|id| {
            view! {
                <PhaseLayout id page=Page::Kit advice=Key::KitMethod>
                    <Kit id />
                </PhaseLayout>
            }
                .into_any()
        } />
    }
}

/// What the person types about the publication, kept as they type it.
#[derive(Clone, Copy)]
struct Inputs {
    page_url: RwSignal<String>,
    email: RwSignal<String>,
    hashtags: RwSignal<String>,
    seminar_date: RwSignal<String>,
    seminar_time: RwSignal<String>,
    seminar_minutes: RwSignal<String>,
    seminar_link: RwSignal<String>,
}

impl Inputs {
    fn new() -> Self {
        Self {
            page_url: RwSignal::new(String::new()),
            email: RwSignal::new(String::new()),
            hashtags: RwSignal::new(String::new()),
            seminar_date: RwSignal::new(String::new()),
            seminar_time: RwSignal::new(String::new()),
            seminar_minutes: RwSignal::new("60".into()),
            seminar_link: RwSignal::new(String::new()),
        }
    }

    fn options(self, id: DocumentId) -> KitOptions {
        let filled = |s: RwSignal<String>| {
            let value = s.get().trim().to_owned();
            (!value.is_empty()).then_some(value)
        };
        KitOptions {
            page_url: filled(self.page_url),
            contact_email: filled(self.email),
            hashtags: self
                .hashtags
                .get()
                .split([',', ' '])
                .map(str::trim)
                .filter(|tag| !tag.is_empty())
                .map(str::to_owned)
                .collect(),
            seminar: self.seminar(id),
        }
    }

    /// The seminar once its date, time and link are given.
    fn seminar(self, id: DocumentId) -> Option<Seminar> {
        let date = self.seminar_date.get().parse::<community::IsoDate>().ok()?;
        let time = self.seminar_time.get();
        let (hour, minute) = time.split_once(':')?;
        let start = UtcDateTime::new(date, hour.parse().ok()?, minute.parse().ok()?, 0)?;
        let link = self.seminar_link.get().trim().to_owned();
        if link.is_empty() {
            return None;
        }
        Some(Seminar {
            start,
            duration_minutes: self.seminar_minutes.get().trim().parse().unwrap_or(60),
            link,
            uid: format!("{id}-seminar@praxis"),
            created: now_utc()?,
        })
    }
}

fn now_utc() -> Option<UtcDateTime> {
    let now = js_sys::Date::new_0();
    let date = community::IsoDate::new(
        u16::try_from(now.get_utc_full_year()).ok()?,
        u8::try_from(now.get_utc_month() + 1).ok()?,
        u8::try_from(now.get_utc_date()).ok()?,
    )?;
    UtcDateTime::new(
        date,
        u8::try_from(now.get_utc_hours()).ok()?,
        u8::try_from(now.get_utc_minutes()).ok()?,
        u8::try_from(now.get_utc_seconds()).ok()?,
    )
}

fn error_key(error: &KitError) -> Key {
    match error {
        KitError::InvalidUrl { .. } => Key::KitErrUrl,
        KitError::InvalidDateTime { .. } | KitError::NoSeminar => Key::KitErrSeminar,
        KitError::TooLarge => Key::KitErrDeck,
    }
}

#[component]
fn Kit(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let inputs = Inputs::new();
    // The kit's view of the community, re-read when the document changes.
    let source = Memo::new(move |_| {
        app.communities.with(|m| m.get(&id).map(|_| ()));
        app.with_repo_unpumped(|repo| repo.document(&id).map(kit::source))
            .flatten()
            .and_then(Result::ok)
    });
    let options = Memo::new(move |_| inputs.options(id));
    let made = move |make: fn(&Source, &KitOptions) -> Result<String, KitError>| {
        Memo::new(move |_| {
            let source = source.get()?;
            Some(make(&source, &options.get()).map_err(|e| error_key(&e)))
        })
    };
    let intranet = made(kit::intranet_note);
    let page = made(kit::public_page);
    let network = made(kit::network_message);
    let article = made(|source, _| Ok(kit::article_outline(source)));
    let seminar = Memo::new(move |_| {
        let source = source.get()?;
        let options = options.get();
        options.seminar.as_ref()?;
        Some(kit::seminar_invitation(&source, &options).map_err(|e| error_key(&e)))
    });
    let posts = Memo::new(move |_| {
        let source = source.get()?;
        Some(kit::social_posts(&source, &options.get()).map_err(|e| error_key(&e)))
    });
    view! {
        <Options inputs />
        <KitText
            slug="intranet"
            heading=Key::KitIntranet
            text=intranet
            file="intranet-note.md"
            mime="text/markdown;charset=utf-8"
        />
        <KitText
            slug="page"
            heading=Key::KitPublicPage
            text=page
            file="results.html"
            mime="text/html;charset=utf-8"
        />
        <SocialPosts posts options />
        <Deck source options />
        <KitText
            slug="network"
            heading=Key::KitNetwork
            text=network
            file="thematic-networks.txt"
            mime="text/plain;charset=utf-8"
        />
        <SeminarItem seminar />
        <KitText
            slug="article"
            heading=Key::KitArticle
            text=article
            file="article-outline.md"
            mime="text/markdown;charset=utf-8"
        />
    }
}

#[component]
fn Options(inputs: Inputs) -> impl IntoView {
    let field = |id: &'static str, label: Key, kind: &'static str, value: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{t(label)}</label>
                <input
                    id=id
                    type=kind
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
            </div>
        }
    };
    view! {
        <section aria-labelledby="kit-options-heading" class="stack">
            <h2 id="kit-options-heading">{t(Key::KitOptions)}</h2>
            <p class="hint">{t(Key::KitOptionsHint)}</p>
            {field("kit-page-url", Key::KitPageUrl, "url", inputs.page_url)}
            {field("kit-email", Key::KitEmail, "email", inputs.email)}
            {field("kit-hashtags", Key::KitHashtags, "text", inputs.hashtags)}
            <fieldset class="stack">
                <legend>{t(Key::KitSeminar)}</legend>
                {field("kit-seminar-date", Key::KitSeminarDate, "date", inputs.seminar_date)}
                {field("kit-seminar-time", Key::KitSeminarTime, "time", inputs.seminar_time)}
                {field("kit-seminar-minutes", Key::KitSeminarMinutes, "number", inputs.seminar_minutes)}
                {field("kit-seminar-link", Key::KitSeminarLink, "url", inputs.seminar_link)}
            </fieldset>
        </section>
    }
}

/// One text item: generated, edited in place, downloaded as it stands.
#[component]
fn KitText(
    slug: &'static str,
    heading: Key,
    text: Memo<Option<Result<String, Key>>>,
    file: &'static str,
    mime: &'static str,
) -> impl IntoView {
    let area = NodeRef::<html::Textarea>::new();
    let area_id = format!("kit-{slug}");
    let heading_id = format!("{area_id}-heading");
    let labelled_by = heading_id.clone();
    let save = move |_| {
        if let Some(area) = area.get() {
            download(file, mime, area.value().as_bytes());
        }
    };
    view! {
        <section class="kit-item stack" aria-labelledby=labelled_by data-testid=format!("kit-{slug}")>
            <h2 id=heading_id>{t(heading)}</h2>
            {move || match text.get() {
                None => ().into_any(),
                Some(Err(key)) => view! { <p class="error" role="alert">{t(key)}</p> }.into_any(),
                Some(Ok(value)) => {
                    view! {
                        <label for=area_id.clone() class="visually-hidden">{t(heading)}</label>
                        <textarea id=area_id.clone() rows="12" node_ref=area prop:value=value></textarea>
                        <button type="button" on:click=save>
                            {t(Key::KitDownload)}
                            " ("
                            {file}
                            ")"
                        </button>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn SocialPosts(
    posts: Memo<Option<Result<Vec<kit::SocialPost>, Key>>>,
    options: Memo<KitOptions>,
) -> impl IntoView {
    view! {
        <section class="kit-item stack" aria-labelledby="kit-social-heading" data-testid="kit-social">
            <h2 id="kit-social-heading">{t(Key::KitSocial)}</h2>
            <p class="hint">{t(Key::KitSocialHint)}</p>
            {move || match posts.get() {
                None => ().into_any(),
                Some(Err(key)) => view! { <p class="error" role="alert">{t(key)}</p> }.into_any(),
                Some(Ok(posts)) => {
                    posts
                        .into_iter()
                        .enumerate()
                        .map(|(n, post)| view! { <SocialPost n post options /> })
                        .collect_view()
                        .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn SocialPost(n: usize, post: kit::SocialPost, options: Memo<KitOptions>) -> impl IntoView {
    let i18n = use_i18n();
    let text = RwSignal::new(post.text);
    let count = Memo::new(move |_| {
        let options = options.get();
        let links: Vec<&str> = options
            .page_url
            .iter()
            .chain(options.seminar.as_ref().map(|s| &s.link))
            .map(String::as_str)
            .collect();
        text.with(|text| kit::post_weight(text, &links))
    });
    let id = format!("kit-social-{n}");
    let count_id = format!("{id}-count");
    view! {
        <div class="field social-post" data-testid="social-post">
            <label for=id.clone()>{move || i18n.t(Key::KitSocialPost).replace("{n}", &(n + 1).to_string())}</label>
            <textarea
                id=id
                rows="4"
                aria-describedby=count_id.clone()
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            ></textarea>
            <p
                id=count_id
                class=move || over_limit(count.get())
                aria-live="polite"
                data-testid="social-count"
            >
                {move || {
                    i18n.t(Key::KitSocialCount)
                        .replace("{n}", &count.get().to_string())
                        .replace("{limit}", &kit::POST_LIMIT.to_string())
                }}
            </p>
        </div>
    }
}

fn over_limit(count: usize) -> &'static str {
    if count > kit::POST_LIMIT {
        "count error"
    } else {
        "count"
    }
}

#[component]
fn Deck(source: Memo<Option<Source>>, options: Memo<KitOptions>) -> impl IntoView {
    let error = RwSignal::new(None::<Key>);
    let save = move |_| {
        let Some(source) = source.get_untracked() else {
            return;
        };
        match kit::deck(&source, &options.get_untracked()) {
            Ok(deck) => {
                error.set(None);
                download("results.pptx", kit::DECK_MEDIA_TYPE, &deck.bytes);
            }
            Err(e) => error.set(Some(error_key(&e))),
        }
    };
    view! {
        <section class="kit-item stack" aria-labelledby="kit-deck-heading" data-testid="kit-deck">
            <h2 id="kit-deck-heading">{t(Key::KitDeck)}</h2>
            <p class="hint">{t(Key::KitDeckHint)}</p>
            <button type="button" on:click=save aria-describedby="kit-deck-error">
                {t(Key::KitDownloadDeck)}
            </button>
            <crate::components::field_error::FieldError id="kit-deck-error" error />
        </section>
    }
}

#[component]
fn SeminarItem(seminar: Memo<Option<Result<kit::SeminarInvitation, Key>>>) -> impl IntoView {
    let area = NodeRef::<html::Textarea>::new();
    let save_text = move |_| {
        if let Some(area) = area.get() {
            download(
                "seminar-invitation.txt",
                "text/plain;charset=utf-8",
                area.value().as_bytes(),
            );
        }
    };
    view! {
        <section class="kit-item stack" aria-labelledby="kit-seminar-heading" data-testid="kit-seminar">
            <h2 id="kit-seminar-heading">{t(Key::KitSeminarInvitation)}</h2>
            {move || match seminar.get() {
                None => view! { <p class="hint">{t(Key::KitSeminarNeeded)}</p> }.into_any(),
                Some(Err(key)) => view! { <p class="error" role="alert">{t(key)}</p> }.into_any(),
                Some(Ok(invitation)) => {
                    let ics = invitation.ics.clone();
                    view! {
                        <p><strong>{invitation.subject.clone()}</strong></p>
                        <label for="kit-seminar-text" class="visually-hidden">{t(Key::KitSeminarInvitation)}</label>
                        <textarea id="kit-seminar-text" rows="12" node_ref=area prop:value=invitation.text></textarea>
                        <button type="button" on:click=save_text>{t(Key::KitDownload)}" (seminar-invitation.txt)"</button>
                        <button
                            type="button"
                            data-testid="kit-seminar-ics"
                            on:click=move |_| download("seminar.ics", "text/calendar;charset=utf-8", ics.as_bytes())
                        >
                            {t(Key::KitDownloadIcs)}
                        </button>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
