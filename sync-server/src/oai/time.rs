//! OAI-PMH's datestamps: UTC instants to the second, written `YYYY-MM-DDThh:mm:ssZ`,
//! and the `from`/`until` arguments, which may also be whole days.
//!
//! A few lines of calendar arithmetic (Howard Hinnant's days-from-civil) rather than a
//! date crate: the provider only converts between Unix seconds and these two fixed
//! forms, and the caller passes "now" in, so nothing here reads a clock.

use std::fmt;

/// A UTC instant to the second, as OAI-PMH writes datestamps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UtcSeconds(i64);

/// The granularity a `from` or `until` argument was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Granularity {
    Day,
    Second,
}

/// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: what four-digit years can write.
const MIN_UNIX: i64 = -62_135_596_800;
const MAX_UNIX: i64 = 253_402_300_799;
const DAY: i64 = 86_400;

impl UtcSeconds {
    /// The instant `seconds` after 1970-01-01T00:00:00Z, if its year has four digits.
    pub fn from_unix(seconds: i64) -> Option<Self> {
        (MIN_UNIX..=MAX_UNIX)
            .contains(&seconds)
            .then_some(Self(seconds))
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    pub fn unix(self) -> i64 {
        self.0
    }

    /// Reads a datestamp written `YYYY-MM-DDThh:mm:ssZ` (as the relay may store them).
    pub fn parse_datestamp(text: &str) -> Option<Self> {
        match parse(text)? {
            (instant, Granularity::Second) => Some(instant),
            (_, Granularity::Day) => None,
        }
    }

    /// The last second of the day this instant falls on.
    pub(crate) fn end_of_day(self) -> Self {
        Self(self.0 - self.0.rem_euclid(DAY) + DAY - 1)
    }
}

impl fmt::Display for UtcSeconds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let days = self.0.div_euclid(DAY);
        let second = self.0.rem_euclid(DAY);
        let (year, month, day) = civil_from_days(days);
        write!(
            f,
            "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
            second / 3600,
            second % 3600 / 60,
            second % 60
        )
    }
}

/// Reads `YYYY-MM-DD` (the day's first second) or `YYYY-MM-DDThh:mm:ssZ`, strictly: no
/// other offset, no fractions, no missing zero.
pub(crate) fn parse(text: &str) -> Option<(UtcSeconds, Granularity)> {
    let bytes = text.as_bytes();
    let number = |range: std::ops::Range<usize>| -> Option<i64> {
        let digits = bytes.get(range)?;
        digits.iter().try_fold(0i64, |value, &digit| {
            digit
                .is_ascii_digit()
                .then(|| value * 10 + i64::from(digit - b'0'))
        })
    };
    let punctuated = |at: usize, mark: u8| bytes.get(at) == Some(&mark);
    if !(punctuated(4, b'-') && punctuated(7, b'-')) {
        return None;
    }
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    if year < 1 || !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let midnight = days_from_civil(year, month, day) * DAY;
    match bytes.len() {
        10 => Some((UtcSeconds(midnight), Granularity::Day)),
        20 if punctuated(10, b'T')
            && punctuated(13, b':')
            && punctuated(16, b':')
            && punctuated(19, b'Z') =>
        {
            let (hour, minute, second) = (number(11..13)?, number(14..16)?, number(17..19)?);
            (hour < 24 && minute < 60 && second < 60).then(|| {
                (
                    UtcSeconds(midnight + hour * 3600 + minute * 60 + second),
                    Granularity::Second,
                )
            })
        }
        _ => None,
    }
}

fn days_in_month(year: i64, month: i64) -> i64 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let shifted_month = (month + 9) % 12;
    let day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The proleptic Gregorian date `days` after 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datestamps_are_written_to_the_second_in_utc() {
        assert_eq!(
            UtcSeconds::from_unix(0).expect("epoch").to_string(),
            "1970-01-01T00:00:00Z"
        );
        assert_eq!(
            UtcSeconds::from_unix(1_795_982_400)
                .expect("instant")
                .to_string(),
            "2026-11-29T20:00:00Z"
        );
        // A leap day, and an instant before the epoch.
        assert_eq!(
            UtcSeconds::from_unix(951_825_599)
                .expect("instant")
                .to_string(),
            "2000-02-29T11:59:59Z"
        );
        assert_eq!(
            UtcSeconds::from_unix(-1).expect("instant").to_string(),
            "1969-12-31T23:59:59Z"
        );
        assert_eq!(UtcSeconds::from_unix(MAX_UNIX + 1), None);
    }

    #[test]
    fn written_datestamps_read_back_for_every_day_of_four_centuries() {
        let mut day = days_from_civil(1900, 1, 1);
        while day < days_from_civil(2300, 1, 1) {
            let instant = UtcSeconds(day * DAY + 45_296);
            let text = instant.to_string();
            assert_eq!(UtcSeconds::parse_datestamp(&text), Some(instant), "{text}");
            day += 1;
        }
    }

    #[test]
    fn arguments_are_days_or_seconds_and_nothing_else() {
        let (midnight, granularity) = parse("2026-02-28").expect("day");
        assert_eq!(granularity, Granularity::Day);
        assert_eq!(midnight.to_string(), "2026-02-28T00:00:00Z");
        assert_eq!(midnight.end_of_day().to_string(), "2026-02-28T23:59:59Z");
        assert_eq!(
            parse("2026-02-28T13:14:15Z").map(|(_, granularity)| granularity),
            Some(Granularity::Second)
        );
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-1-01",
            "2026-02-28T13:14:15",
            "2026-02-28T13:14:15+01:00",
            "2026-02-28T13:14:15.5Z",
            "2026-02-28T24:00:00Z",
            "2026-02-28T13:14Z",
            "0000-01-01",
            "+026-01-01",
            "",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
