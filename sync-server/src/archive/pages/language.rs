//! Which language a page speaks: the one the reader picked (`?lang=`), else the one
//! their browser prefers (`Accept-Language`), else — on a record — the community's own,
//! else English.

use community::Language;

/// What the reader asked for, strongest first. A rendered record is kept per document
/// and per `Asked`, since that (with the record's fixed language) decides its page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Asked {
    /// Picked on a page: `?lang=xx`, one of ours.
    Picked(Language),
    /// The highest-ranked of ours in `Accept-Language`.
    Browser(Language),
    /// Neither names a language we have.
    Nothing,
}

impl Asked {
    /// From the `lang` query parameter and the `Accept-Language` header; an unknown
    /// `lang` counts as none, so the browser's preference still applies.
    pub fn from_request(lang: Option<&str>, accept_language: Option<&str>) -> Self {
        if let Some(language) = lang.and_then(Language::from_key) {
            return Self::Picked(language);
        }
        accept_language
            .and_then(preferred)
            .map_or(Self::Nothing, Self::Browser)
    }

    /// The page's language, given the community's own (a record's) if any.
    pub fn language(self, community: Option<Language>) -> Language {
        match self {
            Self::Picked(language) | Self::Browser(language) => language,
            Self::Nothing => community.unwrap_or(Language::En),
        }
    }

    /// The language a page's own links carry on: only one picked on a page, which would
    /// otherwise be lost at the next click (a browser's preference comes with every
    /// request anyway).
    pub fn carried(self) -> Option<Language> {
        match self {
            Self::Picked(language) => Some(language),
            Self::Browser(_) | Self::Nothing => None,
        }
    }
}

/// The highest-ranked language of ours in an `Accept-Language` value (RFC 9110
/// §12.5.4): `q` defaults to 1, `q=0` means "not this one", a tie goes to the one named
/// first; a tag matches on its primary subtag (`pt-BR` is Portuguese); `*` and what
/// does not parse are skipped.
fn preferred(accept_language: &str) -> Option<Language> {
    let mut best: Option<(Language, u16)> = None;
    for item in accept_language.split(',') {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or_default().trim();
        let Some(language) = Language::from_key(tag) else {
            continue;
        };
        let mut weight = Some(1000);
        for parameter in parts {
            if let Some((name, value)) = parameter.split_once('=')
                && name.trim().eq_ignore_ascii_case("q")
            {
                weight = qvalue(value.trim());
            }
        }
        let Some(weight) = weight.filter(|weight| *weight > 0) else {
            continue;
        };
        if best.is_none_or(|(_, best)| weight > best) {
            best = Some((language, weight));
        }
    }
    best.map(|(language, _)| language)
}

/// A qvalue in thousandths (`0.8` is 800): `0` or `1` with at most three decimals, no
/// more than 1.
fn qvalue(value: &str) -> Option<u16> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{fraction:0<3}").parse::<u16>().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_highest_q_of_ours_wins() {
        assert_eq!(preferred("es-ES,es;q=0.9"), Some(Language::Es));
        assert_eq!(
            preferred("de;q=1, fr;q=0.4, pt-BR;q=0.8, en;q=0.7"),
            Some(Language::Pt)
        );
        assert_eq!(
            preferred("en;q=0.5, fr"),
            Some(Language::Fr),
            "q is 1 unsaid"
        );
        assert_eq!(
            preferred("fr;q=0.5, es;q=0.5"),
            Some(Language::Fr),
            "ties: first"
        );
        assert_eq!(preferred("FR-ca ; Q=0.3"), Some(Language::Fr));
    }

    #[test]
    fn unknown_refused_and_malformed_languages_are_skipped() {
        assert_eq!(preferred("de-DE,de;q=0.9,*;q=0.1"), None);
        assert_eq!(preferred("es;q=0, en;q=0.1"), Some(Language::En));
        assert_eq!(
            preferred("es;q=2, fr;q=0.x, pt;q=0.0001, en;q=0.01"),
            Some(Language::En)
        );
        assert_eq!(preferred(""), None);
    }

    #[test]
    fn a_pick_beats_the_browser_and_the_community() {
        let es = Asked::from_request(Some("es"), Some("fr"));
        assert_eq!(es, Asked::Picked(Language::Es));
        assert_eq!(es.language(Some(Language::Pt)), Language::Es);
        assert_eq!(es.carried(), Some(Language::Es));
        let browser = Asked::from_request(Some("xx"), Some("fr-CA"));
        assert_eq!(
            browser,
            Asked::Browser(Language::Fr),
            "an unknown pick is none"
        );
        assert_eq!(browser.carried(), None);
        let nothing = Asked::from_request(Some("xx"), Some("de"));
        assert_eq!(nothing.language(Some(Language::Pt)), Language::Pt);
        assert_eq!(nothing.language(None), Language::En);
    }
}
