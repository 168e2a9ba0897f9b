//! `cargo xtask bench`: what the release build ships, and how fast it shows the missions
//! compared with a plain static page of the letter (the floor); then each figure against its
//! budget. These are benchmarks, not tests: a missed budget is printed, never a failure.

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
    let visits = first_load_by_page(&site_dir, &app.url(TEST_PREFIX))?;
    let first_visit = first_visit_total(&site_dir, &app.url(TEST_PREFIX))?;

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
    let live_ms = median(times("appLive"));
    println!("{:<52} {:>10.1} ms", "app taken over (its own markup live)", live_ms);
    println!("{:<52} {:>10.1} ×", "ratio app taken over / floor", live_ms / floor_ms);

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

    say(&format!("measuring a pasted letter's parse on /open/, {RUNS} fresh loads"));
    let letter = root().join("data/kamerbrief-missies-2018.txt");
    let report = node_report("parse", &[app.url(TEST_PREFIX), letter.display().to_string(), RUNS.to_string()])?;
    let parses: Vec<f64> =
        report["parse"].as_array().map(|a| a.iter().filter_map(|v| v.as_f64()).collect()).unwrap_or_default();
    let parse_ms = median(parses.clone());
    println!("\nParsing the letter pasted on /open/ (the app's mk-parse measure), median of {RUNS} fresh loads");
    println!("{:<52} {:>10.1} ms", "parse in the browser", parse_ms);
    println!(
        "{:<52} {:>10}",
        "each run (ms)",
        parses.iter().map(|ms| format!("{ms:.0}")).collect::<Vec<_>>().join(" ")
    );

    let cold = |path: &str| visits.iter().find(|v| v.0 == path).map_or(0, |v| v.1);
    print_budgets(&[
        Budget::bytes("first load of / (cold, until the app has taken over)", cold(""), 150),
        Budget {
            measure: "app taken over / static floor, side by side".into(),
            figure: Some(live_ms / floor_ms),
            shown: format!("{:.2}× ({live_ms:.0} / {floor_ms:.0} ms)", live_ms / floor_ms),
            budget: 2.0,
            unit: "×",
        },
        Budget::bytes("deep link /timeline/ (cold, until taken over)", cold("timeline/"), 220),
        Budget::bytes("deep link /map/ (cold, until taken over)", cold("map/"), 220),
        Budget {
            measure: "parsing a pasted letter of this size, in the browser".into(),
            figure: Some(parse_ms),
            shown: format!("{parse_ms:.1} ms"),
            budget: 30.0,
            unit: "ms",
        },
        Budget::bytes("first visit in all (page and precache)", first_visit, 450),
    ]);
    Ok(())
}

/// One figure and its budget: within when the figure is at most the budget.
struct Budget {
    measure: String,
    /// The figure in the budget's unit; `None` when not measured.
    figure: Option<f64>,
    /// The figure as printed.
    shown: String,
    budget: f64,
    unit: &'static str,
}

impl Budget {
    /// A size in gzip bytes against a budget in KB (1000 bytes).
    fn bytes(measure: &str, gzip: usize, budget_kb: u32) -> Budget {
        let kb = gzip as f64 / 1000.0;
        Budget {
            measure: measure.into(),
            figure: Some(kb),
            shown: format!("{kb:.1} KB"),
            budget: f64::from(budget_kb),
            unit: "KB gzip",
        }
    }

    fn verdict(&self) -> &'static str {
        match self.figure {
            None => "—",
            Some(figure) if figure <= self.budget => "within",
            Some(_) => "OVER",
        }
    }
}

/// The closing table: each figure, its budget, and whether it is within.
fn print_budgets(budgets: &[Budget]) {
    println!("\nBudgets (KB = 1000 bytes; a missed budget is reported, not failed)");
    println!("{:<54} {:>34} {:>14}  {:<6}", "measure", "figure", "budget", "within?");
    for b in budgets {
        let budget = format!("≤ {} {}", b.budget, b.unit);
        println!("{:<54} {:>34} {:>14}  {}", b.measure, b.shown, budget, b.verdict());
    }
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
/// Returns each page's path under the site (`""` for `/`) with those bytes.
fn first_load_by_page(site_dir: &Path, site_url: &str) -> Result<Vec<(&'static str, usize)>> {
    const PATHS: [&str; 6] = ["", "timeline/", "map/", "letter/", "search/", "missions/minusma/"];
    say("measuring what a cold visit to each kind of page fetches");
    let mut args = vec![site_url.to_owned()];
    args.extend(PATHS.iter().map(|p| p.to_string()));
    let report = node_report("first-load", &args)?;
    println!("\nCold visit by entry page: gzip bytes fetched until the app has taken over (no service worker)");
    println!("{:<52} {:>10} {:>10}", "page", "files", "gzip B");
    let mut visits = Vec::new();
    for path in PATHS {
        let urls: Vec<&str> =
            report[path].as_array().map(|a| a.iter().filter_map(|u| u.as_str()).collect()).unwrap_or_default();
        let gzip = gzip_total(site_dir, urls.iter().map(|url| site_file(url)))?;
        println!("{:<52} {:>10} {gzip:>10}", format!("/{path}"), urls.len());
        visits.push((path, gzip));
    }
    Ok(visits)
}

/// The file under the site that a URL of the test site names: `…/missiekaart/map/?org=un` is
/// `map/index.html`.
fn site_file(url: &str) -> String {
    let local = url.split_once(TEST_PREFIX).map_or("", |(_, rest)| rest);
    let local = local.split(['?', '#']).next().unwrap_or_default();
    if local.is_empty() || local.ends_with('/') { format!("{local}index.html") } else { local.to_owned() }
}

/// The gzip bytes of the site's files among `files`, each counted once (a name of no file
/// counts 0).
fn gzip_total(site_dir: &Path, files: impl Iterator<Item = String>) -> Result<usize> {
    let unique: std::collections::BTreeSet<String> = files.collect();
    let mut total = 0;
    for file in unique {
        if let Ok(bytes) = std::fs::read(site_dir.join(file)) {
            total += gzip_len(&bytes)?;
        }
    }
    Ok(total)
}

/// Prints what a first visit to `/` transfers in all, measured in Chromium, and returns its
/// gzip bytes: the page until the app has taken over, then `sw.js` and every precached file
/// that came over the network. A file the worker fetches right after the page loaded it comes
/// from the HTTP cache (the host, like GitHub Pages, sends `Cache-Control: max-age=600`) and
/// is not counted again; Chromium does fetch the page's HTML again.
fn first_visit_total(site_dir: &Path, site_url: &str) -> Result<usize> {
    let precache = precache_list(&std::fs::read_to_string(site_dir.join("sw.js")).context("reading sw.js")?)?;
    let precache_gzip = gzip_total(site_dir, precache.iter().cloned())?;
    say("measuring what a first visit transfers, service worker included");
    let report = node_report("first-visit", &[site_url.to_owned()])?;
    let files = |key: &str| -> Vec<String> {
        report[key].as_array().map(|a| a.iter().filter_map(|u| u.as_str()).map(site_file).collect()).unwrap_or_default()
    };
    let (page, worker, http_cache) = (files("page"), files("worker"), files("httpCache"));
    let (page_gzip, worker_gzip) =
        (gzip_total(site_dir, page.iter().cloned())?, gzip_total(site_dir, worker.iter().cloned())?);
    let other = worker.iter().filter(|f| *f != "sw.js" && !precache.contains(f)).count();
    println!("\nFirst visit to /: the page, then the service worker and what it precaches (gzip B)");
    println!("{:<52} {:>10} {:>10}", "", "files", "gzip B");
    println!("{:<52} {:>10} {precache_gzip:>10}", "the precache list (sw.js)", precache.len());
    println!("{:<52} {:>10} {page_gzip:>10}", "page until the app has taken over", page.len());
    println!("{:<52} {:>10} {worker_gzip:>10}", "sw.js and precached files over the network", worker.len());
    println!("{:<52} {:>10} {:>10}", "precached from the HTTP cache (counted once)", http_cache.len(), "-");
    if other > 0 {
        println!("{:<52} {other:>10}", "of the worker's fetches, files not in the list");
    }
    println!("{:<52} {:>10} {:>10}", "first visit in all", page.len() + worker.len(), page_gzip + worker_gzip);
    Ok(page_gzip + worker_gzip)
}

/// The files a built `sw.js` precaches: the JSON list the build wrote as `const FILES = […];`.
fn precache_list(script: &str) -> Result<Vec<String>> {
    let start = script.find("const FILES = ").context("sw.js has no FILES")? + "const FILES = ".len();
    let end = start + script[start..].find(";\n").context("sw.js: FILES does not end")?;
    serde_json::from_str(&script[start..end]).context("reading sw.js's FILES")
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
    fn ok_precache_list() {
        let script = "const VERSION = 'ab';\nconst FILES = [\"index.html\",\"wasm-1/a.wasm\"];\nconst CACHE = 1;\n";
        assert_eq!(precache_list(script).unwrap(), ["index.html", "wasm-1/a.wasm"]);
        assert!(precache_list("const VERSION = 'ab';").is_err());
    }

    #[test]
    fn ok_site_file() {
        assert_eq!(site_file("http://127.0.0.1:1/missiekaart/"), "index.html");
        assert_eq!(site_file("http://127.0.0.1:1/missiekaart/map/?org=un"), "map/index.html");
        assert_eq!(site_file("http://127.0.0.1:1/missiekaart/wasm-1/a.wasm"), "wasm-1/a.wasm");
    }

    #[test]
    fn budget_verdicts() {
        assert_eq!(Budget::bytes("a", 150_000, 150).verdict(), "within");
        assert_eq!(Budget::bytes("a", 150_001, 150).verdict(), "OVER");
        let unmeasured = Budget { measure: "p".into(), figure: None, shown: String::new(), budget: 30.0, unit: "ms" };
        assert_eq!(unmeasured.verdict(), "—");
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
