//! Phase III: the knowledge page (being written).

use leptos::prelude::*;

use super::Page;
use crate::i18n::Key;
use crate::routes::community::WithCommunity;
use crate::routes::implementation::PhaseLayout;

#[component]
pub fn KnowledgePage() -> impl IntoView {
    view! {
        <WithCommunity content=|id| {
            view! { <PhaseLayout id page=Page::Knowledge advice=Key::KnowledgeMethod>""</PhaseLayout> }.into_any()
        } />
    }
}
