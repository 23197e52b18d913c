//! Entry point of the Praxis browser app: mounts the root component into `<body>`.

mod app;
mod clock;
mod components;
mod i18n;
mod ics;
mod ids;
mod journal;
mod routes;
mod state;
mod storage;
mod sync;

fn main() {
    leptos::mount::mount_to_body(app::App);
}
