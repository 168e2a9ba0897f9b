//! Renders each entry page in Chromium and writes what the app showed into its file.

use super::*;

/// What Chromium recorded of one page.
struct Snapshot {
    title: String,
    description: String,
    lang: String,
    body: String,
    /// The page in the other interface languages: (language, title, body).
    variants: Vec<(String, String, String)>,
}

/// The interface languages other than the default, pre-rendered beside it.
const OTHER_LANGUAGES: [&str; 1] = ["nl"];

/// Serves `dist`, renders each of `paths` in Chromium (taking its preview card and, once, the
/// app icons), and writes each page's file from `template` with what was rendered.
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
                "variants": OTHER_LANGUAGES,
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
        let variants = result["variants"]
            .as_array()
            .map(|list| {
                list.iter()
                    .map(|v| {
                        let text = |key: &str| v[key].as_str().unwrap_or_default().to_owned();
                        (text("lang"), text("title"), text("body"))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let snapshot = Snapshot {
            title: field("title"),
            description: field("description"),
            lang: field("lang"),
            body: field("body"),
            variants,
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
    let locale = if snapshot.lang == "en" { "en_GB" } else { "nl_NL" };
    // Canonical and preview URLs must be absolute: without the site's origin they are left
    // out, never written against a guessed host.
    let absolute = site.absolute(path).map(|url| escape(&url)).map(|url| {
        let image = escape(&site.absolute(&format!("cards/{}", card_name(path))).unwrap_or_default());
        format!(
            "<link rel=\"canonical\" href=\"{url}\" />\
             <meta property=\"og:url\" content=\"{url}\" />\
             <meta property=\"og:image\" content=\"{image}\" />\
             <meta property=\"og:image:width\" content=\"1200\" />\
             <meta property=\"og:image:height\" content=\"630\" />\
             <meta name=\"twitter:image\" content=\"{image}\" />"
        )
    });
    let card = if absolute.is_some() { "summary_large_image" } else { "summary" };
    let head = format!(
        "{}<meta property=\"og:type\" content=\"website\" />\
         <meta property=\"og:site_name\" content=\"missiekaart\" />\
         <meta property=\"og:locale\" content=\"{locale}\" />\
         <meta property=\"og:title\" content=\"{title}\" />\
         <meta property=\"og:description\" content=\"{description}\" />\
         <meta name=\"twitter:card\" content=\"{card}\" />\
         <meta name=\"twitter:title\" content=\"{title}\" />\
         <meta name=\"twitter:description\" content=\"{description}\" />",
        absolute.unwrap_or_default()
    );
    let mut html = replace_between(template, "<title>", "</title>", &title);
    html = replace_between(&html, "<meta name=\"description\" content=\"", "\"", &description);
    html = html.replacen("<html lang=\"en\">", &format!("<html lang=\"{}\">", escape(&snapshot.lang)), 1);
    html = html.replacen("</head>", &format!("{head}</head>"), 1);
    // The app replaces this wrapper with the same markup when it starts (see `src/lib.rs`). A
    // link that asks for another language (`?lang=nl`) gets that language's copy, swapped in
    // by a script before the first paint, so the app's takeover changes nothing.
    let variants: String = snapshot
        .variants
        .iter()
        .map(|(lang, title, body)| {
            format!(
                "<template id=\"mk-prerendered-{}\" data-title=\"{}\">{body}</template>",
                escape(lang),
                escape(title)
            )
        })
        .collect();
    let swap = if variants.is_empty() { "" } else { SWAP_LANGUAGE };
    html.replacen("<body>", &format!("<body><div id=\"mk-prerendered\">{}</div>{variants}{swap}", snapshot.body), 1)
}

/// Puts the pre-rendered copy in the language the URL asks for in place, before the first
/// paint. For a letter the reader opened (`letter=`), the snapshot's view, which is of the
/// built-in letter, is left out: the frame shows until the app has read the opened letter.
const SWAP_LANGUAGE: &str = "<script>(function () {\
    var params = new URLSearchParams(location.search);\
    var snapshot = document.getElementById('mk-prerendered');\
    var lang = params.get('lang');\
    var copy = lang && document.getElementById('mk-prerendered-' + lang);\
    if (copy) {\
        snapshot.replaceChildren(copy.content.cloneNode(true));\
        document.documentElement.lang = lang;\
        document.title = copy.dataset.title;\
    }\
    var main = params.has('letter') && snapshot.querySelector('main');\
    if (main) main.replaceChildren();\
})();</script>";

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
        let site = Site { public_url: "/x/".into(), origin: Some("https://example.org".into()) };
        let template = "<html lang=\"en\"><head><title>t</title><meta name=\"description\" content=\"d\" /></head><body><noscript>n</noscript></body></html>";
        let snapshot = Snapshot {
            title: "MINUSMA · missiekaart".into(),
            description: "Het kabinet zal \"besluiten\" <nu>.".into(),
            lang: "en".into(),
            body: "<main>MINUSMA</main>".into(),
            variants: vec![("nl".into(), "MINUSMA · missiekaart".into(), "<main>MINUSMA nl</main>".into())],
        };
        let html = page(&site, template, "missions/minusma/", &snapshot);
        assert!(html.starts_with("<html lang=\"en\">"), "{html}");
        assert!(html.contains("<title>MINUSMA · missiekaart</title>"), "{html}");
        assert!(html.contains("content=\"Het kabinet zal &quot;besluiten&quot; &lt;nu&gt;.\""), "{html}");
        assert!(html.contains("<link rel=\"canonical\" href=\"https://example.org/x/missions/minusma/\" />"));
        assert!(html.contains("og:image\" content=\"https://example.org/x/cards/minusma.png\""), "{html}");
        assert!(html.contains("<body><div id=\"mk-prerendered\"><main>MINUSMA</main></div>"), "{html}");
        assert!(
            html.contains("<template id=\"mk-prerendered-nl\" data-title=\"MINUSMA · missiekaart\"><main>MINUSMA nl</main></template><script>"),
            "{html}"
        );
        assert!(html.contains("</script><noscript>"), "{html}");
    }

    #[test]
    fn ok_without_origin_no_absolute_url_is_written() {
        let site = Site { public_url: "/x/".into(), origin: None };
        let template = "<html lang=\"en\"><head><title>t</title></head><body></body></html>";
        let snapshot = Snapshot {
            title: "Map · missiekaart".into(),
            description: "d".into(),
            lang: "en".into(),
            body: "<main>map</main>".into(),
            variants: Vec::new(),
        };
        let html = page(&site, template, "map/", &snapshot);
        for absent in ["canonical", "og:url", "og:image", "twitter:image", "http"] {
            assert!(!html.contains(absent), "{absent} in {html}");
        }
        assert!(html.contains("<meta property=\"og:title\" content=\"Map · missiekaart\" />"), "{html}");
    }

    #[test]
    fn ok_card_names() {
        assert_eq!(card_name(""), "site.png");
        assert_eq!(card_name("timeline/"), "timeline.png");
        assert_eq!(card_name("missions/minusma/"), "minusma.png");
    }
}
