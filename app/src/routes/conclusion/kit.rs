//! Phase III: the kit page (being written).

use leptos::prelude::*;

use super::Page;
use crate::i18n::Key;
use crate::routes::community::WithCommunity;
use crate::routes::implementation::PhaseLayout;

#[component]
pub fn KitPage() -> impl IntoView {
    view! {
        <WithCommunity content=|id| {
            view! { <PhaseLayout id page=Page::Kit advice=Key::KitMethod>""</PhaseLayout> }.into_any()
        } />
    }
}
