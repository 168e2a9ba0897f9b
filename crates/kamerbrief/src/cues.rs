//! The genre's cue words, read from the lexicon's `cues`: how cabinet letters word a decision,
//! a contribution, a partner or the role of a date. The grammar that uses them is in code
//! (`wording.rs`, `roles.rs`, `figures.rs`); the words themselves are data, so that no phrase
//! of one letter is written into the parser.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::cache::Cache;
use crate::model::{ItemKind, LetterKind, Status};

/// The separator between fragments that must occur in order: `zal … besluiten over`.
pub const IN_ORDER: &str = " … ";

/// Cue words of the genre, each a lowercase fragment matched in a lowercased sentence.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Cues {
    /// The wording of each decision state, the most forward-looking first: a decision still
    /// to come outranks the continuation it is about (`besloten over voortzetting`).
    pub status: Vec<StateCues>,
    /// Words by which a sentence that names no mission speaks of the one before it.
    pub continues_previous: Vec<String>,
    /// Words that turn a status cue around when they stand inside its wording or just before
    /// it (`zet de bijdrage niet voort`, `niet te verlengen`): a negation.
    pub negations: Vec<String>,
    /// Words that may stand between a negation and the cue it turns (`niet te verlengen`).
    pub negation_gap: Vec<String>,
    /// The state a negated cue of a state gives: not continuing a contribution declines the
    /// next period. A cue of a state that is not listed is passed over when negated.
    pub negated_status: Vec<NegatedState>,
    /// Words that point back to the mission before so plainly (`deze missie`, `daaraan`) that a
    /// sentence speaks of it even when it names another one after them.
    pub refers_back: Vec<String>,
    /// Words that open a subordinate clause after a comma (`omdat`, `die`): a status cue of the
    /// main clause does not reach a mission named in one, nor one of its cues the main clause.
    pub subordinate_openers: Vec<String>,
    /// Words that open an apposition after a comma (`een`, `de`): when one of
    /// [`Self::subordinate_openers`] follows within a few words (`, een waarnemingsmissie die
    /// …`), the clause is subordinate too.
    pub apposition_openers: Vec<String>,
    /// Who contributes: a contribution sentence names one of these …
    pub contribution_subject: Vec<String>,
    /// … and one of these.
    pub contribution_verb: Vec<String>,
    /// Words that make a sentence about something else than the contribution itself.
    pub not_contribution: Vec<String>,
    /// How a sentence that only points to another paper starts (`zie `).
    pub citing_sentence_start: Vec<String>,
    /// Words of a legal basis or mandate.
    pub legal_basis: Vec<String>,
    /// Words right before a country that leads: `onder leiding van`.
    pub lead_before: Vec<String>,
    /// Words right before a partner country: `in nauwe samenwerking met`.
    pub partner_before: Vec<String>,
    /// Words after a mission's name that open the list of its places: `in `.
    pub place_list_after: Vec<String>,
    /// What may stand between two places of a list: `,`, `en`.
    pub place_list_joiners: Vec<String>,
    /// What opens an item of a contribution. `|` marks where the item starts: `inzet van |`
    /// drops the opener, `|bijdragen op ` keeps it.
    pub item_openers: Vec<String>,
    /// An item that starts with one of these says who, not what: `nederlandse militairen`.
    pub item_not: Vec<String>,
    /// Words that end an item: a relative clause (`die`), a place list (`op zowel`).
    pub item_end_words: Vec<String>,
    /// The words that give an item its kind.
    pub item_kinds: Vec<KindCues>,
    /// Words right before a date that make it a comparison: `t.o.v.`, `dan`.
    pub date_reference_before: Vec<String>,
    /// Prepositions a date may open with that make it the date of a document: `uit 2013`.
    pub date_reference_openers: Vec<String>,
    /// Documents whose date follows `van`: `de brief van 9 september 2016`.
    pub date_reference_documents: Vec<String>,
    /// What a sentence opens with when its first words are the topic of a decision, not when
    /// it is due: `over ` (`Over een bijdrage in 2019 zal het kabinet … besluiten`).
    pub date_due_topic_openers: Vec<String>,
    /// Words a date may open with that make it a deadline: `uiterlijk`.
    pub date_deadline_openers: Vec<String>,
    /// Words of deciding or finishing that make a deadline the date a decision is due.
    pub date_due_words: Vec<String>,
    /// Words of a contribution: a future date in a sentence with a word ending in one of
    /// these is the contribution's period (`bijdrage`, `scheepsbijdrage`, `inzet`).
    pub date_period_words: Vec<String>,
    /// How a letter states the period it covers: `bijdragen aan missies (in 2018)`.
    pub letter_scope: Vec<String>,
    /// Qualifiers of a figure: `ongeveer`, `ruim`.
    pub figure_qualifiers: Vec<String>,
    /// Words after which a number names a thing rather than counts: `artikel`, `resolutie`.
    pub figure_naming_words: Vec<String>,
    /// Words that end the phrase of what a figure counts.
    pub figure_stop_words: Vec<String>,
    /// Words that call something a mission (`missie`, `trainingsmissie`): a name in capitals
    /// right after one (`de missie UNMIK`, `de EU-missie EUAM Irak`) or joined to the front of
    /// one (`de UNMIK-missie`) is a mission's, whether the lexicon knows it or not.
    pub mission_words: Vec<String>,
    /// The wording of each kind of letter, the most telling kind first: of two kinds a letter's
    /// opening shows equally, the one listed first wins.
    pub letter_kinds: Vec<LetterKindCues>,
    /// The status cues as searchers, built on first use: every sentence that speaks of a
    /// mission or a date is read for every status cue.
    #[serde(skip)]
    pub(crate) searchers: Cache<StatusSearchers>,
}

/// The searchers of the status cues. One automaton finds every cue's first fragment in a
/// single pass over the sentence, where a searcher per cue read it 67 times; only a cue whose
/// first fragment occurs has its further fragments looked for.
#[derive(Debug, Clone)]
pub(crate) struct StatusSearchers {
    /// The distinct non-empty first fragments of all cues.
    first: aho_corasick::AhoCorasick,
    /// Per state, in order of precedence, its cues in order.
    states: Vec<(Status, Vec<StatusCue>)>,
    /// The automaton's patterns of the negations.
    negations: Vec<aho_corasick::PatternID>,
}

/// One status cue: which of the automaton's patterns is its first fragment (none when that is
/// empty, which occurs at the start of any text), and a searcher per further fragment.
#[derive(Debug, Clone)]
struct StatusCue {
    /// Whether the cue's own words hold a negation (`niet bij te dragen`): it is no cue to turn.
    negative: bool,
    first: Option<aho_corasick::PatternID>,
    first_len: usize,
    rest: Vec<memchr::memmem::Finder<'static>>,
}

/// The wording of one decision state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StateCues {
    /// The state.
    pub state: Status,
    /// Its cues.
    pub cues: Vec<String>,
}

/// What a negated cue of a state says instead.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NegatedState {
    /// The state of the cue.
    pub state: Status,
    /// The state it gives when negated.
    pub becomes: Status,
}

/// The words of one kind of item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KindCues {
    /// The kind.
    pub kind: ItemKind,
    /// Its cues.
    pub cues: Vec<String>,
}

/// The words of one kind of letter, and the status it gives the missions it is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LetterKindCues {
    /// The kind.
    pub kind: LetterKind,
    /// The status of a mission such a letter is about, where its sentences give none: an
    /// examination notice puts its mission under consideration.
    #[serde(default)]
    pub status: Option<Status>,
    /// Its cues.
    pub cues: Vec<String>,
}

/// Where the fragments of `cue` occur in `lower` in order: from the first fragment's start to
/// the last one's end.
pub(crate) fn find_in_order(lower: &str, cue: &str) -> Option<Range<usize>> {
    find_fragments(lower, fragments(cue))
}

/// The fragments of a cue. A byte loop, not `str::split`: splitting with a `&str` pattern sets
/// up a two-way searcher on every call, which cost half the parse when every sentence was
/// read for every cue.
fn fragments(cue: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(cue);
    std::iter::from_fn(move || {
        let text = rest?;
        match find_bytes(text.as_bytes(), IN_ORDER.as_bytes()) {
            Some(i) => {
                rest = Some(&text[i + IN_ORDER.len()..]);
                Some(&text[..i])
            }
            None => {
                rest = None;
                Some(text)
            }
        }
    })
}

fn find_fragments<'a>(lower: &str, fragments: impl Iterator<Item = &'a str>) -> Option<Range<usize>> {
    find_each_after(lower.as_bytes(), fragments, |fragment, hay| {
        Some((find_bytes(hay, fragment.as_bytes())?, fragment.len()))
    })
}

/// Finds each fragment after the one before it: from the first one's start to the last one's
/// end. `find` gives where a fragment stands in the rest of the text, and its length.
fn find_each_after<F>(
    hay: &[u8],
    fragments: impl IntoIterator<Item = F>,
    find: impl Fn(F, &[u8]) -> Option<(usize, usize)>,
) -> Option<Range<usize>> {
    let mut at = 0;
    let mut start = None;
    for fragment in fragments {
        let (i, len) = find(fragment, &hay[at..])?;
        start.get_or_insert(at + i);
        at += i + len;
    }
    Some(start?..at)
}

/// Whether `word` stands in `lower` as a whole word.
fn has_word(lower: &str, word: &str) -> bool {
    let bytes = lower.as_bytes();
    let mut from = 0;
    while let Some(i) = find_bytes(&bytes[from..], word.as_bytes()).map(|i| from + i) {
        let end = i + word.len();
        let open = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        let close = end == bytes.len() || !bytes[end].is_ascii_alphanumeric();
        if open && close {
            return true;
        }
        from = i + 1;
    }
    false
}

/// Whether any cue occurs in `lower`.
pub(crate) fn any_in(lower: &str, cues: &[String]) -> bool {
    cues.iter().any(|c| find_in_order(lower, c).is_some())
}

/// The first place `needle` occurs in `hay`: its rarest byte found by memchr, then the whole
/// needle compared there. Every sentence that speaks of a mission or a date is read for many
/// cues, each a short needle in a short text, where setting up `memmem`'s searcher on each
/// call cost more than the search; and a cue's first byte is often a space or an `e`, which
/// stand everywhere.
pub(crate) fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    let last_start = hay.len().checked_sub(needle.len())?;
    let k = rarest_byte(needle);
    memchr::memchr_iter(needle[k], &hay[k..=last_start + k]).find(|&i| &hay[i..i + needle.len()] == needle)
}

/// Where the byte of `needle` that Dutch text has least of stands.
fn rarest_byte(needle: &[u8]) -> usize {
    (0..needle.len()).min_by_key(|&i| COMMONNESS[usize::from(needle[i])]).unwrap_or(0)
}

/// How common each byte is in lowercased Dutch prose, most common highest: the space, then the
/// letters by their frequency. Digits, punctuation and the bytes of other characters are rare.
const COMMONNESS: [u8; 256] = {
    const BY_FREQUENCY: &[u8] = b" enatirodslgvhkmubpwjzcf";
    let mut table = [0; 256];
    let mut b = b'a';
    while b <= b'z' {
        table[b as usize] = 1;
        b += 1;
    }
    let mut rank = 0;
    while rank < BY_FREQUENCY.len() {
        table[BY_FREQUENCY[rank] as usize] = (BY_FREQUENCY.len() - rank) as u8 + 1;
        rank += 1;
    }
    table
};

/// `str::find` with a string needle, by [`find_bytes`]: the standard library sets up a two-way
/// searcher on every call, which costs more than the search in a sentence. A match of valid
/// UTF-8 in valid UTF-8 always starts at a character boundary.
pub(crate) fn find_str(hay: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    find_bytes(hay.as_bytes(), needle.as_bytes())
}

impl Cues {
    /// Every cue, for checking them all.
    pub(crate) fn all(&self) -> impl Iterator<Item = &String> {
        let lists = [
            &self.continues_previous,
            &self.refers_back,
            &self.negations,
            &self.negation_gap,
            &self.subordinate_openers,
            &self.apposition_openers,
            &self.contribution_subject,
            &self.contribution_verb,
            &self.not_contribution,
            &self.citing_sentence_start,
            &self.legal_basis,
            &self.lead_before,
            &self.partner_before,
            &self.place_list_after,
            &self.place_list_joiners,
            &self.item_openers,
            &self.item_not,
            &self.item_end_words,
            &self.date_reference_before,
            &self.date_reference_openers,
            &self.date_reference_documents,
            &self.date_due_topic_openers,
            &self.date_deadline_openers,
            &self.date_due_words,
            &self.date_period_words,
            &self.letter_scope,
            &self.figure_qualifiers,
            &self.figure_naming_words,
            &self.figure_stop_words,
            &self.mission_words,
        ];
        lists
            .into_iter()
            .flatten()
            .chain(self.status.iter().flat_map(|s| &s.cues))
            .chain(self.item_kinds.iter().flat_map(|k| &k.cues))
            .chain(self.letter_kinds.iter().flat_map(|k| &k.cues))
    }

    /// The state a sentence's wording gives, with where its cue stands, if any: the first
    /// state, in order, with a cue whose fragments all occur in order.
    ///
    /// A negated cue (see [`Self::negations`]) gives the state [`Self::negated_status`] lists
    /// for its own, and ranks as that state; a negated cue of a state with none is passed over.
    pub(crate) fn status(&self, lower: &str) -> Option<(Status, Range<usize>)> {
        let searchers = self.searchers.get_or_init(|| StatusSearchers::new(&self.status, &self.negations));
        let firsts = searchers.first_occurrences(lower.as_bytes());
        // Most sentences hold no negation: the first state with a cue wins. The automaton has
        // looked for the negations too, as text; whether one stands as a word is asked after.
        let negation_here = searchers.negations.iter().any(|p| firsts[p.as_usize()].is_some())
            && self.negations.iter().any(|n| has_word(lower, n));
        if !negation_here {
            return searchers.states.iter().find_map(|(state, cues)| {
                cues.iter().find_map(|cue| cue.find(lower.as_bytes(), &firsts)).map(|r| (*state, r))
            });
        }
        // Else every cue found, each with what it says: its state, or its state turned around.
        let mut found: Vec<(usize, Status, Range<usize>, bool)> = Vec::new();
        for (rank, (state, cues)) in searchers.states.iter().enumerate() {
            for cue in cues {
                let Some(range) = cue.find(lower.as_bytes(), &firsts) else { continue };
                let negated = !cue.negative && self.is_negated(lower, &range);
                found.push((rank, *state, range, negated));
            }
        }
        let rank = |state: Status| searchers.states.iter().position(|(s, _)| *s == state).unwrap_or(usize::MAX);
        let overlaps = |a: &Range<usize>, b: &Range<usize>| a.start < b.end && b.start < a.end;
        found
            .iter()
            .filter_map(|(rank_of_state, state, range, negated)| {
                if !negated {
                    return Some((*rank_of_state, *state, range.clone()));
                }
                // A cue that words the negation itself (`levert … geen bijdrage`) speaks for it.
                if found.iter().any(|(_, _, other, n)| !n && overlaps(other, range)) {
                    return None;
                }
                let becomes = self.negated_status.iter().find(|n| n.state == *state)?.becomes;
                Some((rank(becomes), becomes, range.clone()))
            })
            .min_by_key(|(rank, _, range)| (*rank, range.start))
            .map(|(_, state, range)| (state, range))
    }

    /// Whether a negation stands inside the cue's wording at `range`, or right before it
    /// with at most one of [`Self::negation_gap`] between.
    fn is_negated(&self, lower: &str, range: &Range<usize>) -> bool {
        let inside = &lower[range.clone()];
        if self.negations.iter().any(|n| has_word(inside, n)) {
            return true;
        }
        let mut before = lower[..range.start].split_whitespace().rev();
        let mut word = before.next();
        if word.is_some_and(|w| self.negation_gap.iter().any(|g| g == w)) {
            word = before.next();
        }
        word.is_some_and(|w| self.negations.iter().any(|n| n == w))
    }

    /// The kind an item's words give it.
    pub(crate) fn item_kind(&self, lower: &str) -> Option<ItemKind> {
        self.item_kinds.iter().find(|k| any_in(lower, &k.cues)).map(|k| k.kind)
    }
}

impl StatusSearchers {
    fn new(states: &[StateCues], negations: &[String]) -> Self {
        let mut patterns: Vec<&str> = Vec::new();
        let states = states
            .iter()
            .map(|s| {
                let cues = s
                    .cues
                    .iter()
                    .map(|c| {
                        let mut parts = fragments(c);
                        let head = parts.next().unwrap_or_default();
                        let first = (!head.is_empty()).then(|| pattern_id(&mut patterns, head));
                        let rest = parts.map(|f| memchr::memmem::Finder::new(f).into_owned()).collect();
                        let negative = negations.iter().any(|n| has_word(c, n));
                        StatusCue { negative, first, first_len: head.len(), rest }
                    })
                    .collect();
                (s.state, cues)
            })
            .collect();
        let negations = negations.iter().filter(|n| !n.is_empty()).map(|n| pattern_id(&mut patterns, n)).collect();
        let first = aho_corasick::AhoCorasick::new(&patterns).expect("status cues make an automaton");
        Self { first, states, negations }
    }

    /// Where each first fragment first occurs in `hay`, by pattern.
    fn first_occurrences(&self, hay: &[u8]) -> Vec<Option<usize>> {
        let mut firsts = vec![None; self.first.patterns_len()];
        for m in self.first.find_overlapping_iter(hay) {
            let first = &mut firsts[m.pattern().as_usize()];
            if first.is_none_or(|at| m.start() < at) {
                *first = Some(m.start());
            }
        }
        firsts
    }
}

/// The automaton's pattern for `text`: the one it has already, or a new one.
fn pattern_id<'a>(patterns: &mut Vec<&'a str>, text: &'a str) -> aho_corasick::PatternID {
    let at = patterns.iter().position(|p| *p == text).unwrap_or_else(|| {
        patterns.push(text);
        patterns.len() - 1
    });
    aho_corasick::PatternID::must(at)
}

impl StatusCue {
    /// Where the cue occurs in `hay`: its first fragment's first occurrence, then each further
    /// fragment's first after the one before, as [`find_each_after`] reads them.
    fn find(&self, hay: &[u8], firsts: &[Option<usize>]) -> Option<Range<usize>> {
        let start = match self.first {
            Some(p) => firsts[p.as_usize()]?,
            None => 0,
        };
        let mut at = start + self.first_len;
        for finder in &self.rest {
            at += finder.find(&hay[at..])? + finder.needle().len();
        }
        Some(start..at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_find_in_order() {
        assert_eq!(find_in_order("het kabinet zal dit najaar besluiten over x", "zal … besluiten over"), Some(12..41));
        assert_eq!(find_in_order("besluiten over x zal", "zal … besluiten over"), None);
        assert_eq!(find_in_order("abc", ""), None);
    }

    #[test]
    fn ok_find_bytes() {
        assert_eq!(find_bytes(b"zal besluiten over", b"besluiten"), Some(4));
        assert_eq!(find_bytes(b"bbbesl", b"besl"), Some(2));
        assert_eq!(find_bytes(b"abc", b"abcd"), None);
        assert_eq!(find_bytes(b"abc", b""), None);
    }
}
