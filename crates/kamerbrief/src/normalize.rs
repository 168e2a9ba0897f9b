//! Normalised text that still knows where each of its bytes came from.
//!
//! Lines are joined with one space, a line that ends in a hyphen is joined without one (Dutch
//! compounds such as `OS-middelen` keep their hyphen), runs of white space collapse to one space,
//! and footnote markers such as `[3]` are lifted out and remembered.

use std::ops::Range;

use crate::model::Span;
use crate::raw::Line;

/// A footnote marker lifted out of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Marker {
    pub number: u32,
    /// The byte offset in the normalised text where the marker stood.
    pub at: usize,
    pub span: Span,
}

/// A stretch of normalised text copied from one stretch of the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    /// Where it starts in the normalised text.
    norm: usize,
    /// Where it starts in the source.
    src: usize,
    /// Its length in bytes (the same in both).
    len: usize,
}

/// Normalised text with a map back to the source.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Normalized {
    pub text: String,
    /// The map back to the source, as stretches copied whole, in order. A space that joins
    /// two lines maps to the line end it stands for.
    pieces: Vec<Piece>,
    pub markers: Vec<Marker>,
}

impl Normalized {
    /// Joins `lines` of `source`. With `lift_markers`, `[N]` markers leave the text, and so do
    /// the bare markers (`missie1`) at `bare_markers`, source spans in order.
    pub fn from_lines(source: &str, lines: &[Line], lift_markers: bool, bare_markers: &[Span]) -> Self {
        let mut out = Normalized::default();
        // The text is never longer than its lines: room for it once, not on every doubling.
        out.text.reserve(lines.iter().map(|l| l.span.end - l.span.start + 1).sum());
        for (index, line) in lines.iter().enumerate() {
            let raw = line.span.slice(source);
            let content = raw.trim();
            let offset = line.span.start + (raw.len() - raw.trim_start().len());
            if content.is_empty() {
                continue;
            }
            if index > 0 && !out.text.is_empty() {
                let joined_by_hyphen = ends_in_joining_hyphen(&out.text);
                if !joined_by_hyphen {
                    // The space stands for the line end before this line.
                    out.push_space(line.span.start.saturating_sub(1));
                }
            }
            out.push_text(source, content, offset, lift_markers, bare_markers);
        }
        while out.text.ends_with(' ') {
            out.text.pop();
            if let Some(last) = out.pieces.last_mut() {
                last.len -= 1;
                if last.len == 0 {
                    out.pieces.pop();
                }
            }
        }
        out
    }

    /// Records that the next `len` bytes of text come from `src`.
    fn copied(&mut self, src: usize, len: usize) {
        let norm = self.text.len() - len;
        match self.pieces.last_mut() {
            Some(last) if last.norm + last.len == norm && last.src + last.len == src => last.len += len,
            _ => self.pieces.push(Piece { norm, src, len }),
        }
    }

    fn push_space(&mut self, source_offset: usize) {
        if !self.text.is_empty() && !self.text.ends_with(' ') {
            self.text.push(' ');
            self.copied(source_offset, 1);
        }
    }

    fn push_text(&mut self, source: &str, content: &str, offset: usize, lift_markers: bool, bare_markers: &[Span]) {
        let mut rest = content;
        let mut at = offset;
        let first_bare = bare_markers.partition_point(|m| m.start < offset);
        let mut bare = bare_markers[first_bare..].iter().take_while(|m| m.end <= offset + content.len()).peekable();
        while !rest.is_empty() {
            if lift_markers && let Some(marker) = bare.next_if(|m| m.start == at) {
                let number = marker.slice(source).parse().unwrap_or(0);
                self.markers.push(Marker { number, at: self.text.len(), span: *marker });
                rest = &rest[marker.end - marker.start..];
                at = marker.end;
                continue;
            }
            // Copy a run of plain text in one go; stop at white space, at `[` and at a marker.
            let run = plain_run(rest);
            let run = bare.peek().map_or(run, |m| run.min(m.start.saturating_sub(at)));
            if run > 0 {
                self.text.push_str(&rest[..run]);
                self.copied(at, run);
                rest = &rest[run..];
                at += run;
                continue;
            }
            if lift_markers && let Some(len) = marker_len(rest) {
                let number = rest[1..len - 1].parse().unwrap_or(0);
                self.markers.push(Marker { number, at: self.text.len(), span: Span::new(at, at + len) });
                rest = &rest[len..];
                at += len;
                continue;
            }
            let ch = rest.chars().next().expect("rest is not empty");
            let len = ch.len_utf8();
            if ch.is_whitespace() {
                self.push_space(at);
            } else {
                self.text.push(ch);
                self.copied(at, len);
            }
            rest = &rest[len..];
            at += len;
        }
    }

    /// The source spans under the normalised range `range`: one per stretch of the source that
    /// holds nothing but this text and white space between its lines (a page break or
    /// footnotes in between start a new span).
    pub fn spans(&self, source: &str, range: Range<usize>) -> Vec<Span> {
        let mut spans: Vec<Span> = Vec::new();
        let first = self.pieces.partition_point(|p| p.norm + p.len <= range.start);
        for piece in self.pieces[first..].iter().take_while(|p| p.norm < range.end) {
            let from = range.start.max(piece.norm);
            let to = range.end.min(piece.norm + piece.len);
            if from >= to {
                continue;
            }
            let (start, end) = (piece.src + (from - piece.norm), piece.src + (to - piece.norm));
            match spans.last_mut() {
                Some(last) if last.end == start || same_block(source, last.end, start) => last.end = end,
                _ => spans.push(Span::new(start, end)),
            }
        }
        // A span never ends inside a character, whatever the map said.
        for span in &mut spans {
            while span.end < source.len() && !source.is_char_boundary(span.end) {
                span.end += 1;
            }
        }
        spans
    }
}

/// The length of the run of `text` that is copied as it stands: up to a `[`, or white space
/// other than a single ASCII space after a word. Such a space is what [`Normalized::push_space`]
/// would write for it, so a line of single-spaced words is one run, not a run and a space per
/// word. ASCII is read from its byte alone: decoding every character of the letter cost more
/// than copying it.
fn plain_run(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        if b.is_ascii() {
            let single_space = b == b' ' && at > 0 && bytes[at - 1] != b' ';
            if b == b'[' || (char::from(b).is_whitespace() && !single_space) {
                return at;
            }
            at += 1;
        } else {
            let c = text[at..].chars().next().unwrap_or_default();
            if c.is_whitespace() {
                return at;
            }
            at += c.len_utf8();
        }
    }
    bytes.len()
}

/// Whether nothing but a line's white space and footnote markers stands between two offsets.
fn same_block(source: &str, from: usize, to: usize) -> bool {
    let Some(gap) = source.get(from..to) else { return false };
    let mut newlines = 0;
    let mut rest = gap;
    while let Some(ch) = rest.chars().next() {
        if ch == '['
            && let Some(len) = marker_len(rest)
        {
            rest = &rest[len..];
            continue;
        }
        if ch == '\n' {
            newlines += 1;
        } else if !ch.is_whitespace() {
            return false;
        }
        rest = &rest[ch.len_utf8()..];
    }
    newlines <= 1
}

/// The length of a `[N]` marker at the start of `text`.
pub(crate) fn marker_len(text: &str) -> Option<usize> {
    let inner = text.strip_prefix('[')?;
    let close = inner.find(']')?;
    (close > 0 && close <= 4 && inner[..close].bytes().all(|b| b.is_ascii_digit())).then_some(close + 2)
}

/// Whether text that ends a line ends in a hyphen that binds to the next line (`OS-` +
/// `middelen`), rather than a dash standing free (`bij -`).
fn ends_in_joining_hyphen(text: &str) -> bool {
    let mut chars = text.chars().rev();
    matches!(chars.next(), Some('-' | '\u{2010}' | '\u{2011}')) && chars.next().is_some_and(|c| c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(source: &str) -> Vec<Line> {
        let mut out = Vec::new();
        let mut start = 0;
        for piece in source.split('\n') {
            out.push(Line { span: Span::new(start, start + piece.len()) });
            start += piece.len() + 1;
        }
        out
    }

    #[test]
    fn ok_hyphen_at_line_end_joins_without_space() {
        let source = "civiele en OS-\nmiddelen, bij - \nen de";
        let n = Normalized::from_lines(source, &lines(source), true, &[]);
        assert_eq!(n.text, "civiele en OS-middelen, bij - en de");
    }

    #[test]
    fn ok_whitespace_collapses_and_markers_lift() {
        let source = "de   IVS[5], moet\n  Nederland.[12]";
        let n = Normalized::from_lines(source, &lines(source), true, &[]);
        assert_eq!(n.text, "de IVS, moet Nederland.");
        assert_eq!(n.markers.len(), 2);
        assert_eq!(n.markers[0].number, 5);
        assert_eq!(&n.text[..n.markers[0].at], "de IVS");
        assert_eq!(n.markers[1].span.slice(source), "[12]");
    }

    #[test]
    fn ok_spans_map_back_and_merge_within_a_block() {
        let source = "Eén zin\nloopt door.";
        let n = Normalized::from_lines(source, &lines(source), true, &[]);
        let spans = n.spans(source, 0..n.text.len());
        assert_eq!(spans, vec![Span::new(0, source.len())]);
        let word = n.text.find("loopt").unwrap();
        assert_eq!(n.spans(source, word..word + 5)[0].slice(source), "loopt");
    }

    #[test]
    fn ok_spans_split_across_a_page_break() {
        let source = "te verhinderen\n\n\n\ndat Mali";
        let all = lines(source);
        let picked = vec![all[0], all[4]];
        let n = Normalized::from_lines(source, &picked, true, &[]);
        assert_eq!(n.text, "te verhinderen dat Mali");
        assert_eq!(n.spans(source, 0..n.text.len()).len(), 2);
    }

    #[test]
    fn ok_bare_markers_lift_where_told() {
        let source = "de missie1 en F-16 in 2017.2 Verder";
        let at = |s: &str| source.find(s).unwrap();
        let markers = [Span::new(at("1 en"), at("1 en") + 1), Span::new(at("2 V"), at("2 V") + 1)];
        let n = Normalized::from_lines(source, &lines(source), true, &markers);
        assert_eq!(n.text, "de missie en F-16 in 2017. Verder");
        assert_eq!(n.markers.iter().map(|m| m.number).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(&n.text[..n.markers[0].at], "de missie");
    }

    #[test]
    fn ok_markers_are_not_lifted_when_not_asked() {
        let source = "[1]   Zie";
        let n = Normalized::from_lines(source, &lines(source), false, &[]);
        assert_eq!(n.text, "[1] Zie");
    }
}
