//! Civil dates on the proleptic Gregorian calendar, with no time of day and no time zone.
//!
//! Treaty dates are calendar days ("the depositary received the instrument on 27 June 2025"),
//! so a plain year–month–day value is the honest type. Arithmetic goes through a day count
//! (days since 1970-01-01) so that scales and date ranges are integer maths. This module is
//! shared with the build script, which validates the data files with it: keep it free of any
//! dependency.

use std::fmt;

/// A calendar day. Construct it with [`Date::new`] or [`Date::parse_iso`]; the generated data
/// uses [`Date::from_ymd_unchecked`] for values the build script has already validated.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// A day before anything a story records: the date from which a state counts as bound when
    /// it was a member throughout and its sources give no joining date.
    pub const BEFORE_RECORDS: Date = Date::from_ymd_unchecked(1, 1, 1);

    /// A valid date, or `None` (month outside 1–12, day outside the month).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// For generated code only: the build script has checked that the triple is a real date.
    pub const fn from_ymd_unchecked(year: i32, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// Parses exactly `YYYY-MM-DD` (four-digit year, two-digit month and day).
    pub fn parse_iso(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        // Bytes, not `&text[range]`: a slice of a `str` brings the panic message that prints
        // the text char by char into the browser's app.
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            bytes.get(range)?.iter().try_fold(0, |number: u32, &b| {
                b.is_ascii_digit()
                    .then(|| number * 10 + u32::from(b - b'0'))
            })
        };
        Date::new(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// The same day-of-month `months` later (or earlier, if negative). When that month is
    /// shorter, the date is clamped to its last day: 31 August + 6 months = 28 (or 29) February.
    pub fn add_months(self, months: i32) -> Date {
        let index = self.year * 12 + (self.month() as i32 - 1) + months;
        let year = index.div_euclid(12);
        let month = index.rem_euclid(12) as u32 + 1;
        let day = self.day().min(days_in_month(year, month));
        Date {
            year,
            month: month as u8,
            day: day as u8,
        }
    }

    /// Days since 1970-01-01 (negative before it). Uses Howard Hinnant's `days_from_civil`.
    pub fn days_since_epoch(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`Date::days_since_epoch`] (Hinnant's `civil_from_days`).
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }
}

impl fmt::Display for Date {
    /// ISO 8601 (`2025-06-27`): the machine form. Readers see dates formatted by the browser's
    /// `Intl.DateTimeFormat` in their language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Sorts `days` and drops repeats (`sort_small`: a scenario's days of change are a few dozen).
pub fn sort_and_dedup(days: &mut Vec<Date>) {
    crate::sort_small(days);
    days.dedup();
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse_iso(text).unwrap()
    }

    #[test]
    fn parses_only_real_iso_dates() {
        assert_eq!(d("2025-06-27").to_string(), "2025-06-27");
        for bad in [
            "2025-6-27",
            "2025-13-01",
            "2025-02-29",
            "2025-04-31",
            "27.06.2025",
            "",
            "2025-06-2x",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
        assert!(Date::parse_iso("2024-02-29").is_some());
    }

    #[test]
    fn six_months_after_clamps_to_month_end() {
        assert_eq!(d("2025-06-27").add_months(6), d("2025-12-27"));
        assert_eq!(d("2025-07-10").add_months(6), d("2026-01-10"));
        assert_eq!(d("2025-08-20").add_months(6), d("2026-02-20"));
        assert_eq!(d("2025-08-31").add_months(6), d("2026-02-28"));
        assert_eq!(d("2023-08-31").add_months(6), d("2024-02-29"));
        assert_eq!(d("2025-03-31").add_months(-1), d("2025-02-28"));
    }

    #[test]
    fn day_count_round_trips() {
        assert_eq!(d("1970-01-01").days_since_epoch(), 0);
        assert_eq!(d("2000-03-01").days_since_epoch(), 11_017);
        assert_eq!(d("1969-12-31").days_since_epoch(), -1);
        assert_eq!(
            d("2025-12-27").days_since_epoch() - d("2025-06-27").days_since_epoch(),
            183
        );
        for days in -800_000..800_000i64 {
            if days % 997 == 0 {
                assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
            }
        }
    }
}
