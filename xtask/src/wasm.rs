//! Building the app's wasm, split into a main module and chunks that load when first needed.
//!
//! No bundler for Rust wasm that runs here can split it (Trunk 0.21 cannot), so the build runs
//! the steps itself (the same ones cargo-leptos
//! runs for `--split`):
//! 1. `cargo build` for wasm32 with `-Clink-args=--emit-relocs` (in `.cargo/config.toml`), so
//!    that wasm-split can move functions;
//! 2. `wasm-split-cli` cuts out what each `#[lazy]` function alone reaches, into `split_*.wasm`
//!    and shared `chunk_*.wasm` files, and writes the loader `__wasm_split.js`;
//! 3. `wasm-bindgen --keep-lld-exports` (the loader needs the function table);
//! 4. `wasm-opt -Oz` on every module.
//!
//! The files import each other by relative URL (`./missiekaart.js`, `./__wasm_split.js`), so
//! they keep their names and live together in a folder named by their content's hash.

use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::{cargo, root, run, say, tools};

/// The name wasm-bindgen gives the app's files: `missiekaart.js`, `missiekaart_bg.wasm`.
pub const NAME: &str = "missiekaart";

/// The built wasm: its folder under the site, `wasm-<hash>`.
pub struct Wasm {
    folder: String,
}

/// Which build of the wasm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// What ships: `wasm-release` (size-optimised, LTO), then `wasm-opt -Oz`.
    Release,
    /// For the development loop (`trunk serve`): `wasm-dev`, quick to compile, and no
    /// `wasm-opt`; split the same way.
    Dev,
}

impl Profile {
    fn cargo_profile(self) -> &'static str {
        match self {
            Profile::Release => "wasm-release",
            Profile::Dev => "wasm-dev",
        }
    }
}

/// Builds the release wasm into `site/wasm-<hash>/`.
pub fn build(site: &Path) -> Result<Wasm> {
    build_with(site, Profile::Release)
}

/// Builds the wasm of `profile` into `site/wasm-<hash>/`.
pub fn build_with(site: &Path, profile: Profile) -> Result<Wasm> {
    let cargo_profile = profile.cargo_profile();
    say(&format!("building the app's wasm ({cargo_profile}, split into lazily loaded chunks)"));
    run(cargo().args(["build", "--profile", cargo_profile, "--target", "wasm32-unknown-unknown", "--bin", NAME]))?;
    let input = root().join(format!("target/wasm32-unknown-unknown/{cargo_profile}/{NAME}.wasm"));
    let work = root().join("target/xtask/wasm");
    let split = work.join("split");
    let out = work.join("out");
    for dir in [&split, &out] {
        let _ = std::fs::remove_dir_all(dir);
        std::fs::create_dir_all(dir)?;
    }
    run(tools::command("wasm-split-cli").args(["--target", "web", "--out-name", NAME]).arg(&input).arg(&split))?;
    run(tools::command("wasm-bindgen")
        .args(["--target", "web", "--keep-lld-exports", "--no-demangle", "--out-dir"])
        .arg(&out)
        .arg(split.join(format!("{NAME}.wasm"))))?;
    for entry in std::fs::read_dir(&split)? {
        let path = entry?.path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name != format!("{NAME}.wasm") {
            std::fs::copy(&path, out.join(&name)).with_context(|| format!("copying {name}"))?;
        }
    }
    let mut files = files_in(&out)?;
    for file in files.iter().filter(|f| f.ends_with(".wasm") && profile == Profile::Release) {
        let path = out.join(file);
        run(tools::command("wasm-opt")
            .args([
                "-Oz",
                "--enable-bulk-memory",
                "--enable-nontrapping-float-to-int",
                "--enable-sign-ext",
                "--enable-mutable-globals",
                "--enable-reference-types",
                "--enable-multivalue",
            ])
            .arg(&path)
            .arg("-o")
            .arg(&path))?;
    }
    files.retain(|f| !f.ends_with(".d.ts"));
    let mut hash = crate::site::Fnv::default();
    for file in &files {
        hash.add(file.as_bytes());
        hash.add(&std::fs::read(out.join(file))?);
    }
    let folder = format!("wasm-{:016x}", hash.0);
    let target = site.join(&folder);
    std::fs::create_dir_all(&target)?;
    for file in &files {
        std::fs::copy(out.join(file), target.join(file)).with_context(|| format!("copying {file}"))?;
    }
    if !files.iter().any(|f| f == &format!("{NAME}_bg.wasm")) || !files.iter().any(|f| f == "__wasm_split.js") {
        bail!("the wasm build is missing {NAME}_bg.wasm or __wasm_split.js: {files:?}");
    }
    say(&format!("wasm: {} files in {folder}", files.len()));
    Ok(Wasm { folder })
}

impl Wasm {
    /// The tags that load the app, for `<head>`: the glue, the chunk loader it imports and the
    /// main module are preloaded, side by side; the chunks are not (they load when a view needs
    /// them).
    pub fn head_tags(&self, public_url: &str) -> String {
        let dir = format!("{public_url}{}", self.folder);
        format!(
            "<link rel=\"modulepreload\" href=\"{dir}/{NAME}.js\" />\
             <link rel=\"modulepreload\" href=\"{dir}/__wasm_split.js\" />\
             <link rel=\"preload\" href=\"{dir}/{NAME}_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin=\"anonymous\" />\
             <script type=\"module\">import init from '{dir}/{NAME}.js'; await init({{ module_or_path: '{dir}/{NAME}_bg.wasm' }});</script>"
        )
    }
}

fn files_in(dir: &Path) -> Result<Vec<String>> {
    let mut files: Vec<String> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect::<Result<_, _>>()?;
    files.sort();
    Ok(files)
}
