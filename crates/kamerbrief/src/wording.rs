//! How a cabinet letter words decisions, contributions, legal bases and partnerships.
//! Grammar of the genre: which phrasings mean what, with no knowledge of any mission.

use std::ops::Range;

use crate::cues::{Cues, any_in, find_str};
use crate::model::Status;
use crate::words::Word;

/// The status a sentence's wording gives the missions it speaks of, with where its cue
/// stands, if any. The lexicon lists the states most forward-looking first, so when a sentence
/// holds several cues a decision still to come outranks the continuation it is about
/// (`besloten over voortzetting`).
pub(crate) fn status_cue(cues: &Cues, lower: &str) -> Option<(Status, Range<usize>)> {
    cues.status(lower)
}

/// The clauses of a sentence that a status cue speaks for, as a clause number per byte range:
/// a semicolon opens a new main clause, and a comma before a subordinate clause (`, omdat …`,
/// `, die …`) opens one of its own, which ends at the next comma. The segments of one main
/// clause share its number, even around a subordinate clause: `Aan X, die …, draagt Nederland
/// bij`. Brackets hide their commas.
pub(crate) fn clauses(cues: &Cues, lower: &str) -> Vec<(Range<usize>, usize)> {
    let mut cuts: Vec<(usize, u8)> = Vec::new();
    let mut depth = 0i32;
    for (i, b) in lower.bytes().enumerate() {
        match b {
            b'(' => depth += 1,
            b')' => depth -= 1,
            b',' | b';' if depth <= 0 => cuts.push((i, b)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    let (mut main, mut next, mut start) = (0, 1, 0);
    for (at, sep) in cuts.into_iter().chain([(lower.len(), b';')]) {
        let segment = &lower[start..at];
        let mut words = segment.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
        let first = words.next().unwrap_or("");
        let opens = |w: &str| cues.subordinate_openers.iter().any(|o| o == w);
        // `, die …`, or an apposition that opens one: `, een waarnemingsmissie die …`.
        let subordinate = start > 0
            && (opens(first)
                || (cues.apposition_openers.iter().any(|a| a == first) && words.take(APPOSITION_WORDS).any(opens)));
        let number = if subordinate {
            next += 1;
            next - 1
        } else {
            main
        };
        out.push((start..at, number));
        if sep == b';' && at < lower.len() {
            main = next;
            next += 1;
        }
        start = (at + 1).min(lower.len());
    }
    out
}

/// How many words of an apposition (`een waarnemingsmissie`, `de missie van de VN`) may
/// stand before the word that opens its clause.
const APPOSITION_WORDS: usize = 4;

/// The number of the clause that byte `at` stands in.
pub(crate) fn clause_at(clauses: &[(Range<usize>, usize)], at: usize) -> usize {
    clauses.iter().find(|(r, _)| r.start <= at && at <= r.end).map_or(0, |(_, n)| *n)
}

/// The sentence with every clause but clause `number` blanked out, so that byte offsets stay.
pub(crate) fn only_clause(lower: &str, clauses: &[(Range<usize>, usize)], number: usize) -> String {
    let mut bytes = lower.as_bytes().to_vec();
    for (r, n) in clauses {
        if *n != number {
            bytes[r.clone()].fill(b' ');
        }
    }
    // Each blanked segment lies between ASCII `,` `;` or the ends, so no character is cut.
    String::from_utf8(bytes).unwrap_or_default()
}

/// Where a cue that points back to the mission before stands, if it stands before `before`.
pub(crate) fn refers_back(cues: &Cues, lower: &str, before: usize) -> Option<usize> {
    cues.refers_back.iter().filter_map(|c| find_str(lower, c)).filter(|&at| at < before).min()
}

/// How much a status says, for choosing the one that justifies a mission's status.
pub(crate) fn status_rank(status: Status) -> u8 {
    match status {
        Status::DecisionPending => 7,
        Status::UnderConsideration => 6,
        Status::Declined => 5,
        Status::Decided => 4,
        Status::Continuing => 3,
        Status::Ongoing => 2,
        Status::Past => 1,
        Status::Background => 0,
    }
}

/// Whether a sentence that names no mission still speaks of the one before it: it refers
/// back (`daarover`, `deze bijdrage`) or goes on about a contribution or its basis.
pub(crate) fn continues_previous(cues: &Cues, lower: &str) -> bool {
    cues.continues_previous.iter().any(|cue| find_str(lower, cue).is_some())
}

/// Whether a sentence states what the Netherlands contributes. A sentence about the legal
/// basis of a deployment is not one, nor a note that points to another letter (`Zie …`).
pub(crate) fn states_contribution(cues: &Cues, lower: &str) -> bool {
    any_in(lower, &cues.contribution_subject)
        && any_in(lower, &cues.contribution_verb)
        && !any_in(lower, &cues.not_contribution)
        && !cues.citing_sentence_start.iter().any(|c| lower.starts_with(c.as_str()))
}

/// Where a sentence states a legal basis or mandate: the whole sentence when it is about
/// the basis (`De volkenrechtelijke rechtsgrond … wordt gevormd door …`), else the clause that
/// holds the cue (`…, waarbij het mandaat van de inzet onveranderd is t.o.v. 2016 (…), …`).
pub(crate) fn legal_basis(cues: &Cues, sentence: &str, lower: &str) -> Option<Range<usize>> {
    let at = cues.legal_basis.iter().filter_map(|cue| find_str(lower, cue)).min()?;
    if at < 40 {
        return Some(0..sentence.len());
    }
    Some(clause(sentence, at))
}

/// The clause around byte `at`: between the commas (outside brackets) on either side.
fn clause(sentence: &str, at: usize) -> Range<usize> {
    let mut depth = 0i32;
    let mut start = 0;
    let mut end = sentence.len();
    for (i, c) in sentence.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' | ';' if depth == 0 && i < at => start = i + 1,
            ',' | ';' if depth == 0 && i > at => {
                end = i;
                break;
            }
            _ => {}
        }
    }
    let text = &sentence[start..end];
    let lead = text.len() - text.trim_start().len();
    start + lead..start + text.trim_end().len()
}

/// The items of a contribution in a sentence: the phrases the lexicon's openers introduce
/// (`de inzet van F-16’s`, `zoals advisering van de ANDSF`), each up to the end of its clause,
/// a date, or a word that ends an item (a relative clause, a place list). `dates` are the
/// sentence's temporal expressions, which an item never takes in.
pub(crate) fn items(cues: &Cues, sentence: &str, lower: &str, dates: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for opener in &cues.item_openers {
        let (drop, keep) = opener.split_once('|').unwrap_or((opener.as_str(), ""));
        let cue = [drop, keep].concat();
        let mut from = 0;
        while let Some(i) = lower.get(from..).and_then(|rest| find_str(rest, &cue)) {
            let at = from + i;
            from = at + cue.len();
            // An opener is a phrase of its own: it starts a word, and it is written in lower
            // case (`Zoals eerder toegezegd, …` opens a clause, not an item).
            let starts_word = !lower[..at].chars().next_back().is_some_and(char::is_alphanumeric);
            if !starts_word || sentence[at..].starts_with(char::is_uppercase) {
                continue;
            }
            let start = at + drop.len();
            let end = item_end(cues, sentence, lower, start, dates);
            let phrase = sentence[start..end].trim_end();
            let phrase_lower = &lower[start..start + phrase.len()];
            let says_who = cues.item_not.iter().any(|n| {
                phrase_lower.starts_with(n.as_str())
                    && !phrase_lower[n.len()..].starts_with(|c: char| c.is_alphanumeric())
            });
            let range = start..start + phrase.len();
            if phrase.chars().any(char::is_alphanumeric)
                && !says_who
                && !out.iter().any(|r| r.start < range.end && range.start < r.end)
            {
                out.push(range);
            }
        }
    }
    crate::sort::sort_by_key(&mut out, |r| r.start);
    out
}

/// Where an item that starts at `start` ends: at a clause break outside brackets, a dash, a
/// date, or an ending word.
fn item_end(cues: &Cues, sentence: &str, lower: &str, start: usize, dates: &[Range<usize>]) -> usize {
    let mut depth = 0i32;
    let date_start = dates.iter().map(|d| d.start).filter(|&d| d > start).min().unwrap_or(sentence.len());
    for (k, c) in sentence[start..date_start].char_indices() {
        let at = start + k;
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            ',' | ';' | ')' | ':' if depth == 0 => return at,
            '-' | '–' | '—' if depth == 0 && sentence[..at].ends_with(' ') => return at,
            '.' if depth == 0 && sentence[at + 1..].chars().next().is_none_or(char::is_whitespace) => return at,
            ' ' if depth == 0 => {
                let rest = &lower[at + 1..];
                let ends = cues.item_end_words.iter().any(|w| {
                    rest.starts_with(w.as_str()) && !rest[w.len()..].starts_with(|c: char| c.is_alphanumeric())
                });
                if ends {
                    return at;
                }
            }
            _ => {}
        }
    }
    date_start
}

/// The part a country named at `at` plays, by the words just before it: it leads
/// (`onder leiding van`) or works with the Netherlands (`in nauwe samenwerking met`).
pub(crate) fn party_before(cues: &Cues, lower: &str, at: usize) -> Option<Party> {
    let before = lower[..at].trim_end();
    if cues.lead_before.iter().any(|cue| before.ends_with(cue.as_str())) {
        Some(Party::Lead)
    } else if cues.partner_before.iter().any(|cue| before.ends_with(cue.as_str())) {
        Some(Party::Partner)
    } else {
        None
    }
}

/// What a country does beside the Netherlands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Party {
    /// It leads.
    Lead,
    /// It works with the Netherlands.
    Partner,
}

/// Where the places of a mission named at `end` are listed: after `in` or `op zowel`, past
/// one bracketed aside: `Resolute Support in Afghanistan`, `(enhanced Forward Presence) in
/// Estland, …`. Returns the offset where the list starts.
pub(crate) fn place_list_start(cues: &Cues, sentence: &str, end: usize) -> Option<usize> {
    let mut rest = &sentence[end..];
    // A name may stand inside its own brackets, `(enhanced Forward Presence) in …`, or be
    // followed by an aside, `Resolute Support (Kamerstuk …) in …`.
    let skip_aside = |r: &str| -> Option<usize> {
        let t = r.trim_start();
        if let Some(after) = t.strip_prefix(')') {
            return Some(r.len() - after.len());
        }
        if t.starts_with('(') { t.find(')').map(|i| r.len() - t.len() + i + 1) } else { Some(0) }
    };
    let aside = skip_aside(rest)?;
    rest = &rest[aside..];
    let trimmed = rest.trim_start();
    let lead = rest.len() - trimmed.len();
    cues.place_list_after.iter().find(|p| trimmed.starts_with(p.as_str())).map(|p| end + aside + lead + p.len())
}

/// Whether only list punctuation stands between two places: `, `, ` en `, ` als `.
pub(crate) fn joins_list(cues: &Cues, gap: &str) -> bool {
    let gap_word = gap.trim();
    !gap.is_empty() && (gap_word.is_empty() || cues.place_list_joiners.iter().any(|j| j == gap_word))
}

/// A name the letter gives a mission by calling it one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MissionName {
    /// The name.
    pub range: Range<usize>,
    /// The word that calls it a mission, with what is joined to its front: `EU-missie`.
    pub word: Range<usize>,
}

/// The most words a name takes after its acronym (`EUCAP Sahel Niger`), so that it does not
/// run on into the capitals of what follows.
const NAME_WORDS_AFTER_ACRONYM: usize = 3;

/// The names of missions by the words that call them one (`missie`, `operatie`: the lexicon's
/// mission words): a name right after such a word, as in `de missie UNSMIL` and `de EU-missie
/// EUTM Mozambique`, or joined to its front, as in `de UNSMIL-missie`. A name opens with an
/// acronym (two or more capitals, digits allowed), or right after the mission word with any
/// capital (`operatie Gulf Guardian`), and takes up to three more words that start with a
/// capital or are numbers, joined by a space or a hyphen.
///
/// A name never overlaps `missions`, the names of missions the lexicon knows; nor does its
/// acronym overlap `others`, the names of organisations and places (`NAVO` of `NAVO-missie`),
/// though later words may (`EUAM Irak`).
pub(crate) fn mission_names(
    cues: &Cues,
    text: &str,
    words: &[Word<'_>],
    missions: &[Range<usize>],
    others: &[Range<usize>],
) -> Vec<MissionName> {
    let clear = |names: &[Range<usize>], r: &Range<usize>| !names.iter().any(|t| t.start < r.end && r.start < t.end);
    let free = |r: &Range<usize>| clear(missions, r);
    let joined = |a: &Word<'_>, b: &Word<'_>| matches!(&text[a.range.end..b.range.start], " " | "-");
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !opens_name(cues, text, &words[i]) || !free(&words[i].range) || !clear(others, &words[i].range) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < words.len() && end - i <= NAME_WORDS_AFTER_ACRONYM && joined(&words[end - 1], &words[end]) {
            let next = &words[end];
            let capital = next.text.starts_with(char::is_uppercase);
            let number = next.text.bytes().all(|b| b.is_ascii_digit());
            if !(capital || number) || !free(&next.range) {
                break;
            }
            end += 1;
        }
        let range = words[i].range.start..words[end - 1].range.end;
        let before = mission_word_before(cues, text, range.start);
        let after = || {
            words
                .get(end)
                .filter(|w| joined(&words[end - 1], w) && cues.mission_words.iter().any(|c| w.lower == c.as_str()))
                .map(|w| w.range.clone())
        };
        if let Some(word) = before.or_else(after) {
            out.push(MissionName { range, word });
        }
        i = end;
    }
    out
}

/// Whether `word` of `text` may open a mission's name: an acronym, or a capital right after a
/// word that calls it a mission (`operatie Gulf Guardian`); an adjective of a people is no
/// name (`de missie Nederlandse …`), nor is a single letter.
pub(crate) fn opens_name(cues: &Cues, text: &str, word: &Word<'_>) -> bool {
    // Asked of every word: one that opens with neither a capital nor a digit is no acronym and
    // no capitalised name, and is passed at its first character.
    if !word.text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
        return false;
    }
    is_acronym(word.text)
        || (word.text.starts_with(char::is_uppercase)
            && word.text.chars().nth(2).is_some()
            && !word.lower.ends_with("se")
            && mission_word_before(cues, text, word.range.start).is_some())
}

/// Two or more capitals, with digits maybe, and nothing else: `UNMIK`, `RCA`, `CTF150`.
pub(crate) fn is_acronym(word: &str) -> bool {
    word.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && word.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// The mission word right before byte `at`, as a whole word or joined to what stands before
/// it by a hyphen (`EU-missie`, `NAVO-trainingsmissie`): where that whole word stands.
fn mission_word_before(cues: &Cues, text: &str, at: usize) -> Option<Range<usize>> {
    let before = &text[..at];
    let trimmed = before.trim_end();
    if trimmed.len() == before.len() {
        return None;
    }
    let start = trimmed.char_indices().rfind(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
    let word = &trimmed[start..];
    let calls = cues.mission_words.iter().any(|cue| {
        let cut = word.len().checked_sub(cue.len());
        let tail = cut.and_then(|c| word.get(c..));
        tail.is_some_and(|t| t.eq_ignore_ascii_case(cue))
            && cut.is_some_and(|c| c == 0 || word[..c].ends_with(['-', '\u{2010}', '\u{2011}']))
    });
    calls.then_some(start..trimmed.len())
}

/// A principle's label, if a paragraph opens with one: up to five words before a dash,
/// `Betrouwbaarheid - …`, `Gereedheid en inzetbaarheid – …`.
pub(crate) fn principle_label(paragraph: &str) -> Option<(&str, &str)> {
    let (i, dash) =
        [" - ", " – ", " — "].iter().filter_map(|d| find_str(paragraph, d).map(|i| (i, *d))).min_by_key(|(i, _)| *i)?;
    let label = paragraph[..i].trim();
    let words = label.split_whitespace().count();
    let capital = label.chars().next().is_some_and(char::is_uppercase);
    let plain = label.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-');
    (words <= 5 && capital && plain).then(|| (label, paragraph[i + dash.len()..].trim()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn cues() -> Cues {
        Lexicon::builtin().cues
    }

    fn lower(s: &str) -> String {
        s.to_ascii_lowercase()
    }

    /// Each sentence's status, as its wording gives it.
    fn assert_statuses(cases: &[(&str, Option<Status>)]) {
        for (sentence, status) in cases {
            assert_eq!(status_cue(&cues(), &lower(sentence)).map(|(s, _)| s), *status, "{sentence}");
        }
    }

    #[test]
    fn ok_status_cues() {
        let cases = [
            ("Het kabinet zal derhalve besluiten over de militaire bijdrage aan X.", Some(Status::DecisionPending)),
            (
                "Voorts is het kabinet voornemens dit najaar te besluiten over de wijze waarop.",
                Some(Status::DecisionPending),
            ),
            (
                "Verder wordt op korte termijn door het kabinet besloten over voortzetting van X.",
                Some(Status::DecisionPending),
            ),
            ("Op korte termijn zullen u de artikel 100-brieven toegaan over X.", Some(Status::DecisionPending)),
            ("Uw Kamer is reeds geïnformeerd over het besluit om in 2018 bij te dragen.", Some(Status::Decided)),
            ("Ook zal Nederland de bijdrage aan X voortzetten.", Some(Status::Continuing)),
            ("Ook Nederland levert hier een bijdrage aan.", Some(Status::Ongoing)),
            ("Nederland heeft in dit verband eerder actief bijgedragen aan X.", Some(Status::Past)),
            ("Het kabinet onderzoekt de mogelijkheid van een bijdrage aan X.", Some(Status::UnderConsideration)),
            ("Het kabinet heeft besloten niet bij te dragen aan X.", Some(Status::Declined)),
            ("Mede dankzij de inzet van X is een akkoord bereikt.", None),
            // Examining.
            ("Het kabinet onderzoekt of een bijdrage aan X mogelijk is.", Some(Status::UnderConsideration)),
            ("Het kabinet onderzoekt de komende weken of Nederland kan bijdragen.", Some(Status::UnderConsideration)),
            ("Het kabinet meldt dat bezien wordt of X past.", Some(Status::UnderConsideration)),
            ("Momenteel wordt bezien of Nederland aan X kan bijdragen.", Some(Status::UnderConsideration)),
            ("Het kabinet verkent een bijdrage aan X.", Some(Status::UnderConsideration)),
            ("Het kabinet overweegt een bijdrage aan X.", Some(Status::UnderConsideration)),
            ("Het kabinet beraadt zich op een bijdrage aan X.", Some(Status::UnderConsideration)),
            ("Een bijdrage aan X is in overweging.", Some(Status::UnderConsideration)),
            // Declining.
            ("Het kabinet heeft besloten geen bijdrage te leveren aan X.", Some(Status::Declined)),
            ("Nederland zal niet deelnemen aan X.", Some(Status::Declined)),
            ("Nederland zal niet bijdragen aan X.", Some(Status::Declined)),
            ("Het kabinet ziet af van deelname aan X.", Some(Status::Declined)),
            ("Het kabinet heeft besloten niet in te gaan op het verzoek om bij te dragen.", Some(Status::Declined)),
            // Extending: a decision to extend is a continuation.
            ("Het kabinet heeft besloten de bijdrage aan X met een jaar te verlengen.", Some(Status::Continuing)),
            ("Uw Kamer is geïnformeerd over de verlenging van de bijdrage aan X.", Some(Status::Continuing)),
            // Ending.
            ("De Nederlandse bijdrage aan X is in juni beëindigd.", Some(Status::Past)),
            ("De missie X is afgerond.", Some(Status::Past)),
            ("Nederland heeft zijn eenheden uit X teruggetrokken.", Some(Status::Past)),
            ("De operatie X is gestopt.", Some(Status::Past)),
            ("Het kabinet stopt niet met de steun aan X.", None),
        ];
        assert_statuses(&cases);
    }

    // Bug: `zet … voort`, `blijft … deelnemen`, `in het verleden` gave no status, and `levert
    // … geen bijdrage` read as a contribution.
    #[test]
    fn ok_status_cues_of_continuing_past_and_none() {
        let cases = [
            ("Nederland zet de bijdrage aan X voort.", Some(Status::Continuing)),
            ("In Y zet Nederland de deelname aan X voort, en meer.", Some(Status::Continuing)),
            ("Ook blijft Nederland met een agent deelnemen aan X.", Some(Status::Continuing)),
            ("Over een bijdrage aan X besluit het kabinet volgend jaar.", Some(Status::DecisionPending)),
            ("Nederland heeft in het verleden een rol gespeeld in X.", Some(Status::Past)),
            ("In Y levert Nederland geen bijdrage aan X.", Some(Status::Background)),
            ("Een bijdrage aan deze missies is niet aan de orde.", Some(Status::Background)),
        ];
        assert_statuses(&cases);
        // `zet` inside another word, or `voort` opening one, is no continuation.
        assert_eq!(status_cue(&cues(), "de inzet van x gaat voortvarend."), None);
    }

    // Bug: `niet` was not read: `zet … niet voort` and `niet te verlengen` gave continuing.
    #[test]
    fn ok_a_negated_status_cue_is_turned_around() {
        let cases = [
            ("Het kabinet zet de bijdrage aan X niet voort.", Some(Status::Declined)),
            ("Het kabinet heeft besloten de bijdrage aan X niet te verlengen.", Some(Status::Declined)),
            ("Het kabinet heeft besloten de inzet bij X niet langer voort te zetten.", Some(Status::Declined)),
            ("Nederland neemt niet deel aan X.", Some(Status::Declined)),
            ("Nederland draagt niet bij aan X.", Some(Status::Declined)),
            ("Het kabinet heeft besloten geen nieuwe bijdrage aan X te leveren.", Some(Status::Declined)),
        ];
        assert_statuses(&cases);
    }

    #[test]
    fn err_a_negation_turns_no_cue_that_words_it_and_no_state_without_a_turn() {
        let cases = [
            // The cue holds the negation: it says what it says.
            ("Het kabinet heeft besloten niet bij te dragen aan X.", Some(Status::Declined)),
            ("In Y levert Nederland geen bijdrage aan X.", Some(Status::Background)),
            // Not ended is not past; nothing else is said.
            ("De inzet bij X is nog niet afgerond.", None),
            // A negation elsewhere in the sentence turns nothing.
            ("Nederland levert stafofficieren aan X, wat niet eenvoudig is.", Some(Status::Ongoing)),
        ];
        assert_statuses(&cases);
    }

    #[test]
    fn ok_contributions_and_decisions_in_more_words() {
        let cases = [
            ("Nederland levert stafofficieren aan X.", Some(Status::Ongoing)),
            ("Nederland neemt met een fregat deel aan X.", Some(Status::Ongoing)),
            ("Nederland stelt twee helikopters beschikbaar voor X.", Some(Status::Ongoing)),
            ("Vorig jaar nam een onderzeeboot deel aan X.", Some(Status::Past)),
            ("Het kabinet informeert uw Kamer over het besluit om bij te dragen aan X.", Some(Status::Decided)),
            (
                "Het kabinet zal uw Kamer informeren over de voortzetting van de bijdrage aan X.",
                Some(Status::DecisionPending),
            ),
        ];
        assert_statuses(&cases);
    }

    fn clause_texts(s: &str) -> Vec<(String, usize)> {
        clauses(&cues(), &lower(s)).into_iter().map(|(r, n)| (s[r].trim().to_owned(), n)).collect()
    }

    #[test]
    fn ok_clauses() {
        let s = "Het kabinet ziet af van X, omdat Y al actief is.";
        assert_eq!(clause_texts(s), [("Het kabinet ziet af van X".into(), 0), ("omdat Y al actief is.".into(), 1)]);
        // A main clause goes on past a subordinate one; a semicolon opens a new main clause.
        let s = "Aan X, die iets doet, draagt Nederland bij; Y volgen wij.";
        let numbers: Vec<usize> = clause_texts(s).into_iter().map(|(_, n)| n).collect();
        assert_eq!(numbers, [0, 1, 0, 2]);
        let only = only_clause(&lower(s), &clauses(&cues(), &lower(s)), 0);
        assert_eq!(only.len(), s.len());
        assert!(only.contains("draagt nederland bij") && !only.contains("die iets"));
    }

    // Bug: `overweegt` in a relative clause after an apposition gave the main clause's mission
    // `under consideration`.
    #[test]
    fn ok_an_apposition_that_opens_a_relative_clause_is_subordinate() {
        let s = "Het kabinet draagt niet bij aan X, een waarnemingsmissie die de Veiligheidsraad overweegt.";
        let numbers: Vec<usize> = clause_texts(s).into_iter().map(|(_, n)| n).collect();
        assert_eq!(numbers, [0, 1]);
        // An apposition with no relative clause stays in the main clause.
        let s = "Nederland draagt bij aan X, een missie van de VN.";
        let numbers: Vec<usize> = clause_texts(s).into_iter().map(|(_, n)| n).collect();
        assert_eq!(numbers, [0, 0]);
    }

    #[test]
    fn err_clauses_a_comma_that_opens_no_clause() {
        // A list, or a comma inside brackets, does not cut the clause.
        let s = "Nederland draagt bij aan X, Y en Z (die, zoals bekend, werken).";
        assert!(clause_texts(s).iter().all(|(_, n)| *n == 0));
        assert_eq!(refers_back(&cues(), "het kabinet ziet af van deze missie, omdat x", 30), Some(24));
        assert_eq!(refers_back(&cues(), "x werkt samen met deze missie", 3), None);
    }

    #[test]
    fn ok_status_cue_range_covers_the_wording() {
        let s = "Ook zal het kabinet dit najaar besluiten over de bijdrage.";
        let (_, range) = status_cue(&cues(), &lower(s)).unwrap();
        assert_eq!(&s[range], "zal het kabinet dit najaar besluiten over");
    }

    fn items_of(s: &str, dates: &[&str]) -> Vec<String> {
        let dates: Vec<Range<usize>> = dates
            .iter()
            .map(|d| {
                let at = s.find(d).unwrap();
                at..at + d.len()
            })
            .collect();
        items(&cues(), s, &lower(s), &dates).into_iter().map(|r| s[r].to_owned()).collect()
    }

    #[test]
    fn ok_items() {
        let s = "Het kabinet zal besluiten over X, inclusief de inzet van F-16’s vanaf 1 januari 2018, waarbij (a, b), en de inzet van trainers ter ondersteuning van de Iraakse troepen die tegen ISIS strijden.";
        assert_eq!(
            items_of(s, &["vanaf 1 januari 2018"]),
            vec!["F-16’s", "trainers ter ondersteuning van de Iraakse troepen"]
        );
        let s = "Deze bijdrage is erop gericht om - door het verzamelen van informatie - X beter in staat te stellen.";
        assert_eq!(items_of(s, &[]), vec!["het verzamelen van informatie"]);
        let s = "De Nederlandse bijdrage komt tegemoet aan de behoeften zoals advisering van de ANDSF.";
        assert_eq!(items_of(s, &[]), vec!["advisering van de ANDSF"]);
        let s = "Naast het militaire spoor levert Nederland ook bijdragen op de civiele sporen.";
        assert_eq!(items_of(s, &[]), vec!["bijdragen op de civiele sporen"]);
        let s = "via de inzet van Teams (bestaande uit A, B) op zowel Lesbos als Chios.";
        assert_eq!(items_of(s, &[]), vec!["Teams (bestaande uit A, B)"]);
    }

    #[test]
    fn err_items_that_say_who_or_open_a_clause() {
        assert!(items_of("De rechtsgrond voor de inzet van Nederlandse militairen in Irak is X.", &[]).is_empty());
        assert!(items_of("Verder wordt door het kabinet besloten over X.", &[]).is_empty());
        assert!(items_of("Zoals eerder toegezegd, zal uw Kamer worden geïnformeerd.", &[]).is_empty());
        assert!(items_of("Mede dankzij de inzetvan X.", &[]).is_empty());
    }

    #[test]
    fn ok_item_kinds() {
        let cues = cues();
        assert_eq!(cues.item_kind("f-16’s"), Some(crate::model::ItemKind::Military));
        assert_eq!(cues.item_kind("teams (bestaande uit kmar, politie)"), Some(crate::model::ItemKind::Police));
        assert_eq!(cues.item_kind("bijdragen op de civiele sporen"), Some(crate::model::ItemKind::Civilian));
        assert_eq!(cues.item_kind("advisering van de andsf"), None);
    }

    #[test]
    fn ok_place_list_start() {
        let cues = cues();
        let s = "de NAVO-missie Resolute Support in Afghanistan";
        let end = s.find(" in").unwrap();
        assert_eq!(&s[place_list_start(&cues, s, end).unwrap()..], "Afghanistan");
        let s = "NAVO-eenheden (enhanced Forward Presence) in Estland";
        let end = s.find(" (").unwrap();
        assert_eq!(&s[place_list_start(&cues, s, end).unwrap()..], "Estland");
        assert!(place_list_start(&cues, "X tegen piraterij", 1).is_none());
        assert!(joins_list(&cues, " en "));
        assert!(!joins_list(&cues, " tegen "));
    }

    fn names_of(s: &str, missions: &[&str], others: &[&str]) -> Vec<(String, String)> {
        let at = |names: &[&str]| -> Vec<Range<usize>> {
            names.iter().map(|n| s.find(n).map(|i| i..i + n.len()).unwrap()).collect()
        };
        let found = mission_names(&cues(), s, &crate::words::tokenize(s), &at(missions), &at(others));
        found.into_iter().map(|n| (s[n.range].to_owned(), s[n.word].to_owned())).collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn ok_mission_names_after_a_mission_word() {
        let s = "Nederland draagt bij aan de EU-missie EUTM Mozambique.";
        assert_eq!(names_of(s, &[], &["EU"]), pairs(&[("EUTM Mozambique", "EU-missie")]));
        let s = "Het kabinet onderzoekt een bijdrage aan de missie UNSMIL in Libië.";
        assert_eq!(names_of(s, &[], &["Libië"]), pairs(&[("UNSMIL", "missie")]));
        let s = "De NAVO-trainingsmissie NMI-2 in Irak.";
        assert_eq!(names_of(s, &[], &["NAVO", "Irak"]), pairs(&[("NMI-2", "NAVO-trainingsmissie")]));
        let s = "De operatie CTF 150 tegen piraterij.";
        assert_eq!(names_of(s, &[], &[]), pairs(&[("CTF 150", "operatie")]));
        // A place may be part of the name, not its first word.
        let s = "De EU-missie EUMPM Niger is opgezet.";
        assert_eq!(names_of(s, &[], &["EU", "Niger"]), pairs(&[("EUMPM Niger", "EU-missie")]));
    }

    // Bug: a name that is no acronym was dropped: `operatie Gulf Guardian`.
    #[test]
    fn ok_a_capitalised_name_right_after_a_mission_word() {
        let s = "Nederland nam deel aan de operatie Gulf Guardian in de Golf.";
        assert_eq!(names_of(s, &[], &[]), pairs(&[("Gulf Guardian", "operatie")]));
        let s = "De EU-missie Amber Shield wordt opgezet.";
        assert_eq!(names_of(s, &[], &["EU"]), pairs(&[("Amber Shield", "EU-missie")]));
    }

    #[test]
    fn ok_mission_names_joined_before_a_mission_word() {
        assert_eq!(names_of("De UNSMIL-missie werkt.", &[], &[]), pairs(&[("UNSMIL", "missie")]));
        assert_eq!(names_of("De EUTM Mozambique-missie werkt.", &[], &[]), pairs(&[("EUTM Mozambique", "missie")]));
    }

    #[test]
    fn err_mission_names() {
        // An organisation joined to the mission word is not a name; a known mission is matched as usual.
        assert!(names_of("De VN-missie MINUSMA in Mali.", &["MINUSMA"], &["VN", "Mali"]).is_empty());
        assert!(names_of("De NAVO-missie in Afghanistan.", &[], &["NAVO", "Afghanistan"]).is_empty());
        // An acronym with no mission word beside it; a known mission after a mission word.
        assert!(names_of("De IVS beschrijft trends voor de OS-middelen.", &[], &[]).is_empty());
        let s = "De operatie Inherent Resolve en de missie Irini.";
        assert!(names_of(s, &["Inherent Resolve", "Irini"], &[]).is_empty());
        // A capital after a mission word that is a people's adjective, or a place.
        assert!(names_of("De missie Nederlandse militairen.", &[], &[]).is_empty());
        assert!(names_of("De missie Mali is groot.", &[], &["Mali"]).is_empty());
        // A capital with no mission word before it.
        assert!(names_of("Zo kwam Gulf Guardian tot stand.", &[], &[]).is_empty());
        // A mission word that ends a clause, or stands inside another word.
        assert!(names_of("Het ging om een missie. EUTM werd opgericht.", &[], &[]).is_empty());
        assert!(names_of("De antipiraterijmissies EUTM en X.", &[], &[]).is_empty());
        assert!(names_of("Na de missie, UNSMIL, volgde meer.", &[], &[]).is_empty());
        // One capital is no acronym.
        assert!(names_of("De missie X werd verlengd.", &[], &[]).is_empty());
    }

    // Bug: a white space of more than one byte (a thin space) before a name split a character.
    #[test]
    fn ok_mission_names_after_wide_white_space() {
        let s = "de\u{2009}missie\u{2009}UNSMIL";
        assert_eq!(names_of(s, &[], &[]), pairs(&[("UNSMIL", "missie")]));
        assert!(names_of("\u{2009}UNSMIL", &[], &[]).is_empty());
    }

    #[test]
    fn ok_principle_labels() {
        assert_eq!(
            principle_label("Betrouwbaarheid - Internationale samenwerking is"),
            Some(("Betrouwbaarheid", "Internationale samenwerking is"))
        );
        assert_eq!(
            principle_label("Gereedheid en inzetbaarheid – Inzet, nationaal"),
            Some(("Gereedheid en inzetbaarheid", "Inzet, nationaal"))
        );
        assert_eq!(
            principle_label("In de brief van 9 september 2016 beschreven wij de overwegingen bij - en de"),
            None
        );
        assert_eq!(principle_label("Geen streepje hier."), None);
    }

    #[test]
    fn ok_legal_basis() {
        let cues = cues();
        let s = "De volkenrechtelijke rechtsgrond voor de inzet is onveranderd, zo blijkt.";
        assert_eq!(legal_basis(&cues, s, &lower(s)), Some(0..s.len()));
        let s = "Het kabinet zal besluiten over X, inclusief de inzet van F-16’s, waarbij het mandaat onveranderd is t.o.v. 2016 (Kamerstuk 1, nr. 2), en de inzet van trainers.";
        assert_eq!(
            &s[legal_basis(&cues, s, &lower(s)).unwrap()],
            "waarbij het mandaat onveranderd is t.o.v. 2016 (Kamerstuk 1, nr. 2)"
        );
        assert_eq!(legal_basis(&cues, "Geen grond.", "geen grond."), None);
    }

    #[test]
    fn ok_contribution_sentences() {
        let cues = cues();
        let yes = |s: &str| states_contribution(&cues, &lower(s));
        assert!(yes("Ook Nederland levert hier een bijdrage aan."));
        assert!(!yes("De volkenrechtelijke rechtsgrond voor de inzet van Nederlandse militairen is X."));
        assert!(!yes("Zie de Kamerbrief over de Nederlandse bijdrage aan X."));
    }

    #[test]
    fn ok_parties() {
        let cues = cues();
        let s = "in nauwe samenwerking met Duitsland";
        assert_eq!(party_before(&cues, &lower(s), s.find("Duitsland").unwrap()), Some(Party::Partner));
        let s = "in 2018 onder leiding van Duitsland";
        assert_eq!(party_before(&cues, &lower(s), s.find("Duitsland").unwrap()), Some(Party::Lead));
        let s = "de troepen in Duitsland";
        assert_eq!(party_before(&cues, &lower(s), s.find("Duitsland").unwrap()), None);
    }
}
