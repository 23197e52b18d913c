//! The six Design stages on the community overview: each one complete, or what it lacks,
//! with a link to its page.

use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::{missing_key, slug, stage_key, stage_path};
use crate::components::progress_row::ProgressRow;
use crate::i18n::{Key, t};
use crate::state::use_app;

#[component]
pub fn DesignProgressView(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let stages = Memo::new(move |_| {
        app.communities.with(|m| {
            m.get(&id)
                .map(|v| v.progress.stages.clone())
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
                        .map(|progress| {
                            view! {
                                <ProgressRow
                                    slug=slug(progress.stage)
                                    href=stage_path(id, progress.stage)
                                    label=stage_key(progress.stage)
                                    missing=progress.missing.iter().map(missing_key).collect()
                                />
                            }
                        })
                        .collect_view()
                }}
            </ol>
        </section>
    }
}
