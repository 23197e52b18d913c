//! The community document: its shape, its version, creation and reading.
//!
//! Shape, as any automerge-repo peer sees it (every field but `schema_version`, `title`
//! and `problem` is optional when read, so a document from the first slice still reads):
//!
//! ```text
//! { schema_version: 1,                      // Int, never Uint (JS would see a BigInt)
//!   phase: "design" | "implementation" | "conclusion",
//!   design: {
//!     title: Text, problem: Text,
//!     objective_type: "problem_solving" | …,  objective: Text,
//!     expected_results: { <id>: { description: Text, indicator: Text,
//!                                 status: "planned" | …, position: Int } },
//!     members: { <member id>: "leader" | "moderator" | "facilitator" | "participant" },
//!     member_names: { <member id>: Str },
//!     call: "public" | "restricted",
//!     approval: "moderated" | "automatic",  // registrations to a public call
//!     premoderation: Bool,                  // absent: on when the call is public
//!     created_by: <member id>,              // the creator, as their device claims
//!     language: "en" | "es" | "pt" | "fr",   // the kit's and the record's
//!     audiences: { <id>: { text: Text, position: Int } } },
//!   implementation: {
//!     started_by: <member id>, design_incomplete_confirmed: Bool,
//!     tools: { <id>: { name: Str, mode: "synchronous" | "asynchronous",
//!                      purpose: Text, position: Int } },
//!     registrations: { <id>: { member, name, institution, country: Str,
//!                              expertise: Text, interests: Text, consent: Bool,
//!                              state: "pending" | "confirmed" | "declined",
//!                              decided_by: Str, position: Int } },
//!     meeting: { date: "YYYY-MM-DD", agenda: Text, minutes: Text },
//!     action_plan: { <id>: { text: Text, result: <result id>, owner: <member id>,
//!                            due: "YYYY-MM-DD", status: Str, position: Int } } },
//!   discussions: { <id>: … },               // see the `discussions` module
//!   moderation: { reviewed: { <key>: … },   // see the `moderation` module
//!                 proposals: { <id>: … } },
//!   conclusion: { … }                       // see the `conclusion` module
//! }
//! ```
//!
//! Collections are maps keyed by id (never lists of records) so concurrent additions
//! never collide; `position` orders them. Dates are ISO strings (see [`crate::IsoDate`]).
//!
//! Versioning rule: `schema_version` only grows. A reader accepts every version up to
//! [`SCHEMA_VERSION`]; fields added by a later version are optional when hydrated, so an
//! older document reads as the newer schema with those fields empty, and the first write
//! by a newer build raises `schema_version`. A document from a newer build is refused
//! (never rewritten), so an old client can never drop fields it does not know. Version 1
//! grew the Phase I and II fields above before any document was published, so they are
//! part of version 1, optional on read.

use automerge::transaction::Transactable as _;
use automerge::{Automerge, ObjType, ReadDoc as _, Value};
use autosurgeon::{Hydrate, Reconcile, Text, hydrate, reconcile};

use crate::audiences::{Audience, read_audiences};
use crate::implementation::{Implementation, read_implementation};
use crate::members::{
    Approval, Call, Member, read_approval, read_call, read_creator, read_members,
};
use crate::objective::{Objective, read_objective};
use crate::progress::{PhaseState, read_phase};
use crate::results::{ExpectedResult, read_results};
use crate::{CommunityError, store};

/// The schema version this build writes and the newest it reads.
pub const SCHEMA_VERSION: u64 = 1;

// Infallible: the version is a small constant.
const STORED_SCHEMA_VERSION: i64 = SCHEMA_VERSION as i64;

/// Longest accepted title, in characters.
const TITLE_LIMIT: usize = 200;

/// A community as stored: collaborative prose is Automerge text, merged character by
/// character when members edit the same field concurrently.
#[derive(Debug, Clone, Reconcile, Hydrate)]
struct CommunityDoc {
    /// Stored as a signed integer on purpose: Automerge's unsigned integers reach
    /// JavaScript peers as `BigInt`, which plain JSON tooling cannot handle.
    schema_version: i64,
    design: DesignDoc,
}

#[derive(Debug, Clone, Reconcile, Hydrate)]
struct DesignDoc {
    title: Text,
    problem: Text,
}

/// A read-only view of a community, for display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Community {
    pub schema_version: u64,
    pub design: Design,
    /// Which phase of the method the community is in.
    pub phase: PhaseState,
    /// Phase II: tools, registrations, introductory meeting, action plan.
    pub implementation: Implementation,
    /// Phase II: the moderated discussions, in the order they were planned.
    pub discussions: Vec<crate::discussions::Discussion>,
    /// Phase III: the closing, once the leader has closed the community.
    pub closure: Option<crate::Closure>,
}

/// Phase I, design: the six stages of the method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Design {
    pub title: String,
    pub problem: String,
    pub objective: Objective,
    /// In the order they were added.
    pub expected_results: Vec<ExpectedResult>,
    /// Sorted by member id.
    pub members: Vec<Member>,
    /// `None` until the call is decided.
    pub call: Option<Call>,
    /// Whether registrations to a public call wait for a leader or moderator.
    pub approval: Approval,
    /// Whether members' contributions to curated sections wait for a moderator (the
    /// effective value: see [`crate::premoderation`]).
    pub premoderation: bool,
    /// Who created the community, if recorded.
    pub created_by: Option<crate::MemberId>,
    /// In the order they were added.
    pub audiences: Vec<Audience>,
    /// The community's working language, once the leader has set it.
    pub language: Option<crate::Language>,
}

/// Makes a new community document with its title and problem statement.
pub fn create(title: &str, problem: &str) -> Result<Automerge, CommunityError> {
    let title = validate_title(title)?;
    let community = CommunityDoc {
        schema_version: STORED_SCHEMA_VERSION,
        design: DesignDoc {
            title: Text::with_value(title),
            problem: Text::with_value(problem),
        },
    };
    let mut doc = Automerge::new();
    doc.transact(|tx| {
        reconcile(tx, &community)?;
        // Every container and text field exists from the start: two members who first
        // write a field concurrently would otherwise each create it, and Automerge
        // would keep only one of the two objects visible.
        store::put_scalar(tx, &automerge::ROOT, "phase", crate::Phase::Design.key())?;
        let design = store::ensure_map(tx, &["design"])?;
        store::put_text(tx, &design, "objective", "")?;
        for path in CONTAINERS {
            store::ensure_map(tx, path)?;
        }
        let meeting = store::ensure_map(tx, &["implementation", "meeting"])?;
        store::put_text(tx, &meeting, "agenda", "")?;
        store::put_text(tx, &meeting, "minutes", "")?;
        Ok::<_, CommunityError>(())
    })
    .map_err(|failure| failure.error)?;
    Ok(doc)
}

/// Containers `create` makes empty, so concurrent first additions land in one map.
const CONTAINERS: [store::Path; 10] = [
    &["design", "expected_results"],
    &["design", "members"],
    &["design", "member_names"],
    &["design", "audiences"],
    &["implementation", "tools"],
    &["implementation", "registrations"],
    &["implementation", "action_plan"],
    crate::discussions::DISCUSSIONS,
    crate::moderation::REVIEWED,
    crate::moderation::PROPOSALS,
];

/// Reads the community a document holds.
pub fn read(doc: &Automerge) -> Result<Community, CommunityError> {
    let mut community = read_without_discussions(doc)?;
    community.discussions = crate::discussions::read_discussions(doc);
    Ok(community)
}

/// [`read`] and [`crate::conflicts`] together, equal to both (checked in the convergence
/// property test) and cheaper: the conflicts walk looks into each post's map again, one
/// `map_range` each, and at 5,000 posts that was as much as the read itself (128 ms of
/// a cold open in Chromium). The read notes the posts whose maps hold no concurrent
/// values, and the walk skips them.
pub fn read_with_conflicts(
    doc: &Automerge,
) -> Result<(Community, Vec<crate::Conflict>), CommunityError> {
    let mut community = read_without_discussions(doc)?;
    let (discussions, clean) = crate::discussions::read_discussions_noting_clean(doc);
    community.discussions = discussions;
    Ok((
        community,
        crate::conflicts::conflicts_beside_clean(doc, &clean),
    ))
}

/// [`read`] with the discussions left empty (they are most of the cost; see `reread`).
pub(crate) fn read_without_discussions(doc: &Automerge) -> Result<Community, CommunityError> {
    let stored = load(doc)?;
    Ok(Community {
        schema_version: SCHEMA_VERSION,
        design: Design {
            title: stored.design.title.as_str().to_owned(),
            problem: stored.design.problem.as_str().to_owned(),
            objective: read_objective(doc),
            expected_results: read_results(doc),
            members: read_members(doc),
            call: read_call(doc),
            approval: read_approval(doc),
            premoderation: crate::premoderation(doc),
            created_by: read_creator(doc),
            audiences: read_audiences(doc),
            language: crate::language::read_language(doc),
        },
        phase: read_phase(doc),
        implementation: read_implementation(doc),
        discussions: Vec::new(),
        closure: crate::conclusion::closure(doc),
    })
}

/// Checks that `doc` is a community this build may change (version and shape).
pub(crate) fn check(doc: &Automerge) -> Result<(), CommunityError> {
    load(doc).map(drop)
}

/// Replaces the title; only the characters that differ are written, so a concurrent
/// edit by another member merges instead of being overwritten.
pub fn set_title(doc: &mut Automerge, title: &str) -> Result<(), CommunityError> {
    let title = validate_title(title)?;
    update_design_text(doc, "title", title)
}

/// Replaces the problem statement, character-wise like [`set_title`].
pub fn set_problem(doc: &mut Automerge, problem: &str) -> Result<(), CommunityError> {
    update_design_text(doc, "problem", problem)
}

fn validate_title(title: &str) -> Result<&str, CommunityError> {
    let chars = title.chars().count();
    if title.trim().is_empty() {
        Err(CommunityError::EmptyTitle)
    } else if chars > TITLE_LIMIT {
        Err(CommunityError::TitleTooLong {
            chars,
            limit: TITLE_LIMIT,
        })
    } else {
        Ok(title)
    }
}

fn load(doc: &Automerge) -> Result<CommunityDoc, CommunityError> {
    // Check the version before the full shape: a newer schema may not hydrate at all,
    // and "made by a newer Praxis" is the error a person can act on.
    let found: Option<i64> = autosurgeon::hydrate_prop(doc, automerge::ROOT, "schema_version")?;
    if let Some(found) = found {
        match u64::try_from(found) {
            Ok(found) if found > SCHEMA_VERSION => {
                return Err(CommunityError::UnsupportedSchema {
                    found,
                    supported: SCHEMA_VERSION,
                });
            }
            Ok(_) => {}
            Err(_) => return Err(CommunityError::BadSchemaVersion(found)),
        }
    }
    Ok(hydrate(doc)?)
}

/// Writes the difference between a design text field and `value` in one transaction.
///
/// This goes to Automerge's own `update_text` rather than through autosurgeon's
/// `reconcile`: reconciling a hydrated `Text` into a document that has since merged a
/// change from another member fails with "stale heads" (autosurgeon#43), and merging
/// other members' changes is exactly what this document does all day.
fn update_design_text(
    doc: &mut Automerge,
    field: &'static str,
    value: &str,
) -> Result<(), CommunityError> {
    let text = text_field(doc, field)?;
    if doc.text(&text).is_ok_and(|current| current == value) {
        return Ok(());
    }
    crate::store::write(doc, |tx| {
        tx.update_text(&text, value)
            .map_err(|error| CommunityError::Edit {
                field,
                source: Box::new(error),
            })
    })
}

fn text_field(doc: &Automerge, field: &'static str) -> Result<automerge::ObjId, CommunityError> {
    let object = |parent: &automerge::ObjId, key: &'static str, expected: ObjType| match doc
        .get(parent, key)
    {
        Ok(Some((Value::Object(found), id))) if found == expected => Ok(id),
        _ => Err(CommunityError::Missing { field: key }),
    };
    let design = object(&automerge::ROOT, "design", ObjType::Map)?;
    object(&design, field, ObjType::Text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merged(a: &Automerge, b: &Automerge) -> Automerge {
        let mut merged = a.clone();
        let mut other = b.clone();
        merged.merge(&mut other).expect("merge");
        merged
    }

    #[test]
    fn a_new_community_reads_back_its_title_and_problem() {
        let doc = create(
            "Telemedicine indicators: a shared dashboard",
            "No common indicators",
        )
        .unwrap();
        let community = read(&doc).unwrap();
        assert_eq!(community.schema_version, SCHEMA_VERSION);
        assert_eq!(
            community.design.title,
            "Telemedicine indicators: a shared dashboard"
        );
        assert_eq!(community.design.problem, "No common indicators");
    }

    #[test]
    fn a_title_is_required_and_bounded() {
        assert!(matches!(
            create("   ", "p"),
            Err(CommunityError::EmptyTitle)
        ));
        let long = "x".repeat(TITLE_LIMIT + 1);
        assert!(matches!(
            create(&long, "p"),
            Err(CommunityError::TitleTooLong { chars, .. }) if chars == TITLE_LIMIT + 1
        ));
        let mut doc = create("ok", "").unwrap();
        assert!(matches!(
            set_title(&mut doc, ""),
            Err(CommunityError::EmptyTitle)
        ));
        assert_eq!(
            read(&doc).unwrap().design.title,
            "ok",
            "a refused edit changes nothing"
        );
    }

    #[test]
    fn edits_are_read_back() {
        let mut doc = create("Old", "Old problem").unwrap();
        set_title(&mut doc, "New").unwrap();
        set_problem(&mut doc, "New problem").unwrap();
        let community = read(&doc).unwrap();
        assert_eq!(community.design.title, "New");
        assert_eq!(community.design.problem, "New problem");
    }

    #[test]
    fn concurrent_edits_of_one_field_merge_character_by_character() {
        let base = create("Vaccination", "").unwrap();
        let mut ana = base.fork();
        let mut luis = base.fork();
        set_title(&mut ana, "Vaccination in the Andes").unwrap();
        set_title(&mut luis, "Rural vaccination").unwrap();
        let title = read(&merged(&ana, &luis)).unwrap().design.title;
        assert_eq!(title, "Rural vaccination in the Andes");
        assert_eq!(
            title,
            read(&merged(&luis, &ana)).unwrap().design.title,
            "merge order is irrelevant"
        );
    }

    #[test]
    fn concurrent_edits_of_different_fields_both_survive() {
        let base = create("Maternal health", "").unwrap();
        let mut ana = base.fork();
        let mut luis = base.fork();
        set_title(&mut ana, "Maternal health records").unwrap();
        set_problem(&mut luis, "Records are on paper").unwrap();
        let design = read(&merged(&ana, &luis)).unwrap().design;
        assert_eq!(design.title, "Maternal health records");
        assert_eq!(design.problem, "Records are on paper");
    }

    #[test]
    fn a_member_edits_after_merging_another_members_edit() {
        // Ana creates; Luis gets a copy as sync would give it, edits the title; Ana
        // merges that and then edits the problem statement (autosurgeon#43 made this fail).
        let mut ana = create("Solo offline", "before").unwrap();
        let mut luis = Automerge::new();
        luis.merge(&mut ana.clone()).unwrap();
        set_title(&mut luis, "The Solo offline").unwrap();
        ana.merge(&mut luis.clone()).unwrap();
        set_problem(&mut ana, "after").unwrap();
        set_title(&mut ana, "The Solo offline group").unwrap();
        let design = read(&merged(&ana, &luis)).unwrap().design;
        assert_eq!(design.title, "The Solo offline group");
        assert_eq!(design.problem, "after");
    }

    #[test]
    fn an_unchanged_value_writes_no_change() {
        let mut doc = create("Same", "Same").unwrap();
        let heads = doc.get_heads();
        set_title(&mut doc, "Same").unwrap();
        assert_eq!(doc.get_heads(), heads);
    }

    #[test]
    fn a_document_from_a_newer_schema_is_refused_not_rewritten() {
        let mut doc = create("Future", "").unwrap();
        let mut tx = doc.transaction();
        tx.put(automerge::ROOT, "schema_version", STORED_SCHEMA_VERSION + 1)
            .unwrap();
        tx.commit();
        let heads = doc.get_heads();
        assert!(matches!(
            read(&doc),
            Err(CommunityError::UnsupportedSchema { found: 2, .. })
        ));
        assert!(set_title(&mut doc, "Past").is_err());
        assert_eq!(doc.get_heads(), heads);
    }

    #[test]
    fn the_schema_version_is_a_plain_integer_for_javascript_peers() {
        let doc = create("Plain", "").unwrap();
        let (value, _) = doc.get(automerge::ROOT, "schema_version").unwrap().unwrap();
        assert_eq!(value.as_i64(), Some(1));
        assert!(
            matches!(value, automerge::Value::Scalar(s) if matches!(*s, automerge::ScalarValue::Int(1)))
        );
    }

    /// A document as the first slice wrote it: only title and problem.
    fn first_slice_document() -> Automerge {
        let mut doc = Automerge::new();
        let mut tx = doc.transaction();
        tx.put(automerge::ROOT, "schema_version", 1_i64).unwrap();
        let design = tx
            .put_object(automerge::ROOT, "design", ObjType::Map)
            .unwrap();
        let title = tx.put_object(&design, "title", ObjType::Text).unwrap();
        tx.splice_text(&title, 0, 0, "CoP to define indicators")
            .unwrap();
        tx.put_object(&design, "problem", ObjType::Text).unwrap();
        tx.commit();
        doc
    }

    #[test]
    fn a_first_slice_document_reads_with_the_new_fields_empty_and_accepts_writes() {
        let mut doc = first_slice_document();
        let community = read(&doc).unwrap();
        assert_eq!(community.design.title, "CoP to define indicators");
        assert!(community.design.expected_results.is_empty());
        assert_eq!(community.design.call, None);
        assert_eq!(community.phase.phase, crate::Phase::Design);
        assert_eq!(community.implementation, crate::Implementation::default());
        assert!(community.discussions.is_empty());
        crate::set_objective_text(&mut doc, "Agree").unwrap();
        crate::add_expected_result(&mut doc, "Indicators", "").unwrap();
        crate::set_meeting_agenda(&mut doc, "Welcome").unwrap();
        let community = read(&doc).unwrap();
        assert_eq!(community.design.objective.text, "Agree");
        assert_eq!(community.design.expected_results.len(), 1);
        assert_eq!(community.implementation.meeting.agenda, "Welcome");
        let leader = crate::MemberId::new("ana").unwrap();
        crate::set_member(&mut doc, &leader, "Ana", crate::Role::Leader).unwrap();
        let plan = crate::NewDiscussion {
            title: "First".into(),
            ..Default::default()
        };
        crate::create_discussion(&mut doc, &leader, &plan).unwrap();
        assert_eq!(read(&doc).unwrap().discussions.len(), 1);
    }

    #[test]
    fn containers_created_concurrently_in_an_old_document_lose_no_entry() {
        // Both members' first writes create `expected_results`; Automerge keeps one map
        // visible, and reading takes the union so both results remain.
        let base = first_slice_document();
        let mut ana = base.fork();
        let mut luis = base.fork();
        let a = crate::add_expected_result(&mut ana, "Ana's", "").unwrap();
        let l = crate::add_expected_result(&mut luis, "Luis's", "").unwrap();
        ana.merge(&mut luis).unwrap();
        let ids: Vec<_> = read(&ana)
            .unwrap()
            .design
            .expected_results
            .into_iter()
            .map(|r| r.id)
            .collect();
        assert!(ids.contains(&a) && ids.contains(&l));
        // Both stay editable and removable, whichever container holds them.
        crate::set_result_indicator(&mut ana, &l, "Measured").unwrap();
        crate::remove_expected_result(&mut ana, &a).unwrap();
        let results = read(&ana).unwrap().design.expected_results;
        assert_eq!(results.len(), 1);
        assert_eq!(results[0].indicator, "Measured");
    }

    #[test]
    fn a_new_document_has_every_container_so_first_writes_never_compete() {
        let base = create("CoP to define indicators", "p").unwrap();
        let mut ana = base.fork();
        let mut luis = base.fork();
        crate::set_objective_text(&mut ana, "Agree on").unwrap();
        crate::set_objective_text(&mut luis, "indicators").unwrap();
        ana.merge(&mut luis).unwrap();
        let text = read(&ana).unwrap().design.objective.text;
        assert!(
            text.contains("Agree on") && text.contains("indicators"),
            "{text}"
        );
        assert!(crate::conflicts(&ana).is_empty());
    }

    #[test]
    fn a_document_that_is_not_a_community_is_an_error() {
        let doc = Automerge::new();
        assert!(matches!(read(&doc), Err(CommunityError::NotACommunity(_))));
    }
}
