//! `cargo xtask bench`: what the release build ships, and how fast it shows the missions
//! compared with a plain static page of the letter (the floor).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use flate2::Compression;
use flate2::write::GzEncoder;

use crate::test::{TEST_PREFIX, test_site, test_site_options};
use crate::{host, root, say, site, tools};

/// Load-time runs per page; the median is reported.
const RUNS: usize = 7;

pub fn run() -> Result<()> {
    tools::ensure_all()?;
    let site_dir = test_site();
    site::build(&test_site_options(), &site_dir)?;

    println!("\nShipped files (release build)");
    let mut files = files_under(&site_dir)?;
    files.sort();
    let mut total = (0, 0);
    // A first visit loads index.html and what it links for loading (see `first_load_links`);
    // the rest comes later (lazily loaded chunks, the basemap, what the service worker
    // precaches after the load) or instead (the copies of index.html at each path).
    let index = std::fs::read_to_string(site_dir.join("index.html")).unwrap_or_default();
    let first_load = first_load_links(&index, TEST_PREFIX);
    println!("{:<52} {:>10} {:>10}", "file", "raw B", "gzip B");
    for file in &files {
        let bytes = std::fs::read(file)?;
        let gzip = gzip_len(&bytes)?;
        let name = file.strip_prefix(&site_dir).unwrap_or(file).display().to_string();
        println!("{name:<52} {:>10} {gzip:>10}", bytes.len());
        if name == "index.html" || first_load.contains(&name) {
            total = (total.0 + bytes.len(), total.1 + gzip);
        }
    }
    println!("{:<52} {:>10} {:>10}", "first load (index.html and the files it names)", total.0, total.1);

    let app = host::spawn(&site_dir, TEST_PREFIX, 0)?;
    first_load_by_page(&site_dir, &app.url(TEST_PREFIX))?;

    let floor_dir = root().join("target/xtask/floor");
    write_floor_page(&floor_dir)?;
    let floor = host::spawn(&floor_dir, "/", 0)?;
    say(&format!("measuring load time, {RUNS} cold runs each, in headless Chromium"));
    let report = node_report("load-time", &[app.url(TEST_PREFIX), floor.url("/"), RUNS.to_string()])?;
    let times = |key: &str| -> Vec<f64> {
        report[key].as_array().map(|a| a.iter().filter_map(|v| v.as_f64()).collect()).unwrap_or_default()
    };
    let (app_ms, floor_ms) = (median(times("app")), median(times("floor")));
    println!("\nNavigation start → mission list visible (pre-rendered), median of {RUNS} cold loads");
    println!("{:<52} {:>10.1} ms", "app (release build)", app_ms);
    println!("{:<52} {:>10.1} ms", "floor (static HTML of the letter, no script)", floor_ms);
    println!("{:<52} {:>10.1} ×", "ratio app / floor", app_ms / floor_ms);
    println!("{:<52} {:>10.1} ms", "app taken over (its own markup live)", median(times("appLive")));

    say(&format!("measuring interaction latency, {INTERACTION_RUNS} runs each"));
    let report = node_report("interaction", &[app.url(TEST_PREFIX), INTERACTION_RUNS.to_string()])?;
    let times = |a: &str, b: &str| -> Vec<f64> {
        report[a][b].as_array().map(|v| v.iter().filter_map(|x| x.as_f64()).collect()).unwrap_or_default()
    };
    println!(
        "\nInteraction latency, median of {INTERACTION_RUNS} (work: handlers, reactive update and layout; frame: until the next frame)"
    );
    println!("{:<52} {:>10.1} ms", "filter change → work done", median(times("filter", "work")));
    println!("{:<52} {:>10.1} ms", "filter change → next frame", median(times("filter", "frame")));
    println!("{:<52} {:>10.1} ms", "timeline zoom step → work done", median(times("zoom", "work")));
    println!("{:<52} {:>10.1} ms", "timeline zoom step → next frame", median(times("zoom", "frame")));
    Ok(())
}

/// Runs `tests/bench/<script>.mjs` in Node with `args`, against this machine's Chromium, and
/// reads the JSON it prints.
fn node_report(script: &str, args: &[String]) -> Result<serde_json::Value> {
    let output = tools::command("node")
        .arg(format!("tests/bench/{script}.mjs"))
        .args(args)
        .env("MK_CHROMIUM", tools::chromium())
        .output()
        .context("cannot start node")?;
    if !output.status.success() {
        anyhow::bail!("the {script} script failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    serde_json::from_slice(&output.stdout).with_context(|| format!("reading the {script} report"))
}

/// Interaction runs per measure; the median is reported.
const INTERACTION_RUNS: usize = 21;

fn files_under(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            out.extend(files_under(&path)?);
        } else {
            out.push(path);
        }
    }
    Ok(out)
}

fn gzip_len(bytes: &[u8]) -> Result<usize> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?.len())
}

/// The median; NaN for no values.
fn median(mut values: Vec<f64>) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len() % 2 == 1 { values[mid] } else { (values[mid - 1] + values[mid]) / 2.0 }
}

/// A plain HTML page with the letter's missions and text, and no script: the fastest a
/// page of this content can show.
fn write_floor_page(dir: &Path) -> Result<()> {
    let text = std::fs::read_to_string(root().join("data/kamerbrief-missies-2018.txt"))?;
    let meta =
        kamerbrief::meta_from_json(&std::fs::read_to_string(root().join("data/kamerbrief-missies-2018.meta.json"))?)
            .map_err(anyhow::Error::msg)?;
    let letter = kamerbrief::parse(&text, meta, &kamerbrief::Lexicon::builtin())?;
    let mut html = String::from(
        "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Kamerbrief</title></head><body>",
    );
    html.push_str("<ul data-testid=\"mission-list\">");
    for mission in &letter.missions {
        html.push_str(&format!("<li>{}</li>", escape(&mission.name)));
    }
    html.push_str("</ul>");
    for paragraph in &letter.paragraphs {
        html.push_str(&format!("<p>{}</p>", escape(&paragraph.text)));
    }
    html.push_str("</body></html>");
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("index.html"), html)?;
    Ok(())
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Prints, for each kind of entry page, the gzip bytes a cold visit fetches until the app has
/// taken over: the page, its stylesheet and script, the main wasm, and the chunks of its view.
fn first_load_by_page(site_dir: &Path, site_url: &str) -> Result<()> {
    const PATHS: [&str; 6] = ["", "timeline/", "map/", "letter/", "search/", "missions/minusma/"];
    say("measuring what a cold visit to each kind of page fetches");
    let mut args = vec![site_url.to_owned()];
    args.extend(PATHS.iter().map(|p| p.to_string()));
    let report = node_report("first-load", &args)?;
    println!("\nCold visit by entry page: gzip bytes fetched until the app has taken over (no service worker)");
    println!("{:<52} {:>10} {:>10}", "page", "files", "gzip B");
    for path in PATHS {
        let urls: Vec<&str> =
            report[path].as_array().map(|a| a.iter().filter_map(|u| u.as_str()).collect()).unwrap_or_default();
        let mut total = 0;
        for url in &urls {
            let local = url.split_once(TEST_PREFIX).map_or("", |(_, rest)| rest);
            let local = local.split(['?', '#']).next().unwrap_or_default();
            let file =
                if local.is_empty() || local.ends_with('/') { format!("{local}index.html") } else { local.to_owned() };
            if let Ok(bytes) = std::fs::read(site_dir.join(&file)) {
                total += gzip_len(&bytes)?;
            }
        }
        println!("{:<52} {:>10} {total:>10}", format!("/{path}"), urls.len());
    }
    Ok(())
}

/// The files a page's `<link>` tags have the browser fetch as it loads, relative to the site:
/// the stylesheet, the icon, the manifest, and what is preloaded (the wasm glue and main
/// module). Alternates (the downloads), canonical URLs and touch icons are not fetched.
fn first_load_links(html: &str, prefix: &str) -> Vec<String> {
    const LOADED: [&str; 5] = ["stylesheet", "icon", "manifest", "modulepreload", "preload"];
    html.split("<link ")
        .skip(1)
        .filter_map(|rest| {
            let tag = format!(" {}", &rest[..rest.find('>')?]);
            let rel = site::html_attribute(&tag, "rel")?;
            let href = site::html_attribute(&tag, "href")?;
            LOADED.contains(&rel.as_str()).then(|| href.strip_prefix(prefix).unwrap_or(&href).to_owned())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_first_load_links() {
        let html = r#"<link rel="stylesheet" href="/x/main-1.css" /><link rel="icon" href="favicon.svg" />
            <link rel="modulepreload" href="/x/wasm-2/missiekaart.js" /><link rel="alternate" href="/x/downloads/a.csv" />
            <link rel="canonical" href="https://e.org/x/" /><link rel="apple-touch-icon" href="icons/icon-192.png" />"#;
        assert_eq!(super::first_load_links(html, "/x/"), ["main-1.css", "favicon.svg", "wasm-2/missiekaart.js"]);
    }

    #[test]
    fn median_of_odd_and_even() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), 2.5);
        assert!(median(vec![]).is_nan());
    }

    #[test]
    fn escape_keeps_text_text() {
        assert_eq!(escape("a<b>&c"), "a&lt;b&gt;&amp;c");
    }
}
