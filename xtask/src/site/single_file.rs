//! The single-file build: the whole app in one HTML file that opens from disk.

use super::*;

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
        let href = format!("data:{};base64,{}", format.media_type(), base64(&bytes));
        downloads.push_str(&download_link(file, format, title, &href));
    }
    let head_start = template.find("<head>").context("no <head>")? + "<head>".len();
    let head_end = template.find("</head>").context("no </head>")?;
    let kept: String = template[head_start..head_end]
        .lines()
        .filter(|line| {
            let line = line.trim();
            // The character set and the policy come first, below; the site's policy does not fit
            // a file on disk.
            let own = line.contains("Content-Security-Policy") || line.contains("charset");
            (line.starts_with("<meta") && !own) || line.starts_with("<title")
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
    let policy = escape(&csp::single_file_policy(&format!("\n{bootstrap}"), &css));
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\" />\n{kept}\n\
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
