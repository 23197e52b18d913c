//! The record page of one archived community: the snapshot as a reader meets it —
//! design, members, discussions with their summaries, the closure — never a hidden post
//! and never a change that arrived after the snapshot.

use std::fmt::Write as _;

use community::{Community, DiscussionStage, MemberId, ObjectiveType, Post, ResultStatus, Role};

use crate::archive::html::{Layout, escape, utc};
use crate::archive::reader::Record;

/// One export of the record: where it is and what to call it.
pub struct Export {
    pub href: String,
    pub label: &'static str,
}

/// The whole page.
pub fn render(
    layout: &Layout<'_>,
    community: &Community,
    record: &Record,
    exports: &[Export],
) -> String {
    let mut main = String::new();
    let design = &community.design;
    // The page's own words are English; the record is in the community's language.
    match design.language {
        Some(language) => {
            let _ = write!(main, "<article lang=\"{}\">", language.key());
        }
        None => main.push_str("<article>"),
    }
    let _ = write!(main, "<h1>{}</h1>", escape(&design.title));
    let _ = write!(main, "<dl class=\"meta\">");
    if let Some(closure) = &community.closure {
        let _ = write!(
            main,
            "<dt>Closed</dt><dd>{} by {}</dd>",
            escape(&closure.at),
            escape(&name_of(community, &closure.by))
        );
    }
    let _ = write!(
        main,
        "<dt>Archived</dt><dd>{}</dd><dt>Access</dt><dd>{}</dd></dl>",
        utc(record.archived_at),
        if record.public {
            "Public"
        } else {
            "Restricted to its members"
        }
    );
    section(&mut main, "Problem", &design.problem);
    let objective = match design.objective.kind {
        Some(kind) => format!("{} — {}", objective_label(kind), design.objective.text),
        None => design.objective.text.clone(),
    };
    section(&mut main, "Objective", &objective);
    expected_results(&mut main, community);
    members(&mut main, community);
    if !design.audiences.is_empty() {
        let _ = write!(main, "<section><h2>Audiences</h2><ul>");
        for audience in &design.audiences {
            let _ = write!(main, "<li>{}</li>", escape(&audience.text));
        }
        let _ = write!(main, "</ul></section>");
    }
    discussions(&mut main, community);
    let _ = write!(main, "<section><h2>Exports</h2><ul>");
    for export in exports {
        let _ = write!(
            main,
            "<li><a href=\"{}\">{}</a></li>",
            escape(&export.href),
            export.label
        );
    }
    let _ = write!(main, "</ul></section></article>");
    layout.page(&design.title, &main)
}

/// A heading and a text, unless the text is empty.
fn section(out: &mut String, heading: &str, text: &str) {
    if !text.trim().is_empty() {
        let _ = write!(
            out,
            "<section><h2>{heading}</h2>{}</section>",
            paragraphs(text)
        );
    }
}

/// Text with its line breaks kept, escaped.
fn paragraphs(text: &str) -> String {
    text.split("\n\n")
        .filter(|paragraph| !paragraph.trim().is_empty())
        .map(|paragraph| format!("<p>{}</p>", escape(paragraph).replace('\n', "<br>")))
        .collect()
}

fn expected_results(out: &mut String, community: &Community) {
    let results = &community.design.expected_results;
    if results.is_empty() {
        return;
    }
    let _ = write!(out, "<section><h2>Expected results</h2><ul>");
    for result in results {
        let _ = write!(
            out,
            "<li>{} <span class=\"meta\">({})</span>",
            escape(&result.description),
            status_label(result.status)
        );
        if !result.indicator.trim().is_empty() {
            let _ = write!(out, "<br>Indicator: {}", escape(&result.indicator));
        }
        let _ = write!(out, "</li>");
    }
    let _ = write!(out, "</ul></section>");
}

fn members(out: &mut String, community: &Community) {
    let _ = write!(out, "<section><h2>Members</h2><ul>");
    for member in &community.design.members {
        let role = member.role.map_or("member", role_label);
        let _ = write!(
            out,
            "<li>{} — {role}</li>",
            escape(&display_name(&member.name, &member.id))
        );
    }
    let _ = write!(out, "</ul></section>");
}

fn discussions(out: &mut String, community: &Community) {
    if community.discussions.is_empty() {
        return;
    }
    let _ = write!(out, "<section><h2>Discussions</h2>");
    for discussion in &community.discussions {
        let _ = write!(out, "<section><h3>{}</h3>", escape(&discussion.title));
        if discussion.stage != Some(DiscussionStage::Closed) {
            let _ = write!(
                out,
                "<p class=\"meta\">Not closed when the community closed.</p>"
            );
        }
        if !discussion.question.trim().is_empty() {
            let _ = write!(out, "<h4>Question</h4>{}", paragraphs(&discussion.question));
        }
        for summary in &discussion.summaries {
            let _ = write!(
                out,
                "<h4>Interim summary <span class=\"meta\">by {}, {}</span></h4>{}",
                escape(&name_of(community, &summary.by)),
                escape(&summary.at),
                paragraphs(&summary.text)
            );
        }
        if !discussion.closing.summary.trim().is_empty() {
            let _ = write!(
                out,
                "<h4>Closing summary</h4>{}",
                paragraphs(&discussion.closing.summary)
            );
        }
        let mut posts = String::new();
        for post in &discussion.posts {
            thread(&mut posts, community, post);
        }
        if !posts.is_empty() {
            let _ = write!(
                out,
                "<details><summary>Posts</summary><ul>{posts}</ul></details>"
            );
        }
        let _ = write!(out, "</section>");
    }
    let _ = write!(out, "</section>");
}

/// A post and its replies. A hidden post is left out with everything beneath it: a
/// reply can quote what a moderator hid.
fn thread(out: &mut String, community: &Community, post: &Post) {
    if post.hidden.is_some() {
        return;
    }
    let _ = write!(
        out,
        "<li><span class=\"meta\">{}, {}</span><blockquote>{}</blockquote>",
        escape(&name_of(community, &post.author)),
        escape(&post.created),
        paragraphs(&post.body)
    );
    let mut replies = String::new();
    for reply in &post.replies {
        thread(&mut replies, community, reply);
    }
    if !replies.is_empty() {
        let _ = write!(out, "<ul>{replies}</ul>");
    }
    let _ = write!(out, "</li>");
}

/// A member's name as the roster gives it, else their id.
pub fn name_of(community: &Community, id: &MemberId) -> String {
    community
        .design
        .members
        .iter()
        .find(|member| &member.id == id)
        .map_or_else(|| id.to_string(), |member| display_name(&member.name, id))
}

fn display_name(name: &str, id: &MemberId) -> String {
    if name.trim().is_empty() {
        id.to_string()
    } else {
        name.to_owned()
    }
}

fn role_label(role: Role) -> &'static str {
    match role {
        Role::Leader => "leader",
        Role::Moderator => "moderator",
        Role::Facilitator => "facilitator",
        Role::Participant => "participant",
    }
}

fn status_label(status: Option<ResultStatus>) -> &'static str {
    match status {
        None | Some(ResultStatus::Planned) => "planned",
        Some(ResultStatus::InProgress) => "in progress",
        Some(ResultStatus::Achieved) => "achieved",
        Some(ResultStatus::NotAchieved) => "not achieved",
    }
}

fn objective_label(kind: ObjectiveType) -> &'static str {
    match kind {
        ObjectiveType::ProblemSolving => "Problem solving",
        ObjectiveType::GenerationOfIdeas => "Generation of ideas",
        ObjectiveType::SharingKnowledgeBetweenInstitutions => {
            "Sharing knowledge between institutions"
        }
        ObjectiveType::DevelopingBestPractices => "Developing best practices",
        ObjectiveType::LessonsLearned => "Lessons learned",
        ObjectiveType::PostActionReviews => "Post-action reviews",
    }
}
