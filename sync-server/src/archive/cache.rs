//! Rendered record pages, kept in memory. A record never changes once archived and its
//! page is the same for every reader allowed to see it, so a page rendered once is
//! right for good: a large community costs its `Automerge::load` and read (hundreds of
//! milliseconds) once, not at every visit. Who may see it is still checked at every
//! request, before the cache is asked. A page is kept per language the reader asked
//! for, so one language's page is never served for another.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use sync_protocol::DocumentId;

use super::pages::language::Asked;

/// A record's page as a reader asked for it: the words depend on the language asked
/// (and, when none was, on the record's own).
pub type PageKey = (DocumentId, Asked);

/// What the kept pages may weigh together; the oldest go first.
const MAX_BYTES: usize = 16 * 1024 * 1024;

/// The rendered pages, oldest first.
#[derive(Default)]
pub struct PageCache {
    kept: Mutex<Kept>,
}

#[derive(Default)]
struct Kept {
    pages: HashMap<PageKey, Arc<str>>,
    order: VecDeque<PageKey>,
    bytes: usize,
}

impl PageCache {
    /// The page of `key`, if it was rendered before.
    pub fn get(&self, key: &PageKey) -> Option<Arc<str>> {
        self.lock().pages.get(key).cloned()
    }

    /// Keeps `page` for `key`, making room by forgetting the oldest pages; a page
    /// heavier than the whole cache is not kept.
    pub fn put(&self, key: PageKey, page: Arc<str>) {
        if page.len() > MAX_BYTES {
            return;
        }
        let mut kept = self.lock();
        if kept.pages.contains_key(&key) {
            return;
        }
        while kept.bytes + page.len() > MAX_BYTES {
            let Some(oldest) = kept.order.pop_front() else {
                break;
            };
            if let Some(gone) = kept.pages.remove(&oldest) {
                kept.bytes -= gone.len();
            }
        }
        kept.bytes += page.len();
        kept.order.push_back(key);
        kept.pages.insert(key, page);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Kept> {
        // A panic while the lock is held leaves a consistent map (every update is
        // finished before anything can panic), so a poisoned lock is taken as is.
        self.kept
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use community::Language;

    #[test]
    fn the_oldest_pages_make_room() {
        let cache = PageCache::default();
        let page = |n: usize| Arc::<str>::from("x".repeat(n));
        let id = |n: u8| (DocumentId::from_bytes([n; 16]), Asked::Nothing);
        cache.put(id(1), page(MAX_BYTES / 2));
        cache.put(id(2), page(MAX_BYTES / 2));
        assert!(cache.get(&id(1)).is_some());
        cache.put(id(3), page(10));
        assert!(cache.get(&id(1)).is_none(), "the oldest went");
        assert!(cache.get(&id(2)).is_some() && cache.get(&id(3)).is_some());
        cache.put(id(4), page(MAX_BYTES + 1));
        assert!(cache.get(&id(4)).is_none(), "too heavy to keep");
    }

    #[test]
    fn each_language_asked_has_its_own_page() {
        let cache = PageCache::default();
        let document = DocumentId::from_bytes([7; 16]);
        cache.put((document, Asked::Picked(Language::Es)), Arc::from("es"));
        assert!(cache.get(&(document, Asked::Nothing)).is_none());
        assert!(
            cache
                .get(&(document, Asked::Browser(Language::Es)))
                .is_none()
        );
        assert!(
            cache
                .get(&(document, Asked::Picked(Language::Fr)))
                .is_none()
        );
        assert_eq!(
            cache
                .get(&(document, Asked::Picked(Language::Es)))
                .as_deref(),
            Some("es")
        );
    }
}
