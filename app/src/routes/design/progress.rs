//! The six Design stages on the community overview: each one complete, or what it lacks,
//! with a link to its page.

use community::StageProgress;
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::{missing_key, slug, stage_key, stage_path};
use crate::i18n::{Key, t, use_i18n};
use crate::state::use_app;

#[component]
pub fn DesignProgressView(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let stages = Memo::new(move |_| {
        app.communities.with(|m| {
            m.get(&id)
                .and_then(|v| v.progress.as_ref())
                .map(|p| p.stages.clone())
                .unwrap_or_default()
        })
    });
    view! {
        <section class="design-progress" aria-labelledby="design-heading">
            <h2 id="design-heading">{t(Key::DesignHeading)}</h2>
            <p class="hint">{t(Key::DesignIntro)}</p>
            <ol class="stage-list" data-testid="design-progress">
                {move || {
                    stages
                        .get()
                        .into_iter()
                        .map(|progress| view! { <StageRow id progress /> })
                        .collect_view()
                }}
            </ol>
        </section>
    }
}

#[component]
fn StageRow(id: DocumentId, progress: StageProgress) -> impl IntoView {
    let i18n = use_i18n();
    let complete = progress.is_complete();
    let status = if complete {
        view! { <p class="status status-complete">{t(Key::StageComplete)}</p> }.into_any()
    } else {
        // One line per kind of gap: three results without an indicator are one task.
        let mut keys: Vec<Key> = Vec::new();
        for key in progress.missing.iter().map(missing_key) {
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
        let items = keys
            .into_iter()
            .map(|key| view! { <li>{move || i18n.t(key)}</li> })
            .collect_view();
        view! {
            <div class="status status-missing">
                <p>{t(Key::StageMissing)}</p>
                <ul>{items}</ul>
            </div>
        }
        .into_any()
    };
    view! {
        <li data-stage=slug(progress.stage) data-complete=complete.to_string()>
            <a href=stage_path(id, progress.stage)>{t(stage_key(progress.stage))}</a>
            {status}
        </li>
    }
}
