//! Test support: checks XML with Debian's `xmllint` (package `libxml2-utils`, installed
//! by `scripts/setup`) against the vendored schemas in `tests/schemas/`, never the
//! network (`--nonet`).

use std::io::Write as _;
use std::process::{Command, Stdio};

/// The schema that knows OAI-PMH and oai_dc (see `tests/schemas/README.md`).
pub(crate) const OAI_PMH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/schemas/praxis-oai-pmh.xsd"
);

/// `xml` checked by xmllint: against `schema` when given, else for well-formedness.
/// Returns xmllint's verdict (`Err` with its messages when it refuses).
pub(crate) fn check(xml: &str, schema: Option<&str>) -> Result<(), String> {
    let mut command = Command::new("xmllint");
    command.args(["--nonet", "--noout"]);
    if let Some(schema) = schema {
        command.args(["--schema", schema]);
    }
    let mut child = command
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|error| {
            panic!(
                "cannot run xmllint ({error}): install it with scripts/setup \
                 (Debian package libxml2-utils); these tests do not skip without it"
            )
        });
    child
        .stdin
        .take()
        .expect("piped stdin")
        .write_all(xml.as_bytes())
        .expect("write to xmllint");
    let output = child.wait_with_output().expect("xmllint finishes");
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

/// Panics with xmllint's messages and the document unless `xml` is valid.
pub(crate) fn assert_valid(xml: &str, schema: &str) {
    if let Err(messages) = check(xml, Some(schema)) {
        panic!("xmllint refuses the document:\n{messages}\n{xml}");
    }
}

#[test]
fn xmllint_refuses_what_the_schema_does_not_allow() {
    // Guards the guard: a validator that accepted anything would make every schema
    // test here pass.
    let wrong = "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><verb/></OAI-PMH>";
    assert!(check(wrong, Some(OAI_PMH)).is_err());
    assert!(check("<a><b></a>", None).is_err());
}
