//! Stage 2, the problem: the problem statement, with the method's definition beside it.

use community::Stage;
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::StageLayout;
use super::edit::change;
use crate::components::text_field::TextField;
use crate::i18n::{Key, t};
use crate::routes::community::WithCommunity;
use crate::state::use_app;

#[component]
pub fn ProblemPage() -> impl IntoView {
    view! {
        <WithCommunity content=|id| {
            view! {
                <StageLayout id stage=Stage::Problem>
                    <ProblemForm id />
                    <aside class="advice" aria-labelledby="advice-heading">
                        <h2 id="advice-heading">{t(Key::MethodAdvice)}</h2>
                        <p>{t(Key::ProblemMethod)}</p>
                    </aside>
                </StageLayout>
            }
                .into_any()
        } />
    }
}

#[component]
fn ProblemForm(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let problem = super::design(id, |d| d.problem.clone());
    let error = RwSignal::new(None::<Key>);
    view! {
        <div class="stage-form stack">
            <TextField
                id="design-problem"
                label=Key::FieldProblem
                value=problem
                multiline=true
                hint=Key::ProblemHint
                error
                on_input=move |text: String| {
                    error.set(change(app, id, |doc| community::set_problem(doc, &text)).err());
                }
            />
        </div>
    }
}
