//! Where the app is in the URL, and how it moves.
//!
//! The app keeps its own small router rather than `leptos_router`, for two reasons:
//! - the single-file build opens from `file://`, where browsers forbid changing the path
//!   with `history.pushState`; there the app's path lives in the fragment
//!   (`index.html#/missions/minusma/?lang=en`), which [`UrlMode::Fragment`] reads and writes;
//! - every view is one match on [`crate::routes::Page`], and SVG links (timeline marks, map
//!   markers) are followed like HTML ones, by one click handler.
//!
//! The URL maths is plain functions ([`UrlMode`], [`AppUrl`], [`decode_query`]) with native
//! tests; [`Navigation`] wires them to the browser.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Where the app keeps its own path inside the page's URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlMode {
    /// In the path, under the site's base path, such as `/missiekaart` (or `""` at a root).
    Path {
        /// The base path, without the trailing slash.
        base: String,
    },
    /// In the fragment: `#/timeline/?org=nato`. Used when the page is opened from disk.
    Fragment,
}

/// A place in the app: its path (`/`, `/missions/minusma/`), its query without the `?`, and
/// its fragment without the `#`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AppUrl {
    /// The app's path, always starting with `/`, percent-decoded.
    pub path: String,
    /// The query, still encoded, without the `?`.
    pub query: String,
    /// The fragment, without the `#`.
    pub fragment: String,
}

impl UrlMode {
    /// Reads an href as the app writes it (see [`UrlMode::href`]), or a location's
    /// `pathname + search + hash`.
    pub fn read(&self, href: &str) -> AppUrl {
        match self {
            UrlMode::Path { base } => {
                let (rest, fragment) = href.split_once('#').unwrap_or((href, ""));
                let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
                let path =
                    path.strip_prefix(base.as_str()).filter(|p| p.is_empty() || p.starts_with('/')).unwrap_or(path);
                AppUrl { path: app_path(path), query: query.to_owned(), fragment: fragment.to_owned() }
            }
            UrlMode::Fragment => {
                let inner = href.split_once('#').map_or("", |(_, inner)| inner);
                let (rest, fragment) = inner.split_once('#').unwrap_or((inner, ""));
                let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
                AppUrl { path: app_path(path), query: query.to_owned(), fragment: fragment.to_owned() }
            }
        }
    }

    /// The href of an app path, which may carry its own `?query` and `#fragment`.
    pub fn href(&self, path: &str) -> String {
        let path = if path.starts_with('/') { path.to_owned() } else { format!("/{path}") };
        match self {
            UrlMode::Path { base } => format!("{base}{path}"),
            UrlMode::Fragment => format!("#{path}"),
        }
    }
}

impl AppUrl {
    /// The path, query and fragment as one app path, for [`UrlMode::href`].
    pub fn to_app_path(&self) -> String {
        let mut out = self.path.clone();
        if !self.query.is_empty() {
            out.push('?');
            out.push_str(&self.query);
        }
        if !self.fragment.is_empty() {
            out.push('#');
            out.push_str(&self.fragment);
        }
        out
    }
}

/// The app path of a URL path: percent-decoded, starting with `/`, and with a trailing
/// `index.html` (which some hosts show) dropped.
fn app_path(path: &str) -> String {
    let path = path.strip_suffix("index.html").unwrap_or(path);
    let path = percent_decode(path);
    if path.starts_with('/') { path } else { format!("/{path}") }
}

/// The `(key, value)` pairs of a query string (without its `?`), percent-decoded, with `+`
/// read as a space. Bytes that do not decode to UTF-8 are replaced, never a panic.
pub fn decode_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(&key.replace('+', " ")), percent_decode(&value.replace('+', " ")))
        })
        .collect()
}

/// Decodes `%XX` escapes; a `%` that starts no escape stays as it is.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// How a navigation behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NavOptions {
    /// Replace the current history entry rather than add one (filter changes, zooming).
    pub replace: bool,
    /// Scroll to the top when the path changes.
    pub scroll: bool,
}

impl Default for NavOptions {
    fn default() -> Self {
        NavOptions { replace: false, scroll: true }
    }
}

impl NavOptions {
    /// For changes of state within one view: no new history entry, no scrolling.
    pub const IN_PLACE: NavOptions = NavOptions { replace: true, scroll: false };
}

/// The app's place, in context. `Copy`, so closures can hold it.
#[derive(Clone, Copy)]
pub struct Navigation {
    mode: StoredValue<UrlMode>,
    url: RwSignal<AppUrl>,
    /// A new version of the site took over while this page was open (see
    /// [`watch_for_new_version`]): the next link is followed by the browser, which loads it.
    new_version: StoredValue<bool>,
}

impl Navigation {
    /// Reads the page's URL and starts following it: back and forward, fragment changes and
    /// clicks on the app's own links, HTML or SVG.
    pub fn start() -> Navigation {
        let location = window().location();
        let mode = if location.protocol().is_ok_and(|p| p == "file:") {
            UrlMode::Fragment
        } else {
            let base_uri = document().base_uri().ok().flatten().unwrap_or_default();
            UrlMode::Path { base: crate::base_path::router_base(&base_uri) }
        };
        let navigation = Navigation {
            mode: StoredValue::new(mode),
            url: RwSignal::new(AppUrl::default()),
            new_version: StoredValue::new(false),
        };
        watch_for_new_version(navigation.new_version);
        navigation.sync_with_location();
        // The listeners live as long as the app, which is never unmounted.
        window_event_listener(leptos::ev::popstate, move |_| navigation.sync_with_location());
        window_event_listener(leptos::ev::hashchange, move |_| navigation.sync_with_location());
        window_event_listener(leptos::ev::click, move |event| navigation.follow_link(&event));
        navigation
    }

    /// Whether the page was opened from disk (`file://`), where a link cannot be shared.
    pub fn in_file(self) -> bool {
        self.mode.with_value(|mode| *mode == UrlMode::Fragment)
    }

    /// The current place, tracked.
    pub fn url(self) -> Signal<AppUrl> {
        self.url.into()
    }

    /// The href of an app path, for links.
    pub fn href(self, path: &str) -> String {
        self.mode.with_value(|mode| mode.href(path))
    }

    /// The href of the current view with another query: the same path, no fragment.
    pub fn here_with(self, query: &crate::query::ViewQuery) -> String {
        let path = self.url.with_untracked(|url| url.path.clone());
        self.href(&format!("{path}{}", query.to_query_string()))
    }

    /// Goes to `href`, an href the app wrote with [`Navigation::href`].
    pub fn navigate(self, href: &str, options: NavOptions) {
        let target = self.mode.with_value(|mode| mode.read(href));
        let full = self.href(&target.to_app_path());
        if let Ok(history) = window().history() {
            let done = if options.replace {
                history.replace_state_with_url(&JsValue::NULL, "", Some(&full))
            } else {
                history.push_state_with_url(&JsValue::NULL, "", Some(&full))
            };
            if done.is_err() {
                // Should the browser refuse the URL, the view still follows the link.
                leptos::logging::warn!("could not write {full} to the address bar");
            }
        }
        let path_changed = self.url.with_untracked(|now| now.path != target.path);
        self.set(target);
        if path_changed && options.scroll {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    }

    fn set(self, url: AppUrl) {
        if self.url.with_untracked(|now| *now != url) {
            self.url.set(url);
        }
    }

    fn sync_with_location(self) {
        let location = window().location();
        let part = |value: Result<String, JsValue>| value.unwrap_or_default();
        let href = format!("{}{}{}", part(location.pathname()), part(location.search()), part(location.hash()));
        self.set(self.mode.with_value(|mode| mode.read(&href)));
    }

    /// Follows a click on one of the app's own links without reloading the page. Links
    /// elsewhere, downloads, files, new-tab clicks and fragment-mode links (which the browser
    /// follows itself, firing `hashchange`) are left to the browser.
    fn follow_link(self, event: &leptos::ev::MouseEvent) {
        if event.default_prevented()
            || event.button() != 0
            || event.ctrl_key()
            || event.meta_key()
            || event.shift_key()
            || event.alt_key()
        {
            return;
        }
        let Some(base) = self.mode.with_value(|mode| match mode {
            UrlMode::Path { base } => Some(base.clone()),
            UrlMode::Fragment => None,
        }) else {
            return;
        };
        let anchor = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a[href]").ok().flatten());
        let Some(anchor) = anchor else { return };
        if anchor.has_attribute("download") || anchor.get_attribute("target").is_some_and(|t| t != "_self") {
            return;
        }
        let Some(attribute) = anchor.get_attribute("href") else { return };
        let base_uri = document().base_uri().ok().flatten().unwrap_or_default();
        let Ok(url) = web_sys::Url::new_with_base(&attribute, &base_uri) else { return };
        let same_origin = window().location().origin().is_ok_and(|origin| origin == url.origin());
        let path = url.pathname();
        let in_app = path == base || path.starts_with(&format!("{base}/"));
        let is_file = path.rsplit('/').next().is_some_and(|last| last.contains('.') && last != "index.html");
        // After a deploy, the page loads the new version rather than mixing it with this one.
        if !same_origin || !in_app || is_file || self.new_version.get_value() {
            return;
        }
        event.prevent_default();
        self.navigate(&format!("{path}{}{}", url.search(), url.hash()), NavOptions::default());
    }
}

/// Sets `new_version` when a new service worker takes control of a page that an older one
/// controlled: a new version of the site was deployed while the page was open. The page keeps
/// working on its own version (the worker keeps the previous version's files), and the next
/// link the reader follows loads the new one. The first worker to control a page, on a first
/// visit, is the page's own version and changes nothing.
fn watch_for_new_version(new_version: StoredValue<bool>) {
    let Some(container) = service_workers() else { return };
    let mut controlled = container.controller().is_some();
    // Lives as long as the page.
    gloo_events::EventListener::new(&container, "controllerchange", move |_| {
        if controlled {
            new_version.set_value(true);
        }
        controlled = true;
    })
    .forget();
}

/// The page's service workers, where the browser has them (not in a page opened from disk,
/// nor in some private windows).
pub fn service_workers() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = window().navigator();
    js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false).then(|| navigator.service_worker())
}

/// Moves focus to the element with `id`: what a skip link does. A plain `#id` href would
/// resolve against `<base href>` and leave the page.
pub fn focus_by_id(id: &str) {
    let target = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(target) = target {
        let _ = target.focus();
    }
}

/// The app's navigation, from context.
pub fn use_navigation() -> Navigation {
    expect_context::<Navigation>()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path_mode() -> UrlMode {
        UrlMode::Path { base: "/missiekaart".into() }
    }

    fn url(path: &str, query: &str, fragment: &str) -> AppUrl {
        AppUrl { path: path.into(), query: query.into(), fragment: fragment.into() }
    }

    #[test]
    fn ok_path_mode_reads_under_the_base() {
        let mode = path_mode();
        assert_eq!(mode.read("/missiekaart/"), url("/", "", ""));
        assert_eq!(mode.read("/missiekaart"), url("/", "", ""));
        assert_eq!(mode.read("/missiekaart/timeline/?org=nato"), url("/timeline/", "org=nato", ""));
        assert_eq!(mode.read("/missiekaart/letter/?lang=en#s-42"), url("/letter/", "lang=en", "s-42"));
        assert_eq!(mode.read("/missiekaart/index.html"), url("/", "", ""));
        assert_eq!(mode.read("/missiekaart/missions/minusm%C3%A1/"), url("/missions/minusmá/", "", ""));
    }

    #[test]
    fn ok_path_mode_at_a_root_host() {
        let mode = UrlMode::Path { base: String::new() };
        assert_eq!(mode.read("/map/"), url("/map/", "", ""));
        assert_eq!(mode.href("/map/"), "/map/");
    }

    #[test]
    fn ok_base_is_matched_by_whole_segments() {
        // "/missiekaartje/" is not under "/missiekaart".
        assert_eq!(path_mode().read("/missiekaartje/"), url("/missiekaartje/", "", ""));
    }

    #[test]
    fn ok_fragment_mode_reads_the_fragment() {
        let mode = UrlMode::Fragment;
        assert_eq!(mode.read("/home/me/index.html"), url("/", "", ""));
        assert_eq!(mode.read("/home/me/index.html#/timeline/?org=nato"), url("/timeline/", "org=nato", ""));
        assert_eq!(mode.read("#/letter/#s-42"), url("/letter/", "", "s-42"));
        assert_eq!(mode.read("#/letter/?lang=en#s-42"), url("/letter/", "lang=en", "s-42"));
    }

    #[test]
    fn ok_href_round_trips() {
        for mode in [path_mode(), UrlMode::Fragment] {
            for app_path in ["/", "/timeline/?org=nato&status=past", "/letter/#s-3", "/search/?q=mali#x"] {
                let read = mode.read(&mode.href(app_path));
                assert_eq!(read.to_app_path(), app_path, "{mode:?}");
            }
        }
        assert_eq!(path_mode().href("/missions/minusma/"), "/missiekaart/missions/minusma/");
        assert_eq!(UrlMode::Fragment.href("/missions/minusma/"), "#/missions/minusma/");
    }

    #[test]
    fn ok_decode_query() {
        assert_eq!(
            decode_query("q=eucap+sahel&org=nato%2Ceu&&empty"),
            vec![("q".into(), "eucap sahel".into()), ("org".into(), "nato,eu".into()), ("empty".into(), String::new())]
        );
        assert_eq!(decode_query(""), vec![]);
    }

    #[test]
    fn err_broken_escapes_do_not_panic() {
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%FF"), "\u{fffd}");
    }
}
