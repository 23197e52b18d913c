//! The relay's counters, served at `/metrics` in the Prometheus text format.
//!
//! Plain atomics written by the connection tasks and the hub, read by the scrape: a
//! handful of numbers does not need a metrics library.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::Duration;

/// Upper bounds of the latency buckets, in seconds: an fsync takes from well under a
/// millisecond (NVMe) to tens of milliseconds (a busy disk); passing a change on adds
/// the sync debounce (50 ms by default) and a busy hub's queue.
const BUCKETS: [f64; 12] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
];

/// A Prometheus histogram of durations over [`BUCKETS`].
#[derive(Default)]
struct Histogram {
    buckets: [AtomicU64; BUCKETS.len()],
    count: AtomicU64,
    micros: AtomicU64,
}

impl Histogram {
    fn observe(&self, took: Duration) {
        let seconds = took.as_secs_f64();
        for (bound, count) in BUCKETS.iter().zip(&self.buckets) {
            if seconds <= *bound {
                count.fetch_add(1, Relaxed);
            }
        }
        self.count.fetch_add(1, Relaxed);
        self.micros
            .fetch_add(u64::try_from(took.as_micros()).unwrap_or(u64::MAX), Relaxed);
    }

    fn render(&self, out: &mut String, name: &str, help: &str) {
        let get = |counter: &AtomicU64| counter.load(Relaxed);
        let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} histogram");
        for (bound, count) in BUCKETS.iter().zip(&self.buckets) {
            let _ = writeln!(out, "{name}_bucket{{le=\"{bound}\"}} {}", get(count));
        }
        let count = get(&self.count);
        let _ = writeln!(out, "{name}_bucket{{le=\"+Inf\"}} {count}");
        // Microseconds to seconds for display only; the precision loss is irrelevant.
        #[allow(clippy::cast_precision_loss)]
        let sum = get(&self.micros) as f64 / 1e6;
        let _ = writeln!(out, "{name}_sum {sum}");
        let _ = writeln!(out, "{name}_count {count}");
    }
}

/// Why the relay closed or refused a connection, as counted.
#[derive(Clone, Copy, Debug)]
pub enum Refusal {
    /// Over `--max-connections`.
    Connections,
    /// Over `--max-documents-per-connection`.
    Documents,
    /// Silent for longer than `--idle-timeout-secs`.
    Idle,
    /// Broke the protocol or sent data that does not load.
    Protocol,
    /// Its outbox filled up: it could not keep up.
    SlowReader,
    /// No valid credential (counted in `praxis_refusals_total`).
    Auth,
    /// Asked for a document it may not sync (counted in `praxis_refusals_total`).
    Forbidden,
    /// Closed because its member's access to a document ended.
    AccessEnded,
}

impl Refusal {
    const ALL: [Refusal; 8] = [
        Refusal::Connections,
        Refusal::Documents,
        Refusal::Idle,
        Refusal::Protocol,
        Refusal::SlowReader,
        Refusal::Auth,
        Refusal::Forbidden,
        Refusal::AccessEnded,
    ];

    /// Whether it is counted as a refusal of a request (`praxis_refusals_total`) rather
    /// than as a closed connection.
    fn is_request_refusal(self) -> bool {
        matches!(self, Refusal::Auth | Refusal::Forbidden)
    }

    fn label(self) -> &'static str {
        match self {
            Refusal::Connections => "max_connections",
            Refusal::Documents => "max_documents",
            Refusal::Idle => "idle",
            Refusal::Protocol => "protocol",
            Refusal::SlowReader => "slow_reader",
            Refusal::Auth => "auth",
            Refusal::Forbidden => "forbidden",
            Refusal::AccessEnded => "access_ended",
        }
    }
}

/// Everything `/metrics` reports.
#[derive(Default)]
pub struct Metrics {
    connections_open: AtomicU64,
    connections_total: AtomicU64,
    closed: [AtomicU64; Refusal::ALL.len()],
    throttled_total: AtomicU64,
    documents: AtomicU64,
    messages_in: AtomicU64,
    messages_out: AtomicU64,
    bytes_in: AtomicU64,
    bytes_out: AtomicU64,
    sync_rounds: AtomicU64,
    write_failures: AtomicU64,
    archived: AtomicU64,
    closures_refused: AtomicU64,
    late_changes: AtomicU64,
    store_write: Histogram,
    sync_latency: Histogram,
}

impl Metrics {
    pub fn connection_opened(&self) {
        self.connections_open.fetch_add(1, Relaxed);
        self.connections_total.fetch_add(1, Relaxed);
    }

    pub fn connection_closed(&self) {
        self.connections_open.fetch_sub(1, Relaxed);
    }

    pub fn refused(&self, why: Refusal) {
        self.closed[why as usize].fetch_add(1, Relaxed);
    }

    pub fn throttled(&self) {
        self.throttled_total.fetch_add(1, Relaxed);
    }

    pub fn received(&self, bytes: usize) {
        self.messages_in.fetch_add(1, Relaxed);
        self.bytes_in.fetch_add(as_u64(bytes), Relaxed);
    }

    pub fn sent(&self, bytes: usize) {
        self.messages_out.fetch_add(1, Relaxed);
        self.bytes_out.fetch_add(as_u64(bytes), Relaxed);
    }

    pub fn set_documents(&self, documents: usize) {
        self.documents.store(as_u64(documents), Relaxed);
    }

    pub fn sync_round(&self) {
        self.sync_rounds.fetch_add(1, Relaxed);
    }

    pub fn write_failed(&self) {
        self.write_failures.fetch_add(1, Relaxed);
    }

    /// A closed community was archived.
    pub fn archived(&self) {
        self.archived.fetch_add(1, Relaxed);
    }

    /// A closure that does not verify was seen (once per document and reason).
    pub fn closure_refused(&self) {
        self.closures_refused.fetch_add(1, Relaxed);
    }

    /// Changes that arrived after their community was archived were kept aside.
    pub fn late_changes(&self, count: usize) {
        self.late_changes.fetch_add(as_u64(count), Relaxed);
    }

    /// Records how long one store write (a round's changes, committed) took.
    pub fn stored(&self, took: Duration) {
        self.store_write.observe(took);
    }

    /// Records how long a change took from reaching the hub to being passed on to
    /// another member syncing its document.
    pub fn passed_on(&self, took: Duration) {
        self.sync_latency.observe(took);
    }

    /// The Prometheus text exposition of every metric.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let get = |counter: &AtomicU64| counter.load(Relaxed);
        gauge(
            &mut out,
            "praxis_connections_open",
            "Sync connections open now.",
            get(&self.connections_open),
        );
        counter(
            &mut out,
            "praxis_connections_total",
            "Sync connections accepted since start.",
            get(&self.connections_total),
        );
        let _ = writeln!(
            out,
            "# HELP praxis_connections_closed_total Connections the relay closed or refused, by reason.\n# TYPE praxis_connections_closed_total counter"
        );
        for why in Refusal::ALL
            .into_iter()
            .filter(|why| !why.is_request_refusal())
        {
            let _ = writeln!(
                out,
                "praxis_connections_closed_total{{reason=\"{}\"}} {}",
                why.label(),
                get(&self.closed[why as usize])
            );
        }
        let _ = writeln!(
            out,
            "# HELP praxis_refusals_total Sync connections and API calls without a valid credential (auth), and document messages a member may not sync (forbidden).\n# TYPE praxis_refusals_total counter"
        );
        for why in Refusal::ALL
            .into_iter()
            .filter(|why| why.is_request_refusal())
        {
            let _ = writeln!(
                out,
                "praxis_refusals_total{{reason=\"{}\"}} {}",
                why.label(),
                get(&self.closed[why as usize])
            );
        }
        counter(
            &mut out,
            "praxis_throttled_total",
            "Times a connection was read more slowly for exceeding its message rate.",
            get(&self.throttled_total),
        );
        gauge(
            &mut out,
            "praxis_documents",
            "Documents the relay holds.",
            get(&self.documents),
        );
        counter(
            &mut out,
            "praxis_messages_received_total",
            "WebSocket messages received.",
            get(&self.messages_in),
        );
        counter(
            &mut out,
            "praxis_messages_sent_total",
            "WebSocket messages sent.",
            get(&self.messages_out),
        );
        counter(
            &mut out,
            "praxis_received_bytes_total",
            "Bytes of WebSocket messages received.",
            get(&self.bytes_in),
        );
        counter(
            &mut out,
            "praxis_sent_bytes_total",
            "Bytes of WebSocket messages sent.",
            get(&self.bytes_out),
        );
        counter(
            &mut out,
            "praxis_sync_rounds_total",
            "Rounds of the sync hub that stored changes or sent messages.",
            get(&self.sync_rounds),
        );
        counter(
            &mut out,
            "praxis_store_write_failures_total",
            "Store writes that failed (their round's messages were not sent).",
            get(&self.write_failures),
        );
        counter(
            &mut out,
            "praxis_archived_total",
            "Closed communities archived (a snapshot taken) since start.",
            get(&self.archived),
        );
        counter(
            &mut out,
            "praxis_closures_refused_total",
            "Closures that did not verify (not written by a leader's own device), not archived.",
            get(&self.closures_refused),
        );
        counter(
            &mut out,
            "praxis_late_changes_total",
            "Changes to archived communities kept aside from the record.",
            get(&self.late_changes),
        );
        self.store_write.render(
            &mut out,
            "praxis_store_write_seconds",
            "Time to commit one round's changes to the store (fsync included).",
        );
        self.sync_latency.render(
            &mut out,
            "praxis_sync_latency_seconds",
            "Time from a change reaching the relay to its being passed on to another member syncing the document (store commit and debounce included).",
        );
        out
    }
}

fn as_u64(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

fn gauge(out: &mut String, name: &str, help: &str, value: u64) {
    let _ = writeln!(
        out,
        "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}"
    );
}

fn counter(out: &mut String, name: &str, help: &str, value: u64) {
    let _ = writeln!(
        out,
        "# HELP {name} {help}\n# TYPE {name} counter\n{name} {value}"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_histogram_is_cumulative_and_the_text_well_formed() {
        let metrics = Metrics::default();
        metrics.stored(Duration::from_micros(700));
        metrics.stored(Duration::from_millis(30));
        metrics.passed_on(Duration::from_millis(60));
        let text = metrics.render();
        assert!(text.contains("praxis_sync_latency_seconds_bucket{le=\"0.05\"} 0\n"));
        assert!(text.contains("praxis_sync_latency_seconds_bucket{le=\"0.1\"} 1\n"));
        assert!(text.contains("praxis_sync_latency_seconds_count 1\n"));
        assert!(text.contains("praxis_store_write_seconds_bucket{le=\"0.0005\"} 0\n"));
        assert!(text.contains("praxis_store_write_seconds_bucket{le=\"0.001\"} 1\n"));
        assert!(text.contains("praxis_store_write_seconds_bucket{le=\"0.05\"} 2\n"));
        assert!(text.contains("praxis_store_write_seconds_bucket{le=\"+Inf\"} 2\n"));
        assert!(text.contains("praxis_store_write_seconds_count 2\n"));
        for line in text.lines().filter(|line| !line.starts_with('#')) {
            let (_, value) = line.rsplit_once(' ').expect("name and value");
            assert!(value.parse::<f64>().is_ok(), "{line}");
        }
    }
}
