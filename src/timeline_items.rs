//! What the timeline draws, as plain data: per mission a lane of labelled items. A
//! commitment's period is a bar, a pending decision a window, an earlier event a tick. Each
//! item carries its visible label, its accessible name, its dates in words and the sentences
//! it rests on, in the interface language. References and vague context are left off: they
//! commit to nothing.

use kamerbrief::{
    Commitment, DateRole, Event, EventId, Interval, Letter, MissionId, Precision, SentenceId, Status, TextRange,
};

use crate::i18n::{self, Text, t};
use crate::query::Lang;
use crate::timeline_scale::{Day, TimeWindow, day};

/// How an item is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MarkKind {
    /// A commitment's period: a bar.
    Period,
    /// The window in which a pending decision is due: a dashed window.
    Decision,
    /// Something that happened: a tick.
    History,
}

impl MarkKind {
    /// The name in `data-kind` attributes and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            MarkKind::Period => "period",
            MarkKind::Decision => "decision",
            MarkKind::History => "history",
        }
    }

    /// What the mark is, in words.
    pub fn name(self, lang: Lang) -> &'static str {
        t(
            lang,
            match self {
                MarkKind::Period => Text::TimelineKindPeriod,
                MarkKind::Decision => Text::TimelineKindDecision,
                MarkKind::History => Text::TimelineKindHistory,
            },
        )
    }
}

/// A sentence to quote for an item, and the ranges in it to mark.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The sentence.
    pub sentence: SentenceId,
    /// The ranges of its text that the item rests on.
    pub ranges: Vec<TextRange>,
}

/// One thing on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Unique within the chart.
    pub key: String,
    /// What a link's `sel=` names: the commitment for its period (`c-1`), its decision window
    /// (`c-1-due`), or the expression of an earlier event (`ev-24`). Unique within the letter,
    /// where an expression such as `op korte termijn` may date several commitments.
    pub sel: String,
    /// The commitment it belongs to, if any.
    pub commitment: Option<kamerbrief::CommitmentId>,
    /// The expression it was read from.
    pub event: Option<EventId>,
    /// The mission.
    pub mission: MissionId,
    /// How it is drawn.
    pub kind: MarkKind,
    /// The first day.
    pub start: kamerbrief::Date,
    /// The last day (inclusive); `None` for an open end.
    pub end: Option<kamerbrief::Date>,
    /// The text drawn on the timeline.
    pub label: String,
    /// How many bytes at the end of the label to keep when it must be cut: the period
    /// phrase after the items, so that a cut label still says when.
    pub tail: usize,
    /// Its dates in words.
    pub dates: String,
    /// Where the dates come from, when worth saying: `read from ‘op korte termijn’ …`.
    pub provenance: Option<String>,
    /// The accessible name of its mark: mission, label, kind, dates and provenance.
    pub name: String,
    /// The sentences it rests on.
    pub quotes: Vec<Quote>,
    /// The row of its lane it is drawn in (periods and decisions; ticks have their own strip).
    pub row: usize,
}

impl Item {
    /// The last day it covers on the chart: its end, or the horizon for an open end.
    pub fn end_or(&self, horizon: kamerbrief::Date) -> kamerbrief::Date {
        self.end.unwrap_or(horizon.max(self.start))
    }
}

/// A mission's lane.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineLane {
    /// The mission.
    pub mission: MissionId,
    /// The mission's name.
    pub name: String,
    /// Its status in words.
    pub status: String,
    /// `nato`, `eu`, … for the colour.
    pub frame: &'static str,
    /// Its items, by date.
    pub items: Vec<Item>,
    /// How many rows its periods and decisions take (at least one).
    pub rows: usize,
}

/// The last day of the letter's horizon: the end of the latest year that a commitment's
/// period or a decision's window reaches, or the letter's own year. Open ends are drawn up
/// to here, fading.
pub fn horizon(letter: &Letter) -> Option<kamerbrief::Date> {
    let intervals = letter.commitments.iter().flat_map(|c| c.period.iter().chain(c.decision.due.iter()));
    let year = intervals.flat_map(|i| [i.start, i.end]).flatten().chain(letter.meta.date).map(|d| d.year).max()?;
    kamerbrief::Date::new(year, 12, 31)
}

/// The lanes of these missions, in this order; ids the letter does not know are skipped.
pub fn lanes(letter: &Letter, missions: &[MissionId], lang: Lang) -> Vec<TimelineLane> {
    let letter_date = letter.meta.date;
    let horizon = horizon(letter)
        // Without dated commitments or a letter date there is no mark for a horizon to end.
        .unwrap_or_else(|| kamerbrief::Date::from_days_since_epoch(0));
    missions
        .iter()
        .filter_map(|id| letter.mission(id))
        .map(|mission| {
            let name = crate::mission_facts::display_name(mission, lang);
            let mut items: Vec<Item> = Vec::new();
            for commitment in letter.commitments_of(mission) {
                if let Some(item) = period_item(lang, name, commitment, letter_date) {
                    items.push(item);
                }
                if let Some(item) = decision_item(lang, name, commitment, letter_date) {
                    items.push(item);
                }
            }
            let history = letter.events_of(&mission.events).filter(|e| e.role == DateRole::History);
            items.extend(history.filter_map(|e| history_item(lang, name, &mission.id, e)));
            kamerbrief::sort::sort_by_key(&mut items, |i| (i.start, i.kind, i.key.clone()));
            let spans: Vec<(Day, Day)> = items
                .iter()
                .map(|i| match i.kind {
                    MarkKind::History => (f64::NAN, f64::NAN),
                    _ => (day(i.start), day(i.end_or(horizon)) + 1.0),
                })
                .collect();
            let rows = pack_rows(&spans);
            for (item, row) in items.iter_mut().zip(&rows) {
                item.row = *row;
            }
            TimelineLane {
                mission: mission.id.clone(),
                name: name.to_owned(),
                status: i18n::status(lang, mission.status).to_owned(),
                frame: mission.frame.as_str(),
                rows: rows.iter().copied().max().map_or(1, |r| r + 1),
                items,
            }
        })
        .collect()
}

/// Rows for intervals `(start, end)` so that no two in a row overlap: each goes into the
/// first row free at its start, in order of start. NaN intervals (ticks) get row 0 and
/// block nothing.
pub fn pack_rows(spans: &[(Day, Day)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..spans.len()).collect();
    kamerbrief::sort::sort_by(&mut order, |a, b| spans[*a].0.total_cmp(&spans[*b].0));
    let mut row_ends: Vec<Day> = Vec::new();
    let mut rows = vec![0; spans.len()];
    for i in order {
        let (start, end) = spans[i];
        if start.is_nan() {
            continue;
        }
        let row = match row_ends.iter().position(|e| *e <= start) {
            Some(row) => row,
            None => {
                row_ends.push(f64::NEG_INFINITY);
                row_ends.len() - 1
            }
        };
        row_ends[row] = end;
        rows[i] = row;
    }
    rows
}

/// The window a chart opens on: the commitments' periods (open ends up to `horizon`), the
/// decisions' windows and the letter's date, plus earlier events that lie within a year
/// before those, with a margin. Long-past history stays a pan away.
pub fn default_window(
    lanes: &[TimelineLane],
    letter: Option<kamerbrief::Date>,
    horizon: kamerbrief::Date,
) -> TimeWindow {
    let items = || lanes.iter().flat_map(|l| &l.items);
    let core = items()
        .filter(|i| i.kind != MarkKind::History)
        .flat_map(|i| [day(i.start), day(i.end_or(horizon)) + 1.0])
        .chain(letter.map(day));
    let (lo, hi) = bounds(core);
    let (lo, hi) = if lo.is_finite() {
        let near = items()
            .filter(|i| i.kind == MarkKind::History)
            .flat_map(|i| [day(i.start), day(i.end_or(i.start)) + 1.0])
            .filter(|d| *d >= lo - 365.0);
        let (near_lo, near_hi) = bounds(near);
        (lo.min(near_lo), hi.max(near_hi))
    } else {
        bounds(items().flat_map(|i| [day(i.start), day(i.end_or(i.start)) + 1.0]))
    };
    if !lo.is_finite() {
        let today = letter.map_or(17_500.0, day);
        return TimeWindow { start: today - 365.0, end: today + 365.0 };
    }
    // The left margin shows a little of the time before the letter; the right one leaves
    // room for an open end's fading cap.
    let span = hi - lo;
    TimeWindow { start: lo - (span * 0.12).max(30.0), end: hi + (span * 0.08).max(30.0) }.clamped()
}

fn bounds(days: impl Iterator<Item = Day>) -> (Day, Day) {
    days.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), d| (lo.min(d), hi.max(d)))
}

/// The items of a lane in the order a list reads them: by start, then periods before
/// decisions before history.
pub fn list_order(lane: &TimelineLane) -> Vec<&Item> {
    let mut items: Vec<&Item> = lane.items.iter().collect();
    kamerbrief::sort::sort_by_key(&mut items, |i| (i.start, i.kind, i.end));
    items
}

/// A stretch of days in words, as a label says it: `from 1 January 2018`, `in 2018`,
/// `in March 2018`, `on 4 September 2017`, `1 March 2018 – 30 June 2018`.
pub fn period_phrase(lang: Lang, start: Option<kamerbrief::Date>, end: Option<kamerbrief::Date>) -> String {
    let long = |d| i18n::long_date(lang, d);
    match (start, end) {
        (Some(s), None) => format!("{} {}", lang.pick("vanaf", "from"), long(s)),
        (None, Some(e)) => format!("{} {}", lang.pick("tot en met", "until"), long(e)),
        (None, None) => String::new(),
        (Some(s), Some(e)) if s == e => format!("{} {}", lang.pick("op", "on"), long(s)),
        (Some(s), Some(e)) if s.year == e.year && (s.month, s.day, e.month, e.day) == (1, 1, 12, 31) => {
            format!("in {}", s.year)
        }
        (Some(s), Some(e))
            if s.year == e.year
                && s.month == e.month
                && s.day == 1
                && Some(e) == kamerbrief::Date::last_of_month(e.year, e.month) =>
        {
            format!("in {} {}", i18n::month_name(lang, s.month), s.year)
        }
        (Some(s), Some(e)) => format!("{} – {}", long(s), long(e)),
    }
}

/// Dates in words for the detail and the list: `1 January 2018 – open end`.
pub fn dates_in_words(lang: Lang, start: kamerbrief::Date, end: Option<kamerbrief::Date>) -> String {
    let long = |d| i18n::long_date(lang, d);
    match end {
        None => format!("{} – {}", long(start), t(lang, Text::TimelineOpenEnd).to_lowercase()),
        Some(e) if e == start => long(start),
        Some(e) => format!("{} – {}", long(start), long(e)),
    }
}

/// A commitment period's label: its items and its period (`F-16’s, from 1 January 2018`),
/// or, with no items, the decision's state and the period (`Contribution in 2018`).
pub fn period_label(lang: Lang, commitment: &Commitment) -> Option<String> {
    period_label_and_tail(lang, commitment).map(|(label, _)| label)
}

/// [`period_label`], and the length of its period phrase after the items (0 without items).
fn period_label_and_tail(lang: Lang, commitment: &Commitment) -> Option<(String, usize)> {
    let period = commitment.period.as_ref()?;
    let phrase = period_phrase(lang, period.start, period.end);
    let mut items: Vec<&str> = Vec::new();
    for item in &commitment.items {
        if !items.contains(&item.text.as_str()) {
            items.push(&item.text);
        }
    }
    Some(if items.is_empty() {
        let noun = match commitment.decision.state {
            Status::Continuing => lang.pick("Voortgezet", "Continued"),
            state if state.is_pending() => lang.pick("Beoogde bijdrage", "Intended contribution"),
            Status::Declined => lang.pick("Geen bijdrage", "No contribution"),
            _ => lang.pick("Bijdrage", "Contribution"),
        };
        (format!("{noun} {phrase}"), 0)
    } else {
        let tail = format!(", {phrase}");
        (format!("{}{tail}", items.join(", ")), tail.len())
    })
}

/// When a decision is due, in words: in Dutch as the letter words it (`op korte termijn`,
/// `dit najaar`); in English from the window (`soon`, `this autumn`, `in 2018`).
pub fn due_phrase(lang: Lang, due: &Interval, letter: Option<kamerbrief::Date>) -> String {
    if lang == Lang::Nl && !due.text.trim().is_empty() {
        return lower_first(due.text.trim());
    }
    match (due.precision, due.start) {
        (Precision::Relative, _) if lang == Lang::En => "soon".to_owned(),
        (Precision::Season, Some(start)) => {
            let season = season_name(lang, start.month);
            if due.relative_to_letter && letter.is_some_and(|l| l.year == start.year) {
                format!("{} {season}", lang.pick("dit", "this"))
            } else {
                format!("{season} {}", start.year)
            }
        }
        _ => period_phrase(lang, due.start, due.end),
    }
}

/// A decision window's label: `decision: soon`, `besluit: op korte termijn`.
pub fn decision_label(lang: Lang, due: &Interval, letter: Option<kamerbrief::Date>) -> String {
    format!("{}: {}", t(lang, Text::TimelineDecision), due_phrase(lang, due, letter))
}

/// Where an interval's dates come from: the expression as written, and whether they were
/// worked out from the letter's date or taken from what the letter as a whole covers.
pub fn provenance(lang: Lang, interval: &Interval) -> String {
    let text = interval.text.trim();
    if interval.from_letter_scope {
        i18n::read_from_scope(lang, text)
    } else if interval.relative_to_letter {
        format!("{} {}", i18n::read_from(lang, text), lang.pick("en de datum van de brief", "and the letter's date"))
    } else {
        i18n::read_from(lang, text)
    }
}

fn season_name(lang: Lang, month: u8) -> &'static str {
    match month {
        3..=5 => lang.pick("voorjaar", "spring"),
        6..=8 => lang.pick("zomer", "summer"),
        9..=11 => lang.pick("najaar", "autumn"),
        _ => lang.pick("winter", "winter"),
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Adds `range` in `sentence` to the quotes, keeping one quote per sentence.
fn quote(quotes: &mut Vec<Quote>, sentence: &SentenceId, range: TextRange) {
    match quotes.iter_mut().find(|q| &q.sentence == sentence) {
        Some(q) if !q.ranges.contains(&range) => q.ranges.push(range),
        Some(_) => {}
        None => quotes.push(Quote { sentence: sentence.clone(), ranges: vec![range] }),
    }
}

fn accessible_name(
    lang: Lang,
    mission: &str,
    kind: MarkKind,
    label: &str,
    dates: &str,
    provenance: Option<&str>,
) -> String {
    let mut name = format!("{mission}: {label}. {}, {dates}", kind.name(lang));
    if let Some(p) = provenance {
        name.push_str("; ");
        name.push_str(p);
    }
    name
}

/// The bar of a commitment's period, if it has one.
pub fn period_item(
    lang: Lang,
    mission: &str,
    commitment: &Commitment,
    letter: Option<kamerbrief::Date>,
) -> Option<Item> {
    let period = commitment.period.as_ref()?;
    let start = period.start.or(letter.filter(|l| period.end.is_none_or(|e| *l <= e))).or(period.end)?;
    let (label, tail) = period_label_and_tail(lang, commitment)?;
    let dates = dates_in_words(lang, start, period.end);
    let provenance = provenance(lang, period);
    let mut quotes = Vec::new();
    for item in &commitment.items {
        quote(&mut quotes, &item.evidence.sentence, item.evidence.range);
    }
    quote(&mut quotes, &period.evidence.sentence, period.evidence.range);
    Some(Item {
        key: commitment.id.to_string(),
        sel: commitment.id.to_string(),
        commitment: Some(commitment.id.clone()),
        event: Some(period.event.clone()),
        mission: commitment.mission.clone(),
        kind: MarkKind::Period,
        start,
        end: period.end,
        name: accessible_name(lang, mission, MarkKind::Period, &label, &dates, Some(&provenance)),
        label,
        tail,
        dates,
        provenance: Some(provenance),
        quotes,
        row: 0,
    })
}

/// The window of a commitment's pending decision, if the letter says when it is due.
pub fn decision_item(
    lang: Lang,
    mission: &str,
    commitment: &Commitment,
    letter: Option<kamerbrief::Date>,
) -> Option<Item> {
    let due = commitment.decision.due.as_ref()?;
    let start = due.start.or(due.end)?;
    let label = decision_label(lang, due, letter);
    let dates = dates_in_words(lang, start, due.end.or(Some(start)));
    let provenance = provenance(lang, due);
    let mut quotes = Vec::new();
    if let Some(evidence) = &commitment.decision.evidence {
        quote(&mut quotes, &evidence.sentence, evidence.range);
    }
    quote(&mut quotes, &due.evidence.sentence, due.evidence.range);
    Some(Item {
        key: format!("{}/{}", commitment.id, due.event),
        sel: format!("{}-due", commitment.id),
        commitment: Some(commitment.id.clone()),
        event: Some(due.event.clone()),
        mission: commitment.mission.clone(),
        kind: MarkKind::Decision,
        start,
        end: Some(due.end.unwrap_or(start).max(start)),
        name: accessible_name(lang, mission, MarkKind::Decision, &label, &dates, Some(&provenance)),
        label,
        tail: 0,
        dates,
        provenance: Some(provenance),
        quotes,
        row: 0,
    })
}

/// The tick of something that happened, if it has a date.
pub fn history_item(lang: Lang, mission_name: &str, mission: &MissionId, event: &Event) -> Option<Item> {
    let start = event.start.or(event.end)?;
    let end = event.end.unwrap_or(start).max(start);
    let dates = dates_in_words(lang, start, Some(end));
    Some(Item {
        key: format!("{mission}/{}", event.id),
        sel: event.id.to_string(),
        commitment: None,
        event: Some(event.id.clone()),
        mission: mission.clone(),
        kind: MarkKind::History,
        start,
        end: Some(end),
        name: accessible_name(lang, mission_name, MarkKind::History, &event.text, &dates, None),
        label: event.text.clone(),
        tail: 0,
        dates,
        provenance: None,
        quotes: vec![Quote { sentence: event.sentence.clone(), ranges: vec![event.range] }],
        row: 0,
    })
}

/// The item a link's `sel=` names: see [`Item::sel`]. A commitment without a period falls back
/// to its decision window; an older link's expression id (`ev-33`) to the first item read from
/// that expression.
pub fn find<'a>(lanes: &'a [TimelineLane], sel: &str) -> Option<&'a Item> {
    let items = || lanes.iter().flat_map(|l| &l.items);
    let of_commitment = |i: &&Item| i.commitment.as_ref().is_some_and(|c| *c == sel);
    items()
        .find(|i| i.sel == sel)
        .or_else(|| items().find(of_commitment))
        .or_else(|| items().find(|i| i.event.as_ref().is_some_and(|e| *e == sel)))
}

#[cfg(test)]
mod tests {
    use kamerbrief::{Date, Decision, Evidence, Item as Contribution, ItemKind};

    use super::*;

    fn date(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn evidence() -> Evidence {
        Evidence { sentence: "s-1".into(), range: TextRange::new(0, 3), spans: vec![] }
    }

    fn interval(start: Option<&str>, end: Option<&str>, precision: Precision, text: &str) -> Interval {
        Interval {
            start: start.map(date),
            end: end.map(date),
            precision,
            relative_to_letter: matches!(precision, Precision::Relative | Precision::Season),
            text: text.to_owned(),
            event: "ev-1".into(),
            from_letter_scope: false,
            evidence: evidence(),
        }
    }

    fn commitment(items: &[&str], period: Option<Interval>, state: Status, due: Option<Interval>) -> Commitment {
        Commitment {
            id: "c-1".into(),
            mission: "counter-isis".into(),
            items: items
                .iter()
                .map(|t| Contribution { text: (*t).to_owned(), kind: Some(ItemKind::Military), evidence: evidence() })
                .collect(),
            period,
            decision: Decision { state, due, evidence: None },
            lead: None,
            partners: vec![],
            legal_basis: vec![],
            figures: vec![],
            sentences: vec![],
        }
    }

    const LETTER: Option<Date> = Some(Date { year: 2017, month: 9, day: 4 });

    #[test]
    fn ok_period_label_names_items_and_an_open_start() {
        let c = commitment(
            &["F-16’s", "trainers"],
            Some(interval(Some("2018-01-01"), None, Precision::Period, "vanaf 1 januari 2018")),
            Status::DecisionPending,
            None,
        );
        assert_eq!(period_label(Lang::En, &c).unwrap(), "F-16’s, trainers, from 1 January 2018");
        assert_eq!(period_label(Lang::Nl, &c).unwrap(), "F-16’s, trainers, vanaf 1 januari 2018");
    }

    #[test]
    fn ok_period_label_without_items_says_the_state() {
        let year = || Some(interval(Some("2018-01-01"), Some("2018-12-31"), Precision::Year, "in 2018"));
        assert_eq!(
            period_label(Lang::En, &commitment(&[], year(), Status::Decided, None)).unwrap(),
            "Contribution in 2018"
        );
        assert_eq!(
            period_label(Lang::Nl, &commitment(&[], year(), Status::Continuing, None)).unwrap(),
            "Voortgezet in 2018"
        );
        assert_eq!(period_label(Lang::En, &commitment(&[], None, Status::Ongoing, None)), None);
    }

    #[test]
    fn ok_period_phrases() {
        let p = |lang, a: Option<&str>, b: Option<&str>| period_phrase(lang, a.map(date), b.map(date));
        assert_eq!(p(Lang::En, Some("2018-03-01"), Some("2018-03-31")), "in March 2018");
        assert_eq!(p(Lang::Nl, Some("2017-09-04"), Some("2017-09-04")), "op 4 september 2017");
        assert_eq!(p(Lang::En, Some("2018-03-01"), Some("2018-06-30")), "1 March 2018 – 30 June 2018");
        assert_eq!(p(Lang::Nl, None, Some("2018-12-31")), "tot en met 31 december 2018");
    }

    #[test]
    fn ok_decision_labels_in_each_language() {
        let soon = interval(Some("2017-09-04"), Some("2017-12-04"), Precision::Relative, "Op korte termijn");
        assert_eq!(decision_label(Lang::En, &soon, LETTER), "decision: soon");
        assert_eq!(decision_label(Lang::Nl, &soon, LETTER), "besluit: op korte termijn");
        let autumn = interval(Some("2017-09-01"), Some("2017-11-30"), Precision::Season, "dit najaar");
        assert_eq!(decision_label(Lang::En, &autumn, LETTER), "decision: this autumn");
        assert_eq!(decision_label(Lang::Nl, &autumn, LETTER), "besluit: dit najaar");
    }

    #[test]
    fn ok_a_decision_window_says_it_was_inferred() {
        let soon = interval(Some("2017-09-04"), Some("2017-12-04"), Precision::Relative, "Op korte termijn");
        let c = commitment(&["F-16’s"], None, Status::DecisionPending, Some(soon));
        let item = decision_item(Lang::En, "Counter-ISIS", &c, LETTER).unwrap();
        assert_eq!(item.kind, MarkKind::Decision);
        assert_eq!((item.sel.as_str(), item.commitment.as_ref().map(|c| c.as_str())), ("c-1-due", Some("c-1")));
        assert_eq!(item.end, Some(date("2017-12-04")));
        assert!(item.name.contains("read from ‘Op korte termijn’ and the letter's date"), "{}", item.name);
        assert!(item.name.starts_with("Counter-ISIS: decision: soon. Decision window"), "{}", item.name);
    }

    #[test]
    fn ok_open_end_in_words() {
        assert_eq!(dates_in_words(Lang::En, date("2018-01-01"), None), "1 January 2018 – open end");
        assert_eq!(dates_in_words(Lang::Nl, date("2018-01-01"), Some(date("2018-01-01"))), "1 januari 2018");
    }

    #[test]
    fn ok_rows_keep_overlapping_intervals_apart() {
        let rows = pack_rows(&[(0.0, 10.0), (5.0, 20.0), (10.0, 12.0), (f64::NAN, f64::NAN), (21.0, 30.0)]);
        assert_eq!(rows, vec![0, 1, 0, 0, 0]);
    }

    fn lane(items: Vec<(MarkKind, &str, Option<&str>)>) -> TimelineLane {
        let items = items
            .into_iter()
            .enumerate()
            .map(|(n, (kind, start, end))| Item {
                key: format!("k{n}"),
                sel: format!("k{n}"),
                commitment: None,
                event: None,
                mission: "m".into(),
                kind,
                start: date(start),
                end: end.map(date),
                label: String::new(),
                tail: 0,
                dates: String::new(),
                provenance: None,
                name: String::new(),
                quotes: vec![],
                row: 0,
            })
            .collect();
        TimelineLane { mission: "m".into(), name: String::new(), status: String::new(), frame: "nato", items, rows: 1 }
    }

    #[test]
    fn ok_default_window_shows_the_horizon_and_recent_history_only() {
        let lanes = vec![lane(vec![
            (MarkKind::History, "2012-01-01", Some("2012-12-31")),
            (MarkKind::History, "2016-07-08", Some("2016-07-09")),
            (MarkKind::History, "2017-02-01", Some("2017-02-28")),
            (MarkKind::Decision, "2017-09-04", Some("2017-12-04")),
            (MarkKind::Period, "2018-01-01", None),
        ])];
        let w = default_window(&lanes, LETTER, date("2018-12-31"));
        assert!(w.start < day(date("2017-02-01")), "history within a year is in view");
        assert!(w.start > day(date("2016-07-09")), "older history is not");
        assert!(w.end > day(date("2018-12-31")) && w.end < day(date("2019-06-01")));
    }

    #[test]
    fn ok_default_window_without_commitments_uses_history() {
        let lanes = vec![lane(vec![(MarkKind::History, "2016-03-01", Some("2016-03-01"))])];
        let w = default_window(&lanes, None, date("2018-12-31"));
        assert!(w.start < day(date("2016-03-01")) && w.end > day(date("2016-03-01")));
    }

    #[test]
    fn ok_list_reads_by_date_periods_first() {
        let l = lane(vec![
            (MarkKind::History, "2018-01-01", Some("2018-01-01")),
            (MarkKind::Period, "2018-01-01", None),
            (MarkKind::Decision, "2017-09-04", Some("2017-12-04")),
        ]);
        let kinds: Vec<MarkKind> = list_order(&l).iter().map(|i| i.kind).collect();
        assert_eq!(kinds, vec![MarkKind::Decision, MarkKind::Period, MarkKind::History]);
    }
}

#[cfg(test)]
mod letter_tests {
    use super::*;

    fn all_lanes(lang: Lang) -> (Letter, Vec<TimelineLane>) {
        let letter = crate::embedded::letter().unwrap();
        let ids: Vec<MissionId> = letter.missions.iter().map(|m| m.id.clone()).collect();
        let lanes = lanes(&letter, &ids, lang);
        (letter, lanes)
    }

    #[test]
    fn ok_counter_isis_commits_f16s_from_2018_and_awaits_a_decision() {
        let (_, lanes) = all_lanes(Lang::En);
        let lane = lanes.iter().find(|l| l.mission == "counter-isis").unwrap();
        let period = lane.items.iter().find(|i| i.kind == MarkKind::Period).unwrap();
        assert!(period.label.starts_with("F-16’s"), "{}", period.label);
        assert!(period.label.ends_with("from 1 January 2018"), "{}", period.label);
        assert_eq!((period.start.to_string(), period.end), ("2018-01-01".to_owned(), None));
        let decision = lane.items.iter().find(|i| i.kind == MarkKind::Decision).unwrap();
        assert_eq!(decision.label, "decision: soon");
        assert!(decision.name.contains("read from ‘Op korte termijn’"), "{}", decision.name);
    }

    #[test]
    fn ok_lanes_name_missions_in_the_interface_language() {
        // The English timeline's lane said "Strijd tegen ISIS" although the lexicon has an English name.
        let lane = |lang| all_lanes(lang).1.into_iter().find(|l| l.mission == "counter-isis").unwrap();
        let english = lane(Lang::En);
        assert_eq!(english.name, "Fight against ISIS");
        assert!(english.items.iter().all(|i| i.name.starts_with("Fight against ISIS: ")));
        assert_eq!(lane(Lang::Nl).name, "Strijd tegen ISIS");
    }

    #[test]
    fn ok_no_bar_before_the_letters_year_and_no_reference_or_context() {
        // Bug: the old timeline drew every dated expression, so `t.o.v. 2016` made a bar in
        // 2016 in the counter-ISIS lane.
        let (letter, lanes) = all_lanes(Lang::Nl);
        for item in lanes.iter().flat_map(|l| &l.items) {
            if item.kind != MarkKind::History {
                assert!(item.start.year >= 2017, "{item:?}");
            }
            if let Some(event) = item.event.as_ref().and_then(|e| letter.event(e)) {
                assert!(!matches!(event.role, DateRole::Reference | DateRole::Context), "{item:?}");
            }
        }
    }

    #[test]
    fn ok_default_window_is_the_letters_horizon() {
        let (letter, lanes) = all_lanes(Lang::En);
        let horizon = horizon(&letter).unwrap();
        assert_eq!(horizon.to_string(), "2018-12-31");
        let w = default_window(&lanes, letter.meta.date, horizon);
        assert!(w.start > day("2017-01-01".parse().unwrap()) && w.start < day("2017-09-01".parse().unwrap()));
        assert!(w.end > day(horizon) && w.end < day("2019-04-01".parse().unwrap()));
    }

    #[test]
    fn ok_sel_finds_a_commitment_by_its_own_id_or_its_periods_expression() {
        let (letter, lanes) = all_lanes(Lang::En);
        let isis = letter.mission("counter-isis").unwrap();
        let commitment = letter.commitments_of(isis).next().unwrap();
        let by_id = find(&lanes, &commitment.id).unwrap();
        assert_eq!(by_id.kind, MarkKind::Period);
        assert_eq!(by_id.sel, commitment.id.as_str());
        let due = find(&lanes, &format!("{}-due", commitment.id)).unwrap();
        assert_eq!(due.kind, MarkKind::Decision);
        // An older link names the expression the period was read from.
        let period_event = commitment.period.as_ref().unwrap().event.clone();
        assert_eq!(find(&lanes, &period_event).unwrap().key, by_id.key);
    }

    #[test]
    fn ok_every_sel_is_unique_in_the_letter() {
        let (_, lanes) = all_lanes(Lang::En);
        let mut sels: Vec<&str> = lanes.iter().flat_map(|l| &l.items).map(|i| i.sel.as_str()).collect();
        let count = sels.len();
        sels.sort_unstable();
        sels.dedup();
        assert_eq!(sels.len(), count);
    }
}
