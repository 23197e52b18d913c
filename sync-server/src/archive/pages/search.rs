//! The search page: a form (GET, so results are links anyone can share) and one page
//! of results, each with its title, a snippet with the matches marked, and a link to
//! the record.

use std::fmt::Write as _;

use crate::archive::html::{Layout, escape, url_encode};
use crate::archive::reader::Hit;
use crate::archive::text::{MATCH_END, MATCH_START};

/// Words of a query that count; more are ignored (a query is a few words, and each one
/// costs the index a lookup).
pub const MAX_WORDS: usize = 16;

/// The words of `query` as an FTS5 expression: each one quoted (so nothing a reader
/// types is FTS5 syntax) and a prefix (`indicador` finds `indicadores`), all required.
/// `None` when there is no word.
pub fn fts_query(query: &str) -> Option<String> {
    let words: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .take(MAX_WORDS)
        .map(|word| format!("\"{word}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// What the page shows under the form.
pub enum Outcome<'a> {
    /// No query yet.
    Empty,
    /// A query longer than the relay accepts.
    TooLong { max_chars: usize },
    /// One page of results (`hits` holds at most `per_page`; `more` says whether there
    /// is a next page).
    Results {
        hits: &'a [Hit],
        page: usize,
        more: bool,
    },
}

/// The whole page.
pub fn render(layout: &Layout<'_>, query: &str, max_chars: usize, outcome: &Outcome<'_>) -> String {
    let mut main = format!(
        "<h1>Search the archive</h1>\
         <form role=\"search\" method=\"get\" action=\"/archive\">\
         <label for=\"q\">Words to find in closed communities</label> \
         <input type=\"search\" id=\"q\" name=\"q\" maxlength=\"{max_chars}\" value=\"{}\"> \
         <button type=\"submit\">Search</button></form>",
        escape(query)
    );
    match outcome {
        Outcome::Empty => {}
        Outcome::TooLong { max_chars } => {
            let _ = write!(
                main,
                "<p role=\"alert\">That search is too long: use at most {max_chars} characters.</p>"
            );
        }
        Outcome::Results { hits, page, more } => {
            results(&mut main, query, hits, *page, *more);
        }
    }
    layout.page("Search the archive", &main)
}

fn results(out: &mut String, query: &str, hits: &[Hit], page: usize, more: bool) {
    let _ = write!(
        out,
        "<section aria-labelledby=\"results\"><h2 id=\"results\">Results</h2>"
    );
    if hits.is_empty() {
        let _ = write!(out, "<p>No archived community matches.</p>");
    } else {
        let _ = write!(out, "<ol>");
        for hit in hits {
            let _ = write!(
                out,
                "<li><a href=\"/archive/{}\">{}</a><br>{}</li>",
                escape(&hit.document),
                escape(&hit.title),
                marked(&hit.snippet)
            );
        }
        let _ = write!(out, "</ol>");
    }
    if page > 1 || more {
        let _ = write!(out, "<nav aria-label=\"Result pages\">");
        let q = url_encode(query);
        if page > 1 {
            let _ = write!(
                out,
                "<a href=\"/archive?q={q}&amp;page={}\" rel=\"prev\">Previous</a> ",
                page - 1
            );
        }
        let _ = write!(out, "Page {page}");
        if more {
            let _ = write!(
                out,
                " <a href=\"/archive?q={q}&amp;page={}\" rel=\"next\">Next</a>",
                page + 1
            );
        }
        let _ = write!(out, "</nav>");
    }
    let _ = write!(out, "</section>");
}

/// A snippet escaped, then its match marks (which the indexed text cannot contain, see
/// `crate::archive::text`) turned into `<mark>`: escaping first means nothing of the
/// record's text can become markup.
fn marked(snippet: &str) -> String {
    escape(snippet)
        .replace(MATCH_START, "<mark>")
        .replace(MATCH_END, "</mark>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_words_never_syntax() {
        assert_eq!(
            fts_query("evaluación  NEAR(a b)"),
            Some("\"evaluación\"* \"NEAR\"* \"a\"* \"b\"*".into())
        );
        assert_eq!(fts_query("\"*^-:"), None);
        assert_eq!(
            fts_query(&"w ".repeat(100)).unwrap().matches('w').count(),
            MAX_WORDS
        );
    }

    #[test]
    fn snippets_mark_matches_and_escape_the_rest() {
        let snippet = format!("<b>{MATCH_START}dengue{MATCH_END}</b>");
        assert_eq!(marked(&snippet), "&lt;b&gt;<mark>dengue</mark>&lt;/b&gt;");
    }
}
