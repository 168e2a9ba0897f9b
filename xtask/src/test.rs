//! `cargo xtask test`: every tier, stopping at the first that fails.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::{cargo, host, root, run, say, site, tools};

/// The sub-path the browser tests host the site at, as GitHub Pages would for a project.
pub const TEST_PREFIX: &str = "/missiekaart/";

/// Where the browser tests' site claims to be published, for canonical URLs and previews.
pub const TEST_ORIGIN: &str = "https://missiekaart.example";

/// The site the browser tests and the bench build.
pub fn test_site_options() -> site::Site {
    site::Site { public_url: TEST_PREFIX.into(), origin: Some(TEST_ORIGIN.into()) }
}

/// Where the browser tests' build goes.
pub fn test_site() -> PathBuf {
    root().join("target/xtask/site")
}

/// Runs fmt, clippy (native and wasm32), the native tests, and the browser tests.
pub fn all() -> Result<()> {
    tools::ensure_all()?;

    say("tier 1: cargo fmt --check");
    run(cargo().args(["fmt", "--all", "--check"]))?;
    say("tier 1: cargo clippy, native");
    run(cargo().args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))?;
    say("tier 1: cargo clippy, wasm32");
    run(cargo().args([
        "clippy",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "missiekaart",
        "-p",
        "kamerbrief",
        "--lib",
        "--bins",
        "--",
        "-D",
        "warnings",
    ]))?;

    say("tier 2: cargo test, native");
    run(cargo().args(["test", "--workspace"]))?;

    say("tier 3: browser tests against the release build");
    let site_dir = test_site();
    site::build(&test_site_options(), &site_dir)?;
    let single_dir = root().join("target/xtask/site-single");
    site::single_file(&site_dir, &single_dir)?;
    browser_tests(&site_dir, &single_dir)
}

/// Runs Playwright against `site_dir` served at [`TEST_PREFIX`], and prints a closing line.
fn browser_tests(site_dir: &Path, single_dir: &Path) -> Result<()> {
    let host = host::spawn(site_dir, TEST_PREFIX, 0)?;
    let base_url = host.url(TEST_PREFIX);
    let artifacts = root().join("tests/artifacts");
    std::fs::create_dir_all(&artifacts)?;
    let results = artifacts.join("results.json");
    let _ = std::fs::remove_file(&results);
    say(&format!("site served at {base_url}; screenshots go to {}", artifacts.join("screenshots").display()));
    let status = tools::command("npx")
        .args(["playwright", "test", "--config", "tests/playwright.config.ts"])
        .env("MK_BASE_URL", &base_url)
        .env("MK_ORIGIN", TEST_ORIGIN)
        .env("MK_SINGLE_FILE", single_dir.join("index.html"))
        .env("MK_SITE_DIR", site_dir)
        .env("MK_CHROMIUM", tools::chromium())
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
        .status()
        .context("cannot start Playwright")?;
    let (passed, failed, skipped) = summary(&results)?;
    println!("browser tests: {passed} passed, {failed} failed, {skipped} skipped");
    if !status.success() || failed > 0 {
        bail!("browser tests failed");
    }
    if passed == 0 {
        bail!("no browser test ran");
    }
    Ok(())
}

/// (passed, failed, skipped) from Playwright's JSON report.
fn summary(results: &Path) -> Result<(u64, u64, u64)> {
    let json = std::fs::read_to_string(results)
        .with_context(|| format!("Playwright wrote no report at {}", results.display()))?;
    let report: serde_json::Value = serde_json::from_str(&json).context("reading Playwright's report")?;
    let count = |key: &str| report["stats"][key].as_u64().unwrap_or(0);
    Ok((count("expected") + count("flaky"), count("unexpected"), count("skipped")))
}
