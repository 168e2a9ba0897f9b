//! The letter, its metadata and its model, embedded in the app at build time. `build.rs`
//! compiles the metadata into Rust and parses the letter natively, so the app's main module
//! carries neither a JSON parser nor the letter parser, its lexicon and grammar: at start it
//! only reads the model from postcard bytes. (A letter the reader brings is parsed by the
//! chunk in [`crate::open_parser`].)
//!
//! Postcard rather than Rust code that builds the [`Letter`]: measured on the release build,
//! the bytes and serde's readers made a main module of about 200 KB gzip, the generated code
//! one of 336 KB (every string and span becomes instructions), more than parsing the letter in
//! the browser did (284 KB). Both read the model in 5 to 10 ms at the first call in Chromium,
//! where parsing took 70 to 90.

use kamerbrief::{Letter, Meta};

/// The letter's text as extracted from its PDF. The app shows the model, not this; the build
/// parses it, and the tests parse it again to check the embedded model.
pub const LETTER_TEXT: &str = include_str!("../data/kamerbrief-missies-2018.txt");

// `meta()`, written by build.rs from data/kamerbrief-missies-2018.meta.json.
include!(concat!(env!("OUT_DIR"), "/letter_meta.rs"));

/// The letter's model as `build.rs` parsed and serialised it (postcard).
static LETTER_MODEL: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/letter.postcard"));

/// The parsed letter, or a message that says why it could not be read.
pub fn letter() -> Result<Letter, String> {
    // Fails only if the bytes and the model's types disagree, which the build rules out: both
    // come from the same `kamerbrief`.
    postcard::from_bytes(LETTER_MODEL).map_err(|e| format!("the embedded letter: {e}"))
}

#[cfg(test)]
mod tests {
    use kamerbrief::{Lexicon, parse};

    #[test]
    fn ok_embedded_letter_parses_with_missions_and_headings() {
        let letter = super::letter().unwrap();
        assert!(letter.missions.len() >= 8);
        assert!(letter.sections.iter().all(|s| s.heading.is_some()));
    }

    #[test]
    fn ok_embedded_letter_is_a_fresh_parse() {
        let fresh = parse(super::LETTER_TEXT, super::meta(), &Lexicon::builtin()).unwrap();
        assert_eq!(super::letter().unwrap(), fresh);
    }

    #[test]
    fn ok_compiled_metadata_is_the_json_file() {
        let json = include_str!("../data/kamerbrief-missies-2018.meta.json");
        assert_eq!(super::meta(), kamerbrief::meta_from_json(json).unwrap());
    }
}
