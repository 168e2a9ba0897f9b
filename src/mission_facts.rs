//! What the views say about missions: which pass the filters, a summary line, and the next
//! date.

use kamerbrief::{Date, Event, Letter, Mission};

use crate::i18n;
use crate::query::{Lang, ViewQuery};

/// Whether `mission` passes the query's filters.
pub fn passes(mission: &Mission, query: &ViewQuery) -> bool {
    (query.frames.is_empty() || query.frames.contains(&mission.frame))
        && (query.statuses.is_empty() || query.statuses.contains(&mission.status))
        && (query.regions.is_empty() || mission.regions.iter().any(|r| query.regions.contains(r)))
}

/// The missions that pass, in the letter's order.
pub fn shown<'a>(letter: &'a Letter, query: &ViewQuery) -> Vec<&'a Mission> {
    letter.missions.iter().filter(|m| passes(m, query)).collect()
}

/// One line that says what is shown: `Showing 3 of 10 missions: EU · decision pending`.
pub fn summary(letter: &Letter, query: &ViewQuery, lang: Lang) -> String {
    let shown = shown(letter, query).len();
    let total = letter.missions.len();
    let mut filters: Vec<String> = Vec::new();
    filters.extend(query.frames.iter().map(|f| i18n::frame(lang, *f).to_owned()));
    filters.extend(query.statuses.iter().map(|s| i18n::status(lang, *s).to_lowercase()));
    filters.extend(
        query.regions.iter().filter_map(|id| {
            letter.regions.iter().find(|r| &r.id == id).map(|r| lang.pick(&r.name, &r.name_en).clone())
        }),
    );
    let head = match lang {
        Lang::Nl if shown == total => format!("Alle {total} missies"),
        Lang::Nl => format!("{shown} van {total} missies"),
        Lang::En if shown == total => format!("All {total} missions"),
        Lang::En => format!("{shown} of {total} missions"),
    };
    if filters.is_empty() { head } else { format!("{head}: {}", filters.join(" · ")) }
}

/// The Dutch and English names of the places with these ids, in order.
pub fn place_names(letter: &Letter, ids: &[String]) -> Vec<(String, String)> {
    ids.iter()
        .filter_map(|id| letter.places.iter().find(|p| &p.id == id))
        .map(|p| (p.name.clone(), p.name_en.clone()))
        .collect()
}

/// Names in one language, joined: `Mali, Niger`.
pub fn names_in(lang: Lang, names: &[(String, String)]) -> String {
    names.iter().map(|(nl, en)| lang.pick(nl.as_str(), en.as_str())).collect::<Vec<_>>().join(", ")
}

/// The mission's dated events, in order of start.
pub fn events<'a>(letter: &'a Letter, mission: &Mission) -> Vec<&'a Event> {
    let mut events: Vec<&Event> = letter.events.iter().filter(|e| mission.events.contains(&e.id)).collect();
    kamerbrief::sort::sort_by_key(&mut events, |e| (e.start.or(e.end), e.id.clone()));
    events
}

/// What comes next for the mission: of the dates in the letter's body that have not passed
/// by the letter's date, the one that ends soonest (`komend najaar` before `in 2018`). Dates
/// in footnotes cite earlier papers and are left out.
pub fn next_event<'a>(letter: &'a Letter, mission: &Mission) -> Option<&'a Event> {
    let letter_date = letter.meta.date?;
    let in_body = |e: &Event| letter.sentences.iter().any(|s| s.id == e.sentence && s.parent.starts_with("p-"));
    let open = |e: &Event| match (e.start, e.end) {
        (_, Some(end)) => end > letter_date,
        (Some(start), None) => start >= letter_date,
        (None, None) => false,
    };
    events(letter, mission)
        .into_iter()
        .filter(|e| in_body(e) && open(e))
        .min_by_key(|e| (e.end.unwrap_or(kamerbrief::Date { year: i32::MAX, month: 12, day: 31 }), e.start))
}

/// An event's dates in words: `1 January 2018`, `1 September – 30 November 2017`.
pub fn event_dates(lang: Lang, event: &Event) -> String {
    let show = |d: Date| i18n::long_date(lang, d);
    match (event.start, event.end) {
        (Some(s), Some(e)) if s == e => show(s),
        (Some(s), Some(e)) => format!("{} – {}", show(s), show(e)),
        (Some(s), None) => format!("{} →", show(s)),
        (None, Some(e)) => format!("→ {}", show(e)),
        (None, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kamerbrief::{Frame, Status};

    fn letter() -> Letter {
        crate::embedded::letter().unwrap()
    }

    #[test]
    fn ok_filters_combine() {
        let letter = letter();
        let query = ViewQuery { frames: vec![Frame::Eu], statuses: vec![Status::Ongoing], ..ViewQuery::default() };
        let ids: Vec<&str> = shown(&letter, &query).iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, vec!["eucap-sahel-mali", "eucap-sahel-niger"]);
        assert_eq!(summary(&letter, &query, Lang::En), "2 of 10 missions: EU · ongoing");
        assert_eq!(summary(&letter, &ViewQuery::default(), Lang::Nl), "Alle 10 missies");
    }

    #[test]
    fn ok_place_names_in_each_language() {
        let letter = letter();
        let names = place_names(&letter, &["litouwen".to_owned(), "nowhere".to_owned(), "polen".to_owned()]);
        assert_eq!(names_in(Lang::Nl, &names), "Litouwen, Polen");
        assert_eq!(names_in(Lang::En, &names), "Lithuania, Poland");
    }

    #[test]
    fn ok_region_filter() {
        let letter = letter();
        let query = ViewQuery { regions: vec!["sahel".into()], ..ViewQuery::default() };
        let ids: Vec<&str> = shown(&letter, &query).iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, vec!["minusma", "eucap-sahel-mali", "eucap-sahel-niger"]);
    }

    #[test]
    fn ok_next_event_is_after_the_letter() {
        let letter = letter();
        let atalanta = letter.missions.iter().find(|m| m.id == "atalanta").unwrap();
        let next = next_event(&letter, atalanta).unwrap();
        assert_eq!(next.text, "dit najaar");
        assert_eq!(event_dates(Lang::En, next), "1 September 2017 – 30 November 2017");
    }

    #[test]
    fn ok_next_event_prefers_what_ends_soonest_and_skips_footnotes() {
        let letter = letter();
        let next = |id: &str| {
            next_event(&letter, letter.missions.iter().find(|m| m.id == id).unwrap()).map(|e| e.text.clone())
        };
        assert_eq!(next("efp").as_deref(), Some("komend najaar"));
        assert_eq!(next("counter-isis").as_deref(), Some("Op korte termijn"));
        assert_eq!(next("nato-response-force").as_deref(), Some("in 2018"));
        assert_eq!(next("border-security-teams"), None);
    }
}
