//! `sync-server`: the Praxis relay's command line. It only wires the configuration to
//! [`sync_server::run`]; everything else lives in the library.

use clap::Parser as _;
use sync_server::Config;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let config = Config::parse();
    sync_server::telemetry::init(config.log_format);
    let listener = match tokio::net::TcpListener::bind(&config.listen).await {
        Ok(listener) => listener,
        Err(error) => {
            tracing::error!(listen = %config.listen, %error, "cannot listen");
            return std::process::ExitCode::FAILURE;
        }
    };
    match sync_server::run(config, listener, sync_server::shutdown::signal()).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(%error, "relay stopped on an error");
            std::process::ExitCode::FAILURE
        }
    }
}
