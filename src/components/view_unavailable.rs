//! What shows when a view's code could not be fetched.

use leptos::prelude::*;

use crate::href_with;
use crate::i18n::{Text, tr};

/// Says the view could not be loaded, with a button that tries again and a link home (the
/// overview comes with the app, so it always works).
#[component]
pub fn ViewUnavailable(
    /// Fetches the view's code again.
    retry: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let links = crate::use_link_query();
    view! {
        <section class="mk-not-found" role="alert" aria-labelledby="unavailable-title">
            <h1 id="unavailable-title">{tr(Text::ViewUnavailable)}</h1>
            <p>
                <button type="button" class="mk-share__button" on:click=move |_| retry()>
                    {tr(Text::TryAgain)}
                </button>
            </p>
            <p>
                <a href=move || href_with("/", &links.get())>
                    {tr(Text::GoHome)}
                </a>
            </p>
        </section>
    }
}
