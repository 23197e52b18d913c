//! Calendar dates as the document stores them.
//!
//! Stored as ISO `YYYY-MM-DD` strings, not milliseconds: a meeting day or a due date is
//! a day in the community's calendar, not an instant, so no time zone can shift it by
//! one; and a JavaScript peer or a person reading exported JSON sees the date as is.

use std::fmt;
use std::str::FromStr;

use crate::CommunityError;

/// A day of the Gregorian calendar (years 1000–9999, as ISO strings sort correctly then).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate {
    year: u16,
    month: u8,
    day: u8,
}

impl IsoDate {
    /// A date from its parts, if it exists in the calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let leap =
            year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        ((1000..=9999).contains(&year) && (1..=days).contains(&day)).then_some(Self {
            year,
            month,
            day,
        })
    }
}

impl FromStr for IsoDate {
    type Err = CommunityError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let invalid = || CommunityError::InvalidDate {
            value: value.to_owned(),
        };
        let bytes = value.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(invalid());
        }
        let number = |range: std::ops::Range<usize>| {
            value
                .get(range)
                .filter(|part| part.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|part| part.parse::<u16>().ok())
        };
        let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10))
        else {
            return Err(invalid());
        };
        let month = u8::try_from(month).map_err(|_| invalid())?;
        let day = u8::try_from(day).map_err(|_| invalid())?;
        Self::new(year, month, day).ok_or_else(invalid)
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_and_bad_ones_are_refused() {
        let date: IsoDate = "2024-02-29".parse().unwrap();
        assert_eq!(date.to_string(), "2024-02-29");
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-1-01",
            "24-01-01",
            "2024-01-32",
            "abcd-ef-gh",
            "",
        ] {
            assert!(
                matches!(
                    bad.parse::<IsoDate>(),
                    Err(CommunityError::InvalidDate { .. })
                ),
                "{bad}"
            );
        }
        assert!("2024-01-02".parse::<IsoDate>().unwrap() > "2023-12-31".parse().unwrap());
    }
}
