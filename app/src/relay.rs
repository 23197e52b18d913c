//! The relay's HTTP API: signing in (this device's key signs the relay's challenge and
//! gets a bearer credential back), and JSON calls that carry the credential.
//!
//! The credential is kept in localStorage until it expires or the relay refuses it; it
//! is sent only to this origin, in the `Authorization` header or the sync URL.

use js_sys::{JSON, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, RequestInit, Response};

use crate::browser::local_storage;
use crate::identity;

const CREDENTIAL_KEY: &str = "praxis.credential";
/// Prefix of what the device signs; the relay checks the same bytes.
const SIGNED_PREFIX: &str = "praxis-auth-v1:";
/// A credential this close to its expiry is renewed rather than used.
const RENEW_BEFORE_SECS: f64 = 3600.0;

/// Why a call to the relay failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RelayError {
    /// No answer: offline, or the relay is down.
    Unreachable,
    /// This browser has no device key, so it cannot sign in.
    NoDeviceKey,
    /// The relay answered with an error status and message.
    Refused { status: u16, message: String },
}

impl std::fmt::Display for RelayError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RelayError::Unreachable => f.write_str("the relay cannot be reached"),
            RelayError::NoDeviceKey => f.write_str("this browser has no device key"),
            RelayError::Refused { status, message } => write!(f, "{status}: {message}"),
        }
    }
}

/// A valid credential: the stored one, or a fresh one from signing in.
pub async fn credential() -> Result<String, RelayError> {
    if let Some(credential) = stored_credential() {
        return Ok(credential);
    }
    sign_in().await
}

/// Forgets the stored credential (the relay refused it); the next call signs in again.
pub fn forget_credential() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(CREDENTIAL_KEY);
    }
}

fn stored_credential() -> Option<String> {
    let stored = local_storage()?.get_item(CREDENTIAL_KEY).ok()??;
    let stored = JSON::parse(&stored).ok()?;
    let member = string_field(&stored, "member")?;
    // A credential of another identity (the device key was replaced) is of no use.
    if member != identity::me().as_str() {
        return None;
    }
    let expires_at = Reflect::get(&stored, &"expires_at".into()).ok()?.as_f64()?;
    let now = js_sys::Date::now() / 1000.0;
    if expires_at - RENEW_BEFORE_SECS <= now {
        return None;
    }
    string_field(&stored, "credential")
}

async fn sign_in() -> Result<String, RelayError> {
    let public_key = identity::public_key().ok_or(RelayError::NoDeviceKey)?;
    let challenge = call("POST", "/api/auth/challenge", None, None).await?;
    let challenge = string_field(&challenge, "challenge").ok_or_else(malformed)?;
    let signature = identity::sign(format!("{SIGNED_PREFIX}{challenge}").as_bytes())
        .await
        .map_err(|_| RelayError::NoDeviceKey)?;
    let body = object(&[
        ("public_key", base64url(&public_key).into()),
        ("challenge", challenge.into()),
        ("signature", base64url(&signature).into()),
    ]);
    let answer = call("POST", "/api/auth", Some(&body), None).await?;
    let credential = string_field(&answer, "credential").ok_or_else(malformed)?;
    if let (Some(storage), Ok(text)) = (local_storage(), JSON::stringify(&answer)) {
        // Not fatal: without it the next connection signs in again.
        let _ = storage.set_item(CREDENTIAL_KEY, &String::from(text));
    }
    Ok(credential)
}

/// A JSON call to the relay with this device's credential, signing in first if needed;
/// a refused credential is renewed once.
pub async fn authorized(
    method: &str,
    path: &str,
    body: Option<&JsValue>,
) -> Result<JsValue, RelayError> {
    let first = credential().await?;
    match call(method, path, body, Some(&first)).await {
        Err(RelayError::Refused { status: 401, .. }) => {
            forget_credential();
            let second = credential().await?;
            call(method, path, body, Some(&second)).await
        }
        other => other,
    }
}

/// Lets the relay's server-rendered pages (the archive of closed communities, which
/// run no wasm and so cannot send the bearer header) know this device: the relay sets
/// its credential as an HttpOnly cookie that scripts, ours included, cannot read.
pub async fn share_credential_with_pages() -> Result<(), RelayError> {
    authorized("POST", "/api/auth/cookie", None).await.map(drop)
}

/// One HTTP call; the answer's JSON (`null` for an empty body).
async fn call(
    method: &str,
    path: &str,
    body: Option<&JsValue>,
    credential: Option<&str>,
) -> Result<JsValue, RelayError> {
    let window = web_sys::window().ok_or(RelayError::Unreachable)?;
    let init = RequestInit::new();
    init.set_method(method);
    let headers = Headers::new().map_err(|_| RelayError::Unreachable)?;
    if let Some(body) = body {
        let text = JSON::stringify(body).map_err(|_| RelayError::Unreachable)?;
        let _ = headers.set("content-type", "application/json");
        init.set_body(&text.into());
    }
    if let Some(credential) = credential {
        let _ = headers.set("authorization", &format!("Bearer {credential}"));
    }
    init.set_headers(&headers);
    let response = JsFuture::from(window.fetch_with_str_and_init(path, &init))
        .await
        .map_err(|_| RelayError::Unreachable)?;
    let response: Response = response.dyn_into().map_err(|_| RelayError::Unreachable)?;
    let text = JsFuture::from(response.text().map_err(|_| RelayError::Unreachable)?)
        .await
        .map_err(|_| RelayError::Unreachable)?
        .as_string()
        .unwrap_or_default();
    let json = if text.is_empty() {
        JsValue::NULL
    } else {
        JSON::parse(&text).unwrap_or(JsValue::NULL)
    };
    if response.ok() {
        Ok(json)
    } else {
        Err(RelayError::Refused {
            status: response.status(),
            message: string_field(&json, "error").unwrap_or(text),
        })
    }
}

fn malformed() -> RelayError {
    RelayError::Refused {
        status: 502,
        message: "the relay's answer was not understood".into(),
    }
}

/// A plain object with these fields.
pub fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object.into()
}

/// A string field of a JSON object.
pub fn string_field(value: &JsValue, name: &str) -> Option<String> {
    Reflect::get(value, &JsValue::from_str(name))
        .ok()?
        .as_string()
}

/// Base64url without padding, as the relay expects keys and signatures (the browser's
/// `btoa` does the encoding, so no encoder is compiled into the wasm).
fn base64url(bytes: &[u8]) -> String {
    let binary: String = bytes.iter().map(|byte| char::from(*byte)).collect();
    web_sys::window()
        .and_then(|window| window.btoa(&binary).ok())
        .unwrap_or_default()
        .trim_end_matches('=')
        .replace('+', "-")
        .replace('/', "_")
}
