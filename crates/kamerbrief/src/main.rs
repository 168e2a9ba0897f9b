//! `kamerbrief export PATH`: writes the model of a letter as JSON to standard output.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kamerbrief::{Lexicon, Meta, meta_from_json, parse};

const USAGE: &str = "usage: kamerbrief export PATH   (writes the letter's model as JSON to stdout)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [command, path] if command == "export" => match export(Path::new(path)) {
            Ok(json) => {
                println!("{json}");
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("kamerbrief: {message}");
                ExitCode::FAILURE
            }
        },
        [flag] if flag == "--help" || flag == "-h" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn export(path: &Path) -> Result<String, String> {
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
    let letter = parse(&text, meta, &Lexicon::builtin()).map_err(|e| format!("{shown}: {e}"))?;
    serde_json::to_string_pretty(&letter).map_err(|e| e.to_string())
}

/// The metadata file beside a letter: `letter.txt` → `letter.meta.json`.
fn meta_path(letter: &Path) -> PathBuf {
    letter.with_extension("meta.json")
}
