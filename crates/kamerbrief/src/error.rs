//! Typed parse errors with the span they concern.

use std::fmt;

use crate::model::Span;

/// Why a text could not be read as a letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// Where the problem is.
    pub span: Span,
    /// What the problem is.
    pub kind: ParseErrorKind,
}

/// The kinds of [`ParseError`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The text is empty or only white space.
    Empty,
    /// The text has no body paragraph, only footnotes or headings.
    NoBody,
    /// The text has a letter's header but no sentence after it.
    NoSentences,
    /// The text has neither a letter's header nor a sentence: it is not a letter.
    NotALetter,
    /// The text has sentences but neither a letter's header nor a mission or operation: it
    /// is not a letter on contributions to missions.
    NotOfGenre,
    /// The text holds a NUL or other control character, so it is not extracted letter text.
    ControlCharacter(char),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ParseErrorKind::Empty => write!(f, "the letter text is empty"),
            ParseErrorKind::NoBody => write!(f, "the letter text has no paragraphs, only headings or footnotes"),
            ParseErrorKind::NoSentences => write!(f, "the letter has a header but no sentences"),
            ParseErrorKind::NotALetter => {
                write!(f, "not a letter: it has no header (dossier, number, date) and no sentences")
            }
            ParseErrorKind::NotOfGenre => {
                write!(f, "not a letter: it has no header (dossier, number, date) and names no mission or operation")
            }
            ParseErrorKind::ControlCharacter(c) => {
                write!(
                    f,
                    "the letter text holds control character U+{:04X} at byte {}: is it a text file?",
                    *c as u32, self.span.start
                )
            }
        }
    }
}

impl std::error::Error for ParseError {}
