//! The `/api` routes: signing in with a device key, signing out, the session cookie
//! for the archive's pages, a community's invitations, and the changes kept aside
//! from an archived community. Every answer is JSON; a refusal is `{"error": "…"}`
//! with its status.
//!
//! Bodies are parsed here rather than by axum's `Json` extractor so that every malformed
//! request gets the same 400 with a JSON reason, whatever was wrong with it.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use serde::Deserialize;
use serde_json::json;
use sync_protocol::DocumentId;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::Config;
use crate::api::{Answer, ApiError, NewInvitation, Request};
use crate::archive::late;
use crate::archive::reader::Reader;
use crate::auth::challenge::{CHALLENGE_LIFETIME, Challenges};
use crate::auth::cookie;
use crate::auth::credential::{SecretHash, from_bearer, new_secret};
use crate::auth::{AuthError, decode, encode, identity, random};
use crate::hub::Hub;
use crate::metrics::{Metrics, Refusal};
use crate::store::meta::{CredentialRow, unix_now};

/// An invitation's lifetime when the request does not say: a week.
const DEFAULT_INVITATION_HOURS: i64 = 168;

#[derive(Clone)]
struct ApiState {
    hub: Hub,
    challenges: Arc<Mutex<Challenges>>,
    metrics: Arc<Metrics>,
    credential_seconds: i64,
    invitation_max_hours: i64,
    reader: Reader,
    /// Mark the session cookie `Secure` whatever the request says.
    secure_cookie: bool,
}

/// The `/api` routes.
pub fn router(config: &Config, hub: Hub, metrics: Arc<Metrics>) -> Router {
    let state = ApiState {
        hub,
        challenges: Arc::new(Mutex::new(Challenges::new(config.auth_challenges))),
        metrics,
        credential_seconds: i64::from(config.credential_days) * 24 * 3600,
        invitation_max_hours: i64::from(config.invitation_max_hours.max(1)),
        reader: Reader::new(&config.data),
        secure_cookie: config.secure_cookie
            || config
                .public_url
                .as_deref()
                .is_some_and(|url| url.starts_with("https://")),
    };
    Router::new()
        .route("/api/auth/challenge", post(challenge))
        .route("/api/auth", post(sign_in).delete(sign_out))
        .route("/api/auth/cookie", post(set_cookie).delete(clear_cookie))
        .route(
            "/api/communities/{document}/late-changes",
            get(late_changes),
        )
        .route(
            "/api/communities/{document}/invitations",
            post(create_invitation).get(list_invitations),
        )
        .route(
            "/api/communities/{document}/invitations/{id}",
            delete(revoke_invitation),
        )
        .route("/api/invitations/redeem", post(redeem))
        .with_state(state)
        // Answers are per person and change at any moment: a browser must never answer
        // a listing from its cache (it did: a list fetched before an invitation was
        // made came back empty after it).
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
}

/// A refused request: its status and the reason in `{"error": …}`.
struct Refused(StatusCode, String);

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        (self.0, axum::Json(json!({ "error": self.1 }))).into_response()
    }
}

impl From<ApiError> for Refused {
    fn from(error: ApiError) -> Self {
        let status = match &error {
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::NoSuchCommunity
            | ApiError::NoSuchInvitation
            | ApiError::InvalidInvitation => StatusCode::NOT_FOUND,
            ApiError::Expired | ApiError::UsedUp | ApiError::Revoked => StatusCode::GONE,
            ApiError::Declined => StatusCode::FORBIDDEN,
            ApiError::Store(_) | ApiError::Stopped => StatusCode::SERVICE_UNAVAILABLE,
        };
        Self(status, error.to_string())
    }
}

impl From<AuthError> for Refused {
    fn from(error: AuthError) -> Self {
        let status = if error.is_malformed() {
            StatusCode::BAD_REQUEST
        } else {
            StatusCode::UNAUTHORIZED
        };
        Self(status, error.to_string())
    }
}

fn parse<T: serde::de::DeserializeOwned>(body: &Bytes) -> Result<T, Refused> {
    serde_json::from_slice(body).map_err(|error| {
        Refused(
            StatusCode::BAD_REQUEST,
            format!("the request body is not the expected JSON: {error}"),
        )
    })
}

/// The caller's credential from `Authorization: Bearer …`.
fn bearer(state: &ApiState, headers: &HeaderMap) -> Result<SecretHash, Refused> {
    let value = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok());
    from_bearer(value).map_err(|error| {
        state.metrics.refused(Refusal::Auth);
        Refused::from(error)
    })
}

/// Asks the hub, counting the calls refused for want of a valid credential.
async fn call(state: &ApiState, request: Request) -> Result<Answer, Refused> {
    state.hub.call(request).await.map_err(|error| {
        if matches!(error, ApiError::Unauthorized) {
            state.metrics.refused(Refusal::Auth);
        }
        Refused::from(error)
    })
}

/// A community named in a path; one that is not even a valid id is as unknown as any.
fn document(id: &str) -> Result<DocumentId, Refused> {
    DocumentId::from_url(id).map_err(|_| ApiError::NoSuchCommunity.into())
}

async fn challenge(State(state): State<ApiState>) -> Response {
    let challenge = state
        .challenges
        .lock()
        .expect("the challenges' lock is never held across a panic")
        .issue(Instant::now());
    axum::Json(json!({
        "challenge": challenge,
        "expires_in": CHALLENGE_LIFETIME.as_secs(),
    }))
    .into_response()
}

#[derive(Deserialize)]
struct SignIn {
    public_key: String,
    challenge: String,
    signature: String,
}

async fn sign_in(State(state): State<ApiState>, body: Bytes) -> Result<Response, Refused> {
    let sign_in: SignIn = parse(&body)?;
    let public_key = decode::<32>(&sign_in.public_key, "public_key")?;
    let signature = decode::<64>(&sign_in.signature, "signature")?;
    // Used up whether or not the signature holds: one guess per challenge.
    let taken = state
        .challenges
        .lock()
        .expect("the challenges' lock is never held across a panic")
        .take(&sign_in.challenge, Instant::now());
    let verified =
        taken.and_then(|()| identity::verify(&public_key, &sign_in.challenge, &signature));
    if let Err(error) = verified {
        if !error.is_malformed() {
            state.metrics.refused(Refusal::Auth);
        }
        return Err(error.into());
    }
    let member = identity::member_id(&public_key);
    let (credential, hash) = new_secret();
    let now = unix_now();
    let expires = now.saturating_add(state.credential_seconds);
    call(
        &state,
        Request::SignIn(CredentialRow {
            hash,
            member: member.clone(),
            public_key,
            created: now,
            expires,
        }),
    )
    .await?;
    tracing::info!(%member, "member signed in");
    Ok(axum::Json(json!({
        "member": member.as_str(),
        "credential": credential,
        "expires_at": expires,
    }))
    .into_response())
}

async fn sign_out(State(state): State<ApiState>, headers: HeaderMap) -> Result<Response, Refused> {
    let credential = bearer(&state, &headers)?;
    call(&state, Request::SignOut { credential }).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Puts the bearer credential in the session cookie, for as long as it stays valid, so
/// the archive's pages (which a browser loads without the app) know who reads them.
async fn set_cookie(
    State(state): State<ApiState>,
    headers: HeaderMap,
) -> Result<Response, Refused> {
    let credential = bearer(&state, &headers)?;
    let Some(presented) = cookie::presented_bearer(&headers) else {
        return Err(ApiError::Unauthorized.into());
    };
    let Answer::Session { member, expires } = call(&state, Request::Session { credential }).await?
    else {
        unreachable!("the hub answers a session request with the session");
    };
    let secure = state.secure_cookie || cookie::came_over_https(&headers);
    let set = cookie::set(presented, expires.saturating_sub(unix_now()), secure);
    // Infallible: a well-formed credential is base64url, the rest fixed ASCII.
    let set = HeaderValue::from_str(&set).expect("a cookie of base64url and ASCII");
    Ok((
        [(header::SET_COOKIE, set)],
        axum::Json(json!({ "member": member.as_str(), "expires_at": expires })),
    )
        .into_response())
}

/// Removes the session cookie (signing out, `DELETE /api/auth`, ends the credential
/// itself).
async fn clear_cookie(State(state): State<ApiState>, headers: HeaderMap) -> Response {
    let secure = state.secure_cookie || cookie::came_over_https(&headers);
    // Infallible: the value is fixed ASCII.
    let clear = HeaderValue::from_str(&cookie::clear(secure)).expect("an ASCII cookie");
    ([(header::SET_COOKIE, clear)], StatusCode::NO_CONTENT).into_response()
}

/// The changes that reached an archived community after its snapshot, for the
/// archive's moderators (leaders and moderators on the roster at the closure); anyone
/// else is told there is no such community.
async fn late_changes(
    State(state): State<ApiState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, Refused> {
    let credential = bearer(&state, &headers)?;
    let document = document(&id)?;
    let Answer::Session { member, .. } = call(&state, Request::Session { credential }).await?
    else {
        unreachable!("the hub answers a session request with the session");
    };
    let reader = state.reader.clone();
    let listed = tokio::task::spawn_blocking(move || -> Result<serde_json::Value, ApiError> {
        let unavailable = |error: crate::store::StoreError| {
            tracing::error!(%document, %error, "cannot read the archive");
            ApiError::Store(error)
        };
        let record = reader
            .record(&document)
            .map_err(unavailable)?
            .filter(|record| record.visibility.moderated_by(&member))
            .ok_or(ApiError::NoSuchCommunity)?;
        let changes = reader.late_changes(&document).map_err(unavailable)?;
        let bytes: Vec<&[u8]> = changes
            .iter()
            .map(|change| change.bytes.as_slice())
            .collect();
        // What each touched is a courtesy: a snapshot or change that does not load
        // still lists the changes.
        let touched = late::touched(&record.bytes, &record.heads, &bytes).unwrap_or_else(|error| {
            tracing::warn!(%document, %error, "cannot tell what late changes touched");
            Default::default()
        });
        let names = automerge::Automerge::load(&record.bytes)
            .ok()
            .and_then(|doc| community::read(&doc).ok())
            .map(|read| read.design.members)
            .unwrap_or_default();
        let listed: Vec<serde_json::Value> = changes
            .iter()
            .map(|change| {
                let name = names
                    .iter()
                    .find(|on_roster| on_roster.id.as_str() == change.author)
                    .map(|on_roster| on_roster.name.clone());
                let what = change
                    .hash
                    .parse::<automerge::ChangeHash>()
                    .ok()
                    .and_then(|hash| touched.get(&hash).cloned())
                    .unwrap_or_default();
                json!({
                    "hash": change.hash,
                    "author": change.author,
                    "author_name": name,
                    "arrived_at": change.arrived_at,
                    "touched": what,
                })
            })
            .collect();
        Ok(serde_json::Value::Array(listed))
    })
    .await
    .map_err(|_| Refused::from(ApiError::Stopped))??;
    Ok(axum::Json(listed).into_response())
}

#[derive(Deserialize)]
struct InvitationRequest {
    expires_in_hours: Option<i64>,
    /// `null` or absent: usable until it expires.
    uses: Option<i64>,
}

async fn create_invitation(
    State(state): State<ApiState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Refused> {
    let credential = bearer(&state, &headers)?;
    let document = document(&id)?;
    let request: InvitationRequest = parse(&body)?;
    let hours = request.expires_in_hours.unwrap_or(DEFAULT_INVITATION_HOURS);
    if !(1..=state.invitation_max_hours).contains(&hours) {
        return Err(ApiError::BadRequest(format!(
            "expires_in_hours must be from 1 to {}",
            state.invitation_max_hours
        ))
        .into());
    }
    let uses = match request.uses {
        None => None,
        Some(uses) => Some(
            u32::try_from(uses)
                .ok()
                .filter(|uses| *uses >= 1)
                .ok_or_else(|| ApiError::BadRequest("uses must be null or at least 1".into()))?,
        ),
    };
    let (token, token_hash) = new_secret();
    let now = unix_now();
    let invitation = NewInvitation {
        id: encode(&random::<16>()),
        document,
        token_hash,
        created: now,
        expires: now.saturating_add(hours * 3600),
        uses,
    };
    let Answer::Created(invitation) = call(
        &state,
        Request::CreateInvitation {
            credential,
            invitation,
        },
    )
    .await?
    else {
        unreachable!("the hub answers a new invitation with it");
    };
    tracing::info!(%document, id = %invitation.id, by = %invitation.created_by, "invitation created");
    Ok((
        StatusCode::CREATED,
        axum::Json(json!({
            "id": invitation.id,
            "token": token,
            "expires_at": invitation.expires,
            "uses": invitation.uses,
        })),
    )
        .into_response())
}

async fn list_invitations(
    State(state): State<ApiState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, Refused> {
    let credential = bearer(&state, &headers)?;
    let document = document(&id)?;
    let Answer::Invitations(invitations) = call(
        &state,
        Request::ListInvitations {
            credential,
            document,
        },
    )
    .await?
    else {
        unreachable!("the hub answers a listing with invitations");
    };
    let listed: Vec<_> = invitations
        .iter()
        .map(|invitation| {
            json!({
                "id": invitation.id,
                "created_by": invitation.created_by.as_str(),
                "created": invitation.created,
                "expires_at": invitation.expires,
                "uses": invitation.uses,
                "used": invitation.used,
                "revoked": invitation.revoked,
            })
        })
        .collect();
    Ok(axum::Json(listed).into_response())
}

async fn revoke_invitation(
    State(state): State<ApiState>,
    Path((document_id, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, Refused> {
    let credential = bearer(&state, &headers)?;
    let document = document(&document_id)?;
    call(
        &state,
        Request::RevokeInvitation {
            credential,
            document,
            id,
        },
    )
    .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Deserialize)]
struct Redeem {
    document: String,
    token: String,
}

async fn redeem(
    State(state): State<ApiState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Refused> {
    let credential = bearer(&state, &headers)?;
    let redeem: Redeem = parse(&body)?;
    let document = DocumentId::from_url(&redeem.document)
        .map_err(|_| Refused::from(ApiError::InvalidInvitation))?;
    let token = SecretHash::of_presented(&redeem.token, "token").ok();
    call(
        &state,
        Request::Redeem {
            credential,
            document,
            token,
        },
    )
    .await?;
    Ok(axum::Json(json!({ "document": document.to_string() })).into_response())
}
