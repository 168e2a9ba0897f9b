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
        let page = Page::of(source, &layout.body);

        let mut headings: Vec<Heading> = Vec::new();
        let mut drafts: Vec<(Option<usize>, Vec<Line>)> = Vec::new();
        let mut open = false;
        let blocks: Vec<&[Line]> = layout.body.iter().flat_map(|b| parts(source, &b.lines, &page)).collect();
        for (k, &block) in blocks.iter().enumerate() {
            let mut lines: &[Line] = block;
            let first = lines[0].span.slice(source);
            let next = lines.get(1).map(|l| l.span.slice(source));
            // A line alone at a page's foot, whose sentence goes on in small letters after the
            // page break or the footnotes, is no heading.
            let goes_on = next.is_none()
                && blocks
                    .get(k + 1)
                    .is_some_and(|b| b[0].span.slice(source).trim_start().starts_with(char::is_lowercase));
            // A block that goes on with an unfinished paragraph opens with no heading.
            if !open && !goes_on && is_heading(first, next, &page) {
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

/// What a heading is judged against: the page's lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Page {
    /// The longest body line, in characters.
    longest_line: usize,
    /// The width the text was wrapped at, as its wrapped lines show it; `None` for an edition
    /// with a line per paragraph (HTML), which lines no PDF page could hold give away.
    width: Option<usize>,
}

impl Page {
    fn of(source: &str, body: &[raw::BodyBlock]) -> Self {
        let length = |line: &Line| line.span.slice(source).trim().chars().count();
        let longest_line = body.iter().flat_map(|b| &b.lines).map(length).max().unwrap_or(0);
        // The width is read from the lines that another line follows in their block and that
        // no heading could be: the lines the wrapping ended. A heading may be wider than the
        // body, and a word the wrapping could not break after (`- door`) may stick out of it,
        // so the width is what all but the widest twentieth of those lines keep to.
        let mut wrapped: Vec<usize> = body
            .iter()
            .flat_map(|b| b.lines.windows(2))
            .filter(|pair| !heading_shaped(pair[0].span.slice(source), Some(pair[1].span.slice(source))))
            .map(|pair| length(&pair[0]))
            .collect();
        let width = match wrapped.len() {
            0 => longest_line,
            n => *wrapped.select_nth_unstable_by(n / 20, |a, b| b.cmp(a)).1,
        };
        Self { longest_line, width: (longest_line <= UNWRAPPED_LINE).then_some(width) }
    }

    /// Whether the text has a line per paragraph.
    fn unwrapped(&self) -> bool {
        self.width.is_none()
    }

    /// Whether a line was ended where its writer ended it, not where the wrapping did: greedy
    /// wrapping moves a word to the next line only when it does not fit, so a line after which
    /// the next line's first word would have fitted was cut on purpose. A line wider than the
    /// wrapping is none of its lines either.
    fn deliberate_break(&self, line: &str, next: Option<&str>) -> bool {
        let (Some(width), Some(word)) = (self.width, next.and_then(|n| n.split_whitespace().next())) else {
            return true;
        };
        let length = line.trim().chars().count();
        length > width || length + 1 + word.chars().count() <= width
    }
}

/// Whether a block's first line is a heading: a few capitalised words, no closing
/// punctuation, followed by a new sentence or nothing; and either short against the page's
/// lines or ending in a word that no wrapped line of a sentence would end a heading with.
fn is_heading(line: &str, next: Option<&str>, page: &Page) -> bool {
    let text = line.trim();
    let short = text.chars().count() * 10 <= page.longest_line.max(20) * 6;
    let last_word = text.rsplit(' ').next().unwrap_or("").to_lowercase();
    let ends_like_a_title = !FUNCTION_WORDS.contains(&last_word.as_str());
    heading_shaped(text, next) && (short || ends_like_a_title)
}

/// The shape of a heading line: one to five words, the first capitalised, no closing
/// punctuation, and a new sentence (or nothing) after it.
fn heading_shaped(line: &str, next: Option<&str>) -> bool {
    // Asked of every line: the cheap tests first, and words counted up to six at most.
    let text = line.trim();
    let capital = || text.chars().next().is_some_and(char::is_uppercase);
    let open_end = || !text.ends_with(|c: char| ".,;:!?)]’”\"-–".contains(c));
    let next_opens = || next.is_none_or(|n| n.trim_start().chars().next().is_some_and(char::is_uppercase));
    let few_words = || (1..=5).contains(&text.split_whitespace().take(6).count());
    capital() && open_end() && next_opens() && few_words()
}

/// Dutch words that a wrapped line of a sentence often ends with and a heading does not.
const FUNCTION_WORDS: &[&str] = &[
    "de", "het", "een", "van", "in", "aan", "op", "met", "en", "voor", "tot", "door", "bij", "om", "te", "of", "als",
    "die", "dat", "over", "naar", "uit", "zijn", "is", "wordt", "worden", "heeft", "hebben", "zal", "zullen", "onder",
];

/// A line longer than this (in characters) is no line of a PDF page.
const UNWRAPPED_LINE: usize = 160;

/// A block's lines cut where a paragraph or a heading starts inside it: in an unwrapped
/// edition after every line that closes a sentence, and in a wrapped one before a heading
/// line that follows a closed sentence where the wrapping did not end the line.
fn parts<'a>(source: &str, lines: &'a [Line], page: &Page) -> Vec<&'a [Line]> {
    let text = |k: usize| lines[k].span.slice(source);
    let mut out = Vec::new();
    let mut start = 0;
    for k in 1..lines.len() {
        let next = lines.get(k + 1).map(|l| l.span.slice(source));
        let previous_closes = raw::ends_a_sentence(text(k - 1));
        // Inside a block a heading follows a closed sentence with no blank line, as the next
        // sentence of the paragraph does: only a line the wrapping did not end can be one.
        let heading = || is_heading(text(k), next, page) && page.deliberate_break(text(k), next);
        let cut = previous_closes && (page.unwrapped() || heading());
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

    /// A page of 80 columns whose wrapping width is unknown.
    const WIDE: Page = Page { longest_line: 80, width: None };

    #[test]
    fn ok_headings() {
        assert!(is_heading(" Inleiding", Some("De Internationale"), &WIDE));
        assert!(is_heading("Conclusies", None, &WIDE));
        assert!(is_heading("Internationale omgeving", Some("Zoals ook"), &WIDE));
        assert!(!is_heading("Dit heeft bijvoorbeeld geleid tot de ontplooiing van", None, &WIDE));
        assert!(!is_heading("Verder.", None, &WIDE));
        assert!(!is_heading("Ook Nederland", Some("levert hier"), &WIDE));
    }

    #[test]
    fn ok_a_line_the_wrapping_ended_is_no_deliberate_break() {
        // A narrow wrap made `Het hoofdkwartier komt in Tarin` a heading: `Kowt;` did not fit.
        let page = Page { longest_line: 33, width: Some(33) };
        assert!(!page.deliberate_break("Het hoofdkwartier komt in Tarin", Some("Kowt; een kleinere basis komt in")));
        // Where the next word would have fitted, the line was ended on purpose.
        assert!(page.deliberate_break("Afrika", Some("Het kabinet heeft besloten")));
        assert!(page.deliberate_break("Tot slot", None));
        // A heading wider than the body's lines is no line the wrapping made.
        let narrow = Page { longest_line: 38, width: Some(30) };
        assert!(narrow.deliberate_break("Mandaat en volkenrechtelijke grondslag", Some("Resolute Support")));
        // Without wrapping every break is deliberate.
        assert!(WIDE.deliberate_break("Het hoofdkwartier komt in Tarin", Some("Kowt;")));
    }

    #[test]
    fn ok_the_width_is_that_of_wrapped_lines() {
        let source = "Mandaat en volkenrechtelijke grondslag\nDe tekst loopt hier door en\nnog verder.";
        let page = Page::of(source, &raw::layout(source).body);
        assert_eq!(page, Page { longest_line: 38, width: Some(27) });
        // One line that sticks out (a word the wrapping could not break after) sets no width.
        let mut source = "Een regel van precies dertig t\n".repeat(30);
        source.push_str("Een regel die uitsteekt omdat - niet breekt\nslot.");
        assert_eq!(Page::of(&source, &raw::layout(&source).body).width, Some(30));
        let html = format!("Kop\n{}.", "woord ".repeat(40));
        assert_eq!(Page::of(&html, &raw::layout(&html).body).width, None);
    }

    #[test]
    fn ok_paragraph_split_by_a_wrapped_line_stays_one() {
        // Mid-paragraph, after a closed sentence, a short capitalised line the wrapping cut
        // opened a section and took the sentence's mission with it.
        let source = "Inleiding\nHet gaat om totaal ongeveer 1200\nmilitairen in de provincie.\nHet hoofdkwartier komt in Tarin\nKowt; een kleinere basis komt in\nDeh Rawod en een derde in de regio.";
        let s = Structure::read(source);
        assert_eq!(s.headings.len(), 1);
        assert_eq!(s.paragraphs.len(), 1);
    }

    #[test]
    fn ok_a_line_alone_before_a_page_break_whose_sentence_goes_on_is_no_heading() {
        // `De NAVO heeft sinds` alone at a page's foot became a heading.
        let source = "Kop\nEen zin.\n\nDe NAVO heeft sinds\n\n[1]   Een noot.\n\n\n\naugustus 2003 de leiding.\n\nSlot\n\nEen alinea.";
        let s = Structure::read(source);
        let headings: Vec<&str> = s.headings.iter().map(|h| h.text.as_str()).collect();
        assert_eq!(headings, ["Kop", "Slot"]);
        assert_eq!(s.paragraphs[1].unit.norm.text, "De NAVO heeft sinds augustus 2003 de leiding.");
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
