//! Building the static site.
//!
//! [`wasm::build`] builds the app; [`assets`] turns `index.html` into the page template
//! (`<base>`, the hashed stylesheet, the copied files, the tags that load the wasm). Then:
//! 1. the exports (JSON, CSV, iCalendar) go to `downloads/`;
//! 2. every entry path gets its own `index.html`; Chromium renders each one with the app and
//!    [`prerender`] writes the result into the file, with the page's own title, description,
//!    canonical URL and Open Graph and Twitter tags, and a preview card;
//! 3. the service worker is written last, with a version hashed from every file it precaches.
//!
//! [`single_file`] turns a built site into one HTML file that opens from disk.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use kamerbrief::Letter;
use kamerbrief::export::{Format, Links, export};

use crate::host::normalise_prefix;
use crate::{host, root, say, tools, wasm};

mod assets;
mod csp;
mod prerender;
mod service_worker;
mod single_file;

pub use service_worker::Fnv;
pub use single_file::single_file;

/// Where a built site will be published.
#[derive(Debug, Clone)]
pub struct Site {
    /// The path the site lives under, such as `/missiekaart/`.
    pub public_url: String,
    /// The scheme and host it is published at, for canonical URLs and link previews, such as
    /// `https://example.github.io`; without it, pages have neither.
    pub origin: Option<String>,
}

impl Site {
    /// The absolute URL of a path under the site, such as `missions/minusma/`, when the
    /// origin is known.
    pub fn absolute(&self, path: &str) -> Option<String> {
        let origin = self.origin.as_deref()?;
        Some(format!("{}{}{}", origin.trim_end_matches('/'), self.public_url, path.trim_start_matches('/')))
    }
}

/// The exports the site offers, as (file name under `downloads/`, format, link title).
const DOWNLOADS: [(&str, Format, &str); 3] = [
    ("missiekaart-2018.json", Format::Json, "JSON"),
    ("missies-2018.csv", Format::Csv, "CSV"),
    ("missies-2018.ics", Format::Ics, "iCalendar"),
];

/// Builds the release site into `dist` for `site`, with the tools [`tools::ensure_build_tools`]
/// installed.
pub fn build(site: &Site, dist: &Path) -> Result<()> {
    let public_url = normalise_prefix(&site.public_url);
    let site = Site { public_url: public_url.clone(), origin: site.origin.clone() };
    let at =
        site.absolute("").unwrap_or_else(|| format!("{public_url} (no origin: no canonical URLs or link previews)"));
    say(&format!("building the release site for {at} into {}", dist.display()));
    let _ = std::fs::remove_dir_all(dist);
    std::fs::create_dir_all(dist)?;
    let wasm = wasm::build(dist)?;
    let template = assets::template(&public_url, dist)?;
    let template = template.replacen("</head>", &format!("{}</head>", wasm.head_tags(&public_url)), 1);
    let letter = letter()?;

    let downloads = dist.join("downloads");
    std::fs::create_dir_all(&downloads)?;
    let links = Links { letter_page: site.absolute("letter/") };
    for (file, format, _) in DOWNLOADS {
        let text = export(&letter, format, &links).map_err(anyhow::Error::msg)?;
        std::fs::write(downloads.join(file), text).with_context(|| format!("writing downloads/{file}"))?;
    }
    let alternates: String = DOWNLOADS
        .iter()
        .map(|&(file, format, title)| download_link(file, format, title, &format!("{public_url}downloads/{file}")))
        .collect();
    let template = template.replace("</head>", &format!("{alternates}</head>"));

    // A static host answers unknown paths with 404.html: the app, which shows its not-found
    // view with a suggestion for the path asked.
    std::fs::write(dist.join("404.html"), &template).context("writing 404.html")?;
    // Every shareable path exists as a file, so a static host answers it with 200.
    let paths = entry_paths(&letter);
    for path in &paths {
        let dir = dist.join(path);
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join("index.html"), &template).with_context(|| format!("writing {path}index.html"))?;
    }
    prerender::run(&site, dist, &template, &paths)?;
    csp::apply(dist)?;
    service_worker::write(dist)
}

/// The development build, into the folder Trunk stages (`trunk serve`, see `Trunk.toml`):
/// Trunk has written `index.html` there (with its live-reload script); this builds the same
/// split wasm as the release (quicker, with the `wasm-dev` profile unless Trunk builds with
/// `--release`), copies the files the page names, and puts the tags that load the wasm in the
/// page. No pre-rendering, exports, service worker or security policy: Trunk's inline reload
/// script and its reloads would fight them.
pub fn dev_build(staging: &Path, public_url: &str, profile: wasm::Profile) -> Result<()> {
    let public_url = normalise_prefix(public_url);
    let page = staging.join("index.html");
    let staged = std::fs::read_to_string(&page).with_context(|| format!("reading {}", page.display()))?;
    let wasm = wasm::build_with(staging, profile)?;
    let html = without_service_worker(&assets::template_from(&staged, &public_url, staging)?);
    let html = html.replacen("</head>", &format!("{}</head>", wasm.head_tags(&public_url)), 1);
    std::fs::write(&page, html).context("writing the staged index.html")?;
    say(&format!("development build in {}", staging.display()));
    Ok(())
}

/// The page without the script that registers the service worker: in development there is
/// none (and Trunk serves on its own port, so no release build's worker answers it).
fn without_service_worker(html: &str) -> String {
    let registers = html.find("serviceWorker.register");
    let start = registers.and_then(|at| html[..at].rfind("<script>"));
    let end = registers.and_then(|at| html[at..].find("</script>").map(|len| at + len + "</script>".len()));
    match (start, end) {
        (Some(start), Some(end)) => format!("{}{}", &html[..start], &html[end..]),
        _ => html.to_owned(),
    }
}

/// The letter, parsed natively, as the app parses it in the browser.
pub fn letter() -> Result<Letter> {
    let root = root();
    let text = std::fs::read_to_string(root.join("data/kamerbrief-missies-2018.txt"))?;
    let meta =
        kamerbrief::meta_from_json(&std::fs::read_to_string(root.join("data/kamerbrief-missies-2018.meta.json"))?)
            .map_err(anyhow::Error::msg)?;
    Ok(kamerbrief::parse(&text, meta, &kamerbrief::Lexicon::builtin())?)
}

/// The app's paths that get their own pre-rendered page, relative to the site and ending in
/// `/`: the overview (`""`), each view, and each mission the letter names.
pub fn entry_paths(letter: &Letter) -> Vec<String> {
    let mut paths: Vec<String> = ["", "timeline/", "map/", "commitments/", "letter/", "search/", "open/"]
        .iter()
        .map(|p| p.to_string())
        .collect();
    paths.extend(letter.missions.iter().map(|m| format!("missions/{}/", m.id)));
    paths
}

/// The value of ` name="…"` in an HTML tag's text, if it has one.
pub fn html_attribute(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    tag[start..].find('"').map(|len| tag[start..start + len].to_owned())
}

/// The `<link rel="alternate">` that offers an export at `href`; the app's footer lists these.
fn download_link(file: &str, format: Format, title: &str, href: &str) -> String {
    let media_type = format.media_type().split(';').next().unwrap_or_default();
    format!("<link rel=\"alternate\" type=\"{media_type}\" href=\"{href}\" title=\"{title}\" data-file=\"{file}\" />")
}

/// Escapes text for an HTML attribute or text node.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_development_page_registers_no_service_worker() {
        let html = "<head><script>a()</script><script>\n  navigator.serviceWorker.register('sw.js');\n</script></head>";
        assert_eq!(without_service_worker(html), "<head><script>a()</script></head>");
        assert_eq!(without_service_worker("<head></head>"), "<head></head>");
    }

    #[test]
    fn ok_html_attribute() {
        let tag = "<link data-build rel=\"css\" href=\"style/main.css\" />";
        assert_eq!(html_attribute(tag, "rel").as_deref(), Some("css"));
        assert_eq!(html_attribute(tag, "href").as_deref(), Some("style/main.css"));
        assert_eq!(html_attribute(tag, "title"), None);
    }

    #[test]
    fn ok_base64() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn ok_absolute_urls() {
        let site = Site { public_url: "/x/".into(), origin: Some("https://example.org/".into()) };
        assert_eq!(site.absolute("").as_deref(), Some("https://example.org/x/"));
        assert_eq!(site.absolute("missions/minusma/").as_deref(), Some("https://example.org/x/missions/minusma/"));
        let no_origin = Site { public_url: "/x/".into(), origin: None };
        assert_eq!(no_origin.absolute("letter/"), None);
    }
}
