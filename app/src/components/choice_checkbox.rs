//! A check box that adds its value to, or removes it from, a chosen set (the follow-ups,
//! cited posts and sub-group members pickers).

use leptos::prelude::*;

#[component]
pub fn ChoiceCheckbox<T>(
    /// The element id, which binds the label.
    id: String,
    value: T,
    chosen: RwSignal<Vec<T>>,
    children: Children,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let checked = {
        let value = value.clone();
        move || chosen.with(|c| c.contains(&value))
    };
    view! {
        <div class="check">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=checked
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    chosen.update(|c| {
                        c.retain(|x| x != &value);
                        if on {
                            c.push(value.clone());
                        }
                    });
                }
            />
            <label for=id>{children()}</label>
        </div>
    }
}
