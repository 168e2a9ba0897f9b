//! missiekaart: the cabinet's letter on mission contributions in 2018, as an app.
//!
//! `main.rs` only mounts [`App`]. Routes live in [`routes`], one module per route, and
//! [`nav`] follows the URL; shared pieces of page are in [`components`], one component per
//! file. Logic that does not need the DOM is in plain modules with native tests:
//! [`base_path`], [`nav`]'s URL maths, [`query`], [`i18n`], [`page_meta`], [`mission_facts`],
//! [`search`], [`text_runs`], [`timeline_items`], [`timeline_scale`], [`geo`], [`basemap`],
//! [`pan_zoom`] (the keys, wheel and gestures the map and the timeline share), [`opened`] (a
//! letter the reader brings: files, share links, storage entries), [`commitment_table`] and
//! [`filter_counts`].
//! The letter comes parsed by the build ([`embedded`]); the parser itself loads only for a
//! letter the reader brings ([`open_parser`]), kept in the browser by [`letter_store`];
//! [`active_letter`] says which letter the views show.

pub mod active_letter;
pub mod base_path;
pub mod basemap;
pub mod commitment_table;
pub mod components;
pub mod embedded;
pub mod filter_counts;
pub mod geo;
pub mod gestures;
pub mod i18n;
pub mod letter_store;
pub mod mission_facts;
pub mod nav;
pub mod open_parser;
pub mod opened;
pub mod page_meta;
pub mod pan_zoom;
pub mod query;
pub mod routes;
pub mod search;
pub mod text_runs;
pub mod timeline_items;
pub mod timeline_scale;

use std::sync::Arc;

use kamerbrief::Letter;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use active_letter::{LetterContext, OpenedLetter, OpenedLetters};
use components::letter_error::LetterError;
use components::opened_banner::OpenedBanner;
use components::site_footer::SiteFooter;
use components::site_header::SiteHeader;
use components::stored_letter_unavailable::StoredLetterUnavailable;
use components::view_unavailable::ViewUnavailable;
use nav::{Navigation, use_navigation};
use query::{Ignored, Lang, ViewQuery};
use routes::Page;
use routes::commitments::CommitmentsPage;
use routes::letter::LetterPage;
use routes::map::MapPage;
use routes::mission::MissionPage;
use routes::not_found::NotFound;
use routes::open::OpenPage;
use routes::overview::Overview;
use routes::search::SearchPage;
use routes::timeline::TimelinePage;

/// The href of an app path such as `/` or `/missions/minusma/`: under the site's base path,
/// or in the fragment when the page was opened from disk.
pub fn href(path: &str) -> String {
    use_navigation().href(path)
}

/// The href of an app path with a view query (language, filters) appended.
pub fn href_with(path: &str, query: &ViewQuery) -> String {
    href(&format!("{path}{}", query.to_query_string()))
}

/// The letter from context; every route is rendered inside [`App`], which provides it.
pub fn use_letter() -> Arc<Letter> {
    expect_context::<LetterContext>().letter()
}

/// The view query of the current URL and its language, read once for the whole page.
#[derive(Clone, Copy)]
struct ViewQueryContext {
    query: Memo<(ViewQuery, Vec<Ignored>)>,
    lang: Memo<Lang>,
    carried: Memo<ViewQuery>,
}

/// The view query of the current URL, with what it could not understand.
pub fn use_view_query() -> Memo<(ViewQuery, Vec<Ignored>)> {
    expect_context::<ViewQueryContext>().query
}

/// What every link within the app keeps of the current URL's query: the language and the
/// letter ([`ViewQuery::carried`]). It changes only when one of those does.
pub fn use_link_query() -> Memo<ViewQuery> {
    expect_context::<ViewQueryContext>().carried
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
    let url = use_navigation().url();
    let regions: Vec<String> = use_context::<LetterContext>()
        .map(|c| c.letter().regions.iter().map(|r| r.id.clone()).collect())
        .unwrap_or_default();
    let query = Memo::new(move |_| {
        let known: Vec<&str> = regions.iter().map(String::as_str).collect();
        let pairs = url.with(|url| nav::decode_query(&url.query));
        ViewQuery::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), &known)
    });
    let lang = Memo::new(move |_| query.with(|(q, _)| q.lang));
    let carried = Memo::new(move |_| query.with(|(q, _)| q.carried()));
    provide_context(ViewQueryContext { query, lang, carried });
    children()
}

/// The whole app: navigation at the host's base path, and the page frame around the views,
/// for the letter the URL names.
///
/// The built-in letter comes parsed from the build ([`embedded`]): reading it takes a few
/// milliseconds, so there is no loading state to show. A letter the reader opened (`?letter=`)
/// is in memory once read; after a reload it is read from the browser's storage and parsed
/// again, in the parser's chunk ([`open_parser::open_stored`]).
#[component]
pub fn App() -> impl IntoView {
    let navigation = Navigation::start();
    provide_context(navigation);
    let opened_letters = OpenedLetters::new();
    provide_context(opened_letters);
    let builtin = embedded::letter().map(Arc::new);
    let ready = RwSignal::new(false);
    provide_context(ViewReady(ready));
    // The pre-rendered page goes in the same task as the app appears, so nothing flashes.
    Effect::new(move |_| {
        if ready.get() {
            remove_prerendered();
            // The page's inline script registers the service worker on this event, so that
            // precaching the site never competes with the app's own start.
            if let Ok(event) = web_sys::Event::new("mk-ready") {
                let _ = window().dispatch_event(&event);
            }
        }
    });
    // Which letter: the frame is built again only when the letter changes, not the view.
    let url = navigation.url();
    let letter_id = Memo::new(move |_| {
        url.with(|url| {
            nav::decode_query(&url.query)
                .into_iter()
                .find(|(key, value)| key == "letter" && query::is_letter_id(value))
                .map(|(_, value)| value)
        })
    });
    let frame = move || {
        let builtin = builtin.clone();
        let Some(id) = letter_id.get() else {
            return view! { <LetterFrame letter=builtin.ok() /> }.into_any();
        };
        if let Some((letter, opened)) = opened_letters.get(&id) {
            return view! { <LetterFrame letter=Some(letter) opened /> }.into_any();
        }
        view! {
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    match open_parser::open_stored(id).await {
                        Ok((letter, opened)) => {
                            let letter = Arc::new(letter);
                            opened_letters.remember(letter.clone(), opened.clone());
                            view! { <LetterFrame letter=Some(letter) opened /> }.into_any()
                        }
                        Err(problem) => view! { <LetterFrame letter=builtin.ok() problem /> }.into_any(),
                    }
                })}
            </Suspense>
        }
        .into_any()
    };
    view! { <div class="mk-app" hidden=move || !ready.get()>{frame}</div> }
}

/// The page frame (header, banner, view, footer) around one letter; without a letter (the
/// built-in one could not be read) the views say so.
#[component]
fn LetterFrame(
    /// The letter the views show.
    letter: Option<Arc<Letter>>,
    /// Which opened letter it is; `None` for the built-in one.
    #[prop(optional)]
    opened: Option<OpenedLetter>,
    /// Why the letter the URL names is not shown.
    #[prop(optional)]
    problem: Option<open_parser::StoredLetterProblem>,
) -> impl IntoView {
    let is_builtin = opened.is_none();
    let mut meta = letter.as_ref().map(|l| l.meta.clone()).unwrap_or_else(embedded::meta);
    if let Some(OpenedLetter { title: Some(title), .. }) = &opened {
        meta.title.clone_from(title);
    }
    if let Some(letter) = letter {
        provide_context(LetterContext::new(letter, opened));
    }
    view! {
        <ViewQueryScope>
            <DocumentHead />
            <SiteHeader />
            <OpenedBanner />
            <main id="main" class="mk-main" tabindex="-1">
                {match problem {
                    Some(problem) => view! { <StoredLetterUnavailable problem /><MarkReady /> }.into_any(),
                    None => view! { <AppRoutes /> }.into_any(),
                }}
            </main>
            <SiteFooter meta downloads=is_builtin />
        </ViewQueryScope>
    }
}

/// Keeps `<html lang>`, the title and the description in step with the page and the
/// interface language, for screen readers, tabs and history.
#[component]
fn DocumentHead() -> impl IntoView {
    let lang = use_lang();
    let url = use_navigation().url();
    let letter = use_context::<LetterContext>();
    Effect::new(move |_| {
        let lang = lang.get();
        let document = document();
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        let Some(letter) = letter else { return };
        let page = url.with(|url| Page::of(&url.path));
        let mut meta = page_meta::page_meta(&page, &letter.letter(), lang);
        // An opened letter's overview is named by the letter, not by the built-in one's title.
        if let (Page::Overview, Some(opened)) = (&page, letter.opened()) {
            let title = opened.title.unwrap_or_else(|| i18n::t(lang, i18n::Text::UntitledLetter).to_owned());
            meta.title = format!("{title} · missiekaart");
        }
        document.set_title(&meta.title);
        if let Ok(Some(description)) = document.query_selector("meta[name=\"description\"]") {
            let _ = description.set_attribute("content", &meta.description);
        }
    });
}

/// Removes the markup the build pre-rendered into the page (see `xtask/src/site.rs`), once the
/// app shows the same page. A reader who already tabbed into the page keeps their place: the
/// element at the same position in the app's markup takes the focus.
fn remove_prerendered() {
    let document = document();
    let Some(prerendered) = document.get_element_by_id("mk-prerendered") else { return };
    let focused = document.active_element().filter(|active| prerendered.contains(Some(active)));
    let position = focused.and_then(|active| position_within(&prerendered, &active));
    prerendered.remove();
    let app = document.query_selector(".mk-app").ok().flatten();
    if let (Some(app), Some(position)) = (app, position) {
        let target = position.iter().try_fold(app, |element, &i| element.children().item(i));
        if let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = target.focus();
        }
    }
}

/// The child indices that lead from the pre-rendered root's first element (the snapshot of
/// the app's root) down to `element`.
fn position_within(prerendered: &web_sys::Element, element: &web_sys::Element) -> Option<Vec<u32>> {
    let root = prerendered.first_element_child()?;
    let mut position = Vec::new();
    let mut current = element.clone();
    while current != root {
        let parent = current.parent_element()?;
        let siblings = parent.children();
        let index = (0..siblings.length()).find(|&i| siblings.item(i).as_ref() == Some(&current))?;
        position.push(index);
        current = parent;
    }
    position.reverse();
    Some(position)
}

/// The view of the current path, once the letter is parsed; or why it could not be. A view
/// is built again only when the page changes, not when the query or fragment does.
///
/// The overview and the not-found view come with the app; the other views load their code
/// when first shown ([`lazy_views`]), which keeps the first load small.
#[component]
fn AppRoutes() -> impl IntoView {
    if use_context::<LetterContext>().is_none() {
        let message = embedded::letter().err().unwrap_or_default();
        return view! { <LetterError message /><MarkReady /> }.into_any();
    }
    let url = use_navigation().url();
    let page = Memo::new(move |_| url.with(|url| Page::of(&url.path)));
    // Bumped by "try again" when a view's code could not be fetched.
    let attempt = RwSignal::new(0_u32);
    (move || {
        attempt.track();
        match page.get() {
            Page::Overview => view! { <Overview /><MarkReady /> }.into_any(),
            Page::NotFound => view! { <NotFound /><MarkReady /> }.into_any(),
            lazy => view! {
                <Suspense fallback=|| ()>
                    {Suspend::new(async move {
                        let loaded = match lazy {
                            Page::Timeline => lazy_views::timeline().await,
                            Page::Map => lazy_views::map().await,
                            Page::Commitments => lazy_views::commitments().await,
                            Page::Letter => lazy_views::letter().await,
                            Page::Search => lazy_views::search().await,
                            Page::Open => lazy_views::open().await,
                            Page::Mission(id) => lazy_views::mission(id).await,
                            Page::Overview | Page::NotFound => unreachable!("shown above"),
                        };
                        match loaded {
                            Ok(view) => view! { {view}<MarkReady /> }.into_any(),
                            Err(_) => {
                                let retry = move || attempt.update(|n| *n += 1);
                                view! { <ViewUnavailable retry /><MarkReady /> }.into_any()
                            }
                        }
                    })}
                </Suspense>
            }
            .into_any(),
        }
    })
    .into_any()
}

/// The views whose code wasm-split moves out of the main module into chunks, fetched the first
/// time one is shown (natively, plain calls). They are `fallible`, unlike Leptos' `#[lazy]`: a
/// chunk that cannot be fetched (offline before the service worker has the site) gives an
/// error to show, where `#[lazy]` would panic and stop the app.
mod lazy_views {
    use super::*;
    use leptos::wasm_split::{SplitLoaderError, wasm_split};

    /// A view, or why its code could not be fetched.
    pub type Loaded = Result<AnyView, SplitLoaderError>;

    #[wasm_split(mk_timeline, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn timeline() -> Loaded {
        Ok(view! { <TimelinePage /> }.into_any())
    }

    #[wasm_split(mk_map, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn map() -> Loaded {
        Ok(view! { <MapPage /> }.into_any())
    }

    #[wasm_split(mk_commitments, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn commitments() -> Loaded {
        Ok(view! { <CommitmentsPage /> }.into_any())
    }

    #[wasm_split(mk_letter, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn letter() -> Loaded {
        Ok(view! { <LetterPage /> }.into_any())
    }

    #[wasm_split(mk_search, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn search() -> Loaded {
        Ok(view! { <SearchPage /> }.into_any())
    }

    #[wasm_split(mk_open, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn open() -> Loaded {
        Ok(view! { <OpenPage /> }.into_any())
    }

    #[wasm_split(mk_mission, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn mission(id: String) -> Loaded {
        Ok(view! { <MissionPage id /> }.into_any())
    }
}

/// Whether the page's view is in place: until then the app stays hidden behind the
/// pre-rendered page, so a view whose code is still loading never shows as a blank page.
#[derive(Clone, Copy)]
struct ViewReady(RwSignal<bool>);

/// Rendered after a page's view: says the view is in place.
#[component]
fn MarkReady() -> impl IntoView {
    let ViewReady(ready) = expect_context();
    Effect::new(move |_| ready.set(true));
}
