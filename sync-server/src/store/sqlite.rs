//! The embedded store: one SQLite database, `DATA/relay.sqlite3`, in write-ahead-log
//! mode with `synchronous=FULL`, so a committed transaction has been fsynced and
//! survives a crash or a power cut.
//!
//! Documents are rows of Automerge bytes in `chunks`, oldest first: a snapshot
//! (`save()`) and then the changes of later rounds (`save_after`). Loading a document
//! replays its rows; [`SqliteStore::compact_if_due`] folds them into one snapshot row.
//! A row that does not load moves to `quarantine`, kept for a person to inspect.
//!
//! The schema is versioned with `PRAGMA user_version` and numbered [`MIGRATIONS`].
//! Migration 2 adds the relay's own records ([`super::meta`]): credentials and
//! invitation tokens by their SHA-256 only, each community's creator, and the grants of
//! redeemed invitations. Documents are named there by their bs58check id, as in links.
//! Migration 3 adds the archive: closed communities' snapshots with their roster and
//! search index (FTS5), and the changes kept aside from them (`crate::archive`).

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use automerge::{Automerge, ChangeHash, ReadDoc as _};
use community::ObjectiveType;
use rusqlite::{Connection, params};
use sync_protocol::DocumentId;

use super::meta::{
    ArchivedRow, CredentialRow, GrantRow, InvitationRow, Meta, MetaWrite, UnixSeconds,
};
use super::{Chunk, Loaded, Store, StoreError, check_automerge};
use crate::archive::Snapshot;
use crate::auth::credential::SecretHash;

/// The database file inside the data directory.
pub const FILE: &str = "relay.sqlite3";

/// Rows a document may pile up before they are folded into one snapshot. Each row is
/// a round's changes, stored uncompressed. Folding also waits until the later rows
/// outweigh the first (the snapshot), so its O(document) cost is paid once per
/// document's worth of new changes: constant per byte written, however large the
/// document grows.
pub const COMPACT_AFTER_ROWS: usize = 64;

/// How long dead credentials and invitations are kept before a start prunes them.
const PRUNE_AFTER: UnixSeconds = 30 * 24 * 3600;

/// The schema, one migration per version: `MIGRATIONS[n]` takes `user_version` from
/// `n` to `n + 1`, inside one transaction with the version bump. Append only.
pub const MIGRATIONS: &[&str] = &[
    // 1: documents as rows of Automerge bytes, and rows set aside because they do not load.
    "CREATE TABLE chunks (
         id INTEGER PRIMARY KEY,      -- order of arrival
         document BLOB NOT NULL,      -- the 16 bytes of the document id
         bytes BLOB NOT NULL          -- Automerge: a snapshot, or changes
     ) STRICT;
     CREATE INDEX chunks_by_document ON chunks (document, id);
     CREATE TABLE quarantine (
         id INTEGER PRIMARY KEY,
         document BLOB NOT NULL,
         bytes BLOB NOT NULL,
         reason TEXT NOT NULL,        -- why it did not load (Automerge's error, no content)
         set_aside_at INTEGER NOT NULL -- seconds since the Unix epoch
     ) STRICT;",
    // 2: identity and access. Times are seconds since the Unix epoch.
    "CREATE TABLE credentials (
         hash BLOB PRIMARY KEY,       -- SHA-256 of the bearer credential
         member TEXT NOT NULL,
         public_key BLOB NOT NULL,    -- the Ed25519 key that signed in
         created INTEGER NOT NULL,
         expires INTEGER NOT NULL,
         revoked INTEGER              -- when it was signed out, if it was
     ) STRICT;
     CREATE TABLE communities (
         document TEXT PRIMARY KEY,
         creator TEXT NOT NULL,       -- the member whose sync brought it first
         created INTEGER NOT NULL
     ) STRICT;
     CREATE TABLE invitations (
         id TEXT PRIMARY KEY,
         document TEXT NOT NULL,
         token_hash BLOB NOT NULL UNIQUE, -- SHA-256 of the token
         created_by TEXT NOT NULL,
         created INTEGER NOT NULL,
         expires INTEGER NOT NULL,
         uses INTEGER,                -- NULL: until it expires
         used INTEGER NOT NULL DEFAULT 0,
         revoked INTEGER
     ) STRICT;
     CREATE INDEX invitations_by_document ON invitations (document);
     CREATE TABLE grants (
         document TEXT NOT NULL,
         member TEXT NOT NULL,
         invitation TEXT NOT NULL,
         created INTEGER NOT NULL,
         PRIMARY KEY (document, member)
     ) STRICT;",
    // 3: the archive of closed communities. A snapshot is written once and never
    // changes (the triggers refuse it); late changes are kept aside, once each.
    "CREATE TABLE archives (
         document TEXT PRIMARY KEY,
         bytes BLOB NOT NULL,         -- Automerge save() of the document when archived
         heads BLOB NOT NULL,         -- its heads, 32 bytes each
         closed_by TEXT NOT NULL,
         closed_at TEXT NOT NULL,     -- as the closer's device wrote it
         title TEXT NOT NULL,
         objective_type TEXT,         -- its key, for harvesters' sets
         public INTEGER NOT NULL,     -- 1: a public call, anyone reads and finds it
         archived_at INTEGER NOT NULL -- seconds since the Unix epoch
     ) STRICT;
     CREATE TRIGGER archives_are_immutable BEFORE UPDATE ON archives
     BEGIN SELECT RAISE(ABORT, 'an archived record never changes'); END;
     CREATE TABLE archive_members (   -- the roster at the closure
         document TEXT NOT NULL,
         member TEXT NOT NULL,
         role TEXT NOT NULL,
         PRIMARY KEY (document, member)
     ) STRICT;
     CREATE TABLE late_changes (
         document TEXT NOT NULL,
         hash TEXT NOT NULL,          -- hex, as automerge prints it
         author TEXT NOT NULL,        -- member id, or ? and the actor's prefix
         bytes BLOB NOT NULL,
         arrived_at INTEGER NOT NULL,
         PRIMARY KEY (document, hash)
     ) STRICT;
     CREATE VIRTUAL TABLE archive_search USING fts5(
         document UNINDEXED, title, body,
         tokenize = 'unicode61 remove_diacritics 2'
     );",
];

/// Documents in SQLite.
pub struct SqliteStore {
    db: Connection,
    /// Rows per document, to know when to compact.
    rows: HashMap<DocumentId, Rows>,
    compact_after: usize,
}

/// What a document's rows weigh, to know when to compact.
#[derive(Clone, Copy, Debug, Default)]
struct Rows {
    count: usize,
    /// Bytes of the first row: the snapshot, once compacted.
    first: usize,
    /// Bytes of the rows after it.
    later: usize,
}

impl Rows {
    fn add(&mut self, bytes: usize) {
        if self.count == 0 {
            self.first = bytes;
        } else {
            self.later += bytes;
        }
        self.count += 1;
    }
}

/// A row set aside because it did not load.
#[derive(Debug)]
pub struct Quarantined {
    pub document: Vec<u8>,
    pub bytes: Vec<u8>,
    pub reason: String,
}

impl SqliteStore {
    /// Opens (creating if needed) the database under `data` and brings its schema up to
    /// date.
    pub fn open(data: &Path) -> Result<Self, StoreError> {
        Self::open_with(data, COMPACT_AFTER_ROWS)
    }

    /// As [`SqliteStore::open`], folding a document's rows once there are more than
    /// `compact_after`.
    pub fn open_with(data: &Path, compact_after: usize) -> Result<Self, StoreError> {
        std::fs::create_dir_all(data).map_err(|source| StoreError::Io {
            action: "create",
            path: data.to_owned(),
            source,
        })?;
        let mut db = Connection::open(data.join(FILE))?;
        // WAL: readers never block the writer and a commit is one sequential append;
        // FULL: the WAL is fsynced at every commit, so "committed" means "on disk".
        let mode: String =
            db.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            tracing::warn!(%mode, "SQLite refused write-ahead logging");
        }
        db.pragma_update(None, "synchronous", "FULL")?;
        db.pragma_update(None, "foreign_keys", "ON")?;
        migrate(&mut db)?;
        Ok(Self {
            db,
            rows: HashMap::new(),
            compact_after,
        })
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .db
            .pragma_query_value(None, "user_version", |row| row.get(0))?)
    }

    /// How many rows hold this document.
    pub fn row_count(&self, document: &DocumentId) -> Result<usize, StoreError> {
        let count: i64 = self.db.query_row(
            "SELECT count(*) FROM chunks WHERE document = ?1",
            [document.as_bytes().as_slice()],
            |row| row.get(0),
        )?;
        Ok(usize::try_from(count).unwrap_or(0))
    }

    /// Everything set aside so far.
    pub fn quarantined(&self) -> Result<Vec<Quarantined>, StoreError> {
        let mut statement = self
            .db
            .prepare("SELECT document, bytes, reason FROM quarantine ORDER BY id")?;
        let rows = statement.query_map([], |row| {
            Ok(Quarantined {
                document: row.get(0)?,
                bytes: row.get(1)?,
                reason: row.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Moves one row to `quarantine`, in one transaction.
    fn quarantine_row(&mut self, row: i64, reason: &str) -> Result<(), StoreError> {
        let tx = self.db.transaction()?;
        tx.execute(
            "INSERT INTO quarantine (document, bytes, reason, set_aside_at)
             SELECT document, bytes, ?2, ?3 FROM chunks WHERE id = ?1",
            params![row, reason, unix_seconds()],
        )?;
        tx.execute("DELETE FROM chunks WHERE id = ?1", [row])?;
        tx.commit()?;
        Ok(())
    }

    /// The rows of one document, oldest first.
    fn rows_of(&self, document: &DocumentId) -> Result<Vec<(i64, Vec<u8>)>, StoreError> {
        let mut statement = self
            .db
            .prepare_cached("SELECT id, bytes FROM chunks WHERE document = ?1 ORDER BY id")?;
        let rows = statement.query_map([document.as_bytes().as_slice()], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl Store for SqliteStore {
    fn load_all(&mut self) -> Result<Vec<Loaded>, StoreError> {
        // Every row in memory at once: the relay holds every document in memory anyway.
        let mut by_document: BTreeMap<Vec<u8>, Vec<(i64, Vec<u8>)>> = BTreeMap::new();
        {
            let mut statement = self
                .db
                .prepare("SELECT id, document, bytes FROM chunks ORDER BY document, id")?;
            let mut rows = statement.query([])?;
            while let Some(row) = rows.next()? {
                let document: Vec<u8> = row.get(1)?;
                by_document
                    .entry(document)
                    .or_default()
                    .push((row.get(0)?, row.get(2)?));
            }
        }
        let mut loaded = Vec::new();
        for (raw_id, rows) in by_document {
            let Some(id) = <[u8; 16]>::try_from(raw_id.as_slice())
                .ok()
                .map(DocumentId::from_bytes)
            else {
                for (row, _) in rows {
                    tracing::error!(row, "stored row has no valid document id; set aside");
                    self.quarantine_row(row, "not a document id")?;
                }
                continue;
            };
            let (doc, bad) = replay(&rows);
            for (row, reason) in &bad {
                // The reason is Automerge's parse error: positions and kinds, no content.
                tracing::error!(document = %id, row, %reason, "stored changes do not load; set aside, the rest of the document loads");
                self.quarantine_row(*row, reason)?;
            }
            let mut weight = Rows::default();
            for (row, bytes) in &rows {
                if !bad.iter().any(|(set_aside, _)| set_aside == row) {
                    weight.add(bytes.len());
                }
            }
            self.rows.insert(id, weight);
            if !doc.get_heads().is_empty() {
                loaded.push(Loaded { id, doc });
            }
        }
        Ok(loaded)
    }

    fn append(&mut self, chunks: &[Chunk]) -> Result<(), StoreError> {
        let tx = self.db.transaction()?;
        {
            let mut insert =
                tx.prepare_cached("INSERT INTO chunks (document, bytes) VALUES (?1, ?2)")?;
            for chunk in chunks {
                insert.execute(params![chunk.document.as_bytes().as_slice(), chunk.bytes])?;
            }
        }
        tx.commit()?;
        for chunk in chunks {
            self.rows
                .entry(chunk.document)
                .or_default()
                .add(chunk.bytes.len());
        }
        Ok(())
    }

    fn compact_if_due(&mut self, document: &DocumentId) -> Result<bool, StoreError> {
        let weight = self.rows.get(document).copied().unwrap_or_default();
        if weight.count <= self.compact_after || weight.later < weight.first {
            return Ok(false);
        }
        let rows = self.rows_of(document)?;
        let Some(&(last, _)) = rows.last() else {
            return Ok(false);
        };
        let (doc, bad) = replay(&rows);
        // A row that does not load stays for the next start to set aside with a report;
        // changes waiting for a missing dependency would be dropped by `save()`.
        if !bad.is_empty() || !doc.get_missing_deps(&[]).is_empty() {
            tracing::warn!(%document, "not compacting a document with unreadable or incomplete rows");
            self.rows.insert(*document, Rows::default());
            return Ok(false);
        }
        let snapshot = doc.save();
        let tx = self.db.transaction()?;
        tx.execute(
            "DELETE FROM chunks WHERE document = ?1 AND id <= ?2",
            params![document.as_bytes().as_slice(), last],
        )?;
        tx.execute(
            "INSERT INTO chunks (document, bytes) VALUES (?1, ?2)",
            params![document.as_bytes().as_slice(), snapshot],
        )?;
        tx.commit()?;
        tracing::debug!(%document, rows = rows.len(), bytes = snapshot.len(), "document compacted");
        self.rows.insert(
            *document,
            Rows {
                count: 1,
                first: snapshot.len(),
                later: 0,
            },
        );
        Ok(true)
    }

    fn set_aside(
        &mut self,
        document: &DocumentId,
        bytes: &[u8],
        reason: &str,
    ) -> Result<(), StoreError> {
        self.db.execute(
            "INSERT INTO quarantine (document, bytes, reason, set_aside_at) VALUES (?1, ?2, ?3, ?4)",
            params![document.as_bytes().as_slice(), bytes, reason, unix_seconds()],
        )?;
        Ok(())
    }

    fn load_meta(&mut self, now: UnixSeconds) -> Result<Meta, StoreError> {
        self.prune_meta(now)?;
        let mut meta = Meta::default();
        let mut statement = self.db.prepare(
            "SELECT hash, member, public_key, created, expires FROM credentials
             WHERE revoked IS NULL AND expires > ?1",
        )?;
        let mut rows = statement.query([now])?;
        while let Some(row) = rows.next()? {
            let (Some(hash), Some(member), Some(public_key)) = (
                bytes_32(row.get(0)?),
                member(row.get(1)?),
                bytes_32(row.get(2)?),
            ) else {
                tracing::error!("a stored credential is malformed; it signs no one in");
                continue;
            };
            meta.credentials.push(CredentialRow {
                hash: SecretHash(hash),
                member,
                public_key,
                created: row.get(3)?,
                expires: row.get(4)?,
            });
        }
        let mut statement = self
            .db
            .prepare("SELECT document, creator FROM communities")?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            if let (Some(document), Some(creator)) =
                (document(&row.get::<_, String>(0)?), member(row.get(1)?))
            {
                meta.creators.push((document, creator));
            }
        }
        let mut statement = self.db.prepare(
            "SELECT id, document, token_hash, created_by, created, expires, uses, used, revoked
             FROM invitations",
        )?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            let (Some(document), Some(token_hash), Some(created_by)) = (
                document(&row.get::<_, String>(1)?),
                bytes_32(row.get(2)?),
                member(row.get(3)?),
            ) else {
                tracing::error!("a stored invitation is malformed; it admits no one");
                continue;
            };
            meta.invitations.push(InvitationRow {
                id: row.get(0)?,
                document,
                token_hash: SecretHash(token_hash),
                created_by,
                created: row.get(4)?,
                expires: row.get(5)?,
                uses: row.get(6)?,
                used: row.get(7)?,
                revoked: row.get(8)?,
            });
        }
        let mut statement = self
            .db
            .prepare("SELECT document, member, invitation, created FROM grants")?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            if let (Some(document), Some(member)) =
                (document(&row.get::<_, String>(0)?), member(row.get(1)?))
            {
                meta.grants.push(GrantRow {
                    document,
                    member,
                    invitation: row.get(2)?,
                    created: row.get(3)?,
                });
            }
        }
        meta.archives = load_archives(&self.db)?;
        Ok(meta)
    }

    fn write_meta(&mut self, writes: &[MetaWrite]) -> Result<(), StoreError> {
        self.write_meta_rows(writes)
    }
}

impl SqliteStore {
    /// Drops records that can never sign anyone in or admit anyone again, once they
    /// have been dead for [`PRUNE_AFTER`] (kept that long so an inquiry can still see
    /// who signed in, or which link admitted whom): credentials expired or signed
    /// out, invitations expired or revoked that no outstanding grant came from (a
    /// grant stays revocable through its invitation). Run at start; the tables
    /// otherwise grow with every sign-in.
    fn prune_meta(&mut self, now: UnixSeconds) -> Result<(), StoreError> {
        let before = now.saturating_sub(PRUNE_AFTER);
        let tx = self.db.transaction()?;
        let credentials = tx.execute(
            "DELETE FROM credentials WHERE expires < ?1 OR revoked < ?1",
            [before],
        )?;
        let invitations = tx.execute(
            "DELETE FROM invitations WHERE (expires < ?1 OR revoked < ?1)
             AND id NOT IN (SELECT invitation FROM grants)",
            [before],
        )?;
        tx.commit()?;
        if credentials + invitations > 0 {
            tracing::info!(credentials, invitations, "pruned records dead for 30 days");
        }
        Ok(())
    }

    fn write_meta_rows(&mut self, writes: &[MetaWrite]) -> Result<(), StoreError> {
        let tx = self.db.transaction()?;
        for write in writes {
            match write {
                MetaWrite::Credential(row) => {
                    tx.execute(
                        "INSERT INTO credentials (hash, member, public_key, created, expires)
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![
                            row.hash.0.as_slice(),
                            row.member.as_str(),
                            row.public_key.as_slice(),
                            row.created,
                            row.expires
                        ],
                    )?;
                }
                MetaWrite::RevokeCredential { hash, at } => {
                    tx.execute(
                        "UPDATE credentials SET revoked = ?2 WHERE hash = ?1 AND revoked IS NULL",
                        params![hash.0.as_slice(), at],
                    )?;
                }
                MetaWrite::Community {
                    document,
                    creator,
                    created,
                } => {
                    tx.execute(
                        "INSERT OR IGNORE INTO communities (document, creator, created)
                         VALUES (?1, ?2, ?3)",
                        params![document.to_string(), creator.as_str(), created],
                    )?;
                }
                MetaWrite::Invitation(row) => {
                    tx.execute(
                        "INSERT INTO invitations
                         (id, document, token_hash, created_by, created, expires, uses, used, revoked)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                        params![
                            row.id,
                            row.document.to_string(),
                            row.token_hash.0.as_slice(),
                            row.created_by.as_str(),
                            row.created,
                            row.expires,
                            row.uses,
                            row.used,
                            row.revoked
                        ],
                    )?;
                }
                MetaWrite::RevokeInvitation { id, at } => {
                    tx.execute(
                        "UPDATE invitations SET revoked = ?2 WHERE id = ?1 AND revoked IS NULL",
                        params![id, at],
                    )?;
                }
                MetaWrite::Redeem(grant) => {
                    tx.execute(
                        "UPDATE invitations SET used = used + 1 WHERE id = ?1",
                        [&grant.invitation],
                    )?;
                    tx.execute(
                        "INSERT OR REPLACE INTO grants (document, member, invitation, created)
                         VALUES (?1, ?2, ?3, ?4)",
                        params![
                            grant.document.to_string(),
                            grant.member.as_str(),
                            grant.invitation,
                            grant.created
                        ],
                    )?;
                }
                MetaWrite::DeleteGrants { document, members } => {
                    for member in members {
                        tx.execute(
                            "DELETE FROM grants WHERE document = ?1 AND member = ?2",
                            params![document.to_string(), member.as_str()],
                        )?;
                    }
                }
                MetaWrite::Archive(snapshot) => write_archive(&tx, snapshot)?,
                MetaWrite::LateChange(change) => {
                    tx.execute(
                        "INSERT OR IGNORE INTO late_changes (document, hash, author, bytes, arrived_at)
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![
                            change.document.to_string(),
                            change.hash.to_string(),
                            change.author,
                            change.bytes,
                            change.arrived_at
                        ],
                    )?;
                }
            }
        }
        tx.commit()?;
        Ok(())
    }
}

/// Writes a snapshot, its roster and its search text, unless the document is archived
/// already (a snapshot is never replaced).
fn write_archive(tx: &rusqlite::Transaction<'_>, snapshot: &Snapshot) -> Result<(), StoreError> {
    let document = snapshot.document.to_string();
    let heads: Vec<u8> = snapshot
        .heads
        .iter()
        .flat_map(|head| head.as_ref().iter().copied())
        .collect();
    let inserted = tx.execute(
        "INSERT OR IGNORE INTO archives
         (document, bytes, heads, closed_by, closed_at, title, objective_type, public,
          archived_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            document,
            snapshot.bytes,
            heads,
            snapshot.closure.by.as_str(),
            snapshot.closure.at,
            snapshot.title,
            snapshot.objective_type.map(ObjectiveType::key),
            snapshot.public,
            snapshot.archived_at
        ],
    )?;
    if inserted == 0 {
        return Ok(());
    }
    for (member, role) in &snapshot.members {
        tx.execute(
            "INSERT OR IGNORE INTO archive_members (document, member, role) VALUES (?1, ?2, ?3)",
            params![document, member.as_str(), role.key()],
        )?;
    }
    tx.execute(
        "INSERT INTO archive_search (document, title, body) VALUES (?1, ?2, ?3)",
        params![document, snapshot.text.title, snapshot.text.body],
    )?;
    Ok(())
}

/// The archived communities, with the late changes each already has aside.
fn load_archives(db: &Connection) -> Result<Vec<ArchivedRow>, StoreError> {
    let mut late: HashMap<String, Vec<ChangeHash>> = HashMap::new();
    let mut statement = db.prepare("SELECT document, hash FROM late_changes")?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        if let Ok(hash) = row.get::<_, String>(1)?.parse::<ChangeHash>() {
            late.entry(row.get(0)?).or_default().push(hash);
        }
    }
    let mut archives = Vec::new();
    let mut statement = db.prepare("SELECT document, heads FROM archives")?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let id: String = row.get(0)?;
        let heads: Vec<u8> = row.get(1)?;
        let Some(document) = document(&id) else {
            tracing::error!("an archived record has a malformed document id");
            continue;
        };
        archives.push(ArchivedRow {
            document,
            heads: heads
                .chunks_exact(32)
                .filter_map(|head| ChangeHash::try_from(head).ok())
                .collect(),
            late: late.remove(&id).unwrap_or_default(),
        });
    }
    Ok(archives)
}

fn bytes_32(bytes: Vec<u8>) -> Option<[u8; 32]> {
    <[u8; 32]>::try_from(bytes.as_slice()).ok()
}

fn member(id: String) -> Option<community::MemberId> {
    community::MemberId::new(id).ok()
}

fn document(id: &str) -> Option<DocumentId> {
    id.parse().ok()
}

/// Replays a document's rows in order; returns the document and the rows that did not
/// load, with why.
fn replay(rows: &[(i64, Vec<u8>)]) -> (Automerge, Vec<(i64, String)>) {
    // The usual case, in one pass: every row loads, strictly, as one document.
    let all: Vec<u8> = rows
        .iter()
        .flat_map(|(_, bytes)| bytes.iter().copied())
        .collect();
    if let Ok(doc) = Automerge::load(&all) {
        return (doc, Vec::new());
    }
    // Something is wrong: find out which rows, one at a time.
    let mut doc = Automerge::new();
    let mut bad = Vec::new();
    for (row, bytes) in rows {
        match check_automerge(bytes) {
            Ok(Some(whole)) if doc.get_heads().is_empty() => doc = whole,
            Ok(_) => {
                if let Err(error) = doc.load_incremental(bytes) {
                    bad.push((*row, error.to_string()));
                }
            }
            Err(error) => bad.push((*row, error.to_string())),
        }
    }
    (doc, bad)
}

fn migrate(db: &mut Connection) -> Result<(), StoreError> {
    let found: i64 = db.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let known = i64::try_from(MIGRATIONS.len()).unwrap_or(i64::MAX);
    if found > known {
        return Err(StoreError::NewerSchema { found, known });
    }
    for (version, sql) in (1..)
        .zip(MIGRATIONS)
        .skip(usize::try_from(found).unwrap_or(0))
    {
        // The version bump commits with the migration: a crash leaves one or the other.
        let tx = db.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
        tracing::info!(version, "store schema migrated");
    }
    Ok(())
}

fn unix_seconds() -> i64 {
    super::meta::unix_now()
}

#[cfg(test)]
mod tests {
    use super::*;
    use automerge::transaction::Transactable as _;

    fn id(n: u8) -> DocumentId {
        DocumentId::from_bytes([n; 16])
    }

    fn put(doc: &mut Automerge, key: &str, value: i64) {
        let mut tx = doc.transaction();
        tx.put(automerge::ROOT, key, value).unwrap();
        tx.commit();
    }

    fn get(doc: &Automerge, key: &str) -> Option<i64> {
        doc.get(automerge::ROOT, key)
            .unwrap()
            .and_then(|(value, _)| value.as_i64())
    }

    fn chunk(document: DocumentId, bytes: Vec<u8>) -> Chunk {
        Chunk { document, bytes }
    }

    #[test]
    fn a_new_store_is_at_the_latest_schema_and_reopens() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(dir.path()).unwrap();
        assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len() as i64);
        drop(store);
        let store = SqliteStore::open(dir.path()).unwrap();
        assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len() as i64);
    }

    #[test]
    fn a_store_from_a_newer_relay_is_refused_not_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        drop(SqliteStore::open(dir.path()).unwrap());
        let db = Connection::open(dir.path().join(FILE)).unwrap();
        db.pragma_update(None, "user_version", 99).unwrap();
        drop(db);
        assert!(matches!(
            SqliteStore::open(dir.path()),
            Err(StoreError::NewerSchema { found: 99, .. })
        ));
    }

    #[test]
    fn incremental_rows_load_back_as_one_document() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = SqliteStore::open(dir.path()).unwrap();
        let mut doc = Automerge::new();
        put(&mut doc, "a", 1);
        store.append(&[chunk(id(1), doc.save())]).unwrap();
        let mut heads = doc.get_heads();
        for n in 2..10 {
            put(&mut doc, "a", n);
            let changes = doc.save_after(&heads);
            heads = doc.get_heads();
            store.append(&[chunk(id(1), changes)]).unwrap();
        }
        assert_eq!(store.row_count(&id(1)).unwrap(), 9);
        drop(store);
        let loaded = SqliteStore::open(dir.path()).unwrap().load_all().unwrap();
        assert_eq!(loaded.len(), 1);
        assert_eq!(get(&loaded[0].doc, "a"), Some(9));
        assert_eq!(loaded[0].doc.get_heads(), doc.get_heads());
    }

    #[test]
    fn rows_are_folded_into_one_snapshot_once_they_pile_up() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = SqliteStore::open_with(dir.path(), 4).unwrap();
        let mut doc = Automerge::new();
        let mut heads = Vec::new();
        for n in 0..4 {
            put(&mut doc, "n", n);
            store
                .append(&[chunk(id(1), doc.save_after(&heads))])
                .unwrap();
            heads = doc.get_heads();
        }
        assert!(
            !store.compact_if_due(&id(1)).unwrap(),
            "4 rows are not too many"
        );
        put(&mut doc, "n", 4);
        store
            .append(&[chunk(id(1), doc.save_after(&heads))])
            .unwrap();
        assert!(store.compact_if_due(&id(1)).unwrap());
        assert_eq!(store.row_count(&id(1)).unwrap(), 1);
        let loaded = store.load_all().unwrap();
        assert_eq!(loaded[0].doc.get_heads(), doc.get_heads());
        assert_eq!(get(&loaded[0].doc, "n"), Some(4));
    }

    #[test]
    fn folding_waits_until_the_new_rows_outweigh_the_snapshot() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = SqliteStore::open_with(dir.path(), 2).unwrap();
        let mut doc = Automerge::new();
        for n in 0..500 {
            put(&mut doc, &format!("key {n}"), n);
        }
        let snapshot = doc.save();
        store.append(&[chunk(id(1), snapshot.clone())]).unwrap();
        let mut written = 0;
        let mut folded = false;
        while !folded {
            put(&mut doc, "n", 1);
            // As the hub stores them: the change as a peer sent it.
            let changes = doc.get_last_local_change().unwrap().raw_bytes().to_vec();
            written += changes.len();
            store.append(&[chunk(id(1), changes)]).unwrap();
            folded = store.compact_if_due(&id(1)).unwrap();
            assert!(
                !folded || written >= snapshot.len(),
                "not folded while the new rows weigh less than the snapshot"
            );
            assert!(written < 10 * snapshot.len(), "folded in the end");
        }
        assert_eq!(store.row_count(&id(1)).unwrap(), 1);
        assert_eq!(
            store.load_all().unwrap()[0].doc.get_heads(),
            doc.get_heads()
        );
    }

    #[test]
    fn the_relays_records_survive_a_reopen_and_only_live_credentials_load() {
        use crate::store::meta::{CredentialRow, GrantRow, InvitationRow};
        let member = |s: &str| community::MemberId::new(s).unwrap();
        let credential = |n: u8, expires| CredentialRow {
            hash: SecretHash([n; 32]),
            member: member("ana"),
            public_key: [n; 32],
            created: 10,
            expires,
        };
        let invitation = InvitationRow {
            id: "inv".into(),
            document: id(1),
            token_hash: SecretHash([9; 32]),
            created_by: member("ana"),
            created: 10,
            expires: 100,
            uses: Some(2),
            used: 0,
            revoked: None,
        };
        let grant = |who: &str| GrantRow {
            document: id(1),
            member: member(who),
            invitation: "inv".into(),
            created: 20,
        };
        let dir = tempfile::tempdir().unwrap();
        let mut store = SqliteStore::open(dir.path()).unwrap();
        store
            .write_meta(&[
                MetaWrite::Credential(credential(1, 1000)),
                MetaWrite::Credential(credential(2, 1000)),
                MetaWrite::Credential(credential(3, 50)),
                MetaWrite::RevokeCredential {
                    hash: SecretHash([2; 32]),
                    at: 30,
                },
                MetaWrite::Community {
                    document: id(1),
                    creator: member("ana"),
                    created: 10,
                },
                // A second creator of the same document is ignored: the first stays.
                MetaWrite::Community {
                    document: id(1),
                    creator: member("eva"),
                    created: 11,
                },
                MetaWrite::Invitation(invitation.clone()),
                MetaWrite::Redeem(grant("eva")),
                MetaWrite::Redeem(grant("sol")),
                MetaWrite::DeleteGrants {
                    document: id(1),
                    members: vec![member("sol")],
                },
                MetaWrite::RevokeInvitation {
                    id: "inv".into(),
                    at: 40,
                },
            ])
            .unwrap();
        drop(store);
        let meta = SqliteStore::open(dir.path())
            .unwrap()
            .load_meta(60)
            .unwrap();
        assert_eq!(
            meta.credentials,
            [credential(1, 1000)],
            "the signed-out and the expired credentials sign no one in"
        );
        assert_eq!(meta.creators, [(id(1), member("ana"))]);
        assert_eq!(
            meta.invitations,
            [InvitationRow {
                used: 2,
                revoked: Some(40),
                ..invitation
            }]
        );
        assert_eq!(meta.grants, [grant("eva")]);
    }

    #[test]
    fn records_dead_for_thirty_days_are_pruned_at_start_and_no_sooner() {
        use crate::store::meta::{CredentialRow, GrantRow, InvitationRow};
        let member = |s: &str| community::MemberId::new(s).unwrap();
        let credential = |n: u8, expires| CredentialRow {
            hash: SecretHash([n; 32]),
            member: member("ana"),
            public_key: [n; 32],
            created: 10,
            expires,
        };
        let invitation = |name: &str, n: u8| InvitationRow {
            id: name.into(),
            document: id(1),
            token_hash: SecretHash([n; 32]),
            created_by: member("ana"),
            created: 10,
            expires: 100,
            uses: None,
            used: 0,
            revoked: None,
        };
        let day = 24 * 3600;
        let dir = tempfile::tempdir().unwrap();
        let mut store = SqliteStore::open(dir.path()).unwrap();
        store
            .write_meta(&[
                MetaWrite::Credential(credential(1, 100)),
                MetaWrite::Credential(credential(2, 100 + 40 * day)),
                MetaWrite::Credential(credential(3, 100 + 40 * day)),
                MetaWrite::RevokeCredential {
                    hash: SecretHash([3; 32]),
                    at: 100,
                },
                MetaWrite::Invitation(invitation("expired", 7)),
                MetaWrite::Invitation(invitation("granted", 8)),
                MetaWrite::Redeem(GrantRow {
                    document: id(1),
                    member: member("eva"),
                    invitation: "granted".into(),
                    created: 20,
                }),
            ])
            .unwrap();
        let rows = |store: &SqliteStore, table: &str| -> i64 {
            store
                .db
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
                    row.get(0)
                })
                .unwrap()
        };
        // 29 days after they died: still kept.
        store.load_meta(100 + 29 * day).unwrap();
        assert_eq!(
            (rows(&store, "credentials"), rows(&store, "invitations")),
            (3, 2)
        );
        // 31 days after: the expired and the signed-out credential go, the live one
        // stays; the expired invitation goes, the one a grant came from stays.
        let meta = store.load_meta(100 + 31 * day).unwrap();
        assert_eq!(
            (rows(&store, "credentials"), rows(&store, "invitations")),
            (1, 1)
        );
        assert_eq!(meta.credentials, [credential(2, 100 + 40 * day)]);
        assert_eq!(meta.invitations.len(), 1);
        assert_eq!(meta.invitations[0].id, "granted");
    }

    #[test]
    fn a_row_that_does_not_load_is_set_aside_and_the_rest_loads() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = SqliteStore::open(dir.path()).unwrap();
        let mut doc = Automerge::new();
        put(&mut doc, "a", 1);
        store.append(&[chunk(id(1), doc.save())]).unwrap();
        let heads = doc.get_heads();
        put(&mut doc, "b", 2);
        let mut damaged = doc.save_after(&heads);
        let middle = damaged.len() / 2;
        damaged[middle] ^= 0xff;
        let mut other = Automerge::new();
        put(&mut other, "c", 3);
        store
            .append(&[
                chunk(id(1), damaged.clone()),
                chunk(id(2), other.save()),
                chunk(id(3), b"not automerge".to_vec()),
            ])
            .unwrap();
        drop(store);

        let mut store = SqliteStore::open(dir.path()).unwrap();
        let mut loaded = store.load_all().unwrap();
        loaded.sort_by_key(|l| l.id);
        assert_eq!(
            loaded.len(),
            2,
            "the all-garbage document has nothing to load"
        );
        assert_eq!(
            get(&loaded[0].doc, "a"),
            Some(1),
            "the good row still loads"
        );
        assert_eq!(get(&loaded[0].doc, "b"), None);
        assert_eq!(get(&loaded[1].doc, "c"), Some(3), "other documents load");
        let aside = store.quarantined().unwrap();
        assert_eq!(aside.len(), 2);
        assert_eq!(aside[0].bytes, damaged, "the bytes are kept for a person");
        assert_eq!(aside[0].document, id(1).as_bytes());
        assert!(!aside[0].reason.is_empty());
        assert_eq!(aside[1].bytes, b"not automerge");
        // Set aside once: the next start finds a clean store.
        drop(store);
        let mut store = SqliteStore::open(dir.path()).unwrap();
        assert_eq!(store.load_all().unwrap().len(), 2);
        assert_eq!(store.quarantined().unwrap().len(), 2);
    }
}
