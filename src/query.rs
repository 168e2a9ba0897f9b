//! The view state a shared link carries: language and filters, as typed query parameters.
//!
//! Parsing never fails: values it does not know are left out and reported, so the page can
//! say what it ignored and offer a clean link.

use kamerbrief::{Date, Frame, Status};

/// The interface language. The letter itself stays in Dutch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Dutch.
    Nl,
    /// English.
    #[default]
    En,
}

impl Lang {
    /// The code used in URLs and in `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The Dutch or the English of a pair, by this language.
    pub fn pick<T>(self, nl: T, en: T) -> T {
        match self {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }

    /// The other language, for the switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }
}

/// What the overview, timeline and map show.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewQuery {
    /// The interface language.
    pub lang: Lang,
    /// Only missions in these frames; all when empty.
    pub frames: Vec<Frame>,
    /// Only missions with these statuses; all when empty.
    pub statuses: Vec<Status>,
    /// Only missions in these regions (lexicon region ids); all when empty.
    pub regions: Vec<String>,
    /// The search text, on the search page.
    pub q: String,
    /// The first day the timeline shows, when the link fixes it.
    pub from: Option<Date>,
    /// The last day the timeline shows, when the link fixes it.
    pub to: Option<Date>,
    /// The selected item: an event id such as `ev-12`, shown with its sentence.
    pub sel: Option<String>,
    /// The letter the reader opened in this browser (`letter=`, its id), which every view
    /// shows instead of the built-in one; `None` for the built-in letter.
    pub letter: Option<String>,
    /// How the commitments table is sorted (`sort=period`, `sort=-period`); `None` keeps the
    /// letter's order.
    pub sort: Option<CommitmentSort>,
}

/// A column of the commitments table, by which it can be sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommitmentColumn {
    /// The mission's name.
    Mission,
    /// What is contributed.
    Contribution,
    /// The contribution's period.
    Period,
    /// Where the decision stands, and when it is due.
    Decision,
    /// The lead nation and the partners.
    Parties,
    /// The parliamentary papers.
    Papers,
}

impl CommitmentColumn {
    /// Every column, in the table's order.
    pub const ALL: [CommitmentColumn; 6] = [
        CommitmentColumn::Mission,
        CommitmentColumn::Contribution,
        CommitmentColumn::Period,
        CommitmentColumn::Decision,
        CommitmentColumn::Parties,
        CommitmentColumn::Papers,
    ];

    /// The name used in `sort=`.
    pub fn as_str(self) -> &'static str {
        match self {
            CommitmentColumn::Mission => "mission",
            CommitmentColumn::Contribution => "contribution",
            CommitmentColumn::Period => "period",
            CommitmentColumn::Decision => "decision",
            CommitmentColumn::Parties => "parties",
            CommitmentColumn::Papers => "papers",
        }
    }
}

/// The order of the commitments table: a column, ascending or descending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommitmentSort {
    /// The column sorted by.
    pub column: CommitmentColumn,
    /// Whether the order is descending.
    pub descending: bool,
}

impl CommitmentSort {
    /// Reads a `sort=` value: a column's name, with a leading `-` for descending
    /// (`period`, `-period`).
    pub fn from_query(value: &str) -> Option<Self> {
        let (name, descending) = match value.strip_prefix('-') {
            Some(name) => (name, true),
            None => (value, false),
        };
        let column = CommitmentColumn::ALL.into_iter().find(|c| c.as_str() == name)?;
        Some(CommitmentSort { column, descending })
    }

    /// The `sort=` value.
    pub fn to_query(self) -> String {
        format!("{}{}", if self.descending { "-" } else { "" }, self.column.as_str())
    }

    /// The order after a click on `column`'s header: ascending first, then the other way
    /// on each further click.
    pub fn after_click(current: Option<Self>, column: CommitmentColumn) -> Self {
        match current {
            Some(sort) if sort.column == column => CommitmentSort { column, descending: !sort.descending },
            _ => CommitmentSort { column, descending: false },
        }
    }
}

/// The three kinds of filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterKind {
    /// Organisational frame (`org=`).
    Org,
    /// Status (`status=`).
    Status,
    /// Region (`region=`).
    Region,
}

/// A query parameter value that was not understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    /// The parameter's name.
    pub key: String,
    /// The value as given.
    pub value: String,
}

fn frame_from(code: &str) -> Option<Frame> {
    [Frame::Nato, Frame::Eu, Frame::Un, Frame::Coalition, Frame::National].into_iter().find(|f| f.as_str() == code)
}

fn status_from(code: &str) -> Option<Status> {
    Status::ALL.into_iter().find(|s| s.as_str() == code)
}

impl ViewQuery {
    /// Reads the query from `(key, value)` pairs, already percent-decoded. Values may be
    /// repeated or comma-separated: `status=decided,past` and `status=decided&status=past`
    /// mean the same. `known_regions` are the region ids the lexicon has.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        known_regions: &[&str],
    ) -> (Self, Vec<Ignored>) {
        let mut query = ViewQuery::default();
        let mut ignored = Vec::new();
        for (key, raw) in pairs {
            let mut ignore = |value: &str| ignored.push(Ignored { key: key.to_owned(), value: value.to_owned() });
            match key {
                "lang" => match raw {
                    "nl" => query.lang = Lang::Nl,
                    "en" => query.lang = Lang::En,
                    other => ignore(other),
                },
                "q" => query.q = raw.trim().to_owned(),
                // The selected timeline item: a commitment's period (`c-1`) or decision window
                // (`c-1-due`), or a dated expression (`ev-33`).
                "sel" => match raw
                    .strip_prefix("ev-")
                    .or_else(|| raw.strip_prefix("c-").map(|n| n.strip_suffix("-due").unwrap_or(n)))
                    .map(|n| n.parse::<u32>())
                {
                    Some(Ok(_)) => query.sel = Some(raw.to_owned()),
                    _ => ignore(raw),
                },
                "sort" => match CommitmentSort::from_query(raw) {
                    Some(sort) => query.sort = Some(sort),
                    None => ignore(raw),
                },
                "letter" => match is_letter_id(raw) {
                    true => query.letter = Some(raw.to_owned()),
                    false => ignore(raw),
                },
                "from" | "to" => match raw.parse::<Date>() {
                    Ok(date) if key == "from" => query.from = Some(date),
                    Ok(date) => query.to = Some(date),
                    Err(_) => ignore(raw),
                },
                "org" | "status" | "region" => {
                    for value in raw.split(',').map(str::trim).filter(|v| !v.is_empty()) {
                        let added = match key {
                            "org" => frame_from(value).map(|f| push_unique(&mut query.frames, f)),
                            "status" => status_from(value).map(|s| push_unique(&mut query.statuses, s)),
                            _ => known_regions
                                .contains(&value)
                                .then(|| push_unique(&mut query.regions, value.to_owned())),
                        };
                        if added.is_none() {
                            ignore(value);
                        }
                    }
                }
                // Parameters of other tools (analytics tags and the like) are no concern of ours.
                _ => {}
            }
        }
        query.normalise();
        // A period must run forwards; a reversed one is reported and dropped.
        if let (Some(from), Some(to)) = (query.from, query.to)
            && from >= to
        {
            ignored.push(Ignored { key: "to".into(), value: to.to_string() });
            query.from = None;
            query.to = None;
        }
        (query, ignored)
    }

    /// Puts the lists in one order, so that equal views compare equal and have equal links.
    fn normalise(&mut self) {
        kamerbrief::sort::sort(&mut self.frames);
        kamerbrief::sort::sort(&mut self.statuses);
        kamerbrief::sort::sort(&mut self.regions);
    }

    /// The query string, with a leading `?`, or empty when everything is default. Values are
    /// written in a fixed order so equal views have equal links.
    pub fn to_query_string(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if self.lang != Lang::default() {
            parts.push(format!("lang={}", self.lang.code()));
        }
        if let Some(letter) = &self.letter {
            parts.push(format!("letter={}", percent_encode(letter)));
        }
        let frames: Vec<&str> = self.frames.iter().map(|f| f.as_str()).collect();
        if !frames.is_empty() {
            parts.push(format!("org={}", frames.join(",")));
        }
        let statuses: Vec<&str> = self.statuses.iter().map(|s| s.as_str()).collect();
        if !statuses.is_empty() {
            parts.push(format!("status={}", statuses.join(",")));
        }
        let regions: Vec<&str> = self.regions.iter().map(String::as_str).collect();
        if !regions.is_empty() {
            parts.push(format!("region={}", regions.join(",")));
        }
        if !self.q.is_empty() {
            parts.push(format!("q={}", percent_encode(&self.q)));
        }
        if let Some(from) = self.from {
            parts.push(format!("from={from}"));
        }
        if let Some(to) = self.to {
            parts.push(format!("to={to}"));
        }
        if let Some(sel) = &self.sel {
            parts.push(format!("sel={}", percent_encode(sel)));
        }
        if let Some(sort) = self.sort {
            parts.push(format!("sort={}", sort.to_query()));
        }
        if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
    }

    /// What every link within the app keeps: the language and the letter. Filters, the
    /// search text and the period belong to the views that use them.
    pub fn carried(&self) -> Self {
        ViewQuery { lang: self.lang, letter: self.letter.clone(), ..ViewQuery::default() }
    }

    /// This query with only the language, the letter and the table's order kept: what "clear
    /// filters" links to. The order stays because it is no filter: clearing the filters of a
    /// sorted table shows every row in the same order.
    pub fn cleared(&self) -> Self {
        ViewQuery { sort: self.sort, ..self.carried() }
    }

    /// The filters and language alone, without the search text, the period or the table's
    /// order: what decides which missions a view shows.
    pub fn filters(&self) -> Self {
        ViewQuery { q: String::new(), from: None, to: None, sel: None, sort: None, ..self.clone() }
    }

    /// Whether the filter of `kind` holds the value `key` (`eu`, `decided`, `sahel`).
    pub fn has(&self, kind: FilterKind, key: &str) -> bool {
        match kind {
            FilterKind::Org => self.frames.iter().any(|f| f.as_str() == key),
            FilterKind::Status => self.statuses.iter().any(|s| s.as_str() == key),
            FilterKind::Region => self.regions.iter().any(|r| r == key),
        }
    }

    /// This query with `key` added to or taken out of the filter of `kind`; an unknown key
    /// changes nothing.
    pub fn toggled_key(&self, kind: FilterKind, key: &str) -> Self {
        match kind {
            FilterKind::Org => frame_from(key).map_or_else(|| self.clone(), |f| self.toggled(|q| &mut q.frames, f)),
            FilterKind::Status => {
                status_from(key).map_or_else(|| self.clone(), |s| self.toggled(|q| &mut q.statuses, s))
            }
            FilterKind::Region => self.toggled(|q| &mut q.regions, key.to_owned()),
        }
    }

    /// Whether any filter narrows the missions.
    pub fn is_filtered(&self) -> bool {
        !(self.frames.is_empty() && self.statuses.is_empty() && self.regions.is_empty())
    }

    /// This query with `value` added to or taken out of a list.
    pub fn toggled<T: PartialEq + Clone>(&self, pick: impl Fn(&mut ViewQuery) -> &mut Vec<T>, value: T) -> Self {
        let mut next = self.clone();
        let list = pick(&mut next);
        match list.iter().position(|v| *v == value) {
            Some(i) => {
                list.remove(i);
            }
            None => list.push(value),
        }
        next.normalise();
        next
    }
}

/// Whether `text` has the form of a letter id (see `opened::letter_id`): 12 lowercase hex
/// digits.
pub fn is_letter_id(text: &str) -> bool {
    text.len() == 12 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn push_unique<T: PartialEq>(list: &mut Vec<T>, value: T) {
    if !list.contains(&value) {
        list.push(value);
    }
}

/// Percent-encodes a query value: everything but unreserved ASCII.
pub fn percent_encode(value: &str) -> String {
    let mut out = String::new();
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const REGIONS: &[&str] = &["sahel", "middle-east"];

    fn parse(pairs: &[(&str, &str)]) -> (ViewQuery, Vec<Ignored>) {
        ViewQuery::parse(pairs.iter().copied(), REGIONS)
    }

    #[test]
    fn ok_round_trip() {
        let (query, ignored) = parse(&[("lang", "nl"), ("status", "past,decided"), ("org", "un"), ("region", "sahel")]);
        assert!(ignored.is_empty());
        assert_eq!(query.to_query_string(), "?lang=nl&org=un&status=decided,past&region=sahel");
        let pairs: Vec<(String, String)> = query.to_query_string()[1..]
            .split('&')
            .map(|kv| kv.split_once('=').map(|(k, v)| (k.to_owned(), v.to_owned())).unwrap())
            .collect();
        let (again, _) = ViewQuery::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), REGIONS);
        assert_eq!(again, query);
    }

    #[test]
    fn ok_repeated_and_duplicate_values() {
        let (query, _) = parse(&[("status", "past"), ("status", "past,decided")]);
        assert_eq!(query.statuses, vec![Status::Decided, Status::Past]);
    }

    #[test]
    fn ok_defaults_write_nothing() {
        assert_eq!(ViewQuery::default().to_query_string(), "");
        assert!(!ViewQuery::default().is_filtered());
    }

    #[test]
    fn ok_toggle_adds_and_removes() {
        let query = ViewQuery::default().toggled(|q| &mut q.frames, Frame::Eu);
        assert_eq!(query.frames, vec![Frame::Eu]);
        assert!(query.toggled(|q| &mut q.frames, Frame::Eu).frames.is_empty());
    }

    #[test]
    fn ok_period_round_trip_and_reversed_period_dropped() {
        let (query, ignored) = parse(&[("from", "2017-06-01"), ("to", "2018-03-31")]);
        assert!(ignored.is_empty());
        assert_eq!(query.to_query_string(), "?from=2017-06-01&to=2018-03-31");
        let (query, ignored) = parse(&[("from", "2018-06-01"), ("to", "2017-03-31"), ("to", "garbage")]);
        assert_eq!((query.from, query.to), (None, None));
        assert_eq!(ignored.len(), 2);
    }

    #[test]
    fn ok_selection() {
        let (query, ignored) = parse(&[("sel", "ev-12"), ("sel", "<b>")]);
        assert_eq!(query.sel.as_deref(), Some("ev-12"));
        assert_eq!(ignored.len(), 1);
        assert_eq!(query.to_query_string(), "?sel=ev-12");
        let (query, ignored) = parse(&[("sel", "c-3"), ("sel", "c-x")]);
        assert_eq!(query.sel.as_deref(), Some("c-3"));
        assert_eq!(ignored.len(), 1);
        let (query, ignored) = parse(&[("sel", "c-3-due"), ("sel", "c-3-later")]);
        assert_eq!(query.sel.as_deref(), Some("c-3-due"));
        assert_eq!(ignored.len(), 1);
    }

    #[test]
    fn ok_toggle_by_key() {
        let q = ViewQuery::default().toggled_key(FilterKind::Status, "past").toggled_key(FilterKind::Org, "un");
        assert!(q.has(FilterKind::Status, "past") && q.has(FilterKind::Org, "un"));
        assert_eq!(q.toggled_key(FilterKind::Org, "bogus"), q);
        assert!(!q.toggled_key(FilterKind::Status, "past").has(FilterKind::Status, "past"));
    }

    #[test]
    fn ok_letter_is_carried_and_kept_by_clearing() {
        let (query, ignored) = parse(&[("letter", "0123456789ab"), ("status", "past"), ("lang", "nl")]);
        assert!(ignored.is_empty());
        assert_eq!(query.to_query_string(), "?lang=nl&letter=0123456789ab&status=past");
        assert_eq!(query.carried().to_query_string(), "?lang=nl&letter=0123456789ab");
        assert_eq!(query.cleared(), query.carried());
    }

    #[test]
    fn err_letter_that_is_no_id_is_ignored() {
        let (query, ignored) = parse(&[("letter", "<script>"), ("letter", "0123456789AB"), ("letter", "abc")]);
        assert_eq!(query.letter, None);
        assert_eq!(ignored.len(), 3);
    }

    #[test]
    fn ok_sort_round_trip_in_both_directions() {
        let (query, ignored) = parse(&[("org", "eu"), ("sort", "-period")]);
        assert!(ignored.is_empty());
        let sort = CommitmentSort { column: CommitmentColumn::Period, descending: true };
        assert_eq!(query.sort, Some(sort));
        assert_eq!(query.to_query_string(), "?org=eu&sort=-period");
        for column in CommitmentColumn::ALL {
            for descending in [false, true] {
                let sort = CommitmentSort { column, descending };
                assert_eq!(CommitmentSort::from_query(&sort.to_query()), Some(sort));
            }
        }
    }

    #[test]
    fn err_unknown_sort_is_reported_and_keeps_the_letter_order() {
        let (query, ignored) = parse(&[("sort", "periode"), ("sort", "--period"), ("sort", "")]);
        assert_eq!(query.sort, None);
        let values: Vec<&str> = ignored.iter().map(|i| i.value.as_str()).collect();
        assert_eq!(values, vec!["periode", "--period", ""]);
    }

    #[test]
    fn ok_sort_click_starts_ascending_then_turns() {
        let period = CommitmentColumn::Period;
        let first = CommitmentSort::after_click(None, period);
        assert_eq!(first, CommitmentSort { column: period, descending: false });
        let second = CommitmentSort::after_click(Some(first), period);
        assert!(second.descending);
        assert!(!CommitmentSort::after_click(Some(second), period).descending);
        let other = CommitmentSort::after_click(Some(second), CommitmentColumn::Mission);
        assert_eq!(other, CommitmentSort { column: CommitmentColumn::Mission, descending: false });
    }

    #[test]
    fn ok_sort_survives_clearing_filters_but_not_other_views() {
        let (query, _) = parse(&[("lang", "nl"), ("org", "eu"), ("sort", "decision")]);
        assert_eq!(query.cleared().to_query_string(), "?lang=nl&sort=decision");
        assert_eq!(query.carried().sort, None);
        assert_eq!(query.filters().sort, None);
    }

    #[test]
    fn ok_search_text_is_encoded() {
        let query = ViewQuery { q: "EU & VN".into(), ..ViewQuery::default() };
        assert_eq!(query.to_query_string(), "?q=EU%20%26%20VN");
    }

    #[test]
    fn err_unknown_values_are_reported_not_fatal() {
        let (query, ignored) = parse(&[
            ("status", "decided,bogus"),
            ("org", "<script>"),
            ("region", "mars"),
            ("lang", "fr"),
            ("utm_source", "x"),
        ]);
        assert_eq!(query.statuses, vec![Status::Decided]);
        assert!(query.frames.is_empty() && query.regions.is_empty());
        assert_eq!(query.lang, Lang::En);
        let values: Vec<&str> = ignored.iter().map(|i| i.value.as_str()).collect();
        assert_eq!(values, vec!["bogus", "<script>", "mars", "fr"]);
    }
}
