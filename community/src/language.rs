//! The community's working language: what the communication kit and the archive record
//! are written in. The app's interface language is each person's own choice; this one
//! belongs to the community and is set by its leader.

use automerge::Automerge;

use crate::{CommunityError, store};

const DESIGN: store::Path = &["design"];

/// A language Praxis ships its interface and templates in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    En,
    Es,
    Pt,
    Fr,
}

impl Language {
    pub const ALL: [Self; 4] = [Self::En, Self::Es, Self::Pt, Self::Fr];

    /// The stored value: the BCP 47 primary language subtag.
    pub fn key(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Es => "es",
            Self::Pt => "pt",
            Self::Fr => "fr",
        }
    }

    /// The language a stored value (or a longer tag such as `pt-BR`) names.
    pub fn from_key(key: &str) -> Option<Self> {
        let primary = key.split(['-', '_']).next().unwrap_or_default();
        Self::ALL
            .into_iter()
            .find(|language| language.key().eq_ignore_ascii_case(primary))
    }
}

/// Sets the community's working language.
pub fn set_language(doc: &mut Automerge, language: Language) -> Result<(), CommunityError> {
    store::write(doc, |tx| {
        let design = store::ensure_map(tx, DESIGN)?;
        store::put_scalar(tx, &design, "language", language.key())
    })
}

/// The community's language, `None` until the leader sets it.
pub(crate) fn read_language<R: automerge::ReadDoc>(doc: &R) -> Option<Language> {
    store::containers(doc, DESIGN)
        .first()
        .and_then(|design| store::string(doc, design, "language"))
        .and_then(|key| Language::from_key(&key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_is_set_read_and_parsed_from_longer_tags() {
        let mut doc = crate::create("Indicators for telemedicine", "").unwrap();
        assert_eq!(read_language(&doc), None);
        set_language(&mut doc, Language::Pt).unwrap();
        assert_eq!(read_language(&doc), Some(Language::Pt));
        assert_eq!(Language::from_key("pt-BR"), Some(Language::Pt));
        assert_eq!(Language::from_key("ES"), Some(Language::Es));
        assert_eq!(Language::from_key("de"), None);
    }
}
