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
    assert_eq!(json["schema_version"], 3);
    assert_eq!(json["meta"]["date"], "2017-09-04");
    assert_eq!(json["missions"].as_array().unwrap().len(), 10);
}

/// The letter's commitments, as the JSON export gives them: the acceptance list.
#[test]
fn exports_the_commitments_of_the_letter() {
    let out = export(&workspace("data/kamerbrief-missies-2018.txt"));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let commitments = json["commitments"].as_array().unwrap();
    let of = |mission: &str| {
        commitments.iter().find(|c| c["mission"] == mission).unwrap_or_else(|| panic!("a commitment for {mission}"))
    };
    let items = |mission: &str| -> Vec<String> {
        of(mission)["items"].as_array().unwrap().iter().map(|i| i["text"].as_str().unwrap().to_owned()).collect()
    };

    let isis = of("counter-isis");
    assert_eq!(isis["period"]["start"], "2018-01-01");
    assert!(isis["period"]["end"].is_null(), "the F-16s' period is open: {}", isis["period"]);
    assert_eq!(isis["period"]["precision"], "day");
    assert!(items("counter-isis").iter().any(|i| i == "F-16’s"));
    assert!(items("counter-isis").iter().any(|i| i.starts_with("trainers ")));
    assert_eq!(isis["items"][0]["kind"], "military");

    for mission in ["minusma", "resolute-support", "efp", "nato-response-force", "eu-battlegroup"] {
        let period = &of(mission)["period"];
        assert_eq!(
            (period["start"].as_str(), period["end"].as_str()),
            (Some("2018-01-01"), Some("2018-12-31")),
            "{mission}"
        );
    }
    for mission in ["counter-isis", "minusma", "resolute-support"] {
        let decision = &of(mission)["decision"];
        assert_eq!(decision["state"], "decision-pending", "{mission}");
        assert_eq!(decision["due"]["text"].as_str().map(str::to_lowercase).as_deref(), Some("op korte termijn"));
        assert_eq!(decision["due"]["precision"], "relative");
        assert_eq!(decision["due"]["relative_to_letter"], true);
    }
    let atalanta = &of("atalanta")["decision"];
    assert_eq!(atalanta["state"], "decision-pending");
    assert_eq!(
        (atalanta["due"]["start"].as_str(), atalanta["due"]["end"].as_str()),
        (Some("2017-09-01"), Some("2017-11-30"))
    );
    assert_eq!(of("efp")["lead"]["place"], "duitsland");
    assert_eq!(of("minusma")["partners"][0]["place"], "duitsland");
    assert_eq!(items("minusma"), vec!["het verzamelen van informatie"]);
    assert_eq!(items("resolute-support"), vec!["advisering van de ANDSF"]);

    // No period is taken from a comparison or a reference date.
    let years: Vec<&str> = commitments.iter().filter_map(|c| c["period"]["start"].as_str()).map(|d| &d[..4]).collect();
    for year in ["2016", "2012", "2013", "2001"] {
        assert!(!years.contains(&year), "a period in {year}: {years:?}");
    }
    let role = |text: &str| {
        json["events"].as_array().unwrap().iter().find(|e| e["text"] == text).map(|e| e["role"].clone()).unwrap()
    };
    assert_eq!(role("2016"), "reference");
    assert_eq!(role("in 2001"), "reference");
    assert_eq!(role("uit 2013"), "reference");
    assert_eq!(role("in 2012"), "history");
    assert_eq!(role("8 en 9 juli 2016"), "history");
    assert_eq!(role("de afgelopen jaren"), "context");
}

fn one_line_failure(out: std::process::Output, expected: &str) {
    assert_eq!(out.status.code(), Some(1));
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
fn err_prose_that_is_no_letter() {
    // Three sentences of a shopping list (no header, no mission) exported an empty model.
    let path = std::env::temp_dir().join(format!("kamerbrief-cli-prose-{}.txt", std::process::id()));
    std::fs::write(&path, "Dit is een boodschappenlijst.\nMelk, brood en kaas.\nDaarna naar de markt.\n").unwrap();
    one_line_failure(export(path.to_str().unwrap()), "not a letter: ");
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
fn exports_the_commitments_as_csv() {
    let out = export_as("csv");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    assert_eq!(&reader.headers().unwrap()[0], "commitment");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 10);
    let isis = rows.iter().find(|r| &r[1] == "counter-isis").unwrap();
    assert_eq!((&isis[8], &isis[9]), ("2018-01-01", ""), "an open end is an empty cell");
    assert_eq!(&isis[13], "decision-pending");
    assert!(isis[20].starts_with("https://example.org/x/letter/#s-"), "{:?}", &isis[20]);
}

#[test]
fn exports_the_commitments_as_icalendar() {
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

fn export_stdin(input: &[u8]) -> std::process::Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_kamerbrief"))
        .args(["export", "--format", "csv", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the CLI runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn exports_a_letter_read_from_standard_input() {
    let out = export_stdin(b"Inleiding\nHet kabinet zal dit najaar besluiten over de bijdrage aan MINUSMA in Mali.\n");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("commitment,mission,"), "{text}");
    assert!(text.contains(",minusma,"), "{text}");
}

#[test]
fn err_empty_standard_input() {
    one_line_failure(export_stdin(b""), "standard input");
}

#[test]
fn err_empty_standard_input_says_it_is_empty() {
    one_line_failure(export_stdin(b"  \n\n"), "empty");
}

#[test]
fn err_binary_input_says_it_is_no_text() {
    // A PNG's first bytes: not UTF-8.
    one_line_failure(export_stdin(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), "not UTF-8");
    // A zip's first bytes are UTF-8 but hold control characters.
    one_line_failure(export_stdin(b"PK\x03\x04\x14\0\0\0"), "control character");
}

#[test]
fn err_a_text_that_is_not_a_letter_says_what_is_missing() {
    one_line_failure(
        export_stdin(b"mission,country\nminusma,mali\nkfor,kosovo\n"),
        "no header (dossier, number, date) and no sentences",
    );
    let header_only = "29 521   Nederlandse deelname aan vredesmissies\nNr. 400  BRIEF VAN DE MINISTER VAN DEFENSIE\nDen Haag, 1 maart 2019\n\nInleiding\n";
    one_line_failure(export_stdin(header_only.as_bytes()), "header but no sentences");
}

#[test]
fn exports_a_letter_without_a_metadata_file_from_its_header() {
    let path = workspace("crates/kamerbrief/tests/letters/kennisgeving-onderzoek-2021.txt");
    assert!(!std::path::Path::new(&path).with_extension("meta.json").exists());
    let out = export(&path);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let meta = &json["meta"];
    assert_eq!(meta["date"], "2021-04-15");
    assert_eq!(meta["dossiers"][0]["number"], "29 521");
    assert_eq!(meta["number"], 425);
    assert_eq!(meta["document_id"], "kst-29521-425");
    assert_eq!(meta["place"], "Den Haag");
    assert!(meta["signatories"].as_array().unwrap().len() >= 2);
}
