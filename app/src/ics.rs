//! The introductory meeting's invitation as an iCalendar file (RFC 5545): one all-day
//! VEVENT. Pure string building, so the output is checked byte for byte by the e2e test
//! (the app crate builds for wasm only, where `cargo test` does not run in CI).

/// A VCALENDAR with one all-day event on `date` (`YYYY-MM-DD`). `dtstamp` is the UTC
/// creation time as `YYYYMMDDTHHMMSSZ`. Lines end in CRLF and are folded at 75 octets.
pub fn invitation(
    uid: &str,
    dtstamp: &str,
    date: &str,
    summary: &str,
    description: &str,
) -> String {
    let day: String = date.chars().filter(char::is_ascii_digit).collect();
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Praxis//Communities of Practice//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", escape(uid)),
        format!("DTSTAMP:{dtstamp}"),
        format!("DTSTART;VALUE=DATE:{day}"),
        format!("SUMMARY:{}", escape(summary)),
        format!("DESCRIPTION:{}", escape(description)),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
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
