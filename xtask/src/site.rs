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
    // Every shareable path exists as a file, so a static host answers it with 200.
    for path in entry_paths()? {
        let dir = dist.join(&path);
        std::fs::create_dir_all(&dir)?;
        std::fs::copy(dist.join("index.html"), dir.join("index.html"))
            .with_context(|| format!("writing {path}/index.html"))?;
    }
    Ok(())
}

/// The app's paths that get their own `index.html`: each view, and each mission the letter names.
pub fn entry_paths() -> Result<Vec<String>> {
    let root = crate::root();
    let text = std::fs::read_to_string(root.join("data/kamerbrief-missies-2018.txt"))?;
    let meta =
        kamerbrief::meta_from_json(&std::fs::read_to_string(root.join("data/kamerbrief-missies-2018.meta.json"))?)
            .map_err(anyhow::Error::msg)?;
    let letter = kamerbrief::parse(&text, meta, &kamerbrief::Lexicon::builtin())?;
    let mut paths: Vec<String> = ["timeline", "map", "letter", "search"].iter().map(|p| p.to_string()).collect();
    paths.extend(letter.missions.iter().map(|m| format!("missions/{}", m.id)));
    Ok(paths)
}
