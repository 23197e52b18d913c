//! One module per page.

pub mod community;
pub mod conclusion;
pub mod design;
pub mod discussions;
pub mod home;
pub mod implementation;
pub mod join;
pub mod lazy;
pub mod new_community;
pub mod not_found;
pub mod profile;
