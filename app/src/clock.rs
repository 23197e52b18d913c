//! Wall-clock time for the sans-IO repo, which has no clock of its own (wasm has no `Instant`).

use sync_protocol::Millis;

/// Milliseconds since the Unix epoch, from `Date.now()`.
pub fn now() -> Millis {
    // Date.now() is a non-negative integral f64 well inside u64 range.
    Millis(js_sys::Date::now() as u64)
}
