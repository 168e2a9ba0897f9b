//! Installing what the build and the tests need, idempotently, from the package registries
//! only: the wasm32 target, wasm-bindgen-cli, wasm-split-cli, the npm tools (wasm-opt among
//! them) and Chromium.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::{root, run, say};

/// The Chromium binary the pre-rendering, the browser tests and the benches drive.
const CHROMIUM: &str = "/usr/bin/chromium";

/// The directory `cargo install` puts binaries in.
pub fn cargo_bin() -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"));
    home.join("bin")
}

/// `PATH` with the npm tools and cargo's bin in front: wasm-opt, wasm-bindgen and
/// wasm-split-cli as installed here.
pub fn tool_path() -> OsString {
    let mut dirs = vec![root().join("node_modules/.bin"), cargo_bin()];
    dirs.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
    std::env::join_paths(dirs).unwrap_or_default()
}

/// A command that sees [`tool_path`].
pub fn command(program: &str) -> Command {
    let mut command = Command::new(program);
    command.env("PATH", tool_path()).current_dir(root());
    command
}

/// What a tool prints for `--version`, if it runs.
fn version_of(program: &str) -> Option<String> {
    let output = command(program).arg("--version").output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// Everything `build` needs, Chromium included: the build pre-renders every page in it.
pub fn ensure_build_tools() -> Result<()> {
    ensure_wasm_target()?;
    ensure_npm_tools()?;
    ensure_wasm_bindgen()?;
    ensure_wasm_split()?;
    ensure_chromium()
}

/// Everything `dev` needs: the build's tools but Chromium (nothing is pre-rendered), and
/// Trunk, installed on first use.
pub fn ensure_dev_tools() -> Result<()> {
    ensure_wasm_target()?;
    ensure_npm_tools()?;
    ensure_wasm_bindgen()?;
    ensure_wasm_split()?;
    ensure_trunk()
}

/// The Trunk the development loop runs: 0.21, the last that builds with this toolchain
/// (0.22 needs a newer rustc).
const TRUNK_VERSION: &str = "~0.21";

fn ensure_trunk() -> Result<()> {
    if version_of("trunk").is_some_and(|v| v.starts_with("trunk 0.21.")) {
        return Ok(());
    }
    say("installing Trunk 0.21 with cargo install, for `cargo xtask dev` only: this takes about 15 minutes on 2 cores");
    run(Command::new("cargo").args(["install", "--locked", "trunk", "--version", TRUNK_VERSION]))
}

/// Everything `test` and `bench` need.
pub fn ensure_all() -> Result<()> {
    ensure_build_tools()
}

fn ensure_wasm_target() -> Result<()> {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .context("rustup is needed to add the wasm32 target")?;
    if String::from_utf8_lossy(&installed.stdout).lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    say("adding the wasm32-unknown-unknown target");
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// The wasm-split tool cargo-leptos uses, for the app's lazily loaded chunks.
const WASM_SPLIT_VERSION: &str = "0.2.4";

fn ensure_wasm_split() -> Result<()> {
    // The tool has no --version; cargo's list of installed crates says which one is there.
    let installed =
        Command::new("cargo").args(["install", "--list"]).output().context("running cargo install --list")?;
    let wanted = format!("wasm_split_cli_support v{WASM_SPLIT_VERSION}:");
    if String::from_utf8_lossy(&installed.stdout).lines().any(|l| l == wanted) {
        return Ok(());
    }
    say(&format!("installing wasm-split-cli {WASM_SPLIT_VERSION} with cargo install (about 3 minutes)"));
    run(Command::new("cargo").args([
        "install",
        "--locked",
        "wasm_split_cli_support",
        "--version",
        &format!("={WASM_SPLIT_VERSION}"),
        "--features",
        "build-binary",
    ]))
}

/// The version of a package in Cargo.lock.
pub fn locked_version(package: &str) -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).context("reading Cargo.lock")?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == format!("name = \"{package}\"")
            && let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(version.trim_end_matches('"').to_owned());
        }
    }
    bail!("{package} is not in Cargo.lock")
}

fn ensure_wasm_bindgen() -> Result<()> {
    let wanted = locked_version("wasm-bindgen")?;
    if version_of("wasm-bindgen").is_some_and(|v| v == format!("wasm-bindgen {wanted}")) {
        return Ok(());
    }
    say(&format!("installing wasm-bindgen-cli {wanted}, the version in Cargo.lock (about 5 minutes)"));
    // Not --locked: the CLI's own lock file names a crate version crates.io no longer serves.
    run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &format!("={wanted}")]))
}

/// Installs the npm packages of `package-lock.json` unless that exact lock is installed.
fn ensure_npm_tools() -> Result<()> {
    let lock = std::fs::read(root().join("package-lock.json")).context("reading package-lock.json")?;
    let stamp = root().join("node_modules/.xtask-installed-lock.json");
    if std::fs::read(&stamp).is_ok_and(|installed| installed == lock)
        && root().join("node_modules/.bin/wasm-opt").exists()
    {
        return Ok(());
    }
    say("installing the npm tools from package-lock.json (wasm-opt, Playwright, axe-core)");
    run(command("npm").args(["ci", "--no-audit", "--no-fund"]).env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))?;
    std::fs::write(&stamp, lock).context("writing the npm stamp")
}

/// The Chromium the build and the tests drive: `MK_CHROMIUM` if set (a CI runner's Chrome,
/// say), otherwise Debian's.
pub fn chromium() -> PathBuf {
    std::env::var_os("MK_CHROMIUM").map_or_else(|| PathBuf::from(CHROMIUM), PathBuf::from)
}

fn ensure_chromium() -> Result<()> {
    if std::env::var_os("MK_CHROMIUM").is_some() {
        if !chromium().exists() {
            bail!("MK_CHROMIUM names {}, which does not exist", chromium().display());
        }
        return Ok(());
    }
    if Path::new(CHROMIUM).exists() {
        return Ok(());
    }
    let root_user =
        Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    if !root_user {
        bail!(
            "the build and the browser tests need Chromium: install it with `sudo apt-get install -y chromium`, then run this again"
        );
    }
    say("installing Chromium with apt-get");
    run(Command::new("apt-get").arg("update").env("DEBIAN_FRONTEND", "noninteractive"))?;
    run(Command::new("apt-get").args(["install", "-y", "chromium"]).env("DEBIAN_FRONTEND", "noninteractive"))
}
