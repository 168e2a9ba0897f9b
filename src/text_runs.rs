//! Cutting a text into runs for display: plain text, and marked stretches (search matches,
//! or names of missions, places, organisations, dates and citations). Text stays text: the
//! runs are rendered as text nodes, never as HTML.

use std::ops::Range;

/// A stretch of a text, marked with `T` or plain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run<T> {
    /// The text of the run.
    pub text: String,
    /// What it is marked as, if anything.
    pub mark: Option<T>,
}

/// Cuts `text` into runs at the marked `ranges`. Overlapping marks are resolved in favour of
/// the one that starts first, then the longer; ranges off char boundaries are dropped.
pub fn runs<T: Clone>(text: &str, mut ranges: Vec<(Range<usize>, T)>) -> Vec<Run<T>> {
    ranges.retain(|(r, _)| {
        r.start < r.end && r.end <= text.len() && text.is_char_boundary(r.start) && text.is_char_boundary(r.end)
    });
    kamerbrief::sort::sort_by(&mut ranges, |a, b| a.0.start.cmp(&b.0.start).then(b.0.end.cmp(&a.0.end)));
    let mut out = Vec::new();
    let mut at = 0;
    for (range, mark) in ranges {
        if range.start < at {
            continue;
        }
        if range.start > at {
            out.push(Run { text: text[at..range.start].to_owned(), mark: None });
        }
        out.push(Run { text: text[range.clone()].to_owned(), mark: Some(mark) });
        at = range.end;
    }
    if at < text.len() {
        out.push(Run { text: text[at..].to_owned(), mark: None });
    }
    out
}

/// Grows the range of a name (`anchor`, a mission's `MINUSMA`) over the `parts` that belong
/// to it (its organisation's and its places' names in the same text), where the grammar joins
/// them into one phrase: `VN-missie MINUSMA in Mali` is one name, not three.
///
/// A part joins in front when only the tail of a compound stands between (`VN` + `-missie `),
/// after when one lowercase word does (` in Mali`), and, once a list of places has started,
/// after a comma too (` in Litouwen, Estland en Letland`). A part that overlaps the range
/// joins as it is. Anything else (a full stop, two words, a capital) keeps them apart.
pub fn phrase(text: &str, anchor: Range<usize>, parts: &[Range<usize>]) -> Range<usize> {
    let mut range = anchor;
    let mut listing = false;
    let fits = |r: &Range<usize>| r.start < r.end && text.get(r.clone()).is_some();
    if !fits(&range) {
        return range;
    }
    loop {
        let before = range.clone();
        for part in parts.iter().filter(|p| fits(p)) {
            if part.start < range.end && range.start < part.end {
                range = range.start.min(part.start)..range.end.max(part.end);
            } else if part.end <= range.start && compound_tail(&text[part.end..range.start]) {
                range.start = part.start;
            } else if part.start >= range.end && joins_after(&text[range.end..part.start], listing) {
                range.end = part.end;
                listing = true;
            }
        }
        if range == before {
            return range;
        }
    }
}

/// `-missie `, `-trainingsmissie `: what stands between `VN` and `MINUSMA` in `VN-missie
/// MINUSMA`, the rest of a compound whose first part is a name.
fn compound_tail(gap: &str) -> bool {
    let Some(rest) = gap.strip_prefix(['-', '\u{2011}']) else { return false };
    let Some(word) = rest.strip_suffix(' ') else { return false };
    !word.is_empty() && word.chars().all(char::is_alphabetic)
}

/// ` in `, ` op `: one lowercase word between a name and the next; in a list also `, `.
fn joins_after(gap: &str, listing: bool) -> bool {
    if listing && gap == ", " {
        return true;
    }
    let Some(word) = gap.strip_prefix(' ').and_then(|g| g.strip_suffix(' ')) else { return false };
    !word.is_empty() && word.chars().all(char::is_lowercase)
}

/// The `marks` that overlap none of the `over` ranges: a quiet mark gives way to a link.
pub fn outside<T>(marks: Vec<(Range<usize>, T)>, over: &[Range<usize>]) -> Vec<(Range<usize>, T)> {
    marks.into_iter().filter(|(r, _)| !over.iter().any(|o| r.start < o.end && o.start < r.end)).collect()
}

/// Folds text for matching: lower case, and the Dutch accents (ë, ï, é, ó …) taken off, so
/// that `Syrie` finds `Syrië`. Returns the folded text and, per folded byte, the byte of the
/// original it came from.
pub fn fold(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        for lower in c.to_lowercase() {
            let plain = match kamerbrief::without_accent(lower) {
                '’' | '‘' => '\'',
                '–' | '—' => '-',
                other => other,
            };
            for _ in 0..plain.len_utf8() {
                map.push(i);
            }
            folded.push(plain);
        }
    }
    map.push(text.len());
    (folded, map)
}

/// Every place where `needle` (folded) occurs in `text`, as ranges of `text`.
pub fn find_all(text: &str, needle: &str) -> Vec<Range<usize>> {
    let (needle, _) = fold(needle.trim());
    if needle.is_empty() {
        return Vec::new();
    }
    let (haystack, map) = fold(text);
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = haystack[from..].find(&needle) {
        let start = from + i;
        let end = start + needle.len();
        out.push(map[start]..map[end]);
        from = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_runs_cut_at_marks() {
        let r = runs("de VN-missie MINUSMA in Mali", vec![(13..20, "m"), (24..28, "p")]);
        let texts: Vec<(&str, Option<&str>)> = r.iter().map(|r| (r.text.as_str(), r.mark)).collect();
        assert_eq!(texts, vec![("de VN-missie ", None), ("MINUSMA", Some("m")), (" in ", None), ("Mali", Some("p"))]);
    }

    #[test]
    fn ok_overlaps_prefer_first_then_longer() {
        let r = runs("Noord-Irak", vec![(6..10, "irak"), (0..10, "noord-irak")]);
        assert_eq!(r, vec![Run { text: "Noord-Irak".into(), mark: Some("noord-irak") }]);
    }

    #[test]
    fn ok_bad_ranges_are_dropped() {
        let r = runs("Syrië", vec![(4..5, "x"), (3..99, "y")]);
        assert_eq!(r, vec![Run { text: "Syrië".into(), mark: None }]);
    }

    #[test]
    fn ok_find_ignores_case_and_accents() {
        let text = "in Irak en Syrië, en SYRIE";
        let found: Vec<&str> = find_all(text, "syrie").into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, vec!["Syrië", "SYRIE"]);
        assert!(find_all(text, "  ").is_empty());
    }

    /// The text under a phrase grown from `anchor` over `parts`, all given as the words.
    fn grown(text: &str, anchor: &str, parts: &[&str]) -> String {
        let at = |w: &str| {
            let i = text.find(w).unwrap();
            i..i + w.len()
        };
        let parts: Vec<Range<usize>> = parts.iter().map(|p| at(p)).collect();
        text[phrase(text, at(anchor), &parts)].to_owned()
    }

    #[test]
    fn ok_phrase_joins_the_compound_before_and_the_place_after() {
        let text = "aan de VN-missie MINUSMA in Mali en de NAVO-trainingsmissie Resolute Support.";
        assert_eq!(grown(text, "MINUSMA", &["VN", "Mali"]), "VN-missie MINUSMA in Mali");
        assert_eq!(grown(text, "Resolute Support", &["NAVO"]), "NAVO-trainingsmissie Resolute Support");
    }

    #[test]
    fn err_phrase_keeps_apart_what_the_grammar_does_not_join() {
        // Two words, a full stop, a capital, a plain conjunction before: each stays apart.
        assert_eq!(grown("de VN en MINUSMA", "MINUSMA", &["VN"]), "MINUSMA");
        assert_eq!(grown("MINUSMA. In Mali", "MINUSMA", &["Mali"]), "MINUSMA");
        assert_eq!(grown("MINUSMA werkt in Mali", "MINUSMA", &["Mali"]), "MINUSMA");
        assert_eq!(grown("MINUSMA Noord Mali", "MINUSMA", &["Mali"]), "MINUSMA");
        assert_eq!(grown("VN-missie, MINUSMA", "MINUSMA", &["VN"]), "MINUSMA");
    }

    #[test]
    fn ok_phrase_takes_a_list_of_places_and_what_it_overlaps() {
        let text = "eFP in Litouwen, Estland en Letland";
        assert_eq!(grown(text, "eFP", &["Letland", "Estland", "Litouwen"]), text);
        assert_eq!(grown("de strijd tegen ISIS", "strijd tegen ISIS", &["ISIS"]), "strijd tegen ISIS");
    }

    #[test]
    fn err_phrase_takes_no_comma_before_a_list_has_started() {
        assert_eq!(grown("eFP, Estland en Letland", "eFP", &["Estland", "Letland"]), "eFP");
        // A range off the text is left as it is.
        let whole = 0..4;
        assert_eq!(phrase("Mali", 2..9, std::slice::from_ref(&whole)), 2..9);
    }

    #[test]
    fn ok_outside_drops_what_a_link_covers() {
        let link = 0..17;
        let kept = outside(vec![(0..2, "VN"), (13..17, "Mali"), (30..35, "Niger")], std::slice::from_ref(&link));
        assert_eq!(kept, vec![(30..35, "Niger")]);
    }

    #[test]
    fn err_outside_keeps_what_only_touches_a_link() {
        let link = 2..5;
        let kept = outside(vec![(0..2, "a"), (5..7, "b")], std::slice::from_ref(&link));
        assert_eq!(kept.len(), 2);
    }
}
