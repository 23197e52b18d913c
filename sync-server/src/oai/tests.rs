//! The provider against the protocol's own schema (every verb, every error) and
//! against what a harvester relies on: identifiers, datestamps, sets, and token paging
//! that hands over every record exactly once.

use std::collections::BTreeSet;

use community::ObjectiveType;
use community::export::{DublinCore, Publication, dublin_core};

use super::xmllint::{OAI_PMH, assert_valid};
use super::*;

const REPOSITORY: &str = "praxis.example.org";

/// An archive in memory.
struct Archive {
    records: Vec<(OaiHeader, Option<DublinCore>)>,
    sets: bool,
    page_size: usize,
}

impl OaiRepository for Archive {
    fn repository_name(&self) -> &str {
        "Praxis archive & records"
    }
    fn base_url(&self) -> &str {
        "https://relay.example.org/oai"
    }
    fn admin_emails(&self) -> Vec<String> {
        vec!["archive@example.org".into()]
    }
    fn repository_identifier(&self) -> &str {
        REPOSITORY
    }
    fn sets(&self) -> Vec<OaiSet> {
        if self.sets {
            objective_sets()
        } else {
            Vec::new()
        }
    }
    fn page_size(&self) -> usize {
        self.page_size
    }
    fn headers(&self) -> Vec<OaiHeader> {
        self.records
            .iter()
            .map(|(header, _)| header.clone())
            .collect()
    }
    fn metadata(&self, id: &str) -> Option<DublinCore> {
        self.records
            .iter()
            .find(|(header, _)| header.id == id)
            .and_then(|(_, metadata)| metadata.clone())
    }
}

fn at(text: &str) -> UtcSeconds {
    UtcSeconds::parse_datestamp(text).expect("datestamp")
}

fn now() -> UtcSeconds {
    at("2026-11-29T20:00:00Z")
}

/// A record for a real community document, as the relay would make it.
fn archived(id: &str, datestamp: &str, kind: ObjectiveType) -> (OaiHeader, Option<DublinCore>) {
    let mut doc = community::create(&format!("Community {id}"), "A problem <worth> solving")
        .expect("community");
    community::set_objective_type(&mut doc, kind).expect("objective type");
    let metadata = dublin_core(
        &doc,
        &Publication {
            identifier: oai_identifier(REPOSITORY, id),
            date: Some(datestamp[..10].to_owned()),
            ..Default::default()
        },
    )
    .expect("dublin core");
    (
        OaiHeader {
            id: id.into(),
            datestamp: at(datestamp),
            sets: objective_set_specs(Some(kind)),
        },
        Some(metadata),
    )
}

/// Seven communities archived over a year, two of them lessons learned.
fn archive() -> Archive {
    let kinds = [
        ObjectiveType::ProblemSolving,
        ObjectiveType::LessonsLearned,
        ObjectiveType::ProblemSolving,
        ObjectiveType::GenerationOfIdeas,
        ObjectiveType::LessonsLearned,
        ObjectiveType::PostActionReviews,
        ObjectiveType::ProblemSolving,
    ];
    let stamps = [
        "2026-03-01T09:00:00Z",
        "2026-01-15T12:30:00Z",
        // Two records archived in the same second: the id orders them.
        "2026-05-05T05:05:05Z",
        "2026-05-05T05:05:05Z",
        "2026-07-20T23:59:59Z",
        "2026-09-01T00:00:00Z",
        "2026-11-29T19:00:00Z",
    ];
    Archive {
        records: (0..7)
            .map(|index| archived(&format!("doc{index}"), stamps[index], kinds[index]))
            .collect(),
        sets: true,
        page_size: 3,
    }
}

fn ask(repository: &Archive, pairs: &[(&str, &str)]) -> String {
    let params: Vec<(String, String)> = pairs
        .iter()
        .map(|(key, value)| ((*key).to_owned(), (*value).to_owned()))
        .collect();
    let xml = respond(repository, &params, now());
    assert_valid(&xml, OAI_PMH);
    xml
}

/// The text of every `<tag>…</tag>` (no attributes), in order.
fn texts(xml: &str, tag: &str) -> Vec<String> {
    let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
    xml.split(&open)
        .skip(1)
        .map(|rest| rest.split(&close).next().unwrap_or_default().to_owned())
        .collect()
}

/// The error code of a response, if it is an error.
fn error_code(xml: &str) -> Option<String> {
    let rest = xml.split("<error code=\"").nth(1)?;
    Some(rest.split('"').next()?.to_owned())
}

/// The request element's opening tag.
fn request_element(xml: &str) -> String {
    let rest = xml.split("<request").nth(1).expect("request element");
    format!("<request{}", rest.split('>').next().expect("tag end"))
}

/// The resumption token element: (token, completeListSize, cursor), if any.
fn resumption(xml: &str) -> Option<(String, usize, usize)> {
    let rest = xml.split("<resumptionToken ").nth(1)?;
    let attribute = |name: &str| -> usize {
        rest.split(&format!("{name}=\""))
            .nth(1)
            .and_then(|value| value.split('"').next())
            .and_then(|value| value.parse().ok())
            .expect("attribute")
    };
    let token = rest.split('>').nth(1)?.split('<').next()?.to_owned();
    Some((token, attribute("completeListSize"), attribute("cursor")))
}

#[test]
fn identify_describes_the_repository() {
    let xml = ask(&archive(), &[("verb", "Identify")]);
    assert_eq!(request_element(&xml), "<request verb=\"Identify\"");
    assert_eq!(texts(&xml, "responseDate"), ["2026-11-29T20:00:00Z"]);
    assert_eq!(
        texts(&xml, "repositoryName"),
        ["Praxis archive &amp; records"]
    );
    assert_eq!(texts(&xml, "protocolVersion"), ["2.0"]);
    assert_eq!(texts(&xml, "adminEmail"), ["archive@example.org"]);
    assert_eq!(texts(&xml, "earliestDatestamp"), ["2026-01-15T12:30:00Z"]);
    assert_eq!(texts(&xml, "deletedRecord"), ["no"]);
    assert_eq!(texts(&xml, "granularity"), ["YYYY-MM-DDThh:mm:ssZ"]);
    let empty = Archive {
        records: Vec::new(),
        ..archive()
    };
    let xml = ask(&empty, &[("verb", "Identify")]);
    assert_eq!(texts(&xml, "earliestDatestamp"), ["2026-11-29T20:00:00Z"]);
}

#[test]
fn metadata_formats_are_oai_dc_for_the_repository_and_for_a_record() {
    for pairs in [
        &[("verb", "ListMetadataFormats")][..],
        &[
            ("verb", "ListMetadataFormats"),
            ("identifier", "oai:praxis.example.org:doc3"),
        ][..],
    ] {
        let xml = ask(&archive(), pairs);
        assert_eq!(texts(&xml, "metadataPrefix"), ["oai_dc"]);
        assert_eq!(
            texts(&xml, "metadataNamespace"),
            ["http://www.openarchives.org/OAI/2.0/oai_dc/"]
        );
    }
}

#[test]
fn sets_are_the_objective_types_under_one_parent() {
    let xml = ask(&archive(), &[("verb", "ListSets")]);
    assert_eq!(
        texts(&xml, "setSpec"),
        [
            "objective",
            "objective:problem_solving",
            "objective:generation_of_ideas",
            "objective:sharing_knowledge_between_institutions",
            "objective:developing_best_practices",
            "objective:lessons_learned",
            "objective:post_action_reviews",
        ]
    );
    assert!(xml.contains("<setName>Objective: lessons learned</setName>"));
}

#[test]
fn get_record_returns_the_header_and_the_dublin_core() {
    let xml = ask(
        &archive(),
        &[
            ("verb", "GetRecord"),
            ("identifier", "oai:praxis.example.org:doc1"),
            ("metadataPrefix", "oai_dc"),
        ],
    );
    assert_eq!(
        request_element(&xml),
        "<request verb=\"GetRecord\" identifier=\"oai:praxis.example.org:doc1\" \
         metadataPrefix=\"oai_dc\""
    );
    assert_eq!(texts(&xml, "identifier"), ["oai:praxis.example.org:doc1"]);
    assert_eq!(texts(&xml, "datestamp"), ["2026-01-15T12:30:00Z"]);
    assert_eq!(texts(&xml, "setSpec"), ["objective:lessons_learned"]);
    assert_eq!(texts(&xml, "dc:title"), ["Community doc1"]);
    assert_eq!(
        texts(&xml, "dc:description"),
        ["Problem: A problem &lt;worth&gt; solving"]
    );
    assert_eq!(texts(&xml, "dc:subject"), ["Lessons learned"]);
    assert_eq!(
        texts(&xml, "dc:identifier"),
        ["oai:praxis.example.org:doc1"]
    );
}

/// Harvests a whole list page by page, checking each page's token attributes, and
/// returns the identifiers in the order received.
fn harvest(repository: &Archive, verb: &str, first: &[(&str, &str)]) -> Vec<String> {
    let mut pairs: Vec<(&str, &str)> = vec![("verb", verb)];
    pairs.extend_from_slice(first);
    let mut xml = ask(repository, &pairs);
    let mut seen = texts(&xml, "identifier");
    let Some((mut token, size, cursor)) = resumption(&xml) else {
        return seen;
    };
    assert_eq!(cursor, 0);
    while !token.is_empty() {
        xml = ask(repository, &[("verb", verb), ("resumptionToken", &token)]);
        assert_eq!(
            request_element(&xml),
            format!("<request verb=\"{verb}\" resumptionToken=\"{token}\"")
        );
        let (next, page_size, page_cursor) = resumption(&xml).expect("a resumed page has a token");
        assert_eq!(page_size, size, "completeListSize stays the same");
        assert_eq!(page_cursor, seen.len(), "the cursor counts what was sent");
        seen.extend(texts(&xml, "identifier"));
        token = next;
    }
    assert_eq!(seen.len(), size);
    seen
}

#[test]
fn tokens_page_through_every_record_exactly_once_in_datestamp_order() {
    let repository = archive();
    for verb in ["ListIdentifiers", "ListRecords"] {
        let seen = harvest(&repository, verb, &[("metadataPrefix", "oai_dc")]);
        let expected: Vec<String> = ["doc1", "doc0", "doc2", "doc3", "doc4", "doc5", "doc6"]
            .iter()
            .map(|id| format!("oai:praxis.example.org:{id}"))
            .collect();
        assert_eq!(seen, expected, "{verb}");
    }
    // ListRecords carries the metadata of each record it lists.
    let xml = ask(
        &repository,
        &[("verb", "ListRecords"), ("metadataPrefix", "oai_dc")],
    );
    assert_eq!(
        texts(&xml, "dc:title"),
        ["Community doc1", "Community doc0", "Community doc2"]
    );
}

#[test]
fn one_page_lists_carry_no_token_and_selections_are_inclusive() {
    let repository = Archive {
        page_size: 100,
        ..archive()
    };
    let xml = ask(
        &repository,
        &[("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc")],
    );
    assert_eq!(texts(&xml, "identifier").len(), 7);
    assert!(!xml.contains("resumptionToken"));

    let ids = |pairs: &[(&str, &str)]| -> Vec<String> {
        let mut all = vec![("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc")];
        all.extend_from_slice(pairs);
        texts(&ask(&repository, &all), "identifier")
            .into_iter()
            .map(|identifier| identifier.replace("oai:praxis.example.org:", ""))
            .collect()
    };
    // Day bounds include the whole day; second bounds are inclusive to the second.
    assert_eq!(
        ids(&[("from", "2026-05-05"), ("until", "2026-07-20")]),
        ["doc2", "doc3", "doc4"]
    );
    assert_eq!(
        ids(&[
            ("from", "2026-05-05T05:05:05Z"),
            ("until", "2026-07-20T23:59:58Z")
        ]),
        ["doc2", "doc3"]
    );
    assert_eq!(
        ids(&[("set", "objective:lessons_learned")]),
        ["doc1", "doc4"]
    );
    assert_eq!(ids(&[("set", "objective")]).len(), 7);
    assert_eq!(
        ids(&[("set", "objective:problem_solving"), ("from", "2026-04-01")]),
        ["doc2", "doc6"]
    );
}

#[test]
fn a_list_that_changes_during_a_harvest_still_hands_over_each_record_once() {
    let mut repository = archive();
    let xml = ask(
        &repository,
        &[("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc")],
    );
    let mut seen = texts(&xml, "identifier");
    let (token, _, _) = resumption(&xml).expect("more pages");
    // Meanwhile: a record not yet sent changes late (its datestamp moves past the
    // harvest's start), a record already sent does too, and a community is archived.
    for (header, _) in &mut repository.records {
        if header.id == "doc3" || header.id == "doc0" {
            header.datestamp = at("2026-11-29T20:30:00Z");
        }
    }
    repository.records.push(archived(
        "doc7",
        "2026-11-29T20:31:00Z",
        ObjectiveType::ProblemSolving,
    ));
    let mut token = token;
    while !token.is_empty() {
        let xml = ask(
            &repository,
            &[("verb", "ListIdentifiers"), ("resumptionToken", &token)],
        );
        seen.extend(texts(&xml, "identifier"));
        token = resumption(&xml).expect("token").0;
    }
    let unique: BTreeSet<&String> = seen.iter().collect();
    assert_eq!(unique.len(), seen.len(), "nothing is sent twice: {seen:?}");
    // doc3 moved past the frozen `until`: the next incremental harvest (from this
    // harvest's responseDate) brings it, with doc0's change and doc7.
    let later = ask(
        &repository,
        &[
            ("verb", "ListIdentifiers"),
            ("metadataPrefix", "oai_dc"),
            ("from", "2026-11-29T20:00:00Z"),
            ("until", "2026-11-29T21:00:00Z"),
        ],
    );
    let mut all: BTreeSet<String> = seen.into_iter().collect();
    all.extend(texts(&later, "identifier"));
    assert_eq!(all.len(), 8, "every record reaches the harvester: {all:?}");
}

#[test]
fn a_record_that_cannot_be_read_is_listed_without_metadata() {
    let mut repository = Archive {
        page_size: 100,
        ..archive()
    };
    repository.records[0].1 = None;
    let xml = ask(
        &repository,
        &[("verb", "ListRecords"), ("metadataPrefix", "oai_dc")],
    );
    assert_eq!(texts(&xml, "identifier").len(), 7);
    assert_eq!(xml.matches("<metadata>").count(), 6);
}

/// The error a request is answered with, after checking the response against the
/// schema and the §3.6 rule on what the request element echoes.
fn refused(repository: &Archive, pairs: &[(&str, &str)]) -> String {
    let xml = ask(repository, pairs);
    let code = error_code(&xml).unwrap_or_else(|| panic!("an error for {pairs:?}:\n{xml}"));
    let echoed = request_element(&xml);
    if code == "badVerb" || code == "badArgument" {
        assert_eq!(echoed, "<request", "{pairs:?}");
    } else {
        for (key, value) in pairs {
            assert!(echoed.contains(&format!("{key}=\"{value}\"")), "{echoed}");
        }
    }
    assert_eq!(xml.matches("<error ").count(), 1);
    code
}

#[test]
fn every_error_code_is_answered_as_the_schema_says() {
    let repository = archive();
    let token = {
        let xml = ask(
            &repository,
            &[("verb", "ListRecords"), ("metadataPrefix", "oai_dc")],
        );
        resumption(&xml).expect("token").0
    };
    let cases: &[(&[(&str, &str)], &str)] = &[
        (&[], "badVerb"),
        (&[("verb", "ListBooks")], "badVerb"),
        (&[("verb", "Identify"), ("verb", "ListSets")], "badVerb"),
        (&[("verb", "Identify"), ("identifier", "x")], "badArgument"),
        (
            &[("verb", "GetRecord"), ("metadataPrefix", "oai_dc")],
            "badArgument",
        ),
        (
            &[
                ("verb", "ListIdentifiers"),
                ("metadataPrefix", "oai_dc"),
                ("set", "a"),
                ("set", "b"),
            ],
            "badArgument",
        ),
        (
            &[
                ("verb", "ListRecords"),
                ("metadataPrefix", "oai_dc"),
                ("resumptionToken", &token),
            ],
            "badArgument",
        ),
        (
            &[
                ("verb", "ListRecords"),
                ("metadataPrefix", "oai_dc"),
                ("from", "2026-01-01"),
                ("until", "2026-02-01T00:00:00Z"),
            ],
            "badArgument",
        ),
        (
            &[
                ("verb", "ListRecords"),
                ("metadataPrefix", "oai_dc"),
                ("from", "2026-03-01"),
                ("until", "2026-02-01"),
            ],
            "badArgument",
        ),
        (
            &[
                ("verb", "ListRecords"),
                ("metadataPrefix", "oai_dc"),
                ("from", "yesterday"),
            ],
            "badArgument",
        ),
        (
            &[("verb", "ListRecords"), ("resumptionToken", "garbage")],
            "badResumptionToken",
        ),
        (
            &[("verb", "ListIdentifiers"), ("resumptionToken", &token)],
            "badResumptionToken",
        ),
        (
            &[("verb", "ListSets"), ("resumptionToken", "any")],
            "badResumptionToken",
        ),
        (
            &[
                ("verb", "GetRecord"),
                ("identifier", "oai:praxis.example.org:doc1"),
                ("metadataPrefix", "marc21"),
            ],
            "cannotDisseminateFormat",
        ),
        (
            &[("verb", "ListRecords"), ("metadataPrefix", "mods")],
            "cannotDisseminateFormat",
        ),
        (
            &[
                ("verb", "GetRecord"),
                ("identifier", "oai:praxis.example.org:nope"),
                ("metadataPrefix", "oai_dc"),
            ],
            "idDoesNotExist",
        ),
        (
            &[
                ("verb", "GetRecord"),
                ("identifier", "oai:other.example.org:doc1"),
                ("metadataPrefix", "oai_dc"),
            ],
            "idDoesNotExist",
        ),
        (
            &[("verb", "ListMetadataFormats"), ("identifier", "doc1")],
            "idDoesNotExist",
        ),
        // Not URIs at all (xmllint would refuse them echoed as anyURI).
        (
            &[("verb", "ListMetadataFormats"), ("identifier", "oai:x:a b")],
            "badArgument",
        ),
        (
            &[("verb", "ListMetadataFormats"), ("identifier", "a%zz")],
            "badArgument",
        ),
        (
            &[("verb", "ListMetadataFormats"), ("identifier", "a#b#c")],
            "badArgument",
        ),
        (
            &[("verb", "ListMetadataFormats"), ("identifier", "http://[")],
            "badArgument",
        ),
        (
            &[
                ("verb", "ListMetadataFormats"),
                ("identifier", "oai:x:\u{e9}"),
            ],
            "badArgument",
        ),
        (
            &[
                ("verb", "ListMetadataFormats"),
                ("identifier", "oai:praxis.example.org:doc1?x=1#%41"),
            ],
            "idDoesNotExist",
        ),
        (
            &[
                ("verb", "ListRecords"),
                ("metadataPrefix", "oai_dc"),
                ("from", "2027-01-01"),
            ],
            "noRecordsMatch",
        ),
        (
            &[
                ("verb", "ListIdentifiers"),
                ("metadataPrefix", "oai_dc"),
                ("set", "objective:developing_best_practices"),
            ],
            "noRecordsMatch",
        ),
    ];
    for (pairs, code) in cases {
        assert_eq!(refused(&repository, pairs), *code, "{pairs:?}");
    }

    let mut unreadable = archive();
    unreadable.records[1].1 = None;
    assert_eq!(
        refused(
            &unreadable,
            &[
                ("verb", "ListMetadataFormats"),
                ("identifier", "oai:praxis.example.org:doc1")
            ]
        ),
        "noMetadataFormats"
    );
    assert_eq!(
        refused(
            &unreadable,
            &[
                ("verb", "GetRecord"),
                ("identifier", "oai:praxis.example.org:doc1"),
                ("metadataPrefix", "oai_dc")
            ]
        ),
        "cannotDisseminateFormat"
    );

    let flat = Archive {
        sets: false,
        ..archive()
    };
    assert_eq!(refused(&flat, &[("verb", "ListSets")]), "noSetHierarchy");
    assert_eq!(
        refused(
            &flat,
            &[
                ("verb", "ListRecords"),
                ("metadataPrefix", "oai_dc"),
                ("set", "objective")
            ]
        ),
        "noSetHierarchy"
    );
}

#[test]
fn a_token_whose_remaining_records_all_moved_is_refused() {
    let mut repository = archive();
    let xml = ask(
        &repository,
        &[("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc")],
    );
    let (token, _, _) = resumption(&xml).expect("token");
    for (header, _) in &mut repository.records {
        header.datestamp = at("2026-11-29T21:00:00Z");
    }
    assert_eq!(
        refused(
            &repository,
            &[("verb", "ListIdentifiers"), ("resumptionToken", &token)]
        ),
        "badResumptionToken"
    );
}
