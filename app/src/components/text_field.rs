//! A labelled text input or textarea bound to a document field. Local typing is sent out
//! through `on_input`; remote changes are written into the element keeping the caret where
//! the person was typing (shifted by text inserted or removed before it).

use leptos::html;
use leptos::prelude::*;

use crate::i18n::{Key, t, use_i18n};

#[component]
pub fn TextField(
    /// The element id, which binds the label.
    #[prop(into)]
    id: String,
    label: Key,
    /// The document's current text.
    value: Memo<String>,
    /// Called with the element's whole text after each local edit.
    on_input: impl Fn(String) + 'static,
    #[prop(optional)] multiline: bool,
    /// A problem with what was typed, shown under the field and tied to it for screen readers.
    #[prop(optional, into)]
    error: Signal<Option<Key>>,
    /// For `<input>`: the most characters the document accepts.
    #[prop(optional)]
    max_length: Option<u32>,
    /// Advice shown under the label and read with the field (the method's hint).
    #[prop(optional)]
    hint: Option<Key>,
) -> impl IntoView {
    // Size: each caller passes its own closure type, and a generic body would be compiled
    // (with the whole view type under it) once per caller; boxing it here compiles the
    // field once (measured in docs/ARCHITECTURE.md, "what the wasm is made of").
    let field = Field {
        id,
        label,
        value,
        on_input: Box::new(on_input),
        multiline,
        error,
        max_length,
        hint,
    };
    text_field(field)
}

/// `TextField`'s props with the callback boxed: one non-generic body for every caller.
struct Field {
    id: String,
    label: Key,
    value: Memo<String>,
    on_input: Box<dyn Fn(String)>,
    multiline: bool,
    error: Signal<Option<Key>>,
    max_length: Option<u32>,
    hint: Option<Key>,
}

fn text_field(field: Field) -> impl IntoView {
    let Field {
        id,
        label,
        value,
        on_input,
        multiline,
        error,
        max_length,
        hint,
    } = field;
    let i18n = use_i18n();
    let handle = move |ev| on_input(event_target_value(&ev));
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    // The hint (if any) is read before the error, in the order they are shown.
    let described_by = match hint {
        Some(_) => format!("{hint_id} {error_id}"),
        None => error_id.clone(),
    };
    let invalid = move || error.get().is_some().to_string();
    let control = if multiline {
        let node = NodeRef::<html::Textarea>::new();
        follow(value, move || node.get());
        view! {
            <textarea
                id=id.clone()
                node_ref=node
                rows="6"
                aria-invalid=invalid
                aria-describedby=described_by
                on:input=handle
            ></textarea>
        }
        .into_any()
    } else {
        let node = NodeRef::<html::Input>::new();
        follow(value, move || node.get());
        view! {
            <input
                id=id.clone()
                node_ref=node
                type="text"
                autocomplete="off"
                maxlength=max_length
                aria-invalid=invalid
                aria-describedby=described_by
                on:input=handle
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{t(label)}</label>
            {hint.map(|key| view! { <p id=hint_id class="hint">{t(key)}</p> })}
            {control}
            <p id=error_id class="field-error">
                {move || error.get().map(|key| i18n.t(key))}
            </p>
        </div>
    }
}

/// Write the document's text into the element whenever it differs from what is shown.
fn follow<E: TextControl + 'static>(
    value: Memo<String>,
    element: impl Fn() -> Option<E> + 'static,
) {
    Effect::new(move |_| {
        let text = value.get();
        if let Some(el) = element() {
            show(&el, &text);
        }
    });
}

fn show(el: &impl TextControl, new: &str) {
    let old = el.text();
    if old == new {
        return; // our own edit coming back, or nothing changed
    }
    let (start, end) = el.selection();
    el.set_text(new);
    if el.has_focus() {
        let old: Vec<u16> = old.encode_utf16().collect();
        let new: Vec<u16> = new.encode_utf16().collect();
        el.select(remap(&old, &new, start), remap(&old, &new, end));
    }
}

/// Where a caret at UTF-16 offset `pos` in `old` belongs in `new`, assuming `new` differs
/// from `old` by one replaced span (true for a single remote edit; a fair guess otherwise).
fn remap(old: &[u16], new: &[u16], pos: u32) -> u32 {
    let pos = (pos as usize).min(old.len());
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let max_suffix = old.len().min(new.len()) - prefix;
    let suffix = old
        .iter()
        .rev()
        .zip(new.iter().rev())
        .take(max_suffix)
        .take_while(|(a, b)| a == b)
        .count();
    let mapped = if pos <= prefix {
        pos
    } else if pos >= old.len() - suffix {
        new.len() - (old.len() - pos)
    } else {
        new.len() - suffix // inside the replaced span: end of the new text there
    };
    mapped as u32
}

/// What `show` needs of `<input>` and `<textarea>`, which web-sys types separately.
trait TextControl {
    fn text(&self) -> String;
    fn set_text(&self, text: &str);
    fn selection(&self) -> (u32, u32);
    fn select(&self, start: u32, end: u32);
    fn has_focus(&self) -> bool;
}

macro_rules! text_control {
    ($ty:ty) => {
        impl TextControl for $ty {
            fn text(&self) -> String {
                self.value()
            }
            fn set_text(&self, text: &str) {
                self.set_value(text);
            }
            fn selection(&self) -> (u32, u32) {
                let start = self.selection_start().ok().flatten().unwrap_or(0);
                let end = self.selection_end().ok().flatten().unwrap_or(start);
                (start, end)
            }
            fn select(&self, start: u32, end: u32) {
                let _ = self.set_selection_range(start, end); // best effort: only the caret
            }
            fn has_focus(&self) -> bool {
                let active = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.active_element());
                active.is_some_and(|a| {
                    let me: &web_sys::Element = self.as_ref();
                    &a == me
                })
            }
        }
    };
}

text_control!(web_sys::HtmlInputElement);
text_control!(web_sys::HtmlTextAreaElement);
