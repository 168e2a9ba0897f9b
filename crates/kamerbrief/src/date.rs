//! Calendar arithmetic for [`Date`], without a time-zone library: the model only needs days.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A calendar date (proleptic Gregorian), without time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    /// Year, such as 2018.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, 1 to 31.
    pub day: u8,
}

/// The day of the week, Monday first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

impl Weekday {
    fn from_monday0(n: u32) -> Self {
        match n % 7 {
            0 => Weekday::Monday,
            1 => Weekday::Tuesday,
            2 => Weekday::Wednesday,
            3 => Weekday::Thursday,
            4 => Weekday::Friday,
            5 => Weekday::Saturday,
            _ => Weekday::Sunday,
        }
    }
}

/// Whether `year` is a leap year.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in `month` (1 to 12) of `year`; 0 for a month out of range.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date, if it exists in the calendar.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        (day >= 1 && day <= days_in_month(year, month)).then_some(Self { year, month, day })
    }

    /// The first day of `month`.
    pub fn first_of_month(year: i32, month: u8) -> Option<Self> {
        Self::new(year, month, 1)
    }

    /// The last day of `month`.
    pub fn last_of_month(year: i32, month: u8) -> Option<Self> {
        Self::new(year, month, days_in_month(year, month))
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`.
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01. Howard Hinnant's `civil_from_days`.
    pub fn from_days_since_epoch(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Self { year, month, day }
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (Monday = 0, so Thursday = 3).
        Weekday::from_monday0((self.days_since_epoch() + 3).rem_euclid(7) as u32)
    }

    /// The `nth` (1-based) `weekday` of `month`, such as the third Tuesday of September.
    pub fn nth_weekday(year: i32, month: u8, weekday: Weekday, nth: u8) -> Option<Self> {
        let first = Self::first_of_month(year, month)?;
        let first_index = first.weekday() as i64;
        let wanted = weekday as i64;
        let offset = (wanted - first_index).rem_euclid(7) + 7 * (i64::from(nth) - 1);
        let date = Self::from_days_since_epoch(first.days_since_epoch() + offset);
        (date.month == month && nth >= 1).then_some(date)
    }

    /// This date moved by a whole number of months, clamped to the month's last day.
    pub fn add_months(self, months: i32) -> Self {
        let index = self.year * 12 + i32::from(self.month) - 1 + months;
        let year = index.div_euclid(12);
        let month = (index.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Self { year, month, day }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Why a string is not a `YYYY-MM-DD` date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidDate(pub String);

impl fmt::Display for InvalidDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a date of the form YYYY-MM-DD", self.0)
    }
}

impl std::error::Error for InvalidDate {}

impl FromStr for Date {
    type Err = InvalidDate;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let invalid = || InvalidDate(s.to_owned());
        let mut parts = s.splitn(3, '-');
        let year = parts.next().and_then(|p| p.parse().ok()).ok_or_else(invalid)?;
        let month = parts.next().and_then(|p| p.parse().ok()).ok_or_else(invalid)?;
        let day = parts.next().and_then(|p| p.parse().ok()).ok_or_else(invalid)?;
        Date::new(year, month, day).ok_or_else(invalid)
    }
}

impl TryFrom<String> for Date {
    type Error = InvalidDate;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        value.parse()
    }
}

impl From<Date> for String {
    fn from(value: Date) -> Self {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn ok_round_trip_through_epoch_days() {
        for s in ["1970-01-01", "2000-02-29", "2017-09-04", "1899-12-31", "2100-03-01"] {
            assert_eq!(Date::from_days_since_epoch(d(s).days_since_epoch()), d(s), "{s}");
        }
        assert_eq!(d("1970-01-02").days_since_epoch(), 1);
    }

    #[test]
    fn ok_weekday_and_nth_weekday() {
        assert_eq!(d("2017-09-04").weekday(), Weekday::Monday);
        // Prinsjesdag 2017 fell on the third Tuesday of September: the 19th.
        assert_eq!(Date::nth_weekday(2017, 9, Weekday::Tuesday, 3), Some(d("2017-09-19")));
        assert_eq!(Date::nth_weekday(2017, 9, Weekday::Tuesday, 5), None);
    }

    #[test]
    fn ok_add_months_clamps() {
        assert_eq!(d("2017-01-31").add_months(1), d("2017-02-28"));
        assert_eq!(d("2017-09-04").add_months(-9), d("2016-12-04"));
    }

    #[test]
    fn err_impossible_dates() {
        for s in ["2017-02-29", "2017-13-01", "2017-00-10", "17-9", "", "2017-09-04x"] {
            assert!(s.parse::<Date>().is_err(), "{s}");
        }
    }
}
