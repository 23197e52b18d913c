//! Graceful shutdown: one trigger that every long-lived task watches.

use tokio::sync::watch;

/// Fired once when the relay stops; WebSocket tasks close their connections on it.
#[derive(Clone, Debug)]
pub struct Trigger {
    sender: std::sync::Arc<watch::Sender<bool>>,
}

impl Trigger {
    pub fn new() -> Self {
        Self {
            sender: std::sync::Arc::new(watch::channel(false).0),
        }
    }

    /// Starts the shutdown; firing twice is harmless.
    pub fn fire(&self) {
        self.sender.send_replace(true);
    }

    /// Whether the shutdown has started.
    pub fn has_fired(&self) -> bool {
        *self.sender.borrow()
    }

    /// Completes once the trigger has fired.
    pub async fn fired(&self) {
        let mut receiver = self.sender.subscribe();
        // An error means the sender is gone, which only happens once we are stopping.
        let _ = receiver.wait_for(|fired| *fired).await;
    }
}

impl Default for Trigger {
    fn default() -> Self {
        Self::new()
    }
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn signal() {
    let interrupt = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut sigterm) => {
                sigterm.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}
