//! A measurement, not a check (ignored by default): what storing one change costs on a
//! grown document, the way the file-per-document relay did it (the whole document
//! saved, written to a temporary file, fsynced, renamed, directory fsynced) against
//! the SQLite store (the change's bytes as a peer sent them appended, one committed
//! transaction), and what the periodic compaction costs on the store's thread.
//!
//! `cargo test --release -p sync-server --test write_cost -- --ignored --nocapture`
//! (`PRAXIS_WRITE_COST_HISTORY=20000` for a larger document).

use std::io::Write as _;
use std::time::{Duration, Instant};

use automerge::transaction::Transactable as _;
use automerge::{Automerge, ObjType, ReadDoc as _};
use sync_protocol::DocumentId;
use sync_server::store::{Chunk, SqliteStore, Store as _};

fn history() -> usize {
    std::env::var("PRAXIS_WRITE_COST_HISTORY")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2_000)
}
const MEASURED: usize = 200;

fn grown_document() -> (Automerge, automerge::ObjId) {
    let mut doc = Automerge::new();
    let mut tx = doc.transaction();
    let notes = tx
        .put_object(automerge::ROOT, "notes", ObjType::Text)
        .expect("text");
    tx.commit();
    for n in 0..history() {
        let mut tx = doc.transaction();
        let at = tx.length(&notes);
        tx.splice_text(&notes, at, 0, &format!("note {n}; "))
            .expect("type");
        tx.commit();
    }
    (doc, notes)
}

fn type_a_little(doc: &mut Automerge, notes: &automerge::ObjId) {
    let mut tx = doc.transaction();
    let at = tx.length(notes);
    tx.splice_text(notes, at, 0, "x").expect("type");
    tx.commit();
}

#[test]
#[ignore = "a measurement; run it by hand"]
fn measure_the_cost_of_storing_one_change() {
    let dir = tempfile::tempdir().unwrap();
    let id = DocumentId::from_bytes([1; 16]);

    let (mut doc, notes) = grown_document();
    let size = doc.save().len();
    let files = dir.path().join("docs");
    std::fs::create_dir_all(&files).unwrap();
    let mut whole = Duration::ZERO;
    for _ in 0..MEASURED {
        type_a_little(&mut doc, &notes);
        let started = Instant::now();
        let bytes = doc.save();
        let temp = files.join(".tmp");
        let mut file = std::fs::File::create(&temp).unwrap();
        file.write_all(&bytes).unwrap();
        file.sync_all().unwrap();
        drop(file);
        std::fs::rename(&temp, files.join("doc.automerge")).unwrap();
        std::fs::File::open(&files).unwrap().sync_all().unwrap();
        whole += started.elapsed();
    }

    let (mut doc, notes) = grown_document();
    let mut store = SqliteStore::open(&dir.path().join("sqlite")).unwrap();
    store
        .append(&[Chunk {
            document: id,
            bytes: doc.save(),
        }])
        .unwrap();
    let mut incremental = Duration::ZERO;
    let mut compacting = Duration::ZERO;
    let mut compactions = 0;
    for _ in 0..MEASURED {
        type_a_little(&mut doc, &notes);
        // What a sync message carries: the change itself.
        let bytes = doc
            .get_last_local_change()
            .expect("a change")
            .raw_bytes()
            .to_vec();
        let started = Instant::now();
        store
            .append(&[Chunk {
                document: id,
                bytes,
            }])
            .unwrap();
        incremental += started.elapsed();
        let started = Instant::now();
        if store.compact_if_due(&id).unwrap() {
            compactions += 1;
            compacting += started.elapsed();
        }
    }
    let per = |total: Duration| total.as_secs_f64() * 1000.0 / MEASURED as f64;
    println!(
        "one change on a document of {} changes ({size} bytes saved): whole file {:.2} ms, SQLite append {:.2} ms; {compactions} compactions (off the acknowledgement path) of {:.1} ms each",
        history(),
        per(whole),
        per(incremental),
        compacting.as_secs_f64() * 1000.0 / f64::from(compactions.max(1))
    );
    assert_eq!(
        store.load_all().unwrap()[0].doc.text(&notes).unwrap().len(),
        doc.text(&notes).unwrap().len()
    );
}
