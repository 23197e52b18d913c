//! The method's default assessment survey, in the community's language: satisfaction
//! with the community's performance against its objective and each expected result, with
//! the discussions, the tools and the moderation; one question per value-creation cycle
//! (Wenger, Trayner & de Laat 2011); and two open questions, what to keep and what to
//! change.
//!
//! Every scale question reads from 1 (not at all) to 5 (very much), so one scale serves
//! satisfaction and the value cycles alike and their results can be charted together.

use crate::{ExpectedResult, Language, ResultId};

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnswerType {
    /// A number from 1 (not at all) to 5 (very much).
    Scale,
    /// Free text.
    Text,
}

impl AnswerType {
    /// Every answer type.
    pub const ALL: [Self; 2] = [Self::Scale, Self::Text];

    /// The stored value, also the key the UI translates.
    pub fn key(self) -> &'static str {
        match self {
            Self::Scale => "scale",
            Self::Text => "text",
        }
    }

    /// The answer type a stored value names, if this build knows it.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.key() == key)
    }
}

/// The cycles in which a community creates value for its members (Wenger, Trayner &
/// de Laat 2011, *Promoting and assessing value creation in communities and networks*).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ValueCycle {
    /// Activities and interactions worthwhile in themselves.
    Immediate,
    /// Knowledge capital: skills, contacts, resources that may be used later.
    Potential,
    /// Changes in practice: what was learned is used.
    Applied,
    /// Improved performance: what changed in practice makes a difference.
    Realized,
    /// Redefining success: the problem or the criteria of success are seen anew.
    Reframing,
}

impl ValueCycle {
    /// Every cycle, in the framework's order.
    pub const ALL: [Self; 5] = [
        Self::Immediate,
        Self::Potential,
        Self::Applied,
        Self::Realized,
        Self::Reframing,
    ];

    /// The stored value, also the key the UI translates.
    pub fn key(self) -> &'static str {
        match self {
            Self::Immediate => "immediate",
            Self::Potential => "potential",
            Self::Applied => "applied",
            Self::Realized => "realized",
            Self::Reframing => "reframing",
        }
    }

    /// The cycle a stored value names, if this build knows it.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|cycle| cycle.key() == key)
    }
}

/// One question of the default set, ready to be written into a new assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DefaultQuestion {
    /// Unique within the assessment and readable in the document (`objective`,
    /// `result-<result id>`, `immediate`, `keep`, …).
    pub id: String,
    pub text: String,
    pub answer: AnswerType,
    pub cycle: Option<ValueCycle>,
    /// The expected result the question asks about.
    pub result: Option<ResultId>,
}

/// The default question set in `language`, with one question per expected result.
pub(crate) fn default_questions(
    language: Language,
    results: &[ExpectedResult],
) -> Vec<DefaultQuestion> {
    let w = wording(language);
    let scale = |id: &str, text: String, cycle, result| DefaultQuestion {
        id: id.to_owned(),
        text,
        answer: AnswerType::Scale,
        cycle,
        result,
    };
    let mut questions = vec![scale("objective", w.objective.to_owned(), None, None)];
    for result in results {
        let id = format!("result-{}", result.id);
        let text = w.result.replace("{result}", result.description.trim());
        questions.push(scale(&id, text, None, Some(result.id.clone())));
    }
    questions.push(scale("discussions", w.discussions.to_owned(), None, None));
    questions.push(scale("tools", w.tools.to_owned(), None, None));
    questions.push(scale("moderation", w.moderation.to_owned(), None, None));
    for (cycle, text) in ValueCycle::ALL.into_iter().zip(w.cycles) {
        questions.push(scale(cycle.key(), text.to_owned(), Some(cycle), None));
    }
    for (id, text) in [("keep", w.keep), ("change", w.change)] {
        questions.push(DefaultQuestion {
            id: id.to_owned(),
            text: text.to_owned(),
            answer: AnswerType::Text,
            cycle: None,
            result: None,
        });
    }
    questions
}

/// The title a new assessment gets when its opener gives none.
pub(crate) fn default_title(language: Language, last: bool) -> &'static str {
    let w = wording(language);
    if last {
        w.final_title
    } else {
        w.periodic_title
    }
}

struct Wording {
    objective: &'static str,
    /// `{result}` is replaced by the expected result's description.
    result: &'static str,
    discussions: &'static str,
    tools: &'static str,
    moderation: &'static str,
    /// In [`ValueCycle::ALL`]'s order.
    cycles: [&'static str; 5],
    keep: &'static str,
    change: &'static str,
    final_title: &'static str,
    periodic_title: &'static str,
}

fn wording(language: Language) -> Wording {
    match language {
        Language::En => Wording {
            objective: "How satisfied are you with how the community performed against its objective?",
            result: "How satisfied are you with what the community achieved for the expected result “{result}”?",
            discussions: "How satisfied are you with the community's discussions (their topics, quality and usefulness)?",
            tools: "How satisfied are you with the tools the community used to work together?",
            moderation: "How satisfied are you with the moderation (guidance, summaries and follow-up)?",
            cycles: [
                "How worthwhile were the community's activities and exchanges for you in themselves (interesting, relevant, enjoyable)?",
                "How much did you gain that you can use in your work: knowledge, skills, contacts, documents or tools?",
                "How much have you applied something from the community in your practice (a method, a tool, an idea)?",
                "How much has what you applied improved results in your work or your organization (services, decisions, indicators)?",
                "How much has the community changed the way you or your organization think about the problem, or what counts as success?",
            ],
            keep: "What should be kept: what worked well in this community?",
            change: "What should change: what would you do differently in a future community?",
            final_title: "Final assessment",
            periodic_title: "Periodic assessment",
        },
        Language::Es => Wording {
            objective: "¿Qué tan satisfecho/a está con el desempeño de la comunidad respecto de su objetivo?",
            result: "¿Qué tan satisfecho/a está con lo que la comunidad logró en el resultado esperado «{result}»?",
            discussions: "¿Qué tan satisfecho/a está con las discusiones de la comunidad (sus temas, su calidad y su utilidad)?",
            tools: "¿Qué tan satisfecho/a está con las herramientas que la comunidad usó para trabajar en conjunto?",
            moderation: "¿Qué tan satisfecho/a está con la moderación (orientación, síntesis y seguimiento)?",
            cycles: [
                "¿Cuánto valieron la pena para usted, en sí mismos, las actividades y los intercambios de la comunidad (interesantes, pertinentes, agradables)?",
                "¿Cuánto obtuvo que pueda usar en su trabajo: conocimientos, habilidades, contactos, documentos o herramientas?",
                "¿En qué medida ha aplicado en su práctica algo de la comunidad (un método, una herramienta, una idea)?",
                "¿En qué medida lo que aplicó mejoró los resultados de su trabajo o de su institución (servicios, decisiones, indicadores)?",
                "¿En qué medida la comunidad cambió la manera en que usted o su institución entienden el problema, o lo que consideran un éxito?",
            ],
            keep: "¿Qué habría que mantener: qué funcionó bien en esta comunidad?",
            change: "¿Qué habría que cambiar: qué haría de otra manera en una próxima comunidad?",
            final_title: "Evaluación final",
            periodic_title: "Evaluación periódica",
        },
        Language::Pt => Wording {
            objective: "Qual é o seu grau de satisfação com o desempenho da comunidade em relação ao seu objetivo?",
            result: "Qual é o seu grau de satisfação com o que a comunidade alcançou no resultado esperado “{result}”?",
            discussions: "Qual é o seu grau de satisfação com as discussões da comunidade (temas, qualidade e utilidade)?",
            tools: "Qual é o seu grau de satisfação com as ferramentas que a comunidade usou para trabalhar em conjunto?",
            moderation: "Qual é o seu grau de satisfação com a moderação (orientação, sínteses e acompanhamento)?",
            cycles: [
                "Em que medida as atividades e as trocas da comunidade valeram a pena para você por si mesmas (interessantes, pertinentes, agradáveis)?",
                "Em que medida você ganhou algo que pode usar no seu trabalho: conhecimentos, habilidades, contatos, documentos ou ferramentas?",
                "Em que medida você aplicou na sua prática algo da comunidade (um método, uma ferramenta, uma ideia)?",
                "Em que medida o que você aplicou melhorou os resultados do seu trabalho ou da sua instituição (serviços, decisões, indicadores)?",
                "Em que medida a comunidade mudou a forma como você ou a sua instituição entendem o problema, ou o que consideram sucesso?",
            ],
            keep: "O que deve ser mantido: o que funcionou bem nesta comunidade?",
            change: "O que deve mudar: o que você faria de outra forma numa próxima comunidade?",
            final_title: "Avaliação final",
            periodic_title: "Avaliação periódica",
        },
        // French puts a no-break space before `?` and `:` and inside guillemets.
        Language::Fr => Wording {
            objective: "Dans quelle mesure êtes-vous satisfait(e) de ce que la communauté a accompli au regard de son objectif\u{a0}?",
            result: "Dans quelle mesure êtes-vous satisfait(e) de ce que la communauté a accompli pour le résultat attendu «\u{a0}{result}\u{a0}»\u{a0}?",
            discussions: "Dans quelle mesure êtes-vous satisfait(e) des discussions de la communauté (thèmes, qualité, utilité)\u{a0}?",
            tools: "Dans quelle mesure êtes-vous satisfait(e) des outils que la communauté a utilisés pour travailler ensemble\u{a0}?",
            moderation: "Dans quelle mesure êtes-vous satisfait(e) de la modération (orientation, synthèses et suivi)\u{a0}?",
            cycles: [
                "Dans quelle mesure les activités et les échanges de la communauté ont-ils valu la peine pour vous en eux-mêmes (intéressants, pertinents, agréables)\u{a0}?",
                "Dans quelle mesure en avez-vous retiré des éléments utiles pour votre travail\u{a0}: connaissances, compétences, contacts, documents ou outils\u{a0}?",
                "Dans quelle mesure avez-vous appliqué dans votre pratique quelque chose issu de la communauté (une méthode, un outil, une idée)\u{a0}?",
                "Dans quelle mesure ce que vous avez appliqué a-t-il amélioré les résultats de votre travail ou de votre institution (services, décisions, indicateurs)\u{a0}?",
                "Dans quelle mesure la communauté a-t-elle changé la façon dont vous ou votre institution concevez le problème, ou ce qui compte comme une réussite\u{a0}?",
            ],
            keep: "Que faut-il conserver\u{a0}: qu'est-ce qui a bien fonctionné dans cette communauté\u{a0}?",
            change: "Que faut-il changer\u{a0}: que feriez-vous autrement dans une prochaine communauté\u{a0}?",
            final_title: "Évaluation finale",
            periodic_title: "Évaluation périodique",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(id: &str, description: &str) -> ExpectedResult {
        ExpectedResult {
            id: ResultId::new(id).unwrap(),
            description: description.into(),
            indicator: String::new(),
            status: None,
        }
    }

    #[test]
    fn the_default_set_asks_about_every_result_every_cycle_and_what_to_keep_or_change() {
        let results = [
            result("r1", "A shared indicator set "),
            result("r2", "A guide"),
        ];
        for language in Language::ALL {
            let set = default_questions(language, &results);
            let ids: Vec<&str> = set.iter().map(|q| q.id.as_str()).collect();
            assert_eq!(
                ids,
                [
                    "objective",
                    "result-r1",
                    "result-r2",
                    "discussions",
                    "tools",
                    "moderation",
                    "immediate",
                    "potential",
                    "applied",
                    "realized",
                    "reframing",
                    "keep",
                    "change"
                ],
                "{language:?}"
            );
            assert!(
                set[1].text.contains("A shared indicator set"),
                "{language:?}"
            );
            assert!(!set[1].text.contains("{result}"));
            assert_eq!(set[2].result, Some(ResultId::new("r2").unwrap()));
            let cycles: Vec<_> = set.iter().filter_map(|q| q.cycle).collect();
            assert_eq!(cycles, ValueCycle::ALL);
            let open = set.iter().filter(|q| q.answer == AnswerType::Text).count();
            assert_eq!(open, 2);
            let mut texts: Vec<&str> = set.iter().map(|q| q.text.as_str()).collect();
            texts.sort_unstable();
            texts.dedup();
            assert_eq!(texts.len(), set.len(), "no question repeats");
        }
        let english = default_questions(Language::En, &[]);
        let spanish = default_questions(Language::Es, &[]);
        assert_ne!(english[0].text, spanish[0].text);
        assert_eq!(default_title(Language::Pt, true), "Avaliação final");
    }

    #[test]
    fn keys_round_trip() {
        for cycle in ValueCycle::ALL {
            assert_eq!(ValueCycle::from_key(cycle.key()), Some(cycle));
        }
        for answer in AnswerType::ALL {
            assert_eq!(AnswerType::from_key(answer.key()), Some(answer));
        }
    }
}
