//! The session cookie: the bearer credential itself, for the pages a browser loads
//! without the app (the archive), which cannot send an `Authorization` header. HttpOnly
//! (no script reads it), SameSite=Lax (no other site's form or image request carries
//! it), and it lives no longer than the credential.

use axum::http::{HeaderMap, header};

use super::credential::SecretHash;

/// The cookie's name.
pub const NAME: &str = "praxis_session";

/// The credential of `Authorization: Bearer …`, as presented, if it is well formed: the
/// value the cookie takes.
pub fn presented_bearer(headers: &HeaderMap) -> Option<&str> {
    let token = headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")?
        .trim();
    SecretHash::of_presented(token, "credential")
        .is_ok()
        .then_some(token)
}

/// The credential the session cookie carries, if there is a well-formed one.
pub fn from_cookies(headers: &HeaderMap) -> Option<SecretHash> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == NAME)
        .and_then(|(_, value)| SecretHash::of_presented(value.trim(), "credential").ok())
}

/// `Set-Cookie` for `credential`, valid `max_age` seconds.
pub fn set(credential: &str, max_age: i64, secure: bool) -> String {
    format!(
        "{NAME}={credential}; HttpOnly; SameSite=Lax; Path=/; Max-Age={}{}",
        max_age.max(0),
        if secure { "; Secure" } else { "" }
    )
}

/// `Set-Cookie` that removes the cookie.
pub fn clear(secure: bool) -> String {
    set("", 0, secure)
}

/// Whether the request reached the relay over https: through a proxy that says so
/// (the relay itself speaks plain HTTP).
pub fn came_over_https(headers: &HeaderMap) -> bool {
    let forwarded_proto = headers
        .get("x-forwarded-proto")
        .and_then(|value| value.to_str().ok())
        .is_some_and(|proto| proto.trim().eq_ignore_ascii_case("https"));
    let forwarded = headers
        .get(header::FORWARDED)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.to_ascii_lowercase().contains("proto=https"));
    forwarded_proto || forwarded
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::credential::new_secret;
    use axum::http::HeaderValue;

    #[test]
    fn the_cookie_carries_the_credential() {
        let (secret, hash) = new_secret();
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_str(&format!("theme=dark; {NAME}={secret}")).unwrap(),
        );
        assert_eq!(from_cookies(&headers), Some(hash));
        assert_eq!(
            set(&secret, 60, true),
            format!("{NAME}={secret}; HttpOnly; SameSite=Lax; Path=/; Max-Age=60; Secure")
        );
        headers.insert(header::COOKIE, HeaderValue::from_static("praxis_session=x"));
        assert_eq!(from_cookies(&headers), None);
    }
}
