//! The record page of one archived community: the snapshot as a reader meets it —
//! design, members, discussions with their summaries, the knowledge base, the final
//! assessment's results, the closure — never a hidden post and never a change that
//! arrived after the snapshot.

use std::fmt::Write as _;

use community::{
    AnswerType, AssessmentResults, Community, DiscussionStage, KnowledgeEntry, KnowledgeKind,
    Language, MemberId, ObjectiveType, Post, ResultStatus, Role,
};

use super::words::Words;
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

/// The page's own words, and how to mark them inside the record's `article`.
struct Speech {
    words: &'static Words,
    /// ` lang="xx"` on an element of the page's own words when the `article` around it
    /// is in another language (a screen reader then switches voice), else nothing.
    mark: &'static str,
}

impl Speech {
    /// Words of the page in running text: marked with a `span` when needed.
    fn inline(&self, text: &str) -> String {
        if self.mark.is_empty() {
            text.to_owned()
        } else {
            format!("<span{}>{text}</span>", self.mark)
        }
    }
}

/// The whole page, in `layout`'s language; the record's own text is in the
/// community's.
pub fn render(
    layout: &Layout<'_>,
    snapshot: &Snapshot<'_>,
    record: &Record,
    exports: &[Export],
) -> String {
    let community = snapshot.community;
    let mut main = String::new();
    let design = &community.design;
    let mark = match design.language {
        Some(language) if language != layout.language => lang_attribute(layout.language),
        _ => "",
    };
    let speech = Speech {
        words: layout.words(),
        mark,
    };
    let words = speech.words;
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
            "<dt{mark}>{}</dt><dd{mark}>{}</dd>",
            words.closed,
            (words.closed_on_by)(
                &escape(&closure.at),
                &escape(&name_of(community, &closure.by))
            )
        );
    }
    let _ = write!(
        main,
        "<dt{mark}>{}</dt><dd>{}</dd><dt{mark}>{}</dt><dd{mark}>{}</dd></dl>",
        words.archived,
        utc(record.archived_at),
        words.access,
        if record.visibility.public {
            words.public
        } else {
            words.restricted
        }
    );
    section(
        &mut main,
        &speech,
        words.problem,
        &paragraphs(&design.problem),
    );
    let objective = match design.objective.kind {
        // The type leads the objective's first paragraph, as "type — text".
        Some(kind) => {
            let kind = speech.inline(objective_label(words, kind));
            let text = paragraphs(&design.objective.text);
            match text.strip_prefix("<p>") {
                Some(rest) => format!("<p>{kind} — {rest}"),
                None => format!("<p>{kind} — </p>"),
            }
        }
        None => paragraphs(&design.objective.text),
    };
    section(&mut main, &speech, words.objective, &objective);
    expected_results(&mut main, &speech, community);
    members(&mut main, &speech, community);
    if !design.audiences.is_empty() {
        let _ = write!(main, "<section><h2{mark}>{}</h2><ul>", words.audiences);
        for audience in &design.audiences {
            let _ = write!(main, "<li>{}</li>", escape(&audience.text));
        }
        let _ = write!(main, "</ul></section>");
    }
    discussions(&mut main, &speech, community);
    knowledge_base(&mut main, &speech, snapshot.knowledge);
    if let Some(results) = snapshot.assessment {
        assessment(&mut main, &speech, results);
    }
    let _ = write!(main, "<section><h2{mark}>{}</h2><ul>", words.exports);
    for export in exports {
        let _ = write!(
            main,
            "<li><a href=\"{}\"{mark}>{}</a></li>",
            escape(&export.href),
            export.label
        );
    }
    let _ = write!(main, "</ul></section></article>");
    layout.page(&design.title, &main)
}

/// ` lang="xx"`, as an attribute.
fn lang_attribute(language: Language) -> &'static str {
    match language {
        Language::En => " lang=\"en\"",
        Language::Es => " lang=\"es\"",
        Language::Pt => " lang=\"pt\"",
        Language::Fr => " lang=\"fr\"",
    }
}

/// A heading and its content (HTML), unless the content is empty.
fn section(out: &mut String, speech: &Speech, heading: &str, content: &str) {
    if !content.is_empty() {
        let _ = write!(
            out,
            "<section><h2{}>{heading}</h2>{content}</section>",
            speech.mark
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

fn expected_results(out: &mut String, speech: &Speech, community: &Community) {
    let results = &community.design.expected_results;
    if results.is_empty() {
        return;
    }
    let (words, mark) = (speech.words, speech.mark);
    let _ = write!(
        out,
        "<section><h2{mark}>{}</h2><ul>",
        words.expected_results
    );
    for result in results {
        let _ = write!(
            out,
            "<li>{} <span class=\"meta\"{mark}>({})</span>",
            escape(&result.description),
            status_label(words, result.status)
        );
        if !result.indicator.trim().is_empty() {
            let _ = write!(
                out,
                "<br>{} {}",
                speech.inline(words.indicator),
                escape(&result.indicator)
            );
        }
        let _ = write!(out, "</li>");
    }
    let _ = write!(out, "</ul></section>");
}

fn members(out: &mut String, speech: &Speech, community: &Community) {
    let words = speech.words;
    let _ = write!(
        out,
        "<section><h2{}>{}</h2><ul>",
        speech.mark, words.members
    );
    for member in &community.design.members {
        let role = member
            .role
            .map_or(words.member, |role| role_label(words, role));
        let _ = write!(
            out,
            "<li>{} — {}</li>",
            escape(&display_name(&member.name, &member.id)),
            speech.inline(role)
        );
    }
    let _ = write!(out, "</ul></section>");
}

fn discussions(out: &mut String, speech: &Speech, community: &Community) {
    if community.discussions.is_empty() {
        return;
    }
    let (words, mark) = (speech.words, speech.mark);
    let _ = write!(out, "<section><h2{mark}>{}</h2>", words.discussions);
    for discussion in &community.discussions {
        let _ = write!(out, "<section><h3>{}</h3>", escape(&discussion.title));
        if discussion.stage != Some(DiscussionStage::Closed) {
            let _ = write!(out, "<p class=\"meta\"{mark}>{}</p>", words.not_closed);
        }
        if !discussion.question.trim().is_empty() {
            let _ = write!(
                out,
                "<h4{mark}>{}</h4>{}",
                words.question,
                paragraphs(&discussion.question)
            );
        }
        for summary in &discussion.summaries {
            let _ = write!(
                out,
                "<h4{mark}>{} <span class=\"meta\">{} {}, {}</span></h4>{}",
                words.interim_summary,
                words.by,
                escape(&name_of(community, &summary.by)),
                escape(&summary.at),
                paragraphs(&summary.text)
            );
        }
        if !discussion.closing.summary.trim().is_empty() {
            let _ = write!(
                out,
                "<h4{mark}>{}</h4>{}",
                words.closing_summary,
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
                "<details><summary{mark}>{}</summary><ul>{posts}</ul></details>",
                words.posts
            );
        }
        let _ = write!(out, "</section>");
    }
    let _ = write!(out, "</section>");
}

/// The accepted entries, by kind in the method's order.
fn knowledge_base(out: &mut String, speech: &Speech, knowledge: &[KnowledgeEntry]) {
    let accepted: Vec<&KnowledgeEntry> = knowledge.iter().filter(|e| e.is_accepted()).collect();
    if accepted.is_empty() {
        return;
    }
    let (words, mark) = (speech.words, speech.mark);
    let _ = write!(out, "<section><h2{mark}>{}</h2>", words.knowledge_base);
    for kind in KnowledgeKind::ALL {
        let of_kind: Vec<&&KnowledgeEntry> =
            accepted.iter().filter(|e| e.kind == Some(kind)).collect();
        if of_kind.is_empty() {
            continue;
        }
        let _ = write!(out, "<h3{mark}>{}</h3>", knowledge_label(words, kind));
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
fn assessment(out: &mut String, speech: &Speech, results: &AssessmentResults) {
    let (words, mark) = (speech.words, speech.mark);
    let _ = write!(
        out,
        "<section><h2{mark}>{}</h2><p{mark}>{}</p>\
         <table><caption{mark}>{}</caption>\
         <thead{mark}><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        words.final_assessment,
        (words.answered)(results.respondents_on_roster, results.members),
        words.scale,
        words.question,
        words.answers,
        words.median,
        words.mean
    );
    let number = |value: Option<f64>| {
        value.map_or_else(
            || "—".to_owned(),
            |v| format!("{v:.1}").replace('.', &words.decimal.to_string()),
        )
    };
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

fn role_label(words: &Words, role: Role) -> &'static str {
    match role {
        Role::Leader => words.leader,
        Role::Moderator => words.moderator,
        Role::Facilitator => words.facilitator,
        Role::Participant => words.participant,
    }
}

fn status_label(words: &Words, status: Option<ResultStatus>) -> &'static str {
    match status {
        None | Some(ResultStatus::Planned) => words.planned,
        Some(ResultStatus::InProgress) => words.in_progress,
        Some(ResultStatus::Achieved) => words.achieved,
        Some(ResultStatus::NotAchieved) => words.not_achieved,
    }
}

fn knowledge_label(words: &Words, kind: KnowledgeKind) -> &'static str {
    match kind {
        KnowledgeKind::Conclusion => words.conclusions,
        KnowledgeKind::LessonLearned => words.lessons_learned,
        KnowledgeKind::BestPractice => words.best_practices,
        KnowledgeKind::PostActionReview => words.post_action_reviews,
        KnowledgeKind::Recommendation => words.recommendations,
    }
}

fn objective_label(words: &Words, kind: ObjectiveType) -> &'static str {
    match kind {
        ObjectiveType::ProblemSolving => words.problem_solving,
        ObjectiveType::GenerationOfIdeas => words.generation_of_ideas,
        ObjectiveType::SharingKnowledgeBetweenInstitutions => words.sharing_knowledge,
        ObjectiveType::DevelopingBestPractices => words.developing_best_practices,
        ObjectiveType::LessonsLearned => words.objective_lessons_learned,
        ObjectiveType::PostActionReviews => words.objective_post_action_reviews,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::reader::Visibility;

    /// A community written in Portuguese, led by Ana, with one expected result.
    fn page_in(language: Language) -> String {
        let mut doc = community::create("Vigilância da dengue", "Cada país mede").unwrap();
        community::set_language(&mut doc, Language::Pt).unwrap();
        let ana = MemberId::new("ana").unwrap();
        community::set_member(&mut doc, &ana, "Ana", Role::Leader).unwrap();
        community::add_expected_result(&mut doc, "Indicadores comuns", "Publicado").unwrap();
        let community = community::read(&doc).unwrap();
        let snapshot = Snapshot {
            community: &community,
            knowledge: &[],
            assessment: None,
        };
        let record = Record {
            bytes: Vec::new(),
            heads: Vec::new(),
            archived_at: 0,
            visibility: Visibility {
                public: true,
                members: Vec::new(),
            },
        };
        let layout = Layout {
            repository: "Archive",
            contact: None,
            language,
            carried: None,
            keep: String::new(),
        };
        render(&layout, &snapshot, &record, &[])
    }

    #[test]
    fn the_page_speaks_the_readers_language_and_the_record_its_own() {
        let es = page_in(Language::Es);
        for shown in [
            "<html lang=\"es\">",
            "<article lang=\"pt\"><h1>Vigilância da dengue</h1>",
            // The page's words inside the Portuguese article say they are Spanish.
            "<h2 lang=\"es\">Miembros</h2>",
            "Ana — <span lang=\"es\">líder</span>",
            "<span class=\"meta\" lang=\"es\">(planificado)</span>",
            "<span lang=\"es\">Indicador:</span> Publicado",
            "<dt lang=\"es\">Acceso</dt><dd lang=\"es\">Público</dd>",
        ] {
            assert!(es.contains(shown), "{shown} in {es}");
        }
        let pt = page_in(Language::Pt);
        for shown in [
            "<html lang=\"pt\">",
            "<article lang=\"pt\">",
            "<h2>Membros</h2>",
            "Ana — líder",
        ] {
            assert!(pt.contains(shown), "{shown} in {pt}");
        }
        let main = pt.split("<main>").nth(1).unwrap();
        assert!(!main.contains(" lang=\"es\""), "nothing to mark: {main}");
    }
}
