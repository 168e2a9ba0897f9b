//! What shows when the embedded letter cannot be read.

use leptos::prelude::*;

/// Says why the letter could not be read, and offers a way back.
#[component]
pub fn LetterError(
    /// Why parsing failed.
    message: String,
) -> impl IntoView {
    view! {
        <section class="mk-error" role="alert" aria-labelledby="error-title">
            <h1 id="error-title">"The letter could not be read"</h1>
            <p>{message}</p>
            <p><a href=".">"Reload the app"</a></p>
        </section>
    }
}
