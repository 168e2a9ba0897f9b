//! The banner that says the views show a letter the reader opened, with the way back.

use leptos::prelude::*;

use crate::active_letter::use_opened_letter;
use crate::i18n::{Text, t, tr};
use crate::nav::use_navigation;
use crate::routes::Page;
use crate::{href, href_with, use_lang, use_link_query};

/// Names the opened letter and links back to the built-in one (the same view, where the
/// built-in letter has it) and to the page that lists the kept letters. Nothing for the
/// built-in letter.
#[component]
pub fn OpenedBanner() -> impl IntoView {
    let opened = use_opened_letter()?;
    let lang = use_lang();
    let links = use_link_query();
    let url = use_navigation().url();
    let back = move || {
        let query = links.with(|q| crate::query::ViewQuery { letter: None, ..q.clone() });
        // A mission of the opened letter may not be in the built-in one: its overview then.
        let path = url.with(|url| match Page::of(&url.path) {
            Page::Mission(_) | Page::NotFound => "/".to_owned(),
            _ => url.path.clone(),
        });
        href(&format!("{path}{}", query.to_query_string()))
    };
    let title = opened.title.clone();
    Some(view! {
        <aside class="mk-opened" aria-label=tr(Text::OpenedLetter)>
            <p>
                {tr(Text::OpenedBannerLead)} " "
                <cite lang="nl">{move || title.clone().unwrap_or_else(|| t(lang.get(), Text::UntitledLetter).to_owned())}</cite>
            </p>
            <p class="mk-opened__links">
                <a href=back>{tr(Text::BackToBuiltin)}</a>
                <a href=move || href_with("/open/", &links.get())>{tr(Text::YourLetters)}</a>
            </p>
        </aside>
    })
}
