//! Who takes part: each member's changes to the community (from its history, attributed
//! by member, see `community::participation`) and posts, by roster name.

use community::Contributor;
use leptos::prelude::*;
use sync_protocol::DocumentId;

use crate::i18n::{Key, t, use_i18n};
use crate::state::use_app;

#[component]
pub fn Participation(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let rows = Memo::new(move |_| {
        let counts = app
            .read_repo(|repo| repo.document(&id).map(community::participation))
            .flatten()
            .unwrap_or_default();
        app.communities.with(|m| {
            let Some(view) = m.get(&id) else {
                return Vec::new();
            };
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
                            let posts = view
                                .discussions
                                .iter()
                                .flat_map(|d| d.all_posts())
                                .filter(|p| p.author == *member)
                                .count();
                            (name, posts)
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
