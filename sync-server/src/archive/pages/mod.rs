//! The archive's HTML pages, rendered on the relay with no script: the record of one
//! community ([`record`]), the search ([`search`]), and the one page for a record that
//! does not exist or is not the reader's to see ([`not_found`]); in the reader's
//! language ([`language`], [`words`]).

pub mod language;
pub mod record;
pub mod search;
pub mod words;

use super::html::{Layout, escape};

/// The page for an unknown record and for one the reader may not see: the same page,
/// so it tells nothing of whether a restricted community exists.
pub fn not_found(layout: &Layout<'_>) -> String {
    let words = layout.words();
    layout.page(
        words.not_found_title,
        &format!(
            "<h1>{}</h1><p>{}</p><p><a href=\"{}\">{}</a></p>",
            words.not_found_title,
            words.not_found_text,
            escape(&layout.link("/archive")),
            words.search_title
        ),
    )
}

/// The page for a failure of ours (the details are logged, never shown).
pub fn unavailable(layout: &Layout<'_>) -> String {
    let words = layout.words();
    layout.page(
        words.unavailable_title,
        &format!(
            "<h1>{}</h1><p>{}</p>",
            words.unavailable_title, words.unavailable_text
        ),
    )
}
