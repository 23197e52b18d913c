//! What full-text search indexes of an archived community, one function per section
//! of the record, so a new section (the knowledge base) is one more function.

use community::Community;

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

/// The sections whose text is searchable, in the record's order.
const SECTIONS: &[fn(&Community) -> Vec<String>] =
    &[problem, objective, expected_results, discussion_summaries];

/// The searchable text of a community. Posts are not indexed: the record's summaries
/// speak for them, and a hidden post must never be found.
pub fn extract(community: &Community) -> SearchText {
    let body: Vec<String> = SECTIONS
        .iter()
        .flat_map(|section| section(community))
        .map(|text| clean(&text))
        .filter(|text| !text.trim().is_empty())
        .collect();
    SearchText {
        title: clean(&community.design.title),
        body: body.join("\n"),
    }
}

fn problem(community: &Community) -> Vec<String> {
    vec![community.design.problem.clone()]
}

fn objective(community: &Community) -> Vec<String> {
    vec![community.design.objective.text.clone()]
}

fn expected_results(community: &Community) -> Vec<String> {
    community
        .design
        .expected_results
        .iter()
        .flat_map(|result| [result.description.clone(), result.indicator.clone()])
        .collect()
}

/// Each discussion's title, interim summaries and closing summary.
fn discussion_summaries(community: &Community) -> Vec<String> {
    community
        .discussions
        .iter()
        .flat_map(|discussion| {
            std::iter::once(discussion.title.clone())
                .chain(discussion.summaries.iter().map(|s| s.text.clone()))
                .chain(std::iter::once(discussion.closing.summary.clone()))
        })
        .collect()
}

fn clean(text: &str) -> String {
    text.replace([MATCH_START, MATCH_END], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_is_indexed_and_match_marks_cannot_be_forged() {
        let mut doc = community::create("Evaluación \u{E000}x", "Sin indicadores").unwrap();
        community::set_objective_text(&mut doc, "Acordar indicadores").unwrap();
        community::add_expected_result(&mut doc, "Un conjunto", "Publicado").unwrap();
        let text = extract(&community::read(&doc).unwrap());
        assert_eq!(text.title, "Evaluación  x");
        for part in [
            "Sin indicadores",
            "Acordar indicadores",
            "Un conjunto",
            "Publicado",
        ] {
            assert!(text.body.contains(part), "{part} in {}", text.body);
        }
    }
}
