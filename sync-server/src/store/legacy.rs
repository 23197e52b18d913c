//! One-time import of the layout earlier relays wrote: one file per document,
//! `DATA/docs/<id>.automerge`.
//!
//! Every file that loads goes into the store in one transaction; a file that does not
//! is set aside in the store's quarantine. Then `docs/` is renamed `docs.imported/`:
//! the files are kept (an operator can go back to an older relay by renaming it back),
//! but a second start does not import them again, and nobody mistakes them for live
//! data. A crash between the commit and the rename only means the import runs again at
//! the next start, which is harmless: Automerge ignores changes it already has, and the
//! duplicate rows are folded at the next compaction.

use std::fs;
use std::path::{Path, PathBuf};

use sync_protocol::DocumentId;

use super::{Chunk, Store, StoreError, check_automerge};

/// The directory earlier relays wrote, inside the data directory.
pub const DIR: &str = "docs";
/// What it is renamed to once imported.
pub const IMPORTED: &str = "docs.imported";
const EXTENSION: &str = "automerge";

/// Imports `DATA/docs/` if it exists; returns how many documents were imported.
pub fn import(data: &Path, store: &mut dyn Store) -> Result<usize, StoreError> {
    let docs = data.join(DIR);
    if !docs.is_dir() {
        return Ok(0);
    }
    let mut chunks = Vec::new();
    for entry in fs::read_dir(&docs).map_err(io("list", &docs))? {
        let path = entry.map_err(io("list", &docs))?.path();
        // Leftover temporary files (a write a crash interrupted) and files already set
        // aside as `.corrupt` stay where they are and move along with the directory.
        if path.extension().and_then(|ext| ext.to_str()) != Some(EXTENSION) {
            continue;
        }
        let Some(document) = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .and_then(|stem| stem.parse::<DocumentId>().ok())
        else {
            continue;
        };
        let bytes = fs::read(&path).map_err(io("read", &path))?;
        match check_automerge(&bytes) {
            Ok(Some(_)) => chunks.push(Chunk { document, bytes }),
            Ok(None) => store.set_aside(&document, &bytes, "legacy file with missing changes")?,
            Err(error) => {
                tracing::error!(%document, %error, "legacy document file does not load; set aside");
                store.set_aside(&document, &bytes, &error.to_string())?;
            }
        }
    }
    store.append(&chunks)?;
    let imported = free_name(data);
    fs::rename(&docs, &imported).map_err(io("rename", &docs))?;
    // The rename is durable only once the directory entry is on disk.
    fs::File::open(data)
        .and_then(|dir| dir.sync_all())
        .map_err(io("fsync", data))?;
    tracing::info!(
        documents = chunks.len(),
        kept = %imported.display(),
        "imported the document files of an earlier relay"
    );
    Ok(chunks.len())
}

/// `docs.imported`, or `docs.imported.2`, ... if an earlier import already used it.
fn free_name(data: &Path) -> PathBuf {
    let mut candidate = data.join(IMPORTED);
    let mut n = 2;
    while candidate.exists() {
        candidate = data.join(format!("{IMPORTED}.{n}"));
        n += 1;
    }
    candidate
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
    use crate::store::SqliteStore;
    use automerge::{Automerge, ReadDoc as _, transaction::Transactable as _};

    fn doc_with(key: &str) -> Automerge {
        let mut doc = Automerge::new();
        let mut tx = doc.transaction();
        tx.put(automerge::ROOT, key, 1).unwrap();
        tx.commit();
        doc
    }

    #[test]
    fn legacy_files_are_imported_once_and_kept() {
        let data = tempfile::tempdir().unwrap();
        let docs = data.path().join(DIR);
        fs::create_dir_all(&docs).unwrap();
        let good = DocumentId::from_bytes([1; 16]);
        let bad = DocumentId::from_bytes([2; 16]);
        fs::write(
            docs.join(format!("{good}.automerge")),
            doc_with("kept").save(),
        )
        .unwrap();
        fs::write(docs.join(format!("{bad}.automerge")), b"garbage").unwrap();
        fs::write(docs.join(".tmp-half-written"), b"half").unwrap();

        let mut store = SqliteStore::open(data.path()).unwrap();
        assert_eq!(import(data.path(), &mut store).unwrap(), 1);
        assert!(!docs.exists());
        let kept = data.path().join(IMPORTED);
        assert!(kept.join(format!("{good}.automerge")).exists());
        assert!(kept.join(".tmp-half-written").exists());
        assert_eq!(import(data.path(), &mut store).unwrap(), 0, "only once");

        let loaded = store.load_all().unwrap();
        assert_eq!(loaded.len(), 1);
        assert_eq!(loaded[0].id, good);
        assert!(
            loaded[0]
                .doc
                .get(automerge::ROOT, "kept")
                .unwrap()
                .is_some()
        );
        let aside = store.quarantined().unwrap();
        assert_eq!(aside.len(), 1);
        assert_eq!(aside[0].bytes, b"garbage");
    }

    #[test]
    fn an_import_interrupted_before_the_rename_runs_again_harmlessly() {
        let data = tempfile::tempdir().unwrap();
        let docs = data.path().join(DIR);
        fs::create_dir_all(&docs).unwrap();
        let id = DocumentId::from_bytes([1; 16]);
        let doc = doc_with("once");
        fs::write(docs.join(format!("{id}.automerge")), doc.save()).unwrap();
        let mut store = SqliteStore::open(data.path()).unwrap();
        // As if the first import committed and the process died before renaming.
        store
            .append(&[Chunk {
                document: id,
                bytes: doc.save(),
            }])
            .unwrap();
        assert_eq!(import(data.path(), &mut store).unwrap(), 1);
        let loaded = store.load_all().unwrap();
        assert_eq!(loaded.len(), 1);
        assert_eq!(loaded[0].doc.get_heads(), doc.get_heads());
        assert!(store.quarantined().unwrap().is_empty());
    }
}
