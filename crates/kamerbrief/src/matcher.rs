//! Finds the forms of lexicon entries in a sentence, by whole words, longest form first.

use std::collections::HashMap;
use std::ops::Range;

use crate::words::{Word, word_key, words};

/// A match of one of a matcher's entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Match {
    /// The indices of the entries the matched form belongs to.
    pub entries: Vec<usize>,
    /// The byte range in the text.
    pub range: Range<usize>,
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

pub(crate) type KeyMap<V> = HashMap<u64, V, std::hash::BuildHasherDefault<KeyHasher>>;

/// A form's words and the entries it belongs to.
type Form = (Vec<String>, Vec<usize>);

/// Finds the forms of a set of entries in text, by whole words, longest form first.
#[derive(Debug, Clone, Default)]
pub(crate) struct Matcher {
    /// Forms keyed by their first word, lowercased; each list is longest first.
    by_first_word: KeyMap<Vec<Form>>,
    /// The keys of the first words: most words of a letter start no form.
    first_words: KeyBits,
}

/// A set of word keys, a bit each by their low bits: it tells most words that are not in a
/// map so for less than a look-up in the map, and may let a few pass that are not.
#[derive(Debug, Clone, Default)]
pub(crate) struct KeyBits(Vec<u64>);

impl KeyBits {
    /// How many bits the set holds.
    const BITS: u64 = 1 << 12;

    pub fn of(keys: impl IntoIterator<Item = u64>) -> Self {
        let mut bits = vec![0; (Self::BITS / 64) as usize];
        for key in keys {
            let (word, mask) = Self::bit(key);
            bits[word] |= mask;
        }
        Self(bits)
    }

    /// Whether `key` may be in the set; a key that is not may pass too.
    pub fn may_contain(&self, key: u64) -> bool {
        let (word, mask) = Self::bit(key);
        self.0.get(word).is_some_and(|bits| bits & mask != 0)
    }

    /// Where a key's bit stands: its word and its mask.
    fn bit(key: u64) -> (usize, u64) {
        let bit = key % Self::BITS;
        ((bit / 64) as usize, 1 << (bit % 64))
    }
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
        let first_words = KeyBits::of(by_first_word.keys().copied());
        Self { by_first_word, first_words }
    }

    /// Every match among `words` of `text`, left to right, never overlapping.
    pub fn find(&self, text: &str, words: &[Word<'_>]) -> Vec<Match> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let found = self
                .first_words
                .may_contain(words[i].key)
                .then(|| self.by_first_word.get(&words[i].key))
                .flatten()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::tokenize;

    fn forms(list: &[&[&str]]) -> Vec<Vec<String>> {
        list.iter().map(|f| f.iter().map(|s| s.to_string()).collect()).collect()
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
}
