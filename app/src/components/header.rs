//! The site header: brand, main navigation, connection state, language.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::connection_badge::ConnectionBadge;
use crate::components::language_select::LanguageSelect;
use crate::i18n::{Key, t};

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <nav class="site-nav" aria-label=t(Key::MainNav)>
                <A href="/" attr:class="brand">
                    {t(Key::AppName)}
                </A>
                <ul>
                    <li>
                        <A href="/">{t(Key::NavHome)}</A>
                    </li>
                    <li>
                        <A href="/new">{t(Key::NavNew)}</A>
                    </li>
                </ul>
            </nav>
            <div class="header-tools">
                <ConnectionBadge />
                <LanguageSelect />
            </div>
        </header>
    }
}
