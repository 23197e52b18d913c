//! The embedded document store: one file per document under `DATA/docs/`.
//!
//! Crash safety: a document is written to a temporary file in the same directory,
//! fsynced, renamed over the old file, and the directory fsynced, so after a crash at
//! any point the file holds either the old or the new document, never a torn mix.
//! Leftover temporary files from a crash are removed at open. A file that does not
//! load as Automerge is moved aside (kept, never deleted) and reported.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use automerge::Automerge;
use sync_protocol::DocumentId;

const EXTENSION: &str = "automerge";
const TEMP_PREFIX: &str = ".tmp-";

/// A store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Documents on disk.
#[derive(Debug)]
pub struct Store {
    docs: PathBuf,
}

/// A document read back at startup.
pub struct Loaded {
    pub id: DocumentId,
    pub doc: Automerge,
}

impl Store {
    /// Opens (creating if needed) the store under `data`, removing temporary files a
    /// crash left behind.
    pub fn open(data: &Path) -> Result<Self, StoreError> {
        let docs = data.join("docs");
        fs::create_dir_all(&docs).map_err(io("create", &docs))?;
        for entry in fs::read_dir(&docs).map_err(io("list", &docs))? {
            let path = entry.map_err(io("list", &docs))?.path();
            let is_temp = path
                .file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.starts_with(TEMP_PREFIX));
            if is_temp {
                tracing::warn!(path = %path.display(), "removing a write interrupted by a crash");
                fs::remove_file(&path).map_err(io("remove", &path))?;
            }
        }
        Ok(Self { docs })
    }

    /// Loads every stored document. Unreadable files are set aside under a
    /// `.corrupt` name and reported, so one bad file never stops the relay.
    pub fn load_all(&self) -> Result<Vec<Loaded>, StoreError> {
        let mut loaded = Vec::new();
        for entry in fs::read_dir(&self.docs).map_err(io("list", &self.docs))? {
            let path = entry.map_err(io("list", &self.docs))?.path();
            if path.extension().and_then(|ext| ext.to_str()) != Some(EXTENSION) {
                continue;
            }
            let Some(id) = path
                .file_stem()
                .and_then(|stem| stem.to_str())
                .and_then(|stem| stem.parse::<DocumentId>().ok())
            else {
                tracing::warn!(path = %path.display(), "ignoring a file that is not named by a document id");
                continue;
            };
            let bytes = fs::read(&path).map_err(io("read", &path))?;
            match Automerge::load(&bytes) {
                Ok(doc) => loaded.push(Loaded { id, doc }),
                Err(error) => {
                    let aside = path.with_extension(format!("{EXTENSION}.corrupt"));
                    tracing::error!(document = %id, %error, aside = %aside.display(), "stored document does not load; set aside");
                    fs::rename(&path, &aside).map_err(io("set aside", &path))?;
                }
            }
        }
        Ok(loaded)
    }

    /// Durably replaces the stored bytes of one document.
    pub fn save(&self, id: &DocumentId, bytes: &[u8]) -> Result<(), StoreError> {
        let path = self.path_of(id);
        let temp = self.docs.join(format!("{TEMP_PREFIX}{id}"));
        let mut file = fs::File::create(&temp).map_err(io("create", &temp))?;
        file.write_all(bytes).map_err(io("write", &temp))?;
        file.sync_all().map_err(io("fsync", &temp))?;
        drop(file);
        fs::rename(&temp, &path).map_err(io("rename", &temp))?;
        // The rename is durable only once the directory entry is on disk.
        fs::File::open(&self.docs)
            .and_then(|dir| dir.sync_all())
            .map_err(io("fsync", &self.docs))?;
        Ok(())
    }

    fn path_of(&self, id: &DocumentId) -> PathBuf {
        self.docs.join(format!("{id}.{EXTENSION}"))
    }
}

fn io(action: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> StoreError {
    let path = path.to_owned();
    move |source| StoreError::Io {
        action,
        path,
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use automerge::{ReadDoc as _, transaction::Transactable as _};

    fn doc_with(key: &str) -> Automerge {
        let mut doc = Automerge::new();
        let mut tx = doc.transaction();
        tx.put(automerge::ROOT, key, 1).unwrap();
        tx.commit();
        doc
    }

    fn id(n: u8) -> DocumentId {
        DocumentId::from_bytes([n; 16])
    }

    #[test]
    fn saved_documents_load_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store.save(&id(1), &doc_with("a").save()).unwrap();
        store.save(&id(2), &doc_with("b").save()).unwrap();
        store.save(&id(1), &doc_with("c").save()).unwrap();
        let mut loaded = Store::open(dir.path()).unwrap().load_all().unwrap();
        loaded.sort_by_key(|l| l.id);
        assert_eq!(loaded.len(), 2);
        assert!(
            loaded[0].doc.get(automerge::ROOT, "c").unwrap().is_some(),
            "the last save wins"
        );
        assert!(loaded[1].doc.get(automerge::ROOT, "b").unwrap().is_some());
    }

    #[test]
    fn corrupt_files_are_set_aside_and_the_rest_loads() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store.save(&id(1), &doc_with("good").save()).unwrap();
        let bad = store.path_of(&id(2));
        fs::write(&bad, b"not automerge").unwrap();
        let loaded = store.load_all().unwrap();
        assert_eq!(loaded.len(), 1);
        assert_eq!(loaded[0].id, id(1));
        assert!(!bad.exists());
        assert_eq!(
            fs::read(bad.with_extension("automerge.corrupt")).unwrap(),
            b"not automerge",
            "the bytes are kept for a person to inspect"
        );
    }

    #[test]
    fn an_interrupted_write_is_cleaned_up_and_the_old_version_kept() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store.save(&id(1), &doc_with("old").save()).unwrap();
        // A crash between creating the temporary file and the rename leaves this.
        fs::write(
            dir.path()
                .join("docs")
                .join(format!("{TEMP_PREFIX}{}", id(1))),
            b"half",
        )
        .unwrap();
        let store = Store::open(dir.path()).unwrap();
        let loaded = store.load_all().unwrap();
        assert_eq!(loaded.len(), 1);
        assert!(loaded[0].doc.get(automerge::ROOT, "old").unwrap().is_some());
        assert_eq!(fs::read_dir(dir.path().join("docs")).unwrap().count(), 1);
    }
}
