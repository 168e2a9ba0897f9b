//! The lossless layer: the text cut into lines and blocks, every byte accounted for.
//!
//! Text extracted from a PDF has body lines, blank lines (one between paragraphs, several at a
//! page break) and footnote blocks at the foot of a page. This layer says which is which and
//! where, and leaves all judgement about sentences and facts to the layers above.

use serde::{Deserialize, Serialize};

use crate::form::Form;
use crate::header;
use crate::model::Span;

/// What a run of source text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum SegmentKind {
    /// A line of the header: chamber, dossier, number and kind, addressee, place and date.
    Header,
    /// A line of body text.
    Body,
    /// A line that opens footnote `number`.
    FootnoteStart {
        /// The footnote's number.
        number: u32,
    },
    /// A further line of the footnote above it.
    FootnoteContinuation {
        /// The footnote's number.
        number: u32,
    },
    /// A line of a signature: an office, a name, or both.
    Signature,
    /// A line the PDF adds to every page: a running footer, the document id, a page number.
    Furniture,
    /// Blank lines between paragraphs.
    Gap,
    /// Two or more blank lines, or a form feed: where the PDF had a page break.
    PageBreak,
}

/// A run of source text of one kind. Together the segments cover the source exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// What it is.
    #[serde(flatten)]
    pub kind: SegmentKind,
    /// Where it stands, line ends included.
    pub span: Span,
}

/// A line: its span without the line end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    pub span: Span,
}

/// Consecutive body lines with no blank line between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BodyBlock {
    pub lines: Vec<Line>,
}

/// One footnote's lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FootnoteBlock {
    pub number: u32,
    /// The span of the `[N]` label (or bare `N`) on its first line.
    pub label: Span,
    pub lines: Vec<Line>,
}

/// The source, cut up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Layout {
    pub segments: Vec<Segment>,
    pub body: Vec<BodyBlock>,
    pub footnotes: Vec<FootnoteBlock>,
    /// The header's lines, without their line ends.
    pub header: Vec<Span>,
    /// The signatures' lines.
    pub signatures: Vec<Span>,
    /// The page furniture's lines.
    pub furniture: Vec<Span>,
    /// Footnote markers written as a bare number glued to a word (`missie1`), in order.
    pub bare_markers: Vec<(u32, Span)>,
}

/// The lossless layer of `source`: segments that cover it exactly, in order.
pub fn segments(source: &str) -> Vec<Segment> {
    layout(source).segments
}

/// Where the footnotes of a page stand while lines are read.
#[derive(Debug, Default)]
struct Notes {
    /// Inside the footnotes at a page's foot (or the letter's end).
    in_zone: bool,
    /// Blank lines since the last footnote line.
    after_gap: bool,
    /// Whether the last footnote line closed a sentence.
    last_note_closed: bool,
    /// The number of the next footnote marker to look for in body text.
    next_marker: u32,
}

/// Cuts `source` into segments, body blocks and footnote blocks.
pub(crate) fn layout(source: &str) -> Layout {
    let form = Form::builtin();
    let lines = split_lines(source);
    let mut segments: Vec<Segment> = Vec::new();
    let mut footnotes: Vec<FootnoteBlock> = Vec::new();
    let mut bare_markers: Vec<(u32, Span)> = Vec::new();
    let mut notes = Notes { next_marker: 1, ..Notes::default() };
    let mut seen_markers: Vec<u32> = Vec::new();
    // (start, end, blank lines, holds a form feed)
    let mut blank_run: Option<(usize, usize, usize, bool)> = None;
    let mut body_open = false;
    // Whether the line before was body text: a bare footnote opens a block, or follows one.
    let mut after_body = false;

    for (line, full) in lines {
        let text = line.span.slice(source);
        let form_feed = full.slice(source).contains('\u{c}');
        if text.trim().is_empty() {
            blank_run = Some(match blank_run {
                Some((start, _, count, ff)) => (start, full.end, count + 1, ff || form_feed),
                None => (full.start, full.end, 1, form_feed),
            });
            after_body = false;
            continue;
        }
        if let Some(run) = blank_run.take() {
            let segment = blank_segment(run);
            segments.push(segment);
            if segment.kind == SegmentKind::PageBreak {
                // A page break ends the footnotes at the foot of the page.
                notes.in_zone = false;
            }
            notes.after_gap = true;
        }
        let kind = if form.is_furniture(text) {
            notes.in_zone = false;
            SegmentKind::Furniture
        } else if let Some((number, label)) = footnote_label(source, line.span).or_else(|| {
            (!after_body).then(|| bare_footnote_label(source, line.span, &seen_markers, &footnotes)).flatten()
        }) {
            notes.in_zone = true;
            notes.after_gap = false;
            footnotes.push(FootnoteBlock { number, label, lines: vec![line] });
            notes.last_note_closed = ends_a_sentence(text);
            SegmentKind::FootnoteStart { number }
        } else if let (true, Some(note)) =
            (notes.in_zone && continues_footnote(&notes, text, body_open), footnotes.last_mut())
        {
            note.lines.push(line);
            notes.after_gap = false;
            notes.last_note_closed = ends_a_sentence(text);
            SegmentKind::FootnoteContinuation { number: note.number }
        } else {
            notes.in_zone = false;
            body_open = !ends_a_sentence(text);
            find_markers(source, line.span, &mut notes.next_marker, &mut bare_markers, &mut seen_markers);
            SegmentKind::Body
        };
        after_body = kind == SegmentKind::Body;
        segments.push(Segment { kind, span: full });
        if form_feed {
            notes.in_zone = false;
        }
    }
    if let Some(run) = blank_run.take() {
        segments.push(blank_segment(run));
    }
    // Bare markers count only where their footnote exists.
    bare_markers
        .retain(|(n, _)| footnotes.iter().any(|f| f.number == *n && f.label.slice(source).trim() == n.to_string()));

    mark_header_and_signatures(source, &mut segments);
    let content = |kind: SegmentKind| -> Vec<Span> {
        segments.iter().filter(|s| s.kind == kind).map(|s| line_of(source, s.span)).collect()
    };
    let (header, signatures, furniture) =
        (content(SegmentKind::Header), content(SegmentKind::Signature), content(SegmentKind::Furniture));
    let mut body: Vec<BodyBlock> = Vec::new();
    let mut in_block = false;
    for segment in &segments {
        if segment.kind == SegmentKind::Body {
            let line = Line { span: line_of(source, segment.span) };
            match body.last_mut() {
                Some(block) if in_block => block.lines.push(line),
                _ => body.push(BodyBlock { lines: vec![line] }),
            }
            in_block = true;
        } else {
            in_block = false;
        }
    }
    Layout { segments, body, footnotes, header, signatures, furniture, bare_markers }
}

/// A run of blank lines (start, end, how many, whether it holds a form feed): a page break
/// when it is two or more lines or holds a form feed, else a gap.
fn blank_segment((start, end, count, form_feed): (usize, usize, usize, bool)) -> Segment {
    let kind = if count >= 2 || form_feed { SegmentKind::PageBreak } else { SegmentKind::Gap };
    Segment { kind, span: Span::new(start, end) }
}

/// A line's span without its line end.
fn line_of(source: &str, full: Span) -> Span {
    let text = full.slice(source);
    let content = text.trim_end_matches(['\n', '\r', '\u{c}']);
    Span::new(full.start, full.start + content.len())
}

/// Relabels the first body lines that form the header, and the last that form signatures.
fn mark_header_and_signatures(source: &str, segments: &mut [Segment]) {
    let text = |s: &Segment| line_of(source, s.span).slice(source);
    // The header: the first lines, passing over blank lines and page furniture.
    let leading: Vec<usize> = segments
        .iter()
        .enumerate()
        .filter(|(_, s)| !matches!(s.kind, SegmentKind::Gap | SegmentKind::PageBreak | SegmentKind::Furniture))
        .take_while(|(_, s)| s.kind == SegmentKind::Body)
        .map(|(k, _)| k)
        .collect();
    let texts: Vec<&str> = leading.iter().map(|&k| text(&segments[k])).collect();
    let header = header::header_len(&texts);
    for &k in &leading[..header] {
        segments[k].kind = SegmentKind::Header;
    }
    // The signatures: the last body lines, passing over blank lines, furniture and footnotes.
    let mut trailing: Vec<usize> = segments
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, s)| matches!(s.kind, SegmentKind::Body | SegmentKind::Header))
        .take_while(|(_, s)| s.kind == SegmentKind::Body)
        .map(|(k, _)| k)
        .take(12)
        .collect();
    trailing.reverse();
    let texts: Vec<&str> = trailing.iter().map(|&k| text(&segments[k])).collect();
    let signatures = header::signature_len(&texts);
    for &k in &trailing[trailing.len() - signatures..] {
        segments[k].kind = SegmentKind::Signature;
    }
}

/// Whether a line in the footnote zone goes on with the last footnote. Right after the
/// footnote it does. After a blank line (a page break that came out as one) it does only if
/// the footnote is unfinished, the line opens in lower case, and the body before the
/// footnotes was finished, so that its next page cannot be what goes on.
fn continues_footnote(notes: &Notes, text: &str, body_open: bool) -> bool {
    if !notes.after_gap {
        return true;
    }
    !notes.last_note_closed && !body_open && text.trim_start().starts_with(char::is_lowercase)
}

/// Whether a line closes a sentence (a full stop, perhaps with markers or quotes after it).
pub(crate) fn ends_a_sentence(line: &str) -> bool {
    let mut text = line.trim_end();
    // A bare footnote marker after the stop: `Battlegroup.4`.
    let digits = text.len() - text.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if (1..=3).contains(&digits) && text[..text.len() - digits].ends_with(['.', '!', '?', '’', '”', ')']) {
        text = &text[..text.len() - digits];
    }
    loop {
        if let Some(open) = text.rfind('[')
            && crate::normalize::marker_len(&text[open..]) == Some(text.len() - open)
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

/// Each line as (content without line end, full span with line end). A form feed ends a line
/// as a newline does.
fn split_lines(source: &str) -> Vec<(Line, Span)> {
    let mut lines = Vec::new();
    let mut start = 0;
    let bytes = source.as_bytes();
    while start < source.len() {
        let newline = bytes[start..].iter().position(|&b| b == b'\n' || b == 0x0c).map(|i| start + i);
        let (content_end, mut full_end) = match newline {
            Some(n) => (n, n + 1),
            None => (source.len(), source.len()),
        };
        // `\f\n` and `\r\n` are one line end.
        if newline.is_some_and(|n| bytes[n] == 0x0c) && bytes.get(full_end) == Some(&b'\n') {
            full_end += 1;
        }
        let content_end =
            if content_end > start && bytes[content_end - 1] == b'\r' { content_end - 1 } else { content_end };
        lines.push((Line { span: Span::new(start, content_end) }, Span::new(start, full_end)));
        start = full_end;
    }
    lines
}

/// The number and span of a `[N]` label that opens a line, if the line is a footnote's first.
fn footnote_label(source: &str, line: Span) -> Option<(u32, Span)> {
    let text = line.slice(source);
    let indent = text.len() - text.trim_start().len();
    let rest = &text[indent..];
    let close = rest.strip_prefix('[')?.find(']')? + 1;
    let digits = &rest[1..close];
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // A label is followed by white space: `[1]   Zie …`, not by text as a marker is.
    let after = &rest[close + 1..];
    if !after.is_empty() && !after.starts_with(char::is_whitespace) {
        return None;
    }
    let start = line.start + indent;
    Some((digits.parse().ok()?, Span::new(start, start + close + 1)))
}

/// A footnote that opens with a bare number (`1 Zie Kamerstuk …`): only the next footnote
/// whose marker the body has shown, so that a line starting with a number stays body text.
fn bare_footnote_label(source: &str, line: Span, markers: &[u32], footnotes: &[FootnoteBlock]) -> Option<(u32, Span)> {
    let text = line.slice(source);
    let indent = text.len() - text.trim_start().len();
    let rest = &text[indent..];
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 3 || !rest[digits..].starts_with(char::is_whitespace) {
        return None;
    }
    let number: u32 = rest[..digits].parse().ok()?;
    let after = rest[digits..].trim_start();
    let expected = markers.iter().copied().find(|n| !footnotes.iter().any(|f| f.number == *n))?;
    // `1 januari 2022` that a wrapped sentence put at a line's start is a date.
    let first_word = after.split_whitespace().next().unwrap_or("").to_lowercase();
    let is_date = crate::temporal::DUTCH_MONTHS.contains(&first_word.trim_end_matches([',', '.']));
    (number == expected && !is_date && after.starts_with(|c: char| !c.is_ascii_digit()))
        .then(|| (number, Span::new(line.start + indent, line.start + indent + digits)))
}

/// Finds footnote markers in a body line, in order: the next expected number glued to the
/// end of a word or after its closing punctuation (`missie1`, `2017.2`), never inside a number
/// or a name such as `F-16`, or in brackets (`[3]`). Bare ones go to `bare` to be lifted from
/// the text; every marker's number goes to `seen`. Only the next number counts, so `1.5
/// miljoen` is no marker unless footnote 5 is due and has its note.
fn find_markers(source: &str, line: Span, next: &mut u32, bare: &mut Vec<(u32, Span)>, seen: &mut Vec<u32>) {
    let text = line.slice(source);
    let bytes = text.as_bytes();
    let mut k = 0;
    while k < bytes.len() {
        if !bytes[k].is_ascii_digit() {
            k += 1;
            continue;
        }
        let start = k;
        while k < bytes.len() && bytes[k].is_ascii_digit() {
            k += 1;
        }
        let Ok(number) = text[start..k].parse::<u32>() else { continue };
        if start > 0 && bytes[start - 1] == b'[' && bytes.get(k) == Some(&b']') {
            seen.push(number);
            *next = number + 1;
            continue;
        }
        let before = text[..start].chars().next_back();
        let before_that = text[..start].chars().rev().nth(1);
        let glued = match before {
            Some(c) if c.is_alphabetic() => true,
            Some('.' | ',' | ';' | ':' | ')' | '’' | '”' | '"') => before_that.is_some_and(char::is_alphanumeric),
            _ => false,
        };
        let ends = text[k..].chars().next().is_none_or(|c| c.is_whitespace() || ".,;:)".contains(c));
        if glued && ends && number == *next {
            bare.push((number, Span::new(line.start + start, line.start + k)));
            seen.push(number);
            *next += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_segments_cover_the_source_exactly() {
        let source = "Kop\nEen zin die\ndoorloopt.\n\n[1]   Een noot\nmet vervolg.\n\n\n\nVerder.\r\n";
        let layout = layout(source);
        let mut end = 0;
        for segment in &layout.segments {
            assert_eq!(segment.span.start, end, "{segment:?}");
            end = segment.span.end;
        }
        assert_eq!(end, source.len());
        assert_eq!(layout.body.len(), 2);
        assert_eq!(layout.footnotes.len(), 1);
        assert_eq!(layout.footnotes[0].lines.len(), 2);
        let kinds: Vec<_> = layout.segments.iter().map(|s| s.kind).collect();
        assert!(kinds.contains(&SegmentKind::PageBreak));
        assert!(kinds.contains(&SegmentKind::FootnoteContinuation { number: 1 }));
        // The CR of a CRLF line end belongs to the line end, not to the text.
        let last = layout.body[1].lines[0].span;
        assert_eq!(last.slice(source), "Verder.");
    }

    #[test]
    fn ok_footnote_continues_over_a_single_blank_line() {
        let source = "Tekst.[5]\n\n[5]   Deze belangen zijn  \n\nen nog meer.\n\n\n\nVolgende pagina.";
        let layout = layout(source);
        assert_eq!(layout.footnotes[0].lines.len(), 2);
        assert_eq!(layout.body.len(), 2);
    }

    #[test]
    fn ok_footnote_label_needs_white_space_after_it() {
        assert!(footnote_label("[12]  Zie", Span::new(0, 9)).is_some());
        assert!(footnote_label("  [3]", Span::new(0, 5)).is_some());
        assert!(footnote_label("[1]Zie", Span::new(0, 6)).is_none());
        assert!(footnote_label("[x]  Zie", Span::new(0, 8)).is_none());
        assert!(footnote_label("[]  Zie", Span::new(0, 7)).is_none());
    }

    #[test]
    fn ok_empty_source_has_no_segments() {
        let layout = layout("");
        assert!(layout.segments.is_empty() && layout.body.is_empty());
    }
}
