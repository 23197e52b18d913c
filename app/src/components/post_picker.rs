//! Check boxes for choosing posts: the posts an interim or closing summary cites, the
//! ones a proposal or a knowledge-base entry draws on. However long the discussion, the
//! picker lists its latest posts, "show earlier" for more, and, once there are more than
//! fit, a filter that finds any post by its author or its words.
//!
//! Why bounded: a moderator's thread page holds two pickers (interim and closing
//! summary). With a check box per post, a 5,000-post discussion put 30,000 elements on
//! the page and every post sent cost 750 ms of Chromium's layout (docs/PERFORMANCE.md);
//! nobody scans 5,000 check boxes anyway.

use std::collections::HashSet;

use community::PostId;
use leptos::prelude::*;

use crate::browser::focus_first;
use crate::components::choice_checkbox::ChoiceCheckbox;
use crate::i18n::{Key, t, use_i18n};

/// How many posts a picker lists at first (the latest), and how many more each "show
/// earlier" adds.
const WINDOW: usize = 30;

/// What the picker lists: a window of the posts that match the filter, plus every post
/// chosen while it was on the page, in the order offered.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
struct Listing {
    shown: Vec<(PostId, String)>,
    /// Matching posts the window leaves out.
    earlier: usize,
}

fn list(
    offered: &[(PostId, String)],
    words: &str,
    limit: usize,
    kept: &HashSet<PostId>,
) -> Listing {
    // Each label lowered and searched once.
    let matched: Vec<bool> = offered
        .iter()
        .map(|(_, label)| words.is_empty() || label.to_lowercase().contains(words))
        .collect();
    // The last `limit` matching posts are in the window; before it, only chosen ones.
    let start = matched.iter().filter(|m| **m).count().saturating_sub(limit);
    let mut seen = 0;
    let mut earlier = 0;
    let shown = offered
        .iter()
        .zip(&matched)
        .filter(|((post, _), matched)| {
            let in_window = **matched && {
                seen += 1;
                seen > start
            };
            if **matched && !in_window && !kept.contains(post) {
                earlier += 1;
            }
            in_window || kept.contains(post)
        })
        .map(|(item, _)| item.clone())
        .collect();
    Listing { shown, earlier }
}

#[component]
pub fn PostPicker(
    /// Every post that may be chosen, in thread order, with what its check box reads
    /// (the author's name and the post).
    #[prop(into)]
    offered: Signal<Vec<(PostId, String)>>,
    chosen: RwSignal<Vec<PostId>>,
    legend: Key,
    /// Keeps the element ids of several pickers on one page apart.
    #[prop(into)]
    prefix: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let filter = RwSignal::new(String::new());
    let limit = RwSignal::new(WINDOW);
    // A post chosen while the picker is on the page stays listed when the window or the
    // filter would leave it out: what is chosen stays in sight, and can be unchosen.
    let kept = StoredValue::new(HashSet::<PostId>::new());
    let listing = Memo::new(move |_| {
        let words = filter.with(|f| f.trim().to_lowercase());
        chosen.with(|c| kept.update_value(|k| k.extend(c.iter().cloned())));
        offered.with(|all| kept.with_value(|kept| list(all, &words, limit.get(), kept)))
    });
    let total = move || offered.with(Vec::len);
    let earlier = move || listing.with(|l| l.earlier);
    let list_id = format!("{prefix}-list");
    let filter_id = format!("{prefix}-filter");
    let status_id = format!("{prefix}-filter-status");
    let show_earlier = {
        let list_id = list_id.clone();
        move |_| {
            limit.update(|l| *l += WINDOW);
            if earlier() == 0 {
                // The button is gone: the keyboard continues at the first post listed.
                focus_first(&format!("#{list_id} input"));
            }
        }
    };
    view! {
        <fieldset class="stack">
            <legend>{t(legend)}</legend>
            <Show when=move || { total() > WINDOW }>
                <div class="field">
                    <label for=filter_id.clone()>{t(Key::PickerFilter)}</label>
                    <input
                        type="search"
                        id=filter_id.clone()
                        aria-describedby=status_id.clone()
                        bind:value=filter
                        on:input=move |_| limit.set(WINDOW)
                        // Enter in the filter must not send the form it sits in.
                        on:keydown=move |ev| {
                            if ev.key() == "Enter" {
                                ev.prevent_default();
                            }
                        }
                    />
                    <p id=status_id.clone() class="hint" role="status">
                        {move || {
                            let shown = listing.with(|l| l.shown.len());
                            if shown == 0 {
                                i18n.t(Key::PickerNoMatch).to_owned()
                            } else {
                                i18n.t(Key::PickerShowing)
                                    .replace("{shown}", &shown.to_string())
                                    .replace("{total}", &total().to_string())
                            }
                        }}
                    </p>
                </div>
            </Show>
            <Show when=move || earlier() != 0>
                <button type="button" class="secondary" on:click=show_earlier.clone()>
                    {move || i18n.t(Key::PostsShowEarlier).replace("{n}", &earlier().to_string())}
                </button>
            </Show>
            <div id=list_id class="stack">
                <For
                    each=move || listing.with(|l| l.shown.clone())
                    key=|(post, _)| post.clone()
                    children={
                        let prefix = prefix.clone();
                        move |(post, label)| {
                            view! {
                                <ChoiceCheckbox id=format!("{prefix}-{post}") value=post chosen>
                                    {label}
                                </ChoiceCheckbox>
                            }
                        }
                    }
                />
            </div>
        </fieldset>
    }
}
