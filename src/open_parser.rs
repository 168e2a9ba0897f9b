//! The letter parser, for a letter the reader brings (the coming `/open/` page). The app's own
//! letter comes parsed from the build ([`crate::embedded`]), so the main module carries no
//! parser, lexicon or grammar: they are in a chunk of their own that wasm-split moves out, and
//! they load the first time a reader opens a letter.

use kamerbrief::{Letter, Lexicon, Meta, parse};
use leptos::wasm_split::{SplitLoaderError, wasm_split};

/// Parses a letter's text with the shipped lexicon: the letter, or a one-line message that
/// says why it could not be read. The metadata comes from the letter's own header and
/// signatures, as there is no metadata file beside it.
///
/// `fallible` like the lazy views in `lib.rs`: if the parser's chunk cannot be fetched
/// (offline before the service worker has the site), the outer `Err` says so, where a
/// plain `#[lazy]` function would panic and stop the app. Natively it is a plain call.
#[wasm_split(mk_open_parser, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn parse_letter(text: String) -> Parsed {
    Ok(parse(&text, Meta::default(), &Lexicon::builtin()).map_err(|e| e.to_string()))
}

/// What [`parse_letter`] gives: the letter or why not, unless the parser could not be fetched.
pub type Parsed = Result<Result<Letter, String>, SplitLoaderError>;

/// Keeps [`parse_letter`]'s loader in the main module until the `/open/` page calls it; then
/// this can go. The parser behind it is exported for wasm-split, so it is always linked; and
/// wasm-split moves it into its chunk only if the main module calls the loader. Without a
/// caller the whole parser stayed in the main module (about 100 KB gzip).
#[cfg(target_family = "wasm")]
#[used]
static KEEP_LOADER: fn() -> std::pin::Pin<Box<dyn Future<Output = Parsed>>> = || Box::pin(parse_letter(String::new()));

#[cfg(test)]
mod tests {
    use std::task::{Context, Poll, Waker};

    use super::parse_letter;
    use crate::embedded::LETTER_TEXT;

    /// Natively the split function loads nothing, so its future is ready at the first poll.
    fn ready<F: Future>(future: F) -> F::Output {
        let mut future = std::pin::pin!(future);
        match future.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(output) => output,
            Poll::Pending => panic!("natively, parse_letter does not wait"),
        }
    }

    #[test]
    fn ok_parse_letter_reads_the_letter() {
        let letter = ready(parse_letter(LETTER_TEXT.to_owned())).unwrap().unwrap();
        let ids = |letter: &kamerbrief::Letter| letter.missions.iter().map(|m| m.id.clone()).collect::<Vec<_>>();
        // Without its metadata file (this text has no header) the letter has no date, but
        // the same missions.
        assert_eq!(ids(&letter), ids(&crate::embedded::letter().unwrap()));
    }

    #[test]
    fn err_parse_letter_says_why_a_text_is_not_a_letter() {
        let message = ready(parse_letter(String::new())).unwrap().unwrap_err();
        assert!(!message.is_empty());
    }
}
