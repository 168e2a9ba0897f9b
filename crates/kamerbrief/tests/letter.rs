//! Whole-letter tests: the reviewed snapshot, spans and ranges that point at their text, and
//! never panicking. Layout invariance is in `tests/layouts.rs`.

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

#[test]
fn cli_metadata_file_matches_the_model() {
    let letter = model(LETTER);
    assert_eq!(letter.meta.date.map(|d| d.to_string()).as_deref(), Some("2017-09-04"));
    assert_eq!(letter.schema_version, 3);
}

/// Lines of the real letters: the letter of 2018 and whatever `tests/letters/` holds.
fn real_lines() -> Vec<String> {
    let mut texts = vec![LETTER.to_owned()];
    // Read at run time: letters come and go in that folder while it is written.
    if let Ok(entries) = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/letters")) {
        for path in entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "txt")) {
            texts.extend(std::fs::read_to_string(path).ok());
        }
    }
    texts.iter().flat_map(|t| t.lines()).map(str::to_owned).collect()
}

/// Choices read off a number digit by digit, each digit in the base of its choice. Proptest
/// shrinks the number towards 0, so a smaller number means the first, plainest choices.
/// (Nested `prop_oneof!` strategies cost a millisecond a case in a debug build, and ten
/// thousand cases would take ten seconds just to generate.)
struct Choices(u64);

impl Choices {
    fn below(&mut self, n: usize) -> usize {
        let i = (self.0 % n as u64) as usize;
        self.0 /= n as u64;
        i
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn year(&mut self) -> usize {
        if self.below(8) == 7 { self.below(10_000) } else { 2018 + self.below(15) - 7 }
    }

    fn date(&mut self) -> String {
        let day = self.below(40);
        format!("{day} {} {}", self.pick(&kamerbrief::DUTCH_MONTHS), self.year())
    }

    /// How the genre writes a time: dates, ranges, seasons, words relative to the letter's date.
    fn temporal(&mut self) -> String {
        match self.below(8) {
            0 => format!("{} {} jl.", self.below(32), self.pick(&kamerbrief::DUTCH_MONTHS)),
            1 => format!("op {}", self.date()),
            2 => format!("tot en met {}", self.year()),
            3 => format!("{} {}", self.pick(&["medio", "begin", "eind", "halverwege", "ultimo", "sinds"]), self.year()),
            4 => format!("van {} tot en met {}", self.date(), self.date()),
            5 => format!("per 1 {}", self.pick(&kamerbrief::DUTCH_MONTHS)),
            6 => format!("tussen {} en {}", self.year(), self.year()),
            _ => self
                .pick(&[
                    "dit najaar",
                    "komend voorjaar",
                    "volgend jaar",
                    "op korte termijn",
                    "Prinsjesdag",
                    "afgelopen winter",
                ])
                .to_owned(),
        }
    }

    /// How the genre cites a paper.
    fn citation(&mut self) -> String {
        let (a, b, nr) = (20 + self.below(16), self.below(1000), 1 + self.below(700));
        match self.below(4) {
            0 => format!("Kamerstuk {a} {b:03}, nr. {nr}"),
            1 => format!("Kamerstukken {a} {b:03} en 29 521, nr. {nr}"),
            2 => format!("Kamerstuk {a} {b:03}, nrs. {nr} en {}", nr + 1),
            _ => format!("kst-{a}{b:03}-{nr}"),
        }
    }

    /// A sentence with names, times, citations and perhaps a footnote marker.
    fn sentence(&mut self) -> String {
        let mut text =
            self.pick(&["Het kabinet zal", "Nederland levert", "Uw Kamer is", "De bijdrage loopt", "Zoals"]).to_owned();
        for _ in 0..1 + self.below(4) {
            let part = match self.below(6) {
                0 | 1 => self.temporal(),
                2 => format!("({})", self.citation()),
                3 => self
                    .pick(&["MINUSMA in Mali", "Resolute Support", "de strijd tegen ISIS", "de NAVO", "Litouwen"])
                    .to_owned(),
                4 => self.pick(&["Atalanta", "EUCAP Sahel Mali en Niger", "Irak", "de VN", "Afghanistan"]).to_owned(),
                _ => self
                    .pick(&["en", "de", "het", "stafofficieren", "voortzetten", "F-16", "’s", "tot", "met"])
                    .to_owned(),
            };
            text.push(' ');
            text.push_str(&part);
        }
        text.push_str(self.pick(&[".", ".", "..", "", ";", "?"]));
        if self.below(5) == 0 {
            text.push_str(&format!("[{}]", 1 + self.below(30)));
        }
        text
    }
}

/// A line that looks like the genre: its body, headers, signatures, page furniture and
/// footnotes, or a line of a real letter.
fn letter_like_line(kind: u8, choices: u64, real: &[String]) -> String {
    let mut c = Choices(choices);
    match kind {
        0..4 => real[c.below(real.len())].clone(),
        4..8 => c.sentence(),
        8 => c.pick(&["Inleiding", "Internationale omgeving", "MALI", "2. Afghanistan", "Tot slot"]).to_owned(),
        9 => format!("[{}]{}{}", 1 + c.below(40), c.pick(&["   ", " ", "\t", "", "\u{a0}\u{a0}"]), c.sentence()),
        10 => format!("Den Haag, {}", c.date()),
        11 => c
            .pick(&[
                "De Minister van Defensie,",
                "De Minister van Buitenlandse Zaken,",
                "J.A. Hennis-Plasschaert",
                "DE MINISTER VAN DEFENSIE",
            ])
            .to_owned(),
        12 => format!("kst-{}-{}", 20_000 + c.below(16_000), 1 + c.below(700)),
        13 => format!("Tweede Kamer, vergaderjaar 2017–2018, 29 521, nr. 209   {}", 1 + c.below(40)),
        14 => c.pick(&["3", "209", "2018", "12 345", "\u{c}", "\u{c}2", "", "", "(", "‘", "–"]).to_owned(),
        15 => c.citation(),
        // Any characters, the rarer planes too.
        _ => (0..c.below(12)).filter_map(|_| char::from_u32(c.below(0x11_0000) as u32)).collect(),
    }
}

/// Letter-like text laid out the way PDF text comes out: LF, CRLF or a mix of line ends, with
/// stray trailing spaces, tabs and no-break spaces. Each line is a kind, a number to read its
/// choices off, and a layout die.
fn letter_like_text() -> impl Strategy<Value = String> {
    let real = real_lines();
    (prop::collection::vec((0u8..17, any::<u64>(), 0u8..20), 0..16), 0u8..3, any::<bool>()).prop_map(
        move |(lines, crlf, nbsp)| {
            let mut text = String::new();
            for (kind, choices, dice) in lines {
                let line = letter_like_line(kind, choices, &real);
                text.push_str(&if nbsp && dice < 3 { line.replace(' ', "\u{a0}") } else { line });
                text.push_str(match dice {
                    3 => " ",
                    4 => "\t",
                    _ => "",
                });
                text.push_str(if crlf == 2 || (crlf == 1 && dice % 2 == 0) { "\r\n" } else { "\n" });
            }
            text
        },
    )
}

/// Every source span of the model, wherever it sits: the keys that `without_spans` drops.
fn all_spans(letter: &Letter) -> Vec<(usize, usize)> {
    fn walk(value: &Value, key: &str, out: &mut Vec<(usize, usize)>) {
        let is_span = matches!(key, "spans" | "span" | "heading_span" | "marker_span");
        match value {
            Value::Object(_) if is_span => {
                out.push((value["start"].as_u64().unwrap() as usize, value["end"].as_u64().unwrap() as usize))
            }
            Value::Object(map) => map.iter().for_each(|(k, v)| walk(v, k, out)),
            Value::Array(items) => items.iter().for_each(|v| walk(v, key, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(letter).unwrap(), "", &mut out);
    out
}

/// One lexicon for every case: a fresh one would build its matchers again each time, which
/// costs more than parsing a small input.
static LEXICON: std::sync::LazyLock<Lexicon> = std::sync::LazyLock::new(Lexicon::builtin);

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,300}") {
        let _ = parse(&text, meta(), &LEXICON);
    }
}

proptest! {
    // Many small inputs rather than a few large ones: ten thousand cases stay within a few
    // seconds of a debug test run.
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    #[test]
    fn letter_like_text_never_panics_and_spans_stay_in_bounds(text in letter_like_text(), with_meta in any::<bool>()) {
        let meta = if with_meta { meta() } else { Meta::default() };
        if let Ok(letter) = parse(&text, meta, &LEXICON) {
            for (start, end) in all_spans(&letter) {
                prop_assert!(start <= end && end <= text.len(), "{start}..{end} of {}", text.len());
                prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "{start}..{end}");
            }
        }
    }
}
