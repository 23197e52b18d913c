//! Reads the archive for the HTTP pages: a read-only SQLite connection per request, off
//! the async runtime. In write-ahead-log mode readers never block the store's writer,
//! so pages cost the hub nothing; the writer stays the store's own thread.

use std::path::PathBuf;
use std::time::Duration;

use automerge::ChangeHash;
use community::{MemberId, Role};
use rusqlite::{Connection, OpenFlags, OptionalExtension as _, params};
use sync_protocol::DocumentId;

use super::text::{MATCH_END, MATCH_START};
use crate::store::StoreError;
use crate::store::meta::UnixSeconds;
use crate::store::sqlite::FILE;

/// How long a read waits for a lock (a migration at start, a checkpoint) before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Words of a snippet around a match.
const SNIPPET_WORDS: i32 = 24;

/// Opens read-only connections to the store's database.
#[derive(Clone, Debug)]
pub struct Reader {
    path: PathBuf,
}

/// Who may read an archived record, and who moderates it.
#[derive(Clone, Debug)]
pub struct Visibility {
    /// Whether the call was public.
    pub public: bool,
    /// The roster at the closure.
    pub members: Vec<(MemberId, Role)>,
}

impl Visibility {
    /// Who may read the record: anyone when the call was public, else the members on
    /// the roster at the closure.
    pub fn visible_to(&self, viewer: Option<&MemberId>) -> bool {
        self.public || viewer.is_some_and(|viewer| self.role_of(viewer).is_some())
    }

    /// Who moderates the archive (and sees the changes kept aside): the leaders and
    /// moderators on the roster at the closure.
    pub fn moderated_by(&self, viewer: &MemberId) -> bool {
        matches!(self.role_of(viewer), Some(Role::Leader | Role::Moderator))
    }

    fn role_of(&self, member: &MemberId) -> Option<Role> {
        self.members
            .iter()
            .find(|(on_roster, _)| on_roster == member)
            .map(|(_, role)| *role)
    }
}

/// An archived record as stored.
pub struct Record {
    /// The snapshot (`Automerge::save`).
    pub bytes: Vec<u8>,
    pub heads: Vec<ChangeHash>,
    pub archived_at: UnixSeconds,
    pub visibility: Visibility,
}

/// One search result.
pub struct Hit {
    pub document: String,
    pub title: String,
    /// Text around the matches, each match between [`MATCH_START`] and [`MATCH_END`].
    pub snippet: String,
}

/// One change kept aside.
pub struct LateRow {
    pub hash: String,
    pub author: String,
    pub bytes: Vec<u8>,
    pub arrived_at: UnixSeconds,
}

impl Reader {
    pub fn new(data: &std::path::Path) -> Self {
        Self {
            path: data.join(FILE),
        }
    }

    fn open(&self) -> Result<Connection, StoreError> {
        let db = Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        db.busy_timeout(BUSY_TIMEOUT)?;
        Ok(db)
    }

    /// Who may read `document`'s record, if it is archived: without loading the
    /// snapshot, which may weigh megabytes.
    pub fn visibility(&self, document: &DocumentId) -> Result<Option<Visibility>, StoreError> {
        let db = self.open()?;
        visibility(&db, document)
    }

    /// The archived record of `document`, if there is one.
    pub fn record(&self, document: &DocumentId) -> Result<Option<Record>, StoreError> {
        let db = self.open()?;
        let Some(visibility) = visibility(&db, document)? else {
            return Ok(None);
        };
        let found = db
            .query_row(
                "SELECT bytes, heads, archived_at FROM archives WHERE document = ?1",
                [document.to_string()],
                |row| {
                    Ok((
                        row.get::<_, Vec<u8>>(0)?,
                        row.get::<_, Vec<u8>>(1)?,
                        row.get::<_, i64>(2)?,
                    ))
                },
            )
            .optional()?;
        Ok(found.map(|(bytes, heads, archived_at)| Record {
            bytes,
            heads: heads
                .chunks_exact(32)
                .filter_map(|head| ChangeHash::try_from(head).ok())
                .collect(),
            archived_at,
            visibility,
        }))
    }

    /// Archived records matching `query` (an FTS5 expression, see
    /// `super::pages::search::fts_query`) that `viewer` may read, best first: `limit`
    /// of them after skipping `offset`.
    pub fn search(
        &self,
        query: &str,
        viewer: Option<&MemberId>,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<Hit>, StoreError> {
        let db = self.open()?;
        // The title weighs ten times the body; the document id is not searched.
        let mut statement = db.prepare(
            "SELECT archive_search.document, archives.title,
                    snippet(archive_search, -1, ?5, ?6, '…', ?7)
             FROM archive_search JOIN archives ON archives.document = archive_search.document
             WHERE archive_search MATCH ?1
               AND (archives.public = 1 OR EXISTS (
                    SELECT 1 FROM archive_members
                    WHERE archive_members.document = archives.document
                      AND archive_members.member = ?2))
             ORDER BY bm25(archive_search, 0.0, 10.0, 1.0), archives.document
             LIMIT ?3 OFFSET ?4",
        )?;
        let hits = statement.query_map(
            params![
                query,
                viewer.map(MemberId::as_str),
                i64::try_from(limit).unwrap_or(i64::MAX),
                i64::try_from(offset).unwrap_or(i64::MAX),
                MATCH_START.to_string(),
                MATCH_END.to_string(),
                SNIPPET_WORDS
            ],
            |row| {
                Ok(Hit {
                    document: row.get(0)?,
                    title: row.get(1)?,
                    snippet: row.get(2)?,
                })
            },
        )?;
        Ok(hits.collect::<Result<_, _>>()?)
    }

    /// Every public record: its document id, when it was archived and its objective
    /// type's key (what a harvester may see of the archive).
    pub fn public_records(&self) -> Result<Vec<(String, UnixSeconds, Option<String>)>, StoreError> {
        let db = self.open()?;
        let mut statement = db.prepare(
            "SELECT document, archived_at, objective_type FROM archives WHERE public = 1",
        )?;
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The changes kept aside from `document`'s record, in the order they arrived.
    pub fn late_changes(&self, document: &DocumentId) -> Result<Vec<LateRow>, StoreError> {
        let db = self.open()?;
        let mut statement = db.prepare(
            "SELECT hash, author, bytes, arrived_at FROM late_changes
             WHERE document = ?1 ORDER BY arrived_at, hash",
        )?;
        let rows = statement.query_map([document.to_string()], |row| {
            Ok(LateRow {
                hash: row.get(0)?,
                author: row.get(1)?,
                bytes: row.get(2)?,
                arrived_at: row.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn visibility(db: &Connection, document: &DocumentId) -> Result<Option<Visibility>, StoreError> {
    let id = document.to_string();
    let public = db
        .query_row(
            "SELECT public FROM archives WHERE document = ?1",
            [&id],
            |row| row.get::<_, bool>(0),
        )
        .optional()?;
    let Some(public) = public else {
        return Ok(None);
    };
    let mut statement =
        db.prepare("SELECT member, role FROM archive_members WHERE document = ?1")?;
    let members = statement
        .query_map([&id], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
        })?
        .filter_map(|row| {
            let (member, role) = row.ok()?;
            Some((MemberId::new(member).ok()?, Role::from_key(&role)?))
        })
        .collect();
    Ok(Some(Visibility { public, members }))
}
