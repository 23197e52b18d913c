//! Resumption tokens: stateless, so the relay keeps nothing between a harvester's
//! requests and a restart loses no harvest.
//!
//! A token is base64url (no padding) of a JSON array: a version tag, the verb, the
//! metadata prefix, `from`, `until`, `set`, and the datestamp and id of the last
//! record already sent. The list is ordered by (datestamp, id), so the next page is
//! "what comes after that key" (keyset paging), not "skip n": a record whose datestamp
//! moves (a late change to an archived community) or a community archived meanwhile
//! never shifts the others, so no record is skipped or sent twice because of it.
//! A first request without `until` is frozen at the request's instant, so what is
//! archived during a harvest waits for the next incremental harvest (whose `from` is
//! this harvest's `responseDate`). A token's list that changed is still served; only
//! if nothing is left after its key (every remaining record moved past `until`) is it
//! answered `badResumptionToken`, since an OAI-PMH list cannot be empty.
//!
//! Tokens are validated strictly: anything but exactly this shape, for this verb, with
//! well-formed values, is `badResumptionToken`. They do not expire.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};

use super::request::{Selection, is_set_spec};
use super::time::UtcSeconds;

const VERSION: &str = "praxis-oai-1";

/// The record a page ends with: the next page starts after it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Key {
    pub datestamp: UtcSeconds,
    pub id: String,
}

/// Where a list resumes: its selection (with `until` frozen) and the last key sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Resumption {
    pub selection: Selection,
    pub after: Key,
}

/// The token for `resumption` of `verb`'s list.
pub(crate) fn encode(verb: &str, resumption: &Resumption) -> String {
    let selection = &resumption.selection;
    let stamp = |instant: Option<UtcSeconds>| instant.map(|instant| instant.to_string());
    let fields = json!([
        VERSION,
        verb,
        selection.prefix,
        stamp(selection.from),
        stamp(selection.until),
        selection.set,
        resumption.after.datestamp.to_string(),
        resumption.after.id,
    ]);
    URL_SAFE_NO_PAD.encode(fields.to_string())
}

/// The resumption `token` stands for, if it is one this provider made for `verb`.
pub(crate) fn decode(verb: &str, token: &str) -> Option<Resumption> {
    let bytes = URL_SAFE_NO_PAD.decode(token).ok()?;
    let fields: Value = serde_json::from_slice(&bytes).ok()?;
    let [version, named_verb, prefix, from, until, set, datestamp, id] =
        fields.as_array()?.as_slice()
    else {
        return None;
    };
    if version.as_str()? != VERSION || named_verb.as_str()? != verb {
        return None;
    }
    let instant = |value: &Value| -> Option<Option<UtcSeconds>> {
        match value {
            Value::Null => Some(None),
            Value::String(text) => UtcSeconds::parse_datestamp(text).map(Some),
            _ => None,
        }
    };
    let set = match set {
        Value::Null => None,
        Value::String(spec) if is_set_spec(spec) => Some(spec.clone()),
        _ => return None,
    };
    let selection = Selection {
        prefix: prefix.as_str()?.to_owned(),
        from: instant(from)?,
        // Every token's list was frozen at its first request.
        until: Some(instant(until)??),
        set,
    };
    if selection.from > selection.until {
        return None;
    }
    Some(Resumption {
        selection,
        after: Key {
            datestamp: UtcSeconds::parse_datestamp(datestamp.as_str()?)?,
            id: id.as_str()?.to_owned(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resumption() -> Resumption {
        Resumption {
            selection: Selection {
                prefix: "oai_dc".into(),
                from: UtcSeconds::from_unix(1_700_000_000),
                until: UtcSeconds::from_unix(1_800_000_000),
                set: Some("objective:lessons_learned".into()),
            },
            after: Key {
                datestamp: UtcSeconds::from_unix(1_750_000_000).expect("instant"),
                id: "2Xj9".into(),
            },
        }
    }

    #[test]
    fn a_token_reads_back_for_its_verb_only() {
        let token = encode("ListRecords", &resumption());
        assert_eq!(decode("ListRecords", &token), Some(resumption()));
        assert_eq!(decode("ListIdentifiers", &token), None);
    }

    #[test]
    fn anything_else_is_refused() {
        let token = encode("ListRecords", &resumption());
        let forge = |text: &str| URL_SAFE_NO_PAD.encode(text);
        for bad in [
            String::new(),
            "not base64!".into(),
            format!("{token}="),
            forge("[]"),
            forge("{\"verb\":\"ListRecords\"}"),
            // Another version; a missing until; a reversed range; a bad set; a bad key.
            forge(
                r#"["praxis-oai-0","ListRecords","oai_dc",null,"2026-01-01T00:00:00Z",null,"2026-01-01T00:00:00Z","a"]"#,
            ),
            forge(
                r#"["praxis-oai-1","ListRecords","oai_dc",null,null,null,"2026-01-01T00:00:00Z","a"]"#,
            ),
            forge(
                r#"["praxis-oai-1","ListRecords","oai_dc","2026-02-01T00:00:00Z","2026-01-01T00:00:00Z",null,"2026-01-01T00:00:00Z","a"]"#,
            ),
            forge(
                r#"["praxis-oai-1","ListRecords","oai_dc",null,"2026-01-01T00:00:00Z","a b","2026-01-01T00:00:00Z","a"]"#,
            ),
            forge(
                r#"["praxis-oai-1","ListRecords","oai_dc",null,"2026-01-01T00:00:00Z",null,"2026-01-01","a"]"#,
            ),
            forge(
                r#"["praxis-oai-1","ListRecords","oai_dc",null,"2026-01-01T00:00:00Z",null,"2026-01-01T00:00:00Z",1]"#,
            ),
        ] {
            assert_eq!(decode("ListRecords", &bad), None, "{bad}");
        }
    }
}
