//! Stage 1, the name: the title with the method's name coach giving advice as one types,
//! beside the method's good and bad example names.

use community::{NAME_EXAMPLES, NameAdvice, Stage};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::StageLayout;
use super::edit::change;
use crate::components::text_field::TextField;
use crate::i18n::{Key, name_example, t, use_i18n};
use crate::routes::community::{TITLE_MAX_CHARS, WithCommunity};

#[component]
pub fn NamePage() -> impl IntoView {
    view! {
        <WithCommunity content=|id| {
            view! {
                <StageLayout id stage=Stage::Name>
                    <NameForm id />
                    <NameExamples />
                </StageLayout>
            }
                .into_any()
        } />
    }
}

#[component]
fn NameForm(id: DocumentId) -> impl IntoView {
    let app = crate::state::use_app();
    let title = super::design(id, |d| d.title.clone());
    // Set while the field is empty: the document keeps its last title (the domain
    // refuses an empty one) until the person types a new one.
    let error = RwSignal::new(None::<Key>);
    let on_input = move |text: String| {
        error.set(change(app, id, |doc| community::set_title(doc, &text)).err());
    };
    let advice = Memo::new(move |_| community::name_advice(&title.get()));
    view! {
        <div class="stage-form stack">
            <p class="hint">{t(Key::NameMethod)}</p>
            <TextField
                id="design-title"
                label=Key::FieldTitle
                value=title
                error
                max_length=TITLE_MAX_CHARS
                on_input
            />
            <section class="coach" aria-labelledby="coach-heading">
                <h2 id="coach-heading">{t(Key::NameAdviceHeading)}</h2>
                <div aria-live="polite" data-testid="name-advice">
                    {move || advice_view(advice.get())}
                </div>
            </section>
        </div>
    }
}

fn advice_view(advice: Vec<NameAdvice>) -> AnyView {
    let i18n = use_i18n();
    if advice.is_empty() {
        return view! { <p class="status status-complete">{t(Key::NameLooksGood)}</p> }.into_any();
    }
    let items = advice
        .into_iter()
        .map(|item| match item {
            NameAdvice::TooShort { .. } => view! { <li>{t(Key::AdviceTooShort)}</li> }.into_any(),
            NameAdvice::NoProduct => view! { <li>{t(Key::AdviceNoProduct)}</li> }.into_any(),
            NameAdvice::OngoingActivity { word } => {
                view! { <li>{move || i18n.t(Key::AdviceOngoingActivity)} " “" {word} "”"</li> }
                    .into_any()
            }
        })
        .collect_view();
    view! { <ul class="advice-list">{items}</ul> }.into_any()
}

#[component]
fn NameExamples() -> impl IntoView {
    view! {
        <aside class="advice" aria-labelledby="advice-heading">
            <h2 id="advice-heading">{t(Key::MethodAdvice)}</h2>
            <h3>{t(Key::GoodNames)}</h3>
            <ul>{examples(true)}</ul>
            <h3>{t(Key::BadNames)}</h3>
            <ul>{examples(false)}</ul>
        </aside>
    }
}

fn examples(good: bool) -> impl IntoView {
    let i18n = use_i18n();
    NAME_EXAMPLES
        .iter()
        .filter(move |e| e.good == good)
        .map(move |example| {
            let example = *example;
            view! {
                <li>
                    {move || name_example(i18n.lang.get(), &example).0}
                    {move || {
                        name_example(i18n.lang.get(), &example)
                            .1
                            .map(|product| {
                                view! {
                                    <br />
                                    <span class="hint">
                                        {i18n.t(Key::ProductPart)} " " <strong>{product}</strong>
                                    </span>
                                }
                            })
                    }}
                </li>
            }
        })
        .collect_view()
}
