//! The footer: where the letter comes from, and its data to download.

use kamerbrief::Meta;
use leptos::prelude::*;

use crate::i18n::{self, Text, tr};
use crate::use_lang;

/// Names the source document, links to its official publication, and offers the exports the
/// build wrote (JSON, CSV, iCalendar). The page names those in `<link rel="alternate">`, so
/// the app needs no knowledge of them, and the single-file build can inline them.
#[component]
pub fn SiteFooter(
    /// The letter's metadata.
    meta: Meta,
    /// Whether to offer the exports the build wrote: only for the built-in letter.
    downloads: bool,
) -> impl IntoView {
    let lang = use_lang();
    let Meta { title, date, kamerstuk, source_url, .. } = meta;
    let citation = kamerstuk.unwrap_or_default();
    let downloads = if downloads { self::downloads() } else { Vec::new() };
    view! {
        <footer class="mk-footer">
            <p>
                {tr(Text::Source)} ": " <cite lang="nl">{title}</cite> ", " {citation}
                {move || date.map(|d| format!(", {}", i18n::long_date(lang.get(), d)))} ". "
                {source_url.map(|url| view! {
                    <a href=url rel="external noopener">{tr(Text::OfficialPublication)}</a>
                })}
            </p>
            {(!downloads.is_empty()).then(|| view! {
                <p class="mk-footer__downloads">
                    {tr(Text::Downloads)} ": "
                    {downloads
                        .into_iter()
                        .enumerate()
                        .map(|(i, d)| view! {
                            {(i > 0).then_some(" · ")}
                            <a href=d.href download=d.file type=d.media_type>{d.title}</a>
                        })
                        .collect_view()}
                </p>
            })}
            <p class="mk-footer__note">{tr(Text::NoServer)}</p>
        </footer>
    }
}

/// One export the page offers.
struct Download {
    href: String,
    title: String,
    file: String,
    media_type: String,
}

/// The page's `<link rel="alternate" title=…>` elements, in document order.
fn downloads() -> Vec<Download> {
    let Ok(links) = document().query_selector_all("link[rel=\"alternate\"][title]") else { return Vec::new() };
    (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
        .filter_map(|link| {
            let href = link.get_attribute("href")?;
            let file = link
                .get_attribute("data-file")
                .unwrap_or_else(|| href.rsplit('/').next().unwrap_or_default().to_owned());
            Some(Download {
                title: link.get_attribute("title")?,
                media_type: link.get_attribute("type").unwrap_or_default(),
                href,
                file,
            })
        })
        .collect()
}
