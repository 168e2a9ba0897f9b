//! What the views say about missions: which pass the filters, a summary line, a mission's
//! name and its opening line in the reader's language, and what the Netherlands commits to
//! (items, period, decision) in words.

use kamerbrief::{Commitment, Date, Event, Interval, Letter, Mission, Status};

use crate::i18n::{self, Text, t};
use crate::query::{Lang, ViewQuery};

/// A mission's name as a heading, a card or a lane shows it: in English its short English
/// name where the usual name is Dutch (`Fight against ISIS` for `Strijd tegen ISIS`), else the
/// usual name (`MINUSMA`); in Dutch the usual name. The explained names (`name_nl`, `name_en`)
/// stay for subtitles: `MINUSMA (UN mission in Mali)` is too long for a heading.
pub fn display_name(mission: &Mission, lang: Lang) -> &str {
    match (lang, &mission.short_en) {
        (Lang::En, Some(short)) => short,
        _ => &mission.name,
    }
}

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
    let head = i18n::missions_shown(lang, shown, total);
    if filters.is_empty() { head } else { format!("{head}: {}", filters.join(" · ")) }
}

/// The Dutch and English names of the places with these ids, in order.
pub fn place_names(letter: &Letter, ids: &[String]) -> Vec<(String, String)> {
    ids.iter().filter_map(|id| letter.place(id)).map(|p| (p.name.clone(), p.name_en.clone())).collect()
}

/// Names in one language, joined: `Mali, Niger`.
pub fn names_in(lang: Lang, names: &[(String, String)]) -> String {
    names.iter().map(|(nl, en)| lang.pick(nl.as_str(), en.as_str())).collect::<Vec<_>>().join(", ")
}

/// The mission's dated events, in order of start.
pub fn events<'a>(letter: &'a Letter, mission: &'a Mission) -> Vec<&'a Event> {
    let mut events: Vec<&Event> = letter.events_of(&mission.events).collect();
    kamerbrief::sort::sort_by_key(&mut events, |e| (e.start.or(e.end), e.id.clone()));
    events
}

/// The mission's commitment: what the Netherlands contributes, for which period, and where
/// the decision stands. The letter gives at most one per mission; the first is the one shown.
pub fn commitment<'a>(letter: &'a Letter, mission: &'a Mission) -> Option<&'a Commitment> {
    letter.commitments_of(mission).next()
}

/// What a card says about time: when a pending decision is due, or else the period of the
/// contribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardDate {
    /// `Decision due` or `Contribution period`.
    pub label: Text,
    /// The dates in words.
    pub dates: String,
    /// Where an inferred date was read from, if it was inferred.
    pub note: Option<String>,
}

/// The date a card shows for a commitment: the due window of a pending decision, else the
/// period; none when the letter gives neither.
pub fn card_date(letter: &Letter, commitment: &Commitment, lang: Lang) -> Option<CardDate> {
    let due = commitment.decision.due.as_ref().filter(|_| commitment.decision.state.is_pending());
    let (label, interval) = match (due, &commitment.period) {
        (Some(due), _) => (Text::DecisionDue, due),
        (None, Some(period)) => (Text::ContributionPeriod, period),
        (None, None) => return None,
    };
    Some(CardDate { label, dates: interval_dates(lang, interval), note: interval_note(letter, lang, interval) })
}

/// An interval's dates in words: `2018`, `from 1 January 2018`, `September – November 2017`,
/// `4 September – 4 December 2017`.
pub fn interval_dates(lang: Lang, interval: &Interval) -> String {
    let day = |d: Date| i18n::long_date(lang, d);
    let month = |d: Date| i18n::month_name(lang, d.month);
    match (interval.start, interval.end) {
        (Some(s), None) => i18n::from_date(lang, &day(s)),
        (None, Some(e)) => i18n::until_date(lang, &day(e)),
        (None, None) => interval.text.clone(),
        (Some(s), Some(e)) if s == e => day(s),
        (Some(s), Some(e)) => {
            let whole_months = s.day == 1 && e.day == kamerbrief::days_in_month(e.year, e.month);
            let same_year = s.year == e.year;
            if whole_months && same_year && s.month == 1 && e.month == 12 {
                s.year.to_string()
            } else if whole_months && same_year && s.month == e.month {
                format!("{} {}", month(s), s.year)
            } else if whole_months && same_year {
                format!("{} – {} {}", month(s), month(e), e.year)
            } else if same_year {
                format!("{} {} – {}", s.day, month(s), day(e))
            } else {
                format!("{} – {}", day(s), day(e))
            }
        }
    }
}

/// Where an interval that the letter does not state outright was read from: a date relative
/// to the letter (`op korte termijn`), or the letter's statement of what it covers.
pub fn interval_note(letter: &Letter, lang: Lang, interval: &Interval) -> Option<String> {
    if interval.from_letter_scope {
        let words = letter
            .sentence(&interval.evidence.sentence)
            .map(|s| interval.evidence.range.slice(&s.text))
            .filter(|w| !w.is_empty())
            .unwrap_or(&interval.text);
        Some(i18n::read_from_scope(lang, words))
    } else if interval.relative_to_letter {
        Some(i18n::read_from(lang, &interval.text))
    } else {
        None
    }
}

/// A commitment's period in words, saying so when it has no end: `from 1 January 2018, no
/// end date given`.
pub fn period_words(lang: Lang, period: &Interval) -> String {
    let dates = interval_dates(lang, period);
    if period.start.is_some() && period.end.is_none() {
        format!("{dates}, {}", t(lang, Text::NoEndDate))
    } else {
        dates
    }
}

/// The items contributed, as the letter words them: `F-16’s, trainers …`.
pub fn items_text(commitment: &Commitment) -> String {
    commitment.items.iter().map(|i| i.text.as_str()).collect::<Vec<_>>().join(", ")
}

/// What is contributed and where the decision stands, in one line:
/// `het verzamelen van informatie · decision pending`. Either part may be missing.
pub fn contribution_line(items: &str, state: Option<Status>, lang: Lang) -> String {
    let state = state.map(|s| i18n::status(lang, s).to_lowercase());
    match (items.is_empty(), state) {
        (false, Some(state)) => format!("{items} · {state}"),
        (false, None) => items.to_owned(),
        (true, Some(state)) => state,
        (true, None) => String::new(),
    }
}

/// A mission page's opening line, made from the model in the interface language: where the
/// decision stands, what is contributed and when. What is contributed stays in the letter's
/// Dutch words, apart so that the view can mark them `lang="nl"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissionSummary {
    /// The words before the items: `Decision pending: the cabinet will decide soon on a
    /// contribution with ‘`.
    pub before: String,
    /// What is contributed, as the letter words it; empty when it does not say.
    pub items: String,
    /// The words after the items: `’, from 1 January 2018.`
    pub after: String,
}

impl MissionSummary {
    /// The whole line.
    pub fn text(&self) -> String {
        format!("{}{}{}", self.before, self.items, self.after)
    }
}

/// The opening line of a mission's page: the status word, then a clause that says who does
/// what (the cabinet decides, the Netherlands contributes), the items and the period, and for
/// a pending decision when it is due. `Decision pending: the cabinet will decide soon on a
/// contribution with ‘F-16’s, …’, from 1 January 2018.`
pub fn mission_summary(letter: &Letter, mission: &Mission, lang: Lang) -> MissionSummary {
    let commitment = commitment(letter, mission);
    let state = commitment.map_or(mission.status, |c| c.decision.state);
    let head = i18n::status(lang, state);
    if state == Status::Background {
        let clause = i18n::summary_clause(lang, state, None);
        return MissionSummary { before: format!("{head}: {clause}"), items: String::new(), after: ".".into() };
    }
    let due = commitment
        .and_then(|c| c.decision.due.as_ref())
        .filter(|_| state.is_pending())
        .map(|d| crate::timeline_items::due_phrase(lang, d, letter.meta.date));
    let clause = i18n::summary_clause(lang, state, due.as_deref());
    let items = commitment.map(items_text).unwrap_or_default();
    let period = commitment
        .and_then(|c| c.period.as_ref())
        .map(|p| crate::timeline_items::period_phrase(lang, p.start, p.end))
        .filter(|p| !p.is_empty());
    let (open, close) = lang.pick(("", ""), ("‘", "’"));
    let (before, after_items) = if items.is_empty() {
        (format!("{head}: {clause}"), String::new())
    } else {
        (format!("{head}: {clause} {} {open}", i18n::summary_with(lang)), close.to_owned())
    };
    // After a list of items the period needs a comma to read as the period, not an item's.
    let after = match period {
        Some(period) if items.is_empty() => format!(" {period}."),
        Some(period) => format!("{after_items}, {period}."),
        None => format!("{after_items}."),
    };
    MissionSummary { before, items, after }
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

    fn mission<'a>(letter: &'a Letter, id: &str) -> &'a Mission {
        letter.mission(id).unwrap()
    }

    fn card(letter: &Letter, id: &str) -> Option<CardDate> {
        card_date(letter, commitment(letter, mission(letter, id))?, Lang::En)
    }

    #[test]
    fn ok_pending_decisions_show_when_they_are_due() {
        let letter = letter();
        let minusma = card(&letter, "minusma").unwrap();
        assert_eq!(minusma.label, Text::DecisionDue);
        assert_eq!(minusma.note.as_deref(), Some("read from ‘Op korte termijn’"));
        let atalanta = card(&letter, "atalanta").unwrap();
        assert_eq!(atalanta.label, Text::DecisionDue);
        assert_eq!(atalanta.dates, "September – November 2017");
        assert_eq!(atalanta.note.as_deref(), Some("read from ‘dit najaar’"));
    }

    #[test]
    fn ok_decided_and_continuing_show_their_period() {
        let letter = letter();
        let efp = card(&letter, "efp").unwrap();
        assert_eq!(efp.label, Text::ContributionPeriod);
        assert_eq!(efp.dates, "2018");
        assert_eq!(card(&letter, "eucap-sahel-mali"), None);
    }

    #[test]
    fn ok_counter_isis_period_is_open_ended() {
        let letter = letter();
        let c = commitment(&letter, mission(&letter, "counter-isis")).unwrap();
        let period = c.period.as_ref().unwrap();
        assert_eq!(interval_dates(Lang::En, period), "from 1 January 2018");
        assert_eq!(period_words(Lang::En, period), "from 1 January 2018, no end date given");
        assert_eq!(period_words(Lang::Nl, period), "vanaf 1 januari 2018, geen einddatum genoemd");
        assert!(items_text(c).starts_with("F-16’s"), "{}", items_text(c));
    }

    #[test]
    fn ok_contribution_line_names_items_and_state() {
        let letter = letter();
        let c = commitment(&letter, mission(&letter, "minusma")).unwrap();
        let line = |c: &Commitment| contribution_line(&items_text(c), Some(c.decision.state), Lang::En);
        assert_eq!(line(c), "het verzamelen van informatie · decision pending");
        let eucap = commitment(&letter, mission(&letter, "eucap-sahel-niger")).unwrap();
        assert_eq!(line(eucap), "ongoing");
    }

    #[test]
    fn ok_display_name_is_english_in_english_where_the_lexicon_has_it() {
        // The English overview said "Strijd tegen ISIS" although the lexicon has an English name.
        let letter = letter();
        let isis = mission(&letter, "counter-isis");
        assert_eq!(display_name(isis, Lang::En), "Fight against ISIS");
        assert_eq!(display_name(isis, Lang::Nl), "Strijd tegen ISIS");
        // An explained English name is a subtitle, not a heading.
        assert_eq!(display_name(mission(&letter, "minusma"), Lang::En), "MINUSMA");
        assert_eq!(display_name(mission(&letter, "efp"), Lang::Nl), "enhanced Forward Presence");
    }

    #[test]
    fn ok_mission_summary_says_state_items_and_when_in_each_language() {
        let letter = letter();
        let line = |id: &str, lang| mission_summary(&letter, mission(&letter, id), lang);
        let minusma = line("minusma", Lang::En);
        assert_eq!(
            minusma.text(),
            "Decision pending: the cabinet will decide soon on a contribution with ‘het verzamelen van informatie’, in 2018."
        );
        assert_eq!(minusma.items, "het verzamelen van informatie");
        assert_eq!(
            line("minusma", Lang::Nl).text(),
            "Besluit volgt: het kabinet besluit op korte termijn over een bijdrage met het verzamelen van informatie, in 2018."
        );
        let isis = line("counter-isis", Lang::En).text();
        assert!(
            isis.starts_with("Decision pending: the cabinet will decide soon on a contribution with ‘F-16’s, "),
            "{isis}"
        );
        assert!(isis.ends_with("’, from 1 January 2018."), "{isis}");
        assert_eq!(
            line("atalanta", Lang::En).text(),
            "Decision pending: the cabinet will decide this autumn on a contribution in 2018."
        );
        assert_eq!(
            line("atalanta", Lang::Nl).text(),
            "Besluit volgt: het kabinet besluit dit najaar over een bijdrage in 2018."
        );
        assert_eq!(line("efp", Lang::En).text(), "Continuing: the Netherlands goes on contributing in 2018.");
        assert_eq!(line("eucap-sahel-mali", Lang::Nl).text(), "Lopend: Nederland draagt bij.");
        assert_eq!(
            line("nato-response-force", Lang::En).text(),
            "Decided: the cabinet has decided to contribute in 2018."
        );
        let past = line("border-security-teams", Lang::En);
        assert!(past.before.starts_with("Past: the Netherlands contributed with ‘"), "{past:?}");
    }

    #[test]
    fn ok_every_status_makes_an_opening_line() {
        let mut letter = letter();
        for status in Status::ALL {
            // The commitment's state is the one the line gives.
            letter
                .commitments
                .iter_mut()
                .filter(|c| c.mission == "eucap-sahel-niger")
                .for_each(|c| c.decision.state = status);
            for lang in [Lang::En, Lang::Nl] {
                let line = mission_summary(&letter, mission(&letter, "eucap-sahel-niger"), lang).text();
                assert!(line.starts_with(&format!("{}: ", i18n::status(lang, status))), "{line}");
                assert!(line.ends_with('.') && !line.contains("  "), "{line}");
            }
        }
    }

    #[test]
    fn ok_interval_dates_by_shape() {
        let d = |s: &str| Some(s.parse::<Date>().unwrap());
        let interval = |start, end| Interval {
            start,
            end,
            precision: kamerbrief::Precision::Day,
            relative_to_letter: false,
            text: "x".into(),
            event: "ev-1".into(),
            from_letter_scope: false,
            evidence: kamerbrief::Evidence {
                sentence: "s-1".into(),
                range: kamerbrief::TextRange::new(0, 0),
                spans: Vec::new(),
            },
        };
        let words = |start, end| interval_dates(Lang::En, &interval(start, end));
        assert_eq!(words(d("2017-09-04"), d("2017-12-04")), "4 September – 4 December 2017");
        assert_eq!(words(d("2017-11-01"), d("2017-11-30")), "November 2017");
        assert_eq!(words(d("2018-01-01"), d("2018-12-31")), "2018");
        assert_eq!(words(d("2017-12-04"), d("2018-01-04")), "4 December 2017 – 4 January 2018");
        assert_eq!(words(d("2018-03-01"), d("2018-03-01")), "1 March 2018");
        assert_eq!(words(None, d("2018-03-01")), "until 1 March 2018");
        assert_eq!(words(None, None), "x");
    }
}
