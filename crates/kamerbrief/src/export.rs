//! Exports of a [`Letter`]: the model as JSON, the missions as CSV, and the dated events as
//! iCalendar. The CLI and the site build use them; the app's wasm leaves them out (the
//! `export` feature).
//!
//! Every export is deterministic: the same letter gives the same bytes, so a build's content
//! hashes only change when the letter or the parser does.

use chrono::{Days, NaiveDate, TimeZone, Utc};
use icalendar::{Calendar, Component, EventLike};

use crate::{Date, Event, Letter, Mission, Precision};

/// The formats [`export`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The whole model, as pretty-printed JSON.
    Json,
    /// One row per mission.
    Csv,
    /// One all-day event per dated expression.
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
        Format::Csv => missions_csv(letter, links),
        Format::Ics => Ok(events_ics(letter, links)),
    }
}

/// The CSV header, one column per field of [`missions_csv`].
pub const MISSION_COLUMNS: [&str; 14] = [
    "id",
    "name",
    "name_en",
    "organisation",
    "frame",
    "status",
    "status_sentence",
    "places",
    "regions",
    "first_date",
    "last_date",
    "contribution",
    "legal_basis",
    "evidence",
];

/// One row per mission. Lists within a cell are joined by `"; "`; dates are ISO 8601.
pub fn missions_csv(letter: &Letter, links: &Links) -> Result<String, String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(MISSION_COLUMNS).map_err(|e| e.to_string())?;
    for mission in &letter.missions {
        writer.write_record(mission_row(letter, mission, links)).map_err(|e| e.to_string())?;
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

fn mission_row(letter: &Letter, mission: &Mission, links: &Links) -> [String; 14] {
    let sentence_text = |id: &str| letter.sentences.iter().find(|s| s.id == id).map(|s| s.text.clone());
    let place_names: Vec<&str> = mission
        .places
        .iter()
        .filter_map(|id| letter.places.iter().find(|p| &p.id == id).map(|p| p.name.as_str()))
        .collect();
    let organisation = mission
        .organisation
        .as_ref()
        .and_then(|id| letter.organisations.iter().find(|o| &o.id == id))
        .map(|o| o.name.clone())
        .unwrap_or_default();
    let events: Vec<&Event> =
        mission.events.iter().filter_map(|id| letter.events.iter().find(|e| &e.id == id)).collect();
    let first = events.iter().filter_map(|e| e.start).min();
    let last = events.iter().filter_map(|e| e.end.or(e.start)).max();
    let evidence: Vec<String> =
        mission.evidence.iter().map(|id| links.sentence(id).unwrap_or_else(|| id.clone())).collect();
    [
        mission.id.clone(),
        mission.name.clone(),
        mission.name_en.clone(),
        organisation,
        mission.frame.as_str().to_owned(),
        mission.status.as_str().to_owned(),
        mission.status_sentence.as_deref().and_then(sentence_text).unwrap_or_default(),
        place_names.join("; "),
        mission.regions.join("; "),
        first.map(|d| d.to_string()).unwrap_or_default(),
        last.map(|d| d.to_string()).unwrap_or_default(),
        mission.contribution.iter().map(|q| q.text.as_str()).collect::<Vec<_>>().join("; "),
        mission.legal_basis.iter().map(|q| q.text.as_str()).collect::<Vec<_>>().join("; "),
        evidence.join("; "),
    ]
}

/// One all-day event for every expression that names its own date. Times relative to the
/// letter ("shortly") are left out: they have no date of their own. Each event's description
/// quotes its sentence, and its URL (when `links` has one) opens that sentence.
pub fn events_ics(letter: &Letter, links: &Links) -> String {
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
    for event in letter.events.iter().filter(|e| !e.relative_to_letter && e.precision != Precision::Relative) {
        let Some(start) = event.start.and_then(naive) else { continue };
        let last = event.end.and_then(naive).unwrap_or(start);
        // DTEND of an all-day event is exclusive: the day after the last.
        let end = last.checked_add_days(Days::new(1)).unwrap_or(last);
        let sentence = letter.sentences.iter().find(|s| s.id == event.sentence);
        let names: Vec<&str> = event
            .missions
            .iter()
            .filter_map(|id| letter.missions.iter().find(|m| &m.id == id).map(|m| m.name.as_str()))
            .collect();
        let summary =
            if names.is_empty() { event.text.clone() } else { format!("{}: {}", names.join(", "), event.text) };
        let mut entry = icalendar::Event::new();
        entry
            .uid(&format!("{}@missiekaart", event.id))
            .timestamp(stamp)
            .summary(&summary)
            .description(&sentence.map(|s| format!("“{}”", s.text)).unwrap_or_default())
            .starts(start)
            .ends(end);
        if let Some(url) = links.sentence(&event.sentence) {
            entry.url(&url);
        }
        calendar.push(entry.done());
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
    fn ok_csv_has_a_header_and_a_row_per_mission() {
        let csv = missions_csv(&letter(), &Links::default()).unwrap();
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), MISSION_COLUMNS);
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(&rows[0][0], "minusma");
        assert_eq!(&rows[0][7], "Mali");
        assert_eq!(&rows[0][9], "2018-03-01");
        assert_eq!(&rows[0][10], "2018-03-31");
        assert!(rows[0][6].contains("besluiten"), "{:?}", &rows[0][6]);
    }

    #[test]
    fn ok_ics_has_one_all_day_event_per_dated_expression() {
        let links = Links { letter_page: Some("https://example.org/x/letter/".into()) };
        let ics = events_ics(&letter(), &links);
        let unfolded = ics.replace("\r\n ", "");
        assert_eq!(unfolded.matches("BEGIN:VEVENT").count(), 1, "{ics}");
        assert!(unfolded.contains("DTSTART;VALUE=DATE:20180301"), "{ics}");
        assert!(unfolded.contains("DTEND;VALUE=DATE:20180401"), "{ics}");
        assert!(unfolded.contains("SUMMARY:MINUSMA: in maart 2018"), "{ics}");
        assert!(unfolded.contains("DESCRIPTION:“Het kabinet zal in maart 2018 besluiten"), "{ics}");
        assert!(unfolded.contains("URL:https://example.org/x/letter/#s-"), "{ics}");
        assert!(unfolded.contains("DTSTAMP:20170904T000000Z"), "{ics}");
        assert!(!unfolded.contains("binnenkort"), "relative times have no date of their own: {ics}");
    }

    #[test]
    fn ok_exports_are_deterministic() {
        for format in Format::ALL {
            let links = Links::default();
            assert_eq!(export(&letter(), format, &links), export(&letter(), format, &links), "{}", format.name());
        }
    }
}
