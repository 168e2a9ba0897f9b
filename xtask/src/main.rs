//! `cargo xtask`: setup, build, serve, test and bench for missiekaart.
//!
//! Every command installs what it is missing first (see [`tools`]), so a fresh machine with
//! stable Rust, Node/npm and apt needs nothing else.

mod basemap;
mod bench;
mod fuzz;
mod host;
mod site;
mod test;
mod tools;
mod wasm;

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

const USAGE: &str = "\
usage: cargo xtask <command>

  setup                      install the wasm target, wasm-bindgen-cli, wasm-split-cli, npm tools and Chromium
  build [--public-url P] [--origin O]
                             build the release site into dist/ for hosting at O + P (P defaults
                             to /); O (https://example.org) gives the pages canonical URLs and
                             link-preview tags, which need absolute URLs: without it they are left out
  build --single-file        also write dist-single/index.html, one file that opens from disk
  serve [--port N]           build, then serve dist/ on http://127.0.0.1:N/ (default 8080)
  dev                        the live-reload development loop: `trunk serve` over the same split
                             build (installs Trunk 0.21 on first use, about 15 minutes)
  trunk-hook                 Trunk's post-build hook (Trunk.toml), not for calling by hand
  test                       run every test tier: fmt, clippy (native and wasm32), cargo test, browser
  bench                      shipped sizes, and load time against a static page of the letter
  fuzz [--inputs N] [--seed S]
                             run the parser on N generated inputs (default 1000000); fail on a panic
  basemap                    regenerate data/basemap.tsv from the npm package world-atlas
  host DIR [--prefix P] [--port N]   serve a built site the way a static host does";

fn main() {
    if let Err(error) = dispatch() {
        eprintln!("xtask: error: {error:#}");
        std::process::exit(1);
    }
}

fn dispatch() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        println!("{USAGE}");
        return Ok(());
    };
    match command.as_str() {
        "setup" => tools::ensure_all(),
        "build" => {
            let single_file = rest.iter().any(|a| a == "--single-file");
            let public_url = option(rest, "--public-url")?.unwrap_or_else(|| "/".to_owned());
            let origin = option(rest, "--origin")?;
            tools::ensure_build_tools()?;
            let dist = root().join("dist");
            site::build(&site::Site { public_url, origin }, &dist)?;
            if single_file {
                site::single_file(&dist, &root().join("dist-single"))?;
            }
            Ok(())
        }
        "dev" => {
            tools::ensure_dev_tools()?;
            say("starting `trunk serve --offline` (see Trunk.toml); Ctrl-C stops");
            run(tools::command("trunk").args(["serve", "--offline"]).args(rest))
        }
        "trunk-hook" => {
            let staging =
                std::env::var_os("TRUNK_STAGING_DIR").context("TRUNK_STAGING_DIR is not set: Trunk runs this")?;
            let public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".to_owned());
            let profile = match std::env::var("TRUNK_PROFILE").as_deref() {
                Ok("release") => wasm::Profile::Release,
                _ => wasm::Profile::Dev,
            };
            site::dev_build(Path::new(&staging), &public_url, profile)
        }
        "serve" => {
            let port = port(rest, 8080)?;
            tools::ensure_build_tools()?;
            let dist = root().join("dist");
            site::build(&site::Site { public_url: "/".into(), origin: None }, &dist)?;
            let host = host::spawn(&dist, "/", port)?;
            say(&format!("serving {} at {} (Ctrl-C stops)", dist.display(), host.url("/")));
            loop {
                std::thread::park();
            }
        }
        "test" => test::all(),
        "bench" => bench::run(),
        "fuzz" => fuzz::run(rest),
        "basemap" => {
            tools::ensure_build_tools()?;
            basemap::run()
        }
        "host" => {
            let Some(dir) = rest.first().filter(|d| !d.starts_with("--")) else {
                bail!("host needs a directory\n\n{USAGE}")
            };
            let prefix = option(rest, "--prefix")?.unwrap_or_else(|| "/".to_owned());
            let host = host::spawn(Path::new(dir), &prefix, port(rest, 8080)?)?;
            say(&format!("serving {dir} at {}", host.url(&host::normalise_prefix(&prefix))));
            loop {
                std::thread::park();
            }
        }
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => bail!("unknown command `{other}`\n\n{USAGE}"),
    }
}

/// The value after `--name`, if given.
fn option(args: &[String], name: &str) -> Result<Option<String>> {
    match args.iter().position(|a| a == name) {
        Some(i) => args.get(i + 1).cloned().map(Some).with_context(|| format!("{name} needs a value")),
        None => Ok(None),
    }
}

fn port(args: &[String], default: u16) -> Result<u16> {
    match option(args, "--port")? {
        Some(p) => p.parse().with_context(|| format!("--port {p} is not a port number")),
        None => Ok(default),
    }
}

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf()
}

/// `cargo` (the one running the xtask), in the workspace root.
pub fn cargo() -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(root());
    command
}

/// Prints a step, so that a long setup says what it is doing.
pub fn say(message: &str) {
    eprintln!("xtask: {message}");
}

/// Runs a command to completion, failing with its name if it fails.
pub fn run(command: &mut Command) -> Result<()> {
    let status = command.status().with_context(|| format!("cannot start {:?}", command.get_program()))?;
    if !status.success() {
        bail!("{:?} {:?} failed ({status})", command.get_program(), command.get_args().collect::<Vec<_>>());
    }
    Ok(())
}
