//! Reusable pieces of the layout.

pub mod accept_or_return;
pub mod choice_checkbox;
pub mod conflict;
pub mod connection_badge;
pub mod download;
pub mod draft_input;
pub mod field_error;
pub mod header;
pub mod invitations;
pub mod language_select;
pub mod notices;
pub mod page_missing;
pub mod page_title;
pub mod participation;
pub mod post_picker;
pub mod progress_row;
pub mod review;
pub mod share_link;
pub mod text_field;
