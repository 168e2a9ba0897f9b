//! The letter, its metadata and the lexicon, embedded in the app at build time. The metadata
//! and the lexicon are compiled into Rust by the build scripts, so the app parses no JSON.

use kamerbrief::{Letter, Lexicon, Meta, parse};

/// The letter's text as extracted from its PDF.
pub const LETTER_TEXT: &str = include_str!("../data/kamerbrief-missies-2018.txt");

// `meta()`, written by build.rs from data/kamerbrief-missies-2018.meta.json.
include!(concat!(env!("OUT_DIR"), "/letter_meta.rs"));

/// The parsed letter, or a message that says why it could not be read.
pub fn letter() -> Result<Letter, String> {
    parse(LETTER_TEXT, meta(), &Lexicon::builtin()).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn ok_embedded_letter_parses_with_missions_and_headings() {
        let letter = super::letter().unwrap();
        assert!(letter.missions.len() >= 8);
        assert!(letter.sections.iter().all(|s| s.heading.is_some()));
    }

    #[test]
    fn ok_compiled_metadata_is_the_json_file() {
        let json = include_str!("../data/kamerbrief-missies-2018.meta.json");
        assert_eq!(super::meta(), kamerbrief::meta_from_json(json).unwrap());
    }
}
