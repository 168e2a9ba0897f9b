//! Says which parts of the URL's query were not understood, and offers a clean link.

use leptos::prelude::*;

use crate::i18n::{Text, tr};
use crate::use_view_query;

/// A polite notice listing ignored query values, with a link that clears the filters.
#[component]
pub fn IgnoredNotice(
    /// The app path the clean link goes to.
    path: &'static str,
) -> impl IntoView {
    let query = use_view_query();
    let ignored =
        move || query.with(|(_, ignored)| ignored.iter().map(|i| format!("{}={}", i.key, i.value)).collect::<Vec<_>>());
    let clean = move || crate::href_with(path, &query.with(|(q, _)| q.cleared()));
    view! {
        <Show when=move || !ignored().is_empty()>
            <p class="mk-notice" role="status">
                {tr(Text::IgnoredFilters)} " "
                <code>{move || ignored().join(", ")}</code> ". "
                <a href=clean>{tr(Text::ClearFilters)}</a>
            </p>
        </Show>
    }
}
