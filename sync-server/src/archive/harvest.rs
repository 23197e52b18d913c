//! The archive as an OAI-PMH repository ([`crate::oai`]): the public records only,
//! read from the `archives` table. A record never changes once archived (late changes
//! stay aside), so its datestamp is when it was archived.

use community::ObjectiveType;
use community::export::{DublinCore, Publication};

use super::html;
use super::reader::Reader;
use crate::oai::{self, OaiHeader, OaiRepository, UtcSeconds};
use crate::store::StoreError;
use crate::store::meta::UnixSeconds;

/// One OAI-PMH request's view of the archive: the headers read when it began, the
/// metadata read as it is asked for.
pub struct Harvest {
    pub reader: Reader,
    pub name: String,
    /// Where `/oai` answers, e.g. `https://praxis.example.org/oai`.
    pub base_url: String,
    pub admin_emails: Vec<String>,
    /// The domain in `oai:<it>:<document id>`.
    pub identifier: String,
    pub page_size: usize,
    headers: Vec<OaiHeader>,
}

impl Harvest {
    /// Reads every public record's header; the rest of the request reads from these.
    pub fn read(
        reader: Reader,
        name: String,
        base_url: String,
        admin_emails: Vec<String>,
        identifier: String,
        page_size: usize,
    ) -> Result<Self, StoreError> {
        let headers = reader
            .public_records()?
            .into_iter()
            .filter_map(|(id, archived_at, objective)| {
                Some(OaiHeader {
                    id,
                    datestamp: UtcSeconds::from_unix(archived_at)?,
                    sets: oai::objective_set_specs(
                        objective.as_deref().and_then(ObjectiveType::from_key),
                    ),
                })
            })
            .collect();
        Ok(Self {
            reader,
            name,
            base_url,
            admin_emails,
            identifier,
            page_size,
            headers,
        })
    }
}

impl OaiRepository for Harvest {
    fn repository_name(&self) -> &str {
        &self.name
    }

    fn base_url(&self) -> &str {
        &self.base_url
    }

    fn admin_emails(&self) -> Vec<String> {
        self.admin_emails.clone()
    }

    fn repository_identifier(&self) -> &str {
        &self.identifier
    }

    fn page_size(&self) -> usize {
        self.page_size
    }

    fn headers(&self) -> Vec<OaiHeader> {
        self.headers.clone()
    }

    fn metadata(&self, id: &str) -> Option<DublinCore> {
        let document = id.parse().ok()?;
        let record = match self.reader.record(&document) {
            Ok(record) => record.filter(|record| record.visibility.public)?,
            Err(error) => {
                tracing::error!(%document, %error, "cannot read an archived record for a harvester");
                return None;
            }
        };
        let doc = automerge::Automerge::load(&record.bytes).ok()?;
        let publication = publication(
            oai::oai_identifier(&self.identifier, id),
            record.archived_at,
            &self.name,
        );
        community::export::dublin_core(&doc, &publication).ok()
    }
}

/// What the archive says of a record that its document does not: its identifier, the
/// day it was archived, and who publishes it.
pub fn publication(identifier: String, archived_at: UnixSeconds, publisher: &str) -> Publication {
    Publication {
        identifier,
        date: html::utc(archived_at).get(..10).map(str::to_owned),
        publisher: Some(publisher.to_owned()),
        rights: None,
    }
}
