//! Who is on the other end: device keys ([`identity`]), the sign-in challenges
//! ([`challenge`]) and the bearer credentials a signed challenge earns ([`credential`]),
//! also carried by a session cookie for the archive's pages ([`cookie`]).
//!
//! A device proves it holds an Ed25519 key by signing a fresh challenge; the relay
//! answers with a random credential that the device then presents on every sync
//! connection and API call. The relay keeps only the credential's SHA-256, so a copy of
//! its database signs no one in.

pub mod challenge;
pub mod cookie;
pub mod credential;
pub mod identity;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// Encodes bytes as the wire does: base64url without padding.
pub fn encode(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Decodes base64url without padding into exactly `N` bytes; `what` names the field in
/// the error.
pub fn decode<const N: usize>(text: &str, what: &'static str) -> Result<[u8; N], AuthError> {
    let bytes = URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|_| AuthError::Malformed {
            what,
            expected: "base64url without padding",
        })?;
    <[u8; N]>::try_from(bytes.as_slice()).map_err(|_| AuthError::Length {
        what,
        expected: N,
        found: bytes.len(),
    })
}

/// `N` bytes from the operating system's random source.
pub fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0; N];
    // Without a working random source no challenge or credential can be made safely:
    // stopping is the only correct answer, and it does not happen on supported systems.
    getrandom::fill(&mut bytes).expect("the operating system's random source works");
    bytes
}

/// Why a sign-in or a credential was refused.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("{what} must be {expected}")]
    Malformed {
        what: &'static str,
        expected: &'static str,
    },
    #[error("{what} must be {expected} bytes, not {found}")]
    Length {
        what: &'static str,
        expected: usize,
        found: usize,
    },
    #[error("the public key is not a valid Ed25519 key")]
    BadKey,
    #[error("unknown, expired or already used challenge: ask for a new one")]
    Challenge,
    #[error("the signature does not match the public key and challenge")]
    BadSignature,
    #[error("authentication required: sign in again")]
    Credential,
}

impl AuthError {
    /// Whether the request itself was malformed (400), rather than refused (401).
    pub fn is_malformed(&self) -> bool {
        matches!(
            self,
            AuthError::Malformed { .. } | AuthError::Length { .. } | AuthError::BadKey
        )
    }
}
