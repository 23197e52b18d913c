//! Escaping text for XML 1.0: the one escaper of every text Praxis writes into markup
//! (the Dublin Core records, the relay's OAI-PMH responses and archive pages, the kit's
//! pages and slides, the results chart).
//!
//! Our own dozen lines rather than a crate: the exports only write text content and
//! attribute values, never parse, and what a writer crate adds (namespaces, streaming)
//! is handled by the fixed templates around the values. The one trap is that XML 1.0
//! cannot carry most control characters even escaped (`&#1;` is not well-formed), and a
//! post pasted from a word processor may hold one; they are dropped.

use std::borrow::Cow;

/// `text` made safe for element content and for attribute values in double or single
/// quotes: `& < > " '` are escaped and characters XML 1.0 forbids are dropped.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_care) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Kept as references so an attribute value keeps them through
            // attribute-value normalisation (a literal newline would read as a space).
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if allowed(c) => out.push(c),
            _ => {}
        }
    }
    Cow::Owned(out)
}

fn needs_care(c: char) -> bool {
    matches!(c, '&' | '<' | '>' | '"' | '\'' | '\t' | '\n' | '\r') || !allowed(c)
}

/// XML 1.0's `Char` production (§2.2).
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(
            escape(r#"<a href="x">Tom & 'Jerry'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;"
        );
    }

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(escape("Salud pública"), Cow::Borrowed(_)));
    }

    #[test]
    fn characters_xml_cannot_carry_are_dropped_and_line_breaks_kept() {
        assert_eq!(escape("a\u{1}b\u{FFFE}c\nd"), "abc&#10;d");
        // Beyond the Basic Multilingual Plane is fine; C1 controls are legal XML 1.0.
        assert_eq!(escape("é😀\u{85}"), "é😀\u{85}");
    }
}
