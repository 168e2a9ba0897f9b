//! The letter parser, for a letter the reader brings (the `/open/` page, a share link, or an
//! opened letter read again after a reload). The app's own letter comes parsed from the build
//! ([`crate::embedded`]), so the main module carries no parser, lexicon or grammar: they are in
//! chunks of their own that wasm-split moves out, and they load the first time a reader opens
//! a letter.
//!
//! Both entry points are `fallible`, like the lazy views in `lib.rs`: if a chunk cannot be
//! fetched (offline before the service worker has the site), the outer `Err` says so, where a
//! plain `#[lazy]` function would panic and stop the app. Natively they are plain calls.

use kamerbrief::{Letter, Lexicon, Meta, ParseErrorKind, parse};
use leptos::wasm_split::{SplitLoaderError, wasm_split};

use crate::active_letter::OpenedLetter;
use crate::opened::{self, StoredProblem};

/// Why a text could not be opened as a letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenProblem {
    /// Nothing but whitespace.
    Empty,
    /// Longer than [`opened::MAX_LETTER_BYTES`].
    TooLarge,
    /// Control characters: a binary file read as text.
    NotText,
    /// No header and no sentences, or no body: not a letter at all.
    NotALetter,
    /// A text, but it names no mission or operation: not a letter of this genre.
    NotOfGenre,
}

/// Parses a letter's text with the shipped lexicon. The metadata comes from the letter's own
/// header and signatures, as there is no metadata file beside it.
///
/// A text is a letter of the genre when it parses and names at least one mission or
/// operation, recognised by the lexicon or not: a letter about contributions to missions
/// always does, and other prose (a news item, a recipe) does not.
#[wasm_split(mk_open_parser, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn parse_letter(text: String) -> Parsed {
    Ok(parse_timed(&text))
}

/// What [`parse_letter`] gives: the letter or why not, unless the parser could not be fetched.
pub type Parsed = Result<Result<Letter, OpenProblem>, SplitLoaderError>;

/// The parse, measured in the browser as the `mk-parse` performance entry (`cargo xtask
/// bench` reads it).
fn parse_timed(text: &str) -> Result<Letter, OpenProblem> {
    // An empty text is the open page fetching the parser ahead of use: nothing to measure.
    if text.trim().is_empty() {
        return Err(OpenProblem::Empty);
    }
    #[cfg(target_family = "wasm")]
    let performance = web_sys::window().and_then(|w| w.performance());
    #[cfg(target_family = "wasm")]
    if let Some(performance) = &performance {
        let _ = performance.mark("mk-parse-start");
    }
    let letter = parse_text(text);
    #[cfg(target_family = "wasm")]
    if let Some(performance) = &performance {
        let _ = performance.measure_with_start_mark("mk-parse", "mk-parse-start");
    }
    letter
}

/// The parse itself; [`parse_timed`] has already turned an empty text away.
fn parse_text(text: &str) -> Result<Letter, OpenProblem> {
    if text.len() > opened::MAX_LETTER_BYTES {
        return Err(OpenProblem::TooLarge);
    }
    let letter = parse(text, Meta::default(), &Lexicon::builtin()).map_err(|e| match e.kind {
        ParseErrorKind::Empty => OpenProblem::Empty,
        ParseErrorKind::ControlCharacter(_) => OpenProblem::NotText,
        ParseErrorKind::NotOfGenre => OpenProblem::NotOfGenre,
        _ => OpenProblem::NotALetter,
    })?;
    if letter.missions.is_empty() {
        return Err(OpenProblem::NotOfGenre);
    }
    Ok(letter)
}

/// Why a letter named by a link's `letter=` could not be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoredLetterProblem {
    /// This browser does not keep it: it was opened elsewhere, or removed.
    NotKept,
    /// Its entry is damaged.
    Damaged,
    /// Its entry was written by an older version of the app.
    OldFormat,
    /// Its text no longer reads as a letter (the parser changed since).
    Unreadable,
    /// The parser's code could not be fetched: offline before the site was kept.
    ParserUnavailable,
}

/// Reads an opened letter's entry back from the browser's storage: after a reload, or when a
/// link names a letter that this page has not read yet. The caller then parses its text with
/// [`parse_letter`], so that the parser stays in that one chunk (which the service worker
/// leaves out of its precache) and out of this one.
#[wasm_split(mk_read_stored, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn read_stored_letter(id: String) -> Stored {
    Ok(read_entry(&id))
}

/// What [`read_stored_letter`] gives: the entry or why not, unless its code could not be
/// fetched.
pub type Stored = Result<Result<opened::StoredLetter, StoredLetterProblem>, SplitLoaderError>;

fn read_entry(id: &str) -> Result<opened::StoredLetter, StoredLetterProblem> {
    let raw = crate::letter_store::read_raw(id).ok_or(StoredLetterProblem::NotKept)?;
    let entry = opened::read_stored(&raw).map_err(|problem| match problem {
        StoredProblem::Damaged => StoredLetterProblem::Damaged,
        StoredProblem::OldFormat { .. } => StoredLetterProblem::OldFormat,
    })?;
    if entry.id != id {
        return Err(StoredLetterProblem::Damaged);
    }
    Ok(entry)
}

/// Reads a kept letter and parses it: the letter and how it is listed, or why not.
pub async fn open_stored(id: String) -> Result<(Letter, OpenedLetter), StoredLetterProblem> {
    let entry = read_stored_letter(id).await.map_err(|_| StoredLetterProblem::ParserUnavailable)??;
    let letter = match parse_letter(entry.text).await {
        Ok(Ok(letter)) => letter,
        Ok(Err(_)) => return Err(StoredLetterProblem::Unreadable),
        Err(_) => return Err(StoredLetterProblem::ParserUnavailable),
    };
    // The title it was listed by when it was opened (the same parse gives the same title).
    let title = Some(entry.title).filter(|t| !t.is_empty());
    Ok((letter, OpenedLetter { id: entry.id, title }))
}

/// The share-link fragment value of a kept letter (`v1.…`, see [`opened::share_fragment`]):
/// `None` when this browser does not keep it, `Some(Err)` when it is too long for a link.
#[wasm_split(mk_share_letter, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn share_fragment_of(id: String) -> SharedFragment {
    let entry = crate::letter_store::read_raw(&id).and_then(|raw| opened::read_stored(&raw).ok());
    Ok(entry.map(|entry| opened::share_fragment(&entry.text)))
}

/// What [`share_fragment_of`] gives, unless its code could not be fetched.
pub type SharedFragment = Result<Option<Result<String, opened::TooLongForLink>>, SplitLoaderError>;

#[cfg(test)]
mod tests {
    use std::task::{Context, Poll, Waker};

    use super::{OpenProblem, parse_letter};
    use crate::embedded::LETTER_TEXT;

    /// Natively the split function loads nothing, so its future is ready at the first poll.
    fn ready<F: Future>(future: F) -> F::Output {
        let mut future = std::pin::pin!(future);
        match future.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(output) => output,
            Poll::Pending => panic!("natively, parse_letter does not wait"),
        }
    }

    fn open(text: &str) -> Result<kamerbrief::Letter, OpenProblem> {
        ready(parse_letter(text.to_owned())).unwrap()
    }

    #[test]
    fn ok_parse_letter_reads_the_letter() {
        let letter = open(LETTER_TEXT).unwrap();
        let ids = |letter: &kamerbrief::Letter| letter.missions.iter().map(|m| m.id.clone()).collect::<Vec<_>>();
        // Without its metadata file (this text has no header) the letter has no date, but
        // the same missions.
        assert_eq!(ids(&letter), ids(&crate::embedded::letter().unwrap()));
    }

    #[test]
    fn err_empty_text() {
        assert_eq!(open("").unwrap_err(), OpenProblem::Empty);
        assert_eq!(open(" \n\t\n").unwrap_err(), OpenProblem::Empty);
    }

    #[test]
    fn err_prose_that_names_no_mission_is_not_of_the_genre() {
        let text = "Recept voor appeltaart\n\nSchil de appels en snijd ze in partjes. Meng ze met suiker en kaneel. \
                    Bak de taart een uur in een warme oven.\n";
        assert_eq!(open(text).unwrap_err(), OpenProblem::NotOfGenre);
    }

    #[test]
    fn err_binary_text_is_not_text() {
        assert_eq!(open("%PDF-1.4\n\u{1}\u{2}\u{3} stream\n").unwrap_err(), OpenProblem::NotText);
    }

    #[test]
    fn err_text_over_the_limit_is_too_large() {
        let text = "De missie MINUSMA in Mali loopt door. ".repeat(crate::opened::MAX_LETTER_BYTES / 30);
        assert_eq!(open(&text).unwrap_err(), OpenProblem::TooLarge);
    }
}
