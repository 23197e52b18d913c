//! Phase II, step 3: the introductory meeting — date (never in the past), agenda and
//! minutes — with the community's objective and expected results shown to everyone, and
//! the invitation as an `.ics` file to download.

use community::kit::ics::{self, Event, UtcDateTime, When};
use community::{Action, IsoDate};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use super::{Page, PhaseLayout, RoleHint, allowed, read};
use crate::components::field_error::FieldError;
use crate::components::text_field::TextField;
use crate::i18n::{Key, t};
use crate::routes::community::WithCommunity;
use crate::routes::design::edit::change;
use crate::state::use_app;

#[component]
pub fn MeetingPage() -> impl IntoView {
    view! {
        <WithCommunity content=|id| {
            view! {
                <PhaseLayout id page=Page::Meeting advice=Key::MeetingMethod>
                    <Purpose id />
                    <MeetingDate id />
                    <Agenda id />
                    <Invitation id />
                </PhaseLayout>
            }
                .into_any()
        } />
    }
}

/// What the meeting presents: the objective and expected results, for every member.
#[component]
fn Purpose(id: DocumentId) -> impl IntoView {
    let objective = read(id, |v| v.design.objective.text.clone());
    let results = read(id, |v| v.design.expected_results.clone());
    view! {
        <section aria-labelledby="purpose-heading" data-testid="meeting-purpose">
            <h2 id="purpose-heading">{t(Key::MeetingPurposeHeading)}</h2>
            <h3>{t(Key::StageObjective)}</h3>
            <p>{move || objective.get()}</p>
            <h3>{t(Key::StageResults)}</h3>
            <ul>
                {move || {
                    results
                        .get()
                        .into_iter()
                        .map(|r| view! { <li>{r.description} " — " {r.indicator}</li> })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}

#[component]
fn MeetingDate(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let may = allowed(id, Action::PlanMeeting);
    let date = read(id, |v| {
        v.implementation
            .meeting
            .date
            .map(|d| d.to_string())
            .unwrap_or_default()
    });
    let error = RwSignal::new(None::<Key>);
    let set = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let outcome = match (value.parse::<IsoDate>(), crate::clock::today()) {
            (Ok(day), Some(today)) => {
                change(app, id, |doc| community::set_meeting_date(doc, day, today))
            }
            _ => Err(Key::ErrInvalidDate),
        };
        error.set(outcome.err());
    };
    view! {
        <Show
            when=move || may.get()
            fallback=move || view! { <p>{t(Key::FieldMeetingDate)} ": " {move || date.get()}</p> }
        >
            <div class="field">
                <label for="meeting-date">{t(Key::FieldMeetingDate)}</label>
                <input
                    type="date"
                    id="meeting-date"
                    aria-describedby="meeting-date-error"
                    aria-invalid=move || error.get().is_some().to_string()
                    prop:value=move || date.get()
                    on:change=set
                />
                <FieldError id="meeting-date-error" error />
            </div>
        </Show>
    }
}

#[component]
fn Agenda(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let plan = allowed(id, Action::PlanMeeting);
    let minute = allowed(id, Action::WriteMinutes);
    let agenda = read(id, |v| v.implementation.meeting.agenda.clone());
    let minutes = read(id, |v| v.implementation.meeting.minutes.clone());
    let agenda_error = RwSignal::new(None::<Key>);
    let minutes_error = RwSignal::new(None::<Key>);
    let read_only = |heading: Key, text: Memo<String>| {
        view! { <h2>{t(heading)}</h2> <p class="prose">{move || text.get()}</p> }
    };
    view! {
        <Show when=move || plan.get() fallback=move || read_only(Key::FieldAgenda, agenda)>
            <TextField
                id="meeting-agenda"
                label=Key::FieldAgenda
                value=agenda
                multiline=true
                error=agenda_error
                on_input=move |text: String| {
                    agenda_error.set(change(app, id, |doc| community::set_meeting_agenda(doc, &text)).err());
                }
            />
        </Show>
        <Show when=move || minute.get() fallback=move || read_only(Key::FieldMinutes, minutes)>
            <TextField
                id="meeting-minutes"
                label=Key::FieldMinutes
                value=minutes
                multiline=true
                error=minutes_error
                on_input=move |text: String| {
                    minutes_error.set(change(app, id, |doc| community::set_meeting_minutes(doc, &text)).err());
                }
            />
        </Show>
        <Show when=move || !plan.get()>
            <RoleHint key=Key::MeetingRoleHint />
        </Show>
    }
}

/// The `.ics` as a `data:` URL: it is built from the local document, so it works offline.
#[component]
fn Invitation(id: DocumentId) -> impl IntoView {
    let href = read(id, move |v| {
        let date = v.implementation.meeting.date?;
        let description = format!(
            "{}\n\n{}",
            v.design.objective.text, v.implementation.meeting.agenda
        );
        let file = ics::calendar(&Event {
            uid: &format!("{id}@praxis"),
            created: dtstamp()?,
            when: When::Day(date),
            summary: &v.title,
            description: description.trim(),
            link: None,
        });
        let encoded: String = js_sys::encode_uri_component(&file).into();
        Some(format!("data:text/calendar;charset=utf-8,{encoded}"))
    });
    view! {
        <p>
            {move || match href.get() {
                Some(href) => {
                    view! {
                        <a href=href download="invitation.ics" data-testid="download-ics">
                            {t(Key::DownloadInvitation)}
                        </a>
                    }
                        .into_any()
                }
                None => view! { <span class="hint">{t(Key::InvitationNeedsDate)}</span> }.into_any(),
            }}
        </p>
    }
}

/// Now, in UTC (the browser's clock; `None` only for a clock outside years 1000–9999).
fn dtstamp() -> Option<UtcDateTime> {
    let now = js_sys::Date::new_0();
    let part = |value: u32| u8::try_from(value).ok();
    let date = IsoDate::new(
        u16::try_from(now.get_utc_full_year()).ok()?,
        part(now.get_utc_month() + 1)?,
        part(now.get_utc_date())?,
    )?;
    UtcDateTime::new(
        date,
        part(now.get_utc_hours())?,
        part(now.get_utc_minutes())?,
        part(now.get_utc_seconds())?,
    )
}
