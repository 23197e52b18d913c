//! An assessment's results drawn as an SVG chart: one horizontal stacked bar per scale
//! question and per value-creation cycle, for the app and for the relay's
//! server-rendered archive page alike (a plain string, no browser needed).
//!
//! Readable without colour: the values 1 to 5 are greys from light to dark in a fixed
//! left-to-right order, each segment wide enough carries its count in black or white
//! (whichever contrasts at least 4.5:1 with its grey), and under every bar a line
//! spells out every count, the number of answers, the median and the mean. The chart
//! has `role="img"` with a `<title>` and a `<desc>` it is labelled by; every bar has a
//! `<title>` too. Every word on it comes from the caller (translated); every text is
//! escaped.

use std::fmt::Write as _;

use super::results::{AssessmentResults, ScaleSummary};
use super::survey::AnswerType;
use crate::export::xml::escape;

/// The words on the chart, in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartLabels {
    /// The chart's accessible name, e.g. "Final assessment: results".
    pub title: String,
    /// What it shows, e.g. "Answers to each question from 1 (not at all) to 5 (very
    /// much), with their number, median and mean."
    pub description: String,
    /// The names of the values 1 to 5 for the legend ("Not at all", …, "Very much").
    pub scale: [String; 5],
    /// The heading of the questions' part.
    pub by_question: String,
    /// The heading of the value cycles' part.
    pub by_cycle: String,
    /// The names of the cycles, in [`super::survey::ValueCycle::ALL`]'s order.
    pub cycles: [String; 5],
    /// The word after a number of answers ("answers").
    pub answers: String,
    pub median: String,
    pub mean: String,
    /// Shown instead of a bar when nobody answered.
    pub no_answers: String,
    /// `.` or `,`, as the reader writes decimals.
    pub decimal_separator: char,
}

const WIDTH: u32 = 720;
const MARGIN: u32 = 16;
const BAR: u32 = 22;
/// Longest question shown on one line, in characters; the bar's `<title>` has it all.
const LABEL_CHARS: usize = 95;
/// Narrowest segment that carries its count inside (the line below has them all).
const LABELLED_SEGMENT: f64 = 18.0;
/// Greys for 1 to 5, light to dark, and the text colour that contrasts with each
/// (black on the three lighter, at least 7:1; white on the two darker, at least 7:1).
const FILLS: [(&str, &str); 5] = [
    ("#f2f2f2", "#000000"),
    ("#c8c8c8", "#000000"),
    ("#969696", "#000000"),
    ("#595959", "#ffffff"),
    ("#262626", "#ffffff"),
];

/// The results as a self-contained SVG document (`<svg …>…</svg>`): the scale
/// questions' bars, then the value cycles'. Open questions are not drawn: their answers
/// are text, listed beside the chart by the caller.
pub fn results_svg(results: &AssessmentResults, labels: &ChartLabels) -> String {
    let id = format!("assessment-{}", escape(results.assessment.as_str()));
    let mut body = String::new();
    let mut y = MARGIN;
    y = legend(&mut body, labels, y);
    let questions: Vec<(&str, &ScaleSummary)> = results
        .questions
        .iter()
        .filter(|q| q.answer == Some(AnswerType::Scale))
        .map(|q| (q.text.as_str(), &q.scale))
        .collect();
    if !questions.is_empty() {
        y = heading(&mut body, &labels.by_question, y);
        for (text, scale) in questions {
            y = bar(&mut body, labels, text, scale, y);
        }
    }
    if !results.cycles.is_empty() {
        y = heading(&mut body, &labels.by_cycle, y);
        for cycle in &results.cycles {
            let index = super::survey::ValueCycle::ALL
                .iter()
                .position(|c| *c == cycle.cycle)
                .unwrap_or(0);
            let name = labels.cycles.get(index).map_or("", String::as_str);
            y = bar(&mut body, labels, name, &cycle.scale, y);
        }
    }
    let height = y + MARGIN;
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" \
         aria-labelledby=\"{id}-title {id}-desc\" width=\"{WIDTH}\" height=\"{height}\" \
         viewBox=\"0 0 {WIDTH} {height}\" font-family=\"system-ui, sans-serif\" \
         font-size=\"13\">\
         <title id=\"{id}-title\">{title}</title>\
         <desc id=\"{id}-desc\">{desc}</desc>\
         <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>{body}</svg>",
        title = escape(&labels.title),
        desc = escape(&labels.description),
    )
}

/// The swatches of the five values with their names; returns the next free y.
fn legend(out: &mut String, labels: &ChartLabels, y: u32) -> u32 {
    let step = (WIDTH - 2 * MARGIN) / 5;
    out.push_str("<g class=\"legend\">");
    for (index, ((fill, ink), name)) in FILLS.iter().zip(&labels.scale).enumerate() {
        // Infallible: index < 5.
        let value = index as u32 + 1;
        let x = MARGIN + (value - 1) * step;
        let _ = write!(
            out,
            "<rect x=\"{x}\" y=\"{y}\" width=\"22\" height=\"18\" fill=\"{fill}\" \
             stroke=\"#000000\" stroke-width=\"0.5\"/>\
             <text x=\"{cx}\" y=\"{ty}\" text-anchor=\"middle\" fill=\"{ink}\">{value}</text>\
             <text x=\"{lx}\" y=\"{ty}\">{name}</text>",
            cx = x + 11,
            ty = y + 13,
            lx = x + 28,
            name = escape(name),
        );
    }
    out.push_str("</g>");
    y + 34
}

fn heading(out: &mut String, text: &str, y: u32) -> u32 {
    let _ = write!(
        out,
        "<text x=\"{MARGIN}\" y=\"{ty}\" font-weight=\"bold\" font-size=\"15\">{text}</text>",
        ty = y + 15,
        text = escape(text),
    );
    y + 26
}

/// One labelled bar with its counts spelled out below; returns the next free y.
fn bar(out: &mut String, labels: &ChartLabels, label: &str, scale: &ScaleSummary, y: u32) -> u32 {
    let shown = shorten(label);
    let details = details(labels, scale);
    let _ = write!(
        out,
        "<g class=\"bar\"><title>{full}: {details}</title>\
         <text x=\"{MARGIN}\" y=\"{ty}\">{shown}</text>",
        full = escape(label),
        details = escape(&details),
        ty = y + 13,
        shown = escape(&shown),
    );
    let top = y + 20;
    let width = f64::from(WIDTH - 2 * MARGIN);
    if scale.answered == 0 {
        let _ = write!(
            out,
            "<rect x=\"{MARGIN}\" y=\"{top}\" width=\"{width}\" height=\"{BAR}\" \
             fill=\"#ffffff\" stroke=\"#595959\" stroke-dasharray=\"4 3\"/>\
             <text x=\"{tx}\" y=\"{ty}\" fill=\"#000000\">{none}</text>",
            tx = MARGIN + 8,
            ty = top + 15,
            none = escape(&labels.no_answers),
        );
    } else {
        let mut x = f64::from(MARGIN);
        for (count, (fill, ink)) in scale.distribution.iter().zip(FILLS) {
            if *count == 0 {
                continue;
            }
            let w = width * *count as f64 / scale.answered as f64;
            let _ = write!(
                out,
                "<rect class=\"segment\" x=\"{x:.1}\" y=\"{top}\" width=\"{w:.1}\" \
                 height=\"{BAR}\" fill=\"{fill}\" stroke=\"#ffffff\" stroke-width=\"1\"/>"
            );
            if w >= LABELLED_SEGMENT {
                let _ = write!(
                    out,
                    "<text x=\"{cx:.1}\" y=\"{ty}\" text-anchor=\"middle\" \
                     fill=\"{ink}\">{count}</text>",
                    cx = x + w / 2.0,
                    ty = top + 15,
                );
            }
            x += w;
        }
    }
    let _ = write!(
        out,
        "<text x=\"{MARGIN}\" y=\"{ty}\" font-size=\"12\">{details}</text></g>",
        ty = top + BAR + 15,
        details = escape(&details),
    );
    top + BAR + 28
}

/// "1: 2 · 2: 0 · 3: 5 · 4: 7 · 5: 1 — 15 answers · median 4 · mean 3.9".
fn details(labels: &ChartLabels, scale: &ScaleSummary) -> String {
    let counts: Vec<String> = (1..=5)
        .zip(scale.distribution)
        .map(|(value, count)| format!("{value}: {count}"))
        .collect();
    let mut line = format!(
        "{} — {} {}",
        counts.join(" · "),
        scale.answered,
        labels.answers
    );
    if let (Some(median), Some(mean)) = (scale.median, scale.mean) {
        let _ = write!(
            line,
            " · {} {} · {} {}",
            labels.median,
            decimal(median, labels.decimal_separator),
            labels.mean,
            decimal(mean, labels.decimal_separator),
        );
    }
    line
}

/// One decimal, without a trailing `.0` (a median is often whole).
fn decimal(value: f64, separator: char) -> String {
    let written = format!("{value:.1}");
    let written = written.strip_suffix(".0").unwrap_or(&written);
    written.replace('.', &separator.to_string())
}

fn shorten(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= LABEL_CHARS {
        return text.to_owned();
    }
    let cut: String = text.chars().take(LABEL_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conclusion::assessment::{
        Answer, AssessmentKind, NewQuestion, add_question, answer_assessment, open_assessment,
    };
    use crate::conclusion::fixture::{concluding, id};
    use crate::conclusion::results::assessment_results;
    use crate::{QuestionId, ValueCycle};

    const AT: &str = "2030-03-01T10:00:00Z";

    fn labels() -> ChartLabels {
        ChartLabels {
            title: "Final assessment: results & <more>".into(),
            description: "Answers from 1 (not at all) to 5 (very much).".into(),
            scale: ["Not at all", "A little", "Somewhat", "Much", "Very much"].map(String::from),
            by_question: "By question".into(),
            by_cycle: "By value cycle".into(),
            cycles: ["Immediate", "Potential", "Applied", "Realized", "Reframing"]
                .map(String::from),
            answers: "answers".into(),
            median: "median".into(),
            mean: "mean".into(),
            no_answers: "No answers yet".into(),
            decimal_separator: ',',
        }
    }

    #[test]
    fn the_chart_is_well_formed_labelled_and_escaped() {
        let mut doc = concluding();
        let a = open_assessment(&mut doc, &id("mo"), AssessmentKind::Final, "", AT).unwrap();
        let tricky = NewQuestion {
            text: "Was <script>alert(\"x\")</script> & 'this' useful?".into(),
            answer: AnswerType::Scale,
            cycle: Some(ValueCycle::Applied),
        };
        let added = add_question(&mut doc, &id("mo"), &a, &tricky).unwrap();
        let q = |s: &str| QuestionId::new(s).unwrap();
        for (member, value) in [("luis", 4), ("pa", 5), ("ana", 2)] {
            let answers = [
                (q("objective"), Answer::Scale(value)),
                (added.clone(), Answer::Scale(3)),
            ];
            answer_assessment(&mut doc, &id(member), &a, &answers, AT).unwrap();
        }
        let results = assessment_results(&doc, &a).unwrap();
        let svg = results_svg(&results, &labels());

        let parsed = roxmltree::Document::parse(&svg).expect("well-formed XML");
        let root = parsed.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        assert_eq!(root.attribute("role"), Some("img"));
        let labelled_by: Vec<&str> = root
            .attribute("aria-labelledby")
            .unwrap()
            .split(' ')
            .collect();
        let by_id = |wanted: &str| {
            parsed
                .descendants()
                .find(|n| n.attribute("id") == Some(wanted))
                .unwrap()
        };
        let title = by_id(labelled_by[0]);
        assert_eq!(title.tag_name().name(), "title");
        assert_eq!(title.text(), Some("Final assessment: results & <more>"));
        assert_eq!(by_id(labelled_by[1]).tag_name().name(), "desc");

        // Eleven scale questions (ten default, one added) and five cycles.
        let bars = parsed
            .descendants()
            .filter(|n| n.attribute("class") == Some("bar"))
            .count();
        assert_eq!(bars, 11 + 5);
        let texts: Vec<&str> = parsed.descendants().filter_map(|n| n.text()).collect();
        assert!(texts.contains(&"Was <script>alert(\"x\")</script> & 'this' useful?"));
        assert!(!svg.contains("<script>"));
        assert!(
            texts.contains(&"1: 0 · 2: 1 · 3: 0 · 4: 1 · 5: 1 — 3 answers · median 4 · mean 3,7")
        );
        assert!(texts.contains(&"No answers yet"));
        // The objective's three segments, each labelled with its count.
        let objective_bar = parsed
            .descendants()
            .find(|n| n.attribute("class") == Some("bar"))
            .unwrap();
        let segments = objective_bar
            .children()
            .filter(|n| n.attribute("class") == Some("segment"))
            .count();
        assert_eq!(segments, 3);
        let labelled = objective_bar
            .children()
            .filter(|n| n.tag_name().name() == "text" && n.text() == Some("1"))
            .count();
        assert_eq!(labelled, 3, "one count per segment");
    }

    #[test]
    fn long_questions_are_shortened_on_the_chart_and_whole_in_the_title() {
        let long = "word ".repeat(40);
        let short = shorten(&long);
        assert!(short.chars().count() <= LABEL_CHARS);
        assert!(short.ends_with('…'));
        assert_eq!(escape("a\u{1}b<"), "ab&lt;");
        assert_eq!(decimal(4.0, ','), "4");
        assert_eq!(decimal(3.666, ','), "3,7");
    }
}
