//! The automerge-repo wire protocol as a sans-IO state machine.
//!
//! [`Repo`] holds Automerge documents and speaks automerge-repo's CBOR wire
//! protocol (the one `@automerge/automerge-repo` and `samod` speak). It never
//! touches a socket, a clock or a thread: the host feeds it bytes and the
//! current time ([`Millis`]) and carries out the [`Effect`]s it returns. That
//! keeps one implementation usable from the browser (wasm32) and the relay.
//!
//! Typical host loop:
//! 1. `connect` when a transport opens, `receive` for every inbound frame,
//!    `disconnect` when it closes;
//! 2. `change_document` for local edits;
//! 3. call `tick` at `next_deadline()`;
//! 4. after each call, drain `take_effects` and perform them.

mod config;
mod connection;
mod document_id;
mod effect;
mod error;
pub mod message;
mod pacing;
mod peer_id;
mod repo;
mod time;

pub use config::{Config, Role};
pub use connection::ConnectionId;
pub use document_id::{DocumentId, DocumentIdError};
pub use effect::{Effect, Origin};
pub use error::ProtocolError;
pub use peer_id::PeerId;
pub use repo::Repo;
pub use time::Millis;
