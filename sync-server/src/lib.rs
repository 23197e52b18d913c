//! The Praxis relay: keeps every community document it has seen on disk and syncs it
//! with members' browsers over automerge-repo's WebSocket protocol, and serves the
//! built app.
//!
//! Layout: [`config`] (limits and paths), [`store`] (documents and the relay's records
//! in SQLite, on a thread of their own), [`hub`] (the one task that owns the sync state
//! machine and the access records), [`auth`] (device keys, challenges, credentials),
//! [`access`] (who may sync what), [`api`] (what API calls ask of the hub),
//! [`routes`] (the `/api` handlers), [`archive`] (closed communities' snapshots, the
//! changes kept aside from them, search, record pages and exports), [`http`] (routes:
//! `/sync`, `/healthz`, `/metrics`, the app, and the per-connection limits),
//! [`metrics`], [`shutdown`], [`telemetry`].

pub mod access;
pub mod api;
pub mod archive;
pub mod auth;
mod cache_policy;
pub mod config;
#[doc(hidden)]
pub mod fuzzing;
pub mod http;
pub mod hub;
pub mod metrics;
pub mod oai;
pub mod routes;
pub mod saf;
pub mod shutdown;
pub mod store;
pub mod telemetry;

pub use config::Config;

use std::future::Future;
use std::sync::Arc;

/// Why the relay could not start or had to stop.
#[derive(Debug, thiserror::Error)]
pub enum RelayError {
    #[error("cannot open the document store: {0}")]
    Store(#[from] store::StoreError),
    #[error("the HTTP server failed: {0}")]
    Serve(#[source] std::io::Error),
}

/// Runs the relay on `listener` until `shutdown` completes, then closes every sync
/// connection and returns once every acknowledged change is on disk.
pub async fn run(
    config: Config,
    listener: tokio::net::TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), RelayError> {
    let data = config.data.clone();
    let (store, loaded, meta) = store::StoreThread::start(move || {
        let mut store = store::SqliteStore::open(&data)?;
        store::legacy::import(&data, &mut store)?;
        Ok(store)
    })
    .await?;
    let metrics = Arc::new(metrics::Metrics::default());
    let (hub, hub_task) = hub::Hub::start(store, loaded, meta, &config, Arc::clone(&metrics));
    let stopping = shutdown::Trigger::new();
    let app = http::router(&config, hub, stopping.clone(), metrics);
    if let Ok(addr) = listener.local_addr() {
        tracing::info!(%addr, data = %config.data.display(), "relay listening");
    }
    let graceful = {
        let stopping = stopping.clone();
        async move {
            shutdown.await;
            tracing::info!("shutting down: closing sync connections");
            stopping.fire();
        }
    };
    let served = axum::serve(listener, app)
        .with_graceful_shutdown(graceful)
        .await
        .map_err(RelayError::Serve);
    // The router (and with it every sender to the hub) is gone: the hub drains what
    // it has, commits it, closes the store, and ends.
    stopping.fire();
    if let Err(error) = hub_task.await {
        tracing::error!(%error, "the sync hub ended abnormally");
    }
    tracing::info!("relay stopped");
    served
}
