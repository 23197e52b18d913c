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
    let words = layout.words();
    // A language picked on a page goes on with the next search.
    let carried = layout.carried.map_or_else(String::new, |language| {
        format!(
            "<input type=\"hidden\" name=\"lang\" value=\"{}\">",
            language.key()
        )
    });
    let mut main = format!(
        "<h1>{title}</h1>\
         <form role=\"search\" method=\"get\" action=\"/archive\">\
         <label for=\"q\">{label}</label> \
         <input type=\"search\" id=\"q\" name=\"q\" maxlength=\"{max_chars}\" value=\"{value}\"> \
         {carried}<button type=\"submit\">{button}</button></form>",
        title = words.search_title,
        label = words.search_label,
        value = escape(query),
        button = words.search_button,
    );
    match outcome {
        Outcome::Empty => {}
        Outcome::TooLong { max_chars } => {
            let _ = write!(
                main,
                "<p role=\"alert\">{}</p>",
                (words.too_long)(*max_chars)
            );
        }
        Outcome::Results { hits, page, more } => {
            results(&mut main, layout, query, hits, *page, *more);
        }
    }
    layout.page(words.search_title, &main)
}

fn results(
    out: &mut String,
    layout: &Layout<'_>,
    query: &str,
    hits: &[Hit],
    page: usize,
    more: bool,
) {
    let words = layout.words();
    let _ = write!(
        out,
        "<section aria-labelledby=\"results\"><h2 id=\"results\">{}</h2>",
        words.results
    );
    if hits.is_empty() {
        let _ = write!(out, "<p>{}</p>", words.no_results);
    } else {
        let _ = write!(out, "<ol>");
        for hit in hits {
            let _ = write!(
                out,
                "<li><a href=\"{}\">{}</a><br>{}</li>",
                escape(&layout.link(&format!("/archive/{}", hit.document))),
                escape(&hit.title),
                marked(&hit.snippet)
            );
        }
        let _ = write!(out, "</ol>");
    }
    if page > 1 || more {
        let _ = write!(out, "<nav aria-label=\"{}\">", words.result_pages);
        let at = |page: usize| {
            escape(&layout.link(&format!("/archive?q={}&page={page}", url_encode(query))))
                .into_owned()
        };
        if page > 1 {
            let _ = write!(
                out,
                "<a href=\"{}\" rel=\"prev\">{}</a> ",
                at(page - 1),
                words.previous
            );
        }
        let _ = write!(out, "{} {page}", words.page);
        if more {
            let _ = write!(
                out,
                " <a href=\"{}\" rel=\"next\">{}</a>",
                at(page + 1),
                words.next
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
