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
    // Room for a word per six bytes, about what Dutch prose takes, so that the list seldom grows.
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    out.extend(words(text).map(|(range, text)| {
        let lower =
            if text.chars().any(char::is_uppercase) { Cow::Owned(text.to_lowercase()) } else { Cow::Borrowed(text) };
        let key = word_key(&lower);
        Word { range, text, lower, key }
    }));
    out
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
