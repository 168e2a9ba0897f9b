//! The letter, its metadata and the lexicon, embedded in the app at build time.

use kamerbrief::{Letter, Lexicon, Meta, meta_from_json, parse};

/// The letter's text as extracted from its PDF.
pub const LETTER_TEXT: &str = include_str!("../data/kamerbrief-missies-2018.txt");
/// The metadata the extracted text lost with its first page.
pub const LETTER_META: &str = include_str!("../data/kamerbrief-missies-2018.meta.json");

/// The letter's metadata; empty if the file cannot be read, so the page still renders.
pub fn meta() -> Meta {
    meta_from_json(LETTER_META).unwrap_or_default()
}

/// The parsed letter, or a message that says why it could not be read.
pub fn letter() -> Result<Letter, String> {
    let lexicon = Lexicon::from_json(kamerbrief::BUILTIN_LEXICON_JSON).map_err(|e| e.to_string())?;
    let meta = meta_from_json(LETTER_META)?;
    parse(LETTER_TEXT, meta, &lexicon).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn ok_embedded_letter_parses_with_missions_and_headings() {
        let letter = super::letter().unwrap();
        assert!(letter.missions.len() >= 8);
        assert!(letter.sections.iter().all(|s| s.heading.is_some()));
        assert_eq!(super::meta().document_id.as_deref(), Some("kst-33694-11"));
    }
}
