//! Writing OAI-PMH responses: the envelope and each verb's elements, as the protocol's
//! schema (`OAI-PMH.xsd`) lays them out. Every value goes through
//! [`community::export::xml::escape`].

use community::export::DublinCore;
use community::export::xml::escape;

use super::time::UtcSeconds;
use super::{OaiError, OaiHeader, OaiSet, oai_identifier};

/// The whole response: declaration, envelope, `responseDate`, `request` (with the
/// arguments `echoed`), then the verb's element or the error.
pub(super) fn envelope(
    now: UtcSeconds,
    base_url: &str,
    echoed: &[(String, String)],
    body: &Result<String, OaiError>,
) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://www.openarchives.org/OAI/2.0/ \
         http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd\">\n",
    );
    out.push_str(&format!("<responseDate>{now}</responseDate>\n<request"));
    for (name, value) in echoed {
        out.push_str(&format!(" {}=\"{}\"", escape(name), escape(value)));
    }
    out.push_str(&format!(">{}</request>\n", escape(base_url)));
    match body {
        Ok(element) => out.push_str(element),
        Err(error) => out.push_str(&format!(
            "<error code=\"{}\">{}</error>",
            error.code(),
            escape(&error.to_string())
        )),
    }
    out.push_str("\n</OAI-PMH>\n");
    out
}

pub(super) fn identify(
    name: &str,
    base_url: &str,
    admin_emails: &[String],
    earliest: UtcSeconds,
) -> String {
    let mut out = format!(
        "<Identify><repositoryName>{}</repositoryName><baseURL>{}</baseURL>\
         <protocolVersion>2.0</protocolVersion>",
        escape(name),
        escape(base_url)
    );
    for email in admin_emails {
        out.push_str(&format!("<adminEmail>{}</adminEmail>", escape(email)));
    }
    out.push_str(&format!(
        "<earliestDatestamp>{earliest}</earliestDatestamp>\
         <deletedRecord>no</deletedRecord>\
         <granularity>YYYY-MM-DDThh:mm:ssZ</granularity></Identify>"
    ));
    out
}

pub(super) fn metadata_formats() -> String {
    "<ListMetadataFormats><metadataFormat><metadataPrefix>oai_dc</metadataPrefix>\
     <schema>http://www.openarchives.org/OAI/2.0/oai_dc.xsd</schema>\
     <metadataNamespace>http://www.openarchives.org/OAI/2.0/oai_dc/</metadataNamespace>\
     </metadataFormat></ListMetadataFormats>"
        .into()
}

pub(super) fn sets(sets: &[OaiSet]) -> String {
    let mut out = String::from("<ListSets>");
    for set in sets {
        out.push_str(&format!(
            "<set><setSpec>{}</setSpec><setName>{}</setName></set>",
            escape(&set.spec),
            escape(&set.name)
        ));
    }
    out.push_str("</ListSets>");
    out
}

pub(super) fn header(repository: &str, header: &OaiHeader) -> String {
    let mut out = format!(
        "<header><identifier>{}</identifier><datestamp>{}</datestamp>",
        escape(&oai_identifier(repository, &header.id)),
        header.datestamp
    );
    for spec in &header.sets {
        out.push_str(&format!("<setSpec>{}</setSpec>", escape(spec)));
    }
    out.push_str("</header>");
    out
}

/// A record; without `metadata` when the repository could not produce it (the schema
/// allows a header alone).
pub(super) fn record(
    repository: &str,
    header_of: &OaiHeader,
    metadata: Option<&DublinCore>,
) -> String {
    let metadata = metadata
        .map(|record| format!("<metadata>{}</metadata>", record.to_oai_dc_xml()))
        .unwrap_or_default();
    format!(
        "<record>{}{metadata}</record>",
        header(repository, header_of)
    )
}

/// A list's resumption token; `token` is empty on the last page.
pub(super) fn resumption_token(token: &str, complete_list_size: usize, cursor: usize) -> String {
    format!(
        "<resumptionToken completeListSize=\"{complete_list_size}\" cursor=\"{cursor}\">{}</resumptionToken>",
        escape(token)
    )
}
