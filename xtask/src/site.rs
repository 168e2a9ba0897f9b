//! Building the static site with Trunk.

use std::path::Path;

use anyhow::{Context, Result};

use crate::host::normalise_prefix;
use crate::{run, say, tools};

/// Builds the release site into `dist` for hosting at `public_url`, offline, with the tools
/// [`tools::ensure_build_tools`] installed.
pub fn build(public_url: &str, dist: &Path) -> Result<()> {
    let public_url = normalise_prefix(public_url);
    say(&format!("building the release site for {public_url} into {}", dist.display()));
    run(tools::command("trunk")
        .args(["build", "--release", "--offline", "--public-url", &public_url, "--dist"])
        .arg(dist)
        // Trunk's own colour codes make CI logs hard to read.
        .env("NO_COLOR", "true"))?;
    // A static host answers unknown paths with 404.html: the app, which shows its
    // not-found view. Assets are linked from the public URL, so it works at any depth.
    std::fs::copy(dist.join("index.html"), dist.join("404.html")).context("writing 404.html")?;
    Ok(())
}
