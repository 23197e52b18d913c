//! The archive's HTML pages, rendered on the relay with no script: the record of one
//! community ([`record`]), the search ([`search`]), and the one page for a record that
//! does not exist or is not the reader's to see ([`not_found`]).

pub mod record;
pub mod search;

use super::html::Layout;

/// The page for an unknown record and for one the reader may not see: the same page,
/// so it tells nothing of whether a restricted community exists.
pub fn not_found(layout: &Layout<'_>) -> String {
    layout.page(
        "Not found",
        "<h1>Not found</h1><p>There is no archived community at this address, or it is \
         restricted to its members: sign in to Praxis on this device to see it.</p>\
         <p><a href=\"/archive\">Search the archive</a></p>",
    )
}
