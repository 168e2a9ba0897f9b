//! From layout to text structure: headings, paragraphs put back together across page breaks
//! and footnotes, footnotes, and sentences in normalised text.

use std::ops::Range;

use crate::header::{self, TextMeta};
use crate::model::Span;
use crate::normalize::Normalized;
use crate::raw::{self, Line};
use crate::sentences;

/// A heading line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Heading {
    pub text: String,
    pub span: Span,
}

/// A paragraph's normalised text and sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TextUnit {
    pub norm: Normalized,
    pub sentences: Vec<Range<usize>>,
}

/// A body paragraph and the section it belongs to (an index into `headings`, or none
/// before the first heading).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ParagraphUnit {
    pub heading: Option<usize>,
    pub unit: TextUnit,
}

/// A footnote's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FootnoteUnit {
    pub number: u32,
    pub unit: TextUnit,
}

/// The text structure of a letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Structure {
    pub headings: Vec<Heading>,
    pub paragraphs: Vec<ParagraphUnit>,
    /// Footnotes by ascending number.
    pub footnotes: Vec<FootnoteUnit>,
    /// What the header, the signatures and the page furniture say.
    pub header: TextMeta,
}

impl Structure {
    pub fn read(source: &str) -> Self {
        let layout = raw::layout(source);
        let longest_line = layout
            .body
            .iter()
            .flat_map(|b| &b.lines)
            .map(|l| l.span.slice(source).trim().chars().count())
            .max()
            .unwrap_or(0);

        // An edition with a line per paragraph (HTML) has lines no PDF page could hold.
        let unwrapped = longest_line > UNWRAPPED_LINE;

        let mut headings: Vec<Heading> = Vec::new();
        let mut drafts: Vec<(Option<usize>, Vec<Line>)> = Vec::new();
        let mut open = false;
        for block in layout.body.iter().flat_map(|b| parts(source, &b.lines, longest_line, unwrapped)) {
            let mut lines: &[Line] = block;
            let first = lines[0].span.slice(source);
            let next = lines.get(1).map(|l| l.span.slice(source));
            // A block that goes on with an unfinished paragraph opens with no heading.
            if !open && is_heading(first, next, longest_line) {
                let raw = lines[0].span;
                let lead = first.len() - first.trim_start().len();
                let text = first.trim();
                headings.push(Heading {
                    text: text.to_owned(),
                    span: Span::new(raw.start + lead, raw.start + lead + text.len()),
                });
                lines = &lines[1..];
                open = false;
            }
            let Some(last) = lines.last() else { continue };
            let section = headings.len().checked_sub(1);
            match drafts.last_mut() {
                Some((_, draft)) if open => draft.extend_from_slice(lines),
                _ => drafts.push((section, lines.to_vec())),
            }
            open = !raw::ends_a_sentence(last.span.slice(source));
        }

        let bare_markers: Vec<Span> = layout.bare_markers.iter().map(|(_, span)| *span).collect();
        let paragraphs = drafts
            .into_iter()
            .map(|(heading, lines)| ParagraphUnit {
                heading,
                unit: TextUnit::new(Normalized::from_lines(source, &lines, true, &bare_markers)),
            })
            .collect();

        let mut notes: Vec<(u32, Vec<Line>)> = Vec::new();
        for block in &layout.footnotes {
            let mut lines = block.lines.clone();
            lines[0] = Line { span: Span::new(block.label.end, lines[0].span.end) };
            match notes.iter_mut().find(|(n, _)| *n == block.number) {
                Some((_, existing)) => existing.extend(lines),
                None => notes.push((block.number, lines)),
            }
        }
        crate::sort::sort_by_key(&mut notes, |(n, _)| *n);
        let footnotes = notes
            .into_iter()
            .map(|(number, lines)| FootnoteUnit {
                number,
                unit: TextUnit::new(Normalized::from_lines(source, &lines, false, &[])),
            })
            .collect();
        let header = header::read(source, &layout.header, &layout.signatures, &layout.furniture);
        Structure { headings, paragraphs, footnotes, header }
    }
}

impl TextUnit {
    fn new(norm: Normalized) -> Self {
        let sentences = sentences::split(&norm.text);
        Self { norm, sentences }
    }
}

/// Whether a block's first line is a heading: a few capitalised words, no closing
/// punctuation, followed by a new sentence or nothing, and either short against the page's
/// lines or ending in a word that no wrapped line of a sentence would end a heading with.
fn is_heading(line: &str, next: Option<&str>, longest_line: usize) -> bool {
    let text = line.trim();
    let words = text.split_whitespace().count();
    let short = text.chars().count() * 10 <= longest_line.max(20) * 6;
    let capital = text.chars().next().is_some_and(char::is_uppercase);
    let open_end = !text.ends_with(|c: char| ".,;:!?)]’”\"-–".contains(c));
    let next_opens = next.is_none_or(|n| n.trim_start().chars().next().is_some_and(char::is_uppercase));
    let last_word = text.rsplit(' ').next().unwrap_or("").to_lowercase();
    let ends_like_a_title = !FUNCTION_WORDS.contains(&last_word.as_str());
    (1..=5).contains(&words) && capital && open_end && next_opens && (short || ends_like_a_title)
}

/// Dutch words that a wrapped line of a sentence often ends with and a heading does not.
const FUNCTION_WORDS: &[&str] = &[
    "de", "het", "een", "van", "in", "aan", "op", "met", "en", "voor", "tot", "door", "bij", "om", "te", "of", "als",
    "die", "dat", "over", "naar", "uit", "zijn", "is", "wordt", "worden", "heeft", "hebben", "zal", "zullen", "onder",
];

/// A line longer than this (in characters) is no line of a PDF page.
const UNWRAPPED_LINE: usize = 160;

/// A block's lines cut where a paragraph or a heading starts inside it: in an unwrapped
/// edition after every line that closes a sentence, and in a wrapped one
/// before a heading line that follows a closed sentence.
fn parts<'a>(source: &str, lines: &'a [Line], longest_line: usize, unwrapped: bool) -> Vec<&'a [Line]> {
    let text = |k: usize| lines[k].span.slice(source);
    let mut out = Vec::new();
    let mut start = 0;
    for k in 1..lines.len() {
        let next = lines.get(k + 1).map(|l| l.span.slice(source));
        let previous_closes = raw::ends_a_sentence(text(k - 1));
        let cut = previous_closes && (unwrapped || is_heading(text(k), next, longest_line));
        if cut {
            out.push(&lines[start..k]);
            start = k;
        }
    }
    out.push(&lines[start..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_headings() {
        assert!(is_heading(" Inleiding", Some("De Internationale"), 80));
        assert!(is_heading("Conclusies", None, 80));
        assert!(is_heading("Internationale omgeving", Some("Zoals ook"), 80));
        assert!(!is_heading("Dit heeft bijvoorbeeld geleid tot de ontplooiing van", None, 80));
        assert!(!is_heading("Verder.", None, 80));
        assert!(!is_heading("Ook Nederland", Some("levert hier"), 80));
    }

    #[test]
    fn ok_paragraph_ends() {
        assert!(raw::ends_a_sentence("de EU Battlegroup.[4]"));
        assert!(raw::ends_a_sentence("in 2017’ (nr. 3)."));
        assert!(raw::ends_a_sentence("zie nrs. 611 en 612).. "));
        assert!(!raw::ends_a_sentence("betrokkenheid is vereist om te verhinderen "));
        assert!(!raw::ends_a_sentence("samen met België en andere"));
    }

    #[test]
    fn ok_paragraph_joined_across_page_break_and_footnotes() {
        let source = "Kop\nEen zin die niet af is en\n\n[1]   Een noot.\n\n\n\ndoorgaat na de noten.\n\nNieuwe alinea.";
        let s = Structure::read(source);
        assert_eq!(s.headings.len(), 1);
        assert_eq!(s.paragraphs.len(), 2);
        assert_eq!(s.paragraphs[0].unit.norm.text, "Een zin die niet af is en doorgaat na de noten.");
        assert_eq!(s.footnotes[0].unit.norm.text, "Een noot.");
    }
}
