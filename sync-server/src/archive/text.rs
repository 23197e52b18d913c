//! What full-text search indexes of an archived community, one function per section
//! of the record, so a new section is one more function.

use community::{Community, KnowledgeEntry};

/// Marks `snippet()` puts around a match: private-use characters, removed from the
/// indexed text so a mark can only be one of ours (see `super::pages::search`).
pub const MATCH_START: char = '\u{E000}';
pub const MATCH_END: char = '\u{E001}';

/// The indexed text: the title alone (it weighs most), everything else in one body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchText {
    pub title: String,
    pub body: String,
}

/// What the sections read: the community, and its knowledge base (which `community`
/// reads apart).
pub struct Sources<'a> {
    pub community: &'a Community,
    pub knowledge: &'a [KnowledgeEntry],
}

/// The sections whose text is searchable, in the record's order.
const SECTIONS: &[fn(&Sources<'_>) -> Vec<String>] = &[
    problem,
    objective,
    expected_results,
    discussion_summaries,
    knowledge_base,
];

/// The searchable text of a community. Posts are not indexed: the record's summaries
/// speak for them, and a hidden post must never be found.
pub fn extract(sources: &Sources<'_>) -> SearchText {
    let body: Vec<String> = SECTIONS
        .iter()
        .flat_map(|section| section(sources))
        .map(|text| clean(&text))
        .filter(|text| !text.trim().is_empty())
        .collect();
    SearchText {
        title: clean(&sources.community.design.title),
        body: body.join("\n"),
    }
}

fn problem(sources: &Sources<'_>) -> Vec<String> {
    vec![sources.community.design.problem.clone()]
}

fn objective(sources: &Sources<'_>) -> Vec<String> {
    vec![sources.community.design.objective.text.clone()]
}

fn expected_results(sources: &Sources<'_>) -> Vec<String> {
    sources
        .community
        .design
        .expected_results
        .iter()
        .flat_map(|result| [result.description.clone(), result.indicator.clone()])
        .collect()
}

/// Each discussion's title, interim summaries and closing summary.
fn discussion_summaries(sources: &Sources<'_>) -> Vec<String> {
    sources
        .community
        .discussions
        .iter()
        .flat_map(|discussion| {
            std::iter::once(discussion.title.clone())
                .chain(discussion.summaries.iter().map(|s| s.text.clone()))
                .chain(std::iter::once(discussion.closing.summary.clone()))
        })
        .collect()
}

/// The accepted entries of the knowledge base (conclusions, lessons learned, best
/// practices, post-action reviews, recommendations): what still waits for a moderator,
/// or was returned, is not part of the record.
fn knowledge_base(sources: &Sources<'_>) -> Vec<String> {
    sources
        .knowledge
        .iter()
        .filter(|entry| entry.is_accepted())
        .flat_map(|entry| [entry.title.clone(), entry.text.clone()])
        .collect()
}

fn clean(text: &str) -> String {
    text.replace([MATCH_START, MATCH_END], " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use community::{KnowledgeDraft, KnowledgeKind, MemberId, Role};

    #[test]
    fn every_section_is_indexed_and_match_marks_cannot_be_forged() {
        let mut doc = community::create("Evaluación \u{E000}x", "Sin indicadores").unwrap();
        community::set_objective_text(&mut doc, "Acordar indicadores").unwrap();
        community::add_expected_result(&mut doc, "Un conjunto", "Publicado").unwrap();
        let ana = MemberId::new("ana").unwrap();
        let luis = MemberId::new("luis").unwrap();
        community::set_member(&mut doc, &ana, "Ana", Role::Leader).unwrap();
        community::set_member(&mut doc, &luis, "Luis", Role::Participant).unwrap();
        community::start_implementation(&mut doc, &ana, true).unwrap();
        community::start_conclusion(&mut doc, &ana).unwrap();
        let draft = |title: &str| KnowledgeDraft {
            kind: KnowledgeKind::LessonLearned,
            title: title.into(),
            text: format!("{title}, explained"),
            discussions: Vec::new(),
            posts: Vec::new(),
        };
        // Ana reviews contributions, so hers is accepted at once; Luis's waits.
        community::propose_knowledge(&mut doc, &ana, &draft("Medir cada semana"), "2026-11-29")
            .unwrap();
        community::propose_knowledge(&mut doc, &luis, &draft("Pendiente"), "2026-11-29").unwrap();
        let read = community::read(&doc).unwrap();
        let knowledge = community::knowledge_base(&doc);
        let text = extract(&Sources {
            community: &read,
            knowledge: &knowledge,
        });
        assert_eq!(text.title, "Evaluación  x");
        for part in [
            "Sin indicadores",
            "Acordar indicadores",
            "Un conjunto",
            "Publicado",
            "Medir cada semana, explained",
        ] {
            assert!(text.body.contains(part), "{part} in {}", text.body);
        }
        assert!(!text.body.contains("Pendiente"), "waiting: {}", text.body);
    }
}
