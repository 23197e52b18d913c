//! Phase I, stage 6: target audiences — whom the community serves and who may benefit.

use automerge::{Automerge, ReadDoc};

use crate::{AudienceId, CommunityError, store};

const AUDIENCES: store::Path = &["design", "audiences"];

/// One target audience as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Audience {
    pub id: AudienceId,
    pub text: String,
}

/// Adds a target audience.
pub fn add_audience(doc: &mut Automerge, text: &str) -> Result<AudienceId, CommunityError> {
    if text.trim().is_empty() {
        return Err(CommunityError::Empty { field: "audience" });
    }
    let id = store::fresh_id(doc);
    store::write(doc, |tx| {
        let entry = store::insert_entry(tx, AUDIENCES, "audience", id.as_str())?;
        store::put_text(tx, &entry, "text", text)?;
        Ok(())
    })?;
    Ok(AudienceId::from_stored(id))
}

/// Replaces an audience's text, character-wise.
pub fn set_audience(
    doc: &mut Automerge,
    id: &AudienceId,
    text: &str,
) -> Result<(), CommunityError> {
    if text.trim().is_empty() {
        return Err(CommunityError::Empty { field: "audience" });
    }
    store::write(doc, |tx| {
        let entry = store::existing_entry(tx, AUDIENCES, "audience", id.as_str())?;
        store::put_text(tx, &entry, "text", text)
    })
}

/// Removes an audience.
pub fn remove_audience(doc: &mut Automerge, id: &AudienceId) -> Result<(), CommunityError> {
    store::write(doc, |tx| {
        store::remove_entry(tx, AUDIENCES, "audience", id.as_str())
    })
}

pub(crate) fn read_audiences<R: ReadDoc>(doc: &R) -> Vec<Audience> {
    let mut items: Vec<_> = store::entries(doc, AUDIENCES)
        .into_iter()
        .map(|(id, entry)| {
            let audience = Audience {
                id: AudienceId::from_stored(id.clone()),
                text: store::text(doc, &entry, "text"),
            };
            (
                store::int(doc, &entry, "position").unwrap_or(0),
                id,
                audience,
            )
        })
        .collect();
    store::sort_by_position(&mut items);
    items.into_iter().map(|(_, _, audience)| audience).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{create, read};

    #[test]
    fn audiences_are_added_edited_and_removed() {
        let mut doc = create("CoP to define indicators", "p").unwrap();
        let nurses = add_audience(&mut doc, "Rural nurses").unwrap();
        let ministry = add_audience(&mut doc, "Ministry of Health").unwrap();
        set_audience(&mut doc, &nurses, "Rural nurses and midwives").unwrap();
        let audiences = read(&doc).unwrap().design.audiences;
        assert_eq!(audiences.len(), 2);
        assert_eq!(audiences[0].text, "Rural nurses and midwives");
        remove_audience(&mut doc, &ministry).unwrap();
        assert_eq!(read(&doc).unwrap().design.audiences.len(), 1);
        assert!(matches!(
            remove_audience(&mut doc, &ministry),
            Err(CommunityError::NotFound { .. })
        ));
        assert!(matches!(
            add_audience(&mut doc, ""),
            Err(CommunityError::Empty { .. })
        ));
    }

    #[test]
    fn audiences_are_written_after_a_merge() {
        let mut ana = create("CoP to define indicators", "p").unwrap();
        let id = add_audience(&mut ana, "Nurses").unwrap();
        let mut luis = Automerge::new();
        luis.merge(&mut ana.clone()).unwrap();
        add_audience(&mut luis, "Doctors").unwrap();
        ana.merge(&mut luis.clone()).unwrap();
        set_audience(&mut ana, &id, "Rural nurses").unwrap();
        add_audience(&mut ana, "Pharmacists").unwrap();
        luis.merge(&mut ana).unwrap();
        let texts: Vec<_> = read(&luis)
            .unwrap()
            .design
            .audiences
            .into_iter()
            .map(|a| a.text)
            .collect();
        assert_eq!(texts, ["Rural nurses", "Doctors", "Pharmacists"]);
    }
}
