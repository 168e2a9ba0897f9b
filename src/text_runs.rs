//! Cutting a text into runs for display: plain text, and marked stretches (search matches,
//! or names of missions, places, organisations, dates and citations that link elsewhere).
//! Text stays text: the runs are rendered as text nodes, never as HTML.

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
}
