//! Structured logs with `tracing`. Nothing secret is ever a field: sync payloads are
//! logged by size only.

use tracing_subscriber::{EnvFilter, fmt};

/// How log lines are written.
#[derive(Clone, Copy, Debug, Default, clap::ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    #[default]
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

/// Automerge logs an ERROR event from inside `load` for every change whose
/// dependencies are elsewhere, which is every change but a document's first when the
/// relay checks the changes of a sync message one by one (`store::check_automerge`,
/// where that outcome is expected and handled). The relay reports every load that
/// really fails itself, with the connection and the reason.
const QUIET_AUTOMERGE_LOAD: &str = "automerge::automerge=off";

/// Installs the global subscriber; `RUST_LOG` overrides the default `info` level.
pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info"))
        .add_directive(
            QUIET_AUTOMERGE_LOAD
                .parse()
                .expect("a valid filter directive"),
        );
    let builder = fmt().with_env_filter(filter).with_writer(std::io::stderr);
    let result = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().try_init(),
    };
    if let Err(error) = result {
        eprintln!("logging was already set up: {error}");
    }
}
