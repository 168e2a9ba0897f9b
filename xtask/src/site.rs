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

/// Where a built site will be published.
#[derive(Debug, Clone)]
pub struct Site {
    /// The path the site lives under, such as `/missiekaart/`.
    pub public_url: String,
    /// The scheme and host it is published at, for canonical URLs and link previews, such as
    /// `https://example.github.io`.
    pub origin: String,
}

impl Site {
    /// The absolute URL of a path under the site, such as `missions/minusma/`.
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{}{}", self.origin.trim_end_matches('/'), self.public_url, path.trim_start_matches('/'))
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
    say(&format!("building the release site for {} into {}", site.absolute(""), dist.display()));
    let _ = std::fs::remove_dir_all(dist);
    std::fs::create_dir_all(dist)?;
    let wasm = wasm::build(dist)?;
    let template = assets::template(&public_url, dist)?;
    let template = template.replacen("</head>", &format!("{}</head>", wasm.head_tags(&public_url)), 1);
    let letter = letter()?;

    let downloads = dist.join("downloads");
    std::fs::create_dir_all(&downloads)?;
    let links = Links { letter_page: Some(site.absolute("letter/")) };
    for (file, format, _) in DOWNLOADS {
        let text = export(&letter, format, &links).map_err(anyhow::Error::msg)?;
        std::fs::write(downloads.join(file), text).with_context(|| format!("writing downloads/{file}"))?;
    }
    let alternates: String = DOWNLOADS
        .iter()
        .map(|(file, format, title)| {
            format!(
                "<link rel=\"alternate\" type=\"{}\" href=\"{public_url}downloads/{file}\" title=\"{title}\" />",
                format.media_type().split(';').next().unwrap_or_default()
            )
        })
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
    service_worker::write(dist)
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
    let mut paths: Vec<String> =
        ["", "timeline/", "map/", "letter/", "search/"].iter().map(|p| p.to_string()).collect();
    paths.extend(letter.missions.iter().map(|m| format!("missions/{}/", m.id)));
    paths
}

/// Escapes text for an HTML attribute or text node.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

mod assets {
    //! `index.html` as the page template: what its `<link data-build>` tags ask for.

    use super::*;

    /// Reads `index.html`, copies the files it names into `dist`, and returns it with the
    /// public URL in `<base>` and plain tags in place of the `data-build` ones.
    pub fn template(public_url: &str, dist: &Path) -> Result<String> {
        let source = std::fs::read_to_string(root().join("index.html")).context("reading index.html")?;
        let mut html = source.replace("<base data-public-url />", &format!("<base href=\"{}\" />", escape(public_url)));
        while let Some(start) = html.find("<link data-build ") {
            let end = start + html[start..].find("/>").context("an unclosed <link data-build>")? + 2;
            let tag = &html[start..end];
            let (rel, href) = (attribute(tag, "rel"), attribute(tag, "href"));
            let file = root().join(&href);
            let name = Path::new(&href).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let replacement = match rel.as_str() {
                "css" => {
                    let css = std::fs::read(&file).with_context(|| format!("reading {href}"))?;
                    let mut hash = Fnv::default();
                    hash.add(&css);
                    let stem = name.trim_end_matches(".css");
                    let hashed = format!("{stem}-{:016x}.css", hash.0);
                    std::fs::write(dist.join(&hashed), css)?;
                    format!("<link rel=\"stylesheet\" href=\"{public_url}{hashed}\" />")
                }
                "copy-file" => {
                    std::fs::copy(&file, dist.join(&name)).with_context(|| format!("copying {href}"))?;
                    String::new()
                }
                other => bail!("index.html: unknown <link data-build rel=\"{other}\">"),
            };
            html.replace_range(start..end, &replacement);
        }
        Ok(html.lines().filter(|l| !l.trim().is_empty()).collect::<Vec<_>>().join("\n") + "\n")
    }

    /// The value of `name="…"` in a tag, or empty.
    fn attribute(tag: &str, name: &str) -> String {
        let key = format!(" {name}=\"");
        tag.find(&key)
            .map(|i| i + key.len())
            .and_then(|start| tag[start..].find('"').map(|len| tag[start..start + len].to_owned()))
            .unwrap_or_default()
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn ok_attribute() {
            let tag = "<link data-build rel=\"css\" href=\"style/main.css\" />";
            assert_eq!(super::attribute(tag, "rel"), "css");
            assert_eq!(super::attribute(tag, "href"), "style/main.css");
            assert_eq!(super::attribute(tag, "title"), "");
        }
    }
}

mod prerender {
    //! Renders each entry page in Chromium and writes what the app showed into its file.

    use super::*;

    /// What Chromium recorded of one page.
    struct Snapshot {
        title: String,
        description: String,
        lang: String,
        body: String,
    }

    pub fn run(site: &Site, dist: &Path, template: &str, paths: &[String]) -> Result<()> {
        say(&format!("pre-rendering {} pages in Chromium", paths.len()));
        let work = root().join("target/xtask/prerender");
        std::fs::create_dir_all(&work)?;
        std::fs::create_dir_all(dist.join("cards"))?;
        std::fs::create_dir_all(dist.join("icons"))?;
        let host = host::spawn(dist, &site.public_url, 0)?;
        let pages: Vec<serde_json::Value> = paths
            .iter()
            .map(|path| {
                serde_json::json!({
                    "url": host.url(&format!("{}{path}", site.public_url)),
                    "card": dist.join("cards").join(card_name(path)),
                })
            })
            .collect();
        let icons: Vec<serde_json::Value> = [192, 512]
            .iter()
            .map(|size| {
                serde_json::json!({
                    "svg": dist.join("favicon.svg"),
                    "size": size,
                    "out": dist.join(format!("icons/icon-{size}.png")),
                })
            })
            .collect();
        let job = serde_json::json!({ "chromium": tools::chromium(), "pages": pages, "icons": icons });
        let job_path = work.join("job.json");
        let result_path = work.join("result.json");
        std::fs::write(&job_path, job.to_string())?;
        crate::run(tools::command("node").arg(root().join("xtask/prerender.mjs")).arg(&job_path).arg(&result_path))?;
        let results: Vec<serde_json::Value> = serde_json::from_str(&std::fs::read_to_string(&result_path)?)?;
        if results.len() != paths.len() {
            bail!("pre-rendering gave {} pages for {} paths", results.len(), paths.len());
        }
        for (path, result) in paths.iter().zip(&results) {
            let field = |key: &str| result[key].as_str().unwrap_or_default().to_owned();
            let snapshot = Snapshot {
                title: field("title"),
                description: field("description"),
                lang: field("lang"),
                body: field("body"),
            };
            if snapshot.title.is_empty() || snapshot.body.is_empty() {
                bail!("pre-rendering {path} gave no title or no content");
            }
            let html = page(site, template, path, &snapshot);
            std::fs::write(dist.join(path).join("index.html"), html).with_context(|| format!("writing {path}"))?;
        }
        Ok(())
    }

    /// The preview card's file name for a path: `missions/minusma/` → `minusma.png`.
    fn card_name(path: &str) -> String {
        let last = path.trim_end_matches('/').rsplit('/').next().unwrap_or_default();
        format!("{}.png", if last.is_empty() { "site" } else { last })
    }

    /// The template with the page's head tags and its pre-rendered body.
    fn page(site: &Site, template: &str, path: &str, snapshot: &Snapshot) -> String {
        let title = escape(&snapshot.title);
        let description = escape(&snapshot.description);
        let url = escape(&site.absolute(path));
        let image = escape(&site.absolute(&format!("cards/{}", card_name(path))));
        let locale = if snapshot.lang == "en" { "en_GB" } else { "nl_NL" };
        let head = format!(
            "<link rel=\"canonical\" href=\"{url}\" />\
             <meta property=\"og:type\" content=\"website\" />\
             <meta property=\"og:site_name\" content=\"missiekaart\" />\
             <meta property=\"og:locale\" content=\"{locale}\" />\
             <meta property=\"og:title\" content=\"{title}\" />\
             <meta property=\"og:description\" content=\"{description}\" />\
             <meta property=\"og:url\" content=\"{url}\" />\
             <meta property=\"og:image\" content=\"{image}\" />\
             <meta property=\"og:image:width\" content=\"1200\" />\
             <meta property=\"og:image:height\" content=\"630\" />\
             <meta name=\"twitter:card\" content=\"summary_large_image\" />\
             <meta name=\"twitter:title\" content=\"{title}\" />\
             <meta name=\"twitter:description\" content=\"{description}\" />\
             <meta name=\"twitter:image\" content=\"{image}\" />"
        );
        let mut html = replace_between(template, "<title>", "</title>", &title);
        html = replace_between(&html, "<meta name=\"description\" content=\"", "\"", &description);
        html = html.replacen("<html lang=\"en\">", &format!("<html lang=\"{}\">", escape(&snapshot.lang)), 1);
        html = html.replacen("</head>", &format!("{head}</head>"), 1);
        // The app replaces this wrapper with the same markup when it starts (see `main.rs`).
        html.replacen("<body>", &format!("<body><div id=\"mk-prerendered\">{}</div>", snapshot.body), 1)
    }

    /// `text` with what lies between the first `open` and the next `close` replaced.
    fn replace_between(text: &str, open: &str, close: &str, with: &str) -> String {
        let Some(start) = text.find(open).map(|i| i + open.len()) else { return text.to_owned() };
        let Some(len) = text[start..].find(close) else { return text.to_owned() };
        format!("{}{with}{}", &text[..start], &text[start + len..])
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn ok_page_has_its_own_head_and_body() {
            let site = Site { public_url: "/x/".into(), origin: "https://example.org".into() };
            let template = "<html lang=\"en\"><head><title>t</title><meta name=\"description\" content=\"d\" /></head><body><noscript>n</noscript></body></html>";
            let snapshot = Snapshot {
                title: "MINUSMA · missiekaart".into(),
                description: "Het kabinet zal \"besluiten\" <nu>.".into(),
                lang: "nl".into(),
                body: "<main>MINUSMA</main>".into(),
            };
            let html = page(&site, template, "missions/minusma/", &snapshot);
            assert!(html.starts_with("<html lang=\"nl\">"), "{html}");
            assert!(html.contains("<title>MINUSMA · missiekaart</title>"), "{html}");
            assert!(html.contains("content=\"Het kabinet zal &quot;besluiten&quot; &lt;nu&gt;.\""), "{html}");
            assert!(html.contains("<link rel=\"canonical\" href=\"https://example.org/x/missions/minusma/\" />"));
            assert!(html.contains("og:image\" content=\"https://example.org/x/cards/minusma.png\""), "{html}");
            assert!(html.contains("<body><div id=\"mk-prerendered\"><main>MINUSMA</main></div><noscript>"), "{html}");
        }

        #[test]
        fn ok_card_names() {
            assert_eq!(card_name(""), "site.png");
            assert_eq!(card_name("timeline/"), "timeline.png");
            assert_eq!(card_name("missions/minusma/"), "minusma.png");
        }
    }
}

pub use service_worker::Fnv;

mod service_worker {
    //! `sw.js`: precaches every built file, versioned by their content.

    use super::*;

    pub fn write(dist: &Path) -> Result<()> {
        let mut files = Vec::new();
        list_files(dist, dist, &mut files)?;
        files.sort();
        let mut version = Fnv::default();
        for file in &files {
            version.add(file.as_bytes());
            version.add(&std::fs::read(dist.join(file))?);
        }
        let list = serde_json::to_string(&files)?;
        let template = std::fs::read_to_string(root().join("xtask/sw.js")).context("reading xtask/sw.js")?;
        let script = template.replace("'__VERSION__'", &format!("'{:016x}'", version.0)).replace("__FILES__", &list);
        std::fs::write(dist.join("sw.js"), script).context("writing sw.js")?;
        say(&format!("service worker precaches {} files, version {:016x}", files.len(), version.0));
        Ok(())
    }

    /// Every file under `dir`, relative to `dist`, with `/` separators; the service worker
    /// itself is not among them.
    fn list_files(dist: &Path, dir: &Path, out: &mut Vec<String>) -> Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                list_files(dist, &path, out)?;
            } else {
                let relative: PathBuf = path.strip_prefix(dist)?.to_path_buf();
                let name = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
                if name != "sw.js" {
                    out.push(name);
                }
            }
        }
        Ok(())
    }

    /// FNV-1a, 64 bits: enough to tell versions apart, and no dependency.
    pub struct Fnv(pub u64);

    impl Default for Fnv {
        fn default() -> Self {
            Fnv(0xcbf2_9ce4_8422_2325)
        }
    }

    impl Fnv {
        /// Adds bytes to the hash.
        pub fn add(&mut self, bytes: &[u8]) {
            for &byte in bytes {
                self.0 ^= u64::from(byte);
                self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
            }
        }
    }
}

/// Writes one self-contained `index.html` into `out` from a site built in `dist` (at any public
/// URL: the wasm is the same, and the file needs no base path). The stylesheet, the icon, the
/// basemap, the exports and every wasm module (base64) are inlined. Opened from `file://`, the
/// app keeps its place in the URL's fragment.
///
/// The wasm-bindgen glue and the wasm-split loader are ES modules that import each other by
/// relative URL, and the loader fetches chunks by URL; a file on disk has neither. So a small
/// bootstrap turns both into `blob:` modules: the loader takes its chunks from the page and
/// finds `initSync` on `globalThis`, and the glue imports the loader's blob URL.
pub fn single_file(dist: &Path, out: &Path) -> Result<()> {
    let template = std::fs::read_to_string(dist.join("404.html")).context("reading the built 404.html")?;
    let css_name = std::fs::read_dir(dist)?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .find(|n| n.starts_with("main-") && n.ends_with(".css"))
        .context("no stylesheet in the built site")?;
    let css = std::fs::read_to_string(dist.join(css_name))?;
    let wasm_dir = std::fs::read_dir(dist)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.is_dir() && p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("wasm-")))
        .context("no wasm-* folder in the built site")?;
    let name = wasm::NAME;
    let glue = std::fs::read_to_string(wasm_dir.join(format!("{name}.js")))?;
    let loader = std::fs::read_to_string(wasm_dir.join("__wasm_split.js"))?;
    let main_wasm = std::fs::read(wasm_dir.join(format!("{name}_bg.wasm")))?;
    let mut chunks = serde_json::Map::new();
    for entry in std::fs::read_dir(&wasm_dir)? {
        let file = entry?.file_name().to_string_lossy().into_owned();
        if file.ends_with(".wasm") && file != format!("{name}_bg.wasm") {
            chunks.insert(file.clone(), base64(&std::fs::read(wasm_dir.join(&file))?).into());
        }
    }
    let import_glue = format!("import {{ initSync }} from \"./{name}.js\";");
    if !loader.contains(&import_glue) || !loader.contains("fetch(new URL(\"./") {
        bail!("__wasm_split.js is not shaped as expected; the single-file build needs updating");
    }
    let loader = loader
        .replace(&import_glue, "const initSync = (...args) => globalThis.__mkInitSync(...args);")
        .replace("fetch(new URL(\"./", "globalThis.__mkChunk((\"")
        .replace(".wasm\", import.meta.url))", ".wasm\"))");
    let glue = glue.replace("from \"./__wasm_split.js\"", "from \"__MK_LOADER__\"");
    let basemap = std::fs::read_to_string(dist.join("basemap.tsv"))?;
    let favicon = std::fs::read(dist.join("favicon.svg"))?;
    let mut downloads = String::new();
    for (file, format, title) in DOWNLOADS {
        let bytes = std::fs::read(dist.join("downloads").join(file))?;
        let media = format.media_type();
        downloads.push_str(&format!(
            "<link rel=\"alternate\" type=\"{}\" href=\"data:{media};base64,{}\" title=\"{title}\" data-file=\"{file}\" />",
            media.split(';').next().unwrap_or_default(),
            base64(&bytes)
        ));
    }
    let head_start = template.find("<head>").context("no <head>")? + "<head>".len();
    let head_end = template.find("</head>").context("no </head>")?;
    let kept: String = template[head_start..head_end]
        .lines()
        .filter(|line| {
            let line = line.trim();
            line.starts_with("<meta") || line.starts_with("<title")
        })
        .collect::<Vec<_>>()
        .join("\n");
    // JSON strings are valid JavaScript string literals; `</` is escaped so that no text ends
    // the inline script early.
    let js_string = |text: &str| serde_json::Value::from(text).to_string().replace("</", "<\\/");
    let bootstrap = format!(
        "const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));\n\
         const chunks = {chunks};\n\
         globalThis.__mkChunk = (file) => Promise.resolve(new Response(bytes(chunks[file]), {{ headers: {{ 'content-type': 'application/wasm' }} }}));\n\
         const module = (code) => URL.createObjectURL(new Blob([code], {{ type: 'text/javascript' }}));\n\
         const loader = module({loader});\n\
         const glue = await import(module({glue}.replaceAll('__MK_LOADER__', loader)));\n\
         globalThis.__mkInitSync = glue.initSync;\n\
         await glue.default({{ module_or_path: bytes('{wasm}') }});\n",
        chunks = serde_json::Value::Object(chunks),
        loader = js_string(&loader),
        glue = js_string(&glue),
        wasm = base64(&main_wasm),
    );
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n{kept}\n\
         <link rel=\"icon\" type=\"image/svg+xml\" href=\"data:image/svg+xml;base64,{icon}\" />\n{downloads}\n\
         <style>{css}</style>\n\
         <script type=\"text/tab-separated-values\" id=\"mk-basemap\">{basemap}</script>\n\
         <script type=\"module\">\n{bootstrap}</script>\n</head>\n<body>\n\
         <noscript><p>missiekaart needs JavaScript and WebAssembly to read the letter in your browser.</p></noscript>\n\
         </body>\n</html>\n",
        icon = base64(&favicon),
        basemap = basemap.replace("</", "<\\/"),
    );
    std::fs::create_dir_all(out)?;
    std::fs::write(out.join("index.html"), html).context("writing the single file")?;
    say(&format!("wrote {}", out.join("index.html").display()));
    Ok(())
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
    fn ok_base64() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn ok_absolute_urls() {
        let site = Site { public_url: "/x/".into(), origin: "https://example.org/".into() };
        assert_eq!(site.absolute(""), "https://example.org/x/");
        assert_eq!(site.absolute("missions/minusma/"), "https://example.org/x/missions/minusma/");
    }
}
