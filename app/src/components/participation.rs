//! Who takes part: each member's changes to the community (from its history, attributed
//! by member, see `community::participation`) and posts, by roster name.

use std::collections::HashMap;

use community::Contributor;
use leptos::prelude::*;
use sync_protocol::DocumentId;

use crate::i18n::{Key, t, use_i18n};
use crate::state::use_app;

#[component]
pub fn Participation(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    // Kept across re-reads: each keystroke's change is counted, not the whole history.
    let tally = StoredValue::new_local(community::Participation::default());
    let rows = Memo::new(move |_| {
        app.read_repo(|repo| {
            if let Some(doc) = repo.document(&id) {
                tally.update_value(|tally| tally.update(doc));
            }
        });
        let counts = tally.with_value(community::Participation::counts);
        app.communities.with(|m| {
            let Some(view) = m.get(&id) else {
                return Vec::new();
            };
            // Every post counted once for its author (not once per member).
            let mut posts: HashMap<&community::MemberId, usize> = HashMap::new();
            for post in view.discussions.iter().flat_map(|d| d.all_posts()) {
                *posts.entry(&post.author).or_default() += 1;
            }
            counts
                .into_iter()
                .map(|(who, changes)| {
                    let (name, posts) = match &who {
                        Contributor::Member(member) => {
                            let name = view
                                .design
                                .members
                                .iter()
                                .find(|m| m.id == *member)
                                .map_or_else(|| member.to_string(), |m| m.name.clone());
                            (name, posts.get(member).copied().unwrap_or(0))
                        }
                        Contributor::Unknown(actor) => {
                            (format!("{} ({actor})", i18n.t(Key::ReviewUnknownMember)), 0)
                        }
                    };
                    (name, changes, posts)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section aria-labelledby="participation-heading" data-testid="participation">
            <h2 id="participation-heading">{t(Key::ParticipationHeading)}</h2>
            <table>
                <caption>{t(Key::ParticipationCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(Key::ParticipationMember)}</th>
                        <th scope="col">{t(Key::ParticipationChanges)}</th>
                        <th scope="col">{t(Key::ParticipationPosts)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        rows.get()
                            .into_iter()
                            .map(|(name, changes, posts)| {
                                view! {
                                    <tr data-testid="participation-row">
                                        <th scope="row">{name}</th>
                                        <td>{changes}</td>
                                        <td>{posts}</td>
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </section>
    }
}
