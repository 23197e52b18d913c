//! Document identifiers in automerge-repo's format: 16 bytes shown as bs58check.

use std::fmt;
use std::str::FromStr;

/// The `automerge:` URL scheme automerge-repo uses for document links.
const URL_PREFIX: &str = "automerge:";

/// A document's identity: 16 bytes (a UUID in automerge-repo), written on the
/// wire and in URLs as bs58check (base58 with a 4-byte double-SHA256 checksum).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocumentId([u8; 16]);

/// Why a string is not a valid [`DocumentId`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocumentIdError {
    /// Not base58, or the checksum does not match (a typo or a truncated link).
    #[error("document id {input:?} is not valid bs58check: {reason}")]
    Encoding {
        /// The offending input.
        input: String,
        /// What the decoder reported.
        reason: String,
    },
    /// Valid bs58check but not 16 bytes of payload.
    #[error("document id {input:?} decodes to {len} bytes, expected 16")]
    WrongLength {
        /// The offending input.
        input: String,
        /// The decoded payload length.
        len: usize,
    },
}

impl DocumentId {
    /// Wraps raw bytes (e.g. a UUID the host generated).
    pub fn from_bytes(b: [u8; 16]) -> Self {
        DocumentId(b)
    }

    /// The raw bytes.
    pub fn as_bytes(&self) -> &[u8; 16] {
        &self.0
    }

    /// The shareable link form, `automerge:<bs58check>`.
    pub fn to_url(&self) -> String {
        format!("{URL_PREFIX}{self}")
    }

    /// Parses a link; the `automerge:` prefix is optional so pasted bare ids work too.
    pub fn from_url(s: &str) -> Result<Self, DocumentIdError> {
        let s = s.trim();
        s.strip_prefix(URL_PREFIX).unwrap_or(s).parse()
    }
}

impl fmt::Display for DocumentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&bs58::encode(self.0).with_check().into_string())
    }
}

impl fmt::Debug for DocumentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DocumentId({self})")
    }
}

impl FromStr for DocumentId {
    type Err = DocumentIdError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bytes =
            bs58::decode(s)
                .with_check(None)
                .into_vec()
                .map_err(|e| DocumentIdError::Encoding {
                    input: s.to_owned(),
                    reason: e.to_string(),
                })?;
        let array: [u8; 16] =
            bytes
                .as_slice()
                .try_into()
                .map_err(|_| DocumentIdError::WrongLength {
                    input: s.to_owned(),
                    len: bytes.len(),
                })?;
        Ok(DocumentId(array))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BYTES: [u8; 16] = [
        0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee,
        0xff,
    ];

    #[test]
    fn bs58check_round_trip() {
        let id = DocumentId::from_bytes(BYTES);
        let text = id.to_string();
        assert_eq!(text.parse::<DocumentId>().unwrap(), id);
        assert_eq!(id.as_bytes(), &BYTES);
    }

    #[test]
    fn matches_independent_bs58check() {
        // bs58check = base58(payload ++ 4-byte checksum): plain base58 decoding
        // must yield the 16 payload bytes followed by the checksum.
        let id = DocumentId::from_bytes(BYTES);
        let raw = bs58::decode(id.to_string()).into_vec().unwrap();
        assert_eq!(raw.len(), 20);
        assert_eq!(&raw[..16], &BYTES);
    }

    #[test]
    fn known_automerge_repo_id_parses() {
        // A document id taken from automerge-repo's documentation/tests.
        let id: DocumentId = "4NMNnkMhL8jXrdJ9jamS58PAVdXu".parse().unwrap();
        assert_eq!(id.to_string(), "4NMNnkMhL8jXrdJ9jamS58PAVdXu");
    }

    #[test]
    fn bad_checksum_rejected() {
        let mut text = DocumentId::from_bytes(BYTES).to_string().into_bytes();
        // Swap the last character for a different valid base58 digit.
        let last = text.len() - 1;
        text[last] = if text[last] == b'2' { b'3' } else { b'2' };
        let text = String::from_utf8(text).unwrap();
        assert!(matches!(
            text.parse::<DocumentId>(),
            Err(DocumentIdError::Encoding { .. })
        ));
    }

    #[test]
    fn non_base58_and_wrong_length_rejected() {
        assert!("0OIl".parse::<DocumentId>().is_err());
        let short = bs58::encode([1u8, 2, 3]).with_check().into_string();
        assert_eq!(
            short.parse::<DocumentId>(),
            Err(DocumentIdError::WrongLength {
                input: short.clone(),
                len: 3
            })
        );
        assert!("".parse::<DocumentId>().is_err());
    }

    #[test]
    fn url_parse_with_and_without_prefix() {
        let id = DocumentId::from_bytes(BYTES);
        let url = id.to_url();
        assert!(url.starts_with("automerge:"));
        assert_eq!(DocumentId::from_url(&url).unwrap(), id);
        assert_eq!(DocumentId::from_url(&id.to_string()).unwrap(), id);
        assert!(DocumentId::from_url("automerge:notanid!").is_err());
    }
}
