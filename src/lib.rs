//! missiekaart: the cabinet's letter on mission contributions in 2018, as an app.
//!
//! `main.rs` only mounts [`App`]. Routes live in [`routes`], one module per route; shared
//! pieces of page in [`components`], one component per file. Logic that does not need the
//! DOM is in plain modules with native tests: [`base_path`], [`query`], [`i18n`],
//! [`mission_facts`], [`search`], [`text_runs`], [`timeline_scale`], [`geo`], [`basemap`].

pub mod base_path;
pub mod basemap;
pub mod components;
pub mod embedded;
pub mod geo;
pub mod gestures;
pub mod i18n;
pub mod mission_facts;
pub mod query;
pub mod routes;
pub mod search;
pub mod text_runs;
pub mod timeline_scale;

use std::sync::Arc;

use kamerbrief::Letter;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_query_map;
use leptos_router::path;

use components::letter_error::LetterError;
use components::site_footer::SiteFooter;
use components::site_header::SiteHeader;
use query::{Ignored, Lang, ViewQuery};
use routes::letter::LetterPage;
use routes::map::MapPage;
use routes::mission::MissionPage;
use routes::not_found::NotFound;
use routes::overview::Overview;
use routes::search::SearchPage;
use routes::timeline::TimelinePage;

/// The parsed letter, shared by every route. Parsed once at start: it takes about a
/// millisecond, so there is no loading state to show.
#[derive(Clone, Copy)]
pub struct LetterContext {
    letter: StoredValue<Arc<Letter>>,
}

/// The router base of the site, for links: the router leaves absolute paths alone.
#[derive(Clone, Copy)]
pub struct SiteBase(StoredValue<String>);

/// The href of an app path such as `/` or `/missions/minusma`, under the site's base path.
pub fn href(path: &str) -> String {
    let base = expect_context::<SiteBase>();
    base_path::join(&base.0.get_value(), path)
}

/// The href of an app path with a view query (language, filters) appended.
pub fn href_with(path: &str, query: &ViewQuery) -> String {
    format!("{}{}", href(path), query.to_query_string())
}

/// Follows an SVG link inside the app without reloading the page. The router only
/// intercepts HTML anchors; an SVG `<a>` would otherwise load the page afresh. Clicks with a
/// modifier key (new tab, new window) are left to the browser.
pub fn follow_svg_link(
    event: &leptos::ev::MouseEvent,
    href: &str,
    navigate: &impl Fn(&str, leptos_router::NavigateOptions),
) {
    if event.default_prevented()
        || event.ctrl_key()
        || event.meta_key()
        || event.shift_key()
        || event.alt_key()
        || event.button() != 0
    {
        return;
    }
    event.prevent_default();
    navigate(href, leptos_router::NavigateOptions { resolve: false, ..Default::default() });
}

/// The letter from context; every route is rendered inside [`App`], which provides it.
pub fn use_letter() -> Arc<Letter> {
    expect_context::<LetterContext>().letter.get_value()
}

/// The view query of the current URL and its language, read once for the whole page.
#[derive(Clone, Copy)]
struct ViewQueryContext {
    query: Memo<(ViewQuery, Vec<Ignored>)>,
    lang: Memo<Lang>,
}

/// The view query of the current URL, with what it could not understand.
pub fn use_view_query() -> Memo<(ViewQuery, Vec<Ignored>)> {
    expect_context::<ViewQueryContext>().query
}

/// The interface language of the current URL. It changes only when the language does, not
/// when a filter does.
pub fn use_lang() -> Signal<Lang> {
    expect_context::<ViewQueryContext>().lang.into()
}

/// Parses the URL's query once and shares it with everything inside: every translated text
/// and filter reads the one memo rather than parsing the query itself.
#[component]
fn ViewQueryScope(children: Children) -> impl IntoView {
    let params = use_query_map();
    let regions: Vec<String> = use_context::<LetterContext>()
        .map(|c| c.letter.get_value().regions.iter().map(|r| r.id.clone()).collect())
        .unwrap_or_default();
    let query = Memo::new(move |_| {
        let known: Vec<&str> = regions.iter().map(String::as_str).collect();
        params.with(|map| ViewQuery::parse(map.into_iter().map(|(k, v)| (k.as_ref(), v)), &known))
    });
    let lang = Memo::new(move |_| query.with(|(q, _)| q.lang));
    provide_context(ViewQueryContext { query, lang });
    children()
}

/// The whole app: the router at the host's base path, and the page frame around the routes.
#[component]
pub fn App() -> impl IntoView {
    let base = base_path::router_base(&document_base_uri());
    provide_context(SiteBase(StoredValue::new(base.clone())));
    if let Ok(letter) = embedded::letter() {
        provide_context(LetterContext { letter: StoredValue::new(Arc::new(letter)) });
    }
    view! {
        <Router base>
            <ViewQueryScope>
                <LangAttribute />
                <SiteHeader />
                <main id="main" class="mk-main" tabindex="-1">
                    <AppRoutes />
                </main>
                <SiteFooter meta=embedded::meta() />
            </ViewQueryScope>
        </Router>
    }
}

/// Keeps `<html lang>` in step with the interface language, for screen readers.
#[component]
fn LangAttribute() -> impl IntoView {
    let lang = use_lang();
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.get().code());
        }
    });
}

/// The routes, once the letter is parsed; or why it could not be.
#[component]
fn AppRoutes() -> impl IntoView {
    match use_context::<LetterContext>() {
        Some(_) => view! {
            <Routes fallback=NotFound>
                <Route path=path!("/") view=Overview />
                <Route path=path!("/timeline") view=TimelinePage />
                <Route path=path!("/map") view=MapPage />
                <Route path=path!("/letter") view=LetterPage />
                <Route path=path!("/search") view=SearchPage />
                <Route path=path!("/missions/:id") view=MissionPage />
            </Routes>
        }
        .into_any(),
        None => {
            let message = embedded::letter().err().unwrap_or_default();
            view! { <LetterError message /> }.into_any()
        }
    }
}

/// The document's base URI, which Trunk's `--public-url` sets through `<base href>`.
fn document_base_uri() -> String {
    leptos::prelude::document().base_uri().ok().flatten().unwrap_or_default()
}
