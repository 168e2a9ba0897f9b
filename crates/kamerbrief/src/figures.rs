//! The grammar of figures: a number (digits with Dutch separators, or a number word), an
//! optional range and qualifier, and the words that say what is counted.

use std::ops::Range;

use crate::cues::Cues;
use crate::temporal::small_number;
use crate::words::Word;

/// A figure found in normalised text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FoundFigure {
    pub range: Range<usize>,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: String,
    pub qualifier: Option<String>,
    pub meaning: String,
}

/// Every figure in `text`, leaving out the `excluded` ranges (dates and citations).
pub(crate) fn find(cues: &Cues, text: &str, tokens: &[Word<'_>], excluded: &[Range<usize>]) -> Vec<FoundFigure> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some((value, len)) = number_at(text, tokens, i) else {
            i += 1;
            continue;
        };
        let range = tokens[i].range.start..tokens[i + len - 1].range.end;
        let overlaps = excluded.iter().any(|r| r.start < range.end && range.start < r.end);
        if overlaps || names_a_thing(cues, text, tokens, i, &range) {
            i += len;
            continue;
        }
        let mut k = i + len;
        let mut value_max = None;
        let mut end = range.end;
        if tokens.get(k).is_some_and(|w| w.text == "tot")
            && let Some((max, max_len)) = number_at(text, tokens, k + 1)
        {
            value_max = Some(max);
            end = tokens[k + max_len].range.end;
            k += 1 + max_len;
        }
        let (unit, unit_end) = unit_after(cues, text, tokens, k);
        if unit.is_empty() {
            i += len;
            continue;
        }
        let (start, qualifier) = qualifier_before(cues, text, range.start);
        let full = start..unit_end.max(end);
        out.push(FoundFigure {
            range: full.clone(),
            value,
            value_max,
            unit,
            qualifier,
            meaning: clause_around(text, full).to_owned(),
        });
        i = k;
    }
    out
}

/// A number at token `i`: digits in groups (`70.000`, `2,5`) or a number word, with the
/// tokens it took.
fn number_at(text: &str, tokens: &[Word<'_>], i: usize) -> Option<(f64, usize)> {
    let Word { range, text: word, lower, .. } = tokens.get(i)?;
    if !word.bytes().all(|b| b.is_ascii_digit()) {
        return small_number(lower, 100).map(|n| (f64::from(n), 1));
    }
    // Digits are added up as they come: a number word is read on every word of the letter.
    let add_digits = |value: f64, digits: &str| digits.bytes().fold(value, |v, b| v * 10.0 + f64::from(b - b'0'));
    let mut value = add_digits(0.0, word);
    let mut len = 1;
    let mut end = range.end;
    // Thousands: `70.000`, `400.000`.
    while let Some(Word { range: next, text: group, .. }) = tokens.get(i + len) {
        if &text[end..next.start] == "." && group.len() == 3 && group.bytes().all(|b| b.is_ascii_digit()) {
            value = add_digits(value, group);
            end = next.end;
            len += 1;
        } else {
            break;
        }
    }
    if let Some(Word { range: next, text: fraction, .. }) = tokens.get(i + len)
        && &text[end..next.start] == ","
        && fraction.bytes().all(|b| b.is_ascii_digit())
    {
        // Whole numbers over a power of ten: one rounding, as parsing `2.75` would round.
        let scale = 10f64.powi(i32::try_from(fraction.len()).ok()?);
        value = add_digits(value, fraction) / scale;
        len += 1;
    }
    Some((value, len))
}

/// Whether the number at token `i` names something: `artikel 51`, `F-16`, `1)`, a year.
fn names_a_thing(cues: &Cues, text: &str, tokens: &[Word<'_>], i: usize, range: &Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    if matches!(before, Some('-' | '‐')) || matches!(after, Some(')' | '-' | '‐')) {
        return true;
    }
    if i > 0 {
        let previous = &tokens[i - 1].lower;
        if cues.figure_naming_words.iter().any(|w| previous.ends_with(w.as_str())) {
            return true;
        }
        // `in acht nemen` takes heed; it counts nothing.
        if previous == "in" && tokens[i].lower == "acht" {
            return true;
        }
    }
    // A year: four digits alone, of the years letters speak of (`1200 militairen` counts).
    let word = tokens[i].text;
    word.len() == 4 && range.len() == 4 && word.parse::<u16>().is_ok_and(|y| YEARS.contains(&y))
}

/// The years a four-digit number is taken for.
const YEARS: std::ops::RangeInclusive<u16> = 1900..=2100;

/// The words after a number that say what is counted: up to two inflected adjectives
/// (`vierkante`, `Malinese`, `grootste`) and one noun.
fn unit_after<'t>(cues: &Cues, text: &'t str, tokens: &[Word<'_>], k: usize) -> (String, usize) {
    let mut taken: Vec<&'t str> = Vec::new();
    let mut end = 0;
    for (n, Word { range, text: word, lower, .. }) in tokens.iter().enumerate().skip(k).take(3) {
        if cues.figure_stop_words.iter().any(|w| w == lower) || word.bytes().all(|b| b.is_ascii_digit()) {
            break;
        }
        // A type is written with a dash and a plural with an apostrophe: `F-16’s`, `CH-47`.
        let mut word_end = range.end;
        for next in &tokens[n + 1..] {
            let joined = match &text[word_end..next.range.start] {
                "-" | "‐" => true,
                "’" | "'" => next.lower == "s",
                _ => false,
            };
            if !joined {
                break;
            }
            word_end = next.range.end;
        }
        taken.push(&text[range.start..word_end]);
        end = word_end;
        if word_end != range.end {
            break;
        }
        let adjective = (lower.ends_with('e') || lower.ends_with("se")) && taken.len() < 3;
        if !adjective {
            break;
        }
    }
    (taken.join(" "), end)
}

fn qualifier_before(cues: &Cues, text: &str, start: usize) -> (usize, Option<String>) {
    let before = text[..start].trim_end();
    for q in &cues.figure_qualifiers {
        if let Some(head) = before.strip_suffix(q.as_str())
            && head.chars().next_back().is_none_or(|c| !c.is_alphanumeric())
        {
            return (head.len(), Some(q.clone()));
        }
    }
    (start, None)
}

/// The clause around `range`: from the last clause break before it to the next after it.
fn clause_around(text: &str, range: Range<usize>) -> &str {
    // A full stop or comma between digits (`60.000`, `2,5`) breaks nothing.
    let is_break = |i: usize, c: char| {
        let digit_before = text[..i].ends_with(|d: char| d.is_ascii_digit());
        let digit_after = text[i + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit());
        matches!(c, ',' | ';' | ':' | '.' | '(' | ')') && !(matches!(c, '.' | ',') && digit_before && digit_after)
    };
    let mut start =
        text[..range.start].char_indices().rfind(|&(i, c)| is_break(i, c)).map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[range.end..]
        .char_indices()
        .find(|&(i, c)| is_break(range.end + i, c))
        .map_or(text.len(), |(i, _)| range.end + i);
    // A long clause is cut back to the conjunction before the figure.
    if end - start > 90
        && let Some(i) = [" en ", " dat ", " die "]
            .iter()
            .filter_map(|c| text[start..range.start].rfind(c).map(|i| i + c.len()))
            .max()
    {
        start += i;
    }
    text[start..end].trim()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::tokenize;

    type Row = (String, f64, Option<f64>, String, Option<String>);

    fn figures(text: &str) -> Vec<Row> {
        find(&crate::Lexicon::builtin().cues, text, &tokenize(text), &[])
            .into_iter()
            .map(|f| (text[f.range].to_owned(), f.value, f.value_max, f.unit, f.qualifier))
            .collect()
    }

    #[test]
    fn ok_number_with_thousands_and_unit() {
        let found = figures("Sinds 2014 is 70.000 vierkante kilometer heroverd op ISIS.");
        assert_eq!(
            found,
            vec![("70.000 vierkante kilometer".into(), 70_000.0, None, "vierkante kilometer".into(), None)]
        );
    }

    #[test]
    fn ok_qualifiers() {
        let found = figures("zijn ongeveer 60.000 Malinese vluchtelingen en ruim 400.000 ontheemden teruggekeerd.");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].0, "ongeveer 60.000 Malinese vluchtelingen");
        assert_eq!(found[0].4.as_deref(), Some("ongeveer"));
        assert_eq!((found[1].1, found[1].3.as_str()), (400_000.0, "ontheemden"));
    }

    #[test]
    fn ok_range() {
        let found = figures("Jaarlijks varen nu zo’n 20.000 tot 30.000 handelsschepen veilig");
        assert_eq!(
            found,
            vec![(
                "zo’n 20.000 tot 30.000 handelsschepen".into(),
                20_000.0,
                Some(30_000.0),
                "handelsschepen".into(),
                Some("zo’n".into())
            )]
        );
    }

    #[test]
    fn ok_number_words() {
        let found = figures("dat de drie grootste havens van Somalië");
        assert_eq!(found[0].1, 3.0);
        assert_eq!(found[0].3, "grootste havens");
    }

    // Bug: four digits were always a year, a type with a dash gave its letters alone, and
    // `ten hoogste` qualified nothing.
    #[test]
    fn ok_counts_in_four_digits_types_and_upper_bounds() {
        let found = figures("Nederland zendt ongeveer 1200 militairen en vier F-16’s, ten hoogste 250 adviseurs.");
        let read: Vec<(&str, f64, &str, Option<&str>)> =
            found.iter().map(|f| (f.0.as_str(), f.1, f.3.as_str(), f.4.as_deref())).collect();
        assert_eq!(
            read,
            [
                ("ongeveer 1200 militairen", 1200.0, "militairen", Some("ongeveer")),
                ("vier F-16’s", 4.0, "F-16’s", None),
                ("ten hoogste 250 adviseurs", 250.0, "adviseurs", Some("ten hoogste")),
            ]
        );
        assert_eq!(figures("twee CH-47 helikopters")[0].3, "CH-47");
    }

    #[test]
    fn ok_decimals_read_as_written() {
        assert_eq!(figures("ruim 2,75 miljoen euro")[0].1, 2.75);
        assert_eq!(figures("ruim 1,33 miljoen euro")[0].1, "1.33".parse::<f64>().unwrap());
    }

    #[test]
    fn ok_meaning_is_the_clause() {
        let text = "Feit is, dat ongeveer 60.000 Malinese vluchtelingen terugkeerden, zegt men.";
        let found = find(&crate::Lexicon::builtin().cues, text, &tokenize(text), &[]);
        assert_eq!(found[0].meaning, "dat ongeveer 60.000 Malinese vluchtelingen terugkeerden");
    }

    #[test]
    fn err_numbers_that_name_things() {
        assert!(figures("op basis van artikel 51 van het VN-Handvest").is_empty());
        assert!(figures("de inzet van F-16’s vanaf").is_empty());
        assert!(figures("bestaan uit: 1) verdediging, 2) een goed").is_empty());
        assert!(figures("artikel 100-brieven toegaan in 2018").is_empty());
        assert!(figures("een bijdrage").is_empty());
        assert!(figures("de termijnen die in acht moeten worden genomen").is_empty());
    }
}
