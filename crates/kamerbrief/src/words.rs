//! The words of a sentence: cut once, lowercased once and hashed once, for every grammar and
//! matcher to share.

use std::borrow::Cow;
use std::ops::Range;

/// FNV-1a: the matcher hashes one short word per word of the letter, where SipHash's
/// protection against crafted keys buys nothing and costs a tenth of the parse.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 { FNV_OFFSET } else { self.0 };
        for &b in bytes {
            hash = fnv_step(hash, b);
        }
        self.0 = hash;
    }
}

/// FNV-1a's starting value.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a's step for one byte.
fn fnv_step(hash: u64, b: u8) -> u64 {
    (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
}

/// The FNV-1a hash of a word, computed once per word of the letter and shared by all matchers.
pub(crate) fn word_key(word: &str) -> u64 {
    let mut hasher = Fnv::default();
    std::hash::Hasher::write(&mut hasher, word.as_bytes());
    std::hash::Hasher::finish(&hasher)
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

/// The words of `text`, each lowercased once, for all the grammars to share: the words of
/// [`words`]. An ASCII word, as most are, is cut, checked for capitals and hashed in one pass
/// over its bytes; a word with other characters is read character by character.
pub(crate) fn tokenize(text: &str) -> Vec<Word<'_>> {
    // Room for a word per six bytes, about what Dutch prose takes, so that the list seldom grows.
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    tokenize_into(text, None, &mut out);
    out
}

/// [`tokenize`] into a list that is emptied first, so that one list serves every sentence of a
/// letter and is allocated once. With `lowered`, the text with its ASCII capitals lowered, an
/// ASCII word's lower case is borrowed from it, not made.
pub(crate) fn tokenize_into<'a>(text: &'a str, lowered: Option<&'a str>, out: &mut Vec<Word<'a>>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&first) = bytes.get(at) {
        // A space or a stop, as every other byte is: passed over at once.
        if first.is_ascii() && ASCII_CLASS[usize::from(first)] & ALPHANUMERIC == 0 {
            at += 1;
            continue;
        }
        let start = at;
        let (mut hash, mut upper) = (FNV_OFFSET, false);
        while let Some(&b) = bytes.get(at) {
            let class = ASCII_CLASS[usize::from(b)];
            if class & ALPHANUMERIC == 0 {
                break;
            }
            upper |= class & UPPERCASE != 0;
            hash = fnv_step(hash, b | (class & UPPERCASE));
            at += 1;
        }
        let end = if bytes.get(at).is_some_and(|b| !b.is_ascii()) { word_end(text, at) } else { at };
        if end == start {
            // No word starts here: pass over the character.
            at += text[at..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let word = &text[start..end];
        let (lower, key) = if end == at {
            let lower = match (upper, lowered) {
                (false, _) => Cow::Borrowed(word),
                (true, Some(lowered)) => Cow::Borrowed(&lowered[start..end]),
                (true, None) => Cow::Owned(word.to_ascii_lowercase()),
            };
            (lower, hash)
        } else {
            let lower = lowercase(word);
            let key = word_key(&lower);
            (lower, key)
        };
        out.push(Word { range: start..end, text: word, lower, key });
        at = end;
    }
}

/// [`ASCII_CLASS`] bit of an ASCII letter or digit.
const ALPHANUMERIC: u8 = 1;
/// [`ASCII_CLASS`] bit of an ASCII capital: the bit that lowercases it, `0x20`.
const UPPERCASE: u8 = 0x20;

/// What each byte is, as [`tokenize`] asks for every byte of the letter: one load instead of
/// a few range checks. Bytes beyond ASCII are neither.
const ASCII_CLASS: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] |= ALPHANUMERIC;
        }
        if c.is_ascii_uppercase() {
            table[b] |= UPPERCASE;
        }
        b += 1;
    }
    table
};

/// Where the run of letters and digits from byte `at` of `text` ends.
fn word_end(text: &str, mut at: usize) -> usize {
    while at < text.len()
        && let Ok(len) = alphanumeric_at(text, at)
    {
        at += len;
    }
    at
}

/// A word in lower case, borrowed when it has no capitals. Most words are ASCII, where
/// `to_ascii_lowercase` gives what `to_lowercase` does without decoding characters.
fn lowercase(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        }
    } else if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// The length of the character at byte `at` of `text`, if it is a letter or digit: ASCII is
/// read from its byte alone, as tokenizing decoded every character of the letter.
#[inline]
fn alphanumeric_at(text: &str, at: usize) -> Result<usize, usize> {
    let b = text.as_bytes()[at];
    if b.is_ascii() {
        return if b.is_ascii_alphanumeric() { Ok(1) } else { Err(1) };
    }
    let c = text[at..].chars().next().unwrap_or_default();
    if c.is_alphanumeric() { Ok(c.len_utf8()) } else { Err(c.len_utf8()) }
}

/// The words of `text`: runs of letters and digits, with their byte ranges.
pub(crate) fn words(text: &str) -> impl Iterator<Item = (Range<usize>, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = loop {
            if at >= text.len() {
                return None;
            }
            match alphanumeric_at(text, at) {
                Ok(_) => break at,
                Err(len) => at += len,
            }
        };
        at = word_end(text, at);
        Some((start..at, &text[start..at]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_tokenize_agrees_with_words_lowercased_and_hashed() {
        let text = "Geïnformeerd: ÉÉN OS-middelen, 2018–2022 (Q3); na\u{a0}afloop – Ⅻ ÅSA x\u{212a}y 3e.";
        let expected: Vec<(Range<usize>, String, u64)> =
            words(text).map(|(range, word)| (range, word.to_lowercase(), word_key(&word.to_lowercase()))).collect();
        let found: Vec<(Range<usize>, String, u64)> =
            tokenize(text).into_iter().map(|w| (w.range, w.lower.into_owned(), w.key)).collect();
        assert_eq!(found, expected);
    }
}
