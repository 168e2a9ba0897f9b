//! The grammar of Dutch temporal expressions: days, day ranges, months, seasons, years,
//! periods, durations, times relative to the letter, and named days.

use std::ops::Range;

use crate::lexicon::NamedDay;
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

/// The value of a number word (in lower case), or of digits up to `max`.
pub(crate) fn small_number(word: &str, max: u32) -> Option<u32> {
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, n)| n)
        .or_else(|| word.bytes().all(|b| b.is_ascii_digit()).then(|| word.parse().ok()).flatten())
        .filter(|&n| n <= max)
}

/// Every word, other than digits and named days, that a rule can start with.
fn trigger_words() -> &'static std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<crate::words::Fnv>>
{
    static WORDS: std::sync::OnceLock<
        std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<crate::words::Fnv>>,
    > = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let fixed = [
            "sinds",
            "van",
            "tussen",
            "het",
            "dit",
            "deze",
            "komend",
            "komende",
            "volgend",
            "volgende",
            "aanstaand",
            "aanstaande",
            "afgelopen",
            "vorig",
            "vorige",
            "jongstleden",
            "op",
            "de",
            "onlangs",
            "recentelijk",
            "momenteel",
            "thans",
            "voorgaande",
            "begin",
            "halverwege",
            "medio",
            "midden",
            "eind",
            "einde",
            "ultimo",
            "voorjaar",
            "lente",
            "zomer",
            "najaar",
            "herfst",
            "winter",
        ];
        fixed.into_iter().chain(DUTCH_MONTHS).chain(NUMBER_WORDS.iter().map(|(w, _)| *w)).collect()
    })
}

/// A month's number from its name in lower case.
fn month(word: &str) -> Option<u8> {
    DUTCH_MONTHS.iter().position(|m| *m == word).map(|i| i as u8 + 1)
}

fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

fn day(word: &str) -> Option<u8> {
    (word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit())).then(|| word.parse().ok()).flatten()
}

/// The months a part of a year covers: `begin 2017` is January to March.
fn part_of_year(word: &str) -> Option<(u8, u8)> {
    match word {
        "begin" | "begin-" => Some((1, 3)),
        "halverwege" | "medio" | "midden" => Some((6, 7)),
        "eind" | "einde" | "eind-" | "ultimo" => Some((10, 12)),
        _ => None,
    }
}

/// The months of a season in year `y`: (first month, its year, last month, its year).
fn season(word: &str) -> Option<(u8, u8, i32)> {
    // (first month, last month, years the last month lies after the first)
    match word {
        "voorjaar" | "lente" => Some((3, 5, 0)),
        "zomer" => Some((6, 8, 0)),
        "najaar" | "herfst" => Some((9, 11, 0)),
        "winter" => Some((12, 2, 1)),
        _ => None,
    }
}

fn season_interval(word: &str, year: i32) -> Option<(Date, Date)> {
    let (first, last, carry) = season(word)?;
    Some((Date::first_of_month(year, first)?, Date::last_of_month(year + carry, last)?))
}

/// Reads `D MONTH YYYY` at the start of `text`: the date and the bytes it took.
pub(crate) fn day_month_year(text: &str) -> Option<(Date, usize)> {
    let head = &text[..text.len().min(40)];
    let head = &text[..(0..=head.len()).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0)];
    let words = tokenize(head);
    if words.len() < 3 || words[0].range.start != 0 {
        return None;
    }
    let date = Date::new(year(words[2].text)?, month(&words[1].lower)?, day(words[0].text)?)?;
    Some((date, words[2].range.end))
}

struct Scan<'a, 'w> {
    words: &'a [Word<'w>],
    letter: Option<Date>,
    /// The lexicon's named days, lowercased once.
    named_days: Vec<(String, &'a NamedDay)>,
}

/// One rule's reading: how many tokens it took and what they mean.
struct Reading {
    len: usize,
    start: Option<Date>,
    end: Option<Date>,
    precision: Precision,
    relative: bool,
}

impl Reading {
    fn fixed(len: usize, start: Date, end: Date, precision: Precision) -> Self {
        Self { len, start: Some(start), end: Some(end), precision, relative: false }
    }
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
    let named_days = named_days.iter().map(|d| (d.name.to_lowercase(), d)).collect();
    let scan = Scan { words, letter, named_days };
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
        // Take in a preposition that shapes the interval: `vanaf 1 januari` has no end.
        let mut first = i;
        if i > 0 && !scan.words[i].lower.starts_with("sinds") {
            let previous = scan.words[i - 1].lower.as_ref();
            let joined = text[scan.words[i - 1].range.end..scan.words[i].range.start].trim().is_empty();
            if joined
                && matches!(previous, "in" | "uit" | "vanaf" | "tot" | "per" | "sinds")
                && reading.precision != Precision::Relative
            {
                first = i - 1;
                match previous {
                    "vanaf" => reading.end = None,
                    "tot" => reading.start = None,
                    _ => {}
                }
            }
        }
        out.push(Temporal {
            range: scan.words[first].range.start..scan.words[i + reading.len - 1].range.end,
            start: reading.start,
            end: reading.end,
            precision: reading.precision,
            relative_to_letter: reading.relative,
        });
        i += reading.len;
    }
    out
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

    /// Whether any rule could start at word `i`: most words rule every rule out at once.
    fn could_start(&self, i: usize) -> bool {
        let Some(word) = self.lower(i) else { return false };
        word.starts_with(|c: char| c.is_ascii_digit())
            || trigger_words().contains(word)
            || self.named_days.iter().any(|(name, _)| name == word)
    }

    fn read(&self, i: usize) -> Option<Reading> {
        if !self.could_start(i) {
            return None;
        }
        self.period(i)
            .or_else(|| self.day_range(i))
            .or_else(|| self.day(i))
            .or_else(|| self.month(i))
            .or_else(|| self.season(i))
            .or_else(|| self.part_of_year(i))
            .or_else(|| self.since_year(i))
            .or_else(|| self.year(i))
            .or_else(|| self.duration(i))
            .or_else(|| self.relative(i))
            .or_else(|| self.named_day(i))
    }

    /// A year, or a part of one: `2012` or `halverwege 2012`, with the tokens it took.
    fn year_or_part(&self, i: usize) -> Option<(usize, Date, Date)> {
        if let (Some(part), Some(y)) = (self.lower(i).and_then(part_of_year), self.word(i + 1).and_then(year)) {
            return Some((2, Date::first_of_month(y, part.0)?, Date::last_of_month(y, part.1)?));
        }
        let y = self.word(i).and_then(year)?;
        Some((1, Date::new(y, 1, 1)?, Date::new(y, 12, 31)?))
    }

    /// `(sinds|van) [halverwege] 2012 tot [begin] 2017`.
    fn period(&self, i: usize) -> Option<Reading> {
        let lead = usize::from(self.is(i, &["sinds", "van", "tussen"]));
        let (a_len, start, _) = self.year_or_part(i + lead)?;
        let mut k = i + lead + a_len;
        if self.is(k, &["tot"]) && self.is(k + 1, &["en"]) && self.is(k + 2, &["met"]) {
            k += 3;
        } else if self.is(k, &["tot", "en"]) {
            k += 1;
        } else {
            return None;
        }
        let (b_len, _, end) = self.year_or_part(k)?;
        (start <= end).then(|| Reading::fixed(k + b_len - i, start, end, Precision::Period))
    }

    /// `8 en 9 juli 2016`.
    fn day_range(&self, i: usize) -> Option<Reading> {
        let (d1, d2) = (self.word(i).and_then(day)?, self.word(i + 2).and_then(day)?);
        if !self.is(i + 1, &["en", "tot"]) {
            return None;
        }
        let m = self.lower(i + 3).and_then(month)?;
        let (y, len, relative) = match (self.word(i + 4).and_then(year), self.letter) {
            (Some(y), _) => (y, 5, false),
            (None, Some(letter)) => (letter.year, 4, true),
            (None, None) => return None,
        };
        let reading = Reading::fixed(len, Date::new(y, m, d1)?, Date::new(y, m, d2)?, Precision::Day);
        (d1 < d2).then_some(Reading { relative, ..reading })
    }

    /// `9 september 2016`, or `9 september` in the letter's year.
    fn day(&self, i: usize) -> Option<Reading> {
        let d = self.word(i).and_then(day)?;
        let m = self.lower(i + 1).and_then(month)?;
        let (y, len, relative) = match (self.word(i + 2).and_then(year), self.letter) {
            (Some(y), _) => (y, 3, false),
            (None, Some(letter)) => (letter.year, 2, true),
            (None, None) => return None,
        };
        let date = Date::new(y, m, d)?;
        Some(Reading { relative, ..Reading::fixed(len, date, date, Precision::Day) })
    }

    /// `juli 2016`.
    fn month(&self, i: usize) -> Option<Reading> {
        let m = self.lower(i).and_then(month)?;
        let y = self.word(i + 1).and_then(year)?;
        Some(Reading::fixed(2, Date::first_of_month(y, m)?, Date::last_of_month(y, m)?, Precision::Month))
    }

    /// `dit najaar`, `komend najaar`, `afgelopen zomer`, `najaar 2018`.
    fn season(&self, i: usize) -> Option<Reading> {
        if let (Some(w), Some(y)) = (self.word(i), self.word(i + 1).and_then(year))
            && let Some((start, end)) = season_interval(w, y)
        {
            return Some(Reading::fixed(2, start, end, Precision::Season));
        }
        let deixis = self.lower(i)?;
        let name = self.lower(i + 1)?;
        season(name)?;
        let letter = self.letter?;
        let candidates = (letter.year - 2..=letter.year + 1).filter_map(|y| season_interval(name, y));
        let (start, end) = match deixis {
            "dit" | "deze" => season_interval(name, letter.year),
            "komend" | "komende" | "volgend" | "volgende" | "aanstaand" | "aanstaande" => {
                candidates.into_iter().find(|(_, end)| *end >= letter)
            }
            "afgelopen" | "vorig" | "vorige" | "jongstleden" => candidates.into_iter().rfind(|(_, end)| *end < letter),
            _ => None,
        }?;
        Some(Reading { relative: true, ..Reading::fixed(2, start, end, Precision::Season) })
    }

    /// `begin 2017`, `halverwege 2012`.
    fn part_of_year(&self, i: usize) -> Option<Reading> {
        self.lower(i).and_then(part_of_year)?;
        let (len, start, end) = self.year_or_part(i)?;
        Some(Reading::fixed(len, start, end, Precision::Season))
    }

    /// `sinds 2014`: from then until the letter.
    fn since_year(&self, i: usize) -> Option<Reading> {
        if !self.is(i, &["sinds"]) {
            return None;
        }
        let (len, start, _) = self.year_or_part(i + 1)?;
        Some(Reading {
            len: len + 1,
            start: Some(start),
            end: self.letter,
            precision: Precision::Period,
            relative: self.letter.is_some(),
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

    /// `zestien jaar`, `de afgelopen drie jaar`: a stretch of years up to the letter.
    fn duration(&self, i: usize) -> Option<Reading> {
        let n = self.lower(i).and_then(|w| small_number(w, 100))?;
        if !self.is(i + 1, &["jaar", "jaren"]) {
            return None;
        }
        let letter = self.letter?;
        let start = letter.add_months(-12 * n as i32);
        Some(Reading { len: 2, start: Some(start), end: Some(letter), precision: Precision::Period, relative: true })
    }

    /// `op korte termijn`, `de afgelopen maanden`, `dit jaar`: anchored at the letter's date.
    fn relative(&self, i: usize) -> Option<Reading> {
        // (words, months from the letter to the start, to the end, precision)
        const PHRASES: &[(&[&str], i32, i32, Precision)] = &[
            (&["op", "korte", "termijn"], 0, 3, Precision::Relative),
            (&["op", "zo", "kort", "mogelijke", "termijn"], 0, 3, Precision::Relative),
            (&["op", "langere", "termijn"], 12, 60, Precision::Relative),
            (&["op", "lange", "termijn"], 12, 60, Precision::Relative),
            (&["de", "nabije", "toekomst"], 0, 12, Precision::Relative),
            (&["de", "afgelopen", "maanden"], -6, 0, Precision::Relative),
            (&["afgelopen", "maanden"], -6, 0, Precision::Relative),
            (&["de", "afgelopen", "jaren"], -36, 0, Precision::Relative),
            (&["afgelopen", "jaren"], -36, 0, Precision::Relative),
            (&["voorgaande", "jaren"], -36, 0, Precision::Relative),
            (&["de", "laatste", "jaren"], -36, 0, Precision::Relative),
            (&["onlangs"], -3, 0, Precision::Relative),
            (&["recentelijk"], -3, 0, Precision::Relative),
            (&["op", "dit", "moment"], 0, 0, Precision::Relative),
            (&["momenteel"], 0, 0, Precision::Relative),
            (&["thans"], 0, 0, Precision::Relative),
        ];
        for &(phrase, from, to, precision) in PHRASES {
            if phrase.iter().enumerate().all(|(k, w)| self.lower(i + k) == Some(*w)) {
                let (start, end) = match self.letter {
                    Some(letter) => (Some(letter.add_months(from)), Some(letter.add_months(to))),
                    None => (None, None),
                };
                return Some(Reading { len: phrase.len(), start, end, precision, relative: self.letter.is_some() });
            }
        }
        let letter = self.letter?;
        let offset = match (self.lower(i)?, self.lower(i + 1)?) {
            ("dit", "jaar") => 0,
            ("komend" | "volgend", "jaar") => 1,
            ("vorig" | "afgelopen", "jaar") => -1,
            _ => return None,
        };
        let y = letter.year + offset;
        Some(Reading {
            relative: true,
            ..Reading::fixed(2, Date::new(y, 1, 1)?, Date::new(y, 12, 31)?, Precision::Year)
        })
    }

    /// `Prinsjesdag`, in the letter's year.
    fn named_day(&self, i: usize) -> Option<Reading> {
        let word = self.lower(i)?;
        let rule = self.named_days.iter().find(|(name, _)| name == word).map(|(_, d)| *d)?;
        let (year, len, relative) = match (self.word(i + 1).and_then(year), self.letter) {
            (Some(y), _) => (y, 2, false),
            (None, Some(letter)) => (letter.year, 1, true),
            (None, None) => {
                return Some(Reading { len: 1, start: None, end: None, precision: Precision::Day, relative: false });
            }
        };
        let date = Date::nth_weekday(year, rule.month, rule.weekday, rule.nth)?;
        Some(Reading { relative, ..Reading::fixed(len, date, date, Precision::Day) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Weekday;

    const LETTER: Date = Date { year: 2017, month: 9, day: 4 };

    fn read(text: &str) -> Vec<(String, String, String, Precision, bool)> {
        let prinsjesdag = NamedDay { name: "Prinsjesdag".into(), month: 9, weekday: Weekday::Tuesday, nth: 3 };
        find(text, &tokenize(text), Some(LETTER), &[prinsjesdag], &[])
            .into_iter()
            .map(|t| {
                let show = |d: Option<Date>| d.map_or("-".to_string(), |d| d.to_string());
                (text[t.range].to_string(), show(t.start), show(t.end), t.precision, t.relative_to_letter)
            })
            .collect()
    }

    fn one(text: &str) -> (String, String, String, Precision, bool) {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
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
        assert_eq!(one("uiterlijk 1 december"), tuple("1 december", "2017-12-01", "2017-12-01", Precision::Day, true));
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
    fn ok_day_month_year_prefix() {
        assert_eq!(day_month_year("29 januari 2016), en"), Some(("2016-01-29".parse().unwrap(), 15)));
        assert_eq!(day_month_year("x 29 januari 2016"), None);
    }
}
