//! The archive's OAI-PMH 2.0 data provider, so library catalogues and aggregators
//! harvest the records of closed communities (<http://www.openarchives.org/OAI/openarchivesprotocol.html>).
//!
//! Sans-IO: [`respond`] takes the request's arguments (the GET query or the POST form,
//! decoded into pairs in the order given), a read-only view of the archive
//! ([`OaiRepository`]) and "now", and returns the XML body. The HTTP route serves it
//! with status 200 and [`CONTENT_TYPE`] whatever it says, errors included (§3.1.2.1).
//!
//! ```text
//! // The relay's handlers, with `archive` implementing OaiRepository. axum decodes a
//! // query or form into pairs in order, repeats kept (which the protocol must see).
//! async fn get(Query(pairs): Query<Vec<(String, String)>>) -> impl IntoResponse { … }
//! async fn post(Form(pairs): Form<Vec<(String, String)>>) -> impl IntoResponse { … }
//! // … both then:
//! let now = UtcSeconds::from_unix(unix_seconds).unwrap_or(/* a clock before year 1 */);
//! let body = sync_server::oai::respond(&archive, &pairs, now);
//! ([(CONTENT_TYPE, sync_server::oai::CONTENT_TYPE)], body)
//! ```
//!
//! The repository's `metadata` is `community::export::dublin_core` over the archived
//! document, with `Publication { identifier: oai_identifier(..), date: the archive
//! date, publisher, rights }`; `headers` gives each record's `objective_set_specs`.
//!
//! What it serves:
//! - all six verbs with one metadata format, `oai_dc`, built by
//!   [`community::export::dublin_core`] (the repository returns the
//!   [`DublinCore`] record);
//! - identifiers `oai:<repository identifier>:<document id>` ([`oai_identifier`]);
//! - datestamps to the second in UTC; `from`/`until` as days or seconds;
//! - `deletedRecord` is `no`: an archive is never deleted;
//! - sets by the community's objective type, `objective:<type key>` under the parent
//!   `objective` ([`objective_sets`], [`objective_set_specs`]): the one classification
//!   every community has, in the method's own words. A repository that returns no sets
//!   answers `noSetHierarchy`;
//! - stateless resumption tokens, [`OaiRepository::page_size`] records a page (see the
//!   `token` module for why they page by key and what happens when the list changes);
//!   `ListSets` is never paged.

mod request;
mod time;
mod token;
mod xml;
#[cfg(test)]
pub(crate) mod xmllint;

pub use time::UtcSeconds;

use community::ObjectiveType;
use community::export::DublinCore;

use request::{ListVerb, OAI_DC, Request, Selection, Start};
use token::{Key, Resumption};

/// The Content-Type of every OAI-PMH response.
pub const CONTENT_TYPE: &str = "text/xml; charset=utf-8";

/// Records (or headers) a list page holds unless the repository says otherwise.
pub const DEFAULT_PAGE_SIZE: usize = 100;

/// A read-only view of the archive, as the provider needs it. The relay implements it
/// over its table of archived communities; tests over a `Vec`.
pub trait OaiRepository {
    /// A human-readable name for the repository, e.g. "Praxis archive of PAHO".
    fn repository_name(&self) -> &str;
    /// The URL the OAI-PMH endpoint answers at, e.g. `https://relay.example.org/oai`.
    fn base_url(&self) -> &str;
    /// Who administers the repository (at least one address, as the protocol requires).
    fn admin_emails(&self) -> Vec<String>;
    /// The repository's domain name, the middle of `oai:<it>:<document id>`.
    fn repository_identifier(&self) -> &str;
    /// The sets records may belong to; none means the repository has no sets.
    fn sets(&self) -> Vec<OaiSet> {
        objective_sets()
    }
    /// How many records a list page holds.
    fn page_size(&self) -> usize {
        DEFAULT_PAGE_SIZE
    }
    /// Every archived record's header, in any order (the provider filters, orders and
    /// pages them: an organisation's archive is thousands of records at most).
    fn headers(&self) -> Vec<OaiHeader>;
    /// One record's header by document id.
    fn header(&self, id: &str) -> Option<OaiHeader> {
        self.headers().into_iter().find(|header| header.id == id)
    }
    /// One record's Dublin Core, by document id; `None` if it cannot be produced (the
    /// archived document does not read), which the provider reports as the protocol
    /// says (`cannotDisseminateFormat`, `noMetadataFormats`, a header without
    /// metadata in `ListRecords`).
    fn metadata(&self, id: &str) -> Option<DublinCore>;
}

/// An archived record's header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OaiHeader {
    /// The community's document id (the end of its OAI identifier).
    pub id: String,
    /// When the record last changed: archived, or changed late.
    pub datestamp: UtcSeconds,
    /// The setSpecs it belongs to, e.g. from [`objective_set_specs`].
    pub sets: Vec<String>,
}

/// A set, as `ListSets` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OaiSet {
    pub spec: String,
    pub name: String,
}

/// The protocol's error conditions (§3.6), each with a message for people.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OaiError {
    #[error("{0}")]
    BadArgument(String),
    #[error("{0}")]
    BadResumptionToken(String),
    #[error("{0}")]
    BadVerb(String),
    #[error("{0}")]
    CannotDisseminateFormat(String),
    #[error("{0}")]
    IdDoesNotExist(String),
    #[error("{0}")]
    NoRecordsMatch(String),
    #[error("{0}")]
    NoMetadataFormats(String),
    #[error("{0}")]
    NoSetHierarchy(String),
}

impl OaiError {
    /// The error's `code` attribute.
    pub fn code(&self) -> &'static str {
        match self {
            Self::BadArgument(_) => "badArgument",
            Self::BadResumptionToken(_) => "badResumptionToken",
            Self::BadVerb(_) => "badVerb",
            Self::CannotDisseminateFormat(_) => "cannotDisseminateFormat",
            Self::IdDoesNotExist(_) => "idDoesNotExist",
            Self::NoRecordsMatch(_) => "noRecordsMatch",
            Self::NoMetadataFormats(_) => "noMetadataFormats",
            Self::NoSetHierarchy(_) => "noSetHierarchy",
        }
    }
}

/// The OAI identifier of the community `id` in the repository `repository`.
pub fn oai_identifier(repository: &str, id: &str) -> String {
    format!("oai:{repository}:{id}")
}

/// The parent set `objective` and one set per objective type of the method.
pub fn objective_sets() -> Vec<OaiSet> {
    let mut sets = vec![OaiSet {
        spec: "objective".into(),
        name: "Communities by objective type".into(),
    }];
    sets.extend(ObjectiveType::ALL.into_iter().map(|kind| OaiSet {
        spec: objective_set_spec(kind),
        name: format!("Objective: {}", objective_name(kind)),
    }));
    sets
}

/// The setSpecs of a community with this objective type (none when it has none).
pub fn objective_set_specs(kind: Option<ObjectiveType>) -> Vec<String> {
    kind.map(objective_set_spec).into_iter().collect()
}

fn objective_set_spec(kind: ObjectiveType) -> String {
    format!("objective:{}", kind.key())
}

fn objective_name(kind: ObjectiveType) -> &'static str {
    match kind {
        ObjectiveType::ProblemSolving => "problem solving",
        ObjectiveType::GenerationOfIdeas => "generation of ideas",
        ObjectiveType::SharingKnowledgeBetweenInstitutions => {
            "sharing knowledge between institutions"
        }
        ObjectiveType::DevelopingBestPractices => "developing best practices",
        ObjectiveType::LessonsLearned => "lessons learned",
        ObjectiveType::PostActionReviews => "post-action reviews",
    }
}

/// The XML answer to the OAI-PMH request `params`, at `now`.
pub fn respond(
    repository: &impl OaiRepository,
    params: &[(String, String)],
    now: UtcSeconds,
) -> String {
    let request = request::parse(params);
    // §3.6: after badVerb or badArgument the request element carries no arguments.
    let echoed: &[(String, String)] = if request.is_ok() { params } else { &[] };
    let body = request.and_then(|request| answer(repository, request, now));
    xml::envelope(now, repository.base_url(), echoed, &body)
}

/// The verb's element, or the error that answers it.
fn answer(
    repository: &impl OaiRepository,
    request: Request,
    now: UtcSeconds,
) -> Result<String, OaiError> {
    match request {
        Request::Identify => Ok(identify(repository, now)),
        Request::ListMetadataFormats { identifier } => {
            if let Some(identifier) = identifier {
                let id = existing(repository, &identifier)?.id;
                if repository.metadata(&id).is_none() {
                    return Err(OaiError::NoMetadataFormats(format!(
                        "The record of {identifier} cannot be read."
                    )));
                }
            }
            Ok(xml::metadata_formats())
        }
        Request::ListSets { token: Some(_) } => Err(OaiError::BadResumptionToken(
            "This repository lists its sets in one response and issues no tokens for them.".into(),
        )),
        Request::ListSets { token: None } => {
            let sets = repository.sets();
            if sets.is_empty() {
                return Err(no_sets());
            }
            Ok(xml::sets(&sets))
        }
        Request::GetRecord { identifier, prefix } => {
            let header = existing(repository, &identifier)?;
            check_prefix(&prefix)?;
            let metadata = repository.metadata(&header.id).ok_or_else(|| {
                OaiError::CannotDisseminateFormat(format!(
                    "The record of {identifier} cannot be read."
                ))
            })?;
            Ok(format!(
                "<GetRecord>{}</GetRecord>",
                xml::record(repository.repository_identifier(), &header, Some(&metadata))
            ))
        }
        Request::List { verb, start } => list(repository, verb, start, now),
    }
}

fn identify(repository: &impl OaiRepository, now: UtcSeconds) -> String {
    let earliest = repository
        .headers()
        .iter()
        .map(|header| header.datestamp)
        .min()
        // An empty archive: any instant is a lower bound of its (no) datestamps.
        .unwrap_or(now);
    xml::identify(
        repository.repository_name(),
        repository.base_url(),
        &repository.admin_emails(),
        earliest,
    )
}

/// The header of the record `identifier` names, or `idDoesNotExist`.
fn existing(repository: &impl OaiRepository, identifier: &str) -> Result<OaiHeader, OaiError> {
    identifier
        .strip_prefix("oai:")
        .and_then(|rest| rest.strip_prefix(repository.repository_identifier()))
        .and_then(|rest| rest.strip_prefix(':'))
        .and_then(|id| repository.header(id))
        .ok_or_else(|| {
            OaiError::IdDoesNotExist(format!("No record has the identifier {identifier}."))
        })
}

fn check_prefix(prefix: &str) -> Result<(), OaiError> {
    if prefix == OAI_DC {
        Ok(())
    } else {
        Err(OaiError::CannotDisseminateFormat(format!(
            "Records are disseminated as oai_dc only, not {prefix}."
        )))
    }
}

fn no_sets() -> OaiError {
    OaiError::NoSetHierarchy("This repository has no sets.".into())
}

/// One page of `ListIdentifiers` or `ListRecords`.
fn list(
    repository: &impl OaiRepository,
    verb: ListVerb,
    start: Start,
    now: UtcSeconds,
) -> Result<String, OaiError> {
    let (selection, after) = match start {
        Start::Fresh(selection) => {
            check_prefix(&selection.prefix)?;
            if selection.set.is_some() && repository.sets().is_empty() {
                return Err(no_sets());
            }
            let until = selection.until.unwrap_or(now);
            (
                Selection {
                    until: Some(until),
                    ..selection
                },
                None,
            )
        }
        Start::Resume(token) => {
            let resumption = token::decode(verb.name(), &token).ok_or_else(|| {
                OaiError::BadResumptionToken(
                    "This resumptionToken was not issued for this list.".into(),
                )
            })?;
            (resumption.selection, Some(resumption.after))
        }
    };
    let mut matching: Vec<OaiHeader> = repository
        .headers()
        .into_iter()
        .filter(|header| selects(&selection, header))
        .collect();
    matching.sort_by_cached_key(key);
    if matching.is_empty() && after.is_none() {
        return Err(OaiError::NoRecordsMatch(
            "No record matches these dates and set.".into(),
        ));
    }
    let cursor = after.as_ref().map_or(0, |after| {
        matching.partition_point(|header| key(header) <= *after)
    });
    let remaining = &matching[cursor..];
    if remaining.is_empty() {
        return Err(OaiError::BadResumptionToken(
            "The records after this token have changed since it was issued; harvest again.".into(),
        ));
    }
    let page_size = repository.page_size().max(1);
    let page = &remaining[..page_size.min(remaining.len())];
    let more = remaining.len() > page.len();
    let mut out = format!("<{}>", verb.name());
    for header in page {
        out.push_str(&match verb {
            ListVerb::Identifiers => xml::header(repository.repository_identifier(), header),
            ListVerb::Records => xml::record(
                repository.repository_identifier(),
                header,
                repository.metadata(&header.id).as_ref(),
            ),
        });
    }
    // One page holding the whole list carries no token (§3.5).
    if more || after.is_some() {
        let token = match page.last() {
            Some(last) if more => token::encode(
                verb.name(),
                &Resumption {
                    selection,
                    after: key(last),
                },
            ),
            _ => String::new(),
        };
        out.push_str(&xml::resumption_token(&token, matching.len(), cursor));
    }
    out.push_str(&format!("</{}>", verb.name()));
    Ok(out)
}

fn key(header: &OaiHeader) -> Key {
    Key {
        datestamp: header.datestamp,
        id: header.id.clone(),
    }
}

/// Whether `header` is within the selection's dates and set. A set selects its own
/// records and those of the sets below it (`objective` selects every
/// `objective:<type>`).
fn selects(selection: &Selection, header: &OaiHeader) -> bool {
    let in_set = selection.set.as_ref().is_none_or(|set| {
        header.sets.iter().any(|spec| {
            spec == set
                || spec
                    .strip_prefix(set.as_str())
                    .is_some_and(|rest| rest.starts_with(':'))
        })
    });
    in_set
        && selection.from.is_none_or(|from| header.datestamp >= from)
        && selection
            .until
            .is_none_or(|until| header.datestamp <= until)
}

#[cfg(test)]
mod tests;
