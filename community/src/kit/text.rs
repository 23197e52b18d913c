//! Small text tools the kit's generators share: filling templates, escaping for XML and
//! HTML, and writing numbers, dates and lists the way each language does.

use crate::Language;

/// Replaces each `{name}` in `template` with its value. Only the template is scanned, so
/// braces in members' text are kept as written.
pub(crate) fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Text as one line: runs of whitespace (line breaks included) become one space.
pub(crate) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a character may appear in an XML 1.0 document at all; members' text can hold
/// control characters (pasted from elsewhere) that no escape makes legal.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Escapes text for XML and HTML content and attribute values, dropping characters XML
/// cannot carry.
pub(crate) fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars().filter(|&c| xml_char(c)) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Joins items as a sentence does: "A, B and C".
pub(crate) fn join_list(language: Language, items: &[String]) -> String {
    let and = match language {
        Language::En => " and ",
        Language::Es => " y ",
        Language::Pt => " e ",
        Language::Fr => " et ",
    };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}{and}{last}", init.join(", ")),
    }
}

/// A decimal with one digit after the separator the language uses.
pub(crate) fn decimal(language: Language, value: f32) -> String {
    let text = format!("{value:.1}");
    match language {
        Language::En => text,
        Language::Es | Language::Pt | Language::Fr => text.replace('.', ","),
    }
}

/// The month's name, 1-based.
pub(crate) fn month_name(language: Language, month: u8) -> &'static str {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const ES: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    const PT: [&str; 12] = [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ];
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let names = match language {
        Language::En => &EN,
        Language::Es => &ES,
        Language::Pt => &PT,
        Language::Fr => &FR,
    };
    names[usize::from(month.clamp(1, 12)) - 1]
}

/// Text cut to at most `limit` characters at a word boundary, with "…" when cut.
pub(crate) fn clip(text: &str, limit: usize) -> String {
    let text = one_line(text);
    if text.chars().count() <= limit {
        return text;
    }
    let cut: String = text.chars().take(limit.saturating_sub(1)).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > cut.len() / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([' ', ',', ';', ':', '.']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_fill_named_places_only() {
        assert_eq!(
            fill("{a} and {b} {c}", &[("a", "x{b}"), ("b", "y")]),
            "x{b} and y {c}"
        );
        assert_eq!(fill("{", &[]), "{");
    }

    #[test]
    fn xml_escapes_markup_and_drops_illegal_characters() {
        assert_eq!(
            escape_xml("a<b>&\"c'\u{1}\u{FFFE}é😀"),
            "a&lt;b&gt;&amp;&quot;c&#39;é😀"
        );
    }

    #[test]
    fn lists_numbers_and_months_follow_the_language() {
        let items = ["A".to_owned(), "B".to_owned(), "C".to_owned()];
        assert_eq!(join_list(Language::En, &items), "A, B and C");
        assert_eq!(join_list(Language::Fr, &items[..2]), "A et B");
        assert_eq!(decimal(Language::Es, 4.25), "4,2");
        assert_eq!(decimal(Language::En, 4.26), "4.3");
        assert_eq!(month_name(Language::Pt, 3), "março");
    }

    #[test]
    fn clipping_cuts_at_a_word() {
        assert_eq!(clip("one two three four", 12), "one two…");
        assert_eq!(clip("short", 12), "short");
        assert!(clip(&"é".repeat(50), 10).chars().count() <= 10);
    }
}
