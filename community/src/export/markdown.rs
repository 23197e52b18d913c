//! The archived community as a Markdown record people read: the same content as the
//! JSON export (and the same omissions: no registrations, no notes on participants, no
//! hidden post's body), laid out as headings, lists and quoted posts.
//!
//! Members' text is written as they wrote it, not escaped: it is prose (often with
//! Markdown of its own), and escaping every `*` or `_` would make the plain file harder
//! to read. Multi-line text inside a list item is indented so it stays in the item.

use std::fmt::Write as _;

use automerge::Automerge;

use super::decisions::{Decision, read_decisions};
use super::dublin_core::objective_label;
use super::json::Names;
use crate::{Community, CommunityError, Discussion, Post};

/// The community `doc` holds, as a Markdown document.
pub fn to_markdown(doc: &Automerge) -> Result<String, CommunityError> {
    let community = crate::read(doc)?;
    let names = Names::of(&community);
    let mut out = String::new();
    design(&mut out, &community);
    implementation(&mut out, &community, &names);
    for discussion in &community.discussions {
        self::discussion(&mut out, discussion, &names);
    }
    decisions(&mut out, &read_decisions(doc), &names);
    conclusion(&mut out, doc, &community, &names);
    Ok(out)
}

/// Phase III: the accepted knowledge base by kind, the assessments' counted results and
/// the closing (open answers stay out, as in the JSON export).
fn conclusion(out: &mut String, doc: &Automerge, community: &Community, names: &Names<'_>) {
    let knowledge: Vec<_> = crate::knowledge_base(doc)
        .into_iter()
        .filter(|entry| entry.is_accepted())
        .collect();
    let assessments: Vec<_> = crate::assessments(doc)
        .into_iter()
        .filter_map(|assessment| crate::assessment_results(doc, &assessment.id).ok())
        .collect();
    if knowledge.is_empty() && assessments.is_empty() && community.closure.is_none() {
        return;
    }
    let _ = writeln!(out, "## Conclusion\n");
    for kind in crate::KnowledgeKind::ALL {
        let of_kind: Vec<_> = knowledge.iter().filter(|e| e.kind == Some(kind)).collect();
        if of_kind.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {}\n", kind_heading(kind));
        for entry in of_kind {
            let _ = writeln!(
                out,
                "- **{}** ({}): {}",
                entry.title.trim(),
                or_unnamed(names.of_member(entry.by.as_str())),
                indented(entry.text.trim(), "  ")
            );
        }
        out.push('\n');
    }
    for results in &assessments {
        let kind = match results.kind {
            Some(crate::AssessmentKind::Final) => "Final assessment",
            Some(crate::AssessmentKind::Periodic) => "Periodic assessment",
            None => "Assessment",
        };
        let _ = writeln!(
            out,
            "### {}{}\n\n{} of {} members answered.\n",
            kind,
            if results.title.trim().is_empty() {
                String::new()
            } else {
                format!(": {}", results.title.trim())
            },
            results.respondents,
            results.members
        );
        let _ = writeln!(
            out,
            "| Question | Answered | Median | Mean |\n| --- | --- | --- | --- |"
        );
        for question in results.questions.iter().filter(|q| q.scale.answered > 0) {
            let figure = |value: Option<f64>| value.map_or_else(String::new, |v| format!("{v:.1}"));
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                question.text.replace('|', "\\|").replace('\n', " "),
                question.scale.answered,
                figure(question.scale.median),
                figure(question.scale.mean)
            );
        }
        out.push('\n');
    }
    if let Some(closure) = &community.closure {
        let _ = writeln!(
            out,
            "Closed by {} on {}.\n",
            or_unnamed(names.of_member(closure.by.as_str())),
            closure.at
        );
    }
}

fn kind_heading(kind: crate::KnowledgeKind) -> &'static str {
    match kind {
        crate::KnowledgeKind::Conclusion => "Conclusions",
        crate::KnowledgeKind::LessonLearned => "Lessons learned",
        crate::KnowledgeKind::BestPractice => "Best practices",
        crate::KnowledgeKind::PostActionReview => "Post-action reviews",
        crate::KnowledgeKind::Recommendation => "Recommendations",
    }
}

/// `text` with every line after the first indented by `indent`, so a multi-line value
/// stays inside its list item.
fn indented(text: &str, indent: &str) -> String {
    text.trim().replace('\n', &format!("\n{indent}"))
}

/// A stored key (`in_progress`) as words (`in progress`).
fn words(key: &str) -> String {
    key.replace('_', " ")
}

fn or_unnamed(name: &str) -> &str {
    if name.is_empty() {
        "(former member)"
    } else {
        name
    }
}

// `write!` to a String cannot fail: its `fmt::Write` never returns an error, so the
// results below are ignored on purpose.

fn design(out: &mut String, community: &Community) {
    let design = &community.design;
    let _ = writeln!(out, "# {}\n", design.title.trim());
    let _ = writeln!(out, "## Design\n");
    if !design.problem.trim().is_empty() {
        let _ = writeln!(out, "**Problem.** {}\n", design.problem.trim());
    }
    let kind = design
        .objective
        .kind
        .map(|kind| format!(" ({})", objective_label(kind)))
        .unwrap_or_default();
    if !kind.is_empty() || !design.objective.text.trim().is_empty() {
        let _ = writeln!(
            out,
            "**Objective{kind}.** {}\n",
            design.objective.text.trim()
        );
    }
    if !design.expected_results.is_empty() {
        let _ = writeln!(out, "### Expected results\n");
        for (index, result) in design.expected_results.iter().enumerate() {
            let status = result
                .status
                .map(|status| format!(" — {}", words(status.key())))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "{}. {}{status}",
                index + 1,
                indented(&result.description, "   ")
            );
            if !result.indicator.trim().is_empty() {
                let _ = writeln!(out, "   Indicator: {}", indented(&result.indicator, "   "));
            }
        }
        out.push('\n');
    }
    if !design.members.is_empty() {
        let _ = writeln!(out, "### Members\n");
        for member in &design.members {
            let role = member.role.map(|role| role.key()).unwrap_or("no role");
            let _ = writeln!(out, "- {} — {role}", or_unnamed(member.name.trim()));
        }
        out.push('\n');
    }
    if let Some(call) = design.call {
        let _ = writeln!(out, "**Call:** {}\n", call.key());
    }
    if !design.audiences.is_empty() {
        let _ = writeln!(out, "### Target audiences\n");
        for audience in &design.audiences {
            let _ = writeln!(out, "- {}", indented(&audience.text, "  "));
        }
        out.push('\n');
    }
}

fn implementation(out: &mut String, community: &Community, names: &Names<'_>) {
    let implementation = &community.implementation;
    let meeting = &implementation.meeting;
    let empty = implementation.tools.is_empty()
        && implementation.action_plan.is_empty()
        && meeting.date.is_none()
        && meeting.agenda.trim().is_empty()
        && meeting.minutes.trim().is_empty();
    if empty {
        return;
    }
    let _ = writeln!(out, "## Implementation\n");
    if !implementation.tools.is_empty() {
        let _ = writeln!(out, "### Tools\n");
        for tool in &implementation.tools {
            let mode = tool
                .mode
                .map(|mode| format!(" ({})", mode.key()))
                .unwrap_or_default();
            let purpose = if tool.purpose.trim().is_empty() {
                String::new()
            } else {
                format!(": {}", indented(&tool.purpose, "  "))
            };
            let _ = writeln!(out, "- {}{mode}{purpose}", tool.name.trim());
        }
        out.push('\n');
    }
    if meeting.date.is_some()
        || !meeting.agenda.trim().is_empty()
        || !meeting.minutes.trim().is_empty()
    {
        let _ = writeln!(out, "### Introductory meeting\n");
        if let Some(date) = meeting.date {
            let _ = writeln!(out, "**Date:** {date}\n");
        }
        for (label, text) in [("Agenda", &meeting.agenda), ("Minutes", &meeting.minutes)] {
            if !text.trim().is_empty() {
                let _ = writeln!(out, "**{label}.** {}\n", text.trim());
            }
        }
    }
    if !implementation.action_plan.is_empty() {
        let _ = writeln!(out, "### Action plan\n");
        for item in &implementation.action_plan {
            let status = item
                .status
                .map(|status| words(status.key()))
                .unwrap_or_else(|| "no status".into());
            let due = item
                .due
                .map(|due| format!(", due {due}"))
                .unwrap_or_default();
            let owner = or_unnamed(names.of_member(item.owner.as_str()));
            let _ = writeln!(
                out,
                "- {} — {owner}{due} ({status})",
                indented(&item.text, "  ")
            );
        }
        out.push('\n');
    }
}

fn discussion(out: &mut String, discussion: &Discussion, names: &Names<'_>) {
    let _ = writeln!(out, "## Discussion: {}\n", discussion.title.trim());
    if let Some(stage) = discussion.stage {
        let _ = writeln!(out, "**Stage:** {}\n", stage.key());
    }
    for (label, text) in [
        ("Objective", &discussion.objective),
        ("Question", &discussion.question),
    ] {
        if !text.trim().is_empty() {
            let _ = writeln!(out, "**{label}.** {}\n", text.trim());
        }
    }
    for restatement in &discussion.restatements {
        let _ = writeln!(
            out,
            "**Question restated** by {} ({}). {}\n",
            or_unnamed(names.of_member(restatement.by.as_str())),
            restatement.at,
            restatement.text.trim()
        );
    }
    if !discussion.posts.is_empty() {
        let _ = writeln!(out, "### Posts\n");
        for post in &discussion.posts {
            self::post(out, post, names, 0);
        }
        out.push('\n');
    }
    if !discussion.summaries.is_empty() {
        let _ = writeln!(out, "### Interim summaries\n");
        for summary in &discussion.summaries {
            let _ = writeln!(
                out,
                "- {} ({}, {} posts): {}",
                or_unnamed(names.of_member(summary.by.as_str())),
                summary.at,
                summary.posts.len(),
                indented(&summary.text, "  ")
            );
        }
        out.push('\n');
    }
    let closing = &discussion.closing;
    if !closing.summary.trim().is_empty() || closing.closed_at.is_some() {
        let _ = writeln!(out, "### Closing\n");
        if let (Some(by), Some(at)) = (&closing.closed_by, &closing.closed_at) {
            let _ = writeln!(
                out,
                "Closed by {} on {at}.\n",
                or_unnamed(names.of_member(by.as_str()))
            );
        }
        if !closing.summary.trim().is_empty() {
            let _ = writeln!(out, "{}\n", closing.summary.trim());
        }
    }
}

/// A post as a list item, its replies nested under it. A hidden post shows who hid it
/// and why, never its body.
fn post(out: &mut String, post: &Post, names: &Names<'_>, depth: usize) {
    let indent = "  ".repeat(depth);
    let author = or_unnamed(names.of_member(post.author.as_str()));
    let text = match &post.hidden {
        Some(hidden) => format!(
            "*Hidden by {} ({}): {}*",
            or_unnamed(names.of_member(hidden.by.as_str())),
            hidden.at,
            hidden.reason.trim()
        ),
        None => indented(&post.body, &format!("{indent}  ")),
    };
    let _ = writeln!(out, "{indent}- **{author}** ({}): {text}", post.created);
    for reply in &post.replies {
        self::post(out, reply, names, depth + 1);
    }
}

fn decisions(out: &mut String, decisions: &[Decision], names: &Names<'_>) {
    if decisions.is_empty() {
        return;
    }
    let _ = writeln!(out, "## Decisions on conflicting values\n");
    for decision in decisions {
        let _ = writeln!(
            out,
            "- `{}`: \"{}\" kept over \"{}\" by {} ({})",
            decision.path,
            indented(&decision.chosen, "  "),
            decision.over.join("\", \""),
            or_unnamed(names.of_member(&decision.by)),
            decision.at
        );
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixture::{
        self, HIDDEN_BODY, HIDDEN_REASON, INSTITUTION, PARTICIPANT_NOTES, RETURN_COMMENT,
    };

    #[test]
    fn a_closed_community_ends_with_its_conclusion() {
        let record = to_markdown(&fixture::closed()).expect("record");
        let conclusion = &record[record.find("## Conclusion").expect("a conclusion")..];
        for expected in [
            "### Lessons learned\n",
            fixture::LESSON,
            "### Final assessment",
            "1 of 3 members answered.",
            "| 1 | 4.0 | 4.0 |",
            "Closed by Ana Pérez on 2026-10-02T09:30:00Z.",
        ] {
            assert!(
                conclusion.contains(expected),
                "{expected:?} in\n{conclusion}"
            );
        }
        assert!(
            !record.contains("Not accepted"),
            "a waiting proposal stays out"
        );
        assert!(
            !record.contains(fixture::OPEN_ANSWER),
            "open answers stay out"
        );
    }

    #[test]
    fn the_record_reads_as_headings_lists_and_threads() {
        let record = to_markdown(&fixture::community()).expect("record");
        for expected in [
            "# Dengue <response> & care\n",
            "## Design\n",
            "**Problem.** Cases rise each rainy season.",
            "**Objective (Lessons learned).** Share what worked in 2025.",
            "1. A triage guide — achieved\n   Indicator: Guide published",
            "- Ana Pérez — leader",
            "- Nurses in primary care",
            "- Praxis (asynchronous): Moderated discussions",
            "**Agenda.** Introductions\nThe plan",
            "- Draft the guide — Chloé Martin, due 2026-12-20 (planned)",
            "## Discussion: Triage at the door",
            "**Question restated** by Bruno Silva (2026-12-03T09:00:00Z). Which warning sign first?",
            "- **Chloé Martin** (2026-12-02T10:00:00Z): Warning signs first.\n  - **Bruno Silva** (2026-12-02T10:00:00Z): Agreed, and fluids.",
            "- Bruno Silva (2026-12-04T09:00:00Z, 1 posts): Warning signs lead.",
            "Closed by Bruno Silva on 2026-12-05T09:00:00Z.\n\nCheck warning signs, then fluids.",
            "- `design/objective_type`: \"lessons_learned\" kept over \"problem_solving\" by Ana Pérez",
        ] {
            assert!(
                record.contains(expected),
                "missing {expected:?} in\n{record}"
            );
        }
        assert!(record.contains(&format!(
            "*Hidden by Bruno Silva (2026-12-02T11:00:00Z): {HIDDEN_REASON}*"
        )));
        for secret in [HIDDEN_BODY, RETURN_COMMENT, PARTICIPANT_NOTES, INSTITUTION] {
            assert!(!record.contains(secret), "{secret} leaked");
        }
    }

    #[test]
    fn a_bare_community_is_a_title_and_a_design_heading() {
        let record = to_markdown(&crate::create("Bare", "").expect("create")).expect("record");
        assert_eq!(record, "# Bare\n\n## Design\n\n");
    }
}
