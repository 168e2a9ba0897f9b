//! Exports of a [`Letter`]: the model as JSON, the commitments as CSV, and the commitments'
//! periods and decision windows as iCalendar. The CLI and the site build use them; the app's wasm leaves them out (the
//! `export` feature).
//!
//! Every export is deterministic: the same letter gives the same bytes, so a build's content
//! hashes only change when the letter or the parser does.

use chrono::{Days, NaiveDate, TimeZone, Utc};
use icalendar::{Calendar, Component, EventLike};

use crate::{Commitment, Date, Interval, Letter, Precision};

/// The formats [`export`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The whole model, as pretty-printed JSON.
    Json,
    /// One row per commitment.
    Csv,
    /// One all-day event per commitment period and decision window.
    Ics,
}

impl Format {
    /// Every format, in the order the CLI's usage names them.
    pub const ALL: [Format; 3] = [Format::Json, Format::Csv, Format::Ics];

    /// The name used on the command line, which is also the file extension.
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Ics => "ics",
        }
    }

    /// The format with this command-line name.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The media type a host should serve it with.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Csv => "text/csv; charset=utf-8",
            Format::Ics => "text/calendar; charset=utf-8",
        }
    }
}

/// Where exported rows and events link back to: the letter's page of a published site, such as
/// `https://example.org/missiekaart/letter/`. Sentence ids are appended as `#s-N` fragments.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Links {
    /// The URL of the letter view, ending in `/`.
    pub letter_page: Option<String>,
}

impl Links {
    fn sentence(&self, sentence: &str) -> Option<String> {
        self.letter_page.as_ref().map(|page| format!("{page}#{sentence}"))
    }
}

/// Writes `letter` in `format`.
pub fn export(letter: &Letter, format: Format, links: &Links) -> Result<String, String> {
    match format {
        Format::Json => serde_json::to_string_pretty(letter).map_err(|e| e.to_string()),
        Format::Csv => commitments_csv(letter, links),
        Format::Ics => Ok(commitments_ics(letter, links)),
    }
}

/// The CSV header, one column per field of [`commitments_csv`].
pub const COMMITMENT_COLUMNS: [&str; 21] = [
    "commitment",
    "mission",
    "mission_name",
    "mission_name_en",
    "organisation",
    "frame",
    "items",
    "item_kinds",
    "period_start",
    "period_end",
    "period_precision",
    "period_as_written",
    "period_from_letter_scope",
    "decision_state",
    "due_start",
    "due_end",
    "due_precision",
    "due_as_written",
    "lead",
    "partners",
    "evidence",
];

/// One row per commitment. Lists within a cell are joined by `"; "`; dates are ISO 8601; an
/// open end is an empty cell. `evidence` lists the sentences' URLs (or ids, without links).
pub fn commitments_csv(letter: &Letter, links: &Links) -> Result<String, String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(COMMITMENT_COLUMNS).map_err(|e| e.to_string())?;
    for commitment in &letter.commitments {
        writer.write_record(commitment_row(letter, commitment, links)).map_err(|e| e.to_string())?;
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

fn commitment_row(letter: &Letter, c: &Commitment, links: &Links) -> [String; 21] {
    let mission = letter.mission(&c.mission);
    let organisation = mission
        .and_then(|m| m.organisation.as_ref())
        .and_then(|id| letter.organisations.iter().find(|o| &o.id == id))
        .map(|o| o.name.clone())
        .unwrap_or_default();
    let place_name = |id: &str| letter.place(id).map_or_else(|| id.to_owned(), |p| p.name.clone());
    let date = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let interval = |i: Option<&Interval>| match i {
        Some(i) => [date(i.start), date(i.end), precision(i.precision).to_owned(), i.text.clone()],
        None => Default::default(),
    };
    let [period_start, period_end, period_precision, period_text] = interval(c.period.as_ref());
    let [due_start, due_end, due_precision, due_text] = interval(c.decision.due.as_ref());
    let evidence: Vec<String> =
        c.sentences.iter().map(|id| links.sentence(id).unwrap_or_else(|| id.to_string())).collect();
    let join = |parts: Vec<String>| parts.join("; ");
    [
        c.id.to_string(),
        c.mission.to_string(),
        mission.map(|m| m.name.clone()).unwrap_or_default(),
        mission.map(|m| m.name_en.clone()).unwrap_or_default(),
        organisation,
        mission.map(|m| m.frame.as_str().to_owned()).unwrap_or_default(),
        join(c.items.iter().map(|i| i.text.clone()).collect()),
        join(c.items.iter().map(|i| i.kind.map(|k| k.as_str().to_owned()).unwrap_or_default()).collect()),
        period_start,
        period_end,
        period_precision,
        period_text,
        c.period.as_ref().map(|p| p.from_letter_scope.to_string()).unwrap_or_default(),
        c.decision.state.as_str().to_owned(),
        due_start,
        due_end,
        due_precision,
        due_text,
        c.lead.as_ref().map(|p| place_name(&p.place)).unwrap_or_default(),
        join(c.partners.iter().map(|p| place_name(&p.place)).collect()),
        join(evidence),
    ]
}

fn precision(p: Precision) -> &'static str {
    match p {
        Precision::Day => "day",
        Precision::Week => "week",
        Precision::Month => "month",
        Precision::Quarter => "quarter",
        Precision::Season => "season",
        Precision::HalfYear => "half-year",
        Precision::Year => "year",
        Precision::Period => "period",
        Precision::Relative => "relative",
        Precision::Recurring => "recurring",
    }
}

/// One all-day event for every commitment's period and every pending decision's due window.
/// An open period is an event on its first day that says it has no end. A window read from a
/// relative expression (`op korte termijn`) says so. Each description quotes the sentence,
/// and its URL (when `links` has one) opens that sentence.
pub fn commitments_ics(letter: &Letter, links: &Links) -> String {
    let mut calendar = Calendar::new();
    calendar.name(&letter.meta.title);
    // The letter's date stamps every event, so the file is the same on every build.
    let stamp = letter
        .meta
        .date
        .and_then(naive)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|d| Utc.from_utc_datetime(&d))
        .unwrap_or_else(|| Utc.timestamp_opt(0, 0).single().unwrap_or_default());
    for c in &letter.commitments {
        let name = letter.mission(&c.mission).map_or(c.mission.as_str(), |m| m.name.as_str());
        let what = if c.items.is_empty() {
            "bijdrage".to_owned()
        } else {
            c.items.iter().map(|i| i.text.as_str()).collect::<Vec<_>>().join(", ")
        };
        let entries = [
            c.period.as_ref().map(|p| ("period", format!("{name}: {what} ({})", p.text), p)),
            c.decision.due.as_ref().map(|d| ("decision", format!("{name}: besluit ({})", d.text), d)),
        ];
        for (kind, summary, interval) in entries.into_iter().flatten() {
            let Some(start) = interval.start.and_then(naive) else { continue };
            let last = interval.end.and_then(naive).unwrap_or(start);
            // DTEND of an all-day event is exclusive: the day after the last.
            let end = last.checked_add_days(Days::new(1)).unwrap_or(last);
            let mut notes = Vec::new();
            if interval.end.is_none() {
                notes.push("Geen einddatum in de brief.".to_owned());
            }
            if interval.relative_to_letter {
                notes.push(format!("Afgeleid uit ‘{}’.", interval.text));
            }
            if interval.from_letter_scope {
                notes.push("Periode van de brief als geheel.".to_owned());
            }
            if let Some(sentence) = letter.sentence(&interval.evidence.sentence) {
                notes.push(format!("“{}”", sentence.text));
            }
            let mut entry = icalendar::Event::new();
            entry
                .uid(&format!("{}-{kind}@missiekaart", c.id))
                .timestamp(stamp)
                .summary(&summary)
                .description(&notes.join("\n"))
                .starts(start)
                .ends(end);
            if let Some(url) = links.sentence(&interval.evidence.sentence) {
                entry.url(&url);
            }
            calendar.push(entry.done());
        }
    }
    calendar.done().to_string()
}

fn naive(date: Date) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(date.year, u32::from(date.month), u32::from(date.day))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Lexicon, Meta, parse};

    fn letter() -> Letter {
        let text = "Inleiding\nHet kabinet zal in maart 2018 besluiten over de bijdrage aan MINUSMA in Mali. \
                    Dat gebeurt binnenkort.\n";
        let meta = Meta { title: "Brief".into(), date: "2017-09-04".parse().ok(), ..Default::default() };
        parse(text, meta, &Lexicon::builtin()).expect("the letter parses")
    }

    #[test]
    fn ok_format_names_round_trip() {
        for format in Format::ALL {
            assert_eq!(Format::from_name(format.name()), Some(format));
        }
        assert_eq!(Format::from_name("pdf"), None);
    }

    #[test]
    fn ok_csv_has_a_header_and_a_row_per_commitment() {
        let csv = commitments_csv(&letter(), &Links::default()).unwrap();
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), COMMITMENT_COLUMNS);
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 1);
        let column = |name: &str| COMMITMENT_COLUMNS.iter().position(|c| *c == name).unwrap();
        assert_eq!(&rows[0][column("mission")], "minusma");
        assert_eq!(&rows[0][column("decision_state")], "decision-pending");
        assert_eq!(&rows[0][column("due_start")], "2018-03-01");
        assert_eq!(&rows[0][column("due_end")], "2018-03-31");
        assert_eq!(&rows[0][column("evidence")], "s-1");
    }

    #[test]
    fn ok_ics_has_one_event_per_period_and_decision_window() {
        let links = Links { letter_page: Some("https://example.org/x/letter/".into()) };
        let ics = commitments_ics(&letter(), &links);
        let unfolded = ics.replace("\r\n ", "");
        assert_eq!(unfolded.matches("BEGIN:VEVENT").count(), 1, "{ics}");
        assert!(unfolded.contains("UID:c-1-decision@missiekaart"), "{ics}");
        assert!(unfolded.contains("DTSTART;VALUE=DATE:20180301"), "{ics}");
        assert!(unfolded.contains("DTEND;VALUE=DATE:20180401"), "{ics}");
        assert!(unfolded.contains("SUMMARY:MINUSMA: besluit (in maart 2018)"), "{ics}");
        assert!(unfolded.contains("“Het kabinet zal in maart 2018 besluiten"), "{ics}");
        assert!(unfolded.contains("URL:https://example.org/x/letter/#s-1"), "{ics}");
        assert!(unfolded.contains("DTSTAMP:20170904T000000Z"), "{ics}");
    }

    #[test]
    fn ok_exports_are_deterministic() {
        for format in Format::ALL {
            let links = Links::default();
            assert_eq!(export(&letter(), format, &links), export(&letter(), format, &links), "{}", format.name());
        }
    }
}
