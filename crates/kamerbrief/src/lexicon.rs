//! The genre's knowledge: missions, organisations, places and named days, read from a data
//! file. The parser holds grammar; everything it knows *about the world* comes from here.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::date::Weekday;
use crate::model::Frame;

// `builtin_lexicon()`, written by build.rs from data/lexicon.json.
include!(concat!(env!("OUT_DIR"), "/builtin_lexicon.rs"));

/// The constructors `builtin_lexicon()` calls, one per kind of entry. They are kept out of
/// line so that the generated code is a list of calls, not an allocation per string.
mod built {
    use super::*;

    #[inline(never)]
    pub fn text(text: &str) -> String {
        text.to_owned()
    }

    #[inline(never)]
    pub fn texts(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|t| text(t)).collect()
    }

    #[inline(never)]
    pub fn named_day(name: &str, month: u8, weekday: Weekday, nth: u8) -> NamedDay {
        NamedDay { name: text(name), month, weekday, nth }
    }

    #[inline(never)]
    pub fn region(id: &str, name: &str, name_en: &str) -> Region {
        Region { id: text(id), name: text(name), name_en: text(name_en) }
    }

    #[inline(never)]
    pub fn organisation(id: &str, name: &str, name_en: &str, aliases: &[&str], kind: &str) -> OrganisationEntry {
        OrganisationEntry {
            id: text(id),
            name: text(name),
            name_en: text(name_en),
            aliases: texts(aliases),
            kind: text(kind),
        }
    }

    /// `names` is `[id, name, name_en, kind]`.
    #[inline(never)]
    pub fn place(
        names: [&str; 4],
        aliases: &[&str],
        lat: f64,
        lon: f64,
        iso_n3: Option<&str>,
        region: Option<&str>,
    ) -> PlaceEntry {
        let [id, name, name_en, kind] = names;
        PlaceEntry {
            id: text(id),
            name: text(name),
            name_en: text(name_en),
            aliases: texts(aliases),
            lat,
            lon,
            kind: text(kind),
            iso_n3: iso_n3.map(text),
            region: region.map(text),
        }
    }

    /// `names` is `[id, name, name_en]`.
    #[inline(never)]
    pub fn mission(
        names: [&str; 3],
        aliases: &[&str],
        frame: Frame,
        organisation: Option<&str>,
        places: &[&str],
    ) -> MissionEntry {
        let [id, name, name_en] = names;
        MissionEntry {
            id: text(id),
            name: text(name),
            name_en: text(name_en),
            aliases: texts(aliases),
            frame,
            organisation: organisation.map(text),
            places: texts(places),
        }
    }
}

/// The lexicon this crate ships: `data/lexicon.json` of the workspace.
pub const BUILTIN_LEXICON_JSON: &str = include_str!("../../../data/lexicon.json");

/// Everything the parser knows about the world of Dutch mission letters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lexicon {
    /// A template for an official document's link, with `{id}` for its id (`kst-33694-9`).
    pub document_url: String,
    /// Days with a name, such as Prinsjesdag.
    #[serde(default)]
    pub named_days: Vec<NamedDay>,
    /// Regions that places belong to, for grouping and filtering.
    #[serde(default)]
    pub regions: Vec<Region>,
    /// Organisations.
    pub organisations: Vec<OrganisationEntry>,
    /// Places.
    pub places: Vec<PlaceEntry>,
    /// Missions, operations and standing contributions.
    pub missions: Vec<MissionEntry>,
    /// The matchers for missions, places and organisations, built on first use: a lexicon is
    /// loaded once and used for many letters.
    #[serde(skip)]
    pub(crate) matchers: MatcherCache,
}

/// The three matchers of a lexicon.
#[derive(Debug, Clone)]
pub(crate) struct Matchers {
    pub missions: Matcher,
    pub places: Matcher,
    pub organisations: Matcher,
}

/// A cache that takes no part in comparing lexicons.
#[derive(Debug, Clone, Default)]
pub(crate) struct MatcherCache(std::sync::OnceLock<Matchers>);

impl PartialEq for MatcherCache {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// A day with a name, found by rule: the `nth` `weekday` of `month`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NamedDay {
    /// The name as written.
    pub name: String,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the week.
    pub weekday: Weekday,
    /// Which one in the month, from 1.
    pub nth: u8,
}

/// A region of the world that places belong to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Region {
    /// A stable id.
    pub id: String,
    /// The Dutch name.
    pub name: String,
    /// The English name.
    pub name_en: String,
}

/// An organisation in the lexicon.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganisationEntry {
    /// A stable id.
    pub id: String,
    /// The Dutch name.
    pub name: String,
    /// The English name.
    pub name_en: String,
    /// Every form to look for, Dutch and English.
    pub aliases: Vec<String>,
    /// Its kind: alliance, union, un, coalition, agency, service, armed-forces, armed-group.
    pub kind: String,
}

/// A place in the lexicon.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceEntry {
    /// A stable id.
    pub id: String,
    /// The Dutch name.
    pub name: String,
    /// The English name.
    pub name_en: String,
    /// Every form to look for.
    pub aliases: Vec<String>,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Its kind: country, city, region, island, waters.
    pub kind: String,
    /// ISO 3166-1 numeric code, for countries.
    #[serde(default)]
    pub iso_n3: Option<String>,
    /// The id of the region it belongs to.
    #[serde(default)]
    pub region: Option<String>,
}

/// A mission in the lexicon.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MissionEntry {
    /// A stable, URL-safe id.
    pub id: String,
    /// Its usual name.
    pub name: String,
    /// Its name in English.
    pub name_en: String,
    /// Every form to look for. A form may belong to more than one mission
    /// (`EUCAP Sahel Mali en Niger`).
    pub aliases: Vec<String>,
    /// The organisational frame.
    pub frame: Frame,
    /// The leading organisation's id.
    #[serde(default)]
    pub organisation: Option<String>,
    /// The ids of the places where it operates.
    #[serde(default)]
    pub places: Vec<String>,
}

/// Why a lexicon cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError(pub String);

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "lexicon: {}", self.0)
    }
}

impl std::error::Error for LexiconError {}

impl Lexicon {
    /// The lexicon this crate ships, compiled in by `build.rs` (no JSON parsing at run time).
    pub fn builtin() -> Self {
        builtin_lexicon()
    }

    /// Reads and checks a lexicon.
    pub fn from_json(json: &str) -> Result<Self, LexiconError> {
        let lexicon: Lexicon = serde_json::from_str(json).map_err(|e| LexiconError(e.to_string()))?;
        lexicon.check()?;
        Ok(lexicon)
    }

    fn check(&self) -> Result<(), LexiconError> {
        let mut seen = std::collections::HashSet::new();
        let ids = self
            .organisations
            .iter()
            .map(|o| ("organisation", &o.id))
            .chain(self.places.iter().map(|p| ("place", &p.id)))
            .chain(self.missions.iter().map(|m| ("mission", &m.id)));
        for (kind, id) in ids {
            if !seen.insert((kind, id.as_str())) {
                return Err(LexiconError(format!("{kind} id `{id}` appears twice")));
            }
            if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
                return Err(LexiconError(format!("{kind} id `{id}` is not lowercase a-z, 0-9 and -")));
            }
        }
        for mission in &self.missions {
            for place in &mission.places {
                if !self.places.iter().any(|p| &p.id == place) {
                    return Err(LexiconError(format!("mission `{}` names unknown place `{place}`", mission.id)));
                }
            }
            if let Some(org) = &mission.organisation
                && !self.organisations.iter().any(|o| &o.id == org)
            {
                return Err(LexiconError(format!("mission `{}` names unknown organisation `{org}`", mission.id)));
            }
        }
        for place in &self.places {
            if let Some(region) = &place.region
                && !self.regions.iter().any(|r| &r.id == region)
            {
                return Err(LexiconError(format!("place `{}` names unknown region `{region}`", place.id)));
            }
            if !(-90.0..=90.0).contains(&place.lat) || !(-180.0..=180.0).contains(&place.lon) {
                return Err(LexiconError(format!("place `{}` has coordinates off the globe", place.id)));
            }
        }
        if !self.document_url.contains("{id}") {
            return Err(LexiconError("document_url has no `{id}`".into()));
        }
        Ok(())
    }

    /// The matchers for the lexicon's missions, places and organisations.
    pub(crate) fn matchers(&self) -> &Matchers {
        self.matchers.0.get_or_init(|| Matchers {
            missions: Matcher::new(self.missions.iter().map(|m| m.aliases.as_slice())),
            places: Matcher::new(self.places.iter().map(|p| p.aliases.as_slice())),
            organisations: Matcher::new(self.organisations.iter().map(|o| o.aliases.as_slice())),
        })
    }

    /// The link to an official document.
    pub fn document_url(&self, id: &str) -> String {
        self.document_url.replace("{id}", id)
    }
}

/// A match of one of a matcher's entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Match {
    /// The indices of the entries the matched form belongs to.
    pub entries: Vec<usize>,
    /// The byte range in the text.
    pub range: Range<usize>,
}

/// FNV-1a: the matcher hashes one short word per word of the letter, where SipHash's
/// protection against crafted keys buys nothing and costs a tenth of the parse.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

/// The FNV-1a hash of a word, computed once per word of the letter and shared by all matchers.
pub(crate) fn word_key(word: &str) -> u64 {
    let mut hasher = Fnv::default();
    std::hash::Hasher::write(&mut hasher, word.as_bytes());
    std::hash::Hasher::finish(&hasher)
}

/// Hashes a `u64` key as itself: the keys are already FNV hashes.
#[derive(Default, Clone, Copy)]
pub(crate) struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type KeyMap<V> = HashMap<u64, V, std::hash::BuildHasherDefault<KeyHasher>>;

/// A form's words and the entries it belongs to.
type Form = (Vec<String>, Vec<usize>);

/// Finds the forms of a set of entries in text, by whole words, longest form first.
#[derive(Debug, Clone, Default)]
pub(crate) struct Matcher {
    /// Forms keyed by their first word, lowercased; each list is longest first.
    by_first_word: KeyMap<Vec<Form>>,
}

impl Matcher {
    /// A matcher for `entries`, each given by its forms.
    pub fn new<'a>(entries: impl IntoIterator<Item = &'a [String]>) -> Self {
        let mut forms: HashMap<Vec<String>, Vec<usize>> = HashMap::new();
        for (index, aliases) in entries.into_iter().enumerate() {
            for alias in aliases {
                let words: Vec<String> = words(alias).map(|(_, w)| w.to_owned()).collect();
                if !words.is_empty() {
                    let owners = forms.entry(words).or_default();
                    if !owners.contains(&index) {
                        owners.push(index);
                    }
                }
            }
        }
        let mut by_first_word: KeyMap<Vec<Form>> = KeyMap::default();
        for (words, owners) in forms {
            by_first_word.entry(word_key(&words[0].to_lowercase())).or_default().push((words, owners));
        }
        for list in by_first_word.values_mut() {
            crate::sort::sort_by(list, |a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        }
        Self { by_first_word }
    }

    /// Every match among `words` of `text`, left to right, never overlapping.
    pub fn find(&self, text: &str, words: &[Word<'_>]) -> Vec<Match> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let found = self
                .by_first_word
                .get(&words[i].key)
                .and_then(|candidates| candidates.iter().find(|(form, _)| form_matches(text, &words[i..], form)));
            match found {
                Some((form, owners)) => {
                    let last = &words[i + form.len() - 1];
                    out.push(Match { entries: owners.clone(), range: words[i].range.start..last.range.end });
                    i += form.len();
                }
                None => i += 1,
            }
        }
        out
    }
}

fn form_matches(text: &str, words: &[Word<'_>], form: &[String]) -> bool {
    if words.len() < form.len() {
        return false;
    }
    form.iter().zip(words).enumerate().all(|(k, (expected, word))| {
        let joined = k == 0 || {
            let gap = &text[words[k - 1].range.end..word.range.start];
            gap.chars().all(|c| c.is_whitespace() || matches!(c, '-' | '\u{2010}' | '\u{2011}'))
        };
        joined && word_eq(expected, word.text)
    })
}

/// Words are equal as written, or with only their first letter's case changed (a form at the
/// start of a sentence).
fn word_eq(form: &str, token: &str) -> bool {
    if form == token {
        return true;
    }
    let mut a = form.chars();
    let mut b = token.chars();
    match (a.next(), b.next()) {
        (Some(x), Some(y)) => x.to_lowercase().eq(y.to_lowercase()) && a.as_str() == b.as_str(),
        _ => false,
    }
}

/// A word of a sentence: where it stands, as written, and in lower case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word<'a> {
    pub range: Range<usize>,
    pub text: &'a str,
    /// Lower case; borrowed when the word has no capitals, as most have.
    pub lower: Cow<'a, str>,
    /// [`word_key`] of the lower case, for the matchers' look-ups.
    pub key: u64,
}

/// The words of `text`, each lowercased once, for all the grammars to share.
pub(crate) fn tokenize(text: &str) -> Vec<Word<'_>> {
    words(text)
        .map(|(range, text)| {
            let lower = if text.chars().any(char::is_uppercase) {
                Cow::Owned(text.to_lowercase())
            } else {
                Cow::Borrowed(text)
            };
            let key = word_key(&lower);
            Word { range, text, lower, key }
        })
        .collect()
}

/// The words of `text`: runs of letters and digits, with their byte ranges.
pub(crate) fn words(text: &str) -> impl Iterator<Item = (Range<usize>, &str)> {
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some(&(_, c)) = rest.peek() {
            if c.is_alphanumeric() {
                break;
            }
            rest.next();
        }
        let (start, _) = *rest.peek()?;
        let mut end = start;
        while let Some(&(i, c)) = rest.peek() {
            if !c.is_alphanumeric() {
                break;
            }
            end = i + c.len_utf8();
            rest.next();
        }
        Some((start..end, &text[start..end]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(list: &[&[&str]]) -> Vec<Vec<String>> {
        list.iter().map(|f| f.iter().map(|s| s.to_string()).collect()).collect()
    }

    #[test]
    fn ok_builtin_lexicon_is_the_json_file_and_passes_its_checks() {
        let lexicon = Lexicon::builtin();
        assert!(!lexicon.missions.is_empty());
        assert_eq!(lexicon, Lexicon::from_json(BUILTIN_LEXICON_JSON).unwrap());
    }

    #[test]
    fn ok_longest_form_wins_and_words_are_whole() {
        let entries = forms(&[&["Irak"], &["Noord-Irak"], &["EU"]]);
        let matcher = Matcher::new(entries.iter().map(Vec::as_slice));
        let text = "In Noord-Irak en Irak, niet in EUCAP of de EUBG, wel de EU-operatie.";
        let found: Vec<_> =
            matcher.find(text, &tokenize(text)).into_iter().map(|m| (&text[m.range], m.entries)).collect();
        assert_eq!(found, vec![("Noord-Irak", vec![1]), ("Irak", vec![0]), ("EU", vec![2])]);
    }

    #[test]
    fn ok_one_form_may_name_two_entries() {
        let entries = forms(&[&["EUCAP Sahel Mali", "EUCAP Sahel Mali en Niger"], &["EUCAP Sahel Mali en Niger"]]);
        let matcher = Matcher::new(entries.iter().map(Vec::as_slice));
        let found = {
            let t = "de missies EUCAP Sahel Mali en Niger opgericht";
            matcher.find(t, &tokenize(t))
        };
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].entries, vec![0, 1]);
    }

    #[test]
    fn ok_first_letter_case_is_free_but_punctuation_breaks_a_form() {
        let entries = forms(&[&["strijd tegen ISIS"]]);
        let matcher = Matcher::new(entries.iter().map(Vec::as_slice));
        assert_eq!(matcher.find("Strijd tegen ISIS", &tokenize("Strijd tegen ISIS")).len(), 1);
        assert_eq!(matcher.find("strijd tegen isis", &tokenize("strijd tegen isis")).len(), 0);
        assert_eq!(matcher.find("strijd tegen, ISIS", &tokenize("strijd tegen, ISIS")).len(), 0);
    }

    #[test]
    fn err_lexicon_with_dangling_place() {
        let json = r#"{"document_url":"x/{id}","organisations":[],"places":[],
            "missions":[{"id":"m","name":"M","name_en":"M","aliases":["M"],"frame":"un","places":["nowhere"]}]}"#;
        let err = Lexicon::from_json(json).unwrap_err();
        assert_eq!(err.to_string(), "lexicon: mission `m` names unknown place `nowhere`");
    }

    #[test]
    fn err_lexicon_not_json() {
        assert!(Lexicon::from_json("{").is_err());
    }
}
