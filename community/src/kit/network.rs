//! The message for thematic networks conceptually related to the community's topic: a
//! short email, with a subject line, that invites exchange between networks.

use super::text::{clip, fill, one_line};
use super::words::Words;
use super::{KitError, KitOptions, Source, checked_url, present};

/// Longest an entry may be in the message: enough for a sentence or two; the public
/// page has the rest.
const ENTRY_LIMIT: usize = 240;

/// The message for thematic networks: `Subject: …`, a blank line, then the body.
pub fn network_message(source: &Source, options: &KitOptions) -> Result<String, KitError> {
    let page = options.page_url.as_deref().map(checked_url).transpose()?;
    let words = Words::of(source.language);
    let title = one_line(&source.title);
    let mut out = format!(
        "{}{}{}\n\n{}\n\n{}\n\n",
        words.subject,
        words.colon,
        fill(words.network_subject, &[("title", &title)]),
        words.network_greeting,
        fill(words.network_intro, &[("title", &title)]),
    );
    let objective = one_line(&source.objective);
    if !objective.is_empty() {
        out.push_str(&format!(
            "{}{}{}\n\n",
            words.objective, words.colon, objective
        ));
    }
    let results: Vec<String> = source
        .expected_results
        .iter()
        .filter(|result| !result.description.trim().is_empty())
        .map(|result| {
            format!(
                "- {} ({})",
                clip(&result.description, ENTRY_LIMIT),
                words.status(result.status)
            )
        })
        .collect();
    if !results.is_empty() {
        out.push_str(&format!(
            "{}\n{}\n\n",
            words.network_main,
            results.join("\n")
        ));
    }
    let concluded: Vec<String> = source
        .conclusions
        .iter()
        .chain(&source.recommendations)
        .map(String::as_str)
        .chain(
            source
                .discussions
                .iter()
                .map(|d| d.closing_summary.as_str()),
        )
        .filter(|text| !text.trim().is_empty())
        // A message to another network is read in a minute: the five first points,
        // the page has all of them.
        .take(5)
        .map(|text| format!("- {}", clip(text, ENTRY_LIMIT)))
        .collect();
    if !concluded.is_empty() {
        out.push_str(&format!(
            "{}\n{}\n\n",
            words.network_concluded,
            concluded.join("\n")
        ));
    }
    if let Some(page) = page {
        out.push_str(&fill(words.more_at, &[("url", page)]));
        out.push_str("\n\n");
    }
    out.push_str(words.network_invite);
    out.push_str("\n\n");
    out.push_str(words.regards);
    out.push('\n');
    let leaders: Vec<&str> = present(&source.leaders).collect();
    if !leaders.is_empty() {
        out.push_str(&leaders.join(", "));
        out.push('\n');
    }
    out.push_str(&format!("{}{}{title}\n", words.cop, words.colon));
    if let Some(email) = &options.contact_email {
        out.push_str(email.trim());
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
    fn the_message_has_a_subject_results_conclusions_and_a_signature() {
        let message = network_message(&fixture::source(Language::Es), &fixture::options()).unwrap();
        assert!(message.starts_with(
            "Asunto: Resultados de la Comunidad de Práctica «Indicators for telemedicine & <primary care>»\n\nEstimados colegas:\n\n"
        ));
        for expected in [
            "Principales resultados:\n- A list of indicators (Logrado)\n- A pilot in three countries (En curso)",
            "Lo que concluimos:\n- Shared indicators make services comparable.\n- Adopt the five",
            "Resultados completos: https://example.org/cop/",
            "Saludos cordiales,\nAna Souza, José Pérez\nComunidad de Práctica: Indicators",
            "cop@example.org\n",
        ] {
            assert!(message.contains(expected), "{expected} in\n{message}");
        }
    }

    #[test]
    fn long_entries_are_clipped() {
        let mut source = fixture::source(Language::Fr);
        source.conclusions = vec!["mot ".repeat(200)];
        let message = network_message(&source, &KitOptions::default()).unwrap();
        assert!(message.starts_with("Objet : Résultats de la communauté de pratique « Indicators"));
        let line = message.lines().find(|l| l.starts_with("- mot")).unwrap();
        assert!(line.chars().count() <= ENTRY_LIMIT + 2 && line.ends_with('…'));
    }
}
