//! Phase I, stage 3: the community's objective, one of the method's six types plus text.

use automerge::Automerge;

use crate::{CommunityError, store};

/// Where the objective lives in the document.
const DESIGN: store::Path = &["design"];

/// What a community's objective is oriented towards, in the method's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ObjectiveType {
    ProblemSolving,
    GenerationOfIdeas,
    SharingKnowledgeBetweenInstitutions,
    DevelopingBestPractices,
    LessonsLearned,
    PostActionReviews,
}

impl ObjectiveType {
    /// Every type, in the method's order.
    pub const ALL: [Self; 6] = [
        Self::ProblemSolving,
        Self::GenerationOfIdeas,
        Self::SharingKnowledgeBetweenInstitutions,
        Self::DevelopingBestPractices,
        Self::LessonsLearned,
        Self::PostActionReviews,
    ];

    /// The stored value, also the key the UI translates.
    pub fn key(self) -> &'static str {
        match self {
            Self::ProblemSolving => "problem_solving",
            Self::GenerationOfIdeas => "generation_of_ideas",
            Self::SharingKnowledgeBetweenInstitutions => "sharing_knowledge_between_institutions",
            Self::DevelopingBestPractices => "developing_best_practices",
            Self::LessonsLearned => "lessons_learned",
            Self::PostActionReviews => "post_action_reviews",
        }
    }

    /// The type a stored value names; `None` for a value this build does not know.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.key() == key)
    }

    /// The method's explanation of this type (English, abridged from the PAHO/WHO text).
    pub fn explanation_en(self) -> &'static str {
        match self {
            Self::ProblemSolving => {
                "Members pose questions or problems and get answers from their peers within the framework of professional experience; a \"just in time\" question and answer system allows for faster solutions."
            }
            Self::GenerationOfIdeas => {
                "Members contact people outside their common workplace who share the same area of knowledge, working more creatively and sharing ideas that may lead to innovation."
            }
            Self::SharingKnowledgeBetweenInstitutions => {
                "A favourable environment to identify and produce additional ideas and areas of work, facilitating communication and collaboration between institutions."
            }
            Self::DevelopingBestPractices => {
                "Selected people develop problem-solving-based best practice models, bring out details of best practices within the organization and improve them further."
            }
            Self::LessonsLearned => {
                "Selected people analyse situations and recommend what institutions or projects should incorporate; it succeeds when the lessons become institutional standards, policies, products or services."
            }
            Self::PostActionReviews => {
                "Members analyse and reflect on the implementation of a project, activity or event, to learn from that experience and improve in the next stage or in the future."
            }
        }
    }

    /// The method's explanation of this type in Spanish.
    pub fn explanation_es(self) -> &'static str {
        match self {
            Self::ProblemSolving => {
                "Los miembros plantean preguntas o problemas y reciben respuestas de sus pares en el marco de la experiencia profesional; un sistema de preguntas y respuestas \"justo a tiempo\" agiliza las soluciones."
            }
            Self::GenerationOfIdeas => {
                "Los miembros contactan a personas ajenas a su lugar de trabajo que comparten la misma área de conocimiento, trabajan de forma más creativa y comparten ideas que pueden llevar a la innovación."
            }
            Self::SharingKnowledgeBetweenInstitutions => {
                "Un entorno favorable para identificar y producir nuevas ideas y áreas de trabajo, que facilita la comunicación y la colaboración entre instituciones."
            }
            Self::DevelopingBestPractices => {
                "Personas seleccionadas desarrollan modelos de buenas prácticas basados en la resolución de problemas, dan a conocer las buenas prácticas de la Organización y las mejoran."
            }
            Self::LessonsLearned => {
                "Personas seleccionadas analizan situaciones y recomiendan lo que instituciones o proyectos deberían incorporar; tiene éxito cuando las lecciones se traducen en normas, políticas, productos o servicios institucionales."
            }
            Self::PostActionReviews => {
                "Los miembros analizan y reflexionan sobre la ejecución de un proyecto, actividad o evento para aprender de esa experiencia y mejorar en la etapa siguiente o en el futuro."
            }
        }
    }
}

/// The objective as read: the type may be unset (or unknown to this build) and the text
/// empty in a community still being designed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Objective {
    pub kind: Option<ObjectiveType>,
    pub text: String,
}

/// Chooses the objective's type; a concurrent different choice stays visible in
/// [`crate::conflicts`].
pub fn set_objective_type(doc: &mut Automerge, kind: ObjectiveType) -> Result<(), CommunityError> {
    store::write(doc, |tx| {
        let design = store::ensure_map(tx, DESIGN)?;
        store::put_scalar(tx, &design, "objective_type", kind.key())
    })
}

/// Replaces the objective's free text, character-wise.
pub fn set_objective_text(doc: &mut Automerge, text: &str) -> Result<(), CommunityError> {
    store::write(doc, |tx| {
        let design = store::ensure_map(tx, DESIGN)?;
        store::put_text(tx, &design, "objective", text)
    })
}

pub(crate) fn read_objective<R: automerge::ReadDoc>(doc: &R) -> Objective {
    let Some(design) = store::containers(doc, DESIGN).into_iter().next() else {
        return Objective::default();
    };
    Objective {
        kind: store::string(doc, &design, "objective_type")
            .as_deref()
            .and_then(ObjectiveType::from_key),
        text: store::text(doc, &design, "objective"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{create, read};

    #[test]
    fn the_objective_is_read_back() {
        let mut doc = create("CoP to define indicators", "p").unwrap();
        assert_eq!(read(&doc).unwrap().design.objective, Objective::default());
        set_objective_type(&mut doc, ObjectiveType::LessonsLearned).unwrap();
        set_objective_text(&mut doc, "Turn lessons into standards").unwrap();
        let objective = read(&doc).unwrap().design.objective;
        assert_eq!(objective.kind, Some(ObjectiveType::LessonsLearned));
        assert_eq!(objective.text, "Turn lessons into standards");
    }

    #[test]
    fn keys_round_trip_and_every_type_is_explained() {
        for kind in ObjectiveType::ALL {
            assert_eq!(ObjectiveType::from_key(kind.key()), Some(kind));
            assert!(!kind.explanation_en().is_empty() && !kind.explanation_es().is_empty());
        }
        assert_eq!(ObjectiveType::from_key("world_peace"), None);
    }

    #[test]
    fn the_objective_is_written_after_a_merge() {
        let mut ana = create("CoP to define indicators", "p").unwrap();
        let mut luis = ana.fork();
        set_objective_text(&mut luis, "Agree on indicators").unwrap();
        ana.merge(&mut luis.clone()).unwrap();
        set_objective_type(&mut ana, ObjectiveType::ProblemSolving).unwrap();
        set_objective_text(&mut ana, "Agree on five indicators").unwrap();
        luis.merge(&mut ana.clone()).unwrap();
        let objective = read(&luis).unwrap().design.objective;
        assert_eq!(objective.kind, Some(ObjectiveType::ProblemSolving));
        assert_eq!(objective.text, "Agree on five indicators");
    }

    #[test]
    fn concurrent_objective_types_are_reported_as_a_conflict() {
        let base = create("CoP to define indicators", "p").unwrap();
        let mut ana = base.fork();
        let mut luis = base.fork();
        set_objective_type(&mut ana, ObjectiveType::LessonsLearned).unwrap();
        set_objective_type(&mut luis, ObjectiveType::ProblemSolving).unwrap();
        ana.merge(&mut luis).unwrap();
        let conflicts = crate::conflicts(&ana);
        assert_eq!(conflicts.len(), 1);
        assert_eq!(conflicts[0].path, ["design", "objective_type"]);
        let mut values = conflicts[0].values.clone();
        values.sort();
        assert_eq!(values, ["lessons_learned", "problem_solving"]);
        // Choosing again resolves the conflict.
        set_objective_type(&mut ana, ObjectiveType::ProblemSolving).unwrap();
        assert!(crate::conflicts(&ana).is_empty());
    }
}
