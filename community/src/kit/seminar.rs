//! The virtual seminar that introduces and disseminates the results: an invitation to
//! send by email and the `.ics` file that puts it in calendars.

use super::ics::{self, Event, When};
use super::text::{fill, month_name};
use super::words::Words;
use super::{KitError, KitOptions, Source, UtcDateTime, checked_url};
use crate::Language;

/// The seminar invitation: its subject, the text, and the calendar file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeminarInvitation {
    pub subject: String,
    /// Plain text, ready for an email.
    pub text: String,
    /// An RFC 5545 VCALENDAR (`text/calendar`), CRLF line endings.
    pub ics: String,
}

/// The invitation to the seminar in [`KitOptions::seminar`], in the community's language.
pub fn seminar_invitation(
    source: &Source,
    options: &KitOptions,
) -> Result<SeminarInvitation, KitError> {
    let seminar = options.seminar.as_ref().ok_or(KitError::NoSeminar)?;
    let link = checked_url(&seminar.link)?;
    let page = options.page_url.as_deref().map(checked_url).transpose()?;
    let words = Words::of(source.language);
    let title = source.title.trim();
    let subject = fill(words.seminar_title, &[("title", title)]);
    let when = when(source.language, seminar.start);
    let mut text = String::new();
    text.push_str(&fill(words.seminar_intro, &[("title", title)]));
    text.push_str("\n\n");
    let objective = source.objective.trim();
    if !objective.is_empty() {
        text.push_str(&format!("{}: {objective}\n\n", words.objective));
    }
    text.push_str(&fill(words.seminar_when, &[("when", &when)]));
    text.push('\n');
    let minutes = seminar.duration_minutes.to_string();
    text.push_str(&fill(words.seminar_duration, &[("minutes", &minutes)]));
    text.push('\n');
    text.push_str(&fill(words.seminar_join, &[("link", link)]));
    text.push_str("\n\n");
    text.push_str(words.seminar_agenda);
    text.push('\n');
    for item in words.seminar_agenda_items {
        text.push_str(&format!("- {item}\n"));
    }
    text.push('\n');
    if let Some(page) = page {
        text.push_str(&fill(words.more_at, &[("url", page)]));
        text.push('\n');
    }
    text.push_str(words.seminar_calendar);
    text.push('\n');
    if let Some(email) = &options.contact_email {
        text.push('\n');
        text.push_str(&fill(words.write_to, &[("email", email.trim())]));
        text.push('\n');
    }
    let ics = ics::calendar(&Event {
        uid: &seminar.uid,
        created: seminar.created,
        when: When::Timed {
            start: seminar.start,
            minutes: seminar.duration_minutes,
        },
        summary: &subject,
        description: text.trim_end(),
        link: Some(link),
    });
    Ok(SeminarInvitation { subject, text, ics })
}

/// "15 March 2031, 14:00 UTC", as the language writes a date and time.
pub(crate) fn when(language: Language, at: UtcDateTime) -> String {
    let date = at.date().to_string();
    // `IsoDate` prints as `YYYY-MM-DD`, so the slices are always there.
    let year = date.get(0..4).unwrap_or_default();
    let month = date.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(1);
    let day = date.get(8..10).unwrap_or_default().trim_start_matches('0');
    fill(
        Words::of(language).date_time,
        &[
            ("day", day),
            ("month", month_name(language, month)),
            ("year", year),
            ("time", &at.time()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;

    #[test]
    fn the_invitation_names_date_link_and_agenda_in_the_language() {
        let invitation =
            seminar_invitation(&fixture::source(Language::Pt), &fixture::options()).unwrap();
        assert_eq!(
            invitation.subject,
            "Seminário virtual: resultados da Comunidade de Prática “Indicators for telemedicine & <primary care>”"
        );
        assert!(
            invitation
                .text
                .contains("Data e hora: 15 de março de 2031, 14:00 (UTC)")
        );
        assert!(invitation.text.contains("Duração: 90 minutos"));
        assert!(
            invitation
                .text
                .contains("Link para participar: https://meet.example.org/cop-results")
        );
        assert!(
            invitation
                .text
                .contains("- Lições aprendidas e recomendações")
        );
        assert!(invitation.text.contains("Escreva para cop@example.org"));
        let unfolded = invitation.ics.replace("\r\n ", "");
        assert!(unfolded.contains("\r\nDTSTART:20310315T140000Z\r\nDURATION:PT90M\r\n"));
        assert!(unfolded.contains("\r\nUID:abc-seminar@praxis\r\n"));
        assert!(unfolded.contains("\r\nDTSTAMP:20310201T093000Z\r\n"));
        assert!(unfolded.contains("SUMMARY:Seminário virtual: resultados"));
        assert!(invitation.ics.split("\r\n").all(|line| line.len() <= 75));
        let french = when(Language::Fr, "2031-08-01T09:05Z".parse().unwrap());
        assert_eq!(french, "1 août 2031, 09:05 (UTC)");
        let english = when(Language::En, "2031-08-01T09:05Z".parse().unwrap());
        assert_eq!(english, "1 August 2031, 09:05 UTC");
    }

    #[test]
    fn no_seminar_no_invitation() {
        let options = KitOptions::default();
        assert!(matches!(
            seminar_invitation(&fixture::source(Language::En), &options),
            Err(KitError::NoSeminar)
        ));
    }
}
