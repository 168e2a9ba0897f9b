//! The CLI: `kamerbrief export PATH` writes JSON, and bad paths get one line and a failure.

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
