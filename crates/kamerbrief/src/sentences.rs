//! Sentence boundaries in normalised Dutch text.

use std::ops::Range;

/// Abbreviations that end in a full stop without ending a sentence. Dutch grammar, not
/// knowledge of any one letter: common abbreviations, titles and ranks before a name, and
/// the prefix of a ship's name (`Zr.Ms. Karel Doorman`, `Hr. Ms. Tromp`).
const ABBREVIATIONS: &[&str] = &[
    "nr", "nrs", "t.o.v", "o.a", "bijv", "bv", "d.w.z", "e.d", "jl", "j.l", "art", "ca", "vs", "z.g.a.n", "m.b.t",
    "i.v.m", "resp", "incl", "excl", "mr", "dr", "drs", "ir", "prof", "mw", "dhr", "blz", "p", "pp", "zgn", "evt",
    "enz", "etc", "i.p.v", "m.n", "t.a.v", "n.a.v", "o.b.v", "gen", "lt.-gen", "lt.gen", "maj", "adm", "vadm", "ltz",
    "zr.ms", "hr.ms", "zr", "hr", "ms",
];

/// Splits `text` into sentence ranges, trimmed of surrounding spaces.
pub(crate) fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut from = 0;
    // The stops are ASCII, so a byte search finds them without decoding characters.
    while let Some(i) = memchr::memchr3(b'.', b'?', b'!', &text.as_bytes()[from..]) {
        let at = from + i;
        // Take in further stops and closing quotes or brackets: `2017..`, `zo.’`, `(…).`
        let tail = &text[at..];
        let stop_len = tail.len() - tail.trim_start_matches(['.', '?', '!', '’', '”', '"', '\'', ')']).len();
        let end = at + stop_len;
        let rest = &text[end..];
        let next_visible = rest.trim_start().chars().next();
        let spaced = rest.is_empty() || rest.starts_with(char::is_whitespace);
        let opens_sentence = next_visible
            .is_none_or(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '‘' | '“' | '"' | '(' | '['));
        let is_stop = text.as_bytes()[at] == b'.';
        if spaced && opens_sentence && !(is_stop && is_abbreviation(&text[..at], next_visible)) {
            push_trimmed(&mut out, text, start..end);
            start = end;
        }
        from = end;
    }
    push_trimmed(&mut out, text, start..text.len());
    out
}

fn push_trimmed(out: &mut Vec<Range<usize>>, text: &str, range: Range<usize>) {
    let piece = &text[range.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(range.start + lead..range.end - trail);
    }
}

/// Whether the word before a full stop is an abbreviation (or an initial) rather than the
/// end of a sentence. A digit after `nr.` never opens a sentence.
fn is_abbreviation(before: &str, next: Option<char>) -> bool {
    let word_start = before.rfind(|c: char| c.is_whitespace() || c == '(').map_or(0, |i| i + 1);
    let word = &before[word_start..];
    // The abbreviations are ASCII without a `k` (the one letter a non-ASCII character, the
    // Kelvin sign, lowercases to), so comparing ASCII case alone is comparing in lower case.
    if ABBREVIATIONS.iter().any(|a| word.eq_ignore_ascii_case(a)) {
        return true;
    }
    // A single capital is an initial (`M. Rutte`), unless a digit follows.
    let mut chars = word.chars();
    if matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase()) {
        return !next.is_some_and(|c| c.is_ascii_digit());
    }
    // Initials before a surname: `A.B. Jansen`, `A.Th.B. Bijleveld-Schouten`.
    next.is_some_and(char::is_uppercase) && is_initials(word)
}

/// Whether a word is two or more initials joined by stops (`A.B`, `A.Th.B`, `J.Chr`): each a
/// capital, perhaps with one or two small letters (`Th`, `Chr`, `Ph`).
fn is_initials(word: &str) -> bool {
    let mut parts = word.split('.');
    let initial = |part: &str| {
        let mut chars = part.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.clone().count() <= 2 && chars.all(char::is_lowercase)
    };
    word.contains('.') && parts.all(initial)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn ok_abbreviations_compare_by_ascii_case() {
        // `is_abbreviation` compares ASCII case alone, which is comparing in lower case only
        // for lowercase ASCII without a `k`.
        assert!(ABBREVIATIONS.iter().all(|a| a.is_ascii() && !a.contains('k') && a.to_lowercase() == *a));
        assert_eq!(sentences("Zie NR. 5 en Bijv. dit. Daarna.").len(), 2);
    }

    #[test]
    fn ok_plain_sentences() {
        assert_eq!(sentences("Een. Twee? Drie!"), vec!["Een.", "Twee?", "Drie!"]);
    }

    #[test]
    fn ok_abbreviations_and_numbers_do_not_split() {
        let text = "Zie Kamerstuk 27 925, nr. 570 en t.o.v. 2016 ongeveer 60.000 mensen. Daarna.";
        assert_eq!(sentences(text).len(), 2);
        assert_eq!(sentences("Zie nrs. 611 en 612.. ")[0], "Zie nrs. 611 en 612..");
        // `j.l.` is `jl.` spelt with two stops.
        assert_eq!(sentences("Op 4 mei j.l. Kamp bezocht de troepen. Daarna.").len(), 2);
    }

    #[test]
    fn ok_ship_prefixes_and_ranks_do_not_split() {
        // `Zr.Ms. De Ruyter` ended a sentence after `Zr.Ms.`, and `gen.` before a name.
        assert_eq!(sentences("Het fregat Zr.Ms. De Ruyter vaart uit. Daarna.").len(), 2);
        assert_eq!(sentences("Het fregat Zr. Ms. Tromp en Hr.Ms. Van Speijk varen. Daarna.").len(), 2);
        assert_eq!(sentences("De Commandant, gen. Eikelenboom, sprak. Daarna.").len(), 2);
        assert_eq!(sentences("Hij is lt.-gen. Bauer opgevolgd. Daarna.").len(), 2);
    }

    #[test]
    fn ok_initials_before_a_surname_do_not_split() {
        // `A.B. Jansen` was cut after the initials.
        assert_eq!(sentences("Dit meldde A.B. Jansen gisteren. Daarna.").len(), 2);
        assert_eq!(sentences("Getekend door A.Th.B. Bijleveld-Schouten en J.A. Hennis. Daarna.").len(), 2);
        assert!(is_initials("A.Th.B") && is_initials("J.Chr"));
        assert!(!is_initials("Ja") && !is_initials("NAVO") && !is_initials("A.Bcde"));
        // A word that is no initial still ends a sentence before a capital.
        assert_eq!(sentences("Zo gaat het. Ja. Nee.").len(), 3);
    }

    #[test]
    fn ok_lowercase_after_stop_does_not_split() {
        assert_eq!(sentences("De zgn. aanpak werkt. Goed.").len(), 2);
        assert_eq!(sentences("vanaf 1 jan. tot").len(), 1);
    }

    #[test]
    fn ok_closing_quote_and_bracket_stay_with_sentence() {
        let text = "Hij zei ‘ja.’ Zij (ook.) Klaar.";
        assert_eq!(sentences(text), vec!["Hij zei ‘ja.’", "Zij (ook.)", "Klaar."]);
    }

    #[test]
    fn ok_no_text_gives_no_sentences() {
        assert!(split("").is_empty());
        assert!(split("   ").is_empty());
    }
}
