//! A moderator's decision on something put forward for review (a contribution under
//! pre-moderation, a knowledge-base entry): Accept it, or Return it to its author with a
//! comment saying what to change; the comment is required.

use leptos::prelude::*;

use crate::i18n::{Key, t};

#[component]
pub fn AcceptOrReturn(
    /// Start of the test ids: `{testid}-accept` (the button), `{testid}-return` (the form).
    testid: &'static str,
    /// The comment field's element id.
    comment_id: String,
    /// The element that shows `error`: it describes both controls.
    error_id: String,
    /// Read after the Accept button's words, visually hidden: what it acts on, for a page
    /// that lists several.
    #[prop(into)]
    accept_names: Signal<String>,
    /// The same after the comment's label and the Return button's words.
    #[prop(into)]
    return_names: Signal<String>,
    accept: Callback<(), Result<(), Key>>,
    /// Returns with the comment; on success the field is emptied.
    give_back: Callback<String, Result<(), Key>>,
    error: RwSignal<Option<Key>>,
) -> impl IntoView {
    let comment = RwSignal::new(String::new());
    let on_accept = move |_| error.set(accept.run(()).err());
    let on_return = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let words = comment.get_untracked();
        if words.trim().is_empty() {
            error.set(Some(Key::PropErrComment));
            return;
        }
        let outcome = give_back.run(words);
        if outcome.is_ok() {
            comment.set(String::new());
        }
        error.set(outcome.err());
    };
    let hidden = |names: Signal<String>| move || view! { <span class="visually-hidden">{move || names.get()}</span> };
    view! {
        <button
            type="button"
            data-testid=format!("{testid}-accept")
            aria-describedby=error_id.clone()
            on:click=on_accept
        >
            {t(Key::PropAccept)}
            {hidden(accept_names)}
        </button>
        <form class="stack" data-testid=format!("{testid}-return") on:submit=on_return>
            <div class="field">
                <label for=comment_id.clone()>{t(Key::PropComment)} {hidden(return_names)}</label>
                <textarea
                    id=comment_id
                    rows="3"
                    aria-describedby=error_id
                    prop:value=move || comment.get()
                    on:input=move |ev| comment.set(event_target_value(&ev))
                ></textarea>
            </div>
            <button type="submit" class="secondary">
                {t(Key::PropReturn)}
                {hidden(return_names)}
            </button>
        </form>
    }
}
