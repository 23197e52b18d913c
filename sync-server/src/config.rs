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
    /// The first sync of a community carries the whole document.
    #[arg(long, env = "PRAXIS_MAX_MESSAGE_BYTES", default_value_t = 16 * 1024 * 1024)]
    pub max_message_bytes: usize,
    /// Sync connections open at once; one more is closed at once with code 1013 ("try
    /// again later") and says why. Sized below the usual limit of 1024 open files.
    #[arg(long, env = "PRAXIS_MAX_CONNECTIONS", default_value_t = 1000)]
    pub max_connections: usize,
    /// Documents one connection may sync or ask for; asking for one more closes that
    /// connection. A member's browser syncs one document per community it belongs to.
    #[arg(
        long,
        env = "PRAXIS_MAX_DOCUMENTS_PER_CONNECTION",
        default_value_t = 1000
    )]
    pub max_documents_per_connection: usize,
    /// Messages per second one connection may send, on average; beyond it the relay
    /// reads that connection more slowly (the others are not affected). 0: no limit.
    #[arg(long, env = "PRAXIS_MESSAGES_PER_SECOND", default_value_t = 100)]
    pub messages_per_second: u32,
    /// Messages one connection may send in a burst above the average rate (a browser
    /// opening with many communities sends one request each).
    #[arg(long, env = "PRAXIS_MESSAGE_BURST", default_value_t = 500)]
    pub message_burst: u32,
    /// Seconds a connection may stay silent before it is closed. The relay pings every
    /// third of this, and browsers answer pings by themselves, so only a dead or stuck
    /// peer reaches it.
    #[arg(long, env = "PRAXIS_IDLE_TIMEOUT_SECS", default_value_t = 90)]
    pub idle_timeout_secs: u64,
    /// Messages queued for one slow connection before the relay drops it.
    #[arg(long, env = "PRAXIS_OUTBOX_MESSAGES", default_value_t = 1024)]
    pub outbox_messages: usize,
    /// Delay that coalesces bursts of changes into one sync round, in milliseconds.
    #[arg(long, env = "PRAXIS_SYNC_DEBOUNCE_MS", default_value_t = 50)]
    pub sync_debounce_ms: u64,
    /// Days a sign-in lasts: the credential a signed challenge earns expires after this.
    #[arg(long, env = "PRAXIS_CREDENTIAL_DAYS", default_value_t = 30)]
    pub credential_days: u32,
    /// Longest an invitation may stay valid, in hours (an invitation asks for 1 to this;
    /// 168, a week, when it does not say).
    #[arg(long, env = "PRAXIS_INVITATION_MAX_HOURS", default_value_t = 720)]
    pub invitation_max_hours: u32,
    /// Sign-in challenges outstanding at once; one more evicts the oldest.
    #[arg(long, env = "PRAXIS_AUTH_CHALLENGES", default_value_t = 10_000)]
    pub auth_challenges: usize,
    /// The address people reach the relay at (`https://praxis.example.org`), for the
    /// archive's links; an https address also marks the session cookie `Secure`.
    #[arg(long, env = "PRAXIS_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Mark the session cookie `Secure` even when no proxy says the request came over
    /// https.
    #[arg(long, env = "PRAXIS_SECURE_COOKIE")]
    pub secure_cookie: bool,
    /// The archive's name, on its pages.
    #[arg(long, env = "PRAXIS_REPOSITORY_NAME", default_value = "Praxis archive")]
    pub repository_name: String,
    /// Whom readers of the archive may write to, shown on its pages and given to
    /// harvesters (OAI-PMH `adminEmail`; `postmaster@` the public host when unset).
    #[arg(long, env = "PRAXIS_ADMIN_EMAIL")]
    pub admin_email: Option<String>,
    /// Records (or headers) one OAI-PMH list answer holds before a resumption token.
    #[arg(long, env = "PRAXIS_OAI_PAGE_SIZE", default_value_t = 100)]
    pub oai_page_size: usize,
    /// Results on one page of the archive's search (at most 100).
    #[arg(long, env = "PRAXIS_SEARCH_RESULTS_PER_PAGE", default_value_t = 20)]
    pub search_results_per_page: usize,
    /// Longest search accepted, in characters; a longer one is answered 400.
    #[arg(long, env = "PRAXIS_MAX_QUERY_CHARS", default_value_t = 200)]
    pub max_query_chars: usize,
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
