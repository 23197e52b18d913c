//! Phase III: the assessment page (being written).

use leptos::prelude::*;

use super::Page;
use crate::i18n::Key;
use crate::routes::community::WithCommunity;
use crate::routes::implementation::PhaseLayout;

#[component]
pub fn AssessmentPage() -> impl IntoView {
    view! {
        <WithCommunity content=|id| {
            view! { <PhaseLayout id page=Page::Assessment advice=Key::AssessmentMethod>""</PhaseLayout> }.into_any()
        } />
    }
}
