//! Every setting and limit of the relay, with its default and its command-line flag and
//! environment variable.

use std::path::PathBuf;

use crate::telemetry::LogFormat;

/// The relay's configuration.
#[derive(Clone, Debug, clap::Parser)]
#[command(
    name = "sync-server",
    version,
    about = "The Praxis relay: syncs communities and serves the app"
)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, env = "PRAXIS_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: String,
    /// Directory of the embedded document store (created if missing).
    #[arg(long, env = "PRAXIS_DATA", default_value = "data")]
    pub data: PathBuf,
    /// Directory of the built app (Trunk's `dist/`); `index.html` is its SPA fallback.
    #[arg(long = "static", env = "PRAXIS_STATIC", default_value = "dist")]
    pub static_dir: PathBuf,
    /// Largest accepted WebSocket message, in bytes; a larger one closes that connection.
    #[arg(long, env = "PRAXIS_MAX_MESSAGE_BYTES", default_value_t = 16 * 1024 * 1024)]
    pub max_message_bytes: usize,
    /// Messages queued for one slow connection before the relay drops it.
    #[arg(long, env = "PRAXIS_OUTBOX_MESSAGES", default_value_t = 1024)]
    pub outbox_messages: usize,
    /// Delay that coalesces bursts of changes into one sync round, in milliseconds.
    #[arg(long, env = "PRAXIS_SYNC_DEBOUNCE_MS", default_value_t = 50)]
    pub sync_debounce_ms: u64,
    /// Log format.
    #[arg(long, env = "PRAXIS_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
}

impl Config {
    /// The defaults, with the store and the app in the given directories (for tests and
    /// embedding).
    pub fn with_dirs(data: impl Into<PathBuf>, static_dir: impl Into<PathBuf>) -> Self {
        use clap::Parser as _;
        let mut config = Self::parse_from(["sync-server"]);
        config.data = data.into();
        config.static_dir = static_dir.into();
        config
    }
}
