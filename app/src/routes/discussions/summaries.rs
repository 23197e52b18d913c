//! Interim summaries ("provide feedback and summaries if the debate is long"): the
//! moderator's form, and a prompt suggesting one once the thread has grown since the last.

use community::{Discussion, PostId};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::{Shown, moderate, now_iso, shown_id};
use crate::components::draft_input::DraftInput;
use crate::components::field_error::FieldError;
use crate::components::post_picker::PostPicker;
use crate::i18n::{Key, t};
use crate::routes::design::edit::me;
use crate::state::use_app;

/// Posts since the last interim summary (or since the start) from which one is suggested.
/// The method asks for summaries "if the debate is long"; eight posts is about two phone
/// screens of thread, past which a member arriving late stops reading back from the
/// start — when a summary helps most. Fewer would prompt during an ordinary exchange of
/// a question and a few replies.
pub const SUGGEST_SUMMARY_AFTER: usize = 8;

/// Shown to moderators once the thread has passed the threshold, with a link to the form.
#[component]
pub fn SummarySuggestion(discussion: Shown) -> impl IntoView {
    let since = Memo::new(move |_| {
        discussion.with(|d| d.as_ref().map_or(0, Discussion::posts_since_last_summary))
    });
    view! {
        <Show when=move || { since.get() >= SUGGEST_SUMMARY_AFTER }>
            <p class="suggestion" role="status" data-testid="summary-suggestion">
                {t(Key::DiscSummarySuggested)} " "
                {t(Key::DiscPostsSinceSummary)} ": " {move || since.get()} ". "
                <a href="#interim-summary-text">{t(Key::DiscWriteSummary)}</a>
            </p>
        </Show>
    }
}

#[component]
pub fn SummaryForm(
    id: DocumentId,
    discussion: Shown,
    /// The posts it may cite (`closing::offered_posts`).
    offered: Memo<Vec<(PostId, String)>>,
) -> impl IntoView {
    let app = use_app();
    let text = RwSignal::new(String::new());
    let drawn = RwSignal::new(Vec::<PostId>::new());
    let error = RwSignal::new(None::<Key>);
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(target) = shown_id(discussion) else {
            return;
        };
        let by = me();
        let outcome = moderate(app, id, |doc| {
            community::add_interim_summary(
                doc,
                &by,
                &target,
                &text.get_untracked(),
                &drawn.get_untracked(),
                &now_iso(),
            )
        });
        if outcome.is_ok() {
            text.set(String::new());
            drawn.set(Vec::new());
        }
        error.set(outcome.err().map(|key| match key {
            Key::ErrEmptyValue => Key::DiscErrSummaryEmpty,
            other => other,
        }));
    };
    view! {
        <form class="stack" on:submit=send aria-describedby="interim-summary-error" data-testid="summary-form">
            <h3>{t(Key::DiscSummaryHeading)}</h3>
            <DraftInput id="interim-summary-text" label=Key::DiscFieldSummary value=text multiline=true rows=4 />
            <PostPicker offered chosen=drawn legend=Key::DiscSummaryPostsLegend prefix="summary-post" />
            <button type="submit" class="secondary">{t(Key::DiscPostSummary)}</button>
            <FieldError id="interim-summary-error" error />
        </form>
    }
}
