//! The note for institutional staff on the intranet: Markdown, which reads as plain
//! text too, so it pastes into any intranet editor.

use super::text::{fill, one_line};
use super::words::Words;
use super::{
    KitError, KitOptions, Source, assessment_sentence, checked_url, knowledge, members_sentence,
    present,
};

/// The intranet note, in the community's language.
pub fn intranet_note(source: &Source, options: &KitOptions) -> Result<String, KitError> {
    let page = options.page_url.as_deref().map(checked_url).transpose()?;
    let words = Words::of(source.language);
    let title = one_line(&source.title);
    let mut out = format!("# {}\n\n", fill(words.intranet_title, &[("title", &title)]));
    out.push_str(&fill(words.intranet_intro, &[("title", &title)]));
    out.push_str("\n\n");
    let problem = source.problem.trim();
    if !problem.is_empty() {
        out.push_str(&format!("## {}\n\n{problem}\n\n", words.problem));
    }
    let objective = source.objective.trim();
    if !objective.is_empty() {
        out.push_str(&format!("## {}\n\n{objective}", words.objective));
        if let Some(kind) = source.objective_type {
            out.push_str(&format!(" ({})", words.objective_type(kind)));
        }
        out.push_str("\n\n");
    }
    let results: Vec<_> = source
        .expected_results
        .iter()
        .filter(|result| !result.description.trim().is_empty())
        .collect();
    if !results.is_empty() {
        out.push_str(&format!("## {}\n\n", words.results));
        for result in results {
            out.push_str(&format!(
                "- **{}**{}{}",
                words.status(result.status),
                words.colon,
                one_line(&result.description)
            ));
            let indicator = one_line(&result.indicator);
            if !indicator.is_empty() {
                out.push_str(&format!(" ({}{}{indicator})", words.indicator, words.colon));
            }
            out.push('\n');
        }
        out.push('\n');
    }
    let concluded: Vec<_> = source
        .discussions
        .iter()
        .filter(|discussion| !discussion.closing_summary.trim().is_empty())
        .collect();
    if !concluded.is_empty() {
        out.push_str(&format!("## {}\n\n", words.discussions));
        for discussion in concluded {
            out.push_str(&format!(
                "**{}**\n\n{}\n\n",
                one_line(&discussion.title),
                discussion.closing_summary.trim()
            ));
        }
    }
    for (heading, items) in knowledge(source) {
        out.push_str(&format!("## {heading}\n\n"));
        for item in present(items) {
            out.push_str(&format!("- {}\n", one_line(item)));
        }
        out.push('\n');
    }
    out.push_str(&format!(
        "## {}\n\n{}",
        words.members,
        members_sentence(source)
    ));
    if let Some(assessment) = assessment_sentence(source) {
        out.push(' ');
        out.push_str(&assessment);
    }
    out.push_str("\n\n");
    out.push_str(words.intranet_share);
    out.push('\n');
    if let Some(page) = page {
        out.push('\n');
        out.push_str(&fill(words.more_at, &[("url", page)]));
        out.push('\n');
    }
    if let Some(email) = &options.contact_email {
        out.push('\n');
        out.push_str(&fill(words.write_to, &[("email", email.trim())]));
        out.push('\n');
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;
    use crate::Language;

    #[test]
    fn the_note_tells_staff_what_the_community_achieved() {
        let note = intranet_note(&fixture::source(Language::En), &fixture::options()).unwrap();
        assert!(note.starts_with(
            "# Results of the Community of Practice “Indicators for telemedicine & <primary care>”\n"
        ));
        for expected in [
            "## The problem\n\nTeleconsultations grew fast",
            "(Developing best practices)",
            "- **Achieved**: A list of indicators (Indicator: Five indicators agreed by the members)",
            "- **In progress**: A pilot in three countries",
            "**Which indicators matter?**\n\nMembers agreed",
            "## Lessons learned\n\n- Start with the data",
            "## Recommendations\n\n- Adopt the five",
            "42 members took part, led by Ana Souza and José Pérez.",
            "mean satisfaction: 4.2 out of 5.",
            "Full results: https://example.org/cop/telemedicine-indicators-results",
            "Write to cop@example.org",
        ] {
            assert!(note.contains(expected), "{expected} in\n{note}");
        }
    }

    #[test]
    fn the_note_switches_language_and_skips_empty_sections() {
        let mut source = fixture::source(Language::Fr);
        source.lessons_learned.clear();
        source.assessment = None;
        let note = intranet_note(&source, &KitOptions::default()).unwrap();
        assert!(note.starts_with("# Résultats de la communauté de pratique « Indicators"));
        assert!(note.contains("- **Atteint** : A list of indicators (Indicateur : Five"));
        assert!(!note.contains("Enseignements tirés\n"));
        assert!(!note.contains("évaluation finale"));
        assert!(!note.contains("Résultats complets"));
    }
}
