//! `kamerbrief export [--format json|csv|ics] [--letter-url URL] PATH|-`: writes the model of a
//! letter (JSON), its commitments (CSV) or their periods and decision windows (iCalendar) to
//! standard output. `-` reads the letter from standard input.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kamerbrief::export::{Format, Links, export};
use kamerbrief::{Letter, Lexicon, Meta, meta_from_json, parse};

const USAGE: &str = "usage: kamerbrief export [--format json|csv|ics] [--letter-url URL] PATH|-
  json  the letter's model (the default)
  csv   one row per commitment: mission, items, period, decision and when it is due
  ics   the commitments' periods and decision windows as an iCalendar file
  -     read the letter from standard input (with no metadata file)
  --letter-url  the published letter page, so rows and events link to their sentences";

/// What the command line asks for.
#[derive(Debug, PartialEq)]
struct Request {
    format: Format,
    links: Links,
    path: PathBuf,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if matches!(args.as_slice(), [flag] if flag == "--help" || flag == "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let request = match read_args(&args) {
        Ok(request) => request,
        Err(message) => {
            eprintln!("kamerbrief: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match load(&request.path).and_then(|letter| export(&letter, request.format, &request.links)) {
        Ok(text) => {
            print!("{text}");
            if !text.ends_with('\n') {
                println!();
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("kamerbrief: {message}");
            ExitCode::FAILURE
        }
    }
}

fn read_args(args: &[String]) -> Result<Request, String> {
    let Some((command, rest)) = args.split_first() else { return Err("no command given".into()) };
    if command != "export" {
        return Err(format!("unknown command {command:?}"));
    }
    let mut format = Format::Json;
    let mut links = Links::default();
    let mut path = None;
    let mut rest = rest.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--format" => {
                let name = rest.next().ok_or("--format needs a value")?;
                format = Format::from_name(name).ok_or_else(|| format!("unknown format {name:?}"))?;
            }
            "--letter-url" => links.letter_page = Some(rest.next().ok_or("--letter-url needs a value")?.clone()),
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            _ if path.is_some() => return Err("give one letter path".into()),
            _ => path = Some(PathBuf::from(arg)),
        }
    }
    Ok(Request { format, links, path: path.ok_or("no letter path given")? })
}

fn load(path: &Path) -> Result<Letter, String> {
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            format!("standard input is not UTF-8 text (bad byte at offset {})", e.utf8_error().valid_up_to())
        })?;
        return parse(&text, Meta::default(), &Lexicon::builtin()).map_err(|e| format!("standard input: {e}"));
    }
    let shown = path.display();
    if path.is_dir() {
        return Err(format!("{shown} is a directory, not a letter text file"));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
    let text = String::from_utf8(bytes)
        .map_err(|e| format!("{shown} is not UTF-8 text (bad byte at offset {})", e.utf8_error().valid_up_to()))?;
    let meta = match std::fs::read_to_string(meta_path(path)) {
        Ok(json) => meta_from_json(&json).map_err(|e| format!("{}: {e}", meta_path(path).display()))?,
        Err(_) => Meta::default(),
    };
    parse(&text, meta, &Lexicon::builtin()).map_err(|e| format!("{shown}: {e}"))
}

/// The metadata file beside a letter: `letter.txt` → `letter.meta.json`.
fn meta_path(letter: &Path) -> PathBuf {
    letter.with_extension("meta.json")
}
