//! The presentation for events on the community's topics: a `.pptx` (Office Open XML
//! PresentationML) for PowerPoint and LibreOffice Impress (LibreOffice renders it in
//! `tests/kit_office.rs`; PowerPoint has not been tried here).
//!
//! Written by hand as a zip of XML parts, the smallest set PowerPoint itself writes: the
//! package's content types and relationships, `ppt/presentation.xml`, one slide master,
//! one blank layout, one theme, the presentation's properties, `docProps`, and one part
//! per slide holding text boxes with bullet paragraphs. Entries are stored, not
//! compressed (valid in OOXML, and no compression code in the browser's download; see
//! [`super::archive`]).
//!
//! Slides are laid out here, not by the reader's autofit: long text is clipped to a
//! sentence or two and a section that does not fit continues on a further slide, so the
//! deck looks the same everywhere and its slide count is known.

use super::archive::Archive;
use super::text::{clip, fill, one_line};
use super::words::Words;
use super::{
    KitError, KitOptions, Source, assessment_sentence, checked_url, knowledge, members_sentence,
    present,
};
use crate::export::xml::escape;

/// The media type of a `.pptx`, for the download.
pub const DECK_MEDIA_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.presentationml.presentation";

/// A slide deck ready to download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deck {
    /// The `.pptx` file.
    pub bytes: Vec<u8>,
    /// How many slides it has.
    pub slides: usize,
}

/// 16:9, in EMU (914,400 per inch): 13.33 × 7.5 inches.
const WIDTH: i64 = 12_192_000;
const HEIGHT: i64 = 6_858_000;
const MARGIN: i64 = 685_800;
const BODY_TOP: i64 = 1_600_200;
const BODY_HEIGHT: i64 = 4_572_000;
/// Characters of 20-point Arial in one line of the body box (about 90 fit as rendered;
/// kept lower for wide letters and the bullet's indent).
const LINE_CHARS: usize = 80;
/// Lines of the body box: 5 inches hold 15 lines of 20 points; paragraph spacing and
/// lines that wrap early take the rest.
const BODY_LINES: usize = 12;
/// Longest entry on a slide: a slide says the essentials, the page has the rest.
const ENTRY_LIMIT: usize = 280;

const BLUE: &str = "00427A";
const DARK_BLUE: &str = "00335F";
const TEXT: &str = "1B1B1B";
const FONT: &str = "Arial";

const NS: &str = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" \
xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" \
xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";
const DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// One paragraph of a slide's body.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Paragraph {
    /// A group's heading inside a slide (bold, no bullet).
    Heading(String),
    /// A bulleted entry, with an optional bold lead ("Achieved: …").
    Bullet { lead: Option<String>, text: String },
    /// Running text (no bullet).
    Plain(String),
}

impl Paragraph {
    fn bullet(text: &str) -> Self {
        Self::Bullet {
            lead: None,
            text: clip(text, ENTRY_LIMIT),
        }
    }

    /// Lines it takes in the body box, spacing included.
    fn lines(&self) -> usize {
        let chars = match self {
            Self::Heading(text) | Self::Plain(text) => text.chars().count(),
            Self::Bullet { lead, text } => {
                lead.as_ref().map_or(0, |lead| lead.chars().count() + 2) + text.chars().count()
            }
        };
        chars.div_ceil(LINE_CHARS).max(1)
    }
}

/// A content slide before layout.
struct Section {
    title: String,
    body: Vec<Paragraph>,
}

/// A slide as written.
enum Slide {
    Title {
        kicker: String,
        title: String,
        lines: Vec<String>,
    },
    Content {
        title: String,
        body: Vec<Paragraph>,
    },
}

/// The results deck, in the community's language: title, problem and objective,
/// expected results, what the discussions concluded, lessons and recommendations, next
/// steps and contact. A section with nothing to say is left out.
pub fn deck(source: &Source, options: &KitOptions) -> Result<Deck, KitError> {
    let page = options.page_url.as_deref().map(checked_url).transpose()?;
    let words = Words::of(source.language);
    let title = one_line(&source.title);
    let mut slides = vec![Slide::Title {
        kicker: words.deck_subtitle.to_owned(),
        title: title.clone(),
        lines: vec![members_sentence(source)],
    }];
    for section in sections(source, options, page, words) {
        slides.extend(paginate(section, words));
    }
    let count = slides.len();
    let bytes = package(&slides, source, &title)?;
    Ok(Deck {
        bytes,
        slides: count,
    })
}

/// The content sections, in order, each with something to say.
fn sections(
    source: &Source,
    options: &KitOptions,
    page: Option<&str>,
    words: &Words,
) -> Vec<Section> {
    let mut sections = Vec::new();
    let mut problem = Vec::new();
    if !source.problem.trim().is_empty() {
        problem.push(Paragraph::Heading(words.problem.to_owned()));
        problem.push(Paragraph::Plain(clip(&source.problem, ENTRY_LIMIT * 2)));
    }
    if !source.objective.trim().is_empty() {
        problem.push(Paragraph::Heading(words.objective.to_owned()));
        problem.push(Paragraph::Plain(clip(&source.objective, ENTRY_LIMIT * 2)));
        if let Some(kind) = source.objective_type {
            problem.push(Paragraph::Bullet {
                lead: Some(words.objective_type.to_owned()),
                text: words.objective_type(kind).to_owned(),
            });
        }
    }
    sections.push(Section {
        title: format!("{} · {}", words.problem, words.objective),
        body: problem,
    });

    let mut results: Vec<Paragraph> = source
        .expected_results
        .iter()
        .filter(|result| !result.description.trim().is_empty())
        .map(|result| {
            let mut text = clip(&result.description, ENTRY_LIMIT / 2);
            let indicator = one_line(&result.indicator);
            if !indicator.is_empty() {
                text.push_str(&format!(
                    " ({}{}{})",
                    words.indicator,
                    words.colon,
                    clip(&indicator, ENTRY_LIMIT / 2)
                ));
            }
            Paragraph::Bullet {
                lead: Some(words.status(result.status).to_owned()),
                text,
            }
        })
        .collect();
    if let Some(assessment) = assessment_sentence(source) {
        results.push(Paragraph::Bullet {
            lead: Some(words.assessment.to_owned()),
            text: assessment,
        });
    }
    sections.push(Section {
        title: words.results.to_owned(),
        body: results,
    });

    sections.push(Section {
        title: words.discussions.to_owned(),
        body: source
            .discussions
            .iter()
            .filter(|d| !d.closing_summary.trim().is_empty())
            .map(|d| Paragraph::Bullet {
                lead: Some(clip(&d.title, 80)),
                text: clip(&d.closing_summary, ENTRY_LIMIT),
            })
            .collect(),
    });

    let mut knowledge_body = Vec::new();
    for (heading, items) in knowledge(source) {
        knowledge_body.push(Paragraph::Heading(heading.to_owned()));
        knowledge_body.extend(present(items).map(Paragraph::bullet));
    }
    sections.push(Section {
        title: words.lessons_and_recommendations.to_owned(),
        body: knowledge_body,
    });

    let mut next = Vec::new();
    if let Some(seminar) = &options.seminar {
        let when = super::seminar::when(source.language, seminar.start);
        next.push(Paragraph::bullet(&fill(
            words.next_seminar,
            &[("when", &when)],
        )));
    }
    if let Some(page) = page {
        next.push(Paragraph::bullet(&fill(words.more_at, &[("url", page)])));
    }
    let audiences: Vec<String> = present(&source.audiences).map(one_line).collect();
    if !audiences.is_empty() {
        let audiences = super::text::join_list(source.language, &audiences);
        next.push(Paragraph::bullet(&fill(
            words.next_share,
            &[("audiences", &audiences)],
        )));
    }
    sections.push(Section {
        title: words.next_steps.to_owned(),
        body: next,
    });

    let mut contact = vec![Paragraph::Plain(members_sentence(source))];
    let leaders: Vec<&str> = present(&source.leaders).collect();
    if !leaders.is_empty() {
        contact.push(Paragraph::Plain(fill(
            words.leaders,
            &[("names", &leaders.join(", "))],
        )));
    }
    if let Some(email) = &options.contact_email {
        contact.push(Paragraph::Plain(fill(
            words.write_to,
            &[("email", email.trim())],
        )));
    }
    if let Some(page) = page {
        contact.push(Paragraph::Plain(page.to_owned()));
    }
    sections.push(Section {
        title: words.contact.to_owned(),
        body: contact,
    });
    sections.retain(|section| !section.body.is_empty());
    sections
}

/// A section's slides: as many as its paragraphs need, the later ones "(continued)".
fn paginate(section: Section, words: &Words) -> Vec<Slide> {
    let mut pages: Vec<Vec<Paragraph>> = vec![Vec::new()];
    let mut used = 0;
    for paragraph in section.body {
        let lines = paragraph.lines();
        let current = pages.len() - 1;
        // A heading alone at the foot of a slide goes with what it heads.
        let needs = if matches!(paragraph, Paragraph::Heading(_)) {
            lines + 1
        } else {
            lines
        };
        if used + needs > BODY_LINES && !pages[current].is_empty() {
            pages.push(Vec::new());
            used = 0;
        }
        used += lines;
        let last = pages.len() - 1;
        pages[last].push(paragraph);
    }
    pages
        .into_iter()
        .enumerate()
        .map(|(index, body)| Slide::Content {
            title: if index == 0 {
                section.title.clone()
            } else {
                format!("{} {}", section.title, words.continued)
            },
            body,
        })
        .collect()
}

/// The `.pptx` archive.
fn package(slides: &[Slide], source: &Source, title: &str) -> Result<Vec<u8>, KitError> {
    let lang = source.language.key();
    let mut parts: Vec<(String, String)> = vec![
        ("[Content_Types].xml".into(), content_types(slides.len())),
        ("_rels/.rels".into(), ROOT_RELS.into()),
        ("docProps/core.xml".into(), core_properties(title, lang)),
        ("docProps/app.xml".into(), app_properties(slides.len())),
        ("ppt/presentation.xml".into(), presentation(slides.len())),
        (
            "ppt/_rels/presentation.xml.rels".into(),
            presentation_rels(slides.len()),
        ),
        (
            "ppt/presProps.xml".into(),
            format!("{DECL}<p:presentationPr {NS}/>"),
        ),
        (
            "ppt/viewProps.xml".into(),
            format!("{DECL}<p:viewPr {NS}/>"),
        ),
        (
            "ppt/tableStyles.xml".into(),
            format!(
                "{DECL}<a:tblStyleLst xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" def=\"{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}\"/>"
            ),
        ),
        ("ppt/theme/theme1.xml".into(), theme()),
        ("ppt/slideMasters/slideMaster1.xml".into(), slide_master()),
        (
            "ppt/slideMasters/_rels/slideMaster1.xml.rels".into(),
            rels(&[
                ("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"),
                ("rId2", "theme", "../theme/theme1.xml"),
            ]),
        ),
        ("ppt/slideLayouts/slideLayout1.xml".into(), slide_layout()),
        (
            "ppt/slideLayouts/_rels/slideLayout1.xml.rels".into(),
            rels(&[("rId1", "slideMaster", "../slideMasters/slideMaster1.xml")]),
        ),
    ];
    for (index, slide) in slides.iter().enumerate() {
        let number = index + 1;
        parts.push((
            format!("ppt/slides/slide{number}.xml"),
            slide_xml(slide, Words::of(source.language), lang, title, number),
        ));
        parts.push((
            format!("ppt/slides/_rels/slide{number}.xml.rels"),
            rels(&[("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml")]),
        ));
    }
    let mut archive = Archive::default();
    for (name, xml) in parts {
        archive.add(&name, xml.as_bytes())?;
    }
    archive.finish()
}

const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"ppt/presentation.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>\
</Relationships>";

fn content_types(slides: usize) -> String {
    const PML: &str = "application/vnd.openxmlformats-officedocument.presentationml";
    let mut xml = format!(
        "{DECL}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/ppt/presentation.xml\" ContentType=\"{PML}.presentation.main+xml\"/>\
<Override PartName=\"/ppt/presProps.xml\" ContentType=\"{PML}.presProps+xml\"/>\
<Override PartName=\"/ppt/viewProps.xml\" ContentType=\"{PML}.viewProps+xml\"/>\
<Override PartName=\"/ppt/tableStyles.xml\" ContentType=\"{PML}.tableStyles+xml\"/>\
<Override PartName=\"/ppt/slideMasters/slideMaster1.xml\" ContentType=\"{PML}.slideMaster+xml\"/>\
<Override PartName=\"/ppt/slideLayouts/slideLayout1.xml\" ContentType=\"{PML}.slideLayout+xml\"/>\
<Override PartName=\"/ppt/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>\
<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
    );
    for number in 1..=slides {
        xml.push_str(&format!(
            "<Override PartName=\"/ppt/slides/slide{number}.xml\" ContentType=\"{PML}.slide+xml\"/>"
        ));
    }
    xml.push_str("</Types>");
    xml
}

fn core_properties(title: &str, lang: &str) -> String {
    format!(
        "{DECL}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
<dc:title>{}</dc:title><dc:creator>Praxis</dc:creator><dc:language>{lang}</dc:language>\
</cp:coreProperties>",
        escape(title)
    )
}

fn app_properties(slides: usize) -> String {
    format!(
        "{DECL}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" \
xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">\
<Application>Praxis</Application><Slides>{slides}</Slides></Properties>"
    )
}

/// Relationship ids: rId1 the master, rId2… the slides, then the properties and theme.
fn presentation(slides: usize) -> String {
    let ids: String = (1..=slides)
        .map(|n| format!("<p:sldId id=\"{}\" r:id=\"rId{}\"/>", 255 + n, n + 1))
        .collect();
    format!(
        "{DECL}<p:presentation {NS} saveSubsetFonts=\"1\">\
<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>\
<p:sldIdLst>{ids}</p:sldIdLst>\
<p:sldSz cx=\"{WIDTH}\" cy=\"{HEIGHT}\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/>\
</p:presentation>"
    )
}

fn presentation_rels(slides: usize) -> String {
    let targets: Vec<(String, &str, String)> = std::iter::once((
        "rId1".to_owned(),
        "slideMaster",
        "slideMasters/slideMaster1.xml".to_owned(),
    ))
    .chain((1..=slides).map(|n| {
        (
            format!("rId{}", n + 1),
            "slide",
            format!("slides/slide{n}.xml"),
        )
    }))
    .chain(
        [
            ("presProps", "presProps.xml"),
            ("viewProps", "viewProps.xml"),
            ("theme", "theme/theme1.xml"),
            ("tableStyles", "tableStyles.xml"),
        ]
        .into_iter()
        .enumerate()
        .map(|(i, (kind, target))| (format!("rId{}", slides + 2 + i), kind, target.to_owned())),
    )
    .collect();
    let borrowed: Vec<(&str, &str, &str)> = targets
        .iter()
        .map(|(id, kind, target)| (id.as_str(), *kind, target.as_str()))
        .collect();
    rels(&borrowed)
}

fn rels(items: &[(&str, &str, &str)]) -> String {
    let mut xml = format!(
        "{DECL}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    );
    for (id, kind, target) in items {
        xml.push_str(&format!(
            "<Relationship Id=\"{id}\" Type=\"{REL}/{kind}\" Target=\"{target}\"/>"
        ));
    }
    xml.push_str("</Relationships>");
    xml
}

/// The empty group every shape tree starts with.
const TREE_START: &str = "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>\
<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>";

fn slide_master() -> String {
    format!(
        "{DECL}<p:sldMaster {NS}><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg>\
<p:spTree>{TREE_START}</p:spTree></p:cSld>\
<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" \
accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>\
<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>\
<p:txStyles><p:titleStyle><a:lvl1pPr><a:defRPr sz=\"3200\"/></a:lvl1pPr></p:titleStyle>\
<p:bodyStyle><a:lvl1pPr><a:defRPr sz=\"2000\"/></a:lvl1pPr></p:bodyStyle>\
<p:otherStyle><a:lvl1pPr><a:defRPr/></a:lvl1pPr></p:otherStyle></p:txStyles>\
</p:sldMaster>"
    )
}

fn slide_layout() -> String {
    format!(
        "{DECL}<p:sldLayout {NS} type=\"blank\" preserve=\"1\"><p:cSld name=\"Blank\"><p:spTree>{TREE_START}</p:spTree></p:cSld>\
<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
    )
}

fn theme() -> String {
    let colour =
        |name: &str, value: &str| format!("<a:{name}><a:srgbClr val=\"{value}\"/></a:{name}>");
    let colours: String = [
        ("dk1", TEXT),
        ("lt1", "FFFFFF"),
        ("dk2", DARK_BLUE),
        ("lt2", "E6EEF7"),
        ("accent1", BLUE),
        ("accent2", "B35900"),
        ("accent3", "2E7D32"),
        ("accent4", "6A1B9A"),
        ("accent5", "00838F"),
        ("accent6", "AD1457"),
        ("hlink", BLUE),
        ("folHlink", "5B2A86"),
    ]
    .iter()
    .map(|(name, value)| colour(name, value))
    .collect();
    let font = format!("<a:latin typeface=\"{FONT}\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>");
    let fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
    let line = format!("<a:ln w=\"9525\">{fill}</a:ln>");
    let effect = "<a:effectStyle><a:effectLst/></a:effectStyle>";
    format!(
        "{DECL}<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Praxis\"><a:themeElements>\
<a:clrScheme name=\"Praxis\">{colours}</a:clrScheme>\
<a:fontScheme name=\"Praxis\"><a:majorFont>{font}</a:majorFont><a:minorFont>{font}</a:minorFont></a:fontScheme>\
<a:fmtScheme name=\"Praxis\"><a:fillStyleLst>{fill}{fill}{fill}</a:fillStyleLst>\
<a:lnStyleLst>{line}{line}{line}</a:lnStyleLst>\
<a:effectStyleLst>{effect}{effect}{effect}</a:effectStyleLst>\
<a:bgFillStyleLst>{fill}{fill}{fill}</a:bgFillStyleLst></a:fmtScheme>\
</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
    )
}

/// One slide's XML.
fn slide_xml(slide: &Slide, words: &Words, lang: &str, deck_title: &str, number: usize) -> String {
    let colon = words.colon;
    let mut shapes = String::new();
    let mut id = 2;
    let background = match slide {
        Slide::Title {
            kicker,
            title,
            lines,
        } => {
            let kicker = paragraph_xml(lang, &[(kicker.as_str(), false)], 2000, "E6EEF7", false);
            shapes.push_str(&text_box(
                id,
                "Kicker",
                (MARGIN, 1_371_600),
                (WIDTH - 2 * MARGIN, 457_200),
                "b",
                &kicker,
            ));
            id += 1;
            let title = paragraph_xml(lang, &[(&clip(title, 160), true)], 4000, "FFFFFF", false);
            shapes.push_str(&text_box(
                id,
                "Title",
                (MARGIN, 1_920_240),
                (WIDTH - 2 * MARGIN, 2_286_000),
                "t",
                &title,
            ));
            id += 1;
            let body: String = lines
                .iter()
                .map(|line| paragraph_xml(lang, &[(line.as_str(), false)], 2000, "FFFFFF", false))
                .collect();
            shapes.push_str(&text_box(
                id,
                "Subtitle",
                (MARGIN, 4_572_000),
                (WIDTH - 2 * MARGIN, 1_371_600),
                "t",
                &body,
            ));
            BLUE
        }
        Slide::Content { title, body } => {
            shapes.push_str(&format!(
                "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"Accent\"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>\
<p:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{WIDTH}\" cy=\"182880\"/></a:xfrm>\
<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val=\"{BLUE}\"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>"
            ));
            id += 1;
            let heading = paragraph_xml(lang, &[(title.as_str(), true)], 3200, DARK_BLUE, false);
            shapes.push_str(&text_box(
                id,
                "Title",
                (MARGIN, 457_200),
                (WIDTH - 2 * MARGIN, 914_400),
                "b",
                &heading,
            ));
            id += 1;
            let paragraphs: String = body
                .iter()
                .map(|p| body_paragraph(p, lang, colon))
                .collect();
            shapes.push_str(&text_box(
                id,
                "Body",
                (MARGIN, BODY_TOP),
                (WIDTH - 2 * MARGIN, BODY_HEIGHT),
                "t",
                &paragraphs,
            ));
            id += 1;
            let footer = paragraph_xml(
                lang,
                &[(&format!("{}  ·  {number}", clip(deck_title, 90)), false)],
                1200,
                "4D4D4D",
                false,
            );
            shapes.push_str(&text_box(
                id,
                "Footer",
                (MARGIN, 6_309_360),
                (WIDTH - 2 * MARGIN, 365_760),
                "ctr",
                &footer,
            ));
            "FFFFFF"
        }
    };
    format!(
        "{DECL}<p:sld {NS}><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val=\"{background}\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>\
<p:spTree>{TREE_START}{shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    )
}

/// A rectangular text box at `at` of size `size` (EMU), text anchored `anchor`.
fn text_box(
    id: usize,
    name: &str,
    at: (i64, i64),
    size: (i64, i64),
    anchor: &str,
    paragraphs: &str,
) -> String {
    format!(
        "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{name}\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>\
<p:spPr><a:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>\
<p:txBody><a:bodyPr wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"{anchor}\"><a:normAutofit/></a:bodyPr><a:lstStyle/>{paragraphs}</p:txBody></p:sp>",
        at.0, at.1, size.0, size.1
    )
}

/// A body paragraph; `colon` follows a bullet's bold lead.
fn body_paragraph(paragraph: &Paragraph, lang: &str, colon: &str) -> String {
    match paragraph {
        Paragraph::Heading(text) => {
            paragraph_xml(lang, &[(text.as_str(), true)], 2000, DARK_BLUE, false)
        }
        Paragraph::Plain(text) => paragraph_xml(lang, &[(text.as_str(), false)], 2000, TEXT, false),
        Paragraph::Bullet { lead, text } => {
            // "Which indicators matter?" needs no colon after it.
            let lead = lead.as_ref().map(|lead| {
                if lead.ends_with(['?', '!', '.', ':']) {
                    format!("{lead} ")
                } else {
                    format!("{lead}{colon}")
                }
            });
            let mut runs: Vec<(&str, bool)> = Vec::new();
            if let Some(lead) = &lead {
                runs.push((lead.as_str(), true));
            }
            runs.push((text.as_str(), false));
            paragraph_xml(lang, &runs, 2000, TEXT, true)
        }
    }
}

/// One `a:p`: runs of text (bold or not) of one size and colour, with or without a
/// bullet.
fn paragraph_xml(
    lang: &str,
    runs: &[(&str, bool)],
    size: u32,
    colour: &str,
    bullet: bool,
) -> String {
    let properties = if bullet {
        "<a:pPr marL=\"342900\" indent=\"-342900\"><a:spcBef><a:spcPts val=\"600\"/></a:spcBef>\
<a:buFont typeface=\"Arial\"/><a:buChar char=\"•\"/></a:pPr>"
    } else {
        "<a:pPr marL=\"0\" indent=\"0\"><a:spcBef><a:spcPts val=\"600\"/></a:spcBef><a:buNone/></a:pPr>"
    };
    let runs: String = runs
        .iter()
        .map(|(text, bold)| {
            format!(
                "<a:r><a:rPr lang=\"{lang}\" sz=\"{size}\" b=\"{}\" dirty=\"0\"><a:solidFill><a:srgbClr val=\"{colour}\"/></a:solidFill>\
<a:latin typeface=\"{FONT}\"/></a:rPr><a:t>{}</a:t></a:r>",
                u8::from(*bold),
                // Line breaks would not show in a run; the lead's trailing space must.
                escape(&text.replace(|c: char| c.is_whitespace(), " "))
            )
        })
        .collect();
    format!("<a:p>{properties}{runs}</a:p>")
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::io::{Cursor, Read as _};

    use zip::{CompressionMethod, ZipArchive};

    use super::super::fixture;
    use super::*;
    use crate::Language;

    /// Every part of the archive by name.
    fn parts(bytes: &[u8]) -> Vec<(String, String)> {
        let mut archive = ZipArchive::new(Cursor::new(bytes)).unwrap();
        (0..archive.len())
            .map(|i| {
                let mut file = archive.by_index(i).unwrap();
                assert_eq!(file.compression(), CompressionMethod::Stored);
                let mut text = String::new();
                file.read_to_string(&mut text).unwrap();
                (file.name().unwrap().to_string(), text)
            })
            .collect()
    }

    /// Checks the package is whole: every part well-formed XML, every overridden part
    /// present, every relationship's target present.
    fn check_package(bytes: &[u8]) -> Vec<(String, String)> {
        let parts = parts(bytes);
        let names: BTreeSet<&str> = parts.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(parts[0].0, "[Content_Types].xml");
        for (name, xml) in &parts {
            roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{name}: {e}\n{xml}"));
        }
        let types = roxmltree::Document::parse(&parts[0].1).unwrap();
        let overrides: Vec<&str> = types
            .descendants()
            .filter_map(|n| n.attribute("PartName"))
            .collect();
        for part in &overrides {
            assert!(names.contains(&part[1..]), "{part} is listed but missing");
        }
        for name in &names {
            // Every XML part but the content types themselves has one.
            if name.ends_with(".xml") && *name != "[Content_Types].xml" {
                assert!(
                    overrides.contains(&format!("/{name}").as_str()),
                    "{name} has no content type"
                );
            }
        }
        for (name, xml) in parts.iter().filter(|(name, _)| name.ends_with(".rels")) {
            let base = name.replace("_rels/", "").replace(".rels", "");
            let folder = base.rsplit_once('/').map_or("", |(folder, _)| folder);
            let doc = roxmltree::Document::parse(xml).unwrap();
            for target in doc.descendants().filter_map(|n| n.attribute("Target")) {
                let mut path: Vec<&str> = if name == "_rels/.rels" {
                    Vec::new()
                } else {
                    folder.split('/').collect()
                };
                for step in target.split('/') {
                    if step == ".." {
                        path.pop();
                    } else {
                        path.push(step);
                    }
                }
                let resolved = path.join("/");
                assert!(
                    names.contains(resolved.as_str()),
                    "{name} → {resolved} missing"
                );
            }
        }
        parts
    }

    fn slide_text(parts: &[(String, String)], number: usize) -> String {
        let xml = &parts
            .iter()
            .find(|(name, _)| *name == format!("ppt/slides/slide{number}.xml"))
            .unwrap()
            .1;
        let doc = roxmltree::Document::parse(xml).unwrap();
        doc.descendants()
            .filter(|n| n.has_tag_name("t"))
            .filter_map(|n| n.text())
            .collect::<Vec<_>>()
            .join("|")
    }

    #[test]
    fn the_deck_is_a_whole_package_with_every_section() {
        let deck = deck(&fixture::source(Language::En), &fixture::options()).unwrap();
        let parts = check_package(&deck.bytes);
        // title, problem, results, discussions, lessons, next steps, contact
        assert_eq!(deck.slides, 7);
        let slides = parts
            .iter()
            .filter(|(n, _)| n.starts_with("ppt/slides/slide"))
            .count();
        assert_eq!(slides, 7);
        assert!(slide_text(&parts, 1).contains("Indicators for telemedicine & <primary care>"));
        assert!(slide_text(&parts, 1).contains("42 members took part"));
        assert!(slide_text(&parts, 2).contains("Teleconsultations grew fast"));
        assert!(slide_text(&parts, 3).contains("Achieved: |A list of indicators (Indicator: Five"));
        assert!(slide_text(&parts, 3).contains("mean satisfaction: 4.2 out of 5"));
        assert!(slide_text(&parts, 4).contains("Which indicators matter? |Members agreed"));
        assert!(slide_text(&parts, 5).contains("Lessons learned|Start with the data"));
        assert!(slide_text(&parts, 6).contains("Virtual seminar: 15 March 2031, 14:00 UTC"));
        assert!(slide_text(&parts, 7).contains("Write to cop@example.org"));
        let app = &parts
            .iter()
            .find(|(n, _)| n == "docProps/app.xml")
            .unwrap()
            .1;
        assert!(app.contains("<Slides>7</Slides>"));
        // The same community gives the same bytes.
        assert_eq!(
            deck.bytes,
            super::deck(&fixture::source(Language::En), &fixture::options())
                .unwrap()
                .bytes
        );
    }

    #[test]
    fn the_deck_speaks_the_language_and_escapes_everything() {
        let mut source = fixture::source(Language::Fr);
        source.problem = "a < b & \"c\" \u{1}\u{FFFF} 😀".into();
        let deck = deck(&source, &KitOptions::default()).unwrap();
        let parts = check_package(&deck.bytes);
        assert!(slide_text(&parts, 1).contains("Résultats d’une communauté de pratique"));
        assert!(slide_text(&parts, 2).contains("a < b & \"c\"  😀"));
        let slide = &parts
            .iter()
            .find(|(n, _)| n == "ppt/slides/slide2.xml")
            .unwrap()
            .1;
        assert!(slide.contains("lang=\"fr\""));
        let core = &parts
            .iter()
            .find(|(n, _)| n == "docProps/core.xml")
            .unwrap()
            .1;
        assert!(core.contains("<dc:language>fr</dc:language>"));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        #[test]
        fn any_text_makes_a_well_formed_deck(
            title in proptest::prelude::any::<String>(),
            problem in ".{0,2000}",
            lesson in proptest::prelude::any::<String>(),
            summary in "[a-z <>&\"'😀\u{1}\u{FFFE}é]{0,600}",
        ) {
            let mut source = fixture::source(Language::Es);
            source.title = title;
            source.problem = problem;
            source.lessons_learned = vec![lesson; 20];
            source.discussions[0].closing_summary = summary;
            let deck = deck(&source, &fixture::options()).unwrap();
            check_package(&deck.bytes);
        }
    }

    #[test]
    fn empty_sections_are_left_out_and_long_ones_continue() {
        let mut source = Source {
            title: "T".into(),
            ..Source::default()
        };
        let empty = deck(&source, &KitOptions::default()).unwrap();
        check_package(&empty.bytes);
        assert_eq!(empty.slides, 2, "title and contact");
        source.lessons_learned = (0..30)
            .map(|i| format!("Lesson {i}: {}", "word ".repeat(30)))
            .collect();
        let long = deck(&source, &KitOptions::default()).unwrap();
        let parts = check_package(&long.bytes);
        assert!(long.slides > 4);
        assert!(
            slide_text(&parts, 3).starts_with("Lessons learned and recommendations (continued)")
        );
    }
}
