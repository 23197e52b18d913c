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

/// The largest index at or before `end` that does not split a character sequence: not
/// after a zero-width joiner, not before a combining mark, variation selector, skin tone
/// or tag character (the parts of emoji and accented letters that follow their base).
pub(crate) fn sequence_boundary(text: &str, mut end: usize) -> usize {
    while end > 0 {
        let before = text[..end].chars().next_back();
        let after = text[end..].chars().next();
        let joins = before == Some('\u{200D}') || after.is_some_and(continues_sequence);
        if !joins {
            break;
        }
        end -= before.map_or(1, char::len_utf8);
    }
    end
}

fn continues_sequence(c: char) -> bool {
    matches!(c,
        '\u{200D}'
        | '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{1F3FB}'..='\u{1F3FF}'
        | '\u{E0020}'..='\u{E007F}'
        | '\u{E0100}'..='\u{E01EF}')
}

/// Text cut to at most `limit` characters at a word boundary (else between character
/// sequences), with "…" when cut.
pub(crate) fn clip(text: &str, limit: usize) -> String {
    let text = one_line(text);
    if text.chars().count() <= limit {
        return text;
    }
    let end = text
        .char_indices()
        .nth(limit.saturating_sub(1))
        .map_or(text.len(), |(index, _)| index);
    let cut = &text[..end];
    let cut = match cut.rfind(' ') {
        Some(space) if space > cut.len() / 2 => &cut[..space],
        _ => &cut[..sequence_boundary(&text, end)],
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
        // Never half an emoji: the doctor is three scalars joined.
        assert_eq!(clip(&"👩‍⚕️".repeat(10), 6), "👩‍⚕️…");
    }
}
