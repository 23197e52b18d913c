//! A member is their device key: the member id is derived from the Ed25519 public key,
//! so nobody can claim an id without holding its key, and no registry of names is needed.

use community::MemberId;
use ed25519_dalek::{Signature, VerifyingKey};
use sha2::{Digest as _, Sha256};

use super::AuthError;

/// What a device signs: this prefix and then the challenge exactly as issued. The prefix
/// keeps a sign-in signature from meaning anything anywhere else.
pub const SIGNED_PREFIX: &str = "praxis-auth-v1:";

/// The member id of a public key: lowercase hex of the first 16 bytes of SHA-256 of the
/// raw 32-byte key (32 characters, a valid [`MemberId`]).
pub fn member_id(public_key: &[u8; 32]) -> MemberId {
    let digest = Sha256::digest(public_key);
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    MemberId::new(hex).expect("32 lowercase hex digits are a valid member id")
}

/// Checks a sign-in signature over [`SIGNED_PREFIX`] and `challenge`, strictly (no
/// malleable or small-order encodings).
pub fn verify(
    public_key: &[u8; 32],
    challenge: &str,
    signature: &[u8; 64],
) -> Result<(), AuthError> {
    let key = VerifyingKey::from_bytes(public_key).map_err(|_| AuthError::BadKey)?;
    let message = format!("{SIGNED_PREFIX}{challenge}");
    key.verify_strict(message.as_bytes(), &Signature::from_bytes(signature))
        .map_err(|_| AuthError::BadSignature)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::{Signer as _, SigningKey};

    #[test]
    fn the_member_id_is_the_hex_of_half_the_keys_sha256() {
        // SHA-256 of 32 zero bytes is 66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925.
        assert_eq!(
            member_id(&[0; 32]).as_str(),
            "66687aadf862bd776c8fc18b8e9f8e20"
        );
        let key = SigningKey::from_bytes(&[7; 32]).verifying_key().to_bytes();
        let id = member_id(&key);
        assert_eq!(id.as_str().len(), 32);
        assert_ne!(id, member_id(&[0; 32]));
    }

    #[test]
    fn only_the_keys_signature_over_the_prefixed_challenge_verifies() {
        let key = SigningKey::from_bytes(&[9; 32]);
        let public = key.verifying_key().to_bytes();
        let signed = key
            .sign(format!("{SIGNED_PREFIX}abc").as_bytes())
            .to_bytes();
        assert!(verify(&public, "abc", &signed).is_ok());
        assert!(matches!(
            verify(&public, "abd", &signed),
            Err(AuthError::BadSignature)
        ));
        let unprefixed = key.sign(b"abc").to_bytes();
        assert!(matches!(
            verify(&public, "abc", &unprefixed),
            Err(AuthError::BadSignature)
        ));
        let other = SigningKey::from_bytes(&[8; 32]).verifying_key().to_bytes();
        assert!(matches!(
            verify(&other, "abc", &signed),
            Err(AuthError::BadSignature)
        ));
    }
}
