//! # kamerbrief
//!
//! A parser for Dutch cabinet letters to parliament on contributions to missions, as their
//! text comes out of a PDF. It knows nothing of browsers: the app, the CLI and the benches all
//! use the one model it builds.
//!
//! Parsing happens in two layers:
//! 1. a lossless layer ([`raw`]) that cuts the text into body lines, footnote blocks, gaps
//!    and page breaks, every byte accounted for;
//! 2. a typed [`Letter`] on top, where every fact (sentence, footnote, citation, date,
//!    mission, place, organisation, figure, principle) carries the [`Span`]s of its source.
//!
//! Knowledge of the world (missions, places, organisations, named days) comes from a
//! [`Lexicon`] data file; this crate holds only grammar. `docs/model.md` in the workspace
//! describes the JSON shape with an example.
//!
//! ```
//! let text = "Inleiding\nHet kabinet zal dit najaar besluiten over de bijdrage aan MINUSMA in Mali.\n";
//! let meta = kamerbrief::Meta { date: "2017-09-04".parse().ok(), ..Default::default() };
//! let letter = kamerbrief::parse(text, meta, &kamerbrief::Lexicon::builtin()).unwrap();
//! assert_eq!(letter.sections[0].heading.as_deref(), Some("Inleiding"));
//! assert_eq!(letter.missions[0].id, "minusma");
//! assert_eq!(letter.missions[0].status, kamerbrief::Status::DecisionPending);
//! assert_eq!(letter.events[0].text, "dit najaar");
//! ```
#![warn(missing_docs)]

mod assemble;
mod cache;
mod citations;
mod cues;
mod date;
mod error;
#[cfg(feature = "export")]
pub mod export;
mod figures;
mod form;
mod header;
mod ids;
mod index;
mod kinds;
mod lexicon;
mod matcher;
mod model;
mod normalize;
pub mod raw;
mod roles;
mod sentences;
pub mod sort;
mod structure;
mod temporal;
mod wording;
mod words;

pub use date::{InvalidDate, Weekday, days_in_month, is_leap_year};
pub use error::{ParseError, ParseErrorKind};
pub use lexicon::{BUILTIN_LEXICON_JSON, Lexicon, LexiconError, MissionEntry, NamedDay, OrganisationEntry, PlaceEntry};
pub use model::*;
pub use temporal::DUTCH_MONTHS;

/// Parses letter text with its metadata, using `lexicon` for knowledge of the world. A text
/// with neither a letter's header nor a mission or operation is no letter of the genre
/// ([`ParseErrorKind::NotOfGenre`]).
pub fn parse(source: &str, meta: Meta, lexicon: &Lexicon) -> Result<Letter, ParseError> {
    if let Some((at, c)) = first_control_character(source) {
        return Err(ParseError { span: Span::new(at, at + c.len_utf8()), kind: ParseErrorKind::ControlCharacter(c) });
    }
    if source.trim().is_empty() {
        return Err(ParseError { span: Span::new(0, source.len()), kind: ParseErrorKind::Empty });
    }
    let mut structure = structure::Structure::read(source);
    let has_sentence =
        structure.paragraphs.iter().any(|p| p.unit.sentences.iter().any(|r| is_sentence(&p.unit.norm.text[r.clone()])));
    if !has_sentence {
        let kind = if structure.header.has_header() {
            ParseErrorKind::NoSentences
        } else if structure.paragraphs.is_empty() {
            ParseErrorKind::NoBody
        } else {
            ParseErrorKind::NotALetter
        };
        return Err(ParseError { span: Span::new(0, source.len()), kind });
    }
    let has_header = structure.header.has_header();
    let meta = std::mem::take(&mut structure.header).merge(meta, |id| lexicon.document_url(id));
    let letter = assemble::Assembler::new(source, meta, lexicon, structure).assemble();
    // Prose without a header is a letter of the genre only if it names a mission or an
    // operation, known to the lexicon or not: the app's rule for a text a reader opens. Only
    // the whole assembly knows the missions, unknown ones included.
    if !has_header && letter.missions.is_empty() {
        return Err(ParseError { span: Span::new(0, source.len()), kind: ParseErrorKind::NotOfGenre });
    }
    Ok(letter)
}

/// The first control character other than a line end, a tab or a form feed. Bytes are checked
/// first: a control character (U+0000–U+001F, U+007F–U+009F) is ASCII or opens with the byte
/// 0xC2, so the characters are decoded only from the first byte that could open one.
fn first_control_character(source: &str) -> Option<(usize, char)> {
    let could_open = |b: u8| (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)) || b == 0x7f || b == 0xc2;
    let from = source.bytes().position(could_open)?;
    source[from..]
        .char_indices()
        .find(|&(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .map(|(at, c)| (from + at, c))
}

/// Whether a stretch of text reads as a sentence: a few words that open with a capital (or a
/// digit) and close with a full stop, a question mark or an exclamation mark.
fn is_sentence(text: &str) -> bool {
    let words = text.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
    words >= 3
        && text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "‘“\"'(".contains(c))
        && text.trim_end_matches(['’', '”', '"', '\'', ')']).ends_with(['.', '?', '!', ':'])
}

/// Reads a metadata file's JSON.
pub fn meta_from_json(json: &str) -> Result<Meta, String> {
    serde_json::from_str(json).map_err(|e| format!("metadata: {e}"))
}

/// A lowercase letter without its accent, as Dutch writes them (`ë` → `e`, `ó` → `o`);
/// any other character as it is.
pub fn without_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        c => c,
    }
}

/// Makes a URL-safe id from a label: lowercase ASCII letters, digits and hyphens.
pub fn slug(label: &str) -> String {
    let mut out = String::new();
    for c in label.chars().flat_map(char::to_lowercase).map(without_accent) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_slug() {
        assert_eq!(slug("Geïntegreerd optreden"), "geintegreerd-optreden");
        assert_eq!(slug("  Gereedheid en inzetbaarheid – "), "gereedheid-en-inzetbaarheid");
    }

    #[test]
    fn err_empty_and_control_characters() {
        let lexicon = Lexicon::builtin();
        assert_eq!(parse("  \n\n", Meta::default(), &lexicon).unwrap_err().kind, ParseErrorKind::Empty);
        assert_eq!(
            parse("[1]   Alleen een noot.", Meta::default(), &lexicon).unwrap_err().kind,
            ParseErrorKind::NoBody
        );
        let err = parse("Tekst\u{0}meer", Meta::default(), &lexicon).unwrap_err();
        assert_eq!(err.kind, ParseErrorKind::ControlCharacter('\u{0}'));
        assert_eq!(err.span, Span::new(5, 6));
    }

    #[test]
    fn err_prose_without_header_or_mission_is_no_letter() {
        // A shopping list of three sentences gave a letter with an empty model.
        let lexicon = Lexicon::builtin();
        let list = "Dit is een boodschappenlijst.\nMelk, brood en kaas.\nDaarna naar de markt.\n";
        let err = parse(list, Meta::default(), &lexicon).unwrap_err();
        assert_eq!(err.kind, ParseErrorKind::NotOfGenre);
        assert!(err.to_string().starts_with("not a letter: "), "{err}");
        // A text without a header that names a mission is a letter, as the one in `data/` is,
        // and so is one with a header that names none.
        assert!(parse("Inleiding\nNederland draagt bij aan MINUSMA in Mali.\n", Meta::default(), &lexicon).is_ok());
        let headed = "Den Haag, 1 maart 2021\n\nMet deze brief informeer ik uw Kamer over de stand van zaken.\n";
        assert!(parse(headed, Meta::default(), &lexicon).is_ok());
    }
}
