//! Wall-clock time for the sans-IO repo, which has no clock of its own (wasm has no `Instant`).

use community::IsoDate;
use sync_protocol::Millis;

/// Milliseconds since the Unix epoch, from `Date.now()`.
pub fn now() -> Millis {
    // Date.now() is a non-negative integral f64 well inside u64 range.
    Millis(js_sys::Date::now() as u64)
}

/// Today in the person's time zone: a meeting "today" means their calendar day.
pub fn today() -> Option<IsoDate> {
    let now = js_sys::Date::new_0();
    IsoDate::new(
        u16::try_from(now.get_full_year()).ok()?,
        u8::try_from(now.get_month() + 1).ok()?,
        u8::try_from(now.get_date()).ok()?,
    )
}
