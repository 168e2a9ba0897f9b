//! What shows when the embedded letter cannot be read.

use leptos::prelude::*;

use crate::i18n::{Text, tr};

/// Says why the letter could not be read, and offers a way back.
#[component]
pub fn LetterError(
    /// Why parsing failed.
    message: String,
) -> impl IntoView {
    view! {
        <section class="mk-error" role="alert" aria-labelledby="error-title">
            <h1 id="error-title">{tr(Text::LetterUnreadable)}</h1>
            <p>{message}</p>
            <p><a href=".">{tr(Text::Reload)}</a></p>
        </section>
    }
}
