//! The little HTML the archive's pages need: one escaping helper every piece of text
//! goes through, and one page layout (landmarks, `lang`, the language switcher, a tiny
//! inline style, no script). No template engine: a handful of pages built with
//! `write!` and [`escape`] read as plainly as templates would, and add no dependency.

use std::fmt::Write as _;

use community::Language;

use super::pages::words::{Words, words};
use crate::store::meta::UnixSeconds;

/// `text` safe inside HTML text and double- or single-quoted attribute values: the
/// records' own XML escaping (`& < > " '`, line breaks as character references, and
/// the control characters neither XML nor HTML should carry dropped), so the archive's
/// pages, its OAI-PMH records and the kit escape a member's text the same way.
pub use community::export::xml::escape;

/// `text` as a query-string value: everything but unreserved characters
/// percent-encoded (UTF-8).
pub fn url_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

/// Small, readable on a phone, printable; no web fonts, no images.
const STYLE: &str = "body{font:1rem/1.5 system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:0 1rem;color:#1a1a1a}\
header,footer{padding:.5rem 0;border-bottom:1px solid #ccc}footer{border:0;border-top:1px solid #ccc;font-size:.9rem}\
a{color:#0645ad}mark{background:#ffe58a}input[type=search]{width:min(100%,24rem);font:inherit;padding:.3rem}\
button{font:inherit;padding:.3rem .8rem}dt{font-weight:600}li{margin:.3rem 0}.meta{color:#555}\
blockquote{margin:.5rem 0;padding-left:1rem;border-left:3px solid #ccc}";

/// What every page shows around its content.
pub struct Layout<'a> {
    /// The relay's name for its archive (`--repository-name`).
    pub repository: &'a str,
    /// Whom to write to about the archive (`--admin-email`), if anyone.
    pub contact: Option<&'a str>,
    /// The language of the page's own words.
    pub language: Language,
    /// The language the page's links carry on (see `pages::language::Asked::carried`).
    pub carried: Option<Language>,
    /// The query this page keeps when the reader switches language (URL-encoded,
    /// without `lang`; `q=dengue&page=2` on the search, else empty). The switcher's
    /// links are relative (`?lang=es`), so a page does not name its own address: the
    /// not-found page is the same whatever was asked for.
    pub keep: String,
}

impl Layout<'_> {
    /// The page's own words.
    pub fn words(&self) -> &'static Words {
        words(self.language)
    }

    /// `href` (a path and maybe a query, URL-encoded, not yet HTML-escaped) carrying the
    /// language picked on a page, if one was.
    pub fn link(&self, href: &str) -> String {
        match self.carried {
            Some(language) => with_lang(href, language),
            None => href.to_owned(),
        }
    }

    /// A whole page: `title` (text) in the tab, `main` (HTML) as its main content, in
    /// the page's language; a record marks its own language on its `article`.
    pub fn page(&self, title: &str, main: &str) -> String {
        let repository = escape(self.repository);
        let own = self.words();
        let mut page = format!(
            "<!doctype html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
             <title>{title} · {repository}</title><style>{STYLE}</style></head><body>\
             <header><a href=\"{home}\">{repository}</a> <nav aria-label=\"{languages}\">",
            lang = self.language.key(),
            title = escape(title),
            home = escape(&self.link("/archive")),
            languages = own.languages,
        );
        for language in Language::ALL {
            // Each language named in itself: someone who cannot read this one finds theirs.
            let name = words(language).endonym;
            let key = language.key();
            if language == self.language {
                let _ = write!(page, " <strong lang=\"{key}\">{name}</strong>");
            } else {
                let _ = write!(
                    page,
                    " <a href=\"{}\" hreflang=\"{key}\" lang=\"{key}\">{name}</a>",
                    escape(&with_lang(&format!("?{}", self.keep), language))
                );
            }
        }
        let _ = write!(page, "</nav></header><main>{main}</main><footer>");
        if let Some(contact) = self.contact {
            let contact = escape(contact);
            let _ = write!(
                page,
                "{} <a href=\"mailto:{contact}\">{contact}</a>",
                own.contact
            );
        }
        page.push_str("</footer></body></html>\n");
        page
    }
}

/// `href` with `lang=` added to its query.
fn with_lang(href: &str, language: Language) -> String {
    let separator = match href.find('?') {
        None => "?",
        Some(at) if at + 1 == href.len() => "",
        Some(_) => "&",
    };
    format!("{href}{separator}lang={}", language.key())
}

/// A Unix time as a UTC date and time (`2026-11-29 20:05 UTC`).
pub fn utc(seconds: UnixSeconds) -> String {
    let days = seconds.div_euclid(86_400);
    let of_day = seconds.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        of_day / 3600,
        of_day % 3600 / 60
    )
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's
/// `civil_from_days`): no date library for one conversion.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_leaves_no_markup() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(url_encode("evaluación a&b"), "evaluaci%C3%B3n%20a%26b");
    }

    #[test]
    fn layout_speaks_its_language_and_switches_keeping_the_query() {
        let layout = Layout {
            repository: "Archive",
            contact: Some("a@b.org"),
            language: Language::Es,
            carried: Some(Language::Es),
            keep: "q=dengue&page=2".into(),
        };
        let page = layout.page("T", "<p>x</p>");
        assert!(page.contains("<html lang=\"es\">"), "{page}");
        assert!(
            page.contains("<header><a href=\"/archive?lang=es\">"),
            "{page}"
        );
        assert!(
            page.contains(
                "<a href=\"?q=dengue&amp;page=2&amp;lang=pt\" hreflang=\"pt\" \
                 lang=\"pt\">Português</a>"
            ),
            "{page}"
        );
        assert!(
            page.contains("<strong lang=\"es\">Español</strong>"),
            "{page}"
        );
        assert!(
            page.contains("Contacto: <a href=\"mailto:a@b.org\">"),
            "{page}"
        );
        let record = Layout {
            carried: None,
            keep: String::new(),
            ..layout
        };
        let page = record.page("T", "");
        assert!(page.contains("<a href=\"/archive\">"), "{page}");
        assert!(page.contains("href=\"?lang=fr\""), "{page}");
    }

    #[test]
    fn utc_dates() {
        assert_eq!(utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc(1_796_000_000), "2026-11-30 00:53 UTC");
        assert_eq!(utc(951_782_400), "2000-02-29 00:00 UTC");
    }
}
