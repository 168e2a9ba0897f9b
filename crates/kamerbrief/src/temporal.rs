//! The grammar of Dutch temporal expressions: days, day ranges, months and parts of months,
//! weeks, quarters, half-years, seasons, years, periods and their bounds, durations, weekdays,
//! recurring days, times relative to the letter, and named days.
//!
//! Whatever is relative to the letter (`23 november jl.`, `de 12e dezer`, `vorige week`,
//! `komend najaar`, `aanstaande vrijdag`, `maart van dit jaar`, a day without a year) is worked
//! out from the letter's date, never from today's: in a letter without a date it keeps
//! [`Precision::Relative`] and no dates, and the same words as in a dated letter.
//!
//! A date written without its year (`begin april`, `in december`, `het eerste kwartaal`) is the
//! occurrence nearest the letter: a letter of late December that says `begin april` means the
//! April to come. Where two lie within six months of the letter, the sentence's tense (`zal`,
//! `werd`, `jl.`) or the preposition (`na`) picks the way; `tot`, `uiterlijk` and `vóór` always
//! look ahead and `sinds` back, unless the tense says otherwise.
//!
//! A length of time (`voor een periode van twee jaar`) is placed nowhere unless its words place
//! it (`na zestien jaar`, `de afgelopen drie jaar`): it has no dates and is not relative.

use std::ops::Range;

use crate::date::Weekday;
use crate::lexicon::NamedDay;
use crate::matcher::{KeyBits, KeyMap};
use crate::model::{Date, Precision};
use crate::words::{Word, tokenize};

/// A temporal expression found in normalised text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Temporal {
    pub range: Range<usize>,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub precision: Precision,
    pub relative_to_letter: bool,
    /// Whether its own words point back from the letter (`15 december jl.`, `vorige week`,
    /// `afgelopen najaar`), whether or not the letter has a date.
    pub past: bool,
    /// Whether it is a deadline by `vóór`: it ends the day before the date it names.
    pub before: bool,
    /// Whether its words close it (`tot`, `t/m`, `uiterlijk`, `vóór`, or a period joined from
    /// `per 1 augustus 2006` to `tot en met 31 juli 2008`): it says when something ends.
    pub closed: bool,
    /// Whether it is a length of time placed nowhere (`twee jaar` in `voor een periode van
    /// twee jaar`): no dates, and not relative to the letter.
    pub length: bool,
}

/// The Dutch names of the months, January first, in lower case.
pub const DUTCH_MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// The Dutch names of the days of the week, Monday first, in lower case.
const DUTCH_WEEKDAYS: [(&str, Weekday); 7] = [
    ("maandag", Weekday::Monday),
    ("dinsdag", Weekday::Tuesday),
    ("woensdag", Weekday::Wednesday),
    ("donderdag", Weekday::Thursday),
    ("vrijdag", Weekday::Friday),
    ("zaterdag", Weekday::Saturday),
    ("zondag", Weekday::Sunday),
];

/// Ordinal words; `laatste` (the last) counts as 0.
const ORDINALS: [(&str, u8); 6] =
    [("eerste", 1), ("tweede", 2), ("derde", 3), ("vierde", 4), ("vijfde", 5), ("laatste", LAST)];

/// The ordinal `laatste`: the last one, however many there are.
const LAST: u8 = 0;

/// Number words up to a hundred that count years; `een` is left out, as it is mostly an article.
const NUMBER_WORDS: [(&str, u32); 27] = [
    ("één", 1),
    ("twee", 2),
    ("drie", 3),
    ("vier", 4),
    ("vijf", 5),
    ("zes", 6),
    ("zeven", 7),
    ("acht", 8),
    ("negen", 9),
    ("tien", 10),
    ("elf", 11),
    ("twaalf", 12),
    ("dertien", 13),
    ("veertien", 14),
    ("vijftien", 15),
    ("zestien", 16),
    ("zeventien", 17),
    ("achttien", 18),
    ("negentien", 19),
    ("twintig", 20),
    ("dertig", 30),
    ("veertig", 40),
    ("vijftig", 50),
    ("zestig", 60),
    ("zeventig", 70),
    ("tachtig", 80),
    ("negentig", 90),
];

/// Whether a byte opens one of [`NUMBER_WORDS`], by byte: most words open with none.
const OPENS_NUMBER_WORD: [bool; 256] = {
    let mut out = [false; 256];
    let mut k = 0;
    while k < NUMBER_WORDS.len() {
        out[NUMBER_WORDS[k].0.as_bytes()[0] as usize] = true;
        k += 1;
    }
    out
};

/// The value of a number word (in lower case), or of digits up to `max`.
pub(crate) fn small_number(word: &str, max: u32) -> Option<u32> {
    // Most words are neither: a number word opens with one of few letters, a number with a digit.
    let first = *word.as_bytes().first()?;
    if first.is_ascii_digit() {
        return word.parse().ok().filter(|&n| n <= max);
    }
    if !OPENS_NUMBER_WORD[usize::from(first)] {
        return None;
    }
    NUMBER_WORDS.iter().find(|(w, _)| *w == word).map(|&(_, n)| n).filter(|&n| n <= max)
}

/// The rules of the grammar, in the order they are tried at a word: the first that reads
/// something there wins.
#[derive(Debug, Clone, Copy)]
enum Rule {
    Stretch,
    Period,
    DatePeriod,
    DayRange,
    Day,
    DayThisMonth,
    Month,
    PartOfMonth,
    Season,
    PartOfYear,
    Quarter,
    NthWeekday,
    Weekday,
    SinceYear,
    Year,
    Duration,
    Ahead,
    Relative,
    Deictic,
}

impl Rule {
    const ORDER: [Rule; 19] = [
        Rule::Stretch,
        Rule::Period,
        Rule::DatePeriod,
        Rule::DayRange,
        Rule::Day,
        Rule::DayThisMonth,
        Rule::Month,
        Rule::PartOfMonth,
        Rule::Season,
        Rule::PartOfYear,
        Rule::Quarter,
        Rule::NthWeekday,
        Rule::Weekday,
        Rule::SinceYear,
        Rule::Year,
        Rule::Duration,
        Rule::Ahead,
        Rule::Relative,
        Rule::Deictic,
    ];

    fn read(self, scan: &Scan<'_, '_>, i: usize) -> Option<Reading> {
        match self {
            Rule::Stretch => scan.stretch(i),
            Rule::Period => scan.period(i),
            Rule::DatePeriod => scan.date_period(i),
            Rule::DayRange => scan.day_range(i),
            Rule::Day => scan.day(i),
            Rule::DayThisMonth => scan.day_this_month(i),
            Rule::Month => scan.month(i),
            Rule::PartOfMonth => scan.part_of_month(i),
            Rule::Season => scan.season(i),
            Rule::PartOfYear => scan.part_of_year(i),
            Rule::Quarter => scan.quarter(i),
            Rule::NthWeekday => scan.nth_weekday(i),
            Rule::Weekday => scan.weekday(i),
            Rule::SinceYear => scan.since_year(i),
            Rule::Year => scan.year(i),
            Rule::Duration => scan.duration(i),
            Rule::Ahead => scan.ahead(i),
            Rule::Relative => scan.relative(i),
            Rule::Deictic => scan.deictic(i),
        }
    }
}

/// A set of [`Rule`]s, a bit per rule.
#[derive(Debug, Clone, Copy, Default)]
struct Rules(u32);

impl Rules {
    fn of(rules: &[Rule]) -> Self {
        Self(rules.iter().fold(0, |bits, &r| bits | 1 << r as u32))
    }

    /// The rules in the set, in the order they are tried.
    fn in_order(self) -> impl Iterator<Item = Rule> {
        Rule::ORDER.into_iter().filter(move |&r| self.0 & (1 << r as u32) != 0)
    }
}

/// The rules that can start at a word that starts with a digit: a day, a year, `3e`, `2018-2022`.
const DIGIT_RULES: [Rule; 9] = [
    Rule::Period,
    Rule::DatePeriod,
    Rule::DayRange,
    Rule::Day,
    Rule::DayThisMonth,
    Rule::Quarter,
    Rule::NthWeekday,
    Rule::Year,
    Rule::Duration,
];

/// The start words of [`start_words`]: each with its rules, by key, and the set of their keys
/// that rules most other words out before the map is asked.
struct StartWords {
    map: KeyMap<(&'static str, Rules)>,
    keys: KeyBits,
}

/// Which rules can start at each word, other than digits and named days, that any rule can
/// start with. A fifth of the letter's words start some rule (`de`, `het`, `van`, `op`), and
/// trying all twenty rules at each cost a tenth of the parse, where most can rule themselves
/// out by the first word alone. Keyed by [`crate::words::word_key`], with the word to check.
fn start_words() -> &'static StartWords {
    static WORDS: std::sync::OnceLock<StartWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        use Rule::*;
        const DEIXIS: &[&str] = &[
            "dit",
            "deze",
            "huidige",
            "komend",
            "komende",
            "volgend",
            "volgende",
            "aanstaand",
            "aanstaande",
            "vorig",
            "vorige",
            "afgelopen",
        ];
        const PARTS: &[&str] = &["begin", "halverwege", "medio", "midden", "eind", "einde", "ultimo"];
        const SEASONS: &[&str] = &["voorjaar", "lente", "zomer", "zomerreces", "najaar", "herfst", "winter"];
        const RELATIVE: &[&str] =
            &["op", "de", "afgelopen", "voorgaande", "onlangs", "recentelijk", "momenteel", "thans"];
        let months = DUTCH_MONTHS.as_slice();
        let weekdays: Vec<&str> = DUTCH_WEEKDAYS.iter().map(|(w, _)| *w).collect();
        let ordinals: Vec<&str> = ORDINALS.iter().map(|(w, _)| *w).collect();
        let numbers: Vec<&str> = NUMBER_WORDS.iter().map(|(w, _)| *w).collect();
        // Each group of words with the rules that can start at them; a word in several groups
        // starts the rules of all of them.
        let groups: [(&[&str], &[Rule]); 18] = [
            (&["sinds"], &[Period, DatePeriod, SinceYear]),
            (&["van", "tussen"], &[Period, DatePeriod]),
            (&["vanaf", "per"], &[DatePeriod]),
            (&["het"], &[Season, Quarter, Year, Deictic]),
            (&["de"], &[Stretch, DayThisMonth, Season, Quarter, NthWeekday, Deictic]),
            (DEIXIS, &[Season, Weekday, Deictic]),
            (&["jongstleden"], &[Season, Weekday]),
            (RELATIVE, &[Relative]),
            (&["elke", "iedere"], &[NthWeekday, Weekday]),
            (PARTS, &[Period, PartOfMonth, PartOfYear]),
            (SEASONS, &[Season]),
            (&["q1", "q2", "q3", "q4"], &[Quarter]),
            (&["over"], &[Ahead]),
            // `loop` starts `de loop van` only after its article.
            (&["rest"], &[Stretch]),
            (months, &[DatePeriod, Month]),
            (&weekdays, &[Day, Weekday]),
            (&ordinals, &[Stretch, DayThisMonth, Quarter, NthWeekday]),
            (&numbers, &[Duration]),
        ];
        let mut map = KeyMap::default();
        for (words, rules) in groups {
            for &word in words {
                let (start, starts) = map.entry(crate::words::word_key(word)).or_insert((word, Rules::default()));
                assert_eq!(*start, word, "two start words share a hash");
                starts.0 |= Rules::of(rules).0;
            }
        }
        StartWords { keys: KeyBits::of(map.keys().copied()), map }
    })
}

/// A month's number from its name in lower case.
fn month(word: &str) -> Option<u8> {
    DUTCH_MONTHS.iter().position(|m| *m == word).map(|i| i as u8 + 1)
}

/// A day of the week from its name in lower case.
fn weekday(word: &str) -> Option<Weekday> {
    DUTCH_WEEKDAYS.iter().find(|(w, _)| *w == word).map(|&(_, d)| d)
}

/// An ordinal in lower case: `derde`, `laatste` ([`LAST`]), `3e`, `3de`, `12e`, `1ste`.
fn ordinal(word: &str) -> Option<u8> {
    if let Some(&(_, n)) = ORDINALS.iter().find(|(w, _)| *w == word) {
        return Some(n);
    }
    let digits = word.strip_suffix("ste").or_else(|| word.strip_suffix("de")).or_else(|| word.strip_suffix('e'))?;
    day(digits).filter(|&n| (1..=31).contains(&n))
}

fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

fn day(word: &str) -> Option<u8> {
    (!word.is_empty() && word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
}

/// `date` moved by `days`.
fn shift(date: Date, days: i64) -> Date {
    Date::from_days_since_epoch(date.days_since_epoch() + days)
}

/// The Monday of `date`'s week.
fn monday_of(date: Date) -> Date {
    shift(date, -(date.weekday() as i64))
}

/// The `nth` `weekday` of a month, where [`LAST`] is the last.
fn nth_weekday_of(year: i32, month: u8, weekday: Weekday, nth: u8) -> Option<Date> {
    if nth == LAST {
        Date::nth_weekday(year, month, weekday, 5).or_else(|| Date::nth_weekday(year, month, weekday, 4))
    } else {
        Date::nth_weekday(year, month, weekday, nth)
    }
}

/// The months a part of a year covers: `begin 2017` is January to March.
fn part_of_year(word: &str) -> Option<(u8, u8)> {
    match word {
        "begin" => Some((1, 3)),
        "halverwege" | "medio" | "midden" => Some((6, 7)),
        "eind" | "einde" | "ultimo" => Some((10, 12)),
        _ => None,
    }
}

/// The days a part of a month covers, with 31 for its last day: `medio maart` is the 10th to
/// the 20th, `ultimo maart` its last day.
fn part_of_month(word: &str) -> Option<(u8, u8)> {
    match word {
        "begin" => Some((1, 10)),
        "halverwege" | "medio" | "midden" => Some((10, 20)),
        "eind" | "einde" => Some((21, 31)),
        "ultimo" => Some((31, 31)),
        _ => None,
    }
}

/// The months of a season in year `y`: (first month, its year, last month, its year).
fn season(word: &str) -> Option<(u8, u8, i32)> {
    // (first month, last month, years the last month lies after the first)
    match word {
        "voorjaar" | "lente" => Some((3, 5, 0)),
        "zomer" => Some((6, 8, 0)),
        // The summer recess of parliament, the season its letters count by: July and August.
        "zomerreces" => Some((7, 8, 0)),
        "najaar" | "herfst" => Some((9, 11, 0)),
        "winter" => Some((12, 2, 1)),
        _ => None,
    }
}

fn season_interval(word: &str, year: i32) -> Option<(Date, Date)> {
    let (first, last, carry) = season(word)?;
    Some((Date::first_of_month(year, first)?, Date::last_of_month(year + carry, last)?))
}

/// How many months a word before `kwartaal`, `jaar` and the like moves from the letter's:
/// `vorig` -1, `dit` 0, `volgend` +1 (for a unit of that many months).
fn deixis(word: &str) -> Option<i32> {
    match word {
        "dit" | "deze" | "huidige" => Some(0),
        "komend" | "komende" | "volgend" | "volgende" | "aanstaand" | "aanstaande" => Some(1),
        "vorig" | "vorige" | "afgelopen" => Some(-1),
        _ => None,
    }
}

/// Reads `D MONTH YYYY` at the start of `text`: the date and the bytes it took.
pub(crate) fn day_month_year(text: &str) -> Option<(Date, usize)> {
    let cut = (0..=text.len().min(40)).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let head = &text[..cut];
    let words = tokenize(head);
    if words.len() < 3 || words[0].range.start != 0 {
        return None;
    }
    let date = Date::new(year(words[2].text)?, month(&words[1].lower)?, day(words[0].text)?)?;
    Some((date, words[2].range.end))
}

struct Scan<'a, 'w> {
    text: &'a str,
    words: &'a [Word<'w>],
    letter: Option<Date>,
    /// The lexicon's named days.
    named_days: &'a [NamedDay],
    /// The sentence's tense, by [`Scan::tense`], worked out when a date without its year asks.
    tense: std::cell::OnceCell<Option<Lean>>,
}

/// One rule's reading: how many tokens it took and what they mean.
struct Reading {
    len: usize,
    start: Option<Date>,
    end: Option<Date>,
    precision: Precision,
    relative: bool,
    /// Whether a full stop right after the last token belongs to it (`jl.`).
    stop: bool,
    /// Whether it takes no preposition before it: a vague phrase (`in de afgelopen maanden`)
    /// or a stretch of years (`tot twee jaar`) is no point in time that `tot` could bound.
    bare: bool,
    /// Whether it is a length placed nowhere: see [`Temporal::length`].
    length: bool,
}

impl Reading {
    fn fixed(len: usize, start: Date, end: Date, precision: Precision) -> Self {
        Self {
            len,
            start: Some(start),
            end: Some(end),
            precision,
            relative: false,
            stop: false,
            bare: false,
            length: false,
        }
    }

    /// An expression relative to a letter that has no date: it says nothing about when.
    fn unanchored(len: usize) -> Self {
        Self {
            len,
            start: None,
            end: None,
            precision: Precision::Relative,
            relative: true,
            stop: false,
            bare: false,
            length: false,
        }
    }

    /// From `start` to `end` of the year `y` as written or worked out from the letter; a year
    /// that needs the letter's date and has none leaves the reading unanchored.
    fn in_year(len: usize, y: Year, interval: impl FnOnce(i32) -> Option<(Date, Date)>, p: Precision) -> Option<Self> {
        let Some(value) = y.value else { return Some(Self::unanchored(len)) };
        let (start, end) = interval(value)?;
        Some(Self { relative: y.relative, ..Self::fixed(len, start, end, p) })
    }
}

/// The year an expression lies in: written out, or worked out from the letter's date (none
/// when the letter has no date).
#[derive(Debug, Clone, Copy)]
struct Year {
    value: Option<i32>,
    relative: bool,
}

/// One end of a period of days or months, as written: the tokens it took and what it gives.
struct PeriodEnd {
    len: usize,
    day: Option<u8>,
    month: Option<u8>,
    year: Option<Year>,
}

/// Which stretch of an expression `de rest van`, `de loop van` or `de eerste weken van` takes.
enum Stretch {
    /// From the letter to its end.
    Rest,
    /// All of it.
    Whole,
    /// Its first or last six weeks or three months.
    Edge { first: bool, weeks: bool },
}

/// How a preposition before an expression bounds it.
enum Bound {
    /// `in`, `uit`: taken in, the interval unchanged.
    Same,
    /// `sinds`: from then until the letter, as `sinds 2014` is.
    Since,
    /// `vanaf`, `per`, `met ingang van`: the interval starts then and has no end.
    From,
    /// `na`: the interval starts after it and has no end.
    After,
    /// `tot`, `tot en met`, `t/m`: the interval ends then and has no start.
    Until,
    /// `uiterlijk (in)`: a deadline, ending then with no start.
    Latest,
    /// `vóór`: a deadline, ending the day before it starts.
    Before,
}

impl Bound {
    /// Which way the preposition points from the letter, for a date written without its year,
    /// and whether it always does: `sinds mei` is a May that has begun, `tot het voorjaar` and
    /// `vóór 1 juni` are still to come, and `na de zomer` is more often ahead than not.
    fn lean(&self) -> Option<(Lean, bool)> {
        match self {
            Bound::Same => None,
            Bound::Since => Some((Lean::Back, true)),
            Bound::Until | Bound::Latest | Bound::Before => Some((Lean::Ahead, true)),
            Bound::From | Bound::After => Some((Lean::Ahead, false)),
        }
    }
}

/// Which way from the letter the words around a date without its year point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lean {
    Back,
    Ahead,
}

/// An expression as [`find`] reads it, before periods split over a clause are joined.
struct Found {
    temporal: Temporal,
    /// The words it takes.
    words: Range<usize>,
    /// `per 1 augustus` opens a period and `tot en met 31 juli` closes one: see [`join_periods`].
    edge: Option<Edge>,
}

/// One end of a period written apart: `per 1 augustus 2006 voor twee jaar, tot en met 31 juli
/// 2008`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Edge {
    Opens,
    Closes,
}

/// Every temporal expression in `text`. `excluded` ranges (the numbers of citations) are
/// never read as dates.
pub(crate) fn find(
    text: &str,
    words: &[Word<'_>],
    letter: Option<Date>,
    named_days: &[NamedDay],
    excluded: &[Range<usize>],
) -> Vec<Temporal> {
    let scan = Scan { text, words, letter, named_days, tense: std::cell::OnceCell::new() };
    let mut out = Vec::new();
    let mut i = 0;
    while i < scan.words.len() {
        let blocked =
            |k: usize| excluded.iter().any(|r| r.start < scan.words[k].range.end && scan.words[k].range.start < r.end);
        let reading = (!blocked(i)).then(|| scan.read(i)).flatten();
        let Some(mut reading) = reading.filter(|r| (i..i + r.len).all(|k| !blocked(k))) else {
            i += 1;
            continue;
        };
        // Take in a preposition that shapes the interval: `vanaf 1 januari` has no end, and
        // `uiterlijk 1 juli` no start. A deadline says when something ends, not when it
        // begins, so its start stays open rather than taking the letter's date. Without the
        // letter's date the preposition is taken in all the same, so that the words are those
        // of a dated letter, but there are no dates for it to shape.
        let mut first = i;
        let mut edge = None;
        let (mut before, mut closed) = (false, false);
        if !reading.bare
            && !scan.words[i].lower.starts_with("sinds")
            && let Some((k, bound)) = scan.bound_before(i)
            && (k..i).all(|k| !blocked(k))
        {
            first = k;
            edge = match bound {
                Bound::From => Some(Edge::Opens),
                Bound::Until => Some(Edge::Closes),
                _ => None,
            };
            before = matches!(bound, Bound::Before);
            closed = matches!(bound, Bound::Until | Bound::Latest | Bound::Before);
            let unanchored = reading.start.is_none() && reading.end.is_none();
            match bound {
                _ if unanchored => {}
                Bound::Same => {}
                Bound::Since => {
                    reading.end = letter;
                    reading.precision = Precision::Period;
                    reading.relative |= letter.is_some();
                }
                Bound::From => reading.end = None,
                // `na zestien jaar` counts a stretch, it does not follow one.
                Bound::After if reading.precision == Precision::Period => first = i,
                Bound::After => (reading.start, reading.end) = (reading.end.map(|end| shift(end, 1)), None),
                Bound::Until | Bound::Latest => reading.start = None,
                Bound::Before => (reading.start, reading.end) = (None, reading.start.map(|start| shift(start, -1))),
            }
        }
        let mut end = scan.words[i + reading.len - 1].range.end;
        if reading.stop && text[end..].starts_with('.') {
            end += 1;
        }
        let past = !reading.bare && (i..i + reading.len).any(|k| scan.points_back(k));
        out.push(Found {
            temporal: Temporal {
                range: scan.words[first].range.start..end,
                start: reading.start,
                end: reading.end,
                precision: reading.precision,
                relative_to_letter: reading.relative,
                past,
                before,
                closed,
                length: reading.length,
            },
            words: first..i + reading.len,
            edge,
        });
        i += reading.len;
    }
    join_periods(&scan, out)
}

/// Joins `per 1 augustus 2006` and `tot en met 31 juli 2008` into one period where one clause
/// holds both, with nothing between them but commas, a few words and lengths of time (`voor een
/// periode van twee jaar`), which the period then takes in. Where either end has no date (a
/// letter without one), the period keeps the words and has none.
fn join_periods(scan: &Scan<'_, '_>, found: Vec<Found>) -> Vec<Temporal> {
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    for next in found {
        let opening = (next.edge == Some(Edge::Closes))
            .then(|| out.iter().rposition(|f| !f.temporal.length))
            .flatten()
            .filter(|&k| out[k].edge == Some(Edge::Opens) && scan.one_clause(out[k].words.end..next.words.start));
        let Some(k) = opening else {
            out.push(next);
            continue;
        };
        let open = &out[k].temporal;
        let close = &next.temporal;
        let dates = match (open.start, close.end) {
            (Some(start), Some(end)) if start <= end => Some((start, end)),
            (Some(_), Some(_)) => {
                out.push(next);
                continue;
            }
            _ => None,
        };
        let joined = Temporal {
            range: open.range.start..close.range.end,
            start: dates.map(|d| d.0),
            end: dates.map(|d| d.1),
            precision: if dates.is_some() { Precision::Period } else { Precision::Relative },
            relative_to_letter: open.relative_to_letter || close.relative_to_letter,
            past: false,
            before: false,
            closed: true,
            length: false,
        };
        let words = out[k].words.start..next.words.end;
        out.truncate(k);
        out.push(Found { temporal: joined, words, edge: None });
    }
    out.into_iter().map(|f| f.temporal).collect()
}

impl Scan<'_, '_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.words.get(i).map(|w| w.text)
    }

    fn lower(&self, i: usize) -> Option<&str> {
        self.words.get(i).map(|w| w.lower.as_ref())
    }

    fn is(&self, i: usize, options: &[&str]) -> bool {
        self.lower(i).is_some_and(|w| options.contains(&w))
    }

    /// The text between word `i` and the next.
    fn gap(&self, i: usize) -> &str {
        match (self.words.get(i), self.words.get(i + 1)) {
            (Some(a), Some(b)) => &self.text[a.range.end..b.range.start],
            _ => "",
        }
    }

    /// Whether only white space stands between word `i` and the next.
    fn joined(&self, i: usize) -> bool {
        self.gap(i).trim().is_empty()
    }

    /// `tot en met`, `t/m` or another bounding preposition right before word `i`: the word
    /// it starts at and how it bounds.
    fn bound_before(&self, i: usize) -> Option<(usize, Bound)> {
        if i >= 3 && self.is(i - 3, &["tot"]) && self.is(i - 2, &["en"]) && self.is(i - 1, &["met"]) {
            return (self.joined(i - 3) && self.joined(i - 2) && self.joined(i - 1)).then_some((i - 3, Bound::Until));
        }
        if i >= 3 && self.is(i - 3, &["met"]) && self.is(i - 2, &["ingang"]) && self.is(i - 1, &["van"]) {
            return (self.joined(i - 3) && self.joined(i - 2) && self.joined(i - 1)).then_some((i - 3, Bound::From));
        }
        if i >= 3 && self.is(i - 3, &["na"]) && self.is(i - 2, &["afloop"]) && self.is(i - 1, &["van"]) {
            return (self.joined(i - 3) && self.joined(i - 2) && self.joined(i - 1)).then_some((i - 3, Bound::After));
        }
        if i >= 2 && self.is(i - 2, &["t"]) && self.is(i - 1, &["m"]) && self.gap(i - 2) == "/" {
            return self.joined(i - 1).then_some((i - 2, Bound::Until));
        }
        if i >= 2 && self.is(i - 2, &["uiterlijk"]) && self.is(i - 1, &["in"]) {
            return (self.joined(i - 2) && self.joined(i - 1)).then_some((i - 2, Bound::Latest));
        }
        let k = i.checked_sub(1)?;
        let bound = match self.lower(k)? {
            "in" | "uit" => Bound::Same,
            "sinds" => Bound::Since,
            "vanaf" | "per" => Bound::From,
            "na" => Bound::After,
            "tot" => Bound::Until,
            "uiterlijk" => Bound::Latest,
            "vóór" => Bound::Before,
            // Without its accents `voor` is as often `for` (`de bijdrage voor 2018`, `voorzien
            // voor het voorjaar van 2020`): it is `before` only in `voor de zomer`.
            "voor" if self.before_follows(i) => Bound::Before,
            _ => return None,
        };
        self.joined(k).then_some((k, bound))
    }

    /// Whether the words from `i` are a date that a plain `voor` puts a deadline before: a
    /// season with its article and no year, as in `voor de zomer`, `voor het zomerreces`.
    /// Elsewhere only `vóór` says `before` for sure: `gepland voor 1 juni` is planned for it.
    fn before_follows(&self, i: usize) -> bool {
        self.is(i, &["de", "het"]) && self.lower(i + 1).and_then(season).is_some() && self.year_after(i + 2).is_none()
    }

    /// Whether word `k` points back from the letter: `jl.`, `jongstleden`, `vorige`,
    /// `afgelopen`.
    fn points_back(&self, k: usize) -> bool {
        self.past_marker(k).is_some() || self.is(k, &["vorig", "vorige", "afgelopen"])
    }

    /// Whether the words in `between` (those between two ends of a period) leave them in one
    /// clause: a few words and commas, with no other punctuation and no word that opens a
    /// clause of its own.
    fn one_clause(&self, between: Range<usize>) -> bool {
        /// Words that open a clause, or join two: what comes after them says something else.
        const CLAUSE_WORDS: &[&str] = &[
            "en",
            "of",
            "maar",
            "want",
            "terwijl",
            "waarna",
            "waarbij",
            "waarin",
            "die",
            "dat",
            "omdat",
            "doordat",
            "zodat",
            "nadat",
            "voordat",
            "wanneer",
            "als",
            "indien",
            "daarna",
            "vervolgens",
        ];
        if between.len() > 12 {
            return false;
        }
        let (Some(from), Some(to)) = (between.start.checked_sub(1), self.words.get(between.end)) else { return false };
        let gap = &self.text[self.words[from].range.end..to.range.start];
        !gap.contains([';', ':', '(', ')', '–', '—']) && between.clone().all(|k| !self.is(k, CLAUSE_WORDS))
    }

    /// The way the sentence's tense points, by its markers: `jl.`, `werd` or `vorige` look
    /// back, `zal`, `gaat` or `komende` ahead. Dutch writes what is still to come in the present
    /// as often as not, so a sentence in the present says nothing.
    fn tense(&self) -> Option<Lean> {
        *self.tense.get_or_init(|| {
            const BACK: &[&str] = &["was", "waren", "werd", "werden", "had", "hadden"];
            const AHEAD: &[&str] =
                &["zal", "zullen", "zult", "gaat", "gaan", "komend", "komende", "aanstaand", "aanstaande"];
            let back = (0..self.words.len()).any(|k| self.is(k, BACK) || self.points_back(k));
            let ahead = (0..self.words.len()).any(|k| self.is(k, AHEAD));
            match (back, ahead) {
                (true, false) => Some(Lean::Back),
                (false, true) => Some(Lean::Ahead),
                _ => None,
            }
        })
    }

    /// The occurrence of a date written without its year that the words mean, among those of
    /// the letter's year and the years around it (`interval` of each year): the one nearest
    /// the letter. Where more than one lies within six months of it, the sentence's tense, or
    /// else the preposition before word `i`, picks the way, and the nearest that way wins; see
    /// [`Self::pick`] for the prepositions that always point one way. A letter without a date
    /// leaves the reading unanchored.
    fn nearest(
        &self,
        i: usize,
        len: usize,
        interval: impl Fn(i32) -> Option<(Date, Date)>,
        precision: Precision,
    ) -> Option<Reading> {
        let Some(letter) = self.letter else { return Some(Reading::unanchored(len)) };
        let candidates: Vec<(Date, Date)> = (letter.year - 1..=letter.year + 1).filter_map(interval).collect();
        let (start, end) = self.pick(i, &candidates)?;
        Some(Reading { relative: true, ..Reading::fixed(len, start, end, precision) })
    }

    /// The candidate [`Self::nearest`] picks. A preposition that always points one way
    /// (`sinds`, `tot`, `vóór`) decides among all of them, unless the tense points the other.
    fn pick(&self, i: usize, candidates: &[(Date, Date)]) -> Option<(Date, Date)> {
        let letter = self.letter?;
        let at = letter.days_since_epoch();
        let distance = |&(start, end): &(Date, Date)| {
            if end < letter { at - end.days_since_epoch() } else { (start.days_since_epoch() - at).max(0) }
        };
        // Those of `pool` that lie the way `lean` points, or all of them where none does.
        let towards = |pool: Vec<(Date, Date)>, lean: Option<Lean>| {
            let that_way: Vec<(Date, Date)> = pool
                .iter()
                .copied()
                .filter(|&(start, end)| match lean {
                    Some(Lean::Back) => start <= letter,
                    Some(Lean::Ahead) => end >= letter,
                    None => true,
                })
                .collect();
            if that_way.is_empty() { pool } else { that_way }
        };
        let bound = self.bound_before(i).and_then(|(_, b)| b.lean());
        if let Some((lean, true)) = bound
            && self.tense().is_none_or(|tense| tense == lean)
        {
            return towards(candidates.to_vec(), Some(lean)).into_iter().min_by_key(distance);
        }
        let (early, late) = (letter.add_months(-6), letter.add_months(6));
        let near: Vec<(Date, Date)> =
            candidates.iter().copied().filter(|&(start, end)| end >= early && start <= late).collect();
        let pool = if near.is_empty() { candidates.to_vec() } else { near };
        let lean = if pool.len() > 1 { self.tense().or(bound.map(|(lean, _)| lean)) } else { None };
        towards(pool, lean).into_iter().min_by_key(distance)
    }

    /// `jl.`, `j.l.` or `jongstleden` at word `i`: the tokens it takes and whether a full stop
    /// after it belongs to it.
    fn past_marker(&self, i: usize) -> Option<(usize, bool)> {
        match self.lower(i)? {
            "jl" => Some((1, true)),
            "jongstleden" => Some((1, false)),
            "j" if self.is(i + 1, &["l"]) && self.gap(i) == "." => Some((2, true)),
            _ => None,
        }
    }

    /// The year written after an expression at word `i`: `2018`, `van 2018`, `(van) dit jaar`,
    /// `van vorig jaar`, `volgend jaar`, with the tokens it took.
    fn year_after(&self, i: usize) -> Option<(usize, Year)> {
        let lead = usize::from(self.is(i, &["van"]));
        if let Some(y) = self.word(i + lead).and_then(year) {
            return Some((lead + 1, Year { value: Some(y), relative: false }));
        }
        let article = usize::from(lead == 1 && self.is(i + 1, &["het"]));
        let k = i + lead + article;
        let offset = self.lower(k).and_then(deixis)?;
        if !self.is(k + 1, &["jaar"]) {
            return None;
        }
        Some((k + 2 - i, Year { value: self.letter.map(|l| l.year + offset), relative: true }))
    }

    /// The letter's year, for an expression that writes none.
    fn letter_year(&self) -> Year {
        Year { value: self.letter.map(|l| l.year), relative: true }
    }

    /// The rules that could start at word `i`, or none when no rule and no named day could:
    /// most words rule every rule out at once.
    fn rules_at(&self, i: usize) -> Option<Rules> {
        let word = self.words.get(i)?;
        if word.lower.starts_with(|c: char| c.is_ascii_digit()) {
            return Some(Rules::of(&DIGIT_RULES));
        }
        let starts = start_words();
        if starts.keys.may_contain(word.key)
            && let Some(&(start, rules)) = starts.map.get(&word.key)
            && start == word.lower
        {
            return Some(rules);
        }
        // A named day is read by [`Self::named_day`], which every reading falls back on.
        self.named_days.iter().any(|d| names_day(&d.name, &word.lower)).then_some(Rules::default())
    }

    /// The first reading, in [`Rule::ORDER`], of the rules that can start at word `i`, else a
    /// named day there.
    fn read(&self, i: usize) -> Option<Reading> {
        let rules = self.rules_at(i)?;
        rules.in_order().find_map(|rule| rule.read(self, i)).or_else(|| self.named_day(i))
    }

    /// A year, or a part of one: `2012` or `halverwege 2012`, with the tokens it took.
    fn year_or_part(&self, i: usize) -> Option<(usize, Date, Date)> {
        if let (Some(part), Some(y)) = (self.lower(i).and_then(part_of_year), self.word(i + 1).and_then(year)) {
            return Some((2, Date::first_of_month(y, part.0)?, Date::last_of_month(y, part.1)?));
        }
        let y = self.word(i).and_then(year)?;
        Some((1, Date::new(y, 1, 1)?, Date::new(y, 12, 31)?))
    }

    /// `tot en met`, `t/m`, `tot` (and `en` after `tussen`) between the two ends of a period
    /// at word `i`: the tokens it takes. Both ends count: `tot 1 april` runs through April 1st.
    fn period_link(&self, i: usize, between: bool) -> Option<usize> {
        if self.is(i, &["tot"]) && self.is(i + 1, &["en"]) && self.is(i + 2, &["met"]) {
            Some(3)
        } else if self.is(i, &["t"]) && self.is(i + 1, &["m"]) && self.gap(i) == "/" {
            Some(2)
        } else if self.is(i, &["tot"]) || (between && self.is(i, &["en"])) {
            Some(1)
        } else {
            None
        }
    }

    /// `(sinds|van) [halverwege] 2012 tot [begin] 2017`.
    fn period(&self, i: usize) -> Option<Reading> {
        let lead = usize::from(self.is(i, &["sinds", "van", "tussen"]));
        let (a_len, start, _) = self.year_or_part(i + lead)?;
        let mut k = i + lead + a_len;
        if self.is(k, &["tot"]) && self.is(k + 1, &["en"]) && self.is(k + 2, &["met"]) {
            k += 3;
        } else if lead == 0
            && a_len == 1
            && matches!(self.gap(k - 1), "-" | "–")
            && self.word(k).and_then(year).is_some()
        {
            // `2018-2022`: two years joined by a dash, with nothing around it.
        } else if self.is(k, &["tot", "en"]) {
            k += 1;
        } else {
            return None;
        }
        let (b_len, _, end) = self.year_or_part(k)?;
        (start <= end).then(|| Reading::fixed(k + b_len - i, start, end, Precision::Period))
    }

    /// One end of a period of days or months: `1 januari 2018`, `1 januari`, `maart`, `1`,
    /// `maart van dit jaar`.
    fn period_end(&self, i: usize) -> Option<PeriodEnd> {
        let day = self.word(i).and_then(day);
        let k = i + usize::from(day.is_some());
        let Some(month) = self.lower(k).and_then(month) else {
            return day.map(|d| PeriodEnd { len: 1, day: Some(d), month: None, year: None });
        };
        Some(match self.year_after(k + 1) {
            Some((n, y)) => PeriodEnd { len: k + 1 + n - i, day, month: Some(month), year: Some(y) },
            None => PeriodEnd { len: k + 1 - i, day, month: Some(month), year: None },
        })
    }

    /// `van 1 januari t/m 31 december 2019`, `1 januari tot en met 31 maart 2018`,
    /// `tussen 1 en 10 maart`, `van januari tot juni 2018`. A first end without a year lies
    /// in the second's year, or the year before when its day comes later in the year; a
    /// second end without one lies in the first's year; with neither year the period is the
    /// one nearest the letter.
    fn date_period(&self, i: usize) -> Option<Reading> {
        let lead = usize::from(self.is(i, &["van", "vanaf", "per", "tussen", "sinds"]));
        let a = self.period_end(i + lead)?;
        let link = self.period_link(i + lead + a.len, self.is(i, &["tussen"]))?;
        let k = i + lead + a.len + link;
        let b = self.period_end(k)?;
        let b_month = b.month?;
        let a_month = a.month.or(b.day.and(Some(b_month)))?;
        let len = k + b.len - i;
        let before = (a_month, a.day.unwrap_or(1)) > (b_month, b.day.unwrap_or(31));
        let interval = |ay: i32, by: i32| {
            let start = match a.day {
                Some(d) => Date::new(ay, a_month, d)?,
                None => Date::first_of_month(ay, a_month)?,
            };
            let end = match b.day {
                Some(d) => Date::new(by, b_month, d)?,
                None => Date::last_of_month(by, b_month)?,
            };
            (start < end).then_some((start, end))
        };
        let (a_year, b_year) = match (a.year, b.year) {
            (Some(a), Some(b)) => (a, b),
            (Some(a), None) => (a, Year { value: a.value.map(|y| y + i32::from(before)), ..a }),
            (None, Some(b)) => (Year { value: b.value.map(|y| y - i32::from(before)), ..b }, b),
            (None, None) => return self.nearest(i, len, |y| interval(y - i32::from(before), y), Precision::Period),
        };
        let (Some(ay), Some(by)) = (a_year.value, b_year.value) else { return Some(Reading::unanchored(len)) };
        let (start, end) = interval(ay, by)?;
        let reading = Reading::fixed(len, start, end, Precision::Period);
        Some(Reading { relative: a_year.relative || b_year.relative, ..reading })
    }

    /// `8 en 9 juli 2016`.
    fn day_range(&self, i: usize) -> Option<Reading> {
        let (d1, d2) = (self.word(i).and_then(day)?, self.word(i + 2).and_then(day)?);
        if !self.is(i + 1, &["en", "tot"]) || d1 >= d2 {
            return None;
        }
        let m = self.lower(i + 3).and_then(month)?;
        let days = |y: i32| Some((Date::new(y, m, d1)?, Date::new(y, m, d2)?));
        match self.word(i + 4).and_then(year) {
            Some(y) => Reading::in_year(5, Year { value: Some(y), relative: false }, days, Precision::Day),
            None => self.nearest(i, 4, days, Precision::Day),
        }
    }

    /// `9 september 2016`; `12 maart van dit jaar` in the letter's year; `9 september`, the
    /// one nearest the letter; `23 november jl.`, the last such day on or before the letter;
    /// `dinsdag 14 maart 2018`. A weekday that disagrees with a written date leaves the date as
    /// written; without a year it picks among the years where it agrees.
    fn day(&self, i: usize) -> Option<Reading> {
        let named = self.lower(i).and_then(weekday);
        let at = i + usize::from(named.is_some());
        let d = self.word(at).and_then(day)?;
        let m = self.lower(at + 1).and_then(month)?;
        let k = at + 2;
        if let Some((n, stop)) = self.past_marker(k) {
            let len = k + n - i;
            let Some(letter) = self.letter else { return Some(Reading { stop, ..Reading::unanchored(len) }) };
            let date = (0..8).filter_map(|back| Date::new(letter.year - back, m, d)).find(|date| *date <= letter)?;
            return Some(Reading { relative: true, stop, ..Reading::fixed(len, date, date, Precision::Day) });
        }
        let one_day = |y: i32| Date::new(y, m, d).map(|d| (d, d));
        if let Some((n, y)) = self.year_after(k) {
            return Reading::in_year(k + n - i, y, one_day, Precision::Day);
        }
        let len = k - i;
        let Some(letter) = self.letter else { return Some(Reading::unanchored(len)) };
        let candidates: Vec<(Date, Date)> = (letter.year - 1..=letter.year + 1).filter_map(one_day).collect();
        let agreeing: Vec<(Date, Date)> =
            candidates.iter().copied().filter(|(date, _)| named.is_none_or(|wd| date.weekday() == wd)).collect();
        let (date, _) = self.pick(i, if agreeing.is_empty() { &candidates } else { &agreeing })?;
        Some(Reading { relative: true, ..Reading::fixed(len, date, date, Precision::Day) })
    }

    /// `de 12e dezer`, `12 dezer`: a day of the letter's month.
    fn day_this_month(&self, i: usize) -> Option<Reading> {
        let at = i + usize::from(self.is(i, &["de"]));
        let d = self.word(at).and_then(|w| day(w).or_else(|| ordinal(w).filter(|&n| n != LAST)))?;
        if !self.is(at + 1, &["dezer"]) {
            return None;
        }
        let len = at + 2 - i;
        let Some(letter) = self.letter else { return Some(Reading::unanchored(len)) };
        let date = Date::new(letter.year, letter.month, d)?;
        Some(Reading { relative: true, ..Reading::fixed(len, date, date, Precision::Day) })
    }

    /// `juli 2016`, `maart van dit jaar`, `in december` (the December nearest the letter),
    /// `maart jl.` (the last March that began on or before the letter).
    fn month(&self, i: usize) -> Option<Reading> {
        let m = self.lower(i).and_then(month)?;
        let whole = |y: i32| Some((Date::first_of_month(y, m)?, Date::last_of_month(y, m)?));
        if let Some((n, stop)) = self.past_marker(i + 1) {
            let Some(letter) = self.letter else { return Some(Reading { stop, ..Reading::unanchored(1 + n) }) };
            let y = if m <= letter.month { letter.year } else { letter.year - 1 };
            let (start, end) = whole(y)?;
            return Some(Reading { relative: true, stop, ..Reading::fixed(1 + n, start, end, Precision::Month) });
        }
        // `augustus en september 2021`: two months of one year.
        if self.is(i + 1, &["en"])
            && let Some(m2) = self.lower(i + 2).and_then(month).filter(|&m2| m2 > m)
            && let Some((n, y)) = self.year_after(i + 3)
        {
            let both = |y: i32| Some((Date::first_of_month(y, m)?, Date::last_of_month(y, m2)?));
            return Reading::in_year(3 + n, y, both, Precision::Month);
        }
        if let Some((n, y)) = self.year_after(i + 1) {
            return Reading::in_year(1 + n, y, whole, Precision::Month);
        }
        // A month alone is a date only after a preposition of time: `in december`, `sinds
        // mei`. Elsewhere a bare month name is too often something else.
        let previous = self.lower(i.checked_sub(1)?)?;
        let timed = ["in", "sinds", "vanaf", "tot", "per", "na", "uiterlijk", "vóór"].contains(&previous);
        if !(timed && self.joined(i - 1)) {
            return None;
        }
        self.nearest(i, 1, whole, Precision::Month)
    }

    /// `medio maart` (the 10th to the 20th), `begin april 2018` (1st to 10th), `eind maart`
    /// (21st to the last), `ultimo maart` (its last day); the one nearest the letter unless
    /// the year is written.
    fn part_of_month(&self, i: usize) -> Option<Reading> {
        let (from, to) = self.lower(i).and_then(part_of_month)?;
        let m = self.lower(i + 1).and_then(month)?;
        let precision = if from == to { Precision::Day } else { Precision::Month };
        let interval = |y: i32| {
            let last = crate::date::days_in_month(y, m);
            Some((Date::new(y, m, from.min(last))?, Date::new(y, m, to.min(last))?))
        };
        match self.year_after(i + 2) {
            Some((n, y)) => Reading::in_year(2 + n, y, interval, precision),
            None => self.nearest(i, 2, interval, precision),
        }
    }

    /// `dit najaar`, `komend najaar`, `afgelopen zomer`, `najaar 2018`, `het voorjaar van
    /// 2018`, `de zomer van dit jaar`.
    fn season(&self, i: usize) -> Option<Reading> {
        let lead = usize::from(self.is(i, &["het", "de"]));
        if let Some(name) = self.lower(i + lead).filter(|w| season(w).is_some())
            && let Some((n, y)) = self.year_after(i + lead + 1)
        {
            return Reading::in_year(lead + 1 + n, y, |y| season_interval(name, y), Precision::Season);
        }
        if lead == 1
            && let Some(name) = self.lower(i + 1).filter(|w| season(w).is_some())
            && let Some(previous) = i.checked_sub(1).filter(|&k| self.joined(k)).and_then(|k| self.lower(k))
            && ["in", "na", "tot", "sinds", "vanaf", "uiterlijk", "voor", "vóór"].contains(&previous)
        {
            // `in het najaar`, `na de zomer`, `tot het voorjaar`, `voor het zomerreces`: the
            // season nearest the letter; after `tot` or `na` rather one to come, after `sinds`
            // one begun.
            return self.nearest(i, 2, |y| season_interval(name, y), Precision::Season);
        }
        let deixis = self.lower(i)?;
        let name = self.lower(i + 1)?;
        season(name)?;
        let Some(letter) = self.letter else {
            return deixis_direction(deixis).map(|_| Reading::unanchored(2));
        };
        let candidates = (letter.year - 2..=letter.year + 1).filter_map(|y| season_interval(name, y));
        let (start, end) = match deixis_direction(deixis)? {
            0 => season_interval(name, letter.year),
            1 => candidates.into_iter().find(|(_, end)| *end >= letter),
            _ => candidates.into_iter().rfind(|(_, end)| *end < letter),
        }?;
        Some(Reading { relative: true, ..Reading::fixed(2, start, end, Precision::Season) })
    }

    /// `begin 2017`, `halverwege 2012`, `eind dit jaar`, `begin van volgend jaar`.
    fn part_of_year(&self, i: usize) -> Option<Reading> {
        let (first, last) = self.lower(i).and_then(part_of_year)?;
        let (n, y) = self.year_after(i + 1)?;
        let interval = |y: i32| Some((Date::first_of_month(y, first)?, Date::last_of_month(y, last)?));
        Reading::in_year(1 + n, y, interval, Precision::Season)
    }

    /// `het eerste kwartaal van 2018`, `in het vierde kwartaal` (the one nearest the letter), `Q3
    /// 2018`, `het tweede halfjaar van 2018`, `de eerste helft van 2019`.
    fn quarter(&self, i: usize) -> Option<Reading> {
        let q = self.lower(i).and_then(|w| w.strip_prefix('q')).and_then(|n| n.parse::<u8>().ok());
        let (len, first, months, precision) = if let Some(q) = q.filter(|q| (1..=4).contains(q)) {
            (1, 3 * q - 2, 3, Precision::Quarter)
        } else {
            let lead = usize::from(self.is(i, &["het", "de"]));
            let nth = self.lower(i + lead).and_then(ordinal)?;
            let (count, months, precision) = match self.lower(i + lead + 1)? {
                "kwartaal" => (4, 3, Precision::Quarter),
                "halfjaar" | "jaarhelft" | "helft" => (2, 6, Precision::HalfYear),
                _ => return None,
            };
            let nth = if nth == LAST { count } else { nth };
            if nth > count {
                return None;
            }
            (lead + 2, months * (nth - 1) + 1, months, precision)
        };
        let interval = |y: i32| Some((Date::first_of_month(y, first)?, Date::last_of_month(y, first + months - 1)?));
        match self.year_after(i + len) {
            Some((n, y)) => Reading::in_year(len + n, y, interval, precision),
            // `de tweede helft` alone is as often of a match as of a year.
            None if !self.is(i + len - 1, &["helft"]) => self.nearest(i, len, interval, precision),
            None => None,
        }
    }

    /// `de derde woensdag van mei`, `elke laatste vrijdag van de maand`: the next one on or
    /// after the letter, marked [`Precision::Recurring`]; `de derde dinsdag van september 2018`
    /// is one day.
    fn nth_weekday(&self, i: usize) -> Option<Reading> {
        let every = usize::from(self.is(i, &["elke", "iedere"]));
        let k = i + every + usize::from(self.is(i + every, &["de"]));
        let nth = self.lower(k).and_then(ordinal).filter(|&n| n <= 5)?;
        let wd = self.lower(k + 1).and_then(weekday)?;
        if !self.is(k + 2, &["van"]) {
            return None;
        }
        let recurring = |len: usize, date: Option<Date>| Reading {
            start: date,
            end: date,
            precision: Precision::Recurring,
            ..Reading::unanchored(len)
        };
        if self.is(k + 3, &["de"]) && self.is(k + 4, &["maand"]) {
            let len = k + 5 - i;
            let Some(letter) = self.letter else { return Some(recurring(len, None)) };
            let next = (0..3)
                .map(|n| letter.add_months(n))
                .filter_map(|m| nth_weekday_of(m.year, m.month, wd, nth))
                .find(|date| *date >= letter)?;
            return Some(recurring(len, Some(next)));
        }
        let m = self.lower(k + 3).and_then(month)?;
        if let Some((n, y)) = self.year_after(k + 4) {
            let date = |y: i32| nth_weekday_of(y, m, wd, nth).map(|d| (d, d));
            return Reading::in_year(k + 4 + n - i, y, date, Precision::Day);
        }
        let len = k + 4 - i;
        let Some(letter) = self.letter else { return Some(recurring(len, None)) };
        // A fifth weekday is not in every year's month: look a few years ahead.
        let next = (0..8).filter_map(|n| nth_weekday_of(letter.year + n, m, wd, nth)).find(|date| *date >= letter)?;
        Some(recurring(len, Some(next)))
    }

    /// `aanstaande vrijdag`, `maandag aanstaande` (the next after the letter), `afgelopen
    /// maandag`, `vrijdag jl.` (the last before it), `elke dinsdag` (the next on or after it,
    /// recurring).
    fn weekday(&self, i: usize) -> Option<Reading> {
        let (len, wd, direction, stop) = if let Some(wd) = self.lower(i).and_then(weekday) {
            if let Some((n, stop)) = self.past_marker(i + 1) {
                (1 + n, wd, -1, stop)
            } else if self.is(i + 1, &["aanstaande", "aanstaand"]) {
                (2, wd, 1, false)
            } else {
                return None;
            }
        } else {
            let wd = self.lower(i + 1).and_then(weekday)?;
            let direction = match self.lower(i)? {
                "elke" | "iedere" => 0,
                w => deixis_direction(w).filter(|&d| d != 0)?,
            };
            (2, wd, direction, false)
        };
        let precision = if direction == 0 { Precision::Recurring } else { Precision::Day };
        let Some(letter) = self.letter else {
            let precision = if direction == 0 { Precision::Recurring } else { Precision::Relative };
            return Some(Reading { precision, stop, ..Reading::unanchored(len) });
        };
        let (from, to) = (letter.weekday() as i64, wd as i64);
        let date = match direction {
            0 => shift(letter, (to - from).rem_euclid(7)),
            1 => shift(letter, (to - from - 1).rem_euclid(7) + 1),
            _ => shift(letter, -((from - to - 1).rem_euclid(7) + 1)),
        };
        Some(Reading { relative: true, stop, ..Reading::fixed(len, date, date, precision) })
    }

    /// `sinds 2014`: from then until the letter.
    fn since_year(&self, i: usize) -> Option<Reading> {
        if !self.is(i, &["sinds"]) {
            return None;
        }
        let (len, start, _) = self.year_or_part(i + 1)?;
        Some(Reading {
            start: Some(start),
            end: self.letter,
            precision: Precision::Period,
            relative: self.letter.is_some(),
            ..Reading::unanchored(len + 1)
        })
    }

    /// `2018`, `het jaar 2018`, `(2014)`.
    fn year(&self, i: usize) -> Option<Reading> {
        let (k, lead) = if self.is(i, &["het"]) && self.is(i + 1, &["jaar"]) { (i + 2, 2) } else { (i, 0) };
        let y = self.word(k).and_then(year)?;
        if i > 0 && lead == 0 {
            // Numbers that name things, not years: `resolutie 2254`, `artikel 1990`.
            let previous = self.lower(i - 1).unwrap_or("");
            if ["resolutie", "artikel", "nr", "nrs", "nummer"].iter().any(|w| previous.ends_with(w)) {
                return None;
            }
        }
        Some(Reading::fixed(lead + 1, Date::new(y, 1, 1)?, Date::new(y, 12, 31)?, Precision::Year))
    }

    /// `na zestien jaar`, `de afgelopen drie jaar`, `twee jaar geleden`: a stretch of years up
    /// to the letter, where the words around it reach back from the letter. Elsewhere (`voor
    /// een periode van twee jaar`, `beperkt tot twee jaar`) it is a length, placed nowhere.
    fn duration(&self, i: usize) -> Option<Reading> {
        let n = self.lower(i).and_then(|w| small_number(w, 100))?;
        if !self.is(i + 1, &["jaar", "jaren"]) {
            return None;
        }
        if !self.reaches_back(i) {
            return Some(Reading {
                precision: Precision::Period,
                relative: false,
                length: true,
                bare: true,
                ..Reading::unanchored(2)
            });
        }
        let Some(letter) = self.letter else { return Some(Reading { bare: true, ..Reading::unanchored(2) }) };
        let start = letter.add_months(-12 * n as i32);
        Some(Reading { bare: true, relative: true, ..Reading::fixed(2, start, letter, Precision::Period) })
    }

    /// Whether the words around a number of years at word `i` count them back from the
    /// letter: `na`, `sinds`, `de afgelopen`, `de voorbije`, `de laatste` before it (past a
    /// `zo’n`, `ruim` or `bijna`), or `geleden` after it.
    fn reaches_back(&self, i: usize) -> bool {
        const ABOUT: &[&str] = &["zo", "n", "ruim", "bijna", "ongeveer", "circa", "ca", "pakweg"];
        if self.is(i + 2, &["geleden"]) {
            return true;
        }
        let mut k = i;
        while k > 0 && self.is(k - 1, ABOUT) {
            k -= 1;
        }
        k.checked_sub(1).is_some_and(|k| self.is(k, &["na", "sinds", "afgelopen", "voorbije", "laatste"]))
    }

    /// `over twee weken`, `over drie maanden`: the day, week, month or year that far after the
    /// letter.
    fn ahead(&self, i: usize) -> Option<Reading> {
        if !self.is(i, &["over"]) {
            return None;
        }
        let n = self.lower(i + 1).and_then(|w| small_number(w, 100)).filter(|&n| n > 0)?;
        let unit = self.lower(i + 2)?;
        if !["dag", "dagen", "week", "weken", "maand", "maanden", "jaar"].contains(&unit) {
            return None;
        }
        let Some(letter) = self.letter else { return Some(Reading::unanchored(3)) };
        let n = i64::from(n);
        let (start, end, precision) = match unit {
            "dag" | "dagen" => {
                let day = shift(letter, n);
                (day, day, Precision::Day)
            }
            "week" | "weken" => {
                let monday = monday_of(shift(letter, 7 * n));
                (monday, shift(monday, 6), Precision::Week)
            }
            "maand" | "maanden" => {
                let then = letter.add_months(i32::try_from(n).ok()?);
                (
                    Date::first_of_month(then.year, then.month)?,
                    Date::last_of_month(then.year, then.month)?,
                    Precision::Month,
                )
            }
            _ => {
                let y = letter.year + i32::try_from(n).ok()?;
                (Date::new(y, 1, 1)?, Date::new(y, 12, 31)?, Precision::Year)
            }
        };
        Some(Reading { relative: true, ..Reading::fixed(3, start, end, precision) })
    }

    /// `de rest van dit jaar` (from the letter on), `in de loop van 2017` (the whole of it),
    /// `de eerste weken van het vierde kwartaal` (its first six weeks), `de laatste maanden
    /// van 2018` (its last three months): a stretch of the expression after `van`.
    fn stretch(&self, i: usize) -> Option<Reading> {
        let lead = usize::from(self.is(i, &["de"]));
        let k = i + lead;
        let (words, part) = match (self.lower(k)?, self.lower(k + 1)?) {
            ("rest", "van") => (2, Stretch::Rest),
            ("loop", "van") => (2, Stretch::Whole),
            (edge @ ("eerste" | "laatste"), unit @ ("weken" | "maanden")) if self.is(k + 2, &["van"]) => {
                (3, Stretch::Edge { first: edge == "eerste", weeks: unit == "weken" })
            }
            _ => return None,
        };
        let at = k + words;
        let inner = if self.is(at, &["het"])
            && self.is(at + 1, &["jaar"])
            && self.word(at + 2).is_none_or(|w| year(w).is_none())
        {
            // `de rest van het jaar`: the letter's.
            let y = self.letter_year();
            Reading::in_year(2, y, |y| Some((Date::new(y, 1, 1)?, Date::new(y, 12, 31)?)), Precision::Year)?
        } else {
            self.read(at)?
        };
        let len = words + lead + inner.len;
        let (Some(start), Some(end)) = (inner.start, inner.end) else {
            return Some(Reading { stop: inner.stop, ..Reading::unanchored(len) });
        };
        let (start, end, precision, relative) = match part {
            Stretch::Whole => (start, end, inner.precision, inner.relative),
            // The rest of a span is counted from the letter, so a letter without a date
            // leaves it open.
            Stretch::Rest => match self.letter {
                Some(letter) if letter > end => return None,
                Some(letter) => (start.max(letter), end, Precision::Period, true),
                None => return Some(Reading { stop: inner.stop, ..Reading::unanchored(len) }),
            },
            Stretch::Edge { first, weeks } => {
                let (from, to) = if weeks {
                    (shift(end, -41), shift(start, 41))
                } else {
                    let before_end = end.add_months(-3);
                    (shift(before_end, 1), shift(start.add_months(3), -1))
                };
                if first {
                    (start, to.min(end), Precision::Period, inner.relative)
                } else {
                    (from.max(start), end, Precision::Period, inner.relative)
                }
            }
        };
        Some(Reading { len, relative, stop: inner.stop, ..Reading::fixed(len, start, end, precision) })
    }

    /// `op korte termijn`, `de afgelopen maanden`, `onlangs`: anchored at the letter's date.
    fn relative(&self, i: usize) -> Option<Reading> {
        // (words, months from the letter to the start, to the end)
        const PHRASES: &[(&[&str], i32, i32)] = &[
            (&["op", "korte", "termijn"], 0, 3),
            (&["op", "zo", "kort", "mogelijke", "termijn"], 0, 3),
            (&["op", "langere", "termijn"], 12, 60),
            (&["op", "lange", "termijn"], 12, 60),
            (&["de", "nabije", "toekomst"], 0, 12),
            (&["de", "afgelopen", "maanden"], -6, 0),
            (&["afgelopen", "maanden"], -6, 0),
            (&["de", "afgelopen", "jaren"], -36, 0),
            (&["de", "afgelopen", "weken"], -1, 0),
            (&["de", "komende", "weken"], 0, 1),
            (&["de", "komende", "maanden"], 0, 6),
            (&["de", "komende", "jaren"], 0, 36),
            (&["afgelopen", "jaren"], -36, 0),
            (&["voorgaande", "jaren"], -36, 0),
            (&["de", "laatste", "jaren"], -36, 0),
            (&["onlangs"], -3, 0),
            (&["recentelijk"], -3, 0),
            (&["op", "dit", "moment"], 0, 0),
            (&["momenteel"], 0, 0),
            (&["thans"], 0, 0),
        ];
        let &(phrase, from, to) = PHRASES
            .iter()
            .find(|(phrase, ..)| phrase.iter().enumerate().all(|(k, w)| self.lower(i + k) == Some(*w)))?;
        let vague = Reading { bare: true, ..Reading::unanchored(phrase.len()) };
        let Some(letter) = self.letter else { return Some(vague) };
        Some(Reading { start: Some(letter.add_months(from)), end: Some(letter.add_months(to)), ..vague })
    }

    /// `vorige week`, `deze week`, `volgende week` (Monday to Sunday), `deze maand`, `vorig
    /// kwartaal`, `volgend halfjaar`, `dit jaar`: the letter's calendar unit or the one
    /// before or after it.
    fn deictic(&self, i: usize) -> Option<Reading> {
        // `het komende jaar`, `de vorige maand`: the article belongs to it.
        let lead = usize::from(self.is(i, &["het", "de"]));
        let offset = self.lower(i + lead).and_then(deixis)?;
        // A week has no months; the other units are so many months long.
        let (months, precision) = match self.lower(i + lead + 1)? {
            "week" => (None, Precision::Week),
            "maand" => (Some(1), Precision::Month),
            "kwartaal" => (Some(3), Precision::Quarter),
            "halfjaar" => (Some(6), Precision::HalfYear),
            "jaar" => (Some(12), Precision::Year),
            _ => return None,
        };
        let len = lead + 2;
        let Some(letter) = self.letter else { return Some(Reading::unanchored(len)) };
        let (start, end) = if let Some(months) = months {
            let first_month = (letter.month - 1) / months * months + 1;
            let start = Date::first_of_month(letter.year, first_month)?.add_months(offset * i32::from(months));
            let last = start.add_months(i32::from(months) - 1);
            (start, Date::last_of_month(last.year, last.month)?)
        } else {
            let monday = shift(monday_of(letter), 7 * i64::from(offset));
            (monday, shift(monday, 6))
        };
        Some(Reading { relative: true, ..Reading::fixed(len, start, end, precision) })
    }

    /// `Prinsjesdag 2018`; `Prinsjesdag`, the one nearest the letter.
    fn named_day(&self, i: usize) -> Option<Reading> {
        let word = self.lower(i)?;
        let rule = self.named_days.iter().find(|d| names_day(&d.name, word))?;
        let date = |y: i32| Date::nth_weekday(y, rule.month, rule.weekday, rule.nth).map(|d| (d, d));
        match self.word(i + 1).and_then(year) {
            Some(y) => Reading::in_year(2, Year { value: Some(y), relative: false }, date, Precision::Day),
            None => self.nearest(i, 1, date, Precision::Day),
        }
    }
}

/// Whether a lowercase word is a named day's `name`, in any case. Most names are ASCII and
/// are compared as they stand; lowercasing them for every word cost an allocation each.
fn names_day(name: &str, lower_word: &str) -> bool {
    if name.is_ascii() {
        // `lower_word` holds no ASCII capitals, so this is `name` in lower case against it.
        name.eq_ignore_ascii_case(lower_word)
    } else {
        name.to_lowercase() == lower_word
    }
}

/// Which way a word such as `komend` or `afgelopen` points from the letter: forward (1),
/// back (-1) or at the letter's own (0).
fn deixis_direction(word: &str) -> Option<i32> {
    match word {
        "jongstleden" => Some(-1),
        _ => deixis(word),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LETTER: Date = Date { year: 2017, month: 9, day: 4 };

    fn read(text: &str) -> Vec<(String, String, String, Precision, bool)> {
        read_at(text, Some(LETTER))
    }

    /// What `text` holds, read in a letter of `letter` (or one without a date).
    fn read_at(text: &str, letter: Option<Date>) -> Vec<(String, String, String, Precision, bool)> {
        let prinsjesdag = NamedDay { name: "Prinsjesdag".into(), month: 9, weekday: Weekday::Tuesday, nth: 3 };
        find(text, &tokenize(text), letter, &[prinsjesdag], &[])
            .into_iter()
            .map(|t| {
                let show = |d: Option<Date>| d.map_or("-".to_string(), |d| d.to_string());
                (text[t.range].to_string(), show(t.start), show(t.end), t.precision, t.relative_to_letter)
            })
            .collect()
    }

    fn one(text: &str) -> (String, String, String, Precision, bool) {
        one_at(text, Some(LETTER))
    }

    /// The expressions in `text` as [`find`] gives them, in a letter of `letter`.
    fn find_at(text: &str, letter: Option<Date>) -> Vec<Temporal> {
        find(text, &tokenize(text), letter, &[], &[])
    }

    fn one_at(text: &str, letter: Option<Date>) -> (String, String, String, Precision, bool) {
        let found = read_at(text, letter);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    fn date(s: &str) -> Option<Date> {
        Some(s.parse().unwrap())
    }

    fn tuple(t: &str, s: &str, e: &str, p: Precision, r: bool) -> (String, String, String, Precision, bool) {
        (t.into(), s.into(), e.into(), p, r)
    }

    #[test]
    fn ok_day() {
        assert_eq!(
            one("de brief van 9 september 2016 beschreef"),
            tuple("9 september 2016", "2016-09-09", "2016-09-09", Precision::Day, false)
        );
    }

    #[test]
    fn ok_day_range() {
        assert_eq!(
            one("Warschau op 8 en 9 juli 2016 besloten"),
            tuple("8 en 9 juli 2016", "2016-07-08", "2016-07-09", Precision::Day, false)
        );
    }

    #[test]
    fn ok_day_from() {
        assert_eq!(
            one("F-16’s vanaf 1 januari 2018, waarbij"),
            tuple("vanaf 1 januari 2018", "2018-01-01", "-", Precision::Day, false)
        );
    }

    #[test]
    fn ok_day_without_year_takes_letter_year() {
        assert_eq!(one("op 1 december"), tuple("1 december", "2017-12-01", "2017-12-01", Precision::Day, true));
    }

    #[test]
    fn ok_month() {
        assert_eq!(
            one("in februari 2016"),
            tuple("in februari 2016", "2016-02-01", "2016-02-29", Precision::Month, false)
        );
    }

    #[test]
    fn ok_seasons_relative_to_letter() {
        assert_eq!(
            one("zal het kabinet dit najaar besluiten"),
            tuple("dit najaar", "2017-09-01", "2017-11-30", Precision::Season, true)
        );
        assert_eq!(
            one("komend najaar nader"),
            tuple("komend najaar", "2017-09-01", "2017-11-30", Precision::Season, true)
        );
        assert_eq!(
            one("komend voorjaar"),
            tuple("komend voorjaar", "2018-03-01", "2018-05-31", Precision::Season, true)
        );
        assert_eq!(
            one("afgelopen winter"),
            tuple("afgelopen winter", "2016-12-01", "2017-02-28", Precision::Season, true)
        );
        assert_eq!(one("najaar 2018"), tuple("najaar 2018", "2018-09-01", "2018-11-30", Precision::Season, false));
    }

    #[test]
    fn ok_years() {
        assert_eq!(one("bijdragen in 2018."), tuple("in 2018", "2018-01-01", "2018-12-31", Precision::Year, false));
        assert_eq!(
            one("voor het jaar 2017."),
            tuple("het jaar 2017", "2017-01-01", "2017-12-31", Precision::Year, false)
        );
        assert_eq!(one("Toetsingskader (2014) zal"), tuple("2014", "2014-01-01", "2014-12-31", Precision::Year, false));
    }

    #[test]
    fn ok_periods() {
        assert_eq!(one("Sinds 2014 is"), tuple("Sinds 2014", "2014-01-01", "2017-09-04", Precision::Period, true));
        assert_eq!(
            one("sinds halverwege 2012 tot begin 2017."),
            tuple("sinds halverwege 2012 tot begin 2017", "2012-06-01", "2017-03-31", Precision::Period, false)
        );
        assert_eq!(
            one("Na zo’n zestien jaar van"),
            tuple("zestien jaar", "2001-09-04", "2017-09-04", Precision::Period, true)
        );
        assert_eq!(
            one("van 2014 tot en met 2016"),
            tuple("van 2014 tot en met 2016", "2014-01-01", "2016-12-31", Precision::Period, false)
        );
    }

    #[test]
    fn ok_relative() {
        assert_eq!(
            one("Op korte termijn zullen"),
            tuple("Op korte termijn", "2017-09-04", "2017-12-04", Precision::Relative, true)
        );
        assert_eq!(
            one("zoals de afgelopen maanden is"),
            tuple("de afgelopen maanden", "2017-03-04", "2017-09-04", Precision::Relative, true)
        );
        assert_eq!(one("dit jaar"), tuple("dit jaar", "2017-01-01", "2017-12-31", Precision::Year, true));
    }

    #[test]
    fn ok_named_day() {
        assert_eq!(
            one("die de Kamer op Prinsjesdag toegaat"),
            tuple("Prinsjesdag", "2017-09-19", "2017-09-19", Precision::Day, true)
        );
    }

    #[test]
    fn err_numbers_that_are_not_dates() {
        assert!(read("VN-Veiligheidsraadresolutie 2254, een").is_empty());
        assert!(read("ongeveer 60.000 Malinese vluchtelingen en F-16’s").is_empty());
        assert!(read("artikel 51 van het VN-Handvest").is_empty());
        assert!(read("32 september 2016").iter().all(|t| t.3 != Precision::Day));
    }

    #[test]
    fn err_excluded_ranges_are_skipped() {
        let text = "Kamerstuk 2016 nr. 3 in 2018";
        let citation = std::iter::once(0..20).collect::<Vec<_>>();
        let found = find(text, &tokenize(text), Some(LETTER), &[], &citation);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].range.clone()], "in 2018");
    }

    #[test]
    fn err_no_run_of_grammar_words_panics() {
        const WORDS: [&str; 24] = [
            "de",
            "het",
            "van",
            "tot",
            "en",
            "met",
            "t/m",
            "uiterlijk",
            "na",
            "sinds",
            "jl.",
            "j.l.",
            "dezer",
            "31e",
            "29",
            "februari",
            "2100",
            "1900",
            "laatste",
            "vijfde",
            "vrijdag",
            "kwartaal",
            "helft",
            "dit",
        ];
        for letter in [None, date("2100-12-31"), date("1900-01-01")] {
            for a in WORDS {
                for b in WORDS {
                    for c in WORDS {
                        let text = format!("{a} {b} {c} jaar week maand");
                        for t in read_at(&text, letter) {
                            assert!(!t.0.is_empty(), "{text}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn ok_day_month_year_prefix() {
        assert_eq!(day_month_year("29 januari 2016), en"), Some(("2016-01-29".parse().unwrap(), 15)));
        assert_eq!(day_month_year("x 29 januari 2016"), None);
    }

    #[test]
    fn err_day_month_year_prefix_cut_inside_a_character() {
        // Bug: a text whose 40th byte fell inside a character panicked.
        let text = format!("{}ୋ 1 mei 2018", "a".repeat(39));
        assert_eq!(day_month_year(&text), None);
    }

    #[test]
    fn ok_past_day_jl() {
        assert_eq!(
            one_at("op 23 november jl. heeft", date("2019-02-14")),
            tuple("23 november jl.", "2018-11-23", "2018-11-23", Precision::Day, true)
        );
        assert_eq!(
            one("op 11 april jongstleden"),
            tuple("11 april jongstleden", "2017-04-11", "2017-04-11", Precision::Day, true)
        );
        // On or before the letter: the letter's own day counts.
        assert_eq!(
            one("op 4 september j.l. is"),
            tuple("4 september j.l.", "2017-09-04", "2017-09-04", Precision::Day, true)
        );
        assert_eq!(one("in maart jl."), tuple("in maart jl.", "2017-03-01", "2017-03-31", Precision::Month, true));
        assert_eq!(
            one_at("in maart jl.", date("2017-02-14")),
            tuple("in maart jl.", "2016-03-01", "2016-03-31", Precision::Month, true)
        );
        assert_eq!(one("vrijdag jl."), tuple("vrijdag jl.", "2017-09-01", "2017-09-01", Precision::Day, true));
    }

    #[test]
    fn err_past_day_needs_the_marker() {
        assert_eq!(one("23 november jlt"), tuple("23 november", "2017-11-23", "2017-11-23", Precision::Day, true));
        assert_eq!(one("23 november j l"), tuple("23 november", "2017-11-23", "2017-11-23", Precision::Day, true));
    }

    #[test]
    fn ok_day_this_month() {
        assert_eq!(one("op de 12e dezer"), tuple("de 12e dezer", "2017-09-12", "2017-09-12", Precision::Day, true));
        assert_eq!(one("op 12 dezer"), tuple("12 dezer", "2017-09-12", "2017-09-12", Precision::Day, true));
        assert_eq!(one("de 5de dezer"), tuple("de 5de dezer", "2017-09-05", "2017-09-05", Precision::Day, true));
    }

    #[test]
    fn err_day_this_month() {
        assert!(read("de 12e etappe").is_empty());
        // September has thirty days.
        assert!(read("de 31e dezer").is_empty());
    }

    #[test]
    fn ok_of_this_year() {
        assert_eq!(
            one("in maart van dit jaar"),
            tuple("in maart van dit jaar", "2017-03-01", "2017-03-31", Precision::Month, true)
        );
        assert_eq!(
            one("op 12 maart van dit jaar"),
            tuple("12 maart van dit jaar", "2017-03-12", "2017-03-12", Precision::Day, true)
        );
        assert_eq!(
            one("in het voorjaar van vorig jaar"),
            tuple("in het voorjaar van vorig jaar", "2016-03-01", "2016-05-31", Precision::Season, true)
        );
        assert_eq!(one("eind dit jaar"), tuple("eind dit jaar", "2017-10-01", "2017-12-31", Precision::Season, true));
    }

    #[test]
    fn ok_weeks_and_other_units_around_the_letter() {
        // The letter is of Monday 4 September 2017.
        assert_eq!(one("vorige week"), tuple("vorige week", "2017-08-28", "2017-09-03", Precision::Week, true));
        assert_eq!(one("deze week"), tuple("deze week", "2017-09-04", "2017-09-10", Precision::Week, true));
        assert_eq!(one("volgende week"), tuple("volgende week", "2017-09-11", "2017-09-17", Precision::Week, true));
        assert_eq!(
            one_at("deze week", date("2017-09-10")),
            tuple("deze week", "2017-09-04", "2017-09-10", Precision::Week, true)
        );
        assert_eq!(one("deze maand"), tuple("deze maand", "2017-09-01", "2017-09-30", Precision::Month, true));
        assert_eq!(
            one("vorig kwartaal"),
            tuple("vorig kwartaal", "2017-04-01", "2017-06-30", Precision::Quarter, true)
        );
        assert_eq!(
            one("volgend halfjaar"),
            tuple("volgend halfjaar", "2018-01-01", "2018-06-30", Precision::HalfYear, true)
        );
    }

    #[test]
    fn err_weeks() {
        assert!(read("vorige weken").is_empty());
        assert!(read("komende weken").is_empty());
    }

    #[test]
    fn ok_stretches_of_an_expression() {
        // The letter is of Monday 4 September 2017.
        assert_eq!(
            one("voor de rest van dit jaar"),
            tuple("de rest van dit jaar", "2017-09-04", "2017-12-31", Precision::Period, true)
        );
        assert_eq!(
            one("de rest van het jaar"),
            tuple("de rest van het jaar", "2017-09-04", "2017-12-31", Precision::Period, true)
        );
        assert_eq!(
            one("in de loop van 2018"),
            tuple("in de loop van 2018", "2018-01-01", "2018-12-31", Precision::Year, false)
        );
        assert_eq!(
            one("de eerste weken van het vierde kwartaal"),
            tuple("de eerste weken van het vierde kwartaal", "2017-10-01", "2017-11-11", Precision::Period, true)
        );
        assert_eq!(
            one("de laatste maanden van 2018"),
            tuple("de laatste maanden van 2018", "2018-10-01", "2018-12-31", Precision::Period, false)
        );
    }

    #[test]
    fn err_stretches_of_an_expression() {
        assert!(read("de rest van de week").is_empty());
        assert!(read("in de loop van de rivier").is_empty());
        // The rest of a year that is over is no time at all; the year is still a year.
        assert_eq!(one("de rest van 2016"), tuple("2016", "2016-01-01", "2016-12-31", Precision::Year, false));
    }

    #[test]
    fn ok_seasons_after_a_preposition() {
        assert_eq!(one("in het najaar"), tuple("in het najaar", "2017-09-01", "2017-11-30", Precision::Season, true));
        assert_eq!(
            one_at("na de zomer", date("2023-05-26")),
            tuple("na de zomer", "2023-09-01", "-", Precision::Season, true)
        );
        assert_eq!(one("tot het voorjaar"), tuple("tot het voorjaar", "-", "2018-05-31", Precision::Season, true));
        assert_eq!(
            one("sinds het voorjaar"),
            tuple("sinds het voorjaar", "2017-03-01", "2017-09-04", Precision::Period, true)
        );
    }

    #[test]
    fn err_season_with_an_article_needs_a_preposition() {
        assert!(read("het najaar").is_empty());
        assert!(read("met het najaar").is_empty());
        assert!(read("in de winterperiode").is_empty());
    }

    #[test]
    fn ok_time_ahead_of_the_letter() {
        // The letter is of Monday 4 September 2017.
        assert_eq!(
            one("Over twee weken bezoeken wij"),
            tuple("Over twee weken", "2017-09-18", "2017-09-24", Precision::Week, true)
        );
        assert_eq!(
            one("over drie maanden"),
            tuple("over drie maanden", "2017-12-01", "2017-12-31", Precision::Month, true)
        );
        assert_eq!(one("over 10 dagen"), tuple("over 10 dagen", "2017-09-14", "2017-09-14", Precision::Day, true));
    }

    #[test]
    fn err_time_ahead_of_the_letter() {
        assert!(read("over twee zaken").is_empty());
        assert!(read("over weken").is_empty());
        assert_eq!(one("over 2016"), tuple("2016", "2016-01-01", "2016-12-31", Precision::Year, false));
    }

    #[test]
    fn ok_vague_weeks_and_years_around_the_letter() {
        assert_eq!(
            one("de afgelopen weken"),
            tuple("de afgelopen weken", "2017-08-04", "2017-09-04", Precision::Relative, true)
        );
        assert_eq!(
            one("de komende weken"),
            tuple("de komende weken", "2017-09-04", "2017-10-04", Precision::Relative, true)
        );
        assert_eq!(
            one("de komende jaren"),
            tuple("de komende jaren", "2017-09-04", "2020-09-04", Precision::Relative, true)
        );
    }

    #[test]
    fn ok_after_the_end_of() {
        assert_eq!(
            one("na afloop van volgend jaar"),
            tuple("na afloop van volgend jaar", "2019-01-01", "-", Precision::Year, true)
        );
    }

    #[test]
    fn err_after_the_end_of_no_date() {
        assert!(read("na afloop van een opleiding").is_empty());
    }

    #[test]
    fn ok_deictic_with_an_article() {
        assert_eq!(
            one("in het komende jaar"),
            tuple("in het komende jaar", "2018-01-01", "2018-12-31", Precision::Year, true)
        );
    }

    #[test]
    fn ok_two_months_of_one_year() {
        assert_eq!(
            one("van augustus en september 2021"),
            tuple("augustus en september 2021", "2021-08-01", "2021-09-30", Precision::Month, false)
        );
    }

    #[test]
    fn err_two_months_out_of_order() {
        assert_eq!(
            one("september en augustus 2021"),
            tuple("augustus 2021", "2021-08-01", "2021-08-31", Precision::Month, false)
        );
    }

    #[test]
    fn ok_years_joined_by_a_dash() {
        assert_eq!(
            one("Veiligheidsstrategie 2018-2022 (Kamerstuk"),
            tuple("2018-2022", "2018-01-01", "2022-12-31", Precision::Period, false)
        );
    }

    #[test]
    fn err_years_with_a_spaced_dash_are_two() {
        assert_eq!(read("2018 - 2022").len(), 2);
        // A later year first is no period.
        assert_eq!(read("2022-2018").len(), 2);
    }

    #[test]
    fn ok_parts_of_months_and_years() {
        assert_eq!(
            one("medio maart 2018"),
            tuple("medio maart 2018", "2018-03-10", "2018-03-20", Precision::Month, false)
        );
        assert_eq!(one("eind maart"), tuple("eind maart", "2017-03-21", "2017-03-31", Precision::Month, true));
        assert_eq!(
            one("begin april 2018"),
            tuple("begin april 2018", "2018-04-01", "2018-04-10", Precision::Month, false)
        );
        assert_eq!(
            one("ultimo februari 2016"),
            tuple("ultimo februari 2016", "2016-02-29", "2016-02-29", Precision::Day, false)
        );
        assert_eq!(one("medio 2018"), tuple("medio 2018", "2018-06-01", "2018-07-31", Precision::Season, false));
        assert_eq!(one("eind 2018"), tuple("eind 2018", "2018-10-01", "2018-12-31", Precision::Season, false));
        assert_eq!(one("begin 2019"), tuple("begin 2019", "2019-01-01", "2019-03-31", Precision::Season, false));
    }

    #[test]
    fn ok_bounds() {
        assert_eq!(
            one("uiterlijk 1 juli 2018"),
            tuple("uiterlijk 1 juli 2018", "-", "2018-07-01", Precision::Day, false)
        );
        assert_eq!(
            one("uiterlijk eind 2018"),
            tuple("uiterlijk eind 2018", "-", "2018-12-31", Precision::Season, false)
        );
        assert_eq!(one("uiterlijk 1 december"), tuple("uiterlijk 1 december", "-", "2017-12-01", Precision::Day, true));
        assert_eq!(one("per 1 januari 2019"), tuple("per 1 januari 2019", "2019-01-01", "-", Precision::Day, false));
    }

    #[test]
    fn ok_more_prepositions() {
        assert_eq!(
            one("sinds begin van dit jaar"),
            tuple("sinds begin van dit jaar", "2017-01-01", "2017-09-04", Precision::Period, true)
        );
        assert_eq!(one("Sinds mei"), tuple("Sinds mei", "2017-05-01", "2017-09-04", Precision::Period, true));
        assert_eq!(one("in december"), tuple("in december", "2017-12-01", "2017-12-31", Precision::Month, true));
        assert_eq!(
            one("uiterlijk in het derde kwartaal van 2015"),
            tuple("uiterlijk in het derde kwartaal van 2015", "-", "2015-09-30", Precision::Quarter, false)
        );
        assert_eq!(
            one("met ingang van het derde kwartaal"),
            tuple("met ingang van het derde kwartaal", "2017-07-01", "-", Precision::Quarter, true)
        );
        assert_eq!(one("na eind 2016"), tuple("na eind 2016", "2017-01-01", "-", Precision::Season, false));
        assert_eq!(one("na zestien jaar"), tuple("zestien jaar", "2001-09-04", "2017-09-04", Precision::Period, true));
    }

    #[test]
    fn err_a_month_alone_is_no_date() {
        assert!(read("december").is_empty());
        assert!(read("de maand december").is_empty());
    }

    #[test]
    fn ok_until_and_including() {
        // Bug: `tot en met 31 december 2019` was read as that one day.
        assert_eq!(
            one("tot en met 31 december 2019"),
            tuple("tot en met 31 december 2019", "-", "2019-12-31", Precision::Day, false)
        );
        assert_eq!(
            one("t/m 31 december 2019"),
            tuple("t/m 31 december 2019", "-", "2019-12-31", Precision::Day, false)
        );
    }

    #[test]
    fn ok_periods_of_days_and_months() {
        assert_eq!(
            one("van 1 januari t/m 31 december 2019"),
            tuple("van 1 januari t/m 31 december 2019", "2019-01-01", "2019-12-31", Precision::Period, false)
        );
        assert_eq!(
            one("1 januari tot en met 31 maart 2018"),
            tuple("1 januari tot en met 31 maart 2018", "2018-01-01", "2018-03-31", Precision::Period, false)
        );
        assert_eq!(
            one("van 1 december t/m 31 januari 2019"),
            tuple("van 1 december t/m 31 januari 2019", "2018-12-01", "2019-01-31", Precision::Period, false)
        );
        // `per` opens a period as `vanaf` does, when an end follows.
        assert_eq!(
            one("per 1 april 2023 tot en met 31 maart 2024"),
            tuple("per 1 april 2023 tot en met 31 maart 2024", "2023-04-01", "2024-03-31", Precision::Period, false)
        );
        assert_eq!(
            one("tussen 1 en 10 maart 2018"),
            tuple("tussen 1 en 10 maart 2018", "2018-03-01", "2018-03-10", Precision::Period, false)
        );
        assert_eq!(
            one("van januari tot juni"),
            tuple("van januari tot juni", "2017-01-01", "2017-06-30", Precision::Period, true)
        );
    }

    #[test]
    fn err_periods_of_days() {
        assert!(read("van 2 tot 3 procent").is_empty());
        assert!(read("1 t/m 3").is_empty());
        // `en` links two days of one event, not a period, unless `tussen` opens it.
        assert_eq!(one("op 8 en 9 juli 2016").3, Precision::Day);
    }

    #[test]
    fn ok_seasons_with_years() {
        assert_eq!(
            one("het voorjaar van 2018"),
            tuple("het voorjaar van 2018", "2018-03-01", "2018-05-31", Precision::Season, false)
        );
        assert_eq!(one("komende zomer"), tuple("komende zomer", "2018-06-01", "2018-08-31", Precision::Season, true));
        assert_eq!(
            one("de winter van 2017"),
            tuple("de winter van 2017", "2017-12-01", "2018-02-28", Precision::Season, false)
        );
    }

    #[test]
    fn ok_quarters_and_halves() {
        assert_eq!(
            one("het eerste kwartaal van 2018"),
            tuple("het eerste kwartaal van 2018", "2018-01-01", "2018-03-31", Precision::Quarter, false)
        );
        assert_eq!(
            one("in het vierde kwartaal"),
            tuple("in het vierde kwartaal", "2017-10-01", "2017-12-31", Precision::Quarter, true)
        );
        assert_eq!(one("Q3 2018"), tuple("Q3 2018", "2018-07-01", "2018-09-30", Precision::Quarter, false));
        assert_eq!(
            one("het laatste kwartaal van 2018"),
            tuple("het laatste kwartaal van 2018", "2018-10-01", "2018-12-31", Precision::Quarter, false)
        );
        assert_eq!(
            one("het 2e kwartaal 2018"),
            tuple("het 2e kwartaal 2018", "2018-04-01", "2018-06-30", Precision::Quarter, false)
        );
        assert_eq!(
            one("het tweede halfjaar van 2018"),
            tuple("het tweede halfjaar van 2018", "2018-07-01", "2018-12-31", Precision::HalfYear, false)
        );
        assert_eq!(
            one("de eerste helft van 2019"),
            tuple("de eerste helft van 2019", "2019-01-01", "2019-06-30", Precision::HalfYear, false)
        );
    }

    #[test]
    fn err_quarters() {
        assert_eq!(one("Q5 2018"), tuple("2018", "2018-01-01", "2018-12-31", Precision::Year, false));
        assert!(read("het vijfde kwartaal van 2018").iter().all(|t| t.3 != Precision::Quarter));
        assert!(read("de tweede helft").is_empty());
        assert!(read("de tweede helft van de wedstrijd").is_empty());
    }

    #[test]
    fn ok_weekdays() {
        assert_eq!(
            one("op dinsdag 13 maart 2018"),
            tuple("dinsdag 13 maart 2018", "2018-03-13", "2018-03-13", Precision::Day, false)
        );
        // 14 March 2018 was a Wednesday: the date as written wins.
        assert_eq!(
            one("op dinsdag 14 maart 2018"),
            tuple("dinsdag 14 maart 2018", "2018-03-14", "2018-03-14", Precision::Day, false)
        );
        // Without a year the weekday picks it: 9 January 2018, not 2017, was a Tuesday.
        assert_eq!(
            one_at("op dinsdag 9 januari", date("2017-12-20")),
            tuple("dinsdag 9 januari", "2018-01-09", "2018-01-09", Precision::Day, true)
        );
        // The letter is of Monday 4 September 2017.
        assert_eq!(
            one("aanstaande vrijdag"),
            tuple("aanstaande vrijdag", "2017-09-08", "2017-09-08", Precision::Day, true)
        );
        assert_eq!(
            one("afgelopen maandag"),
            tuple("afgelopen maandag", "2017-08-28", "2017-08-28", Precision::Day, true)
        );
        assert_eq!(
            one("maandag aanstaande"),
            tuple("maandag aanstaande", "2017-09-11", "2017-09-11", Precision::Day, true)
        );
    }

    #[test]
    fn err_weekdays() {
        assert!(read("aanstaande vergadering").is_empty());
        assert!(read("op dinsdag").is_empty());
    }

    #[test]
    fn ok_recurring_days() {
        assert_eq!(
            one("de derde woensdag van mei"),
            tuple("de derde woensdag van mei", "2018-05-16", "2018-05-16", Precision::Recurring, true)
        );
        assert_eq!(
            one("de eerste dinsdag van september"),
            tuple("de eerste dinsdag van september", "2017-09-05", "2017-09-05", Precision::Recurring, true)
        );
        assert_eq!(
            one("elke laatste vrijdag van de maand"),
            tuple("elke laatste vrijdag van de maand", "2017-09-29", "2017-09-29", Precision::Recurring, true)
        );
        assert_eq!(
            one("iedere maandag"),
            tuple("iedere maandag", "2017-09-04", "2017-09-04", Precision::Recurring, true)
        );
        assert_eq!(
            one("de derde dinsdag van september 2018"),
            tuple("de derde dinsdag van september 2018", "2018-09-18", "2018-09-18", Precision::Day, false)
        );
    }

    #[test]
    fn err_recurring_days() {
        assert!(read("de derde woensdag").is_empty());
        assert!(read("de derde woensdag van de week").is_empty());
    }

    #[test]
    fn ok_relative_forms_in_a_letter_without_a_date_stay_relative() {
        // Bug: without the letter's date `uiterlijk 1 februari` lost its `uiterlijk`. The words
        // are those of a dated letter; only the dates are missing.
        for (text, expression) in [
            ("op 23 november jl. heeft", "23 november jl."),
            ("op 11 april jongstleden", "11 april jongstleden"),
            ("de 12e dezer", "de 12e dezer"),
            ("in maart van dit jaar", "in maart van dit jaar"),
            ("in maart jl.", "in maart jl."),
            ("vorige week", "vorige week"),
            ("deze week", "deze week"),
            ("volgende week", "volgende week"),
            ("komend najaar", "komend najaar"),
            ("aanstaande vrijdag", "aanstaande vrijdag"),
            ("afgelopen maandag", "afgelopen maandag"),
            ("in het vierde kwartaal", "in het vierde kwartaal"),
            ("eind maart", "eind maart"),
            ("eind dit jaar", "eind dit jaar"),
            ("dit jaar", "dit jaar"),
            ("op 9 september", "9 september"),
            ("Op korte termijn", "Op korte termijn"),
            ("op Prinsjesdag", "Prinsjesdag"),
            ("voor de rest van dit jaar", "de rest van dit jaar"),
            ("in het najaar", "in het najaar"),
            ("tot het voorjaar", "tot het voorjaar"),
            ("Over twee weken", "Over twee weken"),
            ("de afgelopen weken", "de afgelopen weken"),
            ("de komende jaren", "de komende jaren"),
            ("na afloop van volgend jaar", "na afloop van volgend jaar"),
            ("in het komende jaar", "in het komende jaar"),
            ("de eerste weken van het vierde kwartaal", "de eerste weken van het vierde kwartaal"),
            ("het kabinet besluit uiterlijk 1 februari", "uiterlijk 1 februari"),
            ("per 1 maart levert Nederland", "per 1 maart"),
            ("levert t/m 31 december een bijdrage", "t/m 31 december"),
            ("loopt tot medio maart", "tot medio maart"),
            ("besluit vóór 1 juni", "vóór 1 juni"),
            ("voor de zomer", "voor de zomer"),
        ] {
            assert_eq!(one_at(text, None), tuple(expression, "-", "-", Precision::Relative, true), "{text}");
            assert_eq!(one(text).0, expression, "{text} in a dated letter");
        }
        for text in ["de derde woensdag van mei", "elke laatste vrijdag van de maand", "iedere maandag"] {
            assert_eq!(one_at(text, None), tuple(text, "-", "-", Precision::Recurring, true), "{text}");
        }
    }

    #[test]
    fn ok_a_date_without_its_year_is_the_one_nearest_the_letter() {
        // Bug: a date without its year always fell in the letter's calendar year, so a letter
        // of 22 December 2005 put `begin april` in the April that had passed.
        let december = date("2005-12-22");
        assert_eq!(
            one_at("De eerste eenheden vertrekken naar verwachting begin april.", december),
            tuple("begin april", "2006-04-01", "2006-04-10", Precision::Month, true)
        );
        assert_eq!(
            read_at("het debat, dat zij graag eind januari of begin februari voert", december),
            vec![
                tuple("eind januari", "2006-01-21", "2006-01-31", Precision::Month, true),
                tuple("begin februari", "2006-02-01", "2006-02-10", Precision::Month, true),
            ]
        );
        assert_eq!(
            one_at("Het kabinet zal in het eerste kwartaal besluiten.", december),
            tuple("in het eerste kwartaal", "2006-01-01", "2006-03-31", Precision::Quarter, true)
        );
        assert_eq!(
            one_at("op 8 en 9 januari", december),
            tuple("8 en 9 januari", "2006-01-08", "2006-01-09", Precision::Day, true)
        );
        assert_eq!(
            one_at("van februari tot april", december),
            tuple("van februari tot april", "2006-02-01", "2006-04-30", Precision::Period, true)
        );
        let january = date("2006-01-10");
        assert_eq!(
            one_at("In december besprak de NAVO het operatieplan.", january),
            tuple("In december", "2005-12-01", "2005-12-31", Precision::Month, true)
        );
        assert_eq!(
            one_at("op 20 december", january),
            tuple("20 december", "2005-12-20", "2005-12-20", Precision::Day, true)
        );
    }

    #[test]
    fn ok_the_tense_picks_between_two_near_dates() {
        // March 2017 and March 2018 both lie within six months of 4 September 2017.
        assert_eq!(
            one("Het kabinet zal in maart besluiten."),
            tuple("in maart", "2018-03-01", "2018-03-31", Precision::Month, true)
        );
        assert_eq!(
            one("In maart werd het besluit genomen."),
            tuple("In maart", "2017-03-01", "2017-03-31", Precision::Month, true)
        );
        // The present says nothing: the nearer wins.
        assert_eq!(
            one("In maart vertrekt de eenheid."),
            tuple("In maart", "2017-03-01", "2017-03-31", Precision::Month, true)
        );
        assert_eq!(
            one("De eenheid gaat begin maart op oefening."),
            tuple("begin maart", "2018-03-01", "2018-03-10", Precision::Month, true)
        );
    }

    #[test]
    fn err_the_tense_does_not_reach_a_date_far_from_the_letter() {
        // Only December 2005 lies within six months of 10 January 2006: a `zal` elsewhere in
        // the sentence does not move it a year on.
        assert_eq!(
            one_at("Het kabinet zal het in december besproken plan uitvoeren.", date("2006-01-10")),
            tuple("in december", "2005-12-01", "2005-12-31", Precision::Month, true)
        );
    }

    #[test]
    fn ok_an_end_lies_ahead_and_a_beginning_behind() {
        let january = date("2006-01-10");
        assert_eq!(
            one_at("Nederland levert t/m 31 december een bijdrage.", january),
            tuple("t/m 31 december", "-", "2006-12-31", Precision::Day, true)
        );
        assert_eq!(
            one_at("uiterlijk 1 december", january),
            tuple("uiterlijk 1 december", "-", "2006-12-01", Precision::Day, true)
        );
        assert_eq!(
            one_at("Sinds mei", january),
            tuple("Sinds mei", "2005-05-01", "2006-01-10", Precision::Period, true)
        );
        // A past tense turns `tot` back.
        assert_eq!(
            read_at("De eenheid bleef tot eind december, zoals afgelopen najaar besloten was.", january)[0],
            tuple("tot eind december", "-", "2005-12-31", Precision::Month, true)
        );
    }

    #[test]
    fn ok_a_length_of_time_is_placed_nowhere() {
        // Bug: `voor een periode van twee jaar` was read as the two years before the letter.
        let found = find_at("voor een periode van twee jaar", Some(LETTER));
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].start, found[0].end, found[0].precision), (None, None, Precision::Period));
        assert!(found[0].length && !found[0].relative_to_letter);
        // `tot` bounds a point in time, not a length.
        assert_eq!(one("De inzet is beperkt tot twee jaar."), tuple("twee jaar", "-", "-", Precision::Period, false));
        assert_eq!(one_at("beperkt tot twee jaar", None), tuple("twee jaar", "-", "-", Precision::Period, false));
    }

    #[test]
    fn ok_years_counted_back_from_the_letter() {
        assert_eq!(
            one("gedurende de afgelopen drie jaar"),
            tuple("drie jaar", "2014-09-04", "2017-09-04", Precision::Period, true)
        );
        assert_eq!(one("twee jaar geleden"), tuple("twee jaar", "2015-09-04", "2017-09-04", Precision::Period, true));
        assert_eq!(one("Na ruim tien jaar"), tuple("tien jaar", "2007-09-04", "2017-09-04", Precision::Period, true));
    }

    #[test]
    fn ok_a_period_written_apart_in_one_clause() {
        // Bug: `per 1 augustus 2006 … tot en met 31 juli 2008` was two events.
        let text = "De regering heeft besloten om per 1 augustus 2006 voor een periode van twee jaar, tot en met 31 juli 2008, een taakgroep in te zetten.";
        assert_eq!(
            one_at(text, date("2005-12-22")),
            tuple(
                "per 1 augustus 2006 voor een periode van twee jaar, tot en met 31 juli 2008",
                "2006-08-01",
                "2008-07-31",
                Precision::Period,
                false
            )
        );
        assert!(find_at(text, date("2005-12-22"))[0].closed);
        assert_eq!(
            one("vanaf 1 januari 2018 in Irak tot 31 december 2018"),
            tuple(
                "vanaf 1 januari 2018 in Irak tot 31 december 2018",
                "2018-01-01",
                "2018-12-31",
                Precision::Period,
                false
            )
        );
        // Without the letter's date the period keeps its words and has no dates.
        assert_eq!(
            one_at("per 1 maart voor een jaar, t/m 31 december", None),
            tuple("per 1 maart voor een jaar, t/m 31 december", "-", "-", Precision::Relative, true)
        );
    }

    #[test]
    fn err_a_period_written_apart_needs_one_clause() {
        let text = "Nederland levert vanaf 1 januari 2018 F-16’s en de trainers blijven tot 31 december 2018.";
        assert_eq!(read(text).len(), 2);
        let text = "Vanaf 1 januari 2018 (zie de brief) tot 31 december 2018";
        assert_eq!(read(text).len(), 2);
        // An end before the beginning is no period.
        assert_eq!(read("per 1 januari 2019 in Mali, tot 31 december 2018").len(), 2);
        // A date between the two ends belongs to neither.
        assert_eq!(read("vanaf 1 januari 2018, in 2019 tot 31 december 2020").len(), 3);
    }

    #[test]
    fn ok_before_a_date_ends_the_day_before() {
        // Bug: `vóór 1 juni` was the day of 1 June, and `voor de zomer` was no date at all.
        assert_eq!(
            one("Het kabinet besluit vóór 1 juni."),
            tuple("vóór 1 juni", "-", "2018-05-31", Precision::Day, true)
        );
        assert!(find_at("vóór 1 juni", Some(LETTER))[0].before);
        assert_eq!(one("vóór 1 juni 2018"), tuple("vóór 1 juni 2018", "-", "2018-05-31", Precision::Day, false));
        assert_eq!(one("vóór de zomer"), tuple("vóór de zomer", "-", "2018-05-31", Precision::Season, true));
        assert_eq!(one("voor de zomer"), tuple("voor de zomer", "-", "2018-05-31", Precision::Season, true));
        assert_eq!(
            one("voor het zomerreces"),
            tuple("voor het zomerreces", "-", "2018-06-30", Precision::Season, true)
        );
        assert_eq!(
            one_at("voor het zomerreces", date("2023-05-26")),
            tuple("voor het zomerreces", "-", "2023-06-30", Precision::Season, true)
        );
        assert_eq!(one("vóór eind 2018"), tuple("vóór eind 2018", "-", "2018-09-30", Precision::Season, false));
        assert_eq!(one("vóór maart"), tuple("vóór maart", "-", "2018-02-28", Precision::Month, true));
    }

    #[test]
    fn err_plain_voor_is_mostly_for() {
        assert_eq!(one("de bijdrage voor 2018"), tuple("2018", "2018-01-01", "2018-12-31", Precision::Year, false));
        assert_eq!(
            one("Een bijdrage is voorzien voor het voorjaar van 2018."),
            tuple("het voorjaar van 2018", "2018-03-01", "2018-05-31", Precision::Season, false)
        );
        assert_eq!(
            one("De oefening is gepland voor 1 juni."),
            tuple("1 juni", "2017-06-01", "2017-06-01", Precision::Day, true)
        );
        assert!(read("voor maart").is_empty());
        assert!(!find_at("voor het jaar 2017", Some(LETTER))[0].before);
    }

    #[test]
    fn ok_words_that_point_back() {
        for (text, past) in [
            ("op 15 december jl.", true),
            ("vorige week", true),
            ("afgelopen najaar", true),
            ("maart j.l.", true),
            ("op 15 december", false),
            ("de afgelopen jaren", false),
            ("komend najaar", false),
        ] {
            for letter in [Some(LETTER), None] {
                assert_eq!(find_at(text, letter)[0].past, past, "{text} {letter:?}");
            }
        }
    }

    #[test]
    fn ok_written_forms_need_no_letter() {
        assert_eq!(one_at("Q3 2018", None), tuple("Q3 2018", "2018-07-01", "2018-09-30", Precision::Quarter, false));
        assert_eq!(
            one_at("tot en met 31 december 2019", None),
            tuple("tot en met 31 december 2019", "-", "2019-12-31", Precision::Day, false)
        );
    }
}
