//! "Start Phase II": moves the community to Implementation through the domain, which
//! checks that this device's member is a leader and, with Design incomplete, requires the
//! explicit confirmation the method asks for.

use community::Phase;
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::edit::{change, me};
use crate::components::field_error::FieldError;
use crate::i18n::{Key, t};
use crate::state::use_app;

#[component]
pub fn StartImplementation(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let state = Memo::new(move |_| {
        app.communities.with(|m| {
            m.get(&id).map(|v| {
                let complete = v.progress.is_complete();
                (v.phase, complete)
            })
        })
    });
    let started = move || state.get().is_some_and(|(phase, _)| phase != Phase::Design);
    let complete = move || state.get().is_some_and(|(_, complete)| complete);
    view! {
        <section class="phase-two" aria-labelledby="phase-two-heading">
            <h2 id="phase-two-heading">{t(Key::PhaseTwoHeading)}</h2>
            {move || {
                if started() {
                    view! {
                        <p class="status status-complete" data-testid="phase-two-started">
                            {t(Key::PhaseTwoStarted)}
                        </p>
                    }
                        .into_any()
                } else {
                    view! { <StartForm id complete=complete() /> }.into_any()
                }
            }}
        </section>
    }
}

#[component]
fn StartForm(id: DocumentId, complete: bool) -> impl IntoView {
    let app = use_app();
    let confirmed = RwSignal::new(false);
    let error = RwSignal::new(None::<Key>);
    let start = move |_| {
        let outcome = change(app, id, |doc| {
            community::start_implementation(doc, &me(), confirmed.get_untracked())
        });
        error.set(outcome.err());
    };
    let confirm = (!complete).then(|| {
        view! {
            <div class="check">
                <input
                    type="checkbox"
                    id="confirm-incomplete"
                    prop:checked=move || confirmed.get()
                    on:change=move |ev| confirmed.set(event_target_checked(&ev))
                />
                <label for="confirm-incomplete">{t(Key::ConfirmIncomplete)}</label>
            </div>
        }
    });
    view! {
        <p class="hint">
            {t(if complete { Key::PhaseTwoReady } else { Key::PhaseTwoIncomplete })}
        </p>
        {confirm}
        <button type="button" aria-describedby="start-phase-two-error" on:click=start>
            {t(Key::StartPhaseTwo)}
        </button>
        <FieldError id="start-phase-two-error" error />
    }
}
