//! Reading an OAI-PMH request's arguments (GET query or POST form, already decoded
//! into pairs) into one of the six verbs, or the protocol error that answers it.
//!
//! The order of the checks is the protocol's (§3.6): the verb first (missing, repeated
//! or unknown: `badVerb`), then the arguments (unknown, repeated, missing, a
//! `resumptionToken` with anything else, or a value of the wrong form: `badArgument`).
//! Only what passes both is echoed in the response's `request` element.

use super::OaiError;
use super::time::{self, Granularity, UtcSeconds};

/// The metadata format every archived community is disseminated in.
pub(crate) const OAI_DC: &str = "oai_dc";

/// A request whose verb and arguments are well formed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Request {
    Identify,
    ListMetadataFormats { identifier: Option<String> },
    ListSets { token: Option<String> },
    GetRecord { identifier: String, prefix: String },
    List { verb: ListVerb, start: Start },
}

/// The two verbs that list records page by page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ListVerb {
    Identifiers,
    Records,
}

impl ListVerb {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Identifiers => "ListIdentifiers",
            Self::Records => "ListRecords",
        }
    }
}

/// Where a list starts: a first request's selection, or a resumption token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Start {
    Fresh(Selection),
    Resume(String),
}

/// Which records a list request selects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Selection {
    pub prefix: String,
    /// Inclusive bounds; a day-granularity `until` stands for the day's last second.
    pub from: Option<UtcSeconds>,
    pub until: Option<UtcSeconds>,
    pub set: Option<String>,
}

/// What arguments a verb takes besides `verb`.
struct Arguments {
    required: &'static [&'static str],
    optional: &'static [&'static str],
    /// Whether `resumptionToken` may stand alone in place of the others.
    resumable: bool,
}

impl Arguments {
    fn of(verb: &str) -> Option<Self> {
        let (required, optional, resumable): (&[&str], &[&str], bool) = match verb {
            "Identify" => (&[], &[], false),
            "ListMetadataFormats" => (&[], &["identifier"], false),
            "ListSets" => (&[], &[], true),
            "GetRecord" => (&["identifier", "metadataPrefix"], &[], false),
            "ListIdentifiers" | "ListRecords" => {
                (&["metadataPrefix"], &["from", "until", "set"], true)
            }
            _ => return None,
        };
        Some(Self {
            required,
            optional,
            resumable,
        })
    }
}

/// Reads `params` into a request, or the `badVerb` or `badArgument` that answers it.
pub(crate) fn parse(params: &[(String, String)]) -> Result<Request, OaiError> {
    let verbs: Vec<&str> = params
        .iter()
        .filter(|(key, _)| key == "verb")
        .map(|(_, value)| value.as_str())
        .collect();
    let verb = match verbs.as_slice() {
        [] => return Err(OaiError::BadVerb("The request names no verb.".into())),
        [verb] => *verb,
        _ => return Err(OaiError::BadVerb("The verb argument is repeated.".into())),
    };
    let Some(arguments) = Arguments::of(verb) else {
        return Err(OaiError::BadVerb(format!(
            "'{verb}' is not an OAI-PMH verb."
        )));
    };
    let others: Vec<(&str, &str)> = params
        .iter()
        .filter(|(key, _)| key != "verb")
        .map(|(key, value)| (key.as_str(), value.as_str()))
        .collect();
    for (index, (key, _)) in others.iter().enumerate() {
        if others[..index].iter().any(|(earlier, _)| earlier == key) {
            return Err(OaiError::BadArgument(format!(
                "The argument '{key}' is repeated."
            )));
        }
        let known = arguments.required.contains(key)
            || arguments.optional.contains(key)
            || (arguments.resumable && *key == "resumptionToken");
        if !known {
            return Err(OaiError::BadArgument(format!(
                "{verb} takes no argument '{key}'."
            )));
        }
    }
    let get = |name: &str| {
        others
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| *value)
    };
    if let Some(token) = get("resumptionToken") {
        if others.len() > 1 {
            return Err(OaiError::BadArgument(
                "A resumptionToken is an exclusive argument.".into(),
            ));
        }
        return Ok(match verb {
            "ListSets" => Request::ListSets {
                token: Some(token.to_owned()),
            },
            "ListIdentifiers" => Request::List {
                verb: ListVerb::Identifiers,
                start: Start::Resume(token.to_owned()),
            },
            _ => Request::List {
                verb: ListVerb::Records,
                start: Start::Resume(token.to_owned()),
            },
        });
    }
    if let Some(missing) = arguments.required.iter().find(|name| get(name).is_none()) {
        return Err(OaiError::BadArgument(format!(
            "{verb} requires the argument '{missing}'."
        )));
    }
    if let Some((key, _)) = others.iter().find(|(_, value)| value.is_empty()) {
        return Err(OaiError::BadArgument(format!(
            "The argument '{key}' is empty."
        )));
    }
    let prefix = get("metadataPrefix").map(checked_prefix).transpose()?;
    let identifier = get("identifier").map(checked_identifier).transpose()?;
    Ok(match verb {
        "Identify" => Request::Identify,
        "ListMetadataFormats" => Request::ListMetadataFormats { identifier },
        "ListSets" => Request::ListSets { token: None },
        // Both are required, so both are present here.
        "GetRecord" => Request::GetRecord {
            identifier: identifier.unwrap_or_default(),
            prefix: prefix.unwrap_or_default(),
        },
        _ => Request::List {
            verb: if verb == "ListIdentifiers" {
                ListVerb::Identifiers
            } else {
                ListVerb::Records
            },
            start: Start::Fresh(selection(
                prefix.unwrap_or_default(),
                get("from"),
                get("until"),
                get("set"),
            )?),
        },
    })
}

/// A list request's selection, with its dates and set checked.
fn selection(
    prefix: String,
    from: Option<&str>,
    until: Option<&str>,
    set: Option<&str>,
) -> Result<Selection, OaiError> {
    let bound = |name: &str, text: &str| {
        time::parse(text).ok_or_else(|| {
            OaiError::BadArgument(format!(
                "'{name}' must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (UTC)."
            ))
        })
    };
    let from = from.map(|text| bound("from", text)).transpose()?;
    let until = until.map(|text| bound("until", text)).transpose()?;
    if let (Some((_, from)), Some((_, until))) = (from, until)
        && from != until
    {
        return Err(OaiError::BadArgument(
            "'from' and 'until' must have the same granularity.".into(),
        ));
    }
    let from = from.map(|(instant, _)| instant);
    let until = until.map(|(instant, granularity)| match granularity {
        Granularity::Day => instant.end_of_day(),
        Granularity::Second => instant,
    });
    if let (Some(from), Some(until)) = (from, until)
        && from > until
    {
        return Err(OaiError::BadArgument(
            "'from' is later than 'until'.".into(),
        ));
    }
    if let Some(set) = set
        && !is_set_spec(set)
    {
        return Err(OaiError::BadArgument(format!("'{set}' is not a setSpec.")));
    }
    Ok(Selection {
        prefix,
        from,
        until,
        set: set.map(str::to_owned),
    })
}

/// The protocol's metadataPrefix characters (URI unreserved), or `badArgument`.
fn checked_prefix(prefix: &str) -> Result<String, OaiError> {
    if prefix.chars().all(is_unreserved) {
        Ok(prefix.to_owned())
    } else {
        Err(OaiError::BadArgument(format!(
            "'{prefix}' is not a metadataPrefix."
        )))
    }
}

/// An identifier is a URI (§2.4): one that cannot be, whatever repository it names,
/// is `badArgument`, which also keeps the echoed `request` element valid (the schema
/// types the attribute `anyURI`). What may be a URI but is not one of ours is
/// `idDoesNotExist`, later. Checked: RFC 3986's characters only (no spaces, no
/// non-ASCII, no brackets, which only IPv6 hosts use), `%` with two hex digits, at
/// most one `#`.
fn checked_identifier(identifier: &str) -> Result<String, OaiError> {
    let bytes = identifier.as_bytes();
    let escapes_ok = bytes.iter().enumerate().all(|(at, byte)| {
        *byte != b'%'
            || bytes
                .get(at + 1..at + 3)
                .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit))
    });
    let characters_ok = identifier
        .chars()
        .all(|c| is_unreserved(c) || ":/?#@$&+,;=%".contains(c));
    if escapes_ok && characters_ok && identifier.matches('#').count() <= 1 {
        Ok(identifier.to_owned())
    } else {
        Err(OaiError::BadArgument(format!(
            "'{identifier}' is not a URI, as OAI identifiers are."
        )))
    }
}

/// A setSpec: colon-separated, non-empty runs of URI unreserved characters.
pub(crate) fn is_set_spec(spec: &str) -> bool {
    spec.split(':')
        .all(|part| !part.is_empty() && part.chars().all(is_unreserved))
}

fn is_unreserved(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-_.!~*'()".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(key, value)| ((*key).to_owned(), (*value).to_owned()))
            .collect()
    }

    fn code(pairs: &[(&str, &str)]) -> &'static str {
        parse(&args(pairs)).expect_err("refused").code()
    }

    #[test]
    fn the_verb_is_checked_before_anything_else() {
        assert_eq!(code(&[]), "badVerb");
        assert_eq!(code(&[("identifier", "x")]), "badVerb");
        assert_eq!(
            code(&[("verb", "Identify"), ("verb", "Identify")]),
            "badVerb"
        );
        assert_eq!(code(&[("verb", "identify")]), "badVerb");
        assert_eq!(code(&[("verb", "Harvest"), ("bogus", "1")]), "badVerb");
    }

    #[test]
    fn arguments_are_checked_against_the_verb() {
        assert_eq!(code(&[("verb", "Identify"), ("set", "a")]), "badArgument");
        assert_eq!(
            code(&[("verb", "GetRecord"), ("identifier", "x")]),
            "badArgument"
        );
        assert_eq!(
            code(&[
                ("verb", "ListRecords"),
                ("metadataPrefix", "oai_dc"),
                ("metadataPrefix", "oai_dc")
            ]),
            "badArgument"
        );
        assert_eq!(
            code(&[
                ("verb", "ListRecords"),
                ("metadataPrefix", "oai_dc"),
                ("resumptionToken", "t")
            ]),
            "badArgument"
        );
        assert_eq!(code(&[("verb", "ListRecords")]), "badArgument");
        assert_eq!(
            code(&[("verb", "ListMetadataFormats"), ("resumptionToken", "t")]),
            "badArgument"
        );
        assert_eq!(
            code(&[("verb", "ListRecords"), ("metadataPrefix", "")]),
            "badArgument"
        );
        assert_eq!(
            code(&[("verb", "ListRecords"), ("metadataPrefix", "oai dc")]),
            "badArgument"
        );
    }

    #[test]
    fn dates_must_share_a_granularity_and_be_in_order() {
        let list = |from: &str, until: &str| {
            parse(&args(&[
                ("verb", "ListIdentifiers"),
                ("metadataPrefix", "oai_dc"),
                ("from", from),
                ("until", until),
            ]))
        };
        assert_eq!(
            list("2026-01-01", "2026-01-01T10:00:00Z")
                .expect_err("mixed")
                .code(),
            "badArgument"
        );
        assert_eq!(
            list("2026-01-02", "2026-01-01")
                .expect_err("reversed")
                .code(),
            "badArgument"
        );
        assert_eq!(
            list("2026-01-01T00:00:00", "2026-01-02T00:00:00")
                .expect_err("no zone")
                .code(),
            "badArgument"
        );
        let Ok(Request::List {
            start: Start::Fresh(selection),
            ..
        }) = list("2026-01-01", "2026-01-01")
        else {
            panic!("one day is a valid selection");
        };
        assert_eq!(
            selection.until.map(|until| until.to_string()),
            Some("2026-01-01T23:59:59Z".into())
        );
    }

    #[test]
    fn a_token_stands_alone() {
        assert_eq!(
            parse(&args(&[
                ("verb", "ListRecords"),
                ("resumptionToken", "abc")
            ])),
            Ok(Request::List {
                verb: ListVerb::Records,
                start: Start::Resume("abc".into())
            })
        );
    }

    #[test]
    fn set_specs_follow_the_protocol() {
        assert!(is_set_spec("objective:problem_solving"));
        assert!(!is_set_spec("objective:"));
        assert!(!is_set_spec("a b"));
    }
}
