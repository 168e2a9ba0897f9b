//! The footer: where the letter comes from.

use kamerbrief::Meta;
use leptos::prelude::*;

use crate::labels;

/// Names the source document and links to its official publication.
#[component]
pub fn SiteFooter(
    /// The letter's metadata.
    meta: Meta,
) -> impl IntoView {
    let date = meta.date.map(labels::long_date);
    let citation = meta.kamerstuk.clone().unwrap_or_else(|| "the cabinet's letter".to_owned());
    view! {
        <footer class="mk-footer">
            <p>
                "Source: " <cite>{meta.title.clone()}</cite> ", " {citation}
                {date.map(|d| format!(", {d}"))} ". "
                {meta.source_url.clone().map(|url| view! {
                    <a href=url rel="external noopener">"Official publication"</a>
                })}
            </p>
            <p class="mk-footer__note">"Read in your browser. No account, no tracking, no server."</p>
        </footer>
    }
}
