//! Phase II, step 1: the knowledge-management tools the community will use.
//!
//! The method asks for a set of synchronous and asynchronous tools chosen before the
//! community starts, "for the members to be properly connected from the start".

use automerge::{Automerge, ReadDoc};

use crate::{CommunityError, ToolId, store};

const TOOLS: store::Path = &["implementation", "tools"];

/// The name Praxis records for itself among a community's tools.
pub const PRAXIS: &str = "Praxis";

/// Whether a tool connects members at the same time or at their own pace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ToolMode {
    Synchronous,
    Asynchronous,
}

impl ToolMode {
    /// The stored value, also the key the UI translates.
    pub fn key(self) -> &'static str {
        match self {
            Self::Synchronous => "synchronous",
            Self::Asynchronous => "asynchronous",
        }
    }

    /// The mode a stored value names, if this build knows it.
    pub fn from_key(key: &str) -> Option<Self> {
        [Self::Synchronous, Self::Asynchronous]
            .into_iter()
            .find(|mode| mode.key() == key)
    }
}

/// A tool the UI can offer with one click; `key` is for translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SuggestedTool {
    pub key: &'static str,
    pub name: &'static str,
    pub mode: ToolMode,
}

/// Common choices, Praxis first (it is the asynchronous space the community already has).
pub const SUGGESTED_TOOLS: [SuggestedTool; 5] = [
    SuggestedTool {
        key: "praxis",
        name: PRAXIS,
        mode: ToolMode::Asynchronous,
    },
    SuggestedTool {
        key: "video_conference",
        name: "Video conference",
        mode: ToolMode::Synchronous,
    },
    SuggestedTool {
        key: "webinar",
        name: "Webinar",
        mode: ToolMode::Synchronous,
    },
    SuggestedTool {
        key: "mailing_list",
        name: "Mailing list",
        mode: ToolMode::Asynchronous,
    },
    SuggestedTool {
        key: "shared_repository",
        name: "Shared document repository",
        mode: ToolMode::Asynchronous,
    },
];

/// A chosen tool as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KmTool {
    pub id: ToolId,
    pub name: String,
    pub mode: Option<ToolMode>,
    /// What the community uses it for.
    pub purpose: String,
}

/// Records a tool the community will use.
pub fn add_tool(
    doc: &mut Automerge,
    name: &str,
    mode: ToolMode,
    purpose: &str,
) -> Result<ToolId, CommunityError> {
    if name.trim().is_empty() {
        return Err(CommunityError::Empty { field: "tool name" });
    }
    let id = store::fresh_id(doc);
    store::write(doc, |tx| {
        let entry = store::insert_entry(tx, TOOLS, "tool", id.as_str())?;
        store::put_scalar(tx, &entry, "name", name)?;
        store::put_scalar(tx, &entry, "mode", mode.key())?;
        store::put_text(tx, &entry, "purpose", purpose)?;
        Ok(())
    })?;
    Ok(ToolId::from_stored(id))
}

/// Replaces a tool's purpose, character-wise.
pub fn set_tool_purpose(
    doc: &mut Automerge,
    id: &ToolId,
    purpose: &str,
) -> Result<(), CommunityError> {
    store::write(doc, |tx| {
        let entry = store::existing_entry(tx, TOOLS, "tool", id.as_str())?;
        store::put_text(tx, &entry, "purpose", purpose)
    })
}

/// Removes a tool.
pub fn remove_tool(doc: &mut Automerge, id: &ToolId) -> Result<(), CommunityError> {
    store::write(doc, |tx| {
        store::remove_entry(tx, TOOLS, "tool", id.as_str())
    })
}

pub(crate) fn read_tools<R: ReadDoc>(doc: &R) -> Vec<KmTool> {
    let mut items: Vec<_> = store::entries(doc, TOOLS)
        .into_iter()
        .map(|(id, entry)| {
            let tool = KmTool {
                id: ToolId::from_stored(id.clone()),
                name: store::string(doc, &entry, "name").unwrap_or_default(),
                mode: store::string(doc, &entry, "mode")
                    .as_deref()
                    .and_then(ToolMode::from_key),
                purpose: store::text(doc, &entry, "purpose"),
            };
            (store::int(doc, &entry, "position").unwrap_or(0), id, tool)
        })
        .collect();
    store::sort_by_position(&mut items);
    items.into_iter().map(|(_, _, tool)| tool).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{create, read};

    #[test]
    fn tools_are_recorded_with_praxis_among_them() {
        let mut doc = create("CoP to define indicators", "p").unwrap();
        let praxis = SUGGESTED_TOOLS[0];
        assert_eq!(praxis.name, PRAXIS);
        add_tool(&mut doc, praxis.name, praxis.mode, "Discussions").unwrap();
        let call = add_tool(&mut doc, "Video conference", ToolMode::Synchronous, "").unwrap();
        set_tool_purpose(&mut doc, &call, "Monthly meeting").unwrap();
        let tools = read(&doc).unwrap().implementation.tools;
        assert_eq!(tools.len(), 2);
        assert_eq!(tools[0].name, PRAXIS);
        assert_eq!(tools[0].mode, Some(ToolMode::Asynchronous));
        assert_eq!(tools[1].purpose, "Monthly meeting");
        remove_tool(&mut doc, &call).unwrap();
        assert_eq!(read(&doc).unwrap().implementation.tools.len(), 1);
        assert!(matches!(
            remove_tool(&mut doc, &call),
            Err(CommunityError::NotFound { .. })
        ));
        assert!(matches!(
            add_tool(&mut doc, "", ToolMode::Synchronous, ""),
            Err(CommunityError::Empty { .. })
        ));
    }

    #[test]
    fn tools_are_written_after_a_merge() {
        let mut ana = create("CoP to define indicators", "p").unwrap();
        let id = add_tool(&mut ana, PRAXIS, ToolMode::Asynchronous, "").unwrap();
        let mut luis = Automerge::new();
        luis.merge(&mut ana.clone()).unwrap();
        add_tool(&mut luis, "Webinar", ToolMode::Synchronous, "").unwrap();
        ana.merge(&mut luis.clone()).unwrap();
        set_tool_purpose(&mut ana, &id, "Everything offline").unwrap();
        luis.merge(&mut ana).unwrap();
        let tools = read(&luis).unwrap().implementation.tools;
        assert_eq!(tools.len(), 2);
        assert_eq!(tools[0].purpose, "Everything offline");
    }
}
