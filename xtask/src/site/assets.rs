//! `index.html` as the page template: what its `<link data-build>` tags ask for.

use super::*;

/// Reads `index.html`, copies the files it names into `dist`, and returns it with the
/// public URL in `<base>` and plain tags in place of the `data-build` ones.
pub fn template(public_url: &str, dist: &Path) -> Result<String> {
    let source = std::fs::read_to_string(root().join("index.html")).context("reading index.html")?;
    template_from(&source, public_url, dist)
}

/// [`template`] of a page already read: `index.html` as Trunk staged it, in development.
pub fn template_from(source: &str, public_url: &str, dist: &Path) -> Result<String> {
    // The `data-trunk` line tells Trunk (the development loop) not to build the app itself;
    // it has no place in a built page.
    let source: String = source.lines().filter(|l| !l.contains("data-trunk")).map(|l| format!("{l}\n")).collect();
    let mut html = source.replace("<base data-public-url />", &format!("<base href=\"{}\" />", escape(public_url)));
    while let Some(start) = html.find("<link data-build ") {
        let end = start + html[start..].find("/>").context("an unclosed <link data-build>")? + 2;
        let tag = &html[start..end];
        let rel = html_attribute(tag, "rel").unwrap_or_default();
        let href = html_attribute(tag, "href").unwrap_or_default();
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
