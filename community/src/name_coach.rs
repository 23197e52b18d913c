//! Phase I, stage 1: the name coach.
//!
//! The method advises that a community's name "include information on the objective and
//! the specific product expected". Whether a name does is a judgement; these checks are
//! simple word heuristics (English and Spanish) that point at the usual faults, shown as
//! advice beside the field — never a refusal.

/// Fewer words than this rarely state both an objective and a product.
const MIN_WORDS: usize = 4;

/// One piece of advice about a name; the UI translates it by variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameAdvice {
    /// The name is too short to state an objective and a product.
    TooShort { words: usize },
    /// No verb or noun naming a concrete product was found ("define indicators",
    /// "select the platform").
    NoProduct,
    /// The name describes an ongoing activity rather than a product, as in the method's
    /// bad examples ("coordinate", "monitor").
    OngoingActivity { word: String },
}

/// A name from the method, good or bad, in English and Spanish, for the UI to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameExample {
    pub good: bool,
    pub en: &'static str,
    pub es: &'static str,
    /// The part stating the product (underlined in the method), in each language.
    pub product_en: Option<&'static str>,
    pub product_es: Option<&'static str>,
}

/// The method's examples of good and bad names.
pub const NAME_EXAMPLES: [NameExample; 4] = [
    NameExample {
        good: true,
        en: "CoPs to define indicators for the assessment of telemedicine projects",
        es: "CoP para definir indicadores para la evaluación de proyectos de telemedicina",
        product_en: Some("define indicators"),
        product_es: Some("definir indicadores"),
    },
    NameExample {
        good: true,
        en: "CoPs to select the platform to record open access documents",
        es: "CoP para seleccionar la plataforma para registrar documentos de acceso abierto",
        product_en: Some("select the platform"),
        product_es: Some("seleccionar la plataforma"),
    },
    NameExample {
        good: false,
        en: "CoPs to coordinate the implementation of the institutional memory work program",
        es: "CoP para coordinar la implementación del programa de trabajo de memoria institucional",
        product_en: None,
        product_es: None,
    },
    NameExample {
        good: false,
        en: "CoPs to monitor the development of the project for maternal mortality reduction in South America",
        es: "CoP para monitorear el desarrollo del proyecto de reducción de la mortalidad materna en América del Sur",
        product_en: None,
        product_es: None,
    },
];

/// Verbs, as a name writes them ("to define", "para definir"), that announce a
/// product. Whole words: "development" in a bad example is an activity, not "develop".
const PRODUCT_VERBS: &[&str] = &[
    // English
    "define",
    "select",
    "develop",
    "design",
    "draft",
    "write",
    "produce",
    "create",
    "build",
    "propose",
    "publish",
    "identify",
    "document",
    "standardize",
    "standardise",
    "validate",
    "agree",
    "compile",
    "map",
    "choose",
    "prioritize",
    "prioritise",
    "adapt",
    "update",
    "elaborate",
    // Spanish
    "definir",
    "seleccionar",
    "desarrollar",
    "diseñar",
    "redactar",
    "escribir",
    "elaborar",
    "construir",
    "crear",
    "acordar",
    "compilar",
    "mapear",
    "elegir",
    "priorizar",
    "adaptar",
    "actualizar",
    "estandarizar",
    "validar",
    "identificar",
    "documentar",
    "publicar",
    "proponer",
];

/// Word stems of nouns that name a product (indicators, guide, protocol…).
const PRODUCT_NOUNS: &[&str] = &[
    // English
    "indicator",
    "guide",
    "protocol",
    "platform",
    "dashboard",
    "toolkit",
    "manual",
    "recommendation",
    "checklist",
    "standard",
    "model",
    "report",
    "curricul",
    "catalog",
    "repositor",
    "glossar",
    "framework",
    "template",
    "criteria",
    "policy",
    "policies",
    // Spanish
    "indicador",
    "guía",
    "protocolo",
    "plataforma",
    "tablero",
    "herramienta",
    "recomendacion",
    "lista",
    "norma",
    "modelo",
    "informe",
    "currícul",
    "catálogo",
    "repositorio",
    "glosario",
    "marco",
    "plantilla",
    "criterio",
    "política",
];

/// Word stems of verbs that describe an ongoing activity, as in the bad examples.
const ACTIVITY_VERBS: &[&str] = &[
    // English
    "coordinat",
    "monitor",
    "follow",
    "support",
    "promot",
    "discuss",
    "shar",
    "implement",
    "strengthen",
    "oversee",
    "manag",
    // Spanish
    "coordin",
    "monitore",
    "seguimiento",
    "segui",
    "apoy",
    "promov",
    "promocion",
    "discut",
    "compart",
    "implement",
    "fortalec",
    "gestion",
    "supervis",
];

/// Advice on a proposed name; empty when the name looks like it states an objective and
/// a product.
pub fn name_advice(title: &str) -> Vec<NameAdvice> {
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    let has = |stems: &[&str]| {
        words
            .iter()
            .find(|word| stems.iter().any(|stem| word.starts_with(stem)))
            .cloned()
    };
    let has_word = |list: &[&str]| {
        words
            .iter()
            .find(|word| list.contains(&word.as_str()))
            .cloned()
    };
    let mut advice = Vec::new();
    if words.len() < MIN_WORDS {
        advice.push(NameAdvice::TooShort { words: words.len() });
    }
    let product = has_word(PRODUCT_VERBS).or_else(|| has(PRODUCT_NOUNS));
    if product.is_none() {
        advice.push(NameAdvice::NoProduct);
        if let Some(word) = has(ACTIVITY_VERBS) {
            advice.push(NameAdvice::OngoingActivity { word });
        }
    }
    advice
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_methods_good_examples_get_no_advice() {
        for example in NAME_EXAMPLES.iter().filter(|e| e.good) {
            assert_eq!(name_advice(example.en), [], "{}", example.en);
            assert_eq!(name_advice(example.es), [], "{}", example.es);
        }
    }

    #[test]
    fn the_methods_bad_examples_are_flagged_as_ongoing_activities() {
        for example in NAME_EXAMPLES.iter().filter(|e| !e.good) {
            for name in [example.en, example.es] {
                let advice = name_advice(name);
                assert!(
                    advice.contains(&NameAdvice::NoProduct),
                    "{name}: {advice:?}"
                );
                assert!(
                    advice
                        .iter()
                        .any(|a| matches!(a, NameAdvice::OngoingActivity { .. })),
                    "{name}: {advice:?}"
                );
            }
        }
    }

    #[test]
    fn a_short_name_is_flagged() {
        assert_eq!(
            name_advice("Vaccination"),
            [NameAdvice::TooShort { words: 1 }, NameAdvice::NoProduct]
        );
        assert_eq!(
            name_advice("Telemedicine indicators"),
            [NameAdvice::TooShort { words: 2 }]
        );
    }
}
