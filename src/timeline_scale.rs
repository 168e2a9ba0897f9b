//! Timeline maths: time to x, zoom and pan, tick choice, and the shape of each mark.

use kamerbrief::{Date, Event, Precision};

use crate::i18n;
use crate::query::Lang;

/// Days since 1970-01-01 (fractional while zooming).
pub type Day = f64;

/// The shortest and longest stretch the timeline shows.
pub const MIN_SPAN_DAYS: f64 = 21.0;
/// See [`MIN_SPAN_DAYS`].
pub const MAX_SPAN_DAYS: f64 = 366.0 * 30.0;

/// The stretch of time the timeline shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeWindow {
    /// The first day shown.
    pub start: Day,
    /// The last day shown.
    pub end: Day,
}

/// The day number of a date.
pub fn day(date: Date) -> Day {
    date.days_since_epoch() as f64
}

impl TimeWindow {
    /// The window that shows every event, with a margin.
    pub fn fitting(events: &[Event], letter: Option<Date>) -> Self {
        let days = events.iter().flat_map(|e| [e.start, e.end]).flatten().chain(letter).map(day);
        let (lo, hi) = days.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), d| (lo.min(d), hi.max(d)));
        if !lo.is_finite() {
            let today = letter.map_or(17_500.0, day);
            return Self { start: today - 365.0, end: today + 365.0 };
        }
        let margin = ((hi - lo) * 0.04).max(30.0);
        Self { start: lo - margin, end: hi + margin }.clamped()
    }

    /// How many days it spans.
    pub fn span(&self) -> f64 {
        self.end - self.start
    }

    /// The x of `day` on a track `width` pixels wide.
    pub fn x(&self, day: Day, width: f64) -> f64 {
        (day - self.start) / self.span() * width
    }

    /// The day at `x` on a track `width` pixels wide.
    pub fn day_at(&self, x: f64, width: f64) -> Day {
        self.start + x / width * self.span()
    }

    /// Zoomed in by `factor` (above 1 zooms in) around `anchor`, which stays where it is.
    pub fn zoomed(&self, factor: f64, anchor: Day) -> Self {
        let span = (self.span() / factor).clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        let share = ((anchor - self.start) / self.span()).clamp(0.0, 1.0);
        let start = anchor - share * span;
        Self { start, end: start + span }
    }

    /// Moved later by `days` (earlier when negative).
    pub fn panned(&self, days: f64) -> Self {
        Self { start: self.start + days, end: self.end + days }
    }

    /// The middle day.
    pub fn centre(&self) -> Day {
        (self.start + self.end) / 2.0
    }

    fn clamped(self) -> Self {
        let span = self.span().clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        let centre = self.centre();
        Self { start: centre - span / 2.0, end: centre + span / 2.0 }
    }
}

/// The least room between two tick labels, in pixels.
pub const MIN_TICK_GAP_PX: f64 = 44.0;

/// The step between ticks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TickUnit {
    /// Every ten years.
    Decade,
    /// Every year.
    Year,
    /// Every three months.
    Quarter,
    /// Every month.
    Month,
}

/// A tick on the time axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Its day.
    pub day: Day,
    /// Its label.
    pub label: String,
    /// Whether it starts a year (drawn stronger).
    pub major: bool,
}

/// The finest unit whose labels stay at least `min_gap` pixels apart, so they never collide.
pub fn tick_unit(window: &TimeWindow, width: f64, min_gap: f64) -> TickUnit {
    let px_per_day = width / window.span();
    [(TickUnit::Month, 30.4), (TickUnit::Quarter, 91.3), (TickUnit::Year, 365.25)]
        .into_iter()
        .find(|(_, days)| days * px_per_day >= min_gap)
        .map_or(TickUnit::Decade, |(unit, _)| unit)
}

/// The ticks inside `window` for a track `width` pixels wide.
pub fn ticks(window: &TimeWindow, width: f64, lang: Lang) -> Vec<Tick> {
    let unit = tick_unit(window, width, MIN_TICK_GAP_PX);
    let first = Date::from_days_since_epoch(window.start.floor() as i64);
    let (step_months, mut year, mut month) = match unit {
        TickUnit::Decade => (120, first.year - first.year.rem_euclid(10), 1),
        TickUnit::Year => (12, first.year, 1),
        TickUnit::Quarter => (3, first.year, 1),
        TickUnit::Month => (1, first.year, first.month),
    };
    let mut out = Vec::new();
    // A window of at most thirty years holds at most 361 month ticks.
    for _ in 0..400 {
        let Some(date) = Date::first_of_month(year, month) else { break };
        let d = day(date);
        if d > window.end {
            break;
        }
        if d >= window.start {
            let label = match unit {
                TickUnit::Decade | TickUnit::Year => year.to_string(),
                TickUnit::Quarter | TickUnit::Month if month == 1 => year.to_string(),
                TickUnit::Quarter | TickUnit::Month => i18n::month_short(lang, month).to_owned(),
            };
            out.push(Tick { day: d, label, major: month == 1 });
        }
        let next = i32::from(month) - 1 + step_months;
        year += next.div_euclid(12);
        month = (next.rem_euclid(12) + 1) as u8;
    }
    out
}

/// How a mark is drawn, by the precision of its date.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MarkShape {
    /// A day: a point.
    Point {
        /// Its x.
        x: f64,
    },
    /// A month, season or year: a band over its extent.
    Band {
        /// Left edge.
        x0: f64,
        /// Right edge.
        x1: f64,
    },
    /// A period: a bar from its start to its end (open ends run to the letter's date or
    /// beyond the track).
    Bar {
        /// Left edge.
        x0: f64,
        /// Right edge.
        x1: f64,
        /// Whether it has no end.
        open_end: bool,
    },
    /// A time relative to the letter: a soft band anchored at the letter's date.
    Soft {
        /// Left edge.
        x0: f64,
        /// Right edge.
        x1: f64,
    },
}

/// The shape of `event` on a track `width` pixels wide; `None` if it has no date at all.
pub fn mark_shape(event: &Event, window: &TimeWindow, width: f64) -> Option<MarkShape> {
    let start = event.start.map(day);
    let end = event.end.map(day);
    let x = |d: Day| window.x(d, width);
    Some(match (event.precision, start, end) {
        (_, None, None) => return None,
        (Precision::Day, Some(s), Some(e)) if e > s => MarkShape::Band { x0: x(s), x1: x(e + 1.0) },
        (Precision::Day, Some(d), _) | (Precision::Day, None, Some(d)) => MarkShape::Point { x: x(d) },
        (Precision::Period, Some(s), None) => MarkShape::Bar { x0: x(s), x1: width.max(x(s)), open_end: true },
        (Precision::Period, s, e) => {
            let (s, e) = (s.or(e).unwrap_or_default(), e.or(s).unwrap_or_default());
            MarkShape::Bar { x0: x(s), x1: x(e + 1.0), open_end: false }
        }
        (Precision::Relative, s, e) => {
            let (s, e) = (s.or(e).unwrap_or_default(), e.or(s).unwrap_or_default());
            MarkShape::Soft { x0: x(s), x1: x(e + 1.0).max(x(s) + 2.0) }
        }
        (_, s, e) => {
            let (s, e) = (s.or(e).unwrap_or_default(), e.or(s).unwrap_or_default());
            MarkShape::Band { x0: x(s), x1: x(e + 1.0) }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn event(precision: Precision, start: Option<&str>, end: Option<&str>) -> Event {
        Event {
            id: "ev-1".into(),
            text: String::new(),
            start: start.map(date),
            end: end.map(date),
            precision,
            relative_to_letter: false,
            sentence: "s-1".into(),
            missions: vec![],
            spans: vec![],
        }
    }

    fn window(a: &str, b: &str) -> TimeWindow {
        TimeWindow { start: day(date(a)), end: day(date(b)) }
    }

    #[test]
    fn ok_time_to_x_and_back() {
        let w = window("2017-01-01", "2018-01-01");
        assert_eq!(w.x(day(date("2017-01-01")), 365.0), 0.0);
        assert_eq!(w.x(day(date("2017-07-02")), 365.0), 182.0);
        assert_eq!(w.day_at(182.0, 365.0), day(date("2017-07-02")));
    }

    #[test]
    fn ok_zoom_keeps_anchor_and_clamps() {
        let w = window("2017-01-01", "2018-01-01");
        let anchor = day(date("2017-04-01"));
        let z = w.zoomed(2.0, anchor);
        assert!((z.span() - 182.5).abs() < 1e-9);
        assert!((z.x(anchor, 100.0) - w.x(anchor, 100.0)).abs() < 1e-9, "anchor stays under the pointer");
        assert!((w.zoomed(1e9, anchor).span() - MIN_SPAN_DAYS).abs() < 1e-6);
        assert!((w.zoomed(1e-9, anchor).span() - MAX_SPAN_DAYS).abs() < 1e-6);
    }

    #[test]
    fn ok_pan() {
        let w = window("2017-01-01", "2018-01-01").panned(10.0);
        assert_eq!(w.start, day(date("2017-01-11")));
    }

    #[test]
    fn ok_tick_unit_adapts_to_zoom() {
        assert_eq!(tick_unit(&window("2000-01-01", "2020-01-01"), 1400.0, 64.0), TickUnit::Year);
        assert_eq!(tick_unit(&window("1990-01-01", "2020-01-01"), 300.0, 64.0), TickUnit::Decade);
        assert_eq!(tick_unit(&window("2017-01-01", "2019-01-01"), 800.0, 64.0), TickUnit::Quarter);
        assert_eq!(tick_unit(&window("2017-06-01", "2018-01-01"), 800.0, 64.0), TickUnit::Month);
    }

    #[test]
    fn ok_ticks_never_collide() {
        for (a, b, width) in [
            ("2001-01-01", "2019-01-01", 1200.0),
            ("2017-06-01", "2018-02-01", 360.0),
            ("2016-01-01", "2019-01-01", 900.0),
        ] {
            let w = window(a, b);
            let ticks = ticks(&w, width, Lang::En);
            assert!(!ticks.is_empty());
            for pair in ticks.windows(2) {
                assert!(
                    w.x(pair[1].day, width) - w.x(pair[0].day, width) >= MIN_TICK_GAP_PX - 1e-9,
                    "{a}..{b}: {pair:?}"
                );
            }
        }
    }

    #[test]
    fn ok_tick_labels() {
        let ticks = ticks(&window("2017-10-15", "2018-03-01"), 600.0, Lang::Nl);
        let labels: Vec<&str> = ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, vec!["nov", "dec", "2018", "feb", "mrt"]);
        assert!(ticks[2].major);
    }

    #[test]
    fn ok_mark_shapes_follow_precision() {
        let w = window("2017-01-01", "2019-01-01");
        let day_mark = mark_shape(&event(Precision::Day, Some("2018-01-01"), Some("2018-01-01")), &w, 730.0);
        assert!(matches!(day_mark, Some(MarkShape::Point { x }) if (x - 365.0).abs() < 1e-9));
        assert!(matches!(
            mark_shape(&event(Precision::Season, Some("2017-09-01"), Some("2017-11-30")), &w, 730.0),
            Some(MarkShape::Band { .. })
        ));
        assert!(matches!(
            mark_shape(&event(Precision::Period, Some("2014-01-01"), None), &w, 730.0),
            Some(MarkShape::Bar { open_end: true, .. })
        ));
        assert!(matches!(
            mark_shape(&event(Precision::Relative, Some("2017-09-04"), Some("2017-12-04")), &w, 730.0),
            Some(MarkShape::Soft { .. })
        ));
        assert!(matches!(
            mark_shape(&event(Precision::Day, Some("2016-07-08"), Some("2016-07-09")), &w, 730.0),
            Some(MarkShape::Band { .. })
        ));
        assert_eq!(mark_shape(&event(Precision::Year, None, None), &w, 730.0), None);
    }

    #[test]
    fn ok_fitting_window_covers_all_events() {
        let events = vec![
            event(Precision::Day, Some("2001-09-04"), None),
            event(Precision::Year, Some("2018-01-01"), Some("2018-12-31")),
        ];
        let w = TimeWindow::fitting(&events, Some(date("2017-09-04")));
        assert!(w.start < day(date("2001-09-04")) && w.end > day(date("2018-12-31")));
    }
}
