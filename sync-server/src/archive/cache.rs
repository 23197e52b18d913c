//! Rendered record pages, kept in memory. A record never changes once archived and its
//! page is the same for every reader allowed to see it, so a page rendered once is
//! right for good: a large community costs its `Automerge::load` and read (hundreds of
//! milliseconds) once, not at every visit. Who may see it is still checked at every
//! request, before the cache is asked.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use sync_protocol::DocumentId;

/// What the kept pages may weigh together; the oldest go first.
const MAX_BYTES: usize = 16 * 1024 * 1024;

/// The rendered pages, oldest first.
#[derive(Default)]
pub struct PageCache {
    kept: Mutex<Kept>,
}

#[derive(Default)]
struct Kept {
    pages: HashMap<DocumentId, Arc<str>>,
    order: VecDeque<DocumentId>,
    bytes: usize,
}

impl PageCache {
    /// The page of `document`, if it was rendered before.
    pub fn get(&self, document: &DocumentId) -> Option<Arc<str>> {
        self.lock().pages.get(document).cloned()
    }

    /// Keeps `page` for `document`, making room by forgetting the oldest pages; a page
    /// heavier than the whole cache is not kept.
    pub fn put(&self, document: DocumentId, page: Arc<str>) {
        if page.len() > MAX_BYTES {
            return;
        }
        let mut kept = self.lock();
        if kept.pages.contains_key(&document) {
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
        kept.order.push_back(document);
        kept.pages.insert(document, page);
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

    #[test]
    fn the_oldest_pages_make_room() {
        let cache = PageCache::default();
        let page = |n: usize| Arc::<str>::from("x".repeat(n));
        let id = |n: u8| DocumentId::from_bytes([n; 16]);
        cache.put(id(1), page(MAX_BYTES / 2));
        cache.put(id(2), page(MAX_BYTES / 2));
        assert!(cache.get(&id(1)).is_some());
        cache.put(id(3), page(10));
        assert!(cache.get(&id(1)).is_none(), "the oldest went");
        assert!(cache.get(&id(2)).is_some() && cache.get(&id(3)).is_some());
        cache.put(id(4), page(MAX_BYTES + 1));
        assert!(cache.get(&id(4)).is_none(), "too heavy to keep");
    }
}
