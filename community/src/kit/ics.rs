//! iCalendar (RFC 5545) files for the community's invitations: the introductory
//! meeting (an all-day event) and the results seminar (a UTC start and a duration).
//! Pure string building, so the bytes are checked in tests: TEXT values escaped, lines
//! ending in CRLF and folded at 75 octets, never inside a UTF-8 character.

use std::fmt;
use std::str::FromStr;

use crate::IsoDate;

use super::KitError;

/// An instant in UTC, to the second: how the seminar's start and a file's creation time
/// are written (`DTSTART:…Z`), so no calendar has to know the organiser's time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UtcDateTime {
    date: IsoDate,
    hour: u8,
    minute: u8,
    second: u8,
}

impl UtcDateTime {
    /// An instant from its parts, if they name one (no leap seconds).
    pub fn new(date: IsoDate, hour: u8, minute: u8, second: u8) -> Option<Self> {
        (hour < 24 && minute < 60 && second < 60).then_some(Self {
            date,
            hour,
            minute,
            second,
        })
    }

    pub fn date(self) -> IsoDate {
        self.date
    }

    /// `hh:mm`, as a seminar's time is read.
    pub fn time(self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }

    /// The iCalendar form, `YYYYMMDDTHHMMSSZ`.
    pub fn ics(self) -> String {
        let day: String = self
            .date
            .to_string()
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        format!(
            "{day}T{:02}{:02}{:02}Z",
            self.hour, self.minute, self.second
        )
    }
}

impl FromStr for UtcDateTime {
    type Err = KitError;

    /// Reads `YYYY-MM-DDThh:mmZ` or `YYYY-MM-DDThh:mm:ssZ`.
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let invalid = || KitError::InvalidDateTime {
            value: value.to_owned(),
        };
        let (date, time) = value.split_once('T').ok_or_else(invalid)?;
        let date: IsoDate = date.parse().map_err(|_| invalid())?;
        let time = time.strip_suffix('Z').ok_or_else(invalid)?;
        let mut parts = time.split(':').map(|part| {
            (part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u8>().ok())
                .flatten()
        });
        let hour = parts.next().flatten().ok_or_else(invalid)?;
        let minute = parts.next().flatten().ok_or_else(invalid)?;
        let second = match parts.next() {
            None => 0,
            Some(second) => second.ok_or_else(invalid)?,
        };
        if parts.next().is_some() {
            return Err(invalid());
        }
        Self::new(date, hour, minute, second).ok_or_else(invalid)
    }
}

impl fmt::Display for UtcDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}T{:02}:{:02}:{:02}Z",
            self.date, self.hour, self.minute, self.second
        )
    }
}

/// When an event happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// A whole calendar day, the same in every time zone (the introductory meeting).
    Day(IsoDate),
    /// A start in UTC and a length in minutes (the seminar).
    Timed { start: UtcDateTime, minutes: u16 },
}

/// One calendar event (a VEVENT).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event<'a> {
    /// Stable across downloads, so a calendar updates the event rather than adding one.
    pub uid: &'a str,
    /// When the file was made.
    pub created: UtcDateTime,
    pub when: When,
    pub summary: &'a str,
    pub description: &'a str,
    /// Where to join: written as LOCATION (shown by every calendar) and URL.
    pub link: Option<&'a str>,
}

/// A VCALENDAR holding `event`, lines in CRLF, folded at 75 octets.
pub fn calendar(event: &Event<'_>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Praxis//Communities of Practice//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", escape(event.uid)),
        format!("DTSTAMP:{}", event.created.ics()),
    ];
    match event.when {
        When::Day(day) => {
            let day: String = day
                .to_string()
                .chars()
                .filter(char::is_ascii_digit)
                .collect();
            lines.push(format!("DTSTART;VALUE=DATE:{day}"));
        }
        When::Timed { start, minutes } => {
            lines.push(format!("DTSTART:{}", start.ics()));
            lines.push(format!("DURATION:PT{minutes}M"));
        }
    }
    lines.push(format!("SUMMARY:{}", escape(event.summary)));
    lines.push(format!("DESCRIPTION:{}", escape(event.description)));
    if let Some(link) = event.link {
        lines.push(format!("LOCATION:{}", escape(link)));
        // URL is a URI value, not TEXT: written as is (the kit checked it is http(s)
        // without spaces).
        lines.push(format!("URL:{link}"));
    }
    lines.push("END:VEVENT".to_owned());
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|line| fold(line) + "\r\n").collect()
}

/// TEXT values escape backslash, semicolon and comma, and write line breaks as `\n`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Splits a content line so no physical line exceeds 75 octets (the leading space of a
/// continuation counts), never inside a UTF-8 character.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(value: &str) -> UtcDateTime {
        value.parse().unwrap()
    }

    #[test]
    fn utc_date_times_parse_and_print() {
        assert_eq!(at("2031-03-15T14:05Z").ics(), "20310315T140500Z");
        assert_eq!(
            at("2031-03-15T14:05:09Z").to_string(),
            "2031-03-15T14:05:09Z"
        );
        assert_eq!(at("2031-03-15T09:30Z").time(), "09:30");
        for bad in [
            "2031-03-15T14:05",
            "2031-03-15 14:05Z",
            "2031-02-30T10:00Z",
            "2031-03-15T24:00Z",
            "2031-03-15T1:00Z",
            "2031-03-15T10:00:00:00Z",
        ] {
            assert!(bad.parse::<UtcDateTime>().is_err(), "{bad}");
        }
    }

    #[test]
    fn an_all_day_event_is_written_as_the_meeting_invitation_always_was() {
        let file = calendar(&Event {
            uid: "doc@praxis",
            created: at("2031-03-01T08:00:00Z"),
            when: When::Day("2031-03-15".parse().unwrap()),
            summary: "Indicators",
            description: "Agree; objectives, results\nand plan",
            link: None,
        });
        assert_eq!(
            file,
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Praxis//Communities of Practice//EN\r\n\
             CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\nUID:doc@praxis\r\n\
             DTSTAMP:20310301T080000Z\r\nDTSTART;VALUE=DATE:20310315\r\nSUMMARY:Indicators\r\n\
             DESCRIPTION:Agree\\; objectives\\, results\\nand plan\r\nEND:VEVENT\r\n\
             END:VCALENDAR\r\n"
        );
    }

    #[test]
    fn a_timed_event_starts_in_utc_and_lasts_its_duration() {
        let file = calendar(&Event {
            uid: "s@praxis",
            created: at("2031-03-01T08:00:00Z"),
            when: When::Timed {
                start: at("2031-03-15T14:00Z"),
                minutes: 90,
            },
            summary: "Seminar",
            description: "",
            link: Some("https://meet.example.org/x?a=1,b"),
        });
        assert!(file.contains("\r\nDTSTART:20310315T140000Z\r\nDURATION:PT90M\r\n"));
        assert!(file.contains("\r\nLOCATION:https://meet.example.org/x?a=1\\,b\r\n"));
        assert!(file.contains("\r\nURL:https://meet.example.org/x?a=1,b\r\n"));
    }

    #[test]
    fn folding_never_splits_a_multibyte_character_at_the_75th_octet() {
        // "SUMMARY:" is 8 octets; 66 ASCII letters reach 74, so the next character (é,
        // two octets) would end at octet 76 and must move whole to the next line.
        let line = format!("SUMMARY:{}é€😀{}", "a".repeat(66), "b".repeat(80));
        let folded = fold(&line);
        let physical: Vec<&str> = folded.split("\r\n").collect();
        assert_eq!(physical[0].len(), 74);
        assert!(physical[1].starts_with(" é€😀"));
        for part in &physical {
            assert!(part.len() <= 75, "{} octets", part.len());
        }
        assert!(physical[1..].iter().all(|part| part.starts_with(' ')));
        // Unfolding (removing CRLF + space) gives the line back.
        assert_eq!(folded.replace("\r\n ", ""), line);
        // A four-octet character exactly filling the line stays on it.
        let exact = format!("X:{}😀", "a".repeat(69));
        assert_eq!(exact.len(), 75);
        assert_eq!(fold(&exact), exact);
        let over = format!("X:{}😀", "a".repeat(70));
        assert_eq!(fold(&over), format!("X:{}\r\n 😀", "a".repeat(70)));
    }
}
