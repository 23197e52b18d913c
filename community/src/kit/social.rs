//! Short messages for social networks, each within 280 characters as X counts them.
//!
//! **How a post is counted** (the strictest common limit: X's 280; Mastodon allows 500,
//! Bluesky 300 graphemes, LinkedIn far more): X's weighted count, made an upper bound so
//! a post within [`POST_LIMIT`] here is within it there.
//! - Each Unicode scalar value counts 1 if X counts it 1 (U+0000–U+10FF, which holds
//!   every letter of English, Spanish, Portuguese and French, U+2000–U+200D,
//!   U+2010–U+201F: dashes and curly quotes, U+2032–U+2037), else 2 (CJK, emoji, "…").
//!   X counts an emoji sequence (👩‍⚕️) as 2 in all; counted per scalar here it weighs
//!   more, never less. X normalises to NFC first; not normalising only counts more.
//! - The links the kit adds (the public page, the seminar's link) count
//!   [`URL_WEIGHT`] = 23 whatever their length, as X (t.co) and Mastodon count them.
//! - X also links domain-like words in members' text ("who.int") and counts each as 23,
//!   even when shorter. So every place a word has a letter or digit, a dot and then a
//!   letter (how every domain with a top-level domain looks) adds 23 on top of the
//!   word's own characters: "e.g." is over-counted, a short domain never under-counted.
//!
//! Posts are composed, not cut blindly: the message is shortened at a word (with "…")
//! until the whole post, link and hashtags included, fits; hashtags that no longer fit
//! are left out, the link never is.

use super::text::{fill, one_line, sequence_boundary};
use super::words::Words;
use super::{KitError, KitOptions, Source, checked_url};

/// The longest post, in the weighted count above.
pub const POST_LIMIT: usize = 280;

/// What a link counts, whatever its length.
pub const URL_WEIGHT: usize = 23;

const ELLIPSIS: &str = "…";

/// One short message and its weighted count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SocialPost {
    pub text: String,
    /// [`post_weight`] of `text` with the links the kit added: at most [`POST_LIMIT`].
    pub count: usize,
}

/// A post's weighted count (see the module's documentation), each occurrence of one of
/// `links` counting [`URL_WEIGHT`].
pub fn post_weight(text: &str, links: &[&str]) -> usize {
    let Some((link, others)) = links.split_first() else {
        return text_weight(text);
    };
    if link.is_empty() {
        return post_weight(text, others);
    }
    let pieces: Vec<&str> = text.split(link).collect();
    let links_found = pieces.len() - 1;
    pieces
        .iter()
        .map(|piece| post_weight(piece, others))
        .sum::<usize>()
        + links_found * URL_WEIGHT
}

/// Social posts announcing the community's results, in its language: what it set out to
/// do, each expected result, each discussion's conclusion, the knowledge base, and the
/// seminar if one is planned. Each links the public page when its address is given.
pub fn social_posts(source: &Source, options: &KitOptions) -> Result<Vec<SocialPost>, KitError> {
    let words = Words::of(source.language);
    let page = options.page_url.as_deref().map(checked_url).transpose()?;
    let tags = hashtags(&options.hashtags);
    let mut bodies = Vec::new();
    let aim = if source.objective.trim().is_empty() {
        &source.problem
    } else {
        &source.objective
    };
    bodies.push(fill(
        words.social_intro,
        &[("title", source.title.trim()), ("objective", aim.trim())],
    ));
    for result in &source.expected_results {
        if !result.description.trim().is_empty() {
            bodies.push(fill(
                words.social_result,
                &[
                    ("status", words.status(result.status)),
                    ("description", result.description.trim()),
                ],
            ));
        }
    }
    for discussion in &source.discussions {
        if !discussion.closing_summary.trim().is_empty() {
            bodies.push(fill(
                words.social_discussion,
                &[
                    ("title", discussion.title.trim()),
                    ("summary", discussion.closing_summary.trim()),
                ],
            ));
        }
    }
    for (template, items) in [
        (words.social_lesson, &source.lessons_learned),
        (words.social_practice, &source.best_practices),
        (words.social_recommendation, &source.recommendations),
    ] {
        for item in items.iter().filter(|item| !item.trim().is_empty()) {
            bodies.push(fill(template, &[("text", item.trim())]));
        }
    }
    let mut posts: Vec<SocialPost> = bodies
        .iter()
        .map(|body| compose(body, page, &tags))
        .collect();
    if let Some(seminar) = &options.seminar {
        let link = checked_url(&seminar.link)?;
        let when = super::seminar::when(source.language, seminar.start);
        let body = fill(
            words.social_seminar,
            &[("when", &when), ("title", source.title.trim())],
        );
        posts.push(compose(&body, Some(link), &tags));
    }
    Ok(posts)
}

/// `#Tag` for each hashtag given, keeping what X keeps in one (letters, digits, `_`).
fn hashtags(given: &[String]) -> Vec<String> {
    given
        .iter()
        .map(|tag| {
            tag.chars()
                .filter(|c| c.is_alphanumeric() || *c == '_')
                .collect::<String>()
        })
        .filter(|tag| !tag.is_empty())
        .map(|tag| format!("#{tag}"))
        .collect()
}

/// `body`, shortened to fit, then the hashtags that still fit, then the link.
fn compose(body: &str, link: Option<&str>, tags: &[String]) -> SocialPost {
    let links: Vec<&str> = link.into_iter().collect();
    // The link goes on its own line: "\n" counts 1.
    let reserved = link.map_or(0, |_| 1 + URL_WEIGHT);
    let mut text = shorten(&one_line(body), POST_LIMIT - reserved, &links);
    for tag in tags {
        let with_tag = if text.is_empty() {
            tag.clone()
        } else {
            format!("{text} {tag}")
        };
        if post_weight(&with_tag, &links) + reserved <= POST_LIMIT {
            text = with_tag;
        }
    }
    if let Some(link) = link {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(link);
    }
    let count = post_weight(&text, &links);
    SocialPost { text, count }
}

/// The longest start of `text` (cut at a word where possible, never inside a character
/// sequence) that, with "…" when cut, weighs at most `budget`.
fn shorten(text: &str, budget: usize, links: &[&str]) -> String {
    if post_weight(text, links) <= budget {
        return text.to_owned();
    }
    let room = budget.saturating_sub(text_weight(ELLIPSIS));
    // First guess from the characters' own weights; the loop below then removes words
    // until the exact count (domain-like words, links) fits.
    let mut used = 0;
    let mut end = 0;
    for (index, c) in text.char_indices() {
        used += char_weight(c);
        if used > room {
            break;
        }
        end = index + c.len_utf8();
    }
    let mut cut = &text[..end];
    if let Some(space) = cut.rfind(' ').filter(|space| *space > end / 2) {
        cut = &cut[..space];
    } else {
        cut = &cut[..sequence_boundary(text, end)];
    }
    loop {
        let trimmed = cut.trim_end_matches(|c: char| c.is_whitespace() || ",;:.".contains(c));
        if trimmed.is_empty() {
            return String::new();
        }
        let candidate = format!("{trimmed}{ELLIPSIS}");
        if post_weight(&candidate, links) <= budget {
            return candidate;
        }
        cut = match trimmed.rfind(' ') {
            Some(space) => &trimmed[..space],
            None => {
                let last = trimmed.char_indices().last().map_or(0, |(index, _)| index);
                &trimmed[..sequence_boundary(trimmed, last)]
            }
        };
    }
}

/// The weight of text without links: its characters, plus [`URL_WEIGHT`] for each
/// domain-like spot.
fn text_weight(text: &str) -> usize {
    let chars: usize = text.chars().map(char_weight).sum();
    chars + domain_spots(text) * URL_WEIGHT
}

/// X's weight of one scalar value.
fn char_weight(c: char) -> usize {
    match u32::from(c) {
        0x0000..=0x10FF | 0x2000..=0x200D | 0x2010..=0x201F | 0x2032..=0x2037 => 1,
        _ => 2,
    }
}

/// How many places look like a domain's last dot: a letter or digit, `.`, a letter.
fn domain_spots(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(3)
        .filter(|w| w[0].is_alphanumeric() && w[1] == '.' && w[2].is_alphabetic())
        .count()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::fixture;
    use super::super::{DiscussionOutcome, ResultLine};
    use super::*;
    use crate::Language;

    const PAGE: &str = "https://example.org/cop/telemedicine-indicators-results";
    const MEET: &str = "https://meet.example.org/cop-results";

    #[test]
    fn the_count_weighs_as_x_does_or_more() {
        assert_eq!(post_weight("Ação é já", &[]), 9);
        assert_eq!(post_weight("“quoted” – ok", &[]), 13);
        assert_eq!(post_weight("😀", &[]), 2);
        assert_eq!(post_weight("健康", &[]), 4);
        assert_eq!(post_weight("…", &[]), 2);
        // An emoji sequence: X says 2, we say at least that.
        assert!(post_weight("👩‍⚕️", &[]) >= 2);
        // A link counts 23 however long; a domain in members' text at least 23.
        assert_eq!(post_weight(&format!("See {PAGE}"), &[PAGE]), 4 + 23);
        assert!(post_weight("see who.int", &[]) >= 4 + 23);
        assert_eq!(post_weight("3.5 days. Then", &[]), 14);
    }

    #[test]
    fn posts_carry_the_results_the_link_and_hashtags_in_the_language() {
        let posts = social_posts(&fixture::source(Language::Es), &fixture::options()).unwrap();
        // intro, 2 results, 1 discussion, lesson, practice, recommendation, seminar
        assert_eq!(posts.len(), 8);
        assert!(posts[0].text.starts_with("La Comunidad de Práctica «Indicators for telemedicine & <primary care>» comparte sus resultados"));
        assert!(
            posts[0]
                .text
                .ends_with(&format!("#telemedicine #PublicHealth\n{PAGE}"))
        );
        assert!(posts[1].text.starts_with("Logrado: A list of indicators"));
        assert!(posts[6].text.starts_with("Recomendación: Adopt"));
        assert!(
            posts[7]
                .text
                .starts_with("Seminario virtual el 15 de marzo de 2031, 14:00 (UTC)")
        );
        assert!(posts[7].text.ends_with(MEET));
        for post in &posts {
            assert_eq!(post.count, post_weight(&post.text, &[PAGE, MEET]));
            assert!(post.count <= POST_LIMIT);
        }
        let english = social_posts(&fixture::source(Language::En), &fixture::options()).unwrap();
        assert!(
            english[0]
                .text
                .starts_with("The Community of Practice “Indicators")
        );
        assert!(english[1].text.starts_with("Achieved: A list"));
    }

    #[test]
    fn a_long_message_is_shortened_at_a_word_and_keeps_its_link() {
        let mut source = fixture::source(Language::En);
        source.objective = "word ".repeat(200);
        let posts = social_posts(
            &source,
            &KitOptions {
                page_url: Some(PAGE.into()),
                ..KitOptions::default()
            },
        )
        .unwrap();
        let post = &posts[0];
        assert!(
            post.text.ends_with(&format!("word…\n{PAGE}")),
            "{}",
            post.text
        );
        assert!(
            post.count <= POST_LIMIT && post.count >= POST_LIMIT - 6,
            "{}",
            post.count
        );
    }

    #[test]
    fn hashtags_that_do_not_fit_are_left_out() {
        let mut source = fixture::source(Language::En);
        source.objective = "x".repeat(300);
        let options = KitOptions {
            hashtags: vec!["Health Equity!".into()],
            ..KitOptions::default()
        };
        let posts = social_posts(&source, &options).unwrap();
        assert!(!posts[0].text.contains('#'));
        assert!(posts[1].text.ends_with(" #HealthEquity"));
    }

    #[test]
    fn a_bad_link_is_refused() {
        let options = KitOptions {
            page_url: Some("www.example.org".into()),
            ..KitOptions::default()
        };
        assert!(matches!(
            social_posts(&fixture::source(Language::En), &options),
            Err(KitError::InvalidUrl { .. })
        ));
    }

    #[test]
    fn emoji_sequences_are_not_cut_in_half() {
        let text = "👩‍⚕️".repeat(100);
        let short = shorten(&text, 50, &[]);
        assert!(post_weight(&short, &[]) <= 50);
        let kept = short.trim_end_matches(ELLIPSIS);
        assert!(!kept.is_empty());
        assert_eq!(kept.replace("👩‍⚕️", ""), "", "{kept:?}");
    }

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<String>(),
            ".{0,400}",
            "[a-zé ]{0,50}(👩‍⚕️|😀|健康|who\\.int|e\\.g\\.| ){0,200}",
            "[a-z]{300,400}",
        ]
    }

    proptest! {
        #[test]
        fn no_post_is_ever_over_the_limit(
            title in text(),
            objective in text(),
            description in text(),
            summary in text(),
            lesson in text(),
            tags in proptest::collection::vec(text(), 0..4),
            language in proptest::sample::select(Language::ALL.to_vec()),
            long_page in any::<bool>(),
        ) {
            let page = if long_page { format!("{PAGE}/{}", "a".repeat(300)) } else { PAGE.to_owned() };
            let source = Source {
                language,
                title,
                objective,
                expected_results: vec![ResultLine { description, ..ResultLine::default() }],
                discussions: vec![DiscussionOutcome { title: "t".into(), closing_summary: summary, interim_summaries: vec![] }],
                lessons_learned: vec![lesson],
                ..Source::default()
            };
            let mut options = fixture::options();
            options.page_url = Some(page.clone());
            options.hashtags = tags;
            for post in social_posts(&source, &options).unwrap() {
                prop_assert!(post.count <= POST_LIMIT, "{} > {POST_LIMIT}: {:?}", post.count, post.text);
                prop_assert_eq!(post.count, post_weight(&post.text, &[page.as_str(), MEET]));
            }
        }
    }
}
