//! The lossless layer: the text cut into lines and blocks, every byte accounted for.
//!
//! Text extracted from a PDF has body lines, blank lines (one between paragraphs, several at a
//! page break) and footnote blocks at the foot of a page. This layer says which is which and
//! where, and leaves all judgement about sentences and facts to the layers above.

use serde::{Deserialize, Serialize};

use crate::model::Span;

/// What a run of source text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum SegmentKind {
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
    /// Blank lines between paragraphs.
    Gap,
    /// Two or more blank lines: where the PDF had a page break.
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
    /// The span of the `[N]` label on its first line.
    pub label: Span,
    pub lines: Vec<Line>,
}

/// The source, cut up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Layout {
    pub segments: Vec<Segment>,
    pub body: Vec<BodyBlock>,
    pub footnotes: Vec<FootnoteBlock>,
}

/// The lossless layer of `source`: segments that cover it exactly, in order.
pub fn segments(source: &str) -> Vec<Segment> {
    layout(source).segments
}

/// Cuts `source` into segments, body blocks and footnote blocks.
pub(crate) fn layout(source: &str) -> Layout {
    let lines = split_lines(source);
    let mut segments: Vec<Segment> = Vec::new();
    let mut body: Vec<BodyBlock> = Vec::new();
    let mut footnotes: Vec<FootnoteBlock> = Vec::new();

    let mut in_footnote_zone = false;
    let mut blank_run: Option<(usize, usize, usize)> = None; // (start, end, count)
    let mut current_body: Option<BodyBlock> = None;

    let close_blank_run = |blank_run: &mut Option<(usize, usize, usize)>, segments: &mut Vec<Segment>| -> bool {
        let Some((start, end, count)) = blank_run.take() else {
            return false;
        };
        let kind = if count >= 2 { SegmentKind::PageBreak } else { SegmentKind::Gap };
        segments.push(Segment { kind, span: Span::new(start, end) });
        count >= 2
    };

    for (line, full) in lines {
        let text = line.span.slice(source);
        if text.trim().is_empty() {
            blank_run = Some(match blank_run {
                Some((start, _, count)) => (start, full.end, count + 1),
                None => (full.start, full.end, 1),
            });
            if let Some(block) = current_body.take() {
                body.push(block);
            }
            continue;
        }
        if close_blank_run(&mut blank_run, &mut segments) {
            // A page break ends the footnotes at the foot of the page.
            in_footnote_zone = false;
        }
        if let Some((number, label)) = footnote_label(source, line.span) {
            in_footnote_zone = true;
            if let Some(block) = current_body.take() {
                body.push(block);
            }
            footnotes.push(FootnoteBlock { number, label, lines: vec![line] });
            segments.push(Segment { kind: SegmentKind::FootnoteStart { number }, span: full });
        } else if let (true, Some(note)) = (in_footnote_zone, footnotes.last_mut()) {
            note.lines.push(line);
            let number = note.number;
            segments.push(Segment { kind: SegmentKind::FootnoteContinuation { number }, span: full });
        } else {
            current_body.get_or_insert_with(|| BodyBlock { lines: Vec::new() }).lines.push(line);
            segments.push(Segment { kind: SegmentKind::Body, span: full });
        }
    }
    close_blank_run(&mut blank_run, &mut segments);
    if let Some(block) = current_body.take() {
        body.push(block);
    }
    Layout { segments, body, footnotes }
}

/// Each line as (content without line end, full span with line end).
fn split_lines(source: &str) -> Vec<(Line, Span)> {
    let mut lines = Vec::new();
    let mut start = 0;
    let bytes = source.as_bytes();
    while start < source.len() {
        let newline = bytes[start..].iter().position(|&b| b == b'\n').map(|i| start + i);
        let (content_end, full_end) = match newline {
            Some(n) => (n, n + 1),
            None => (source.len(), source.len()),
        };
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
