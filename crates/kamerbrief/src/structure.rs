//! From layout to text structure: headings, paragraphs put back together across page breaks
//! and footnotes, footnotes, and sentences in normalised text.

use std::ops::Range;

use crate::model::Span;
use crate::normalize::{Normalized, marker_len};
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

        let mut headings: Vec<Heading> = Vec::new();
        let mut drafts: Vec<(Option<usize>, Vec<Line>)> = Vec::new();
        let mut open = false;
        for block in &layout.body {
            let mut lines: &[Line] = &block.lines;
            let first = lines[0].span.slice(source);
            let next = lines.get(1).map(|l| l.span.slice(source));
            if is_heading(first, next, longest_line) {
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
            open = !ends_a_paragraph(last.span.slice(source));
        }

        let paragraphs = drafts
            .into_iter()
            .map(|(heading, lines)| ParagraphUnit {
                heading,
                unit: TextUnit::new(Normalized::from_lines(source, &lines, true)),
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
                unit: TextUnit::new(Normalized::from_lines(source, &lines, false)),
            })
            .collect();
        Structure { headings, paragraphs, footnotes }
    }
}

impl TextUnit {
    fn new(norm: Normalized) -> Self {
        let sentences = sentences::split(&norm.text);
        Self { norm, sentences }
    }
}

/// Whether a block's first line is a heading: short, a few capitalised words, no closing
/// punctuation, and followed by a new sentence or nothing.
fn is_heading(line: &str, next: Option<&str>, longest_line: usize) -> bool {
    let text = line.trim();
    let words = text.split_whitespace().count();
    let short = text.chars().count() * 10 <= longest_line.max(20) * 6;
    let capital = text.chars().next().is_some_and(char::is_uppercase);
    let open_end = !text.ends_with(|c: char| ".,;:!?)]’”\"-–".contains(c));
    let next_opens = next.is_none_or(|n| n.trim_start().chars().next().is_some_and(char::is_uppercase));
    (1..=5).contains(&words) && short && capital && open_end && next_opens
}

/// Whether a line that ends a block also ends its paragraph: it closes a sentence.
fn ends_a_paragraph(line: &str) -> bool {
    let mut text = line.trim_end();
    loop {
        // Footnote markers and closing quotes or brackets stand after the full stop.
        if let Some(open) = text.rfind('[')
            && marker_len(&text[open..]) == Some(text.len() - open)
        {
            text = text[..open].trim_end();
            continue;
        }
        match text.strip_suffix(['’', '”', '"', ')', '\'']) {
            Some(shorter) => text = shorter,
            None => break,
        }
    }
    text.ends_with(['.', '!', '?', ':'])
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
        assert!(ends_a_paragraph("de EU Battlegroup.[4]"));
        assert!(ends_a_paragraph("in 2017’ (nr. 3)."));
        assert!(ends_a_paragraph("zie nrs. 611 en 612).. "));
        assert!(!ends_a_paragraph("betrokkenheid is vereist om te verhinderen "));
        assert!(!ends_a_paragraph("samen met België en andere"));
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
