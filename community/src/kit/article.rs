//! The outline of a scientific article (IMRaD), for when the community's contribution is
//! original on a relevant public-health topic: Markdown seeded with the community's own
//! content, with italic hints where only the authors can write.

use super::text::{fill, one_line};
use super::words::Words;
use super::{Source, assessment_sentence, knowledge, members_sentence, present};

/// The IMRaD outline in the community's language: the problem opens the Introduction,
/// the method and membership make the Methods, the expected results, discussions and
/// assessment the Results, and the knowledge base the Discussion.
pub fn article_outline(source: &Source) -> String {
    let words = Words::of(source.language);
    let title = one_line(&source.title);
    let mut out = format!("# {title}\n\n_{}_\n\n", words.article_title);

    out.push_str(&format!("## {}\n\n", words.introduction));
    let problem = source.problem.trim();
    if !problem.is_empty() {
        out.push_str(problem);
        out.push_str("\n\n");
    }
    let objective = source.objective.trim();
    if !objective.is_empty() {
        out.push_str(&format!(
            "{}{}{objective}\n\n",
            words.objective, words.colon
        ));
    }
    out.push_str(&format!("_{}_\n\n", words.intro_hint));

    out.push_str(&format!("## {}\n\n{}", words.methods, words.methods_text));
    if let Some(kind) = source.objective_type {
        out.push_str(&format!(
            " {}{}{}.",
            words.objective_type,
            words.colon,
            words.objective_type(kind)
        ));
    }
    out.push(' ');
    out.push_str(&members_sentence(source));
    out.push_str("\n\n");
    let audiences: Vec<String> = present(&source.audiences).map(one_line).collect();
    if !audiences.is_empty() {
        out.push_str(&format!(
            "{}{}{}\n\n",
            words.audiences,
            words.colon,
            super::text::join_list(source.language, &audiences)
        ));
    }
    let discussions: Vec<String> = source
        .discussions
        .iter()
        .map(|d| one_line(&d.title))
        .filter(|t| !t.is_empty())
        .collect();
    if !discussions.is_empty() {
        let count = discussions.len().to_string();
        out.push_str(&fill(words.methods_discussions, &[("count", &count)]));
        out.push('\n');
        for title in discussions {
            out.push_str(&format!("- {title}\n"));
        }
        out.push('\n');
    }
    out.push_str(&format!("_{}_\n\n", words.methods_hint));

    out.push_str(&format!("## {}\n\n", words.results_heading));
    let results: Vec<_> = source
        .expected_results
        .iter()
        .filter(|r| !r.description.trim().is_empty())
        .collect();
    if !results.is_empty() {
        out.push_str(&format!(
            "| {} | {} | {} |\n| --- | --- | --- |\n",
            words.results, words.indicator, words.status
        ));
        for result in results {
            out.push_str(&format!(
                "| {} | {} | {} |\n",
                table_cell(&result.description),
                table_cell(&result.indicator),
                words.status(result.status)
            ));
        }
        out.push('\n');
    }
    for discussion in &source.discussions {
        let summary = discussion.closing_summary.trim();
        if !summary.is_empty() {
            out.push_str(&format!(
                "**{}**\n\n{summary}\n\n",
                one_line(&discussion.title)
            ));
        }
    }
    if let Some(assessment) = assessment_sentence(source) {
        out.push_str(&format!(
            "{}{}{assessment}\n\n",
            words.assessment, words.colon
        ));
    }
    out.push_str(&format!("_{}_\n\n", words.results_hint));

    out.push_str(&format!("## {}\n\n", words.discussion));
    for (heading, items) in knowledge(source) {
        out.push_str(&format!("### {heading}\n\n"));
        for item in present(items) {
            out.push_str(&format!("- {}\n", one_line(item)));
        }
        out.push('\n');
    }
    out.push_str(&format!("_{}_\n\n", words.discussion_hint));

    out.push_str(&format!(
        "## {}\n\n1. {}\n",
        words.references, words.references_hint
    ));
    out
}

/// Text for a Markdown table cell: one line, pipes escaped.
fn table_cell(text: &str) -> String {
    one_line(text).replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;
    use crate::Language;

    #[test]
    fn the_outline_follows_imrad_seeded_with_the_community() {
        let outline = article_outline(&fixture::source(Language::En));
        let headings: Vec<&str> = outline.lines().filter(|l| l.starts_with("## ")).collect();
        assert_eq!(
            headings,
            [
                "## Introduction",
                "## Methods",
                "## Results",
                "## Discussion",
                "## References"
            ]
        );
        let section = |name: &str| {
            let start = outline.find(&format!("## {name}")).unwrap();
            let rest = &outline[start + 3..];
            &rest[..rest.find("\n## ").unwrap_or(rest.len())]
        };
        assert!(section("Introduction").contains("Teleconsultations grew fast"));
        assert!(section("Methods").contains("PAHO/WHO methodology"));
        assert!(section("Methods").contains("42 members took part"));
        assert!(section("Methods").contains("- Which indicators matter?"));
        assert!(section("Results").contains(
            "| A list of indicators | Five indicators agreed by the members | Achieved |"
        ));
        assert!(section("Results").contains("Members agreed that waiting time"));
        assert!(section("Results").contains("mean satisfaction: 4.2 out of 5"));
        assert!(section("Discussion").contains("### Lessons learned\n\n- Start with the data"));
    }

    #[test]
    fn the_outline_is_in_the_language_and_escapes_table_pipes() {
        let mut source = fixture::source(Language::Pt);
        source.expected_results[0].description = "a | b".into();
        let outline = article_outline(&source);
        assert!(outline.contains("## Introdução"));
        assert!(outline.contains("## Discussão"));
        assert!(outline.contains("| a \\| b |"));
    }
}
