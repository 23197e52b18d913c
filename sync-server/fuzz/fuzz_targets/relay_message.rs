//! Arbitrary bytes as one incoming WebSocket message to the relay: the automerge-repo
//! decode, the hub's check of the Automerge sync message and each change it carries,
//! and the relay's protocol state machine after a handshake (and before one). See
//! `sync_server::fuzzing::relay_message` for what it checks.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    sync_server::fuzzing::relay_message(bytes);
});
