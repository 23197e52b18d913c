//! The kit's slide deck opened by a real office suite: LibreOffice Impress converts it to
//! PDF, which must have one page per slide. Skipped (with the reason printed) where
//! LibreOffice is not installed; `scripts/setup` installs it.
//!
//! `PRAXIS_KIT_OUT=<dir>` keeps the decks and PDFs there, to look at them.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use community::kit::{
    AssessmentSummary, DiscussionOutcome, KitOptions, ResultLine, Seminar, Source, deck,
};
use community::{Language, ObjectiveType, ResultStatus};

/// A first start of LibreOffice with a fresh profile takes a few seconds; a hang (a
/// dialog waiting for a person) must fail the test, not stall CI.
const TIMEOUT: Duration = Duration::from_secs(180);

fn executable(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|path| path.is_file())
    })
}

fn source(language: Language) -> Source {
    Source {
        language,
        title: "Indicadores de calidad para la telemedicina en atención primaria".into(),
        problem: "Las teleconsultas crecieron rápidamente durante la pandemia, pero no existen indicadores compartidos que midan su calidad ni permitan comparar servicios entre países. 😷".into(),
        objective_type: Some(ObjectiveType::DevelopingBestPractices),
        objective: "Acordar cinco indicadores compartidos de calidad de la telemedicina & <probarlos> en tres países.".into(),
        expected_results: vec![
            ResultLine {
                description: "Una lista de indicadores".into(),
                indicator: "Cinco indicadores acordados por los miembros".into(),
                status: Some(ResultStatus::Achieved),
            },
            ResultLine {
                description: "Un piloto en tres países".into(),
                indicator: "Tres informes de piloto".into(),
                status: Some(ResultStatus::InProgress),
            },
        ],
        member_count: 42,
        leaders: vec!["Ana Souza".into(), "José Pérez".into()],
        audiences: vec!["Gestores de atención primaria".into(), "Ministerios de salud".into()],
        discussions: (1..=3)
            .map(|n| DiscussionOutcome {
                title: format!("Discusión {n}: ¿qué indicadores importan?"),
                closing_summary: "Los miembros acordaron que el tiempo de espera, la tasa de resolución y la satisfacción de los pacientes son prioritarios, y que los datos deben provenir de los sistemas existentes.".into(),
                interim_summaries: vec![],
            })
            .collect(),
        conclusions: vec!["Los indicadores compartidos hacen comparables los servicios.".into()],
        lessons_learned: (1..=6)
            .map(|n| format!("Lección {n}: empezar por los datos que los servicios ya recogen evita cargas adicionales para los equipos."))
            .collect(),
        best_practices: vec!["Un tablero mensual revisado por el equipo.".into()],
        recommendations: vec!["Adoptar los cinco indicadores en las guías nacionales.".into()],
        assessment: Some(AssessmentSummary {
            responses: 31,
            mean_satisfaction: Some(4.3),
            scale_max: 5,
        }),
    }
}

fn options() -> KitOptions {
    KitOptions {
        page_url: Some("https://example.org/cop/indicadores".into()),
        contact_email: Some("cop@example.org".into()),
        hashtags: vec![],
        seminar: Some(Seminar {
            start: "2031-03-15T14:00Z".parse().unwrap(),
            duration_minutes: 90,
            link: "https://meet.example.org/cop".into(),
            uid: "s@praxis".into(),
            created: "2031-02-01T09:30Z".parse().unwrap(),
        }),
    }
}

/// Pages of a PDF: `pdfinfo` when there is one, else the page objects counted.
fn pages(pdf: &Path) -> usize {
    if executable("pdfinfo").is_some() {
        let out = Command::new("pdfinfo").arg(pdf).output().unwrap();
        let info = String::from_utf8_lossy(&out.stdout);
        if let Some(line) = info.lines().find(|line| line.starts_with("Pages:")) {
            return line["Pages:".len()..].trim().parse().unwrap();
        }
    }
    let bytes = std::fs::read(pdf).unwrap();
    let needle = b"/Type /Page";
    bytes
        .windows(needle.len() + 1)
        .filter(|w| &w[..needle.len()] == needle && w[needle.len()] != b's')
        .count()
}

#[test]
fn libreoffice_renders_one_page_per_slide() {
    if executable("soffice").is_none() {
        eprintln!(
            "skipped: LibreOffice (`soffice`) is not installed; \
             `apt-get install --no-install-recommends libreoffice-impress` or scripts/setup"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut decks = Vec::new();
    for language in [Language::Es, Language::Fr] {
        let deck = deck(&source(language), &options()).unwrap();
        let path = dir.path().join(format!("deck-{}.pptx", language.key()));
        std::fs::write(&path, &deck.bytes).unwrap();
        decks.push((path, deck.slides));
    }
    // Its own profile: parallel runs (and a person's open LibreOffice) do not share one.
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.path().join("profile").display()
    );
    let log = dir.path().join("soffice.log");
    let started = Instant::now();
    let mut child = Command::new("soffice")
        .arg(&profile)
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir.path())
        .args(decks.iter().map(|(path, _)| path))
        .stdin(Stdio::null())
        .stdout(File::create(&log).unwrap())
        .stderr(File::create(dir.path().join("soffice.err")).unwrap())
        .spawn()
        .unwrap();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("LibreOffice did not finish within {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let output = std::fs::read_to_string(&log).unwrap_or_default()
        + &std::fs::read_to_string(dir.path().join("soffice.err")).unwrap_or_default();
    assert!(status.success(), "soffice failed: {status}\n{output}");
    eprintln!(
        "LibreOffice converted {} decks in {:?}",
        decks.len(),
        started.elapsed()
    );
    for (path, slides) in &decks {
        let pdf = path.with_extension("pdf");
        let size = std::fs::metadata(&pdf)
            .unwrap_or_else(|_| panic!("no PDF for {}\n{output}", path.display()))
            .len();
        assert!(size > 1000, "{} is {size} bytes", pdf.display());
        assert!(*slides >= 8, "the sample needs continued slides: {slides}");
        assert_eq!(pages(&pdf), *slides, "{}", pdf.display());
        if let Some(out) = std::env::var_os("PRAXIS_KIT_OUT") {
            let out = PathBuf::from(out);
            std::fs::create_dir_all(&out).unwrap();
            for file in [path, &pdf] {
                std::fs::copy(file, out.join(file.file_name().unwrap())).unwrap();
            }
        }
    }
}
