//! The page for the general public: one self-contained HTML file (no scripts, no
//! external files, a little inline CSS) that any web server or institutional CMS can
//! publish as is. Landmarks and one `h1` for screen readers, text at least 7:1 against
//! its background, and every piece of members' text escaped.

use super::text::{fill, one_line};
use super::words::Words;
use super::{
    KitError, KitOptions, Source, assessment_sentence, checked_url, knowledge, members_sentence,
    present,
};
use crate::export::xml::escape;

/// Colours: #1b1b1b on white is 17:1, white on #00427a 10:1, #00335f on #e6eef7 11:1.
const STYLE: &str = "\
body{margin:0;font:1.0625rem/1.6 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1b1b;background:#fff}\
header{background:#00427a;color:#fff}\
header>div,main,footer{max-width:46rem;margin:0 auto;padding:1.5rem 1rem}\
.kicker{margin:0;text-transform:uppercase;letter-spacing:.06em;font-size:.85rem}\
h1{margin:.25rem 0 .75rem;font-size:2rem;line-height:1.2}\
h2{margin-top:2rem;color:#00335f;border-bottom:2px solid #e6eef7}\
h3{margin-bottom:.25rem}\
ul{padding-left:1.25rem}li{margin:.4rem 0}\
.status{display:inline-block;padding:0 .5rem;border-radius:.25rem;background:#e6eef7;color:#00335f;font-weight:600;font-size:.9rem}\
.indicator{color:#3d3d3d}\
a{color:#00427a}a:focus{outline:3px solid #b35900;outline-offset:2px}\
footer{border-top:1px solid #ccc;font-size:.95rem}\
@media print{header{background:none;color:#000}}";

/// The public page, in the community's language.
pub fn public_page(source: &Source, options: &KitOptions) -> Result<String, KitError> {
    let page = options.page_url.as_deref().map(checked_url).transpose()?;
    let words = Words::of(source.language);
    let title = one_line(&source.title);
    let mut html = String::with_capacity(8 * 1024);
    html.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n",
        source.language.key(),
        escape(&fill(words.page_title, &[("title", &title)])),
    ));
    let objective = one_line(&source.objective);
    if !objective.is_empty() {
        html.push_str(&format!(
            "<meta name=\"description\" content=\"{}\">\n",
            escape(&objective)
        ));
    }
    if let Some(page) = page {
        // Where the page lives, so a copy saved elsewhere still names the original.
        html.push_str(&format!(
            "<link rel=\"canonical\" href=\"{}\">\n",
            escape(page)
        ));
    }
    html.push_str(&format!("<style>{STYLE}</style>\n</head>\n<body>\n"));
    html.push_str(&format!(
        "<header>\n<div>\n<p class=\"kicker\">{}</p>\n<h1>{}</h1>\n<p>{}</p>\n</div>\n</header>\n<main>\n",
        escape(words.cop),
        escape(&title),
        escape(words.page_lede)
    ));
    let problem = source.problem.trim();
    if !problem.is_empty() {
        section(&mut html, "problem", words.problem, &paragraphs(problem));
    }
    if !objective.is_empty() {
        let mut body = paragraphs(&source.objective);
        if let Some(kind) = source.objective_type {
            body.push_str(&format!(
                "<p>{}{}{}</p>\n",
                escape(words.objective_type),
                escape(words.colon),
                escape(words.objective_type(kind))
            ));
        }
        section(&mut html, "objective", words.objective, &body);
    }
    let results: Vec<_> = source
        .expected_results
        .iter()
        .filter(|result| !result.description.trim().is_empty())
        .collect();
    if !results.is_empty() {
        let mut body = String::from("<ul>\n");
        for result in results {
            body.push_str(&format!(
                "<li><span class=\"status\">{}</span> {}",
                escape(words.status(result.status)),
                escape(&one_line(&result.description))
            ));
            let indicator = one_line(&result.indicator);
            if !indicator.is_empty() {
                body.push_str(&format!(
                    "<br><span class=\"indicator\">{}{}{}</span>",
                    escape(words.indicator),
                    escape(words.colon),
                    escape(&indicator)
                ));
            }
            body.push_str("</li>\n");
        }
        body.push_str("</ul>\n");
        section(&mut html, "results", words.results, &body);
    }
    let concluded: Vec<_> = source
        .discussions
        .iter()
        .filter(|d| !d.closing_summary.trim().is_empty() || !d.interim_summaries.is_empty())
        .collect();
    if !concluded.is_empty() {
        let mut body = String::new();
        for discussion in concluded {
            body.push_str(&format!(
                "<h3>{}</h3>\n",
                escape(&one_line(&discussion.title))
            ));
            body.push_str(&paragraphs(&discussion.closing_summary));
            let interim: Vec<&str> = present(&discussion.interim_summaries).collect();
            if !interim.is_empty() {
                body.push_str(&format!(
                    "<details>\n<summary>{}</summary>\n",
                    escape(words.interim)
                ));
                for summary in interim {
                    body.push_str(&paragraphs(summary));
                }
                body.push_str("</details>\n");
            }
        }
        section(&mut html, "discussions", words.discussions, &body);
    }
    for (index, (heading, items)) in knowledge(source).into_iter().enumerate() {
        let mut body = String::from("<ul>\n");
        for item in present(items) {
            body.push_str(&format!("<li>{}</li>\n", escape(&one_line(item))));
        }
        body.push_str("</ul>\n");
        section(&mut html, &format!("knowledge-{index}"), heading, &body);
    }
    let mut body = format!("<p>{}</p>\n", escape(&members_sentence(source)));
    if let Some(assessment) = assessment_sentence(source) {
        body.push_str(&format!("<p>{}</p>\n", escape(&assessment)));
    }
    let audiences: Vec<String> = present(&source.audiences).map(one_line).collect();
    if !audiences.is_empty() {
        body.push_str(&format!(
            "<p>{}{}{}</p>\n",
            escape(words.audiences),
            escape(words.colon),
            escape(&super::text::join_list(source.language, &audiences))
        ));
    }
    section(&mut html, "members", words.members, &body);
    html.push_str("</main>\n<footer>\n");
    if let Some(email) = &options.contact_email {
        let email = email.trim();
        html.push_str(&format!(
            "<h2>{}</h2>\n<p><a href=\"mailto:{}\">{}</a></p>\n",
            escape(words.contact),
            escape(email),
            escape(email)
        ));
    }
    html.push_str(&format!(
        "<p>{}</p>\n</footer>\n</body>\n</html>\n",
        escape(words.page_footer)
    ));
    Ok(html)
}

/// A section named by its heading.
fn section(html: &mut String, id: &str, heading: &str, body: &str) {
    html.push_str(&format!(
        "<section aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{}</h2>\n{body}</section>\n",
        escape(heading)
    ));
}

/// Members' prose as paragraphs: a blank line starts a new one, a single line break is
/// kept as `<br>`.
fn paragraphs(text: &str) -> String {
    let mut out = String::new();
    for paragraph in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        let lines: Vec<_> = paragraph.lines().map(|line| escape(line.trim())).collect();
        out.push_str(&format!("<p>{}</p>\n", lines.join("<br>")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;
    use crate::Language;

    #[test]
    fn the_page_is_accessible_self_contained_and_escaped() {
        let html = public_page(&fixture::source(Language::Es), &fixture::options()).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"es\">"));
        assert_eq!(html.matches("<h1>").count(), 1);
        for landmark in ["<header>", "<main>", "<footer>"] {
            assert_eq!(html.matches(landmark).count(), 1, "{landmark}");
        }
        assert!(!html.contains("<script"));
        assert!(!html.contains("src="));
        assert!(html.contains("<h1>Indicators for telemedicine &amp; &lt;primary care&gt;</h1>"));
        assert!(!html.contains("<primary care>"));
        for expected in [
            "<h2 id=\"problem\">El problema</h2>",
            "<span class=\"status\">Logrado</span> A list of indicators",
            "Indicador: Five indicators",
            "<h3>Which indicators matter?</h3>",
            "<summary>En el camino</summary>",
            "<h2 id=\"knowledge-1\">Lecciones aprendidas</h2>",
            "Participaron 42 miembros, con el liderazgo de Ana Souza y José Pérez.",
            "satisfacción media: 4,2 sobre 5.",
            "<a href=\"mailto:cop@example.org\">cop@example.org</a>",
            "<link rel=\"canonical\" href=\"https://example.org/cop/telemedicine-indicators-results\">",
        ] {
            assert!(html.contains(expected), "{expected} in\n{html}");
        }
    }

    #[test]
    fn markup_in_members_text_never_becomes_markup() {
        let mut source = fixture::source(Language::En);
        source.problem = "<script>alert('x')</script>\n\nSecond \"para\"\u{1}".into();
        source.objective = "a\" onload=\"x".into();
        let html = public_page(&source, &KitOptions::default()).unwrap();
        assert!(!html.contains("<script>"));
        assert!(html.contains(
            "<p>&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;</p>\n<p>Second &quot;para&quot;</p>"
        ));
        assert!(html.contains("content=\"a&quot; onload=&quot;x\""));
    }

    #[test]
    fn each_language_sets_its_lang() {
        for language in Language::ALL {
            let html = public_page(&fixture::source(language), &KitOptions::default()).unwrap();
            assert!(html.contains(&format!("<html lang=\"{}\">", language.key())));
        }
    }
}
