//! The footer: where the letter comes from.

use kamerbrief::Meta;
use leptos::prelude::*;

use crate::i18n::{self, Text, tr};
use crate::use_lang;

/// Names the source document and links to its official publication.
#[component]
pub fn SiteFooter(
    /// The letter's metadata.
    meta: Meta,
) -> impl IntoView {
    let lang = use_lang();
    let Meta { title, date, kamerstuk, source_url, .. } = meta;
    let citation = kamerstuk.unwrap_or_default();
    view! {
        <footer class="mk-footer">
            <p>
                {tr(Text::Source)} ": " <cite lang="nl">{title}</cite> ", " {citation}
                {move || date.map(|d| format!(", {}", i18n::long_date(lang.get(), d)))} ". "
                {source_url.map(|url| view! {
                    <a href=url rel="external noopener">{tr(Text::OfficialPublication)}</a>
                })}
            </p>
            <p class="mk-footer__note">{tr(Text::NoServer)}</p>
        </footer>
    }
}
