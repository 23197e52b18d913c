//! The archived community as a simple Dublin Core record: the fifteen elements of
//! <http://purl.org/dc/elements/1.1/> that catalogues and OAI-PMH harvesters read.
//!
//! What each element holds, and why:
//! - `title`: the community's title.
//! - `creator`: the leaders' names; `contributor`: every other member's name. Members
//!   are listed by name only (no member ids, which are device key hashes), and one
//!   without a name is left out.
//! - `subject`: the objective type in the method's words, then each target audience.
//! - `description`: the problem statement, then the objective, each labelled.
//! - `date`: the day the leader closed the community, when it is closed; else the
//!   caller's ([`Publication`]).
//! - `identifier`, `publisher`, `rights`: the caller's: the relay knows under which
//!   identifier it archived the community, for which organisation and under which
//!   terms; the document does not.
//! - `type`: `Text` from the DCMI Type Vocabulary: the record is the written work of
//!   the community (its design, discussions and summaries). Not `Collection`, which
//!   DSpace readers would confuse with a DSpace collection.
//! - `language`: the community's working language (ISO 639-1) when its leader set one;
//!   else the languages the discussions' guidelines name, as written there.

use automerge::Automerge;

use super::xml::escape;
use crate::{CommunityError, ObjectiveType, Role};

/// The DCMI Type the record has (see the module documentation).
const DCMI_TYPE: &str = "Text";

/// What the caller knows about an archived community that its document does not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Publication {
    /// The record's identifier, e.g. the OAI identifier or the archive page's URL.
    pub identifier: String,
    /// When it was archived (or closed), `YYYY-MM-DD` or a full ISO 8601 date-time.
    pub date: Option<String>,
    /// The organisation that publishes the archive.
    pub publisher: Option<String>,
    /// The terms the archive is published under.
    pub rights: Option<String>,
}

/// A simple Dublin Core record: every element may repeat, in this order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DublinCore {
    pub title: Vec<String>,
    pub creator: Vec<String>,
    pub subject: Vec<String>,
    pub description: Vec<String>,
    pub publisher: Vec<String>,
    pub contributor: Vec<String>,
    pub date: Vec<String>,
    pub r#type: Vec<String>,
    pub format: Vec<String>,
    pub identifier: Vec<String>,
    pub source: Vec<String>,
    pub language: Vec<String>,
    pub relation: Vec<String>,
    pub coverage: Vec<String>,
    pub rights: Vec<String>,
}

/// The Dublin Core record of the community `doc` holds, published as `publication`
/// says. Fails only when the document is not a community this build reads.
pub fn dublin_core(
    doc: &Automerge,
    publication: &Publication,
) -> Result<DublinCore, CommunityError> {
    let community = crate::read(doc)?;
    let design = &community.design;
    let mut record = DublinCore::default();
    push_text(&mut record.title, &design.title);
    for member in &design.members {
        if member.role == Some(Role::Leader) {
            push_text(&mut record.creator, &member.name);
        } else {
            push_text(&mut record.contributor, &member.name);
        }
    }
    if let Some(kind) = design.objective.kind {
        record.subject.push(objective_label(kind).to_owned());
    }
    for audience in &design.audiences {
        push_text(&mut record.subject, &audience.text);
    }
    if !design.problem.trim().is_empty() {
        record
            .description
            .push(format!("Problem: {}", design.problem.trim()));
    }
    if !design.objective.text.trim().is_empty() {
        record
            .description
            .push(format!("Objective: {}", design.objective.text.trim()));
    }
    if let Some(language) = design.language {
        record.language.push(language.key().to_owned());
    } else {
        for discussion in &community.discussions {
            let language = discussion.guidelines.language.trim();
            if !language.is_empty() && !record.language.iter().any(|known| known == language) {
                record.language.push(language.to_owned());
            }
        }
    }
    record.r#type.push(DCMI_TYPE.to_owned());
    push_text(&mut record.identifier, &publication.identifier);
    let closed_on = community
        .closure
        .as_ref()
        .and_then(|closure| closure.at.get(..10))
        .map(str::to_owned);
    for (element, value) in [
        (
            &mut record.date,
            &closed_on.or_else(|| publication.date.clone()),
        ),
        (&mut record.publisher, &publication.publisher),
        (&mut record.rights, &publication.rights),
    ] {
        if let Some(value) = value {
            push_text(element, value);
        }
    }
    Ok(record)
}

/// The objective type as a subject heading, in the method's (English) words.
pub(crate) fn objective_label(kind: ObjectiveType) -> &'static str {
    match kind {
        ObjectiveType::ProblemSolving => "Problem solving",
        ObjectiveType::GenerationOfIdeas => "Generation of ideas",
        ObjectiveType::SharingKnowledgeBetweenInstitutions => {
            "Sharing knowledge between institutions"
        }
        ObjectiveType::DevelopingBestPractices => "Developing best practices",
        ObjectiveType::LessonsLearned => "Lessons learned",
        ObjectiveType::PostActionReviews => "Post-action reviews",
    }
}

/// Adds `value` trimmed, unless it is empty: an empty element says nothing.
fn push_text(element: &mut Vec<String>, value: &str) {
    let value = value.trim();
    if !value.is_empty() {
        element.push(value.to_owned());
    }
}

impl DublinCore {
    /// Every element with its values, in the order of the DCMES.
    pub fn elements(&self) -> [(&'static str, &[String]); 15] {
        [
            ("title", &self.title),
            ("creator", &self.creator),
            ("subject", &self.subject),
            ("description", &self.description),
            ("publisher", &self.publisher),
            ("contributor", &self.contributor),
            ("date", &self.date),
            ("type", &self.r#type),
            ("format", &self.format),
            ("identifier", &self.identifier),
            ("source", &self.source),
            ("language", &self.language),
            ("relation", &self.relation),
            ("coverage", &self.coverage),
            ("rights", &self.rights),
        ]
    }

    /// The `oai_dc:dc` element OAI-PMH's `metadata` carries for the `oai_dc` format
    /// (valid against <http://www.openarchives.org/OAI/2.0/oai_dc.xsd>). No XML
    /// declaration: it is meant to sit inside a response.
    pub fn to_oai_dc_xml(&self) -> String {
        let mut out = String::from(
            "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" \
             xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
             xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
             xsi:schemaLocation=\"http://www.openarchives.org/OAI/2.0/oai_dc/ \
             http://www.openarchives.org/OAI/2.0/oai_dc.xsd\">",
        );
        for (element, values) in self.elements() {
            for value in values {
                out.push_str(&format!("<dc:{element}>{}</dc:{element}>", escape(value)));
            }
        }
        out.push_str("</oai_dc:dc>");
        out
    }

    /// DSpace's `dublin_core.xml` for its Simple Archive Format (one `dcvalue` per
    /// value, `qualifier="none"`), a whole UTF-8 XML document.
    pub fn to_saf_xml(&self) -> String {
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dublin_core>\n");
        for (element, values) in self.elements() {
            for value in values {
                out.push_str(&format!(
                    "  <dcvalue element=\"{element}\" qualifier=\"none\">{}</dcvalue>\n",
                    escape(value)
                ));
            }
        }
        out.push_str("</dublin_core>\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        MemberId, NewDiscussion, ObjectiveType, Role, add_audience, create, create_discussion,
        set_member, set_objective_text, set_objective_type,
    };

    fn member(doc: &mut Automerge, id: &str, name: &str, role: Role) -> MemberId {
        let id = MemberId::new(id).expect("member id");
        set_member(doc, &id, name, role).expect("member");
        id
    }

    fn sample() -> Automerge {
        let mut doc =
            create("Dengue <response> & care", "Cases rise each rainy season.").expect("create");
        let leader = member(&mut doc, "lead", "Ana Pérez", Role::Leader);
        member(&mut doc, "mod", "Bruno Silva", Role::Moderator);
        member(&mut doc, "part", "Chloé Martin", Role::Participant);
        set_objective_type(&mut doc, ObjectiveType::LessonsLearned).expect("type");
        set_objective_text(&mut doc, "Share what worked in 2025.").expect("objective");
        add_audience(&mut doc, "Nurses in primary care").expect("audience");
        create_discussion(
            &mut doc,
            &leader,
            &NewDiscussion {
                title: "Triage".into(),
                guidelines: crate::Guidelines {
                    language: "es".into(),
                    ..Default::default()
                },
                ..Default::default()
            },
        )
        .expect("discussion");
        doc
    }

    fn publication() -> Publication {
        Publication {
            identifier: "oai:praxis.example.org:2Xj9".into(),
            date: Some("2026-11-29".into()),
            publisher: Some("PAHO".into()),
            rights: Some("CC BY 4.0".into()),
        }
    }

    #[test]
    fn the_communitys_own_language_is_its_iso_code() {
        let mut doc = sample();
        let leader = MemberId::new("lead").expect("member id");
        crate::sign_as(&mut doc, &leader);
        crate::set_language(&mut doc, crate::Language::Pt).expect("language");
        let record = dublin_core(&doc, &publication()).expect("record");
        assert_eq!(record.language, ["pt"], "not the guidelines' free text");
    }

    #[test]
    fn a_closed_community_is_dated_by_its_closing() {
        let mut doc = sample();
        let leader = MemberId::new("lead").expect("member id");
        crate::sign_as(&mut doc, &leader);
        crate::start_implementation(&mut doc, &leader, true).expect("phase II");
        crate::start_conclusion(&mut doc, &leader).expect("phase III");
        let at = "2026-10-02T09:30:00Z";
        let survey =
            crate::open_assessment(&mut doc, &leader, crate::AssessmentKind::Final, "", at)
                .expect("final assessment");
        let objective = crate::QuestionId::new("objective").expect("question id");
        crate::answer_assessment(
            &mut doc,
            &leader,
            &survey,
            &[(objective, crate::Answer::Scale(5))],
            at,
        )
        .expect("answer");
        crate::close_community(&mut doc, &leader, at, true).expect("closed");
        let record = dublin_core(&doc, &publication()).expect("record");
        assert_eq!(
            record.date,
            ["2026-10-02"],
            "the closing day, not the caller's"
        );
    }

    #[test]
    fn the_record_holds_the_design_and_the_callers_publication() {
        let record = dublin_core(&sample(), &publication()).expect("record");
        assert_eq!(record.title, ["Dengue <response> & care"]);
        assert_eq!(record.creator, ["Ana Pérez"]);
        // Sorted by member id: mod, part.
        assert_eq!(record.contributor, ["Bruno Silva", "Chloé Martin"]);
        assert_eq!(
            record.subject,
            ["Lessons learned", "Nurses in primary care"]
        );
        assert_eq!(
            record.description,
            [
                "Problem: Cases rise each rainy season.",
                "Objective: Share what worked in 2025."
            ]
        );
        assert_eq!(record.date, ["2026-11-29"]);
        assert_eq!(record.identifier, ["oai:praxis.example.org:2Xj9"]);
        assert_eq!(record.publisher, ["PAHO"]);
        assert_eq!(record.rights, ["CC BY 4.0"]);
        assert_eq!(record.r#type, ["Text"]);
        assert_eq!(record.language, ["es"]);
    }

    #[test]
    fn a_bare_community_has_a_title_a_type_and_its_identifier_only() {
        let doc = create("Bare", "").expect("create");
        let record = dublin_core(
            &doc,
            &Publication {
                identifier: "x".into(),
                ..Default::default()
            },
        )
        .expect("record");
        let filled: Vec<_> = record
            .elements()
            .into_iter()
            .filter(|(_, values)| !values.is_empty())
            .map(|(name, _)| name)
            .collect();
        assert_eq!(filled, ["title", "type", "identifier"]);
    }

    #[test]
    fn oai_dc_escapes_values_inside_dc_elements() {
        let xml = dublin_core(&sample(), &publication())
            .expect("record")
            .to_oai_dc_xml();
        assert!(xml.starts_with(
            "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\""
        ));
        assert!(xml.contains("<dc:title>Dengue &lt;response&gt; &amp; care</dc:title>"));
        assert!(xml.contains("<dc:creator>Ana Pérez</dc:creator>"));
        assert!(xml.ends_with("</oai_dc:dc>"));
    }

    #[test]
    fn saf_writes_one_dcvalue_per_value() {
        let xml = dublin_core(&sample(), &publication())
            .expect("record")
            .to_saf_xml();
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dublin_core>\n"));
        assert!(xml.contains(
            "<dcvalue element=\"title\" qualifier=\"none\">Dengue &lt;response&gt; &amp; care</dcvalue>"
        ));
        assert_eq!(xml.matches("element=\"contributor\"").count(), 2);
        assert!(xml.contains("<dcvalue element=\"date\" qualifier=\"none\">2026-11-29</dcvalue>"));
    }
}
