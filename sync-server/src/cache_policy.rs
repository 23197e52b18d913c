//! How long a browser may keep each file of the built app. Trunk names its assets after
//! a hash of their content (`main-<16 hex>.css`), and `scripts/build-wasm.mjs` puts the
//! wasm modules and their glue in a directory named after a hash of them all
//! (`pkg-<16 hex>/app_bg.wasm`), so such a file never changes and is kept for a year
//! without asking again. Everything else (`index.html`, which
//! names the current assets, `sw.js`, the manifest, the icon, and the app's own routes
//! answered with `index.html`) is revalidated on every use: a `304` costs a few bytes,
//! where a heuristically fresh copy (no `Cache-Control` at all, as before) kept serving
//! the previous build's `index.html` after a deploy.

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

const FOREVER: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

/// The `Cache-Control` of the app file at `path`.
pub fn for_path(path: &str) -> &'static str {
    let mut parts = path.trim_start_matches('/').split('/');
    let hashed = match (parts.next(), parts.next(), parts.next()) {
        // A file in the build's hashed directory of wasm modules.
        (Some(dir), Some(file), None) => !file.is_empty() && hashed_name(dir),
        // A file at the top, hashed by Trunk.
        (Some(file), None, None) => hashed_name(file.split('.').next().unwrap_or_default()),
        _ => false,
    };
    if hashed { FOREVER } else { REVALIDATE }
}

/// Whether a name ends with a content hash: `-` then 16 hex digits (after a name).
fn hashed_name(stem: &str) -> bool {
    stem.rsplit_once('-').is_some_and(|(base, hash)| {
        !base.is_empty() && hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// Middleware for the app's files: sets the policy on what was found. A hashed name
/// that is not there (an old build's script, asked for after a deploy) is answered
/// with the single-page fallback, `index.html`: that answer must never be kept as if
/// it were the script, so HTML is always revalidated (Trunk hashes no HTML).
pub async fn apply(request: Request, next: Next) -> Response {
    let policy = for_path(request.uri().path());
    let mut response = next.run(request).await;
    let html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"text/html"));
    let policy = if html { REVALIDATE } else { policy };
    if response.status().is_success() || response.status().is_redirection() {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunks_hashed_assets_are_kept_and_the_rest_revalidated() {
        for hashed in [
            "/main-ede2e22f63391fe5.css",
            "/pkg-74faf8056bea1512/app_bg.wasm",
            "/pkg-74faf8056bea1512/app.js",
            "/pkg-74faf8056bea1512/split_conclusion_view_3.wasm",
        ] {
            assert_eq!(for_path(hashed), FOREVER, "{hashed}");
        }
        for plain in [
            "/",
            "/index.html",
            "/sw.js",
            "/manifest.webmanifest",
            "/icon.svg",
            "/c/2bKjUqSqtQnVbCz1mdCGYVHoFxyb",
            // Not 16 hex digits, no name before the hash, or not a file in that
            // directory.
            "/main-74faf8056bea151.css",
            "/main-74faf8056bea151z.css",
            "/-74faf8056bea1512.css",
            "/pkg-74faf8056bea1512/",
            "/pkg-74faf8056bea1512/more/app.js",
            "/c/74faf8056bea1512",
            "/pkg-74faf8056bea151/app.js",
        ] {
            assert_eq!(for_path(plain), REVALIDATE, "{plain}");
        }
    }
}
