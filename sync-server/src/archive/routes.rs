//! The archive's HTTP surface: `/archive` (search), `/archive/{id}` (the record), its
//! exports (`community.automerge`, the snapshot's bytes; `record.json`, `record.md`,
//! `saf.zip`, from `community::export` and [`crate::saf`]) and `/oai` (OAI-PMH, public
//! records only). The reader is whoever the session cookie signs in, or a stranger; a
//! record they may not see gets the very page an unknown one gets.

use std::sync::Arc;

use automerge::Automerge;
use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use community::{Language, MemberId};
use serde::Deserialize;
use sync_protocol::DocumentId;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;

use super::cache::PageCache;
use super::harvest::{self, Harvest};
use super::html::{Layout, url_encode};
use super::pages::language::Asked;
use super::pages::words::Words;
use super::pages::{self, record::Export, search::Outcome};
use super::reader::{Reader, Record};
use crate::Config;
use crate::api::{Answer, Request};
use crate::auth::cookie;
use crate::hub::Hub;
use crate::oai::{self, UtcSeconds};
use crate::saf::{self, SafItem};
use crate::store::StoreError;
use crate::store::meta::unix_now;

/// The most results one page may show, whatever `--search-results-per-page` says.
const MAX_PER_PAGE: usize = 100;
/// The last page of results one may ask for: deep pages cost the index as much as all
/// the pages before them.
const MAX_PAGE: usize = 50;
/// Pages carry no script, load nothing from elsewhere and are framed by no one.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; \
    form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// What every page of this relay's archive shares.
struct Site {
    repository: String,
    contact: Option<String>,
    /// `--public-url` without its trailing slash, or empty: links are then relative.
    base: String,
    per_page: usize,
    max_query_chars: usize,
    oai_page_size: usize,
}

impl Site {
    /// The layout of a page in `language`, keeping `keep` (see [`Layout::keep`]).
    fn layout(&self, language: Language, asked: Asked, keep: String) -> Layout<'_> {
        Layout {
            repository: &self.repository,
            contact: self.contact.as_deref(),
            language,
            carried: asked.carried(),
            keep,
        }
    }

    /// The record's exports, for its page.
    fn exports(&self, document: &DocumentId, words: &Words) -> Vec<Export> {
        let at = |file: &str| format!("{}/archive/{document}/{file}", self.base);
        vec![
            Export {
                href: at("record.md"),
                label: words.export_markdown,
            },
            Export {
                href: at("record.json"),
                label: words.export_json,
            },
            Export {
                href: at("saf.zip"),
                label: words.export_saf,
            },
            Export {
                href: at("community.automerge"),
                label: words.export_automerge,
            },
        ]
    }

    /// Where people reach the relay: `--public-url`, else what the request's `Host`
    /// says (harvesters then see the address they used).
    fn origin(&self, headers: &HeaderMap) -> String {
        if !self.base.is_empty() {
            return self.base.clone();
        }
        let host = headers
            .get(header::HOST)
            .and_then(|host| host.to_str().ok())
            .unwrap_or("localhost");
        format!("http://{host}")
    }
}

#[derive(Clone)]
struct PageState {
    hub: Hub,
    reader: Reader,
    site: Arc<Site>,
    pages: Arc<PageCache>,
}

impl PageState {
    /// Whoever the session cookie signs in; anyone else (no cookie, an expired or
    /// signed-out credential) reads as a stranger.
    async fn viewer(&self, headers: &HeaderMap) -> Option<MemberId> {
        let credential = cookie::from_cookies(headers)?;
        match self.hub.call(Request::Session { credential }).await {
            Ok(Answer::Session { member, .. }) => Some(member),
            _ => None,
        }
    }

    /// The record of `id` if `viewer` may see it; the same error for a record that does
    /// not exist and one that is not theirs to see.
    async fn visible_record(
        &self,
        id: &str,
        viewer: Option<MemberId>,
    ) -> Result<(DocumentId, Record), PageError> {
        let document = DocumentId::from_url(id).map_err(|_| PageError::NotFound)?;
        let reader = self.reader.clone();
        // Who may see it first: a stranger's request does not load the snapshot.
        let record = blocking(move || match reader.visibility(&document)? {
            Some(visibility) if visibility.visible_to(viewer.as_ref()) => reader.record(&document),
            _ => Ok(None),
        })
        .await??;
        record
            .map(|record| (document, record))
            .ok_or(PageError::NotFound)
    }

    /// Whether `viewer` may see `document`'s record (false for one that does not
    /// exist), without loading the snapshot.
    async fn may_see(
        &self,
        document: DocumentId,
        viewer: Option<MemberId>,
    ) -> Result<bool, PageError> {
        let reader = self.reader.clone();
        let visibility = blocking(move || reader.visibility(&document)).await??;
        Ok(visibility.is_some_and(|visibility| visibility.visible_to(viewer.as_ref())))
    }
}

/// The archive's routes, compressed (brotli or gzip, as the browser accepts).
pub fn router(config: &Config, hub: Hub) -> Router {
    let state = PageState {
        hub,
        reader: Reader::new(&config.data),
        pages: Arc::new(PageCache::default()),
        site: Arc::new(Site {
            repository: config.repository_name.clone(),
            contact: config.admin_email.clone(),
            base: config
                .public_url
                .as_deref()
                .unwrap_or_default()
                .trim_end_matches('/')
                .to_owned(),
            per_page: config.search_results_per_page.clamp(1, MAX_PER_PAGE),
            max_query_chars: config.max_query_chars.max(1),
            oai_page_size: config.oai_page_size.max(1),
        }),
    };
    Router::new()
        .route("/archive", get(search))
        .route("/archive/{id}", get(record))
        .route("/archive/{id}/community.automerge", get(automerge_export))
        .route("/archive/{id}/record.json", get(json_export))
        .route("/archive/{id}/record.md", get(markdown_export))
        .route("/archive/{id}/saf.zip", get(saf_export))
        .route("/oai", get(oai_get).post(oai_post))
        .with_state(state)
        // What a page shows depends on who reads it: no shared cache may keep it.
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-cache"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        ))
        .layer(CompressionLayer::new().br(true).gzip(true))
}

/// Why a page could not be shown.
#[derive(Debug, thiserror::Error)]
enum PageError {
    /// Also a restricted record the reader may not see.
    #[error("no such record")]
    NotFound,
    #[error("cannot read the archive: {0}")]
    Store(#[from] StoreError),
    /// The stored snapshot does not load (Automerge's error: positions, no content).
    #[error("an archived record does not load: {0}")]
    Damaged(String),
    #[error("cannot write an export: {0}")]
    Export(String),
    #[error("the relay is shutting down")]
    Stopped,
}

/// A [`PageError`] with what its page needs: the site, what language the reader asked
/// for, and the query the language switcher keeps.
struct Refusal {
    site: Arc<Site>,
    asked: Asked,
    keep: String,
    error: PageError,
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        // Never the community's language: that would tell a stranger something of a
        // restricted record.
        let layout = self
            .site
            .layout(self.asked.language(None), self.asked, self.keep);
        let (status, page) = match &self.error {
            PageError::NotFound => (StatusCode::NOT_FOUND, pages::not_found(&layout)),
            PageError::Store(_)
            | PageError::Damaged(_)
            | PageError::Export(_)
            | PageError::Stopped => {
                tracing::error!(error = %self.error, "an archive page failed");
                let status = if matches!(self.error, PageError::Damaged(_) | PageError::Export(_)) {
                    StatusCode::INTERNAL_SERVER_ERROR
                } else {
                    StatusCode::SERVICE_UNAVAILABLE
                };
                (status, pages::unavailable(&layout))
            }
        };
        html(status, page)
    }
}

/// A page. Its words depend on `Accept-Language`, which caches must know.
fn html(status: StatusCode, page: String) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::VARY, "accept-language"),
        ],
        page,
    )
        .into_response()
}

/// What the reader asked for: `?lang=`, else `Accept-Language`.
fn asked(lang: Option<&str>, headers: &HeaderMap) -> Asked {
    let accept_language = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok());
    Asked::from_request(lang, accept_language)
}

/// Runs SQLite and Automerge work off the async runtime.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, PageError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|_| PageError::Stopped)
}

#[derive(Deserialize)]
struct SearchParams {
    q: Option<String>,
    page: Option<String>,
    lang: Option<String>,
}

#[derive(Deserialize)]
struct PageParams {
    lang: Option<String>,
}

async fn search(
    State(state): State<PageState>,
    Query(params): Query<SearchParams>,
    headers: HeaderMap,
) -> Result<Response, Refusal> {
    let site = Arc::clone(&state.site);
    let asked = asked(params.lang.as_deref(), &headers);
    let query = params.q.unwrap_or_default();
    let asked_page = params.page.and_then(|page| page.parse::<usize>().ok());
    // The switcher keeps the query and the page.
    let mut keep = String::new();
    if !query.is_empty() {
        keep = format!("q={}", url_encode(&query));
        if let Some(page) = asked_page {
            keep = format!("{keep}&page={page}");
        }
    }
    let refused = |error| Refusal {
        site: Arc::clone(&state.site),
        asked,
        keep: keep.clone(),
        error,
    };
    let layout = site.layout(asked.language(None), asked, keep.clone());
    if query.chars().count() > site.max_query_chars {
        let outcome = Outcome::TooLong {
            max_chars: site.max_query_chars,
        };
        let page = pages::search::render(&layout, "", site.max_query_chars, &outcome);
        return Ok(html(StatusCode::BAD_REQUEST, page));
    }
    let Some(fts) = pages::search::fts_query(&query) else {
        let page = pages::search::render(&layout, &query, site.max_query_chars, &Outcome::Empty);
        return Ok(html(StatusCode::OK, page));
    };
    let page = asked_page.unwrap_or(1).clamp(1, MAX_PAGE);
    let viewer = state.viewer(&headers).await;
    let reader = state.reader.clone();
    let per_page = site.per_page;
    // One more than a page: whether there is a next page, without counting them all.
    let mut hits =
        blocking(move || reader.search(&fts, viewer.as_ref(), per_page + 1, (page - 1) * per_page))
            .await
            .map_err(refused)?
            .map_err(|error| refused(error.into()))?;
    let more = hits.len() > per_page;
    hits.truncate(per_page);
    let outcome = Outcome::Results {
        hits: &hits,
        page,
        more,
    };
    let page = pages::search::render(&layout, &query, site.max_query_chars, &outcome);
    Ok(html(StatusCode::OK, page))
}

async fn record(
    State(state): State<PageState>,
    Path(id): Path<String>,
    Query(params): Query<PageParams>,
    headers: HeaderMap,
) -> Result<Response, Refusal> {
    let site = Arc::clone(&state.site);
    let asked = asked(params.lang.as_deref(), &headers);
    let rendered = async {
        let viewer = state.viewer(&headers).await;
        let document = DocumentId::from_url(&id).map_err(|_| PageError::NotFound)?;
        if !state.may_see(document, viewer).await? {
            return Err(PageError::NotFound);
        }
        // What the reader asked for decides the page's language, with the record's own
        // (fixed) language when they asked for none: each gets its own page.
        if let Some(page) = state.pages.get(&(document, asked)) {
            return Ok(page);
        }
        let reader = state.reader.clone();
        let site = Arc::clone(&site);
        let page = blocking(move || {
            let record = reader.record(&document)?.ok_or(PageError::NotFound)?;
            render_record(&site, &document, &record, asked)
        })
        .await??;
        let page: Arc<str> = page.into();
        state.pages.put((document, asked), Arc::clone(&page));
        Ok(page)
    };
    match rendered.await {
        Ok(page) => Ok(html(StatusCode::OK, page.to_string())),
        Err(error) => Err(Refusal {
            site,
            asked,
            keep: String::new(),
            error,
        }),
    }
}

/// The record page of a snapshot, in the language `asked` with the community's own.
fn render_record(
    site: &Site,
    document: &DocumentId,
    record: &Record,
    asked: Asked,
) -> Result<String, PageError> {
    let doc =
        Automerge::load(&record.bytes).map_err(|error| PageError::Damaged(error.to_string()))?;
    let community = community::read(&doc).map_err(|error| PageError::Damaged(error.to_string()))?;
    let knowledge = community::knowledge_base(&doc);
    // A final assessment whose results do not read is left out, not fatal.
    let assessment = community::final_assessment(&doc)
        .and_then(|chosen| community::assessment_results(&doc, &chosen.chosen.id).ok());
    let snapshot = pages::record::Snapshot {
        community: &community,
        knowledge: &knowledge,
        assessment: assessment.as_ref(),
    };
    let language = asked.language(community.design.language);
    let layout = site.layout(language, asked, String::new());
    let exports = site.exports(document, layout.words());
    Ok(pages::record::render(&layout, &snapshot, record, &exports))
}

async fn automerge_export(
    State(state): State<PageState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, Refusal> {
    let viewer = state.viewer(&headers).await;
    let (document, record) = state
        .visible_record(&id, viewer)
        .await
        .map_err(|error| Refusal {
            site: Arc::clone(&state.site),
            asked: asked(None, &headers),
            keep: String::new(),
            error,
        })?;
    let disposition = format!("attachment; filename=\"{document}.automerge\"");
    Ok((
        [
            (header::CONTENT_TYPE, "application/octet-stream".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        record.bytes,
    )
        .into_response())
}

/// One of the record's exports, as `make` writes it from the snapshot: its media type,
/// and a file name when it is downloaded rather than shown.
async fn export(
    state: PageState,
    id: String,
    headers: HeaderMap,
    content_type: &'static str,
    file: Option<String>,
    make: impl FnOnce(&Site, &DocumentId, &Record, &Automerge) -> Result<Vec<u8>, PageError>
    + Send
    + 'static,
) -> Result<Response, Refusal> {
    let site = Arc::clone(&state.site);
    let made = async {
        let viewer = state.viewer(&headers).await;
        let (document, record) = state.visible_record(&id, viewer).await?;
        let site = Arc::clone(&site);
        blocking(move || {
            let doc = Automerge::load(&record.bytes)
                .map_err(|error| PageError::Damaged(error.to_string()))?;
            make(&site, &document, &record, &doc)
        })
        .await?
    };
    let body = made.await.map_err(|error| Refusal {
        site: Arc::clone(&site),
        asked: asked(None, &headers),
        keep: String::new(),
        error,
    })?;
    let mut response = ([(header::CONTENT_TYPE, content_type)], body).into_response();
    if let Some(file) = file
        && let Ok(disposition) = HeaderValue::from_str(&format!("attachment; filename=\"{file}\""))
    {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, disposition);
    }
    Ok(response)
}

fn exported(error: community::CommunityError) -> PageError {
    PageError::Export(error.to_string())
}

async fn json_export(
    State(state): State<PageState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, Refusal> {
    export(
        state,
        id,
        headers,
        "application/json",
        None,
        |_, _, _, doc| {
            let json = community::export::to_json(doc).map_err(exported)?;
            serde_json::to_vec_pretty(&json).map_err(|error| PageError::Export(error.to_string()))
        },
    )
    .await
}

async fn markdown_export(
    State(state): State<PageState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, Refusal> {
    export(
        state,
        id,
        headers,
        "text/markdown; charset=utf-8",
        None,
        |_, _, _, doc| {
            community::export::to_markdown(doc)
                .map(String::into_bytes)
                .map_err(exported)
        },
    )
    .await
}

async fn saf_export(
    State(state): State<PageState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, Refusal> {
    let file = format!("{id}-saf.zip");
    let origin = state.site.origin(&headers);
    export(
        state,
        id,
        headers,
        "application/zip",
        Some(file),
        move |site, document, record, doc| {
            let publication = harvest::publication(
                format!("{origin}/archive/{document}"),
                record.archived_at,
                &site.repository,
            );
            let dublin_core =
                community::export::dublin_core(doc, &publication).map_err(exported)?;
            let markdown = community::export::to_markdown(doc).map_err(exported)?;
            let json = community::export::to_json(doc).map_err(exported)?;
            let json = serde_json::to_string_pretty(&json)
                .map_err(|error| PageError::Export(error.to_string()))?;
            let item = SafItem {
                dublin_core: &dublin_core,
                markdown: &markdown,
                json: &json,
                automerge: &record.bytes,
            };
            saf::saf_zip(&[item]).map_err(|error| PageError::Export(error.to_string()))
        },
    )
    .await
}

/// `GET /oai?verb=…`.
async fn oai_get(
    State(state): State<PageState>,
    headers: HeaderMap,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, Refusal> {
    oai_answer(state, &headers, pairs).await
}

/// `POST /oai` with the arguments form-encoded, as the protocol also allows.
async fn oai_post(
    State(state): State<PageState>,
    headers: HeaderMap,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, Refusal> {
    oai_answer(state, &headers, pairs).await
}

/// Answers a harvester over the public records, with status 200 whatever the protocol
/// says (its errors are in the body).
async fn oai_answer(
    state: PageState,
    headers: &HeaderMap,
    pairs: Vec<(String, String)>,
) -> Result<Response, Refusal> {
    let site = Arc::clone(&state.site);
    let origin = site.origin(headers);
    // The protocol's repositoryIdentifier is a domain name: the origin's host.
    let host = origin
        .split("://")
        .nth(1)
        .unwrap_or(&origin)
        .split(['/', ':'])
        .next()
        .unwrap_or("localhost")
        .to_owned();
    let admin = site
        .contact
        .clone()
        .unwrap_or_else(|| format!("postmaster@{host}"));
    let reader = state.reader.clone();
    let repository = site.repository.clone();
    let page_size = site.oai_page_size;
    let body = blocking(move || {
        let harvest = Harvest::read(
            reader,
            repository,
            format!("{origin}/oai"),
            vec![admin],
            host,
            page_size,
        )?;
        // A clock past year 9999 (it never is) reads as the epoch, which has four
        // digits: infallible.
        let now = UtcSeconds::from_unix(unix_now())
            .unwrap_or_else(|| UtcSeconds::from_unix(0).expect("1970 has four digits"));
        Ok::<_, PageError>(oai::respond(&harvest, &pairs, now))
    })
    .await
    .and_then(|answer| answer)
    .map_err(|error| Refusal {
        site,
        asked: asked(None, headers),
        keep: String::new(),
        error,
    })?;
    Ok(([(header::CONTENT_TYPE, oai::CONTENT_TYPE)], body).into_response())
}
