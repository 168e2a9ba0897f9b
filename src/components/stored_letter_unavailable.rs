//! What the page says when the letter its link names cannot be shown.

use leptos::prelude::*;

use crate::i18n::{Text, tr};
use crate::open_parser::StoredLetterProblem;
use crate::query::ViewQuery;
use crate::{href_with, use_link_query};

/// Why the letter is not shown, and the ways on: open a letter, or the built-in one.
#[component]
pub fn StoredLetterUnavailable(
    /// Why.
    problem: StoredLetterProblem,
) -> impl IntoView {
    let links = use_link_query();
    let without_letter = move || ViewQuery { letter: None, ..links.get() };
    let (title, detail) = match problem {
        StoredLetterProblem::NotKept => (Text::StoredNotKeptTitle, Text::StoredNotKept),
        StoredLetterProblem::Damaged => (Text::StoredNotKeptTitle, Text::StoredDamaged),
        StoredLetterProblem::OldFormat => (Text::StoredNotKeptTitle, Text::StoredOldFormat),
        StoredLetterProblem::Unreadable => (Text::StoredNotKeptTitle, Text::StoredUnreadable),
        StoredLetterProblem::ParserUnavailable => (Text::ViewUnavailable, Text::ProblemParserUnavailable),
    };
    view! {
        <section class="mk-not-found" role="alert" aria-labelledby="letter-unavailable-title">
            <h1 id="letter-unavailable-title">{tr(title)}</h1>
            <p>{tr(detail)}</p>
            <ul class="mk-not-found__ways">
                <li><a href=move || href_with("/open/", &without_letter())>{tr(Text::NavOpen)}</a></li>
                <li><a href=move || href_with("/", &without_letter())>{tr(Text::BackToBuiltin)}</a></li>
            </ul>
        </section>
    }
}
