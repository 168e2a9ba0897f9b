//! The CLI: `kamerbrief export` writes JSON, CSV or iCalendar, and bad paths get one line and a failure.

use std::process::Command;

fn export(path: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kamerbrief")).args(["export", path]).output().expect("the CLI runs")
}

fn workspace(path: &str) -> String {
    format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn exports_the_letter_with_its_metadata() {
    let out = export(&workspace("data/kamerbrief-missies-2018.txt"));
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["schema_version"], 1);
    assert_eq!(json["meta"]["date"], "2017-09-04");
    assert_eq!(json["missions"].as_array().unwrap().len(), 10);
}

fn one_line_failure(out: std::process::Output, expected: &str) {
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let message = String::from_utf8(out.stderr).unwrap();
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(message.contains(expected), "{message}");
}

#[test]
fn err_missing_path() {
    one_line_failure(export("/no/such/letter.txt"), "cannot read");
}

#[test]
fn err_directory() {
    one_line_failure(export(&workspace("data")), "is a directory");
}

#[test]
fn err_not_utf8() {
    let path = std::env::temp_dir().join(format!("kamerbrief-cli-{}.txt", std::process::id()));
    std::fs::write(&path, [0xff, 0xfe, 0x41]).unwrap();
    one_line_failure(export(path.to_str().unwrap()), "not UTF-8");
    let _ = std::fs::remove_file(path);
}

#[test]
fn err_no_command() {
    let out = Command::new(env!("CARGO_BIN_EXE_kamerbrief")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

fn export_as(format: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kamerbrief"))
        .args(["export", "--format", format, "--letter-url", "https://example.org/x/letter/"])
        .arg(workspace("data/kamerbrief-missies-2018.txt"))
        .output()
        .expect("the CLI runs")
}

#[test]
fn exports_the_missions_as_csv() {
    let out = export_as("csv");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    assert_eq!(&reader.headers().unwrap()[0], "id");
    let ids: Vec<String> = reader.records().map(|r| r.unwrap()[0].to_owned()).collect();
    assert_eq!(ids.len(), 10);
    assert!(ids.contains(&"minusma".to_owned()), "{ids:?}");
}

#[test]
fn exports_the_dated_events_as_icalendar() {
    let out = export_as("ics");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    assert!(text.matches("BEGIN:VEVENT").count() > 10, "{text}");
    assert!(text.replace("\r\n ", "").contains("URL:https://example.org/x/letter/#s-"), "{text}");
}

#[test]
fn err_unknown_format() {
    let out = export_as("pdf");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("unknown format \"pdf\""));
}
