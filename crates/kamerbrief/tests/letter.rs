//! Whole-letter tests: the reviewed snapshot, layout invariance, and never panicking.

use kamerbrief::raw::{SegmentKind, segments};
use kamerbrief::{Letter, Lexicon, Meta, SentenceId, meta_from_json, parse};
use proptest::prelude::*;
use serde_json::Value;

const LETTER: &str = include_str!("../../../data/kamerbrief-missies-2018.txt");
const META: &str = include_str!("../../../data/kamerbrief-missies-2018.meta.json");

fn meta() -> Meta {
    meta_from_json(META).unwrap()
}

fn model(text: &str) -> Letter {
    parse(text, meta(), &Lexicon::builtin()).unwrap()
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

#[test]
fn whole_letter_snapshot() {
    insta::assert_json_snapshot!("kamerbrief-missies-2018", model(LETTER));
}

#[test]
fn every_span_points_at_its_text() {
    let letter = model(LETTER);
    let squash = |s: &str| s.split_whitespace().collect::<String>().replace(['-', '[', ']'], "");
    for reference in &letter.references {
        let source: String = reference.spans.iter().map(|s| s.slice(LETTER)).collect();
        assert_eq!(squash(&source), squash(&reference.text), "{}", reference.id);
    }
    for event in &letter.events {
        let source: String = event.spans.iter().map(|s| s.slice(LETTER)).collect();
        assert_eq!(squash(&source), squash(&event.text), "{}", event.id);
    }
    for sentence in &letter.sentences {
        let source: String = sentence.spans.iter().map(|s| s.slice(LETTER)).collect();
        let source = squash(&source).chars().filter(|c| !c.is_ascii_digit()).collect::<String>();
        let text = squash(&sentence.text).chars().filter(|c| !c.is_ascii_digit()).collect::<String>();
        assert_eq!(source, text, "{}", sentence.id);
    }
}

#[test]
fn every_range_points_at_its_text_in_its_sentence() {
    let letter = model(LETTER);
    let at = |sentence: &SentenceId, range: kamerbrief::TextRange| -> String {
        range.slice(&letter.sentence(sentence).unwrap_or_else(|| panic!("{sentence}")).text).to_owned()
    };
    for e in &letter.events {
        assert_eq!(at(&e.sentence, e.range), e.text, "{}", e.id);
    }
    for r in &letter.references {
        assert_eq!(at(&r.sentence, r.range), r.text, "{}", r.id);
    }
    for f in &letter.figures {
        assert_eq!(at(&f.sentence, f.range), f.text, "{}", f.id);
    }
    for m in &letter.missions {
        for mention in &m.mentions {
            assert!(m.names_as_written.contains(&at(&mention.sentence, mention.range)), "{}", m.id);
        }
    }
    for p in &letter.places {
        for mention in &p.mentions {
            assert!(p.names_as_written.contains(&at(&mention.sentence, mention.range)), "{}", p.id);
        }
    }
    for c in &letter.commitments {
        for item in &c.items {
            assert_eq!(at(&item.evidence.sentence, item.evidence.range), item.text, "{}", c.id);
        }
        for interval in c.period.iter().chain(&c.decision.due) {
            assert_eq!(at(&interval.evidence.sentence, interval.evidence.range), interval.text, "{}", c.id);
        }
        assert_eq!(letter.commitment(&c.id), Some(c));
        assert!(letter.mission(&c.mission).is_some_and(|m| m.commitments.contains(&c.id)));
    }
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
    for word in text.split(' ') {
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

#[test]
fn same_model_at_other_line_widths_and_page_breaks() {
    let original = model(LETTER);
    let expected = without_spans(&original);
    for (width, page) in [(50, 17), (72, 40), (110, 9)] {
        let text = relayout(&original, width, page);
        assert_eq!(without_spans(&model(&text)), expected, "width {width}, page break every {page} lines:\n{text}");
    }
}

#[test]
fn same_model_with_crlf_line_ends() {
    let text = LETTER.replace('\n', "\r\n");
    assert_eq!(without_spans(&model(&text)), without_spans(&model(LETTER)));
}

#[test]
fn same_model_with_footnotes_gathered_at_the_end() {
    let mut body = String::new();
    let mut notes = String::new();
    for segment in segments(LETTER) {
        let text = segment.span.slice(LETTER);
        match segment.kind {
            SegmentKind::FootnoteStart { .. } | SegmentKind::FootnoteContinuation { .. } => notes.push_str(text),
            _ => body.push_str(text),
        }
    }
    let text = format!("{body}\n\n\n\n{notes}");
    assert_eq!(without_spans(&model(&text)), without_spans(&model(LETTER)));
}

#[test]
fn cli_metadata_file_matches_the_model() {
    let letter = model(LETTER);
    assert_eq!(letter.meta.date.map(|d| d.to_string()).as_deref(), Some("2017-09-04"));
    assert_eq!(letter.schema_version, 2);
}

/// Lines that look like the genre, to mix into arbitrary input.
fn letter_like_line() -> impl Strategy<Value = String> {
    let lines: Vec<String> = LETTER.lines().map(str::to_owned).collect();
    prop_oneof![
        prop::sample::select(lines),
        Just(String::new()),
        Just("[3]   Zie Kamerstuk 27 925, nr.".to_owned()),
        Just("Kamerstukken 33 694 en".to_owned()),
        Just("sinds halverwege 2012 tot begin".to_owned()),
        "\\PC{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,300}") {
        let _ = parse(&text, meta(), &Lexicon::builtin());
    }

    #[test]
    fn letter_like_text_never_panics_and_spans_stay_in_bounds(lines in prop::collection::vec(letter_like_line(), 0..60), crlf in any::<bool>()) {
        let mut text = lines.join("\n");
        if crlf {
            text = text.replace('\n', "\r\n");
        }
        if let Ok(letter) = parse(&text, meta(), &Lexicon::builtin()) {
            for s in letter.sentences.iter().flat_map(|s| &s.spans) {
                prop_assert!(s.start <= s.end && s.end <= text.len());
                prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
    }
}
