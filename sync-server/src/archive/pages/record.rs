//! The record page of one archived community: the snapshot as a reader meets it —
//! design, members, discussions with their summaries, the knowledge base, the final
//! assessment's results, the closure — never a hidden post and never a change that
//! arrived after the snapshot.

use std::fmt::Write as _;

use community::{
    AnswerType, AssessmentResults, Community, DiscussionStage, KnowledgeEntry, KnowledgeKind,
    MemberId, ObjectiveType, Post, ResultStatus, Role,
};

use crate::archive::html::{Layout, escape, utc};
use crate::archive::reader::Record;

/// One export of the record: where it is and what to call it.
pub struct Export {
    pub href: String,
    pub label: &'static str,
}

/// What the page shows of the snapshot, read from it.
pub struct Snapshot<'a> {
    pub community: &'a Community,
    /// Every entry; only the accepted ones are shown.
    pub knowledge: &'a [KnowledgeEntry],
    /// The final assessment's results, if there is one.
    pub assessment: Option<&'a AssessmentResults>,
}

/// The whole page.
pub fn render(
    layout: &Layout<'_>,
    snapshot: &Snapshot<'_>,
    record: &Record,
    exports: &[Export],
) -> String {
    let community = snapshot.community;
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
        if record.visibility.public {
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
    knowledge_base(&mut main, snapshot.knowledge);
    if let Some(results) = snapshot.assessment {
        assessment(&mut main, results);
    }
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

/// The accepted entries, by kind in the method's order.
fn knowledge_base(out: &mut String, knowledge: &[KnowledgeEntry]) {
    let accepted: Vec<&KnowledgeEntry> = knowledge.iter().filter(|e| e.is_accepted()).collect();
    if accepted.is_empty() {
        return;
    }
    let _ = write!(out, "<section><h2>Knowledge base</h2>");
    for kind in KnowledgeKind::ALL {
        let of_kind: Vec<&&KnowledgeEntry> =
            accepted.iter().filter(|e| e.kind == Some(kind)).collect();
        if of_kind.is_empty() {
            continue;
        }
        let _ = write!(out, "<h3>{}</h3>", knowledge_label(kind));
        for entry in of_kind {
            let _ = write!(
                out,
                "<h4>{}</h4>{}",
                escape(&entry.title),
                paragraphs(&entry.text)
            );
        }
    }
    let _ = write!(out, "</section>");
}

/// The final assessment's scale questions, counted. Open answers are not shown: they
/// are named members' own words about the community, not its record.
fn assessment(out: &mut String, results: &AssessmentResults) {
    let _ = write!(
        out,
        "<section><h2>Final assessment</h2><p>{} of {} members answered.</p>\
         <table><caption>Answers from 1 (not at all) to 5 (very much)</caption>\
         <thead><tr><th scope=\"col\">Question</th><th scope=\"col\">Answers</th>\
         <th scope=\"col\">Median</th><th scope=\"col\">Mean</th></tr></thead><tbody>",
        results.respondents_on_roster, results.members
    );
    let number = |value: Option<f64>| value.map_or_else(|| "—".to_owned(), |v| format!("{v:.1}"));
    for question in &results.questions {
        if question.answer != Some(AnswerType::Scale) {
            continue;
        }
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&question.text),
            question.scale.answered,
            number(question.scale.median),
            number(question.scale.mean)
        );
    }
    let _ = write!(out, "</tbody></table></section>");
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

fn knowledge_label(kind: KnowledgeKind) -> &'static str {
    match kind {
        KnowledgeKind::Conclusion => "Conclusions",
        KnowledgeKind::LessonLearned => "Lessons learned",
        KnowledgeKind::BestPractice => "Best practices",
        KnowledgeKind::PostActionReview => "Post-action reviews",
        KnowledgeKind::Recommendation => "Recommendations",
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
