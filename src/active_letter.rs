//! Which letter the views show: the built-in one, or one the reader opened in this browser.
//!
//! The choice is in the URL (`?letter=<id>`, see [`crate::query::ViewQuery::letter`]), so
//! every link within the app carries it and a reload keeps it. The app keeps the letters it
//! has read in memory ([`OpenedLetters`]); after a reload it reads the letter's text from the
//! browser's storage again and parses it, in the parser's chunk ([`crate::open_parser`]).

use std::collections::HashMap;
use std::sync::Arc;

use kamerbrief::Letter;
use leptos::prelude::*;

/// The letter every view of the current page shows, and whether the reader opened it.
#[derive(Clone, Copy)]
pub struct LetterContext {
    pub(crate) letter: StoredValue<Arc<Letter>>,
    opened: StoredValue<Option<OpenedLetter>>,
}

impl LetterContext {
    /// The context for `letter`; `opened` says which opened letter it is, `None` for the
    /// built-in one.
    pub fn new(letter: Arc<Letter>, opened: Option<OpenedLetter>) -> Self {
        LetterContext { letter: StoredValue::new(letter), opened: StoredValue::new(opened) }
    }

    /// The letter.
    pub fn letter(self) -> Arc<Letter> {
        self.letter.get_value()
    }

    /// The opened letter's id and title, or `None` for the built-in letter.
    pub fn opened(self) -> Option<OpenedLetter> {
        self.opened.get_value()
    }
}

/// A letter the reader opened: its id (in the URL) and the title it is listed by.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenedLetter {
    /// Its id, [`crate::opened::letter_id`] of its text.
    pub id: String,
    /// Its title, from its header; `None` when the header names none.
    pub title: Option<String>,
}

/// The letters read since the page loaded, by id, so that moving between views of an opened
/// letter never parses it again.
#[derive(Clone, Copy)]
pub struct OpenedLetters(StoredValue<HashMap<String, (Arc<Letter>, OpenedLetter)>>);

impl OpenedLetters {
    /// An empty cache, for the app's context.
    pub fn new() -> Self {
        OpenedLetters(StoredValue::new(HashMap::new()))
    }

    /// Keeps a letter just read.
    pub fn remember(self, letter: Arc<Letter>, opened: OpenedLetter) {
        self.0.update_value(|letters| {
            letters.insert(opened.id.clone(), (letter, opened));
        });
    }

    /// A letter read before, by id.
    pub fn get(self, id: &str) -> Option<(Arc<Letter>, OpenedLetter)> {
        self.0.with_value(|letters| letters.get(id).cloned())
    }

    /// Forgets a letter the reader removed.
    pub fn forget(self, id: &str) {
        self.0.update_value(|letters| {
            letters.remove(id);
        });
    }
}

impl Default for OpenedLetters {
    fn default() -> Self {
        Self::new()
    }
}

/// The opened letters from context.
pub fn use_opened_letters() -> OpenedLetters {
    expect_context()
}

/// Which letter the page shows, from context: `None` for the built-in one.
pub fn use_opened_letter() -> Option<OpenedLetter> {
    use_context::<LetterContext>().and_then(LetterContext::opened)
}
