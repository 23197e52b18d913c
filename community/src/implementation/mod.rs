//! Phase II, Implementation: the community's tools, its call for members, its
//! introductory meeting and action plan.

pub(crate) mod action_plan;
pub(crate) mod meeting;
pub(crate) mod progress;
pub(crate) mod registrations;
pub(crate) mod tools;

use automerge::ReadDoc;

use action_plan::{ActionItem, read_action_plan};
use meeting::{IntroductoryMeeting, read_meeting};
use registrations::{Registration, read_registrations};
use tools::{KmTool, read_tools};

/// Phase II as read; everything is empty until members fill it in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Implementation {
    /// In the order they were added.
    pub tools: Vec<KmTool>,
    /// In the order they were sent.
    pub registrations: Vec<Registration>,
    pub meeting: IntroductoryMeeting,
    /// In the order they were added.
    pub action_plan: Vec<ActionItem>,
}

pub(crate) fn read_implementation<R: ReadDoc>(doc: &R) -> Implementation {
    Implementation {
        tools: read_tools(doc),
        registrations: read_registrations(doc),
        meeting: read_meeting(doc),
        action_plan: read_action_plan(doc),
    }
}
