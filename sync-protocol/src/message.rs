//! The automerge-repo wire codec: messages as CBOR maps with string keys.
//!
//! The JS library encodes with cbor-x (`useRecords: false`,
//! `tagUint8Array: false`), i.e. plain RFC 8949 maps with text keys in object
//! insertion order, minimal-length heads and `Uint8Array`s as byte strings
//! (major type 2). We emit exactly that, with keys in the order samod (the Rust
//! automerge-repo) uses. Decoding is lenient the way JS is: unknown keys and
//! unknown message types are ignored, `undefined`/`null` count as absent, key
//! order does not matter; but every malformed input is an error, never a panic.

use minicbor::Decoder;
use minicbor::data::{Tag, Type};

use crate::{DocumentId, PeerId};

/// The only protocol version automerge-repo defines.
pub const PROTOCOL_VERSION: &str = "1";

/// cbor-x's tag for a typed `Uint8Array` (emitted when `tagUint8Array` is on);
/// accepted on input so such peers still work.
const TAG_UINT8_ARRAY: u64 = 64;

/// `peerMetadata` of `join`/`peer`: what a peer says about its storage.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PeerMetadata {
    /// The peer's storage id, if it has persistent storage it wants to advertise.
    pub storage_id: Option<String>,
    /// Whether the peer will not come back with this storage id.
    pub is_ephemeral: bool,
}

/// One automerge-repo wire message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WireMessage {
    /// Handshake opener, sent by the connecting side.
    Join {
        /// Who is joining.
        sender_id: PeerId,
        /// Versions the sender speaks (automerge-repo: `["1"]`).
        supported_protocol_versions: Vec<String>,
        /// Optional storage metadata.
        peer_metadata: Option<PeerMetadata>,
    },
    /// Handshake answer to `join`.
    Peer {
        /// Who answers.
        sender_id: PeerId,
        /// The joining peer.
        target_id: PeerId,
        /// The chosen version (`"1"`).
        selected_protocol_version: String,
        /// Optional storage metadata.
        peer_metadata: Option<PeerMetadata>,
    },
    /// "Please sync this document with me; I don't have it."
    Request {
        /// Sender.
        sender_id: PeerId,
        /// Recipient.
        target_id: PeerId,
        /// The document.
        document_id: DocumentId,
        /// An encoded `automerge::sync::Message`.
        data: Vec<u8>,
    },
    /// An Automerge sync message about a document.
    Sync {
        /// Sender.
        sender_id: PeerId,
        /// Recipient.
        target_id: PeerId,
        /// The document.
        document_id: DocumentId,
        /// An encoded `automerge::sync::Message`.
        data: Vec<u8>,
    },
    /// Answer to `request`: the sender does not have the document either.
    DocUnavailable {
        /// Sender.
        sender_id: PeerId,
        /// Recipient.
        target_id: PeerId,
        /// The document.
        document_id: DocumentId,
    },
    /// Application-defined transient data (presence, cursors) about a document.
    Ephemeral {
        /// The original sender (kept when relayed).
        sender_id: PeerId,
        /// Recipient.
        target_id: PeerId,
        /// Per-session sequence number, used by receivers to drop duplicates.
        count: u64,
        /// The sender's session.
        session_id: String,
        /// The document the data relates to.
        document_id: DocumentId,
        /// Opaque payload (CBOR in automerge-repo).
        data: Vec<u8>,
    },
    /// The peer hit a protocol error and is closing.
    Error {
        /// Human-readable reason.
        message: String,
    },
    /// A type we do not implement (`leave`, `remote-subscription-change`,
    /// `remote-heads-changed`, future types): tolerated and ignored.
    Unknown {
        /// The wire `type`.
        message_type: String,
    },
}

/// Why bytes could not be decoded as a [`WireMessage`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// Not CBOR, truncated, or trailing bytes.
    #[error("malformed CBOR: {0}")]
    Cbor(String),
    /// The top-level item is not a map.
    #[error("expected a CBOR map at the top level, found {0}")]
    NotAMap(String),
    /// No `type` key.
    #[error("message has no `type`")]
    MissingType,
    /// A required key of this message type is absent (or undefined/null).
    #[error("`{message_type}` message lacks required field `{field}`")]
    MissingField {
        /// The wire `type`.
        message_type: &'static str,
        /// The missing key.
        field: &'static str,
    },
    /// A key holds a value of the wrong CBOR type.
    #[error("field `{field}` should be {expected}: {detail}")]
    WrongType {
        /// The key.
        field: &'static str,
        /// What we expected, e.g. "a text string".
        expected: &'static str,
        /// What the decoder found.
        detail: String,
    },
    /// `documentId` is not a valid bs58check document id.
    #[error("invalid documentId: {0}")]
    DocumentId(#[from] crate::DocumentIdError),
}

impl From<minicbor::decode::Error> for DecodeError {
    fn from(e: minicbor::decode::Error) -> Self {
        DecodeError::Cbor(e.to_string())
    }
}

impl WireMessage {
    /// The wire `type` string.
    pub fn message_type(&self) -> &str {
        match self {
            WireMessage::Join { .. } => "join",
            WireMessage::Peer { .. } => "peer",
            WireMessage::Request { .. } => "request",
            WireMessage::Sync { .. } => "sync",
            WireMessage::DocUnavailable { .. } => "doc-unavailable",
            WireMessage::Ephemeral { .. } => "ephemeral",
            WireMessage::Error { .. } => "error",
            WireMessage::Unknown { message_type } => message_type,
        }
    }

    /// Encodes as cbor-x would encode the equivalent JS object.
    pub fn encode(&self) -> Vec<u8> {
        let mut e = Encoder::default();
        match self {
            WireMessage::Join {
                sender_id,
                supported_protocol_versions,
                peer_metadata,
            } => {
                e.map(3 + usize::from(peer_metadata.is_some()));
                e.entry_text("type", "join");
                e.entry_text("senderId", sender_id.as_str());
                e.text("supportedProtocolVersions");
                e.array(supported_protocol_versions.len());
                for v in supported_protocol_versions {
                    e.text(v);
                }
                if let Some(m) = peer_metadata {
                    e.text("peerMetadata");
                    e.metadata(m);
                }
            }
            WireMessage::Peer {
                sender_id,
                target_id,
                selected_protocol_version,
                peer_metadata,
            } => {
                e.map(4 + usize::from(peer_metadata.is_some()));
                e.entry_text("type", "peer");
                e.entry_text("senderId", sender_id.as_str());
                e.entry_text("selectedProtocolVersion", selected_protocol_version);
                e.entry_text("targetId", target_id.as_str());
                if let Some(m) = peer_metadata {
                    e.text("peerMetadata");
                    e.metadata(m);
                }
            }
            WireMessage::Request {
                sender_id,
                target_id,
                document_id,
                data,
            }
            | WireMessage::Sync {
                sender_id,
                target_id,
                document_id,
                data,
            } => {
                e.map(5);
                e.entry_text("type", self.message_type());
                e.entry_text("documentId", &document_id.to_string());
                e.entry_text("senderId", sender_id.as_str());
                e.entry_text("targetId", target_id.as_str());
                e.text("data");
                e.bytes(data);
            }
            WireMessage::DocUnavailable {
                sender_id,
                target_id,
                document_id,
            } => {
                e.map(4);
                e.entry_text("type", "doc-unavailable");
                e.entry_text("senderId", sender_id.as_str());
                e.entry_text("targetId", target_id.as_str());
                e.entry_text("documentId", &document_id.to_string());
            }
            WireMessage::Ephemeral {
                sender_id,
                target_id,
                count,
                session_id,
                document_id,
                data,
            } => {
                e.map(7);
                e.entry_text("type", "ephemeral");
                e.entry_text("senderId", sender_id.as_str());
                e.entry_text("targetId", target_id.as_str());
                e.text("count");
                e.uint(*count);
                e.entry_text("sessionId", session_id);
                e.entry_text("documentId", &document_id.to_string());
                e.text("data");
                e.bytes(data);
            }
            WireMessage::Error { message } => {
                e.map(2);
                e.entry_text("type", "error");
                e.entry_text("message", message);
            }
            WireMessage::Unknown { message_type } => {
                // Only for completeness (tests, logging): we never send unknown types.
                e.map(1);
                e.entry_text("type", message_type);
            }
        }
        e.buf
    }

    /// Decodes one message. Never panics; the caller enforces the size limit.
    pub fn decode(bytes: &[u8]) -> Result<WireMessage, DecodeError> {
        let fields = Fields::scan(bytes)?;
        let message_type = match fields.get("type") {
            Some(pos) => fields.text_at(pos, "type")?,
            None => return Err(DecodeError::MissingType),
        };
        let msg = match message_type {
            "join" => WireMessage::Join {
                sender_id: fields.peer("join", "senderId")?,
                supported_protocol_versions: fields
                    .text_array("join", "supportedProtocolVersions")?,
                peer_metadata: fields.metadata()?,
            },
            "peer" => WireMessage::Peer {
                sender_id: fields.peer("peer", "senderId")?,
                target_id: fields.peer("peer", "targetId")?,
                selected_protocol_version: fields
                    .text("peer", "selectedProtocolVersion")?
                    .to_owned(),
                peer_metadata: fields.metadata()?,
            },
            "request" => WireMessage::Request {
                sender_id: fields.peer("request", "senderId")?,
                target_id: fields.peer("request", "targetId")?,
                document_id: fields.document_id("request")?,
                data: fields.bytes("request", "data")?,
            },
            "sync" => WireMessage::Sync {
                sender_id: fields.peer("sync", "senderId")?,
                target_id: fields.peer("sync", "targetId")?,
                document_id: fields.document_id("sync")?,
                data: fields.bytes("sync", "data")?,
            },
            "doc-unavailable" => WireMessage::DocUnavailable {
                sender_id: fields.peer("doc-unavailable", "senderId")?,
                target_id: fields.peer("doc-unavailable", "targetId")?,
                document_id: fields.document_id("doc-unavailable")?,
            },
            "ephemeral" => WireMessage::Ephemeral {
                sender_id: fields.peer("ephemeral", "senderId")?,
                target_id: fields.peer("ephemeral", "targetId")?,
                count: fields.count()?,
                session_id: fields.text("ephemeral", "sessionId")?.to_owned(),
                document_id: fields.document_id("ephemeral")?,
                data: fields.bytes("ephemeral", "data")?,
            },
            "error" => WireMessage::Error {
                message: fields.text("error", "message")?.to_owned(),
            },
            other => WireMessage::Unknown {
                message_type: other.to_owned(),
            },
        };
        Ok(msg)
    }
}

/// The top-level map, scanned once: each key with the offset of its value.
///
/// Values are decoded only for the keys the message type needs, so unknown
/// keys (and keys of unknown message types) may hold anything well-formed.
struct Fields<'b> {
    input: &'b [u8],
    entries: Vec<(&'b str, usize)>,
}

impl<'b> Fields<'b> {
    fn scan(input: &'b [u8]) -> Result<Self, DecodeError> {
        let mut d = Decoder::new(input);
        let ty = d.datatype()?;
        if !matches!(ty, Type::Map | Type::MapIndef) {
            return Err(DecodeError::NotAMap(format!("{ty}")));
        }
        let len = d.map()?;
        let mut entries = Vec::new();
        let mut i = 0u64;
        loop {
            match len {
                Some(n) if i >= n => break,
                None if d.datatype()? == Type::Break => {
                    // Consume the break byte of the indefinite-length map.
                    d.skip()?;
                    break;
                }
                _ => {}
            }
            if d.datatype()? == Type::String {
                let key = d.str()?;
                entries.push((key, d.position()));
            } else {
                // Non-text keys never come from automerge-repo; ignore the entry.
                d.skip()?;
            }
            d.skip()?;
            i += 1;
        }
        if d.position() != input.len() {
            return Err(DecodeError::Cbor(format!(
                "{} trailing bytes after the message",
                input.len() - d.position()
            )));
        }
        Ok(Fields { input, entries })
    }

    /// Position of a key's value; `undefined`/`null` values count as absent,
    /// as they would in JS (`msg.x === undefined` checks).
    fn get(&self, key: &str) -> Option<usize> {
        self.entries
            .iter()
            .rev() // like a JS object: the last duplicate key wins
            .find(|(k, _)| *k == key)
            .map(|&(_, pos)| pos)
            .filter(|&pos| {
                !matches!(
                    self.decoder_at(pos).datatype(),
                    Ok(Type::Null | Type::Undefined)
                )
            })
    }

    fn decoder_at(&self, pos: usize) -> Decoder<'b> {
        let mut d = Decoder::new(self.input);
        d.set_position(pos);
        d
    }

    fn require(
        &self,
        message_type: &'static str,
        field: &'static str,
    ) -> Result<usize, DecodeError> {
        self.get(field).ok_or(DecodeError::MissingField {
            message_type,
            field,
        })
    }

    fn text_at(&self, pos: usize, field: &'static str) -> Result<&'b str, DecodeError> {
        self.decoder_at(pos)
            .str()
            .map_err(|e| wrong(field, "a text string", e))
    }

    fn text(
        &self,
        message_type: &'static str,
        field: &'static str,
    ) -> Result<&'b str, DecodeError> {
        self.text_at(self.require(message_type, field)?, field)
    }

    fn peer(&self, message_type: &'static str, field: &'static str) -> Result<PeerId, DecodeError> {
        self.text(message_type, field).map(PeerId::new)
    }

    fn document_id(&self, message_type: &'static str) -> Result<DocumentId, DecodeError> {
        Ok(self.text(message_type, "documentId")?.parse()?)
    }

    fn bytes(
        &self,
        message_type: &'static str,
        field: &'static str,
    ) -> Result<Vec<u8>, DecodeError> {
        let mut d = self.decoder_at(self.require(message_type, field)?);
        if d.datatype()? == Type::Tag {
            let tag = d.tag()?;
            if tag != Tag::new(TAG_UINT8_ARRAY) {
                return Err(DecodeError::WrongType {
                    field,
                    expected: "a byte string",
                    detail: format!("found tag {tag:?}"),
                });
            }
        }
        match d.datatype()? {
            Type::BytesIndef => {
                // Chunked byte string: concatenate the chunks.
                let mut out = Vec::new();
                for chunk in d.bytes_iter()? {
                    out.extend_from_slice(chunk?);
                }
                Ok(out)
            }
            _ => Ok(d
                .bytes()
                .map_err(|e| wrong(field, "a byte string", e))?
                .to_vec()),
        }
    }

    fn text_array(
        &self,
        message_type: &'static str,
        field: &'static str,
    ) -> Result<Vec<String>, DecodeError> {
        let mut d = self.decoder_at(self.require(message_type, field)?);
        let len = d
            .array()
            .map_err(|e| wrong(field, "an array of text strings", e))?;
        let mut out = Vec::new();
        let mut i = 0u64;
        loop {
            match len {
                Some(n) if i >= n => break,
                None if d.datatype()? == Type::Break => break,
                _ => {}
            }
            out.push(
                d.str()
                    .map_err(|e| wrong(field, "an array of text strings", e))?
                    .to_owned(),
            );
            i += 1;
        }
        Ok(out)
    }

    fn count(&self) -> Result<u64, DecodeError> {
        const FIELD: &str = "count";
        let mut d = self.decoder_at(self.require("ephemeral", FIELD)?);
        match d.datatype()? {
            Type::U8 | Type::U16 | Type::U32 | Type::U64 => Ok(d.u64()?),
            // JS numbers may arrive as floats; accept whole non-negative ones.
            Type::F16 | Type::F32 | Type::F64 => {
                let f = d.f64()?;
                if f.is_finite() && f >= 0.0 && f.fract() == 0.0 && f <= u64::MAX as f64 {
                    // In range and integral, checked just above.
                    Ok(f as u64)
                } else {
                    Err(DecodeError::WrongType {
                        field: FIELD,
                        expected: "a non-negative integer",
                        detail: format!("found {f}"),
                    })
                }
            }
            other => Err(DecodeError::WrongType {
                field: FIELD,
                expected: "a non-negative integer",
                detail: format!("found {other}"),
            }),
        }
    }

    fn metadata(&self) -> Result<Option<PeerMetadata>, DecodeError> {
        const FIELD: &str = "peerMetadata";
        let Some(pos) = self.get(FIELD) else {
            return Ok(None);
        };
        let mut d = self.decoder_at(pos);
        let len = d.map().map_err(|e| wrong(FIELD, "a map", e))?;
        let mut meta = PeerMetadata::default();
        let mut i = 0u64;
        loop {
            match len {
                Some(n) if i >= n => break,
                None if d.datatype()? == Type::Break => break,
                _ => {}
            }
            i += 1;
            let key = if d.datatype()? == Type::String {
                d.str()?
            } else {
                d.skip()?;
                d.skip()?;
                continue;
            };
            match (key, d.datatype()?) {
                // cbor-x writes JS `undefined` as CBOR undefined (0xf7).
                (_, Type::Undefined | Type::Null) => d.skip()?,
                ("storageId", _) => {
                    meta.storage_id = Some(
                        d.str()
                            .map_err(|e| wrong("peerMetadata.storageId", "a text string", e))?
                            .to_owned(),
                    );
                }
                ("isEphemeral", _) => {
                    meta.is_ephemeral = d
                        .bool()
                        .map_err(|e| wrong("peerMetadata.isEphemeral", "a boolean", e))?;
                }
                _ => d.skip()?,
            }
        }
        Ok(Some(meta))
    }
}

fn wrong(field: &'static str, expected: &'static str, e: minicbor::decode::Error) -> DecodeError {
    DecodeError::WrongType {
        field,
        expected,
        detail: e.to_string(),
    }
}

/// A minimal RFC 8949 encoder for the few item kinds messages use.
///
/// Hand-written rather than minicbor's `Encoder` because writing into a `Vec`
/// cannot fail, and this way there is no `Result` to unwrap; it also makes the
/// exact bytes (shortest-form heads, as cbor-x writes) obvious.
#[derive(Default)]
struct Encoder {
    buf: Vec<u8>,
}

impl Encoder {
    /// Writes an item head: major type in the top 3 bits, shortest argument encoding.
    fn head(&mut self, major: u8, arg: u64) {
        let major = major << 5;
        match arg {
            0..=23 => self.buf.push(major | arg as u8),
            24..=0xff => self.buf.extend([major | 24, arg as u8]),
            0x100..=0xffff => {
                self.buf.push(major | 25);
                self.buf.extend((arg as u16).to_be_bytes());
            }
            0x1_0000..=0xffff_ffff => {
                self.buf.push(major | 26);
                self.buf.extend((arg as u32).to_be_bytes());
            }
            _ => {
                self.buf.push(major | 27);
                self.buf.extend(arg.to_be_bytes());
            }
        }
    }

    fn uint(&mut self, v: u64) {
        self.head(0, v);
    }

    fn bytes(&mut self, b: &[u8]) {
        self.head(2, b.len() as u64);
        self.buf.extend_from_slice(b);
    }

    fn text(&mut self, s: &str) {
        self.head(3, s.len() as u64);
        self.buf.extend_from_slice(s.as_bytes());
    }

    fn array(&mut self, len: usize) {
        self.head(4, len as u64);
    }

    fn map(&mut self, len: usize) {
        self.head(5, len as u64);
    }

    fn bool(&mut self, b: bool) {
        // Simple values 20 (false) and 21 (true) of major type 7.
        self.buf.push(if b { 0xf5 } else { 0xf4 });
    }

    fn entry_text(&mut self, key: &str, value: &str) {
        self.text(key);
        self.text(value);
    }

    fn metadata(&mut self, m: &PeerMetadata) {
        self.map(1 + usize::from(m.storage_id.is_some()));
        if let Some(id) = &m.storage_id {
            self.entry_text("storageId", id);
        }
        self.text("isEphemeral");
        self.bool(m.is_ephemeral);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id() -> DocumentId {
        DocumentId::from_bytes([7; 16])
    }

    fn all_messages() -> Vec<WireMessage> {
        vec![
            WireMessage::Join {
                sender_id: PeerId::new("alice"),
                supported_protocol_versions: vec!["1".into()],
                peer_metadata: Some(PeerMetadata {
                    storage_id: Some("store-1".into()),
                    is_ephemeral: true,
                }),
            },
            WireMessage::Join {
                sender_id: PeerId::new("alice"),
                supported_protocol_versions: vec!["1".into(), "2".into()],
                peer_metadata: None,
            },
            WireMessage::Peer {
                sender_id: PeerId::new("relay"),
                target_id: PeerId::new("alice"),
                selected_protocol_version: "1".into(),
                peer_metadata: Some(PeerMetadata::default()),
            },
            WireMessage::Request {
                sender_id: PeerId::new("alice"),
                target_id: PeerId::new("relay"),
                document_id: id(),
                data: vec![0x42, 0, 1, 2],
            },
            WireMessage::Sync {
                sender_id: PeerId::new("relay"),
                target_id: PeerId::new("alice"),
                document_id: id(),
                data: vec![0xab; 300],
            },
            WireMessage::DocUnavailable {
                sender_id: PeerId::new("relay"),
                target_id: PeerId::new("alice"),
                document_id: id(),
            },
            WireMessage::Ephemeral {
                sender_id: PeerId::new("alice"),
                target_id: PeerId::new("bob"),
                count: 70_000,
                session_id: "session".into(),
                document_id: id(),
                data: vec![1, 2, 3],
            },
            WireMessage::Error {
                message: "boom".into(),
            },
        ]
    }

    #[test]
    fn round_trip_every_message_type() {
        for msg in all_messages() {
            let bytes = msg.encode();
            assert_eq!(WireMessage::decode(&bytes).unwrap(), msg, "{msg:?}");
        }
    }

    /// `{ type: "error", message: "boom" }` as cbor-x encodes it (RFC 8949):
    /// a2 = map(2); 64 = text(4) "type"; 65 = text(5) "error";
    /// 67 = text(7) "message"; 64 = text(4) "boom".
    #[test]
    fn error_message_exact_bytes() {
        let expected: Vec<u8> = [
            &[0xa2][..],
            &[0x64],
            b"type",
            &[0x65],
            b"error",
            &[0x67],
            b"message",
            &[0x64],
            b"boom",
        ]
        .concat();
        let msg = WireMessage::Error {
            message: "boom".into(),
        };
        assert_eq!(msg.encode(), expected);
        assert_eq!(WireMessage::decode(&expected).unwrap(), msg);
    }

    /// `{ type: "join", senderId: "a", supportedProtocolVersions: ["1"],
    ///    peerMetadata: { isEphemeral: false } }` as cbor-x encodes it:
    /// a4 = map(4); 78 19 = text(25) (length >= 24 takes a one-byte
    /// argument); 81 = array(1); a1 = map(1); f4 = false.
    #[test]
    fn join_message_exact_bytes() {
        let expected: Vec<u8> = [
            &[0xa4][..],
            &[0x64],
            b"type",
            &[0x64],
            b"join",
            &[0x68],
            b"senderId",
            &[0x61],
            b"a",
            &[0x78, 0x19],
            b"supportedProtocolVersions",
            &[0x81, 0x61],
            b"1",
            &[0x6c],
            b"peerMetadata",
            &[0xa1, 0x6b],
            b"isEphemeral",
            &[0xf4],
        ]
        .concat();
        let msg = WireMessage::Join {
            sender_id: PeerId::new("a"),
            supported_protocol_versions: vec!["1".into()],
            peer_metadata: Some(PeerMetadata::default()),
        };
        assert_eq!(msg.encode(), expected);
    }

    /// `{ type: "sync", documentId, senderId: "a", targetId: "b",
    ///    data: new Uint8Array([1, 2, 3]) }` with `tagUint8Array: false`:
    /// the bytes are a plain byte string, 43 = bytes(3), no tag 64.
    #[test]
    fn sync_message_exact_bytes() {
        let doc = id().to_string();
        // A 16-byte id is 27-28 base58 characters: text head 78 <len>.
        assert!((24..256).contains(&doc.len()));
        let expected: Vec<u8> = [
            &[0xa5][..],
            &[0x64],
            b"type",
            &[0x64],
            b"sync",
            &[0x6a],
            b"documentId",
            &[0x78, doc.len() as u8],
            doc.as_bytes(),
            &[0x68],
            b"senderId",
            &[0x61],
            b"a",
            &[0x68],
            b"targetId",
            &[0x61],
            b"b",
            &[0x64],
            b"data",
            &[0x43, 1, 2, 3],
        ]
        .concat();
        let msg = WireMessage::Sync {
            sender_id: PeerId::new("a"),
            target_id: PeerId::new("b"),
            document_id: id(),
            data: vec![1, 2, 3],
        };
        assert_eq!(msg.encode(), expected);
    }

    #[test]
    fn long_lengths_use_wider_heads() {
        let mut e = Encoder::default();
        e.bytes(&[0; 300]);
        assert_eq!(&e.buf[..3], &[0x59, 0x01, 0x2c]);
        let mut e = Encoder::default();
        e.uint(70_000);
        assert_eq!(e.buf, [0x1a, 0x00, 0x01, 0x11, 0x70]);
        let mut e = Encoder::default();
        e.uint(u64::MAX);
        assert_eq!(e.buf[0], 0x1b);
    }

    /// Builds a message by hand with minicbor's encoder, for inputs our own
    /// encoder never produces (other key orders, undefined, floats, tags).
    fn hand(f: impl FnOnce(&mut minicbor::Encoder<&mut Vec<u8>>)) -> Vec<u8> {
        let mut buf = Vec::new();
        f(&mut minicbor::Encoder::new(&mut buf));
        buf
    }

    #[test]
    fn tolerates_js_peculiarities() {
        // Shuffled keys, unknown keys, undefined storageId, extra metadata,
        // float count, tagged Uint8Array: all as JS peers may send them.
        let doc = id().to_string();
        let bytes = hand(|e| {
            e.map(9).unwrap();
            e.str("data")
                .unwrap()
                .tag(Tag::new(64))
                .unwrap()
                .bytes(&[9])
                .unwrap();
            e.str("count").unwrap().f64(5.0).unwrap();
            e.str("unknownKey")
                .unwrap()
                .array(2)
                .unwrap()
                .u8(1)
                .unwrap()
                .null()
                .unwrap();
            e.str("sessionId").unwrap().str("s").unwrap();
            e.str("documentId").unwrap().str(&doc).unwrap();
            e.str("targetId").unwrap().str("b").unwrap();
            e.str("senderId").unwrap().str("a").unwrap();
            e.str("type").unwrap().str("ephemeral").unwrap();
            e.str("peerMetadata").unwrap().undefined().unwrap();
        });
        assert_eq!(
            WireMessage::decode(&bytes).unwrap(),
            WireMessage::Ephemeral {
                sender_id: PeerId::new("a"),
                target_id: PeerId::new("b"),
                count: 5,
                session_id: "s".into(),
                document_id: id(),
                data: vec![9],
            }
        );

        let join = hand(|e| {
            e.begin_map().unwrap();
            e.str("type").unwrap().str("join").unwrap();
            e.str("senderId").unwrap().str("js-peer").unwrap();
            e.str("supportedProtocolVersions")
                .unwrap()
                .array(1)
                .unwrap()
                .str("1")
                .unwrap();
            e.str("peerMetadata").unwrap().map(3).unwrap();
            e.str("storageId").unwrap().undefined().unwrap();
            e.str("isEphemeral").unwrap().null().unwrap();
            e.str("future").unwrap().map(0).unwrap();
            e.end().unwrap();
        });
        assert_eq!(
            WireMessage::decode(&join).unwrap(),
            WireMessage::Join {
                sender_id: PeerId::new("js-peer"),
                supported_protocol_versions: vec!["1".into()],
                peer_metadata: Some(PeerMetadata::default()),
            }
        );
    }

    #[test]
    fn unknown_types_are_tolerated() {
        for ty in [
            "remote-subscription-change",
            "remote-heads-changed",
            "leave",
        ] {
            let bytes = hand(|e| {
                e.map(3).unwrap();
                e.str("type").unwrap().str(ty).unwrap();
                e.str("senderId").unwrap().str("a").unwrap();
                e.str("newHeads")
                    .unwrap()
                    .map(1)
                    .unwrap()
                    .str("x")
                    .unwrap()
                    .u8(1)
                    .unwrap();
            });
            assert_eq!(
                WireMessage::decode(&bytes).unwrap(),
                WireMessage::Unknown {
                    message_type: ty.into()
                }
            );
        }
    }

    #[test]
    fn garbage_is_an_error() {
        let cases: &[&[u8]] = &[
            b"",
            b"\xff",
            b"hello world",
            &[0x01],                               // an integer, not a map
            &[0x83, 0x01, 0x02, 0x03],             // an array
            &[0xa1, 0x64],                         // map with a truncated key
            &[0xbf, 0x64, b't', b'y', b'p', b'e'], // unterminated indefinite map
            &[0xa0],                               // empty map: no type
            &[0xa0, 0x00],                         // trailing bytes
            &[0xa1, 0x1b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], // map with absurd key
            &[0xbb, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], // map claiming 2^64-1 entries
        ];
        for case in cases {
            assert!(WireMessage::decode(case).is_err(), "{case:02x?}");
        }
    }

    #[test]
    fn every_truncation_is_an_error() {
        for msg in all_messages() {
            let bytes = msg.encode();
            for len in 0..bytes.len() {
                assert!(
                    WireMessage::decode(&bytes[..len]).is_err(),
                    "{} truncated to {len}",
                    msg.message_type()
                );
            }
        }
    }

    #[test]
    fn arbitrary_byte_flips_never_panic() {
        // A cheap deterministic fuzz: flip each byte of each message to a few values.
        for msg in all_messages() {
            let bytes = msg.encode();
            for i in 0..bytes.len() {
                for v in [0x00, 0x17, 0x18, 0x5f, 0x7f, 0x9f, 0xbf, 0xf7, 0xff] {
                    let mut b = bytes.clone();
                    b[i] = v;
                    let _ = WireMessage::decode(&b);
                }
            }
        }
    }

    #[test]
    fn wrong_types_and_missing_fields_are_errors() {
        let doc = id().to_string();
        let sender_is_int = hand(|e| {
            e.map(5).unwrap();
            e.str("type").unwrap().str("sync").unwrap();
            e.str("senderId").unwrap().u32(7).unwrap();
            e.str("targetId").unwrap().str("b").unwrap();
            e.str("documentId").unwrap().str(&doc).unwrap();
            e.str("data").unwrap().bytes(&[1]).unwrap();
        });
        assert!(matches!(
            WireMessage::decode(&sender_is_int),
            Err(DecodeError::WrongType {
                field: "senderId",
                ..
            })
        ));

        let data_is_text = hand(|e| {
            e.map(5).unwrap();
            e.str("type").unwrap().str("sync").unwrap();
            e.str("senderId").unwrap().str("a").unwrap();
            e.str("targetId").unwrap().str("b").unwrap();
            e.str("documentId").unwrap().str(&doc).unwrap();
            e.str("data").unwrap().str("not bytes").unwrap();
        });
        assert!(matches!(
            WireMessage::decode(&data_is_text),
            Err(DecodeError::WrongType { field: "data", .. })
        ));

        let no_data = hand(|e| {
            e.map(5).unwrap();
            e.str("type").unwrap().str("request").unwrap();
            e.str("senderId").unwrap().str("a").unwrap();
            e.str("targetId").unwrap().str("b").unwrap();
            e.str("documentId").unwrap().str(&doc).unwrap();
            e.str("data").unwrap().undefined().unwrap();
        });
        assert_eq!(
            WireMessage::decode(&no_data),
            Err(DecodeError::MissingField {
                message_type: "request",
                field: "data"
            })
        );

        let bad_doc = hand(|e| {
            e.map(4).unwrap();
            e.str("type").unwrap().str("doc-unavailable").unwrap();
            e.str("senderId").unwrap().str("a").unwrap();
            e.str("targetId").unwrap().str("b").unwrap();
            e.str("documentId").unwrap().str("automerge:xyz").unwrap();
        });
        assert!(matches!(
            WireMessage::decode(&bad_doc),
            Err(DecodeError::DocumentId(_))
        ));

        let type_is_int = hand(|e| {
            e.map(1).unwrap();
            e.str("type").unwrap().u8(1).unwrap();
        });
        assert!(matches!(
            WireMessage::decode(&type_is_int),
            Err(DecodeError::WrongType { field: "type", .. })
        ));

        let negative_count = hand(|e| {
            e.map(7).unwrap();
            e.str("type").unwrap().str("ephemeral").unwrap();
            e.str("senderId").unwrap().str("a").unwrap();
            e.str("targetId").unwrap().str("b").unwrap();
            e.str("count").unwrap().f64(-1.5).unwrap();
            e.str("sessionId").unwrap().str("s").unwrap();
            e.str("documentId").unwrap().str(&doc).unwrap();
            e.str("data").unwrap().bytes(&[]).unwrap();
        });
        assert!(matches!(
            WireMessage::decode(&negative_count),
            Err(DecodeError::WrongType { field: "count", .. })
        ));

        let metadata_is_text = hand(|e| {
            e.map(3).unwrap();
            e.str("type").unwrap().str("join").unwrap();
            e.str("senderId").unwrap().str("a").unwrap();
            e.str("peerMetadata").unwrap().str("x").unwrap();
        });
        assert!(WireMessage::decode(&metadata_is_text).is_err());
    }
}
