//! The browser's localStorage, shared by everything that keeps small values there (the
//! language, the credential, the journal, the peer id, what a member last reviewed).

/// The page's localStorage; `None` where the browser refuses it (private mode, blocked
/// storage), which every caller treats as "nothing kept".
pub fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
