//! Phase II, step 3: the introductory meeting — its date, agenda and minutes.

use automerge::{Automerge, ReadDoc};

use crate::{CommunityError, IsoDate, store};

const MEETING: store::Path = &["implementation", "meeting"];

/// The introductory meeting as read; the date is `None` until set (or if the stored
/// value is not a date).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IntroductoryMeeting {
    pub date: Option<IsoDate>,
    pub agenda: String,
    pub minutes: String,
}

/// Sets the meeting's date; a date before `today` is refused. The caller passes today
/// because this crate reads no clock.
pub fn set_meeting_date(
    doc: &mut Automerge,
    date: IsoDate,
    today: IsoDate,
) -> Result<(), CommunityError> {
    if date < today {
        return Err(CommunityError::DateInPast {
            date: date.to_string(),
            today: today.to_string(),
        });
    }
    store::write(doc, |tx| {
        let meeting = store::ensure_map(tx, MEETING)?;
        store::put_scalar(tx, &meeting, "date", date.to_string())
    })
}

/// Replaces the agenda, character-wise.
pub fn set_meeting_agenda(doc: &mut Automerge, agenda: &str) -> Result<(), CommunityError> {
    store::write(doc, |tx| {
        let meeting = store::ensure_map(tx, MEETING)?;
        store::put_text(tx, &meeting, "agenda", agenda)
    })
}

/// Replaces the minutes, character-wise.
pub fn set_meeting_minutes(doc: &mut Automerge, minutes: &str) -> Result<(), CommunityError> {
    store::write(doc, |tx| {
        let meeting = store::ensure_map(tx, MEETING)?;
        store::put_text(tx, &meeting, "minutes", minutes)
    })
}

pub(crate) fn read_meeting<R: ReadDoc>(doc: &R) -> IntroductoryMeeting {
    let Some(meeting) = store::containers(doc, MEETING).into_iter().next() else {
        return IntroductoryMeeting::default();
    };
    IntroductoryMeeting {
        date: store::string(doc, &meeting, "date").and_then(|date| date.parse().ok()),
        agenda: store::text(doc, &meeting, "agenda"),
        minutes: store::text(doc, &meeting, "minutes"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{create, read};

    fn date(s: &str) -> IsoDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_meeting_is_planned_and_minuted() {
        let mut doc = create("CoP to define indicators", "p").unwrap();
        set_meeting_date(&mut doc, date("2030-03-10"), date("2030-03-01")).unwrap();
        set_meeting_agenda(&mut doc, "Welcome; objectives; action plan").unwrap();
        set_meeting_minutes(&mut doc, "All present").unwrap();
        let meeting = read(&doc).unwrap().implementation.meeting;
        assert_eq!(meeting.date, Some(date("2030-03-10")));
        assert_eq!(meeting.agenda, "Welcome; objectives; action plan");
        assert_eq!(meeting.minutes, "All present");
    }

    #[test]
    fn a_date_in_the_past_is_refused() {
        let mut doc = create("CoP to define indicators", "p").unwrap();
        assert!(matches!(
            set_meeting_date(&mut doc, date("2030-02-28"), date("2030-03-01")),
            Err(CommunityError::DateInPast { .. })
        ));
        set_meeting_date(&mut doc, date("2030-03-01"), date("2030-03-01")).unwrap();
    }

    #[test]
    fn the_meeting_is_written_after_a_merge() {
        let mut ana = create("CoP to define indicators", "p").unwrap();
        let mut luis = Automerge::new();
        luis.merge(&mut ana.clone()).unwrap();
        set_meeting_agenda(&mut luis, "Welcome").unwrap();
        ana.merge(&mut luis.clone()).unwrap();
        set_meeting_agenda(&mut ana, "Welcome and objectives").unwrap();
        set_meeting_date(&mut ana, date("2030-01-02"), date("2030-01-01")).unwrap();
        set_meeting_minutes(&mut ana, "Short").unwrap();
        luis.merge(&mut ana).unwrap();
        let meeting = read(&luis).unwrap().implementation.meeting;
        assert_eq!(meeting.agenda, "Welcome and objectives");
        assert_eq!(meeting.minutes, "Short");
    }
}
