//! Host-supplied time: the crate has no clock (wasm32 has no `Instant`).

/// A point in time in milliseconds, on whatever monotonic scale the host uses.
///
/// Only differences and comparisons matter to the [`crate::Repo`], so the
/// host may pass `performance.now()`, Unix time or a test counter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Millis(pub u64);

impl Millis {
    /// `self + other`, saturating instead of overflowing so a huge debounce
    /// can never wrap a deadline into the past.
    pub fn saturating_add(self, other: Millis) -> Millis {
        Millis(self.0.saturating_add(other.0))
    }
}
