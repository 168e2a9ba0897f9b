//! Timeline maths: time to x, zoom and pan, tick choice, and where a label goes so that it
//! stays inside its bar or under it, never over its neighbour.

use kamerbrief::Date;

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

    /// The same centre, with the span held between [`MIN_SPAN_DAYS`] and [`MAX_SPAN_DAYS`].
    pub fn clamped(self) -> Self {
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

/// The font size of labels on period bars, in pixels.
pub const LABEL_FONT_PX: f64 = 12.0;
/// The font size of labels in decision windows, which are lower than bars.
pub const SMALL_FONT_PX: f64 = 11.0;
/// Room kept between a label and the edges of its bar, in pixels.
pub const LABEL_PAD_PX: f64 = 6.0;

/// About how wide one character is, in ems. The figures are DejaVu Sans's (the widest
/// common sans-serif, the one headless Chromium on Linux falls back to), so on other fonts
/// the estimate errs wide and a label never runs past its room.
fn char_em(c: char) -> f64 {
    // Labels on bars are semibold, a tenth wider than regular.
    1.1 * match c {
        'i' | 'l' | 'j' | '.' | ',' | '\'' | '’' | '‘' | ':' | ';' | '|' | '!' | ' ' | 'I' => 0.33,
        'f' | 't' | 'r' | '(' | ')' | '-' | '/' => 0.43,
        'm' | 'w' | 'M' | 'W' | '—' => 1.0,
        c if c.is_uppercase() => 0.74,
        c if c.is_ascii_digit() => 0.64,
        _ => 0.63,
    }
}

/// About how wide `text` is at `font_px`, in pixels, erring wide.
pub fn text_width(text: &str, font_px: f64) -> f64 {
    text.chars().map(char_em).sum::<f64>() * font_px
}

/// `text` cut to fit `room` pixels, ending in an ellipsis when cut; `None` when not even
/// three characters fit.
pub fn truncate(text: &str, room: f64, font_px: f64) -> Option<String> {
    if text_width(text, font_px) <= room {
        return Some(text.to_owned());
    }
    let mut used = text_width("…", font_px);
    let mut kept = String::new();
    for c in text.chars() {
        used += char_em(c) * font_px;
        if used > room {
            break;
        }
        kept.push(c);
    }
    let kept = kept.trim_end_matches([' ', ',', ';', ':']);
    (kept.chars().count() >= 3).then(|| format!("{kept}…"))
}

/// `label` cut to fit `room` pixels, keeping its last `tail` bytes whole where it can: the
/// items of `F-16’s, trainers ter ondersteuning, from 1 January 2018` are cut before its
/// period is. Falls back to [`truncate`] when the tail alone leaves no room.
pub fn truncate_keeping(label: &str, tail: usize, room: f64, font_px: f64) -> Option<String> {
    if text_width(label, font_px) <= room {
        return Some(label.to_owned());
    }
    let split = label.len().saturating_sub(tail);
    if tail > 0 && label.is_char_boundary(split) {
        let (head, tail) = label.split_at(split);
        if let Some(head) = truncate(head, room - text_width(tail, font_px), font_px) {
            return Some(format!("{head}{tail}"));
        }
    }
    truncate(label, room, font_px)
}

/// Where a label stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelPlace {
    /// On the bar itself.
    Inside,
    /// On the line under the bar.
    Below,
}

/// A label placed on the track.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelFit {
    /// Where its text starts.
    pub x: f64,
    /// The text, cut with an ellipsis if it had to be.
    pub text: String,
    /// On or under its bar.
    pub place: LabelPlace,
}

/// Where the label of a mark drawn from `x0` to `x1` goes, on a track `width` pixels wide
/// whose next mark in the same row starts at `next_x0`: on the visible part of the bar when
/// it fits there whole, or half of it does; else on the line under it, up to the next mark;
/// cut with an ellipsis where it must be, to whichever of the two has more room, keeping the last `tail` bytes (see
/// [`truncate_keeping`]). `None` when the bar is off the track or not even three letters
/// fit. Bars in a row never overlap, so labels placed this way never run into each other.
pub fn fit_label(
    label: &str,
    tail: usize,
    x0: f64,
    x1: f64,
    next_x0: f64,
    width: f64,
    font_px: f64,
) -> Option<LabelFit> {
    let (left, right) = (x0.max(0.0), x1.min(width));
    if right <= left {
        return None;
    }
    let inside = right - left - 2.0 * LABEL_PAD_PX;
    let below = next_x0.min(width) - left - LABEL_PAD_PX;
    let full = text_width(label, font_px);
    // A label cut on its bar reads better than one set apart under it, as long as the cut
    // keeps at least half of it.
    let (room, place) = if full <= inside || inside >= below || inside >= full / 2.0 {
        (inside, LabelPlace::Inside)
    } else {
        (below, LabelPlace::Below)
    };
    let x = match place {
        LabelPlace::Inside => left + LABEL_PAD_PX,
        LabelPlace::Below => left + 1.0,
    };
    Some(LabelFit { x, text: truncate_keeping(label, tail, room, font_px)?, place })
}

/// Where a flag's text of `text_width` pixels starts beside a vertical line at `x`: to its
/// right, or to its left when it would run off a track `width` pixels wide.
pub fn flag_x(x: f64, text_width: f64, width: f64) -> f64 {
    if x + 4.0 + text_width <= width { x + 4.0 } else { (x - 4.0 - text_width).max(0.0) }
}
#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        s.parse().unwrap()
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
    fn ok_window_clamps_its_span() {
        let w = window("2017-01-01", "2017-01-02").clamped();
        assert!((w.span() - MIN_SPAN_DAYS).abs() < 1e-9);
    }

    #[test]
    fn ok_label_fits_inside_a_long_bar() {
        let fit =
            fit_label("F-16’s, from 1 January 2018", 0, 100.0, 600.0, f64::INFINITY, 1000.0, LABEL_FONT_PX).unwrap();
        assert_eq!(fit, LabelFit { x: 106.0, text: "F-16’s, from 1 January 2018".into(), place: LabelPlace::Inside });
    }

    #[test]
    fn ok_label_of_a_short_bar_goes_below_up_to_the_next_mark() {
        let fit = fit_label("decision: soon", 0, 100.0, 130.0, 400.0, 1000.0, SMALL_FONT_PX).unwrap();
        assert_eq!(fit.place, LabelPlace::Below);
        assert_eq!(fit.text, "decision: soon");
        let cut = fit_label("decision: this autumn", 0, 100.0, 130.0, 160.0, 1000.0, SMALL_FONT_PX).unwrap();
        assert!(cut.text.ends_with('…'), "{cut:?}");
        assert!(cut.x + text_width(&cut.text, SMALL_FONT_PX) <= 160.0, "stops before the next mark: {cut:?}");
    }

    #[test]
    fn ok_a_long_label_is_cut_on_its_bar_rather_than_set_below() {
        let label = "F-16’s, trainers ter ondersteuning van de Iraakse troepen, from 1 January 2018";
        let tail = ", from 1 January 2018".len();
        let fit = fit_label(label, tail, 0.0, 400.0, f64::INFINITY, 1000.0, LABEL_FONT_PX).unwrap();
        assert_eq!(fit.place, LabelPlace::Inside);
        assert!(fit.text.ends_with("…, from 1 January 2018"), "{fit:?}");
    }

    #[test]
    fn ok_label_follows_a_bar_that_starts_off_the_track() {
        let fit = fit_label("Contribution in 2018", 0, -500.0, 300.0, f64::INFINITY, 800.0, LABEL_FONT_PX).unwrap();
        assert_eq!(fit.x, LABEL_PAD_PX);
        assert_eq!(fit_label("Contribution in 2018", 0, -500.0, -10.0, f64::INFINITY, 800.0, LABEL_FONT_PX), None);
        assert_eq!(fit_label("Contribution in 2018", 0, 810.0, 900.0, f64::INFINITY, 800.0, LABEL_FONT_PX), None);
    }

    #[test]
    fn ok_labels_in_a_row_never_overlap() {
        // Bars side by side in one row, at many zoom levels: each label stays left of the
        // next bar's label.
        let bars = [(0.0, 0.09), (0.1, 0.12), (0.13, 0.5), (0.52, 0.53), (0.6, 1.4)];
        for width in [200.0, 390.0, 640.0, 1000.0, 1600.0, 4000.0] {
            let fits: Vec<Option<LabelFit>> = bars
                .iter()
                .enumerate()
                .map(|(i, (a, b))| {
                    let next = bars.get(i + 1).map_or(f64::INFINITY, |n| n.0 * width);
                    fit_label(
                        "F-16’s, trainers ter ondersteuning, vanaf 1 januari 2018",
                        22,
                        a * width,
                        b * width,
                        next,
                        width,
                        12.0,
                    )
                })
                .collect();
            for (i, fit) in fits.iter().enumerate() {
                let Some(fit) = fit else { continue };
                let end = fit.x + text_width(&fit.text, 12.0);
                assert!(end <= width + 1e-9, "{width}: {fit:?} runs off the track");
                let (a, b) = bars[i];
                if fit.place == LabelPlace::Inside {
                    assert!(end <= b * width - LABEL_PAD_PX + 1e-9, "{width}: {fit:?} runs out of its bar");
                }
                if let Some((next, _)) = bars.get(i + 1) {
                    assert!(end <= next * width, "{width}: {fit:?} runs into the next bar");
                }
                assert!(fit.x >= a * width);
            }
        }
    }

    #[test]
    fn ok_truncate_keeps_whole_text_or_cuts_with_an_ellipsis() {
        assert_eq!(truncate("in 2018", 500.0, 12.0).as_deref(), Some("in 2018"));
        let cut = truncate("trainers ter ondersteuning", 80.0, 12.0).unwrap();
        assert!(cut.ends_with('…') && text_width(&cut, 12.0) <= 80.0, "{cut}");
        assert_eq!(truncate("trainers", 10.0, 12.0), None);
    }

    #[test]
    fn ok_truncate_cuts_the_items_before_the_period() {
        let label = "F-16’s, trainers ter ondersteuning van de Iraakse troepen, from 1 January 2018";
        let tail = ", from 1 January 2018".len();
        let cut = truncate_keeping(label, tail, 300.0, 12.0).unwrap();
        assert!(cut.starts_with("F-16’s, trainers") && cut.ends_with("…, from 1 January 2018"), "{cut}");
        assert!(text_width(&cut, 12.0) <= 300.0);
        let tiny = truncate_keeping(label, tail, 60.0, 12.0).unwrap();
        assert!(tiny.starts_with("F-1") && tiny.ends_with('…'), "{tiny}");
    }

    #[test]
    fn ok_flag_flips_at_the_right_edge() {
        assert_eq!(flag_x(100.0, 50.0, 800.0), 104.0);
        assert_eq!(flag_x(780.0, 50.0, 800.0), 726.0);
    }
}
