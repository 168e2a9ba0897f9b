//! missiekaart: the cabinet's letter on mission contributions in 2018, as an app.
//!
//! `main.rs` only mounts [`App`]. Routes live in [`routes`], one module per route; shared
//! pieces of page in [`components`], one component per file. Logic that does not need the
//! DOM is in plain modules ([`base_path`], [`labels`], [`embedded`]) with native tests.

pub mod base_path;
pub mod components;
pub mod embedded;
pub mod labels;
pub mod routes;

use std::sync::Arc;

use kamerbrief::Letter;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use components::letter_error::LetterError;
use components::site_footer::SiteFooter;
use components::site_header::SiteHeader;
use routes::not_found::NotFound;
use routes::overview::Overview;

/// The parsed letter, shared by every route. Parsed once at start: it takes well under a
/// millisecond, so there is no loading state to show.
#[derive(Clone, Copy)]
pub struct LetterContext {
    letter: StoredValue<Arc<Letter>>,
}

impl LetterContext {
    /// The letter.
    pub fn get(&self) -> Arc<Letter> {
        self.letter.get_value()
    }
}

/// The router base of the site, for links: the router leaves absolute paths alone.
#[derive(Clone, Copy)]
pub struct SiteBase(StoredValue<String>);

/// The href of an app path such as `/` or `/missions/minusma`, under the site's base path.
pub fn href(path: &str) -> String {
    let base = expect_context::<SiteBase>();
    base_path::join(&base.0.get_value(), path)
}

/// The letter from context; every route is rendered inside [`App`], which provides it.
pub fn use_letter() -> Arc<Letter> {
    expect_context::<LetterContext>().get()
}

/// The whole app: the router at the host's base path, and the page frame around the routes.
#[component]
pub fn App() -> impl IntoView {
    let base = base_path::router_base(&document_base_uri());
    provide_context(SiteBase(StoredValue::new(base.clone())));
    view! {
        <Router base>
            <SiteHeader />
            <main id="main" class="mk-main" tabindex="-1">
                <AppRoutes />
            </main>
            <SiteFooter meta=embedded::meta() />
        </Router>
    }
}

/// The routes, once the letter is parsed; or why it could not be.
#[component]
fn AppRoutes() -> impl IntoView {
    match embedded::letter() {
        Ok(letter) => {
            provide_context(LetterContext { letter: StoredValue::new(Arc::new(letter)) });
            view! {
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Overview />
                </Routes>
            }
            .into_any()
        }
        Err(message) => view! { <LetterError message /> }.into_any(),
    }
}

/// The document's base URI, which Trunk's `--public-url` sets through `<base href>`.
fn document_base_uri() -> String {
    leptos::prelude::document().base_uri().ok().flatten().unwrap_or_default()
}
