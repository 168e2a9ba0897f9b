//! Words the UI shows for the model's values.

use kamerbrief::{Date, Frame, Status};

/// A short label for a mission's status.
pub fn status(status: Status) -> &'static str {
    match status {
        Status::Decided => "Decided",
        Status::DecisionPending => "Decision pending",
        Status::Continuing => "Continuing",
        Status::Ongoing => "Ongoing",
        Status::Past => "Past",
        Status::Background => "Background",
    }
}

/// A label for a mission's organisational frame.
pub fn frame(frame: Frame) -> &'static str {
    match frame {
        Frame::Nato => "NATO",
        Frame::Eu => "EU",
        Frame::Un => "UN",
        Frame::Coalition => "Coalition",
        Frame::National => "National",
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as people write it: `4 September 2017`.
pub fn long_date(date: Date) -> String {
    let month = MONTHS.get(usize::from(date.month).wrapping_sub(1)).copied().unwrap_or("?");
    format!("{} {month} {}", date.day, date.year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_long_date() {
        assert_eq!(long_date("2017-09-04".parse().unwrap()), "4 September 2017");
    }

    #[test]
    fn ok_every_status_has_a_distinct_label() {
        let labels: std::collections::HashSet<_> = Status::ALL.iter().map(|s| status(*s)).collect();
        assert_eq!(labels.len(), Status::ALL.len());
    }
}
