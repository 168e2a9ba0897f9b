//! Any path the app does not know.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::{Text, tr};
use crate::query::ViewQuery;
use crate::{href_with, use_lang};

/// The not-found view: says what was asked for and leads home.
#[component]
pub fn NotFound() -> impl IntoView {
    let lang = use_lang();
    let path = use_location().pathname;
    view! {
        <section class="mk-not-found" aria-labelledby="not-found-title">
            <h1 id="not-found-title">{tr(Text::PageNotFound)}</h1>
            <p>
                {tr(Text::NoPageAt)} " " <code class="mk-not-found__path">{move || path.get()}</code> "."
            </p>
            <p>
                <a href=move || href_with("/", &ViewQuery { lang: lang.get(), ..ViewQuery::default() })>
                    {tr(Text::GoHome)}
                </a>
            </p>
        </section>
    }
}
