//! Bearer credentials: 32 random bytes handed to a device once, and kept by the relay
//! only as their SHA-256, so neither the database nor a log line can sign anyone in.

use sha2::{Digest as _, Sha256};

use super::{AuthError, decode, encode, random};

/// The SHA-256 of a credential (or of an invitation token): what the store keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SecretHash(pub [u8; 32]);

impl SecretHash {
    /// The hash of a secret as presented on the wire; a malformed one is refused before
    /// it is looked up.
    pub fn of_presented(secret: &str, what: &'static str) -> Result<Self, AuthError> {
        Ok(Self::of(&decode::<32>(secret, what)?))
    }

    fn of(secret: &[u8; 32]) -> Self {
        Self(Sha256::digest(secret).into())
    }
}

/// A fresh secret (a credential or an invitation token): the text to hand out once, and
/// the hash to keep.
pub fn new_secret() -> (String, SecretHash) {
    let secret = random::<32>();
    (encode(&secret), SecretHash::of(&secret))
}

/// The credential in an `Authorization: Bearer …` header value.
pub fn from_bearer(header: Option<&str>) -> Result<SecretHash, AuthError> {
    let token = header
        .and_then(|value| value.strip_prefix("Bearer "))
        .ok_or(AuthError::Credential)?;
    SecretHash::of_presented(token.trim(), "credential").map_err(|_| AuthError::Credential)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_is_recognised_by_its_hash_only() {
        let (secret, hash) = new_secret();
        assert_eq!(
            SecretHash::of_presented(&secret, "credential").unwrap(),
            hash
        );
        assert_eq!(
            from_bearer(Some(&format!("Bearer {secret}"))).unwrap(),
            hash
        );
        let (other, _) = new_secret();
        assert_ne!(
            SecretHash::of_presented(&other, "credential").unwrap(),
            hash
        );
        assert!(from_bearer(None).is_err());
        assert!(
            from_bearer(Some(&secret)).is_err(),
            "the scheme is required"
        );
        assert!(from_bearer(Some("Bearer not base64!")).is_err());
    }
}
