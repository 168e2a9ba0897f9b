//! The banner at the top of every page: name, navigation, search and language.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::share_button::ShareButton;
use crate::i18n::{Text, t, tr};
use crate::nav::{NavOptions, use_navigation};
use crate::query::ViewQuery;
use crate::{href, href_with, use_lang, use_view_query};

/// The site's name, the main navigation, a search box, the language switch, and a skip link.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let lang = use_lang();
    let links = crate::use_link_query();
    let query = use_view_query();
    let navigation = use_navigation();
    let url = navigation.url();
    let skip_to_main = |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        crate::nav::focus_by_id("main");
    };
    // Links keep the language and the letter; the filters belong to the views that use them.
    let keep_lang = move || links.get();
    let nav = [
        ("/", Text::NavOverview),
        ("/timeline/", Text::NavTimeline),
        ("/map/", Text::NavMap),
        ("/commitments/", Text::NavCommitments),
        ("/letter/", Text::NavLetter),
        ("/search/", Text::NavSearch),
        ("/open/", Text::NavOpen),
    ];
    let current = move |path: &str| url.with(|url| url.path.trim_end_matches('/') == path.trim_end_matches('/'));
    let other_lang = move || {
        let mut next = query.with(|(q, _)| q.clone());
        next.lang = next.lang.other();
        url.with(|url| {
            let fragment = if url.fragment.is_empty() { String::new() } else { format!("#{}", url.fragment) };
            href(&format!("{}{}{fragment}", url.path, next.to_query_string()))
        })
    };
    let on_search = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let input =
            document().get_element_by_id("site-search").and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
        let text = input.map(|i| i.value()).unwrap_or_default();
        let next = ViewQuery { q: text, ..links.get_untracked() };
        navigation.navigate(&href_with("/search/", &next), NavOptions::default());
    };
    view! {
        <a class="mk-skip" href="#main" on:click=skip_to_main>
            {tr(Text::SkipToContent)}
        </a>
        <header class="mk-header">
            <div class="mk-header__top">
                <a href=move || href_with("/", &keep_lang()) class="mk-header__brand">
                    <span class="mk-header__mark" aria-hidden="true"></span>
                    "missiekaart"
                </a>
                <p class="mk-header__tagline">{tr(Text::Tagline)}</p>
                <ShareButton />
                <a class="mk-header__lang" href=other_lang hreflang=move || lang.get().other().code()>
                    {tr(Text::SwitchLanguage)}
                </a>
            </div>
            <div class="mk-header__bar">
                <nav class="mk-nav" aria-label=tr(Text::MainNavigation)>
                    {nav
                        .into_iter()
                        .map(|(path, label)| {
                            view! {
                                <a
                                    class="mk-nav__link"
                                    href=move || href_with(path, &keep_lang())
                                    aria-current=move || current(path).then_some("page")
                                >
                                    {move || t(lang.get(), label)}
                                </a>
                            }
                        })
                        .collect_view()}
                </nav>
                <form class="mk-search-box" role="search" action=move || href("/search/") on:submit=on_search>
                    <label class="mk-visually-hidden" for="site-search">
                        {tr(Text::SearchLabel)}
                    </label>
                    <input id="site-search" name="q" type="search" autocomplete="off" placeholder=tr(Text::Search) />
                </form>
            </div>
        </header>
    }
}
