//! Notes on participants ("record information from each participant in order to bear in
//! mind their knowledge, experience and interests"): one field per member taking part,
//! edited character-wise like the other prose, shown here to moderators and on each
//! member's profile page.

use std::collections::BTreeSet;

use community::{Member, MemberId};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::{Shown, moderate, shown_id};
use crate::components::text_field::TextField;
use crate::i18n::{Key, t, use_i18n};
use crate::routes::design::edit::me;
use crate::routes::profile::profile_path;
use crate::state::use_app;

/// One field per member taking part in this discussion: who posted, who is in a
/// sub-group, and who already has notes — not the whole roster, which in a large
/// community would bury the few people the moderator is following here.
#[component]
pub fn ParticipantNotes(
    id: DocumentId,
    discussion: Shown,
    members: Memo<Vec<Member>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let taking_part = Memo::new(move |_| {
        let involved: BTreeSet<MemberId> = discussion.with(|d| {
            d.as_ref()
                .map(|d| {
                    d.all_posts()
                        .iter()
                        .map(|p| p.author.clone())
                        .chain(d.subgroups.iter().flat_map(|g| g.members.iter().cloned()))
                        .chain(
                            d.participants
                                .iter()
                                .filter(|n| !n.notes.is_empty())
                                .map(|n| n.member.clone()),
                        )
                        .collect()
                })
                .unwrap_or_default()
        });
        members.with(|all| {
            all.iter()
                .filter(|m| involved.contains(&m.id))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="add stack participant-notes" aria-labelledby="participant-notes-heading" data-testid="participant-notes">
            <h2 id="participant-notes-heading">{t(Key::DiscParticipantsHeading)}</h2>
            <p class="hint">{t(Key::DiscParticipantsHint)}</p>
            <p class="hint">{move || taking_part.with(Vec::is_empty).then(|| i18n.t(Key::DiscNoParticipants))}</p>
            <For
                each=move || taking_part.get()
                key=|m: &Member| (m.id.clone(), m.name.clone())
                children=move |m| view! { <MemberNotes id discussion member=m.id name=m.name /> }
            />
        </section>
    }
}

#[component]
fn MemberNotes(id: DocumentId, discussion: Shown, member: MemberId, name: String) -> impl IntoView {
    let app = use_app();
    let error = RwSignal::new(None::<Key>);
    let notes = {
        let member = member.clone();
        Memo::new(move |_| {
            discussion.with(|d| {
                d.as_ref()
                    .and_then(|d| d.participants.iter().find(|n| n.member == member))
                    .map(|n| n.notes.clone())
                    .unwrap_or_default()
            })
        })
    };
    let field_id = format!("notes-{member}");
    let profile = profile_path(id, &member);
    let write = move |text: String| {
        let Some(target) = shown_id(discussion) else {
            return;
        };
        let by = me();
        let outcome = moderate(app, id, |doc| {
            community::record_participant(doc, &by, &target, &member, &text)
        });
        error.set(outcome.err());
    };
    view! {
        <fieldset class="stack">
            <legend>{name.clone()}</legend>
            <TextField id=field_id label=Key::DiscFieldNotes value=notes on_input=write multiline=true error />
            <p><a href=profile>{t(Key::DiscProfileOf)} " " {name}</a></p>
        </fieldset>
    }
}
