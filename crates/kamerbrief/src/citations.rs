//! The grammar of parliamentary citations: `Kamerstuk 27 925, nr. 612`,
//! `Kamerstukken 33 694 en 29 521, nr. 9`, `Kamerstuk 33 763`, `nrs. 611 en 612`.

use std::ops::Range;

use crate::model::Date;
use crate::temporal;

/// A citation found in normalised text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Citation {
    pub range: Range<usize>,
    /// Dossier numbers without spaces, such as `27925`, `21501-28` or `36200-V`.
    pub dossiers: Vec<String>,
    pub numbers: Vec<u32>,
    pub date: Option<Date>,
    /// Where the citation's numbers end and its date (if any) begins.
    pub numbers_end: usize,
}

impl Citation {
    /// The official ids of the documents it names: the numbers belong to the first dossier.
    pub fn document_ids(&self) -> Vec<String> {
        let Some(dossier) = self.dossiers.first() else { return Vec::new() };
        self.numbers.iter().map(|n| format!("kst-{dossier}-{n}")).collect()
    }
}

/// Every citation in `text`.
pub(crate) fn find(text: &str) -> Vec<Citation> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = find_keyword(text, from) {
        let (keyword_start, after_keyword) = found;
        match parse_after_keyword(text, after_keyword) {
            Some((end, numbers_end, dossiers, numbers, date)) => {
                out.push(Citation { range: keyword_start..end, dossiers, numbers, date, numbers_end });
                from = end;
            }
            None => from = after_keyword,
        }
    }
    out
}

/// The next `Kamerstuk`/`Kamerstukken` (any case of the first letter) as a whole word.
fn find_keyword(text: &str, from: usize) -> Option<(usize, usize)> {
    let mut at = from;
    while let Some(i) = crate::cues::find_str(&text[at..], "amerstuk") {
        let start = at + i;
        let Some(head) = text[..start].chars().next_back() else {
            at = start + 1;
            continue;
        };
        let keyword_start = start - head.len_utf8();
        let before_ok = text[..keyword_start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let mut end = start + "amerstuk".len();
        if text[end..].starts_with("ken") {
            end += 3;
        }
        let after_ok = text[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if matches!(head, 'K' | 'k') && before_ok && after_ok {
            return Some((keyword_start, end));
        }
        at = end;
    }
    None
}

type Parsed = (usize, usize, Vec<String>, Vec<u32>, Option<Date>);

fn parse_after_keyword(text: &str, at: usize) -> Option<Parsed> {
    let mut cursor = Cursor { text, at };
    cursor.spaces();
    let mut dossiers = vec![cursor.dossier()?];
    let mut end = cursor.at;
    loop {
        let mut look = cursor.clone();
        look.spaces();
        if look.word("en") {
            look.spaces();
            if let Some(d) = look.dossier() {
                dossiers.push(d);
                cursor = look;
                end = cursor.at;
                continue;
            }
        }
        break;
    }
    let mut numbers = Vec::new();
    let mut date = None;
    let mut numbers_end = end;
    let mut look = cursor.clone();
    if look.literal(",") {
        look.spaces();
        if look.word("nrs.") || look.word("nr.") {
            look.spaces();
            if let Some(n) = look.number() {
                numbers.push(n);
                end = look.at;
                loop {
                    let mut more = look.clone();
                    more.spaces();
                    if (more.word("en") || more.literal(","))
                        && {
                            more.spaces();
                            true
                        }
                        && let Some(n) = more.number()
                    {
                        numbers.push(n);
                        look = more;
                        end = look.at;
                        continue;
                    }
                    break;
                }
                numbers_end = end;
                let mut dated = look.clone();
                dated.spaces();
                if dated.word("van") {
                    dated.spaces();
                    if let Some((d, len)) = temporal::day_month_year(&text[dated.at..]) {
                        date = Some(d);
                        end = dated.at + len;
                    }
                }
            }
        }
    }
    Some((end, numbers_end, dossiers, numbers, date))
}

#[derive(Clone)]
struct Cursor<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Cursor<'a> {
    fn rest(&self) -> &str {
        &self.text[self.at..]
    }

    fn spaces(&mut self) {
        let rest = self.rest();
        self.at += rest.len() - rest.trim_start().len();
    }

    fn literal(&mut self, s: &str) -> bool {
        let ok = self.rest().starts_with(s);
        if ok {
            self.at += s.len();
        }
        ok
    }

    /// A word followed by a non-letter.
    fn word(&mut self, w: &str) -> bool {
        let rest = self.rest();
        let ok = rest.starts_with(w) && rest[w.len()..].chars().next().is_none_or(|c| !c.is_alphabetic());
        if ok {
            self.at += w.len();
        }
        ok
    }

    fn digits(&mut self) -> Option<&'a str> {
        let text = self.text;
        let start = self.at;
        let len = text[start..].bytes().take_while(u8::is_ascii_digit).count();
        if len == 0 {
            return None;
        }
        self.at += len;
        Some(&text[start..start + len])
    }

    fn number(&mut self) -> Option<u32> {
        let save = self.at;
        let n = self.digits()?.parse().ok();
        if n.is_none() || self.rest().starts_with(|c: char| c.is_alphabetic()) {
            self.at = save;
            return None;
        }
        n
    }

    /// A dossier number: `27 925`, `27925`, with a sub-number `21 501-28`, or with a budget
    /// chapter `36 200 V`/`36 200-V`.
    fn dossier(&mut self) -> Option<String> {
        let save = self.at;
        let head = self.digits()?.to_owned();
        let mut number = head;
        if number.len() <= 2 {
            let mut look = self.clone();
            if look.literal(" ")
                && let Some(tail) = look.digits()
                && tail.len() == 3
            {
                number.push_str(tail);
                *self = look;
            }
        }
        if number.len() < 4 {
            self.at = save;
            return None;
        }
        // A sub-number: `21 501-28`, `21501-02`.
        let mut look = self.clone();
        if (look.literal("-") || look.literal("–"))
            && let Some(sub) = look.digits()
            && sub.len() <= 3
            && look.rest().chars().next().is_none_or(|c| !c.is_alphanumeric())
        {
            number.push('-');
            number.push_str(sub);
            *self = look;
            return Some(number);
        }
        let mut look = self.clone();
        if look.literal(" ") || look.literal("-") {
            let rest = look.rest();
            let len = rest.bytes().take_while(|b| b"IVXLC".contains(b)).count();
            let after = rest[len..].chars().next();
            if len > 0 && after.is_none_or(|c| !c.is_alphanumeric()) {
                number.push('-');
                number.push_str(&rest[..len]);
                look.at += len;
                *self = look;
            }
        }
        Some(number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> (String, Vec<String>, Vec<u32>, Vec<String>) {
        let found = find(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let c = &found[0];
        (text[c.range.clone()].to_owned(), c.dossiers.clone(), c.numbers.clone(), c.document_ids())
    }

    #[test]
    fn ok_single_dossier_and_number() {
        let (text, dossiers, numbers, ids) = one("de strijd (Kamerstuk 27 925, nr. 612), en");
        assert_eq!(text, "Kamerstuk 27 925, nr. 612");
        assert_eq!((dossiers, numbers, ids), (vec!["27925".into()], vec![612], vec!["kst-27925-612".into()]));
    }

    #[test]
    fn ok_two_dossiers_number_belongs_to_first() {
        let (text, dossiers, _, ids) = one("(Kamerstukken 33 694 en 29 521, nr. 9).");
        assert_eq!(text, "Kamerstukken 33 694 en 29 521, nr. 9");
        assert_eq!(dossiers, vec!["33694".to_string(), "29521".into()]);
        assert_eq!(ids, vec!["kst-33694-9".to_string()]);
    }

    #[test]
    fn ok_dossier_without_number() {
        let (text, _, numbers, ids) = one("de krijgsmacht (Kamerstuk 33 763).");
        assert_eq!(text, "Kamerstuk 33 763");
        assert!(numbers.is_empty() && ids.is_empty());
    }

    #[test]
    fn ok_several_numbers() {
        let (text, _, numbers, ids) = one("zie onder andere Kamerstuk 27 925, nrs. 611 en 612)..");
        assert_eq!(text, "Kamerstuk 27 925, nrs. 611 en 612");
        assert_eq!(numbers, vec![611, 612]);
        assert_eq!(ids, vec!["kst-27925-611".to_string(), "kst-27925-612".into()]);
    }

    #[test]
    fn ok_dated_citation() {
        let found = find("(Kamerstuk 27 925, nr. 570 van 29 januari 2016), en");
        assert_eq!(found[0].date, "2016-01-29".parse().ok());
        assert!(found[0].range.end > 30);
    }

    #[test]
    fn ok_budget_chapter_dossier() {
        let (_, dossiers, _, ids) = one("Kamerstuk 36 200-V, nr. 2");
        assert_eq!(dossiers, vec!["36200-V".to_string()]);
        assert_eq!(ids, vec!["kst-36200-V-2".to_string()]);
    }

    #[test]
    fn ok_dossier_with_a_sub_number() {
        // `21 501-28` read as dossier 21501 with no number and no document.
        let (text, dossiers, numbers, ids) = one("(Kamerstuk 21 501-28, nr. 212).");
        assert_eq!(text, "Kamerstuk 21 501-28, nr. 212");
        assert_eq!((dossiers, numbers, ids), (vec!["21501-28".into()], vec![212], vec!["kst-21501-28-212".into()]));
        let (_, dossiers, _, ids) = one("Kamerstukken 21501–02 en 32 317, nr. 2024");
        assert_eq!(dossiers, vec!["21501-02".to_string(), "32317".into()]);
        assert_eq!(ids, vec!["kst-21501-02-2024".to_string()]);
        let (_, dossiers, ..) = one("Kamerstuk 32 317-3a");
        assert_eq!(dossiers, vec!["32317".to_string()]);
    }

    #[test]
    fn err_keyword_without_dossier_is_not_a_citation() {
        assert!(find("De Kamerstukken over dit onderwerp.").is_empty());
        assert!(find("Kamerstuk 12.").is_empty());
        assert!(find("Tweedekamerstukken 33 694").is_empty());
    }
}
