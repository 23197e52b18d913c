//! The archive as a DSpace Simple Archive Format package: a zip a repository manager
//! imports with `dspace import --add --zip`, one item per archived community.
//!
//! Layout (DSpace 7 "Importing and Exporting Items via Simple Archive Format"):
//!
//! ```text
//! archive_directory/
//!   item_000/
//!     dublin_core.xml       the community's Dublin Core (qualifier "none")
//!     contents              one line per file: "<name>\tbundle:ORIGINAL"
//!     record.md             the readable record
//!     record.json           praxis-community-archive/1
//!     community.automerge   the document itself, for any Automerge reader
//!   item_001/ …
//! ```
//!
//! Entry point: [`saf_zip`] over [`SafItem`]s the relay builds from
//! `community::export` (`dublin_core(...).to_saf_xml()` is written for it, `to_markdown`
//! and `to_json` give the record files) and the saved document bytes. Pure: the zip is
//! built in memory, and every entry carries the zip format's fixed default time
//! (1980-01-01) rather than the clock, so the same items always make the same bytes;
//! the dates that matter are in `dublin_core.xml`.

use std::io::{Cursor, Write as _};

use community::export::DublinCore;
use zip::CompressionMethod;
use zip::write::{SimpleFileOptions, ZipWriter};

/// The folder every item sits in.
const ROOT: &str = "archive_directory";

/// One archived community as DSpace receives it.
#[derive(Debug, Clone, Copy)]
pub struct SafItem<'a> {
    pub dublin_core: &'a DublinCore,
    /// `record.md`: `community::export::to_markdown`.
    pub markdown: &'a str,
    /// `record.json`: `community::export::to_json`, serialised.
    pub json: &'a str,
    /// `community.automerge`: the document as saved (`Automerge::save`).
    pub automerge: &'a [u8],
}

/// Why a package could not be written (only the zip writer can refuse).
#[derive(Debug, thiserror::Error)]
pub enum SafError {
    #[error("cannot write the zip: {0}")]
    Zip(#[from] zip::result::ZipError),
    #[error("cannot write the zip: {0}")]
    Write(#[from] std::io::Error),
}

/// The content files of an item, in the order `contents` lists them.
fn content_files<'a>(item: &SafItem<'a>) -> [(&'static str, &'a [u8]); 3] {
    [
        ("record.md", item.markdown.as_bytes()),
        ("record.json", item.json.as_bytes()),
        ("community.automerge", item.automerge),
    ]
}

/// The zip of `items`, `archive_directory/item_000` onwards.
pub fn saf_zip(items: &[SafItem<'_>]) -> Result<Vec<u8>, SafError> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (index, item) in items.iter().enumerate() {
        let folder = format!("{ROOT}/item_{index:03}");
        let files = content_files(item);
        let contents: String = files
            .iter()
            .map(|(name, _)| format!("{name}\tbundle:ORIGINAL\n"))
            .collect();
        let dublin_core = item.dublin_core.to_saf_xml();
        let entries = [
            ("dublin_core.xml", dublin_core.as_bytes()),
            ("contents", contents.as_bytes()),
        ]
        .into_iter()
        .chain(files);
        for (name, bytes) in entries {
            zip.start_file(format!("{folder}/{name}"), options)?;
            zip.write_all(bytes)?;
        }
    }
    Ok(zip.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use std::io::Read as _;
    use std::process::Command;

    use community::export::{Publication, dublin_core};
    use zip::ZipArchive;

    use super::*;
    use crate::oai::xmllint;

    fn record(title: &str) -> (DublinCore, Vec<u8>) {
        let doc = community::create(title, "Why we met").expect("community");
        let record = dublin_core(
            &doc,
            &Publication {
                identifier: format!("oai:praxis.example.org:{title}"),
                date: Some("2026-11-29".into()),
                ..Default::default()
            },
        )
        .expect("dublin core");
        (record, doc.save())
    }

    fn package() -> Vec<u8> {
        let (first, first_doc) = record("Dengue & care");
        let (second, second_doc) = record("Triage");
        saf_zip(&[
            SafItem {
                dublin_core: &first,
                markdown: "# Dengue & care\n",
                json: "{\"schema\":\"praxis-community-archive/1\"}",
                automerge: &first_doc,
            },
            SafItem {
                dublin_core: &second,
                markdown: "# Triage\n",
                json: "{}",
                automerge: &second_doc,
            },
        ])
        .expect("zip")
    }

    fn read(archive: &mut ZipArchive<Cursor<Vec<u8>>>, name: &str) -> Vec<u8> {
        let mut bytes = Vec::new();
        archive
            .by_name(name)
            .unwrap_or_else(|error| panic!("{name}: {error}"))
            .read_to_end(&mut bytes)
            .expect("read entry");
        bytes
    }

    #[test]
    fn each_item_holds_its_dublin_core_its_contents_and_exactly_the_files_listed() {
        let mut archive = ZipArchive::new(Cursor::new(package())).expect("a zip");
        let names: Vec<String> = archive
            .file_names()
            .map(|name| name.expect("name").into_owned())
            .collect();
        assert_eq!(names.len(), 10);
        for item in ["item_000", "item_001"] {
            let folder = format!("archive_directory/{item}");
            let contents = String::from_utf8(read(&mut archive, &format!("{folder}/contents")))
                .expect("utf-8");
            let listed: Vec<&str> = contents
                .lines()
                .map(|line| line.strip_suffix("\tbundle:ORIGINAL").expect("bundle"))
                .collect();
            assert_eq!(listed, ["record.md", "record.json", "community.automerge"]);
            let mut present: Vec<&str> = names
                .iter()
                .filter_map(|name| name.strip_prefix(&format!("{folder}/")))
                .filter(|name| *name != "contents" && *name != "dublin_core.xml")
                .collect();
            present.sort_unstable();
            let mut expected = listed.clone();
            expected.sort_unstable();
            assert_eq!(present, expected, "{item}");

            let xml = String::from_utf8(read(&mut archive, &format!("{folder}/dublin_core.xml")))
                .expect("utf-8");
            if let Err(messages) = xmllint::check(&xml, None) {
                panic!("dublin_core.xml is not well-formed: {messages}\n{xml}");
            }
            for element in ["title", "date", "identifier"] {
                assert!(
                    xml.contains(&format!(
                        "<dcvalue element=\"{element}\" qualifier=\"none\">"
                    )),
                    "{element} in {xml}"
                );
            }
            let saved = read(&mut archive, &format!("{folder}/community.automerge"));
            let doc = automerge::Automerge::load(&saved).expect("the document loads back");
            assert!(community::read(&doc).is_ok());
        }
        let first = String::from_utf8(read(
            &mut archive,
            "archive_directory/item_000/dublin_core.xml",
        ))
        .expect("utf-8");
        assert!(first.contains(">Dengue &amp; care</dcvalue>"));
        assert_eq!(
            read(&mut archive, "archive_directory/item_000/record.md"),
            b"# Dengue & care\n"
        );
    }

    #[test]
    fn unzip_accepts_the_package() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("archive.zip");
        std::fs::write(&path, package()).expect("write the zip");
        let output = Command::new("unzip")
            .arg("-t")
            .arg(&path)
            .output()
            .expect("run /usr/bin/unzip (Debian package unzip)");
        let report = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "{report}");
        assert!(report.contains("No errors detected"), "{report}");
        assert!(
            report.contains("archive_directory/item_001/community.automerge"),
            "{report}"
        );
    }

    #[test]
    fn the_same_items_make_the_same_bytes() {
        let (record, doc) = record("Same");
        let item = SafItem {
            dublin_core: &record,
            markdown: "m",
            json: "{}",
            automerge: &doc,
        };
        assert_eq!(
            saf_zip(&[item]).expect("zip"),
            saf_zip(&[item]).expect("zip")
        );
    }
}
