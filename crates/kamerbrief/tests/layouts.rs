//! Layout invariance: the same letter laid out as other PDF extractors and the HTML edition
//! lay it out gives the same model. Each layout is a plain function of the text, applied to
//! the letter in `data/` and to every letter in `tests/letters/`; and the letter in `data/`
//! written back from its own model at other widths and page lengths reads the same. Narrow
//! widths (down to 32 columns) put a capitalised word after a short line mid-paragraph, where
//! the wrapping, not the writer, ended the line.

use std::path::{Path, PathBuf};

use kamerbrief::raw::{SegmentKind, segments};
use kamerbrief::{Letter, Lexicon, Meta, SentenceId, meta_from_json, parse};
use serde_json::Value;

/// A letter's text and the metadata file beside it, if any.
fn letters() -> Vec<(String, String, Meta)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<PathBuf> = vec![root.join("../../data/kamerbrief-missies-2018.txt")];
    let mut own: Vec<PathBuf> = std::fs::read_dir(root.join("tests/letters"))
        .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    own.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    own.sort();
    paths.extend(own);
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let meta = std::fs::read_to_string(path.with_extension("meta.json"))
                .map(|json| meta_from_json(&json).unwrap())
                .unwrap_or_default();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            // Each layout starts from plain line ends and blank-line page breaks.
            let text = text.replace("\r\n", "\n").replace('\u{c}', "\n\n\n");
            (name, text, meta)
        })
        .collect()
}

fn model(text: &str, meta: &Meta) -> Letter {
    parse(text, meta.clone(), &Lexicon::builtin()).unwrap()
}

/// The model as JSON with every span taken out: what must not change with the layout.
fn without_spans(letter: &Letter) -> Value {
    fn strip(value: &mut Value) {
        match value {
            Value::Object(map) => {
                map.retain(|k, _| !matches!(k.as_str(), "spans" | "span" | "heading_span" | "marker_span"));
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(letter).unwrap();
    strip(&mut value);
    value
}

/// Runs of two or more blank lines (a page break) replaced by `with`.
fn page_breaks(text: &str, with: &str) -> String {
    let mut out = String::new();
    let mut newlines = 0;
    for c in text.chars() {
        if c == '\n' {
            newlines += 1;
            continue;
        }
        match newlines {
            0 => {}
            1 | 2 => out.push_str(&"\n".repeat(newlines)),
            _ => out.push_str(with),
        }
        newlines = 0;
        out.push(c);
    }
    out.push_str(&"\n".repeat(newlines.min(1)));
    out
}

/// Writes the model back out as letter text, wrapped at `width`, with the footnotes at the
/// end and a page break before every `page`-th line that does not close a sentence.
fn relayout(letter: &Letter, width: usize, page: usize) -> String {
    let sentence = |id: &str| letter.sentences.iter().find(|s| s.id == id).unwrap();
    let with_markers = |ids: &[SentenceId]| -> String {
        ids.iter()
            .map(|id| {
                let s = sentence(id);
                let markers: String = s.footnote_markers.iter().map(|n| format!("[{n}]")).collect();
                format!("{}{markers}", s.text)
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut lines: Vec<String> = Vec::new();
    for section in &letter.sections {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        if let Some(heading) = &section.heading {
            lines.push(heading.clone());
        }
        for (k, id) in section.paragraphs.iter().enumerate() {
            if k > 0 {
                lines.push(String::new());
            }
            let paragraph = letter.paragraphs.iter().find(|p| &p.id == id).unwrap();
            lines.extend(wrap(&with_markers(&paragraph.sentences), width));
        }
    }
    let mut body = String::new();
    for (n, line) in lines.iter().enumerate() {
        body.push_str(line);
        body.push('\n');
        let closes = line.trim_end().ends_with(['.', ':', '?', '!', ']', ')']) || line.is_empty();
        if n > 0 && n % page == 0 && !closes && lines.get(n + 1).is_some_and(|l| !l.is_empty()) {
            body.push_str("\n\n\n");
        }
    }
    body.push_str("\n\n\n");
    for footnote in &letter.footnotes {
        let text = format!("[{}]   {}", footnote.number, footnote.text);
        for line in wrap(&text, width) {
            body.push_str(&line);
            body.push('\n');
        }
    }
    body
}

/// Greedy wrapping at spaces, never after a word that ends in a hyphen (`EU- als`).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let can_break = !line.ends_with('-');
        if !line.is_empty() && can_break && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Lines joined as a reader would: a line that ends in a joining hyphen runs on.
fn join(lines: &[&str]) -> String {
    let mut out = String::new();
    for line in lines {
        let line = line.trim();
        let hyphen = out.ends_with('-') && out.chars().rev().nth(1).is_some_and(char::is_alphanumeric);
        if !out.is_empty() && !hyphen {
            out.push(' ');
        }
        out.push_str(line);
    }
    out
}

/// Every paragraph and footnote wrapped again at `width` (`usize::MAX`: a line each), headings,
/// header, signatures and page furniture kept as they are.
fn rewrapped(text: &str, meta: &Meta, width: usize) -> String {
    let letter = model(text, meta);
    let heading_starts: Vec<usize> = letter.sections.iter().filter_map(|s| s.heading_span.map(|h| h.start)).collect();
    let mut out = String::new();
    let mut run: Vec<&str> = Vec::new();
    let mut run_is_note = false;
    let flush = |run: &mut Vec<&str>, out: &mut String| {
        for line in wrap(&join(run), width) {
            out.push_str(&line);
            out.push('\n');
        }
        run.clear();
    };
    for segment in segments(text) {
        let line = segment.span.slice(text);
        let content = line.trim_end_matches('\n');
        let lead = content.len() - content.trim_start().len();
        let is_heading = heading_starts.contains(&(segment.span.start + lead));
        match segment.kind {
            SegmentKind::Body if !is_heading => {
                if run_is_note {
                    flush(&mut run, &mut out);
                }
                run_is_note = false;
                run.push(content);
            }
            SegmentKind::FootnoteContinuation { .. } => run.push(content),
            SegmentKind::FootnoteStart { .. } => {
                flush(&mut run, &mut out);
                run_is_note = true;
                run.push(content);
            }
            _ => {
                flush(&mut run, &mut out);
                out.push_str(line);
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Footnotes written the way some extractors give them: markers as a bare number glued to
/// the word, labels as a bare number at the line's start.
fn bare_footnotes(text: &str) -> String {
    let mut out = String::new();
    for segment in segments(text) {
        let line = segment.span.slice(text);
        match segment.kind {
            SegmentKind::FootnoteStart { number } => {
                let label = line.trim_start();
                let rest =
                    label.strip_prefix(&format!("[{number}]")).or_else(|| label.strip_prefix(&number.to_string()));
                let rest = rest.unwrap_or(label).trim_start();
                out.push_str(&format!("{number} {rest}"));
            }
            SegmentKind::Body => out.push_str(&unbracketed_markers(line)),
            _ => out.push_str(line),
        }
    }
    out
}

/// `veiligheid.[1]` → `veiligheid.1`.
fn unbracketed_markers(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 && after[digits..].starts_with(']') {
            out.push_str(&after[..digits]);
            rest = &after[digits + 1..];
        } else {
            out.push('[');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// The footnotes moved from the pages' feet to the letter's end.
fn footnotes_at_end(text: &str) -> String {
    let (mut body, mut notes) = (String::new(), String::new());
    for segment in segments(text) {
        let line = segment.span.slice(text);
        match segment.kind {
            SegmentKind::FootnoteStart { .. } | SegmentKind::FootnoteContinuation { .. } => notes.push_str(line),
            _ => body.push_str(line),
        }
    }
    format!("{body}\n\n\n\n{notes}")
}

/// A space between digits (`29 521`) and after `nr.` made non-breaking.
fn non_breaking_spaces(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (k, &c) in chars.iter().enumerate() {
        let between_digits =
            c == ' ' && k > 0 && chars[k - 1].is_ascii_digit() && chars.get(k + 1).is_some_and(char::is_ascii_digit);
        let after_nr = c == ' ' && k >= 3 && chars[k - 3..k] == ['n', 'r', '.'];
        out.push(if between_digits || after_nr { '\u{a0}' } else { c });
    }
    out
}

fn indented(text: &str) -> String {
    text.lines().map(|l| if l.trim().is_empty() { "\n".to_owned() } else { format!("    {l}\n") }).collect()
}

/// Every layout of section 5 of the issue, by name.
fn layouts(text: &str, meta: &Meta) -> Vec<(&'static str, String)> {
    vec![
        ("page breaks as one blank line", page_breaks(text, "\n\n")),
        ("page breaks as five blank lines", page_breaks(text, "\n\n\n\n\n\n")),
        ("page breaks as form feeds", page_breaks(text, "\n\u{c}")),
        ("page breaks as form feeds on their own line", page_breaks(text, "\n\u{c}\n")),
        ("wrapped at 32", rewrapped(text, meta, 32)),
        ("wrapped at 40", rewrapped(text, meta, 40)),
        ("wrapped at 45", rewrapped(text, meta, 45)),
        ("wrapped at 49", rewrapped(text, meta, 49)),
        ("wrapped at 100", rewrapped(text, meta, 100)),
        ("not wrapped", rewrapped(text, meta, usize::MAX)),
        ("HTML: a line per paragraph, no page breaks", page_breaks(&rewrapped(text, meta, usize::MAX), "\n\n")),
        ("footnotes at the end", footnotes_at_end(text)),
        ("footnotes as bare numbers", bare_footnotes(text)),
        ("bare footnotes, page breaks as one blank line", page_breaks(&bare_footnotes(text), "\n\n")),
        ("CRLF line ends", text.replace('\n', "\r\n")),
        ("non-breaking spaces", non_breaking_spaces(text)),
        ("indented", indented(text)),
    ]
}

#[test]
fn every_letter_gives_the_same_model_in_every_layout() {
    let mut failures = Vec::new();
    for (name, text, meta) in letters() {
        let expected = without_spans(&model(&text, &meta));
        for (layout, laid_out) in layouts(&text, &meta) {
            let got = parse(&laid_out, meta.clone(), &Lexicon::builtin()).map(|l| without_spans(&l));
            if got.as_ref() != Ok(&expected) {
                failures.push(format!("{name}: {layout}"));
                if std::env::var_os("LAYOUT_DIFF").is_some() {
                    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/layouts");
                    std::fs::create_dir_all(&dir).unwrap();
                    let stem = format!("{name}-{}", layout.replace([' ', ':', ','], "_"));
                    std::fs::write(dir.join(format!("{stem}.txt")), &laid_out).unwrap();
                    let got = got.map_or_else(|e| e.to_string(), |v| serde_json::to_string_pretty(&v).unwrap());
                    std::fs::write(dir.join(format!("{stem}.got.json")), got).unwrap();
                    std::fs::write(
                        dir.join(format!("{name}.expected.json")),
                        serde_json::to_string_pretty(&expected).unwrap(),
                    )
                    .unwrap();
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "layouts that change the model (LAYOUT_DIFF=1 writes them to target/layouts):\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_layouts_really_differ_from_the_letter() {
    for (name, text, meta) in letters().into_iter().take(1) {
        for (layout, laid_out) in layouts(&text, &meta) {
            assert_ne!(laid_out, text, "{name}: {layout} left the text as it was");
        }
    }
}

#[test]
fn the_letter_written_back_from_its_model_at_other_widths_and_page_breaks_gives_the_same_model() {
    let (_, text, meta) = letters().remove(0);
    let original = model(&text, &meta);
    let expected = without_spans(&original);
    for (width, page) in [(50, 17), (72, 40), (110, 9)] {
        let text = relayout(&original, width, page);
        assert_eq!(
            without_spans(&model(&text, &meta)),
            expected,
            "width {width}, page break every {page} lines:\n{text}"
        );
    }
}
