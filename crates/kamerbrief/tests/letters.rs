//! The letters in `tests/letters/`: the project's own texts in the genre's styles. Each has a
//! snapshot of what a reader checks by hand against its `.expect.md`: the header, the kind,
//! the sections, every mission with its status, the commitments, the dates and the references.

use std::path::Path;

use kamerbrief::{Lexicon, Meta, parse};
use serde_json::{Value, json};

fn pick(value: &Value, keys: &[&str]) -> Value {
    Value::Object(keys.iter().filter_map(|k| value.get(*k).map(|v| ((*k).to_owned(), v.clone()))).collect())
}

fn text(value: &Value) -> &str {
    value.as_str().unwrap_or("")
}

/// One line per date: `text → start..end (precision, role)`.
fn event_line(event: &Value) -> String {
    let bound = |key: &str| event[key].as_str().unwrap_or("").to_owned();
    format!(
        "{} → {}..{} ({}, {})",
        text(&event["text"]),
        bound("start"),
        bound("end"),
        text(&event["precision"]),
        text(&event["role"])
    )
}

/// What a reader checks of a letter, as JSON.
fn digest(letter: &kamerbrief::Letter) -> Value {
    let model = serde_json::to_value(letter).unwrap();
    let sentence = |id: &Value| {
        model["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == *id)
            .map_or("", |s| text(&s["text"]))
            .to_owned()
    };
    let meta = pick(
        &model["meta"],
        &[
            "title",
            "date",
            "kamerstuk",
            "document_id",
            "dossiers",
            "number",
            "document_kind",
            "letter_kind",
            "senders",
            "addressee",
            "place",
            "signatories",
            "conflicts",
        ],
    );
    let sections: Vec<Value> = model["sections"].as_array().unwrap().iter().map(|s| s["heading"].clone()).collect();
    let missions: Vec<Value> = model["missions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let mut out = pick(m, &["id", "name", "recognised", "organisation", "status", "places"]);
            out["status_sentence"] = json!(m.get("status_sentence").filter(|s| !s.is_null()).map(sentence));
            out
        })
        .collect();
    let commitments: Vec<Value> = model["commitments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let items: Vec<&str> = c["items"].as_array().unwrap().iter().map(|i| text(&i["text"])).collect();
            json!({
                "mission": c["mission"],
                "items": items,
                "period": c["period"].get("start").map(|_| format!("{}..{}", c["period"]["start"].as_str().unwrap_or(""), c["period"]["end"].as_str().unwrap_or(""))),
                "decision": c["decision"]["state"],
            })
        })
        .collect();
    let events: Vec<String> = model["events"].as_array().unwrap().iter().map(event_line).collect();
    let references: Vec<&str> = model["references"].as_array().unwrap().iter().map(|r| text(&r["text"])).collect();
    json!({
        "meta": meta,
        "sections": sections,
        "paragraphs": model["paragraphs"].as_array().unwrap().len(),
        "footnotes": model["footnotes"].as_array().unwrap().len(),
        "missions": missions,
        "commitments": commitments,
        "events": events,
        "references": references,
    })
}

#[test]
fn every_letter_matches_its_reviewed_snapshot() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/letters");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 8, "the issue asks for at least eight letters, found {}", names.len());
    for name in names {
        let source = std::fs::read_to_string(dir.join(&name)).unwrap();
        let letter = parse(&source, Meta::default(), &Lexicon::builtin()).unwrap_or_else(|e| panic!("{name}: {e}"));
        insta::assert_json_snapshot!(name.trim_end_matches(".txt"), digest(&letter));
    }
}

#[test]
fn every_letter_has_a_header_and_a_kind() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/letters");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let letter = parse(&source, Meta::default(), &Lexicon::builtin()).unwrap();
        let name = path.display();
        assert!(!letter.meta.dossiers.is_empty(), "{name}: no dossier");
        assert!(letter.meta.number.is_some(), "{name}: no number");
        assert!(!letter.meta.signatories.is_empty(), "{name}: no signatories");
        assert!(letter.meta.letter_kind.is_some(), "{name}: no kind");
        // The header is not body text.
        assert!(!letter.sentences.iter().any(|s| s.text.contains("BRIEF VAN DE")), "{name}: header read as a sentence");
        assert!(!letter.sentences.iter().any(|s| s.text.contains("kst-")), "{name}: furniture read as a sentence");
        for source_span in &letter.meta.sources {
            let quoted = source_span.span.slice(&source);
            assert_eq!(quoted.trim(), quoted, "{name}: {source_span:?}");
            assert!(!quoted.is_empty(), "{name}: {source_span:?}");
        }
    }
}
